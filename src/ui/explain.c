/* explain.c — one moment of a run in words (see explain.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/explain.h"
#include "ui/stats.h"
#include "ui/timeline.h"
#include "base/xalloc.h"

typedef struct Text {
    char *s;
    size_t n, cap;
} Text;

static void add(Text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add(Text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (k < 0) return;
    if (t->n + (size_t)k + 1 > t->cap) {
        t->cap = (t->n + (size_t)k + 1) * 2;
        t->s = xrealloc(t->s, t->cap);
    }
    va_start(ap, fmt);
    vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
    va_end(ap);
    t->n += (size_t)k;
}

static const char *when(char *buf, size_t n, int64_t ns, bool ascii)
{
    return stats_format_time(buf, n, ns, ascii);
}

/* The last drop request in process p made in [from, t] (by `asker`, or by
 * anyone if asker < 0); its time, or -1. *who: the asker. */
static int64_t request_in(const EventLog *log, int p, int asker, int64_t from, int64_t t, int *who)
{
    int64_t found = -1;
    uint64_t n = ev_count(log);
    for (uint64_t k = 0; k < n; k++) {
        const Event *e = ev_get(log, k);
        if (e->t > t) break;
        if (e->type != EV_DROP_REQUEST || e->process != p || e->t < from) continue;
        if (asker >= 0 && e->thread != asker) continue;
        found = e->t;
        *who = e->thread;
    }
    return found;
}

static const char *lane_name(const TlModel *m, int thread)
{
    return thread >= 0 && thread < m->nlanes && m->lanes[thread].used ? m->lanes[thread].name : "?";
}

char *tl_explain(const EventLog *log, int64_t t, bool ascii)
{
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    Text out = {0};
    char a[32], b[32];
    add(&out, "at %s%s:\n", when(a, sizeof a, t, ascii), t > m->t_end ? " (after the end of the run)" : "");
    int procs = 0;
    for (int i = 0; i < m->nprocs; i++) procs += m->procs[i].used && m->procs[i].nlanes > 0;
    int namew = 0;
    for (int i = 0; i < m->nlanes; i++)
        if (m->lanes[i].used && (int)strlen(m->lanes[i].name) > namew) namew = (int)strlen(m->lanes[i].name);
    for (int pi = 0; pi < m->nprocs; pi++) {
        const TlProcess *p = &m->procs[pi];
        if (!p->used || p->nlanes == 0) continue;
        if (procs > 1) add(&out, "process %s:\n", p->name);
        if (p->has_gil) {
            size_t g = tl_change_at(&p->gil, t);
            if (g == (size_t)-1) {
                add(&out, "  GIL: not taken yet\n");
            } else if (p->gil.v[g].state) {
                int h = (int)p->gil.v[g].arg, who = -1;
                add(&out, "  GIL: held by %c %s since %s", tl_lane_char(h), lane_name(m, h),
                    when(a, sizeof a, p->gil.v[g].t, ascii));
                int64_t r = request_in(log, pi, -1, p->gil.v[g].t, t, &who);
                if (r >= 0)
                    add(&out, "; drop request by %c %s at %s", tl_lane_char(who), lane_name(m, who),
                        when(b, sizeof b, r, ascii));
                add(&out, "\n");
            } else {
                add(&out, "  GIL: free since %s\n", when(a, sizeof a, p->gil.v[g].t, ascii));
            }
        }
        for (int k = 0; k < p->nlanes; k++) {
            const TlLane *l = &m->lanes[p->lanes[k]];
            size_t c = tl_change_at(&l->changes, t);
            add(&out, "  %c %-*s  ", tl_lane_char(l->thread), namew, l->name);
            if (c == (size_t)-1) {
                add(&out, "not started yet\n");
                continue;
            }
            const TlChange *ch = &l->changes.v[c];
            when(a, sizeof a, ch->t, ascii);
            switch (ch->state) {
            case TL_RUN:
                add(&out, "%s since %s\n", p->has_gil ? "running, holding the GIL" : "running", a);
                break;
            case TL_WAIT: {
                add(&out, "waiting for the GIL since %s", a);
                int who = -1;
                int64_t r = request_in(log, pi, l->thread, ch->t, t, &who);
                if (r >= 0) add(&out, ", asked for a drop at %s", when(b, sizeof b, r, ascii));
                add(&out, "\n");
                break;
            }
            case TL_NATIVE:
                add(&out, "in native code (GIL released) since %s\n", a);
                break;
            case TL_BLOCK: {
                const char *what = ev_string_at(log, ch->arg);
                add(&out, "blocked%s%s since %s\n", what && *what ? " on " : "", what ? what : "", a);
                break;
            }
            default:
                add(&out, "ended at %s\n", a);
                break;
            }
        }
    }
    tl_model_free(m);
    return out.s ? out.s : xstrdup("");
}
