/* panels.c — the live view's panels, composed into the frame Grid
 * (live_int.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/compare.h"
#include "ui/explain.h"
#include "ui/live_int.h"
#include "ui/stats.h"
#include "base/xalloc.h"

/* ---- statistics, incrementally from the timeline model ---- */

void lv_acc_update(Live *v, int64_t now)
{
    TlModel *m = v->model;
    if (v->nacc < m->nlanes) {
        v->acc = xrealloc(v->acc, sizeof *v->acc * (size_t)m->nlanes);
        memset(v->acc + v->nacc, 0, sizeof *v->acc * (size_t)(m->nlanes - v->nacc));
        v->nacc = m->nlanes;
    }
    for (int i = 0; i < m->nlanes; i++) {
        TlLane *l = &m->lanes[i];
        LaneAcc *a = &v->acc[i];
        if (!l->used) continue;
        for (; l->changes.n > 0 && a->done + 1 < l->changes.n; a->done++) {
            const TlChange *c = &l->changes.v[a->done];
            int64_t d = l->changes.v[a->done + 1].t - c->t;
            a->t[c->state] += d;
            if (c->state == TL_WAIT && d > a->longest_wait) a->longest_wait = d;
        }
    }
    (void)now;
}

/* ---- composing a frame ---- */

/* UTF-8 text at (x, y), at most maxw columns; tabs as spaces. */
int lv_put_text(Live *v, Grid *g, int x, int y, int maxw, const char *s, size_t n,
                    uint8_t fg, uint8_t attr)
{
    const char *end = s + n;
    int col = 0;
    while (s < end && col < maxw) {
        uint32_t cp = grid_utf8_next(&s, end);
        if (cp == '\t') {
            do grid_put(g, x + col++, y, ' ', fg, 0, attr); while (col % 4 && col < maxw);
            continue;
        }
        if (cp < 32 || cp == 127) cp = ' ';
        if (v->ascii && cp >= 128) cp = '?';
        grid_put(g, x + col++, y, cp, fg, 0, attr);
    }
    return col;
}

int lv_put_str(Live *v, Grid *g, int x, int y, int maxw, const char *s, uint8_t fg, uint8_t attr)
{
    return lv_put_text(v, g, x, y, maxw, s, strlen(s), fg, attr);
}

static void rule(Live *v, Grid *g, int x, int y, int w, const char *title)
{
    for (int i = 0; i < w; i++) grid_put(g, x + i, y, v->ascii ? '-' : 0x2500, C_DIM, 0, 0);
    if (title) {
        char buf[64];
        snprintf(buf, sizeof buf, " %s ", title);
        lv_put_str(v, g, x + 1, y, w - 2, buf, C_DIM, GRID_BOLD);
    }
}

static int gil_holder(const Live *v)
{
    const TlModel *m = v->model;
    if (m->nprocs == 0 || !m->procs[0].used || m->procs[0].gil.n == 0) return -1;
    const TlChange *c = &m->procs[0].gil.v[m->procs[0].gil.n - 1];
    return c->state ? (int)c->arg : -1;
}

/* The first `cols` columns of s into buf (n bytes), with an ellipsis if cut. */
void lv_clip_text(char *buf, size_t n, const char *s, int cols, bool ascii)
{
    const char *p = s, *end = s + strlen(s);
    int w = grid_text_width(s), col = 0;
    size_t k = 0;
    while (p < end && col < cols - (w > cols ? 1 : 0)) {
        const char *q = p;
        grid_utf8_next(&p, end);
        if (k + (size_t)(p - q) + 4 >= n) break;
        memcpy(buf + k, q, (size_t)(p - q));
        k += (size_t)(p - q);
        col++;
    }
    if (w > cols && cols > 0) {
        const char *e = ascii ? "~" : "\xe2\x80\xa6";
        memcpy(buf + k, e, strlen(e));
        k += strlen(e);
    }
    buf[k] = '\0';
}

/* The header: the title and the settings on the left, the time and the
 * state on the right. When the width runs short the title is shortened
 * first (with an ellipsis, down to 16 columns), then whole fields go, least
 * telling first (speed 1x, backend and CPython profile, cores, speed, then the title down to 8
 * columns); a field is never cut, so its units stay. */
static void compose_header(Live *v, Grid *g)
{
    char iv[32], tm[32], fields[5][48];
    for (int x = 0; x < v->W; x++) grid_put(g, x, 0, ' ', 0, 0, GRID_REVERSE);
    stats_format_time(iv, sizeof iv, v->cfg.switch_interval_ns, v->ascii);
    stats_format_time(tm, sizeof tm, v->dnow, v->ascii);
    const char *sep = v->ascii ? " | " : " \xe2\x94\x82 ";
    const char *state = v->finished ? "ended" : v->paused ? "paused" : v->idle ? "ready"
                        : v->stepping ? "stepping" : "running";
    const char *icon = v->ascii ? "" : v->finished || v->idle ? "\xe2\x96\xa0 " : v->paused ? "\xe2\x8f\xb8 "
                       : "\xe2\x96\xb6 ";
    char right[128];
    snprintf(right, sizeof right, " t = %s%s%s%s ", tm, sep, icon, state);
    enum { F_BACKEND, F_INTERVAL, F_CORES, F_SPEED, F_N };
    /* "virtual 3.11": the backend and the CPython version profile */
    snprintf(fields[F_BACKEND], sizeof fields[0], "%s %s", v->backend, v->cfg.python ? v->cfg.python : "3.11");
    snprintf(fields[F_INTERVAL], sizeof fields[0], "%s interval", iv);
    if (v->cfg.cores > 0 && !v->real)
        snprintf(fields[F_CORES], sizeof fields[0], "%d cores%s", v->cfg.cores, v->cfg.gil_off ? " (no GIL)" : "");
    else
        snprintf(fields[F_CORES], sizeof fields[0], "all cores%s", v->cfg.gil_off ? " (no GIL)" : "");
    snprintf(fields[F_SPEED], sizeof fields[0], "%gx", v->speed);
    bool keep[F_N] = {true, true, true, true};
    int rw = grid_text_width(right), avail = v->W - rw, sepw = grid_text_width(sep);
    int titlew = grid_text_width(v->title);
    /* what goes, in order: -1 shortens the title */
    int drops[] = {-1, v->speed == 1 ? F_SPEED : -2, F_BACKEND, F_CORES, F_SPEED, -3};
    char buf[512], title[256];
    for (size_t step = 0;; step++) {
        int fw = 0;
        for (int f = 0; f < F_N; f++) fw += keep[f] ? sepw + grid_text_width(fields[f]) : 0;
        int room = avail - 2 - fw;   /* the blanks around the title */
        int least = step == 0 ? titlew : step < 6 ? 16 : 8;
        if (room >= (titlew < least ? titlew : least) || step >= sizeof drops / sizeof *drops) {
            lv_clip_text(title, sizeof title, v->title, room < titlew ? (room > 1 ? room : 1) : titlew, v->ascii);
            break;
        }
        int d = drops[step];
        if (d >= 0) keep[d] = false;
    }
    size_t k = (size_t)snprintf(buf, sizeof buf, " %s", title);
    for (int f = 0; f < F_N && k < sizeof buf; f++)
        if (keep[f]) k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", sep, fields[f]);
    lv_put_str(v, g, 0, 0, avail, buf, 0, GRID_REVERSE | GRID_BOLD);
    lv_put_str(v, g, avail, 0, rw, right, 0, GRID_REVERSE | GRID_BOLD);
}

/* Returns the rows used. */
static int compose_timeline(Live *v, Grid *g, int y, int maxrows)
{
    int namew = v->cmp ? cmp_name_width(v->model, lv_cmp_model(v)) : tl_name_width(v->model);
    int width = v->W - namew - 1;
    if (width < 10) width = 10;
    v->tl_width = width;
    if (v->fit) {   /* a whole cell's window: all of it in the width */
        v->fit = false;
        v->follow = true;
        int64_t end = v->model->t_end > 0 ? v->model->t_end : 1;
        v->nspc = (end + width - 1) / width;
        if (v->nspc < 100) v->nspc = 100;
    }
    int64_t span = (int64_t)width * v->nspc;
    int64_t t0;
    if (v->follow) {
        int64_t t1 = (v->dnow + v->nspc - 1) / v->nspc * v->nspc;
        t0 = t1 > span ? t1 - span : 0;
    } else {
        t0 = v->t0;
    }
    v->t0 = t0;
    TlView tv = {.t0 = t0, .t1 = t0 + span, .width = width, .ascii = v->ascii,
                 .legend = true, .axis = true, .gil_lanes = true, .colour = v->colour};
    int rows = v->cmp ? cmp_rows(v->model, lv_cmp_model(v), &tv) : tl_rows(v->model, &tv);
    if (rows > maxrows) {
        tv.legend = false;
        rows = v->cmp ? cmp_rows(v->model, lv_cmp_model(v), &tv) : tl_rows(v->model, &tv);
    }
    int hidden = rows > maxrows ? rows - maxrows + 1 : 0;   /* lanes that do not fit */
    v->tl_rows = rows;
    v->tl_x = namew + 1;
    if (rows > maxrows) rows = maxrows;
    grid_resize(v->tgrid, v->W, rows);
    grid_clear(v->tgrid);
    if (v->cmp)
        cmp_render(v->model, lv_cmp_label(v, 0), lv_cmp_model(v), lv_cmp_label(v, 1), &tv, v->tgrid, 0);
    else
        tl_render(v->model, &tv, v->tgrid, 0, 0);
    for (int r = 0; r < rows; r++)
        memcpy(&g->cells[(size_t)(y + r) * (size_t)g->w], &v->tgrid->cells[(size_t)r * (size_t)v->W],
               sizeof(Cell) * (size_t)v->W);
    if (hidden > 0) {   /* say so on the last row rather than cut silently */
        char buf[96];
        snprintf(buf, sizeof buf, v->ascii ? "... %d more lanes: a taller terminal shows them"
                                           : "\xe2\x80\xa6 %d more lanes: a taller terminal shows them", hidden);
        for (int c = 0; c < v->W; c++) grid_put(g, c, y + rows - 1, ' ', 0, 0, 0);
        lv_put_str(v, g, 0, y + rows - 1, v->W, buf, C_DIM, 0);
    }
    return rows;
}

static void compose_stats(Live *v, Grid *g, int x, int y, int w, int h)
{
    if (h <= 0) return;
    /* The words of --stats (stats.h): run and wait as shares of the
     * thread's life so far, takes, max wait; the name gets what is left. */
    TlModel *m = v->model;
    int namew = 6;
    for (int i = 0; i < m->nlanes; i++)
        if (m->lanes[i].used && m->lanes[i].name && grid_text_width(m->lanes[i].name) > namew)
            namew = grid_text_width(m->lanes[i].name);
    int fixed = 2 + 6 + 6 + 6 + 10;
    if (namew > w - fixed) namew = w - fixed > 6 ? w - fixed : 6;
    char head[160];
    snprintf(head, sizeof head, "  %-*s   run  wait takes  max wait", namew, "thread");
    lv_put_str(v, g, x, y, w, head, C_DIM, GRID_BOLD);
    int row = 1;
    for (int p = 0; p < m->nprocs && row < h; p++) {
        TlProcess *pr = &m->procs[p];
        if (!pr->used) continue;
        for (int k = 0; k < pr->nlanes && row < h; k++) {
            int id = pr->lanes[k];
            if (id >= v->nacc) continue;
            TlLane *l = &m->lanes[id];
            LaneAcc *a = &v->acc[id];
            int64_t t[TL__COUNT];
            memcpy(t, a->t, sizeof t);
            int64_t longest = a->longest_wait;
            if (l->changes.n > 0) {   /* the open interval, up to the time shown */
                const TlChange *c = &l->changes.v[l->changes.n - 1];
                int64_t d = v->dnow > c->t ? v->dnow - c->t : 0;
                t[c->state] += d;
                if (c->state == TL_WAIT && d > longest) longest = d;
            }
            int64_t life = t[TL_RUN] + t[TL_WAIT] + t[TL_NATIVE] + t[TL_BLOCK];
            double held = life ? 100.0 * (double)t[TL_RUN] / (double)life : 0;
            double wait = life ? 100.0 * (double)t[TL_WAIT] / (double)life : 0;
            char lw[32], buf[256];
            stats_format_time(lw, sizeof lw, longest, v->ascii);
            uint8_t fg = grid_thread_colour(id);
            char name[128];
            lv_clip_text(name, sizeof name, l->name ? l->name : "?", namew, v->ascii);
            int pad = namew - grid_text_width(name);
            snprintf(buf, sizeof buf, "%c %s%*s%5.0f%%%5.0f%%%6llu %9s", tl_lane_char(id), name, pad > 0 ? pad : 0,
                     "", held, wait, (unsigned long long)l->takes, lw);
            bool alive = l->changes.n > 0 && l->changes.v[l->changes.n - 1].state != TL_ABSENT;
            lv_put_str(v, g, x, y + row, w, buf, fg, alive ? 0 : GRID_DIM);
            row++;
        }
    }
}

/* Columns of text (tabs to the next multiple of 4). */
static int text_cols(const char *s, size_t n)
{
    const char *end = s + n;
    int col = 0;
    while (s < end) {
        uint32_t cp = grid_utf8_next(&s, end);
        col = cp == '\t' ? (col / 4 + 1) * 4 : col + 1;
    }
    return col;
}

/* Rows of text wrapped to w columns (at least 1). */
static int text_rows(const char *s, size_t n, int w)
{
    int cols = text_cols(s, n);
    return cols <= w ? 1 : (cols + w - 1) / w;
}

/* Rows [skip, skip + rows) of text wrapped to w columns, at (x, y). */
static void put_wrapped(Live *v, Grid *g, int x, int y, int w, const char *s, size_t n, int skip, int rows,
                        uint8_t fg, uint8_t attr)
{
    const char *end = s + n;
    int col = 0;
    while (s < end) {
        uint32_t cp = grid_utf8_next(&s, end);
        int next = cp == '\t' ? (col / 4 + 1) * 4 : col + 1;
        if (cp < 32 || cp == 127) cp = ' ';
        if (v->ascii && cp >= 128) cp = '?';
        for (; col < next; col++) {
            int r = col / w - skip;
            if (r >= rows) return;
            if (r >= 0) grid_put(g, x + col % w, y + r, cp, fg, 0, attr);
        }
    }
}

/* The output / console in h rows, long lines wrapped: the last rows, or
 * v->out_back rows further back ([ and ], PgUp / PgDn). */
static void compose_lines(Live *v, Grid *g, int x, int y, int w, int h)
{
    if (h <= 0 || w <= 0) return;
    v->out_page = h;
    int total = 0;
    for (int i = 0; i < v->nlines; i++) total += text_rows(v->lines[i].text ? v->lines[i].text : "", v->lines[i].len, w);
    if (v->out_back > total - h) v->out_back = total - h;
    if (v->out_back < 0) v->out_back = 0;
    int top = total - h - v->out_back, row = 0;
    if (top < 0) top = 0;
    for (int i = 0; i < v->nlines && row < top + h; i++) {
        OutLine *l = &v->lines[i];
        const char *t = l->text ? l->text : "";
        int n = text_rows(t, l->len, w);
        if (row + n > top)
            put_wrapped(v, g, x, y + (row > top ? row - top : 0), w, t, l->len, row < top ? top - row : 0,
                        top + h - (row > top ? row : top), l->colour, l->stream == 0 ? GRID_BOLD : 0);
        row += n;
    }
    if (v->out_back > 0) {
        char more[48];
        snprintf(more, sizeof more, v->ascii ? " %d more: ] " : " \xe2\x86\x93 %d more: ] ", v->out_back);
        lv_put_str(v, g, x + w - grid_text_width(more), y + h - 1, w, more, C_DIM, GRID_REVERSE);
    }
}

/* A row of prose, each byte in its own attributes (prose.h). */
static void put_prose_row(Live *v, Grid *g, int x, int y, int maxw, const ProseRow *pr)
{
    const char *s = pr->s, *end = pr->s + pr->n;
    for (int col = 0; s < end && col < maxw; col++) {
        uint8_t a = pr->attrs[s - pr->s];
        uint32_t cp = grid_utf8_next(&s, end);
        if (cp < 32 || cp == 127) cp = ' ';
        if (v->ascii && cp >= 128) cp = '?';
        uint8_t attr = (uint8_t)(pr->attr | (a & (GRID_BOLD | GRID_UNDERLINE)));
        uint8_t fg = 0;
        if (a & PROSE_CODE) {
            if (v->colour) fg = C_CODE;
            else attr |= GRID_BOLD;
        }
        grid_put(g, x + col, y, cp, fg, 0, attr);
    }
}

static void compose_code(Live *v, Grid *g, int x, int y, int w, int h)
{
    int y0 = y;
    if (v->prose && h > 4) {
        int n;
        ProseRow *rows = prose_wrap(v->prose, w - 2, &n);
        /* The prose gets what the code leaves, and at least half the panel
         * (two thirds when it is about a cell that has run). */
        int room = v->ncode ? h - v->ncode - 1 : h;
        int least = v->prose_first ? h * 2 / 3 : h / 2;
        if (room < least) room = least;
        if (n < room) room = n;
        if (v->prose_top > n - room) v->prose_top = n - room;
        if (v->prose_top < 0) v->prose_top = 0;
        for (int r = 0; r < room; r++) {
            const ProseRow *pr = &rows[v->prose_top + r];
            put_prose_row(v, g, x + 1 + pr->indent, y + r, w - 2 - pr->indent, pr);
        }
        const char *more = NULL;
        int my = y;
        if (v->prose_top + room < n) {               /* more below */
            more = v->ascii ? " more: PgDn " : " \xe2\x86\x93 more: PgDn ";
            my = y + room - 1;
        } else if (v->prose_top > 0) {
            more = v->ascii ? " PgUp " : " \xe2\x86\x91 PgUp ";
        }
        if (more) lv_put_str(v, g, x + w - grid_text_width(more) - 1, my, w, more, C_DIM, GRID_REVERSE);
        free(rows);
        y += room;
        h -= room;
        if (v->ncode && h > 1) {
            rule(v, g, x, y, w, v->code_title[0] ? v->code_title : NULL);
            y++;
            h--;
        }
    }
    if (!v->ncode || h <= 0) return;
    /* Each live thread's line; the GIL holder's is the one to keep in view. */
    int nl = v->model->nlanes;
    int *line = xcalloc((size_t)(nl ? nl : 1), sizeof *line);
    int holder = gil_holder(v), focus = 0;
    /* The probe walks the interpreter's frames: only with every thread
     * stopped, which the real backend's heartbeat cannot promise. */
    if (v->cfg.thread_line && !v->finished && !v->real && !v->rp_preview)   /* (a preview: another instant) */
        for (int i = 0; i < nl; i++) {
            TlLane *l = &v->model->lanes[i];
            if (!l->used || l->changes.n == 0 || l->changes.v[l->changes.n - 1].state == TL_ABSENT) continue;
            line[i] = v->cfg.thread_line(v->cfg.thread_line_arg, i);
            if (line[i] && (i == holder || !focus)) focus = line[i];
        }
    /* Long lines wrap (continuation rows have no number), so the rows
     * from code_top to the focus line are counted, not assumed. */
    int tw = w - 9 > 8 ? w - 9 : 8;
    if (focus) {
        int rows = 0;
        for (int k = v->code_top; k < focus - 1 && k < v->ncode; k++)
            rows += text_rows(v->code_lines[k], strlen(v->code_lines[k]), tw);
        if (focus - 1 < v->code_top + 1 || rows >= h - 1) v->code_top = focus - 1 - h / 3;
    }
    if (v->code_top > v->ncode - h) v->code_top = v->ncode - h;
    if (v->code_top < 0) v->code_top = 0;
    for (int r = 0, k = v->code_top; r < h && k < v->ncode; k++) {
        int ln = k + 1;
        int marks = 0;
        bool held = false;
        for (int i = 0; i < nl; i++) {
            if (line[i] != ln) continue;
            if (i == holder) held = true;
            if (marks < 3) grid_put(g, x + marks, y + r, (uint32_t)tl_lane_char(i), grid_thread_colour(i),
                                    0, GRID_BOLD | (i == holder ? GRID_REVERSE : 0));
            else grid_put(g, x + 3, y + r, '+', 0, 0, 0);
            marks++;
        }
        char num[16];
        snprintf(num, sizeof num, "%4d ", ln + v->code_line0 - 1);   /* the file's line: tracebacks say it */
        lv_put_str(v, g, x + 4, y + r, 5, num, C_DIM, 0);
        const char *s = v->code_lines[ln - 1];
        int n = text_rows(s, strlen(s), tw);
        put_wrapped(v, g, x + 9, y + r, tw, s, strlen(s), 0, h - r, 0, held ? GRID_BOLD : 0);
        r += n;
    }
    (void)y0;
    free(line);
}

static const char *const help_text[] = {
    "space     pause / resume",
    "s         step to the next GIL switch",
    "S         step back one GIL switch (also",
    "          shift-<-; re-runs the program)",
    "Home      back to the start (re-runs it)",
    "+ / -     zoom the time axis in / out",
    "<- / ->   scroll the timeline",
    "f         follow the present",
    "c         cursor: what every thread does",
    "          in a column (, . move it)",
    "[ / ]     scroll the output back / on",
    "          (PgUp/PgDn too, but in lessons)",
    "< / >     slower / faster (--speed)",
    "lessons:",
    "n         run the cell, or the next page",
    "s         run the cell, pausing at switches",
    "p         previous page (shows it again;",
    "          it does not undo what ran)",
    "r         run the shown cell again",
    "PgUp/PgDn scroll the lesson text",
    "Ctrl-C    KeyboardInterrupt",
    "q         quit (130 while the program runs)",
    "?         this help",
    "",
    "REPL: keys edit the input line,",
    "PgUp/PgDn scroll the console;",
    ":help lists the : commands",
    NULL,
};

/* The cursor: its column of the timeline in reverse video, and what every
 * thread does at the column's middle instant in a box under the timeline
 * (recomputed when the cursor moves or the log grows). */
static void compose_cursor(Live *v, Grid *g)
{
    if (v->cursor_col >= v->tl_width) v->cursor_col = v->tl_width - 1;
    if (v->cursor_col < 0) v->cursor_col = 0;
    int x = v->tl_x + v->cursor_col;
    for (int r = 1; r < v->tl_rows; r++) {
        const Cell *c = grid_at(g, x, 1 + r);
        if (c) grid_put(g, x, 1 + r, c->ch == ' ' ? (v->ascii ? '|' : 0x2502) : c->ch, c->fg, c->bg,
                        (uint8_t)(c->attr ^ GRID_REVERSE));
    }
    int64_t t = v->t0 + (int64_t)v->cursor_col * v->nspc + v->nspc / 2;
    uint64_t n = v->log ? ev_count(v->log) : 0;
    if (!v->cursor_text || t != v->cursor_t || n != v->cursor_events) {
        free(v->cursor_text);
        v->cursor_text = v->log ? tl_explain(v->log, t, v->ascii) : xstrdup("");
        v->cursor_t = t;
        v->cursor_events = n;
    }
    int y0 = 2 + v->tl_rows, w = v->W - 4, row = 0;
    const char *head = " cursor: , . move  c close ";
    for (const char *s = v->cursor_text; *s && y0 + row < v->H - 1; row++) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        for (int k = 0; k < w + 2; k++) grid_put(g, 1 + k, y0 + row, ' ', 0, 0, GRID_REVERSE);
        lv_put_text(v, g, 2, y0 + row, w, s, len, 0, GRID_REVERSE | (row == 0 ? GRID_BOLD : 0));
        s = nl ? nl + 1 : s + len;
    }
    if (row > 0) lv_put_str(v, g, v->W - 2 - grid_text_width(head), y0, w, head, 0, GRID_REVERSE);
}

static void compose_help(Live *v, Grid *g)
{
    int n = 0, w = 0;
    for (; help_text[n]; n++) if ((int)strlen(help_text[n]) > w) w = (int)strlen(help_text[n]);
    w += 4;
    int x0 = (v->W - w) / 2, y0 = (v->H - n - 2) / 2;
    for (int y = 0; y < n + 2; y++)
        for (int x = 0; x < w; x++) grid_put(g, x0 + x, y0 + y, ' ', 0, 0, GRID_REVERSE);
    lv_put_str(v, g, x0 + 2, y0, w - 4, "keys", 0, GRID_REVERSE | GRID_BOLD);
    for (int i = 0; i < n; i++) lv_put_str(v, g, x0 + 2, y0 + 1 + i, w - 4, help_text[i], 0, GRID_REVERSE);
}

static void compose_status(Live *v, Grid *g, int *cursor_x)
{
    int y = v->H - 1;
    char buf[512];
    *cursor_x = -1;
    if (v->cfg.repl && !v->finished) {
        int x = lv_put_str(v, g, 0, y, v->W, v->prompt ? v->prompt : "", 0, GRID_BOLD);
        /* Scroll the input so the cursor stays visible. */
        int cur = 0;
        for (const char *s = v->in; s < v->in + v->cursor; s++) if (((unsigned char)*s & 0xc0) != 0x80) cur++;
        int room = v->W - x - 1, skip = cur > room ? cur - room : 0;
        const char *s = v->in, *end = v->in + v->in_len;
        for (int i = 0; i < skip && s < end; i++) grid_utf8_next(&s, end);
        lv_put_text(v, g, x, y, room, s, (size_t)(end - s), 0, 0);
        *cursor_x = x + cur - skip;
        if (!v->reading) lv_put_str(v, g, v->W - 10, y, 10, v->ascii ? " running..." : " running\xe2\x80\xa6", C_DIM, 0);
        return;
    }
    if (v->rp_preview)
        snprintf(buf, sizeof buf, "%s", v->rp_note);
    else if (v->lesson && v->idle && !v->finished)
        snprintf(buf, sizeof buf, "%s%s%s", v->paused ? " PAUSED " : "", v->rp_note, v->note);
    else if (v->finished)
        snprintf(buf, sizeof buf, " program ended (exit status %d)%s%s q leaves  S back  Home start  ? keys",
                 v->status, v->rp_note[0] ? v->rp_note : " ", v->ascii ? "-" : "\xe2\x80\x94");
    else if (v->paused)
        snprintf(buf, sizeof buf, " PAUSED%s%s space resume  s step  S back  Home start  ? help  q quit",
                 v->rp_note[0] ? v->rp_note : " ", v->ascii ? "-" : "\xe2\x80\x94");
    else if (v->rp_note[0])
        snprintf(buf, sizeof buf, "%s%s space pause  s step  ? help  q quit", v->rp_note, v->ascii ? "-" : "\xe2\x80\x94");
    else
        snprintf(buf, sizeof buf, " space pause  s step  +/- zoom  %s scroll  f follow  </> speed  ? help  q quit",
                 v->ascii ? "<-/->" : "\xe2\x86\x90\xe2\x86\x92");
    lv_put_str(v, g, 0, y, v->W, buf, 0, GRID_REVERSE);
    for (int x = grid_text_width(buf); x < v->W; x++) grid_put(g, x, y, ' ', 0, 0, GRID_REVERSE);
}

/* --compare: each run's statistics and output in a column of its own,
 * the first run's on the left (no code: the lanes say where each run is). */
static void compose_compare(Live *v, Grid *g, int py, int lw, int ph)
{
    int xs[2] = {0, lw + 1}, ws[2] = {lw, v->W - lw - 1};
    for (int k = 0; k < 2; k++) {
        if (k) lv_cmp_swap(v);
        int nthreads = 0;
        for (int i = 0; i < v->model->nlanes; i++) nthreads += v->model->lanes[i].used;
        int sh = nthreads + 1;
        if (sh > ph / 2) sh = ph / 2;
        char title[64];
        snprintf(title, sizeof title, "run %d: threads", k + 1);
        rule(v, g, xs[k], py, ws[k], title);
        compose_stats(v, g, xs[k], py + 1, ws[k], sh);
        snprintf(title, sizeof title, "run %d: output", k + 1);
        rule(v, g, xs[k], py + 1 + sh, ws[k], title);
        compose_lines(v, g, xs[k], py + 2 + sh, ws[k], ph - sh - 1);
        if (k) lv_cmp_swap(v);
    }
    grid_put(g, lw, py, v->ascii ? '+' : 0x252c, C_DIM, 0, 0);
    for (int r = 0; r < ph; r++) grid_put(g, lw, py + 1 + r, v->ascii ? '|' : 0x2502, C_DIM, 0, 0);
}

void lv_compose(Live *v, int *cursor_x)
{
    Grid *g = v->frame;
    grid_clear(g);
    *cursor_x = -1;
    if (v->W < MIN_W || v->H < MIN_H) {
        char buf[128];
        snprintf(buf, sizeof buf, "gilsim needs a terminal of at least %dx%d", MIN_W, MIN_H);
        lv_put_str(v, g, 0, 0, v->W, buf, 0, GRID_BOLD);
        snprintf(buf, sizeof buf, "(this one is %dx%d); q quits", v->W, v->H);
        lv_put_str(v, g, 0, 1, v->W, buf, 0, 0);
        return;
    }
    if (v->log) tl_model_update(v->model, v->log);
    /* A thread that runs on without an event runs until the present: the
     * lanes reach the time shown, not just the last event. */
    if (!v->finished && !v->idle && v->dnow > v->model->t_end) v->model->t_end = v->dnow;
    if (v->model->t_end > v->dnow && (v->paused || v->finished || v->idle)) v->dnow = v->model->t_end;
    lv_acc_update(v, v->dnow);
    if (v->cmp) lv_cmp_feed(v);
    compose_header(v, g);
    int panel_min = 8;
    int trows = compose_timeline(v, g, 1, v->H - 3 - panel_min);
    int py = 1 + trows;
    int lw = v->W / 2;
    if (v->lesson && !v->cmp && lw < v->W - 40) lw = v->W - 40;   /* room for the prose */
    int rx = lw + 1, rw = v->W - rx;
    int ph = v->H - 1 - (py + 1);
    if (v->cmp) {
        compose_compare(v, g, py, lw, ph);
        compose_status(v, g, cursor_x);
        if (v->tl_cursor) compose_cursor(v, g);
        if (v->help) compose_help(v, g);
        return;
    }
    rule(v, g, 0, py, lw, v->cfg.repl ? "console" : v->lesson && v->panel[0] ? v->panel
                          : v->prose ? "lesson" : "code");
    grid_put(g, lw, py, v->ascii ? '+' : 0x252c, C_DIM, 0, 0);
    rule(v, g, rx, py, rw, "threads");
    for (int r = 0; r < ph; r++) grid_put(g, lw, py + 1 + r, v->ascii ? '|' : 0x2502, C_DIM, 0, 0);
    if (v->cfg.repl) {
        compose_lines(v, g, 0, py + 1, lw, ph);
        compose_stats(v, g, rx, py + 1, rw, ph);
    } else {
        compose_code(v, g, 0, py + 1, lw, ph);
        int nthreads = 0;
        for (int i = 0; i < v->model->nlanes; i++) nthreads += v->model->lanes[i].used;
        int sh = nthreads + 1;
        if (sh > ph / 2) sh = ph / 2;
        compose_stats(v, g, rx, py + 1, rw, sh);
        char title[96];
        snprintf(title, sizeof title, "output%s%s", v->verdict ? " " : "", v->verdict ? v->verdict : "");
        rule(v, g, rx, py + 1 + sh, rw, title);
        compose_lines(v, g, rx, py + 2 + sh, rw, ph - sh - 1);
    }
    compose_status(v, g, cursor_x);
    if (v->tl_cursor) compose_cursor(v, g);
    if (v->help) compose_help(v, g);
}
