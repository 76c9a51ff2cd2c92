/* stats.c — GIL statistics from the timeline model (see stats.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/grid.h"
#include "ui/stats.h"
#include "ui/timeline.h"
#include "base/xalloc.h"

/* ---- computing ---- */

static int64_t slice_end(const TlChanges *c, size_t i, int64_t end)
{
    return i + 1 < c->n ? c->v[i + 1].t : end;
}

static void thread_stats(const TlLane *l, int64_t end, StatsThread *st)
{
    memset(st, 0, sizeof *st);
    st->thread = l->thread;
    st->process = l->process;
    st->name = xstrdup(l->name);
    st->takes = l->takes;
    st->forced_drops = l->forced_drops;
    const TlChanges *c = &l->changes;
    for (size_t i = 0; i < c->n; i++) {
        int64_t d = slice_end(c, i, end) - c->v[i].t;
        if (d < 0) d = 0;
        switch (c->v[i].state) {
        case TL_RUN: st->run_ns += d; break;
        case TL_NATIVE: st->native_ns += d; break;
        case TL_BLOCK: st->block_ns += d; break;
        case TL_WAIT:
            st->wait_ns += d;
            /* Consecutive changes differ, so one wait slice is one continuous wait. */
            if (d > st->longest_wait_ns) st->longest_wait_ns = d;
            break;
        }
    }
    st->mean_slice_ns = st->takes ? st->run_ns / (int64_t)st->takes : 0;
}

void stats_compute(const EventLog *log, StatsResult *out)
{
    memset(out, 0, sizeof *out);
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    out->end_ns = m->t_end;
    const char *python = ev_meta(log, "python");
    out->python = python ? xstrdup(python) : NULL;
    for (int i = 0; i < m->nprocs; i++) {
        const TlProcess *p = &m->procs[i];
        if (!p->used || p->nlanes == 0) continue;
        out->procs = xrealloc(out->procs, (size_t)(out->nprocs + 1) * sizeof *out->procs);
        StatsProcess *sp = &out->procs[out->nprocs++];
        memset(sp, 0, sizeof *sp);
        sp->id = p->id;
        sp->name = xstrdup(p->name);
        sp->has_gil = p->has_gil;
        sp->switches = p->switches;
        sp->drop_requests = p->requests.n;
        sp->first_thread = out->nthreads;
        sp->nthreads = p->nlanes;
        /* A process with a live thread runs to the end of the whole run. */
        int64_t end = p->t_last;
        for (int k = 0; k < p->nlanes; k++) {
            const TlChanges *c = &m->lanes[p->lanes[k]].changes;
            if (c->n && c->v[c->n - 1].state != TL_ABSENT) end = m->t_end;
        }
        sp->run_ns = end - p->t_start;
        out->threads = xrealloc(out->threads, (size_t)(out->nthreads + p->nlanes) * sizeof *out->threads);
        for (int k = 0; k < p->nlanes; k++)
            thread_stats(&m->lanes[p->lanes[k]], m->t_end, &out->threads[out->nthreads++]);
        for (size_t k = 0; k < p->gil.n; k++)
            if (p->gil.v[k].state) sp->gil_held_ns += slice_end(&p->gil, k, m->t_end) - p->gil.v[k].t;
        if (sp->run_ns > 0) {
            sp->utilisation = 100.0 * (double)sp->gil_held_ns / (double)sp->run_ns;
            sp->switches_per_s = (double)sp->switches * 1e9 / (double)sp->run_ns;
        }
    }
    tl_model_free(m);
}

void stats_free(StatsResult *r)
{
    if (!r) return;
    for (int i = 0; i < r->nprocs; i++) free(r->procs[i].name);
    for (int i = 0; i < r->nthreads; i++) free(r->threads[i].name);
    free(r->procs);
    free(r->threads);
    free(r->python);
    memset(r, 0, sizeof *r);
}

/* ---- formatting ---- */

char *stats_format_time(char *buf, size_t n, int64_t ns, bool ascii)
{
    const char *sign = "";
    if (ns < 0) {
        sign = "-";
        ns = ns == INT64_MIN ? INT64_MAX : -ns;
    }
    if (ns < 1000) {
        snprintf(buf, n, "%s%lld ns", sign, (long long)ns);
        return buf;
    }
    /* Round to 3 significant digits in integers (same bytes everywhere):
     * ns ~ r * 10^(digits - 3), 100 <= r <= 999. */
    int digits = 0;
    for (int64_t x = ns; x; x /= 10) digits++;
    int64_t div = 1;
    for (int i = 3; i < digits; i++) div *= 10;
    int64_t r = ns / div + (ns % div >= (div + 1) / 2 ? 1 : 0);
    if (r == 1000) {
        r = 100;
        digits++;
    }
    static const char *const units[] = {"ns", "\xc2\xb5s", "ms", "s"};
    int u = digits <= 6 ? 1 : digits <= 9 ? 2 : 3;
    const char *uname = u == 1 && ascii ? "us" : units[u];
    int decimals = 3 * (u + 1) - digits;     /* digits after the point */
    if (decimals < 0) {                     /* 1000 s and more */
        int64_t v = r;
        for (int i = 0; i < -decimals; i++) v *= 10;
        snprintf(buf, n, "%s%lld %s", sign, (long long)v, uname);
    } else if (decimals == 0) {
        snprintf(buf, n, "%s%lld %s", sign, (long long)r, uname);
    } else {
        if (decimals == 1)
            snprintf(buf, n, "%s%lld.%lld %s", sign, (long long)(r / 10), (long long)(r % 10), uname);
        else
            snprintf(buf, n, "%s%lld.%02lld %s", sign, (long long)(r / 100), (long long)(r % 100), uname);
    }
    return buf;
}

typedef struct Out {
    char *s;
    size_t n, cap;
} Out;

static void out_add(Out *o, const char *s, size_t n)
{
    if (o->n + n + 1 > o->cap) {
        o->cap = (o->n + n + 1) * 2;
        o->s = xrealloc(o->s, o->cap);
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = '\0';
}

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    out_add(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* s padded with spaces to `cols` columns (counted in code points, so that
 * "µs" lines up); right-aligned unless left. */
static void out_cell(Out *o, const char *s, int cols, bool left)
{
    int pad = cols - grid_text_width(s);
    if (!left)
        for (int i = 0; i < pad; i++) out_add(o, " ", 1);
    out_add(o, s, strlen(s));
    if (left)
        for (int i = 0; i < pad; i++) out_add(o, " ", 1);
}

static void format_rate(char *buf, size_t n, double v)
{
    if (v >= 100 || v == 0) snprintf(buf, n, "%.0f", v);
    else if (v >= 10) snprintf(buf, n, "%.1f", v);
    else snprintf(buf, n, "%.2f", v);
}

#define COL 10

char *stats_render_text(const StatsResult *r, bool ascii)
{
    Out o = {0};
    out_add(&o, "", 0);
    if (r->python)
        out_printf(&o, "CPython %s profile%s\n", r->python,
                   strcmp(r->python, "3.13t") == 0 ? " (free-threaded)" : "");
    int namew = 6;
    for (int i = 0; i < r->nthreads; i++) {
        int w = grid_text_width(r->threads[i].name) + 2;
        if (w > namew) namew = w;
    }
    char a[64], b[64], c[64];
    for (int pi = 0; pi < r->nprocs; pi++) {
        const StatsProcess *p = &r->procs[pi];
        if (pi) out_add(&o, "\n", 1);
        stats_format_time(a, sizeof a, p->run_ns, ascii);
        if (p->has_gil) {
            stats_format_time(b, sizeof b, p->gil_held_ns, ascii);
            format_rate(c, sizeof c, p->switches_per_s);
            out_printf(&o, "process %s: ran %s, GIL held %.1f%% (%s), %llu switches (%s/s), %llu drop requests\n",
                       p->name, a, p->utilisation, b, (unsigned long long)p->switches, c,
                       (unsigned long long)p->drop_requests);
        } else {
            out_printf(&o, "process %s: ran %s, no GIL\n", p->name, a);
        }
        static const char *const heads[] = {"run", "wait", "native", "block", "takes",
                                            "forced", "max wait", "mean slice"};
        out_cell(&o, "thread", namew, true);
        for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) out_cell(&o, heads[k], COL + (k == 7), false);
        out_add(&o, "\n", 1);
        for (int ti = p->first_thread; ti < p->first_thread + p->nthreads; ti++) {
            const StatsThread *t = &r->threads[ti];
            char name[300];
            snprintf(name, sizeof name, "%c %s", tl_lane_char(t->thread), t->name);
            out_cell(&o, name, namew, true);
            const int64_t times[] = {t->run_ns, t->wait_ns, t->native_ns, t->block_ns};
            for (int k = 0; k < 4; k++) out_cell(&o, stats_format_time(a, sizeof a, times[k], ascii), COL, false);
            snprintf(a, sizeof a, "%llu", (unsigned long long)t->takes);
            out_cell(&o, a, COL, false);
            snprintf(a, sizeof a, "%llu", (unsigned long long)t->forced_drops);
            out_cell(&o, a, COL, false);
            out_cell(&o, stats_format_time(a, sizeof a, t->longest_wait_ns, ascii), COL, false);
            out_cell(&o, t->takes ? stats_format_time(a, sizeof a, t->mean_slice_ns, ascii) : "-", COL + 1, false);
            out_add(&o, "\n", 1);
        }
    }
    return o.s;
}
