/* timeline.c — the GIL timeline model and renderer (see timeline.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/timeline.h"
#include "base/xalloc.h"

#define NAME_MAX_COLS 16
#define LANE_MIN_COLS 10

/* ---- the model ---- */

TlModel *tl_model_new(void) { return xcalloc(1, sizeof(TlModel)); }

void tl_model_free(TlModel *m)
{
    if (!m) return;
    for (int i = 0; i < m->nlanes; i++) {
        free(m->lanes[i].name);
        free(m->lanes[i].changes.v);
    }
    for (int i = 0; i < m->nprocs; i++) {
        TlProcess *p = &m->procs[i];
        free(p->name);
        free(p->gil.v);
        free(p->requests.v);
        free(p->forced.v);
        free(p->marks.v);
        free(p->lanes);
    }
    free(m->lanes);
    free(m->procs);
    free(m);
}

/* Record a change; a change at the same time as the previous one replaces
 * it, so zero-length slices never exist. Threads running in parallel may log
 * slightly out of order: a change is never placed before the previous one. */
static void change(TlChanges *c, int64_t t, uint8_t state, uint32_t arg)
{
    if (c->n) {
        TlChange *last = &c->v[c->n - 1];
        if (last->state == state && last->arg == arg) return;
        if (t <= last->t) {
            t = last->t;
            c->n--;
            if (c->n && c->v[c->n - 1].state == state && c->v[c->n - 1].arg == arg) return;
        }
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->v = xrealloc(c->v, c->cap * sizeof *c->v);
    }
    c->v[c->n++] = (TlChange){.t = t, .arg = arg, .state = state};
}

static void times_push(TlTimes *ts, int64_t t)
{
    if (ts->n && t < ts->v[ts->n - 1]) t = ts->v[ts->n - 1];   /* keep sorted */
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? ts->cap * 2 : 16;
        ts->v = xrealloc(ts->v, ts->cap * sizeof *ts->v);
    }
    ts->v[ts->n++] = t;
}

static TlProcess *proc_get(TlModel *m, int id, int64_t t)
{
    if (id >= m->nprocs) {
        int n = id + 1;
        m->procs = xrealloc(m->procs, (size_t)n * sizeof *m->procs);
        memset(m->procs + m->nprocs, 0, (size_t)(n - m->nprocs) * sizeof *m->procs);
        m->nprocs = n;
    }
    TlProcess *p = &m->procs[id];
    if (!p->used) {
        char buf[32];
        snprintf(buf, sizeof buf, "process %d", id);
        p->used = true;
        p->id = id;
        p->name = xstrdup(buf);
        p->t_start = p->t_last = t;
    }
    return p;
}

static TlLane *lane_get(TlModel *m, int thread, int process, int64_t t)
{
    if (thread >= m->nlanes) {
        int n = thread + 1 > m->nlanes * 2 ? thread + 1 : m->nlanes * 2;
        m->lanes = xrealloc(m->lanes, (size_t)n * sizeof *m->lanes);
        memset(m->lanes + m->nlanes, 0, (size_t)(n - m->nlanes) * sizeof *m->lanes);
        m->nlanes = n;
    }
    TlLane *l = &m->lanes[thread];
    if (!l->used) {
        char buf[32];
        snprintf(buf, sizeof buf, "thread %d", thread);
        l->used = true;
        l->thread = thread;
        l->process = process;
        l->name = xstrdup(buf);
        TlProcess *p = proc_get(m, process, t);
        if (p->nlanes == p->lanes_cap) {
            p->lanes_cap = p->lanes_cap ? p->lanes_cap * 2 : 8;
            p->lanes = xrealloc(p->lanes, (size_t)p->lanes_cap * sizeof *p->lanes);
        }
        /* Keep lane order = thread id order even if a lane shows up late. */
        int i = p->nlanes++;
        while (i > 0 && p->lanes[i - 1] > thread) {
            p->lanes[i] = p->lanes[i - 1];
            i--;
        }
        p->lanes[i] = thread;
    }
    return l;
}

static uint8_t lane_state(const TlLane *l)
{
    return l->changes.n ? l->changes.v[l->changes.n - 1].state : TL_ABSENT;
}

static void consume(TlModel *m, const EventLog *log, const Event *e)
{
    if (e->t > m->t_end) m->t_end = e->t;
    TlProcess *p = proc_get(m, e->process, e->t);
    if (e->t > p->t_last) p->t_last = e->t;
    if (e->type == EV_PROCESS_START) {
        free(p->name);
        p->name = xstrdup(ev_string_at(log, e->arg));
        p->t_start = e->t;
        return;
    }
    /* Marks, output and cells don't change states; they may name a thread
     * that has no lane (the runtime's own), so don't invent one. */
    if (e->type == EV_MARK) times_push(&p->marks, e->t);
    if (e->type == EV_OUTPUT || e->type == EV_MARK || e->type == EV_CELL || e->type >= EV__COUNT)
        return;
    TlLane *l = lane_get(m, e->thread, e->process, e->t);
    TlChanges *c = &l->changes;
    switch ((EventType)e->type) {
    case EV_THREAD_START:
        free(l->name);
        l->name = xstrdup(ev_string_at(log, e->arg));
        change(c, e->t, TL_WAIT, 0);
        break;
    case EV_THREAD_EXIT:
        change(c, e->t, TL_ABSENT, 0);
        break;
    case EV_GIL_WAIT:
    case EV_WAKE:
        change(c, e->t, TL_WAIT, 0);
        break;
    case EV_GIL_TAKE:
        change(c, e->t, TL_RUN, 0);
        l->takes++;
        p->has_gil = true;
        change(&p->gil, e->t, 1, e->thread);
        if (e->other != EV_NONE && e->other != e->thread) p->switches++;
        break;
    case EV_GIL_DROP:
        p->has_gil = true;
        change(&p->gil, e->t, 0, 0);
        if (e->arg == DROP_INTERVAL) {
            change(c, e->t, TL_WAIT, 0);
            l->forced_drops++;
            times_push(&p->forced, e->t);
        } else if (e->arg == DROP_NATIVE && lane_state(l) == TL_RUN) {
            /* With a drop request pending, the scheduler logs NATIVE_BEGIN
             * only after the forced-switch handshake; the thread has left
             * Python code already, so it must not look like a second runner. */
            change(c, e->t, TL_NATIVE, 0);
        }
        break;
    case EV_DROP_REQUEST:
        times_push(&p->requests, e->t);
        break;
    case EV_BLOCK:
        change(c, e->t, TL_BLOCK, e->arg);
        break;
    case EV_NATIVE_BEGIN:
        change(c, e->t, e->arg ? TL_RUN : TL_NATIVE, 0);
        break;
    case EV_NATIVE_END:
        change(c, e->t, lane_state(l) == TL_NATIVE ? TL_WAIT : TL_RUN, 0);
        break;
    case EV_RUN:
        change(c, e->t, TL_RUN, 0);
        break;
    default:
        break;
    }
}

void tl_model_update(TlModel *m, const EventLog *log)
{
    uint64_t n = ev_count(log);
    for (; m->next < n; m->next++) consume(m, log, ev_get(log, m->next));
}

char tl_lane_char(int thread)
{
    static const char chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    return thread >= 0 && thread < (int)sizeof chars - 1 ? chars[thread] : '*';
}

/* ---- rendering ---- */

enum {
    G_RUN, G_WAIT, G_NATIVE, G_BLOCK, G_REQUEST, G_FORCED, G_HLINE,
    G_RUN_FIRST,   /* ran at the column's start, then let go */
    G_RUN_LAST,    /* took over in the column and held on to its end */
    G_RUN_TURNS,   /* ran in the column, in between (in turns, or briefly) */
    G_HANDOFF,     /* GIL lane: the lock changed hands in the column */
    G_MARK,        /* gilsim.mark() */
    G_SEVERAL,     /* marks row: marks of both kinds, no room beside */
    G__COUNT
};
static const uint32_t glyphs_utf8[G__COUNT] = {0x2588, 0x2591, 0x2592, 0x00b7, 0x25bc, 0x2715, 0x2500,
                                               0x258c, 0x2590, 0x259a, 0x2502, 0x25c6, '*'};
static const uint32_t glyphs_ascii[G__COUNT] = {'#', '-', '=', '.', 'v', 'x', '-',
                                                '+', '+', '+', '|', 'o', '*'};

static uint32_t glyph(const TlView *v, int which)
{
    return v->ascii ? glyphs_ascii[which] : glyphs_utf8[which];
}

static uint32_t state_glyph(const TlView *v, int state)
{
    switch (state) {
    case TL_RUN: return glyph(v, G_RUN);
    case TL_WAIT: return glyph(v, G_WAIT);
    case TL_NATIVE: return glyph(v, G_NATIVE);
    case TL_BLOCK: return glyph(v, G_BLOCK);
    }
    return ' ';
}

static int nprocs_used(const TlModel *m)
{
    int n = 0;
    for (int i = 0; i < m->nprocs; i++) n += m->procs[i].used && m->procs[i].nlanes > 0;
    return n;
}

static bool show_process(const TlProcess *p) { return p->used && p->nlanes > 0; }

static bool show_gil(const TlProcess *p, const TlView *v)
{
    /* --gil=off has no GIL to show; a process that has not run yet may
     * still get one, so only a process that ran without one loses it. */
    return v->gil_lanes && p->has_gil;
}

/* The marks row (drop requests, user marks) of a process that has any. */
static bool show_marks(const TlProcess *p, const TlView *v)
{
    return v->gil_lanes && (p->requests.n > 0 || p->marks.n > 0);
}

static int lane_label(const TlLane *l, char *buf, size_t n)
{
    return snprintf(buf, n, "%c %s", tl_lane_char(l->thread), l->name);
}

/* The legend, wrapped to `cols` columns; returns its rows. g may be NULL
 * (just count). The mark entries only when the model has user marks. */
static int render_legend(const TlModel *m, const TlView *v, Grid *g, int x, int y, int cols)
{
    /* The column rule in a line: see "Columns" in timeline.h. */
    static const char *const items_utf8[] = {
        "\xe2\x96\x88 run", "\xe2\x96\x8c\xe2\x96\x90\xe2\x96\x9a ran part", "\xe2\x96\x91 wait",
        "\xe2\x96\x92 native", "\xc2\xb7 block", "\xe2\x94\x82 handoff", "\xe2\x96\xbc drop request",
        "\xe2\x9c\x95 forced switch", "\xe2\x97\x86 mark", "* marks"};
    static const char *const items_ascii[] = {
        "# run", "+ ran part", "- wait", "= native", ". block", "| handoff",
        "v drop request", "x forced switch", "o mark", "* marks"};
    const char *const *items = v->ascii ? items_ascii : items_utf8;
    bool marks = false;
    for (int i = 0; i < m->nprocs; i++) marks |= m->procs[i].used && m->procs[i].marks.n > 0;
    int row = 0, col = 0, n = marks ? 10 : 8;
    for (int i = 0; i < n; i++) {
        int w = grid_text_width(items[i]);
        if (col > 0 && col + 2 + w > cols) {
            row++;
            col = 0;
        }
        if (col > 0) col += 2;
        if (g) grid_print(g, x + col, y + row, items[i], 0, 0, GRID_DIM);
        col += w;
    }
    return row + 1;
}

int tl_name_width(const TlModel *m)
{
    int w = 3;  /* "GIL" */
    for (int i = 0; i < m->nlanes; i++) {
        if (!m->lanes[i].used) continue;
        char buf[256];
        lane_label(&m->lanes[i], buf, sizeof buf);
        int lw = grid_text_width(buf);
        if (lw > w) w = lw;
    }
    return w < NAME_MAX_COLS ? w : NAME_MAX_COLS;
}

int tl_rows(const TlModel *m, const TlView *v)
{
    int rows = (v->axis ? 1 : 0) + (v->legend ? render_legend(m, v, NULL, 0, 0, tl_name_width(m) + 1 + v->width) : 0);
    bool headers = nprocs_used(m) > 1;
    for (int i = 0; i < m->nprocs; i++) {
        const TlProcess *p = &m->procs[i];
        if (!show_process(p)) continue;
        rows += (headers ? 1 : 0) + (show_marks(p, v) ? 1 : 0) + (show_gil(p, v) ? 1 : 0) + p->nlanes;
    }
    return rows;
}

/* A name in at most `cols` columns, truncated with an ellipsis. */
static void print_name(Grid *g, int x, int y, const char *name, int cols, bool ascii, uint8_t fg, uint8_t attr)
{
    const char *s = name, *end = name + strlen(name);
    int n = grid_text_width(name);
    for (int i = 0; s < end && i < cols; i++) {
        uint32_t cp = grid_utf8_next(&s, end);
        if (n > cols && i == cols - 1) cp = ascii ? '~' : 0x2026;
        else if (cp < 0x20 || cp == 0x7f) cp = ' ';
        grid_put(g, x + i, y, cp, fg, 0, attr);
    }
}

/* Start of column c's bucket: t0 + span * c / width without overflow. */
static int64_t bucket_start(const TlView *v, int c)
{
    int64_t span = v->t1 - v->t0;
    return v->t0 + span / v->width * c + span % v->width * c / v->width;
}

size_t tl_change_at(const TlChanges *c, int64_t t)
{
    size_t lo = 0, hi = c->n;   /* first index with v[i].t > t */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->v[mid].t <= t) lo = mid + 1;
        else hi = mid;
    }
    return lo - 1;
}

static bool any_in(const TlTimes *ts, int64_t b0, int64_t b1)
{
    size_t lo = 0, hi = ts->n;  /* first time >= b0 */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ts->v[mid] < b0) lo = mid + 1;
        else hi = mid;
    }
    return lo < ts->n && ts->v[lo] < b1;
}

/* The first change whose slice can overlap a bucket starting at b0. */
static size_t first_slice(const TlChanges *c, int64_t b0)
{
    size_t i = tl_change_at(c, b0);
    return i == (size_t)-1 ? 0 : i;
}

/* Slice i of c clipped to [b0, b1); false if nothing is left. */
static bool clip_slice(const TlChanges *c, size_t i, int64_t end, int64_t b0, int64_t b1,
                       int64_t *s0, int64_t *s1)
{
    *s0 = c->v[i].t > b0 ? c->v[i].t : b0;
    *s1 = i + 1 < c->n ? c->v[i + 1].t : end;
    if (*s1 > b1) *s1 = b1;
    return *s1 > *s0;
}

/* The column whose bucket holds t (t0 <= t < t1). */
static int column_of(const TlView *v, int64_t t)
{
    int64_t span = v->t1 - v->t0;
    int c = (int)((double)(t - v->t0) / (double)span * v->width);
    if (c < 0) c = 0;
    if (c >= v->width) c = v->width - 1;
    while (c > 0 && bucket_start(v, c) > t) c--;
    while (c + 1 < v->width && bucket_start(v, c + 1) <= t) c++;
    return c;
}

/* Column c's bucket [*b0, *b1), at least 1 ns long. */
static void bucket(const TlView *v, int c, int64_t *b0, int64_t *b1)
{
    *b0 = bucket_start(v, c);
    *b1 = bucket_start(v, c + 1);
    if (*b1 <= *b0) *b1 = *b0 + 1;
}

enum { RAN_ALL = 1, RAN_FIRST = 2, RAN_LAST = 4 };

/* Pass 1 of the column rule: the state the thread spent the most time in
 * (ties: run, native, wait, block), and how it ran (RAN_*). Time after the
 * log's end does not count, so the present column is not "part" of a run. */
static void lane_dominant(const TlChanges *c, int64_t end, const TlView *v, int col, uint8_t *state,
                          uint8_t *ran)
{
    int64_t b0, b1, s0, s1, cov[TL__COUNT] = {0};
    bucket(v, col, &b0, &b1);
    if (b1 > end && end > b0) b1 = end;
    *ran = 0;
    for (size_t i = first_slice(c, b0); i < c->n && c->v[i].t < b1; i++) {
        if (!clip_slice(c, i, end, b0, b1, &s0, &s1)) continue;
        cov[c->v[i].state] += s1 - s0;
        if (c->v[i].state != TL_RUN) continue;
        if (s0 == b0) *ran |= RAN_FIRST;
        if (s1 == b1) *ran |= RAN_LAST;
    }
    if (cov[TL_RUN] == b1 - b0) *ran |= RAN_ALL;
    static const int priority[] = {TL_RUN, TL_NATIVE, TL_WAIT, TL_BLOCK};
    int best = TL_ABSENT;
    for (int k = 0; k < 4; k++)
        if (cov[priority[k]] > (best == TL_ABSENT ? 0 : cov[best])) best = priority[k];
    *state = (uint8_t)best;
}

/* The column rule for one lane (see "Columns" in timeline.h): st[col] the
 * state shown, ran[col] how it ran. pinned: scratch, v->width bytes. */
static void lane_columns(const TlChanges *c, int64_t end, const TlView *v, uint8_t *st, uint8_t *ran,
                         uint8_t *pinned)
{
    for (int col = 0; col < v->width; col++) lane_dominant(c, end, v, col, &st[col], &ran[col]);
    /* Pass 2, the minimum width: a stretch of one state at least half a
     * column long that no column shows takes the column it covers most
     * (one stretch per column). A stretch over three columns or more covers
     * one whole, so only stretches over one or two need looking at. */
    memset(pinned, 0, (size_t)v->width);
    int64_t colw = (v->t1 - v->t0) / v->width, wend = end < v->t1 ? end : v->t1;
    for (size_t i = first_slice(c, v->t0); i < c->n && c->v[i].t < wend; i++) {
        int64_t s0, s1;
        int state = c->v[i].state;
        if (state == TL_ABSENT || !clip_slice(c, i, end, v->t0, wend, &s0, &s1)) continue;
        if (2 * (s1 - s0) < colw) continue;
        int c0 = column_of(v, s0), c1 = column_of(v, s1 - 1);
        if (c1 - c0 >= 2 || st[c0] == state || st[c1] == state) continue;
        int best = -1;
        int64_t best_cov = 0;
        for (int col = c0; col <= c1; col++) {
            int64_t b0, b1;
            bucket(v, col, &b0, &b1);
            int64_t cov = (s1 < b1 ? s1 : b1) - (s0 > b0 ? s0 : b0);
            if (!pinned[col] && cov > best_cov) best = col, best_cov = cov;
        }
        if (best >= 0) {
            st[best] = (uint8_t)state;
            pinned[best] = 1;
        }
    }
}

/* The GIL lane's column: -2 the lock changed hands in it, -1 blank (mostly
 * free, or before the first take), else the one holder's thread id. */
static int gil_column(const TlChanges *c, int64_t end, int64_t b0, int64_t b1)
{
    int holder = -1;
    int64_t s0, s1, held_ns = 0, free_ns = 0;
    for (size_t i = first_slice(c, b0); i < c->n && c->v[i].t < b1; i++) {
        if (!clip_slice(c, i, end, b0, b1, &s0, &s1)) continue;
        if (!c->v[i].state) {
            free_ns += s1 - s0;
            continue;
        }
        if (holder >= 0 && holder != (int)c->v[i].arg) return -2;
        holder = (int)c->v[i].arg;
        held_ns += s1 - s0;
    }
    return held_ns > 0 && held_ns >= free_ns ? holder : -1;
}

/* ---- the time axis ---- */

static const char *unit_name(int64_t unit, bool ascii)
{
    switch (unit) {
    case 1: return "ns";
    case 1000: return ascii ? "us" : "\xc2\xb5s";
    case 1000000: return "ms";
    }
    return "s";
}

static int format_tick(char *buf, size_t n, int64_t t, int64_t unit, int decimals, bool ascii)
{
    const char *u = unit_name(unit, ascii);
    if (decimals == 0) return snprintf(buf, n, "%lld %s", (long long)(t / unit), u);
    char frac[24];
    int64_t rest = t % unit;
    for (int i = 0; i < decimals && i < 20; i++) {
        rest *= 10;
        frac[i] = (char)('0' + rest / unit);
        rest %= unit;
    }
    frac[decimals < 20 ? decimals : 20] = '\0';
    return snprintf(buf, n, "%lld.%s %s", (long long)(t / unit), frac, u);
}

static void render_axis(const TlView *v, Grid *g, int x, int y)
{
    int64_t span = v->t1 - v->t0;
    int64_t tmax = v->t1 > -v->t0 ? v->t1 : -v->t0;
    int64_t unit = tmax >= 1000000000 ? 1000000000 : tmax >= 1000000 ? 1000000 : tmax >= 1000 ? 1000 : 1;
    /* The smallest 1/2/5 x 10^k step whose labels fit with two spaces between. */
    int64_t step = 1, pow10 = 1;
    int decimals = 0;
    for (int k = 0;; k++) {
        step = pow10 * (k % 3 == 0 ? 1 : k % 3 == 1 ? 2 : 5);
        decimals = 0;
        for (int64_t q = unit; q > pow10; q /= 10) decimals++;
        char buf[64];
        format_tick(buf, sizeof buf, v->t1, unit, decimals, v->ascii);
        int lw = grid_text_width(buf);
        if ((double)step * v->width >= (double)(lw + 2) * (double)span || step > INT64_MAX / 20) break;
        if (k % 3 == 2) pow10 *= 10;
    }
    int64_t first = v->t0 >= 0 ? (v->t0 + step - 1) / step * step : -(-v->t0 / step * step);
    int next_free = 0;
    for (int64_t t = first; t < v->t1; t += step) {
        int col = (int)((double)(t - v->t0) * v->width / (double)span + 0.5);
        char buf[64];
        format_tick(buf, sizeof buf, t, unit, decimals, v->ascii);
        int lw = grid_text_width(buf);
        if (col < next_free || col + lw > v->width) continue;
        grid_print(g, x + col, y, buf, 0, 0, 0);
        next_free = col + lw + 1;
    }
}

/* ---- the lanes ---- */

static void render_gil(const TlModel *m, const TlProcess *p, const TlView *v, Grid *g, int x, int y)
{
    for (int c = 0; c < v->width; c++) {
        int64_t b0, b1;
        bucket(v, c, &b0, &b1);
        if (any_in(&p->forced, b0, b1)) {
            grid_put(g, x + c, y, glyph(v, G_FORCED), 0, 0, GRID_BOLD);
            continue;
        }
        int h = gil_column(&p->gil, m->t_end, b0, b1);
        if (h == -2) grid_put(g, x + c, y, glyph(v, G_HANDOFF), 0, 0, GRID_BOLD);
        if (h < 0) continue;
        /* Colour mode: the holder's character on its colour, never the
         * colour alone. */
        grid_put(g, x + c, y, (uint32_t)tl_lane_char(h), grid_thread_colour(h), 0,
                 GRID_BOLD | (v->colour ? GRID_REVERSE : 0));
    }
}

/* Drop requests and user marks, one row above the GIL lane (so a forced
 * switch there never hides a request): two kinds in one column move one
 * aside into an empty neighbour, else show as "several". */
static void render_marks(const TlProcess *p, const TlView *v, Grid *g, int x, int y, uint8_t *kinds)
{
    enum { K_REQUEST = 1, K_MARK = 2 };
    for (int c = 0; c < v->width; c++) {
        int64_t b0, b1;
        bucket(v, c, &b0, &b1);
        kinds[c] = (uint8_t)((any_in(&p->requests, b0, b1) ? K_REQUEST : 0) | (any_in(&p->marks, b0, b1) ? K_MARK : 0));
    }
    int moved = -1;   /* the column a mark was moved into */
    for (int c = 0; c < v->width; c++) {
        if (c == moved) continue;
        int which = kinds[c] == K_REQUEST ? G_REQUEST : kinds[c] == K_MARK ? G_MARK : -1;
        if (kinds[c] == (K_REQUEST | K_MARK)) {
            which = G_REQUEST;
            if (c > 0 && !kinds[c - 1] && moved != c - 1) {
                grid_put(g, x + c - 1, y, glyph(v, G_MARK), 0, 0, GRID_BOLD);
            } else if (c + 1 < v->width && !kinds[c + 1]) {
                grid_put(g, x + c + 1, y, glyph(v, G_MARK), 0, 0, GRID_BOLD);
                moved = c + 1;
            } else {
                which = G_SEVERAL;
            }
        }
        if (which >= 0) grid_put(g, x + c, y, glyph(v, which), 0, 0, GRID_BOLD);
    }
}

static void render_lane(const TlModel *m, const TlLane *l, const TlView *v, Grid *g, int x, int y,
                        uint8_t *scratch)
{
    uint8_t fg = grid_thread_colour(l->thread);
    uint8_t *st = scratch, *ran = scratch + v->width, *pinned = scratch + 2 * v->width;
    lane_columns(&l->changes, m->t_end, v, st, ran, pinned);
    for (int c = 0; c < v->width; c++) {
        if (st[c] == TL_ABSENT) continue;
        uint8_t attr = st[c] == TL_WAIT || st[c] == TL_BLOCK ? GRID_DIM : 0;
        uint32_t ch = state_glyph(v, st[c]);
        if (st[c] == TL_RUN && !(ran[c] & RAN_ALL))
            ch = glyph(v, ran[c] == RAN_FIRST ? G_RUN_FIRST : ran[c] == RAN_LAST ? G_RUN_LAST : G_RUN_TURNS);
        grid_put(g, x + c, y, ch, fg, 0, attr);
    }
}

int tl_render(const TlModel *m, const TlView *v, Grid *g, int x, int y)
{
    if (v->width <= 0 || v->t1 <= v->t0) return 0;
    int namew = tl_name_width(m), lx = x + namew + 1, row = y;
    uint8_t *scratch = xmalloc(3 * (size_t)v->width);
    if (v->axis) render_axis(v, g, lx, row++);
    bool headers = nprocs_used(m) > 1;
    for (int i = 0; i < m->nprocs; i++) {
        const TlProcess *p = &m->procs[i];
        if (!show_process(p)) continue;
        if (headers) {
            grid_put(g, x, row, glyph(v, G_HLINE), 0, 0, GRID_BOLD);
            grid_put(g, x + 1, row, glyph(v, G_HLINE), 0, 0, GRID_BOLD);
            int end = grid_print(g, x + 3, row, p->name, 0, 0, GRID_BOLD);
            for (int c = end + 1; c < lx + v->width; c++) grid_put(g, c, row, glyph(v, G_HLINE), 0, 0, GRID_BOLD);
            row++;
        }
        if (show_marks(p, v)) {
            grid_print(g, x, row, "marks", 0, 0, GRID_DIM);
            render_marks(p, v, g, lx, row++, scratch);
        }
        if (show_gil(p, v)) {
            grid_print(g, x, row, "GIL", 0, 0, GRID_BOLD);
            render_gil(m, p, v, g, lx, row++);
        }
        for (int k = 0; k < p->nlanes; k++) {
            const TlLane *l = &m->lanes[p->lanes[k]];
            char buf[256];
            lane_label(l, buf, sizeof buf);
            print_name(g, x, row, buf, namew, v->ascii, grid_thread_colour(l->thread), 0);
            render_lane(m, l, v, g, lx, row++, scratch);
        }
    }
    if (v->legend) row += render_legend(m, v, g, x, row, namew + 1 + v->width);
    free(scratch);
    return row - y;
}

char *tl_render_text(const EventLog *log, int width, bool ascii)
{
    return tl_render_text_window(log, width, ascii, 0, 0);
}

char *tl_render_text_window(const EventLog *log, int width, bool ascii, int64_t from, int64_t to)
{
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    int namew = tl_name_width(m);
    int lanes = width - namew - 1;
    if (lanes < LANE_MIN_COLS) lanes = LANE_MIN_COLS;
    int64_t t0 = from > 0 ? from : 0, t1 = to > 0 ? to : m->t_end;
    if (t1 <= t0) t1 = t0 + 1;
    TlView v = {.t0 = t0, .t1 = t1, .width = lanes, .ascii = ascii,
                .legend = true, .axis = true, .gil_lanes = true};
    int rows = tl_rows(m, &v);
    Grid *g = grid_new(namew + 1 + lanes, rows);
    tl_render(m, &v, g, 0, 0);
    char *text = grid_to_text(g);
    size_t n = strlen(text);
    text = xrealloc(text, n + 2);
    text[n] = '\n';
    text[n + 1] = '\0';
    grid_free(g);
    tl_model_free(m);
    return text;
}
