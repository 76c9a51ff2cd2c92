/* live.c — the live ncurses view (see live.h).
 *
 * A frame is composed into v->frame (a Grid) from the event log and the
 * view's own state, then compared cell by cell with v->shown (what the
 * terminal has): only changed cells are written, and nothing at all when the
 * frame is unchanged (paused, idle), so an idle view costs a key poll.
 */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "lesson/lesson.h"
#include "lesson/session.h"
#include "ui/grid.h"
#include "ui/live.h"
#include "ui/prose.h"
#include "ui/stats.h"
#include "ui/term.h"
#include "ui/timeline.h"
#include "vm/gc.h"       /* xmalloc family, as the other views */

/* Colour indices beyond the thread colours (grid.h): the view's own. */
enum { C_ERR = GRID_THREAD_COLOURS + 1, C_DIM, C_CODE, C_COUNT };

#define FRAME_S (1.0 / 33)          /* ~30 frames a second, at least 30 */
#define REAL_TICK_NS 30000000       /* the real backend's heartbeat: a frame each */
#define MAX_LINES 20000             /* console / output lines kept */
#define MIN_W 80
#define MIN_H 24

typedef struct OutLine {
    char *text;
    size_t len;
    uint8_t colour;
    uint8_t stream;                 /* 0 REPL text, 1 stdout, 2 stderr */
    bool open;                      /* no newline yet */
} OutLine;

typedef struct LaneAcc {
    size_t done;                    /* changes whose interval is accounted */
    int64_t t[TL__COUNT];
    int64_t longest_wait;
} LaneAcc;

struct Live {
    LiveConfig cfg;
    char *title, *backend;
    EventLog *log;
    Sched *sched;
    TlModel *model;
    Grid *frame, *shown, *tgrid;
    int W, H;
    bool colour, ascii;
    short pairs[C_COUNT][C_COUNT];
    short next_pair;

    /* time */
    bool real;                      /* the real backend: heartbeats from its service thread */
    bool real_started;              /* ... which have been asked for (live_set_code) */
    double speed;
    bool paused, stepping, finished, help, quit;
    uint64_t step_from;
    int64_t now, dnow;              /* the heartbeat's time; the time shown (paced) */
    double anchor_wall;
    int64_t anchor_virt;
    double last_frame;
    int64_t tick_ns;
    int status;

    /* timeline window */
    int64_t nspc;                   /* ns per column */
    bool follow;
    int64_t t0;                     /* left edge when not following */
    int tl_width;

    /* output / console */
    OutLine *lines;
    int nlines, cap_lines;
    uint64_t ev_next;
    int err_rfd, saved_err;

    /* statistics */
    LaneAcc *acc;
    int nacc;

    /* code */
    char *code;
    char **code_lines;
    int ncode, code_top;
    Prose *prose;                   /* lesson mode: the page's prose */

    /* lesson keys */
    void (*on_next)(void *), (*on_prev)(void *), (*on_rerun)(void *);
    void *lesson_arg;

    /* lesson mode (live_lesson): the log shown is a cell's window */
    bool lesson, idle;              /* idle: between cells, the driver waits for a key */
    int64_t origin;                 /* the window's time 0 on the scheduler's clock */
    void (*pull)(void *);           /* fills the open window (lesson_session_pull) */
    void *pull_arg;
    int action;                     /* a lesson key for the driver; 0: none */
    bool fit;                       /* zoom the timeline to the whole window */
    int64_t nspc_default;
    char note[200];                 /* the status line while idle */
    char panel[64];                 /* the left panel's title */
    char code_title[64];            /* the rule between prose and code */
    const char *verdict;            /* the output's title: expect block verdict */
    int prose_top;                  /* the prose's first row shown (PgUp / PgDn) */
    int code_line0;                 /* the file's line number of the code's first line */
    int out_back;                   /* the output / console: rows scrolled back from its end */
    int out_page;                   /* its rows on screen (a page for PgUp / PgDn) */
    bool prose_first;               /* the prose is about results: more room for it */

    /* Skip composing when nothing the frame shows can have changed. */
    bool dirty;
    uint64_t drawn_events;
    int64_t drawn_dnow;

    /* figures (GILSIM_LIVE_STATS=1: printed to stderr at the end) */
    uint64_t frames, frames_drawn;
    double cpu_draw, max_frame, opened_at, cpu_at_open;

    /* the REPL's input line */
    char *in;
    size_t in_len, in_cap, cursor;
    const char *prompt;
    bool reading, line_ready, interrupted, eof;
    char **hist;
    int nhist, hist_pos;
};

static Live *current;

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- output lines ---- */

static void line_add(Live *v, uint8_t colour, uint8_t stream)
{
    if (v->nlines == MAX_LINES) {
        free(v->lines[0].text);
        memmove(v->lines, v->lines + 1, sizeof *v->lines * (size_t)(MAX_LINES - 1));
        v->nlines--;
    }
    if (v->nlines == v->cap_lines) {
        v->cap_lines = v->cap_lines ? 2 * v->cap_lines : 64;
        v->lines = xrealloc(v->lines, sizeof *v->lines * (size_t)v->cap_lines);
    }
    v->lines[v->nlines++] = (OutLine){.text = NULL, .len = 0, .colour = colour, .stream = stream, .open = true};
}

/* Appends text; a line continues while it is open and from the same source. */
static void out_append(Live *v, const char *s, size_t n, uint8_t colour, uint8_t stream)
{
    v->dirty = true;
    while (n > 0) {
        OutLine *l = v->nlines ? &v->lines[v->nlines - 1] : NULL;
        if (!l || !l->open || l->colour != colour || l->stream != stream) {
            line_add(v, colour, stream);
            l = &v->lines[v->nlines - 1];
        }
        const char *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) : n;
        l->text = xrealloc(l->text, l->len + k + 1);
        memcpy(l->text + l->len, s, k);
        l->len += k;
        l->text[l->len] = '\0';
        if (nl) {
            l->open = false;
            k++;
        }
        s += k;
        n -= k;
    }
}

static void drain_stderr(Live *v)
{
    if (v->err_rfd < 0) return;
    char buf[4096];
    ssize_t n;
    while ((n = read(v->err_rfd, buf, sizeof buf)) > 0) out_append(v, buf, (size_t)n, C_ERR, 2);
}

/* Lesson mode: stderr (tracebacks) goes into the open window as EV_OUTPUT
 * with arg2 2, so that the window keeps the cell's whole output for p. */
static void drain_stderr_to_log(Live *v)
{
    if (v->err_rfd < 0) return;
    char buf[4096];
    ssize_t n;
    while ((n = read(v->err_rfd, buf, sizeof buf)) > 0) {
        uint64_t k = ev_count(v->log);
        int64_t t = k ? ev_get(v->log, k - 1)->t : 0;
        ev_append(v->log, t, EV_OUTPUT, 0, 0, EV_NONE, ev_string(v->log, buf, (size_t)n), 2);
    }
}

void live_sync(Live *v)
{
    if (!v->log) return;
    fflush(stderr);
    if (v->pull) {
        v->pull(v->pull_arg);
        drain_stderr_to_log(v);
    }
    uint64_t n = ev_count(v->log);
    for (; v->ev_next < n; v->ev_next++) {
        const Event *e = ev_get(v->log, v->ev_next);
        if (e->type != EV_OUTPUT) continue;
        const char *text = ev_string_at(v->log, e->arg);
        if (e->arg2 == 2) out_append(v, text, strlen(text), C_ERR, 2);
        else out_append(v, text, strlen(text), grid_thread_colour(e->thread), 1);
    }
    drain_stderr(v);
}

void live_console(Live *v, const char *text, size_t n, int stream)
{
    live_sync(v);
    out_append(v, text, n, stream == 2 ? C_ERR : stream == 1 ? grid_thread_colour(0) : 0, (uint8_t)stream);
}

/* ---- statistics, incrementally from the timeline model ---- */

static void acc_update(Live *v, int64_t now)
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
static int put_text(Live *v, Grid *g, int x, int y, int maxw, const char *s, size_t n,
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

static int put_str(Live *v, Grid *g, int x, int y, int maxw, const char *s, uint8_t fg, uint8_t attr)
{
    return put_text(v, g, x, y, maxw, s, strlen(s), fg, attr);
}

static void rule(Live *v, Grid *g, int x, int y, int w, const char *title)
{
    for (int i = 0; i < w; i++) grid_put(g, x + i, y, v->ascii ? '-' : 0x2500, C_DIM, 0, 0);
    if (title) {
        char buf[64];
        snprintf(buf, sizeof buf, " %s ", title);
        put_str(v, g, x + 1, y, w - 2, buf, C_DIM, GRID_BOLD);
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
static void clip_text(char *buf, size_t n, const char *s, int cols, bool ascii)
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
 * telling first (speed 1x, backend, cores, speed, then the title down to 8
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
    snprintf(fields[F_BACKEND], sizeof fields[0], "%s", v->backend);
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
            clip_text(title, sizeof title, v->title, room < titlew ? (room > 1 ? room : 1) : titlew, v->ascii);
            break;
        }
        int d = drops[step];
        if (d >= 0) keep[d] = false;
    }
    size_t k = (size_t)snprintf(buf, sizeof buf, " %s", title);
    for (int f = 0; f < F_N && k < sizeof buf; f++)
        if (keep[f]) k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", sep, fields[f]);
    put_str(v, g, 0, 0, avail, buf, 0, GRID_REVERSE | GRID_BOLD);
    put_str(v, g, avail, 0, rw, right, 0, GRID_REVERSE | GRID_BOLD);
}

/* Returns the rows used. */
static int compose_timeline(Live *v, Grid *g, int y, int maxrows)
{
    int namew = tl_name_width(v->model);
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
    int rows = tl_rows(v->model, &tv);
    if (rows > maxrows) {
        tv.legend = false;
        rows = tl_rows(v->model, &tv);
    }
    if (rows > maxrows) rows = maxrows;
    grid_resize(v->tgrid, v->W, rows);
    grid_clear(v->tgrid);
    tl_render(v->model, &tv, v->tgrid, 0, 0);
    for (int r = 0; r < rows; r++)
        memcpy(&g->cells[(size_t)(y + r) * (size_t)g->w], &v->tgrid->cells[(size_t)r * (size_t)v->W],
               sizeof(Cell) * (size_t)v->W);
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
    put_str(v, g, x, y, w, head, C_DIM, GRID_BOLD);
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
            clip_text(name, sizeof name, l->name ? l->name : "?", namew, v->ascii);
            int pad = namew - grid_text_width(name);
            snprintf(buf, sizeof buf, "%c %s%*s%5.0f%%%5.0f%%%6llu %9s", tl_lane_char(id), name, pad > 0 ? pad : 0,
                     "", held, wait, (unsigned long long)l->takes, lw);
            bool alive = l->changes.n > 0 && l->changes.v[l->changes.n - 1].state != TL_ABSENT;
            put_str(v, g, x, y + row, w, buf, fg, alive ? 0 : GRID_DIM);
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
        put_str(v, g, x + w - grid_text_width(more), y + h - 1, w, more, C_DIM, GRID_REVERSE);
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
        if (more) put_str(v, g, x + w - grid_text_width(more) - 1, my, w, more, C_DIM, GRID_REVERSE);
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
    if (v->cfg.thread_line && !v->finished && !v->real)
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
        put_str(v, g, x + 4, y + r, 5, num, C_DIM, 0);
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
    "+ / -     zoom the time axis in / out",
    "<- / ->   scroll the timeline",
    "f         follow the present",
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

static void compose_help(Live *v, Grid *g)
{
    int n = 0, w = 0;
    for (; help_text[n]; n++) if ((int)strlen(help_text[n]) > w) w = (int)strlen(help_text[n]);
    w += 4;
    int x0 = (v->W - w) / 2, y0 = (v->H - n - 2) / 2;
    for (int y = 0; y < n + 2; y++)
        for (int x = 0; x < w; x++) grid_put(g, x0 + x, y0 + y, ' ', 0, 0, GRID_REVERSE);
    put_str(v, g, x0 + 2, y0, w - 4, "keys", 0, GRID_REVERSE | GRID_BOLD);
    for (int i = 0; i < n; i++) put_str(v, g, x0 + 2, y0 + 1 + i, w - 4, help_text[i], 0, GRID_REVERSE);
}

static void compose_status(Live *v, Grid *g, int *cursor_x)
{
    int y = v->H - 1;
    char buf[256];
    *cursor_x = -1;
    if (v->cfg.repl && !v->finished) {
        int x = put_str(v, g, 0, y, v->W, v->prompt ? v->prompt : "", 0, GRID_BOLD);
        /* Scroll the input so the cursor stays visible. */
        int cur = 0;
        for (const char *s = v->in; s < v->in + v->cursor; s++) if (((unsigned char)*s & 0xc0) != 0x80) cur++;
        int room = v->W - x - 1, skip = cur > room ? cur - room : 0;
        const char *s = v->in, *end = v->in + v->in_len;
        for (int i = 0; i < skip && s < end; i++) grid_utf8_next(&s, end);
        put_text(v, g, x, y, room, s, (size_t)(end - s), 0, 0);
        *cursor_x = x + cur - skip;
        if (!v->reading) put_str(v, g, v->W - 10, y, 10, v->ascii ? " running..." : " running\xe2\x80\xa6", C_DIM, 0);
        return;
    }
    if (v->lesson && v->idle && !v->finished)
        snprintf(buf, sizeof buf, "%s%s", v->paused ? " PAUSED " : "", v->note);
    else if (v->finished)
        snprintf(buf, sizeof buf, " program ended (exit status %d) %s q leaves, ? for keys",
                 v->status, v->ascii ? "-" : "\xe2\x80\x94");
    else if (v->paused)
        snprintf(buf, sizeof buf, " PAUSED %s space resume  s step  +/- zoom  arrows scroll  ? help  q quit",
                 v->ascii ? "-" : "\xe2\x80\x94");
    else
        snprintf(buf, sizeof buf, " space pause  s step  +/- zoom  %s scroll  f follow  </> speed  ? help  q quit",
                 v->ascii ? "<-/->" : "\xe2\x86\x90\xe2\x86\x92");
    put_str(v, g, 0, y, v->W, buf, 0, GRID_REVERSE);
    for (int x = grid_text_width(buf); x < v->W; x++) grid_put(g, x, y, ' ', 0, 0, GRID_REVERSE);
}

static void compose(Live *v, int *cursor_x)
{
    Grid *g = v->frame;
    grid_clear(g);
    *cursor_x = -1;
    if (v->W < MIN_W || v->H < MIN_H) {
        char buf[128];
        snprintf(buf, sizeof buf, "gilsim needs a terminal of at least %dx%d", MIN_W, MIN_H);
        put_str(v, g, 0, 0, v->W, buf, 0, GRID_BOLD);
        snprintf(buf, sizeof buf, "(this one is %dx%d); q quits", v->W, v->H);
        put_str(v, g, 0, 1, v->W, buf, 0, 0);
        return;
    }
    if (v->log) tl_model_update(v->model, v->log);
    /* A thread that runs on without an event runs until the present: the
     * lanes reach the time shown, not just the last event. */
    if (!v->finished && !v->idle && v->dnow > v->model->t_end) v->model->t_end = v->dnow;
    if (v->model->t_end > v->dnow && (v->paused || v->finished || v->idle)) v->dnow = v->model->t_end;
    acc_update(v, v->dnow);
    compose_header(v, g);
    int panel_min = 8;
    int trows = compose_timeline(v, g, 1, v->H - 3 - panel_min);
    int py = 1 + trows;
    int lw = v->W / 2;
    if (v->lesson && lw < v->W - 40) lw = v->W - 40;   /* room for the prose */
    int rx = lw + 1, rw = v->W - rx;
    int ph = v->H - 1 - (py + 1);
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
    if (v->help) compose_help(v, g);
}

/* ---- drawing ---- */

/* Thread colours: [light theme][256 colours]. With 256 colours all twelve
 * differ; with 8, the light theme leaves out white and yellow (they wash
 * out on a light background or projector) and colours repeat sooner,
 * told apart by bold (pair_attr). Lane characters (in the GIL lane too)
 * never depend on colour. -1: the terminal's default colour. */
static const short palettes[2][2][GRID_THREAD_COLOURS] = {
    {{COLOR_CYAN, COLOR_YELLOW, COLOR_GREEN, COLOR_MAGENTA, COLOR_BLUE, COLOR_RED, COLOR_WHITE, -1,
      COLOR_CYAN, COLOR_YELLOW, COLOR_GREEN, COLOR_MAGENTA},
     {39, 214, 76, 203, 141, 180, 212, 51, 184, 105, 149, 176}},
    {{COLOR_BLUE, COLOR_RED, COLOR_GREEN, COLOR_MAGENTA, COLOR_CYAN, -1, COLOR_BLUE, COLOR_RED,
      COLOR_GREEN, COLOR_MAGENTA, COLOR_CYAN, -1},
     {25, 166, 28, 160, 91, 94, 162, 30, 100, 18, 64, 127}},
};

static const short *palette_of(const Live *v)
{
    return palettes[v->cfg.light ? 1 : 0][COLORS >= 256 ? 1 : 0];
}

/* Bold for thread colours that repeat an earlier one (8-colour terminals). */
static bool pair_bold(const Live *v, uint8_t fg)
{
    if (fg == 0 || fg > GRID_THREAD_COLOURS || COLORS >= 256) return false;
    const short *p = palette_of(v);
    for (int k = 0; k < fg - 1; k++)
        if (p[k] == p[fg - 1]) return true;
    return p[fg - 1] == -1;   /* the default colour: bold, to stand out */
}

static short pair_for(Live *v, uint8_t fg, uint8_t bg)
{
    if (!v->colour || fg >= C_COUNT || bg >= C_COUNT || (fg == 0 && bg == 0)) return 0;
    if (v->pairs[fg][bg]) return v->pairs[fg][bg] > 0 ? v->pairs[fg][bg] : 0;
    const short *palette = palette_of(v);
    short code = v->cfg.light ? COLOR_BLUE : COLOR_GREEN;
    short f = fg == 0 ? -1 : fg <= GRID_THREAD_COLOURS ? palette[fg - 1] : fg == C_ERR ? COLOR_RED
              : fg == C_CODE ? code : -1;
    short b = bg == 0 ? -1 : bg <= GRID_THREAD_COLOURS ? palette[bg - 1] : -1;
    if (v->next_pair >= COLOR_PAIRS || init_pair(v->next_pair, f, b) == ERR) {
        v->pairs[fg][bg] = -1;
        return 0;
    }
    return v->pairs[fg][bg] = v->next_pair++;
}

static void draw_cell(Live *v, int x, int y, const Cell *c)
{
    attr_t a = 0;
    if (c->attr & GRID_BOLD) a |= A_BOLD;
    if (c->attr & GRID_REVERSE) a |= A_REVERSE;
    if (c->attr & GRID_DIM) a |= A_DIM;
    if (c->attr & GRID_UNDERLINE) a |= A_UNDERLINE;
    if (c->fg == C_DIM && !(c->attr & GRID_BOLD)) a |= A_DIM;
    if (v->colour && pair_bold(v, c->fg)) a |= A_BOLD;
    short pair = pair_for(v, c->fg, c->bg);
    if (c->ch >= 128 && !v->ascii) {
        wchar_t wc[2] = {(wchar_t)c->ch, 0};
        cchar_t cc;
        setcchar(&cc, wc, a, pair, NULL);
        mvadd_wch(y, x, &cc);
    } else {
        chtype ch = c->ch < 128 ? (chtype)c->ch : '?';
        mvaddch(y, x, ch | a | (chtype)COLOR_PAIR(pair));
    }
}

/* Write the cells that differ from what the terminal shows. Returns how many. */
static int flush_frame(Live *v, int cursor_x)
{
    int changed = 0;
    Grid *f = v->frame, *s = v->shown;
    for (int y = 0; y < v->H; y++)
        for (int x = 0; x < v->W; x++) {
            size_t i = (size_t)y * (size_t)v->W + (size_t)x;
            const Cell *a = &f->cells[i], *b = &s->cells[i];
            if (a->ch == b->ch && a->fg == b->fg && a->bg == b->bg && a->attr == b->attr) continue;
            if (y == v->H - 1 && x == v->W - 1) {   /* writing there could scroll */
                s->cells[i] = *a;
                continue;
            }
            draw_cell(v, x, y, a);
            s->cells[i] = *a;
            changed++;
        }
    static int last_cursor = -2;
    if (changed || cursor_x != last_cursor) {
        if (cursor_x >= 0) {
            curs_set(1);
            move(v->H - 1, cursor_x < v->W ? cursor_x : v->W - 1);
        } else {
            curs_set(0);
        }
        last_cursor = cursor_x;
        refresh();
    }
    return changed;
}

static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw(Live *v)
{
    int cx;
    double c0 = thread_cpu();
    if (!v->finished) live_sync(v);
    uint64_t nev = v->log ? ev_count(v->log) : 0;
    if (!v->dirty && nev == v->drawn_events && v->dnow == v->drawn_dnow) {
        v->last_frame = mono();
        return;
    }
    v->dirty = false;
    v->drawn_events = nev;
    v->drawn_dnow = v->dnow;
    compose(v, &cx);
    if (flush_frame(v, cx)) v->frames_drawn++;
    v->frames++;
    double d = thread_cpu() - c0;
    v->cpu_draw += d;
    if (d > v->max_frame) v->max_frame = d;
    v->last_frame = mono();
}

static void draw_if_due(Live *v)
{
    if (mono() - v->last_frame >= FRAME_S) draw(v);
}

static void on_resize(Live *v)
{
    int h, w;
    getmaxyx(stdscr, h, w);
    v->W = w > 0 ? w : 1;
    v->H = h > 0 ? h : 1;
    grid_resize(v->frame, v->W, v->H);
    grid_resize(v->shown, v->W, v->H);
    v->dirty = true;
    for (int i = 0; i < v->W * v->H; i++) v->shown->cells[i].ch = 0xffffffu;   /* redraw all */
    clear();
    draw(v);
}

/* ---- keys ---- */

static void edit_insert(Live *v, const char *s, size_t n)
{
    if (v->in_len + n + 1 > v->in_cap) {
        v->in_cap = (v->in_len + n + 1) * 2;
        v->in = xrealloc(v->in, v->in_cap);
    }
    memmove(v->in + v->cursor + n, v->in + v->cursor, v->in_len - v->cursor);
    memcpy(v->in + v->cursor, s, n);
    v->in_len += n;
    v->cursor += n;
    v->in[v->in_len] = '\0';
}

static void edit_delete(Live *v, size_t from, size_t to)
{
    memmove(v->in + from, v->in + to, v->in_len - to);
    v->in_len -= to - from;
    if (v->cursor > to) v->cursor -= to - from;
    else if (v->cursor > from) v->cursor = from;
    v->in[v->in_len] = '\0';
}

static size_t prev_char(const Live *v, size_t i)
{
    while (i > 0 && ((unsigned char)v->in[--i] & 0xc0) == 0x80) {}
    return i;
}

static size_t next_char(const Live *v, size_t i)
{
    if (i < v->in_len) i++;
    while (i < v->in_len && ((unsigned char)v->in[i] & 0xc0) == 0x80) i++;
    return i;
}

static void edit_set(Live *v, const char *s)
{
    v->in_len = v->cursor = 0;
    if (v->in) v->in[0] = '\0';
    edit_insert(v, s, strlen(s));
}

static void history_move(Live *v, int d)
{
    int p = v->hist_pos + d;
    if (p < 0 || p > v->nhist) return;
    v->hist_pos = p;
    edit_set(v, p == v->nhist ? "" : v->hist[p]);
}

static void edit_key(Live *v, int r, wint_t c)
{
    if (r == KEY_CODE_YES) {
        switch (c) {
        case KEY_LEFT: v->cursor = prev_char(v, v->cursor); break;
        case KEY_RIGHT: v->cursor = next_char(v, v->cursor); break;
        case KEY_HOME: v->cursor = 0; break;
        case KEY_END: v->cursor = v->in_len; break;
        case KEY_UP: history_move(v, -1); break;
        case KEY_DOWN: history_move(v, 1); break;
        case KEY_BACKSPACE: if (v->cursor) edit_delete(v, prev_char(v, v->cursor), v->cursor); break;
        case KEY_DC: if (v->cursor < v->in_len) edit_delete(v, v->cursor, next_char(v, v->cursor)); break;
        case KEY_ENTER: v->line_ready = true; break;
        default: break;
        }
        return;
    }
    switch (c) {
    case 1: v->cursor = 0; break;                         /* Ctrl-A */
    case 5: v->cursor = v->in_len; break;                 /* Ctrl-E */
    case 2: v->cursor = prev_char(v, v->cursor); break;   /* Ctrl-B */
    case 6: v->cursor = next_char(v, v->cursor); break;   /* Ctrl-F */
    case 11: edit_delete(v, v->cursor, v->in_len); break; /* Ctrl-K */
    case 21: edit_delete(v, 0, v->cursor); break;         /* Ctrl-U */
    case 23: {                                            /* Ctrl-W */
        size_t i = v->cursor;
        while (i > 0 && v->in[i - 1] == ' ') i--;
        while (i > 0 && v->in[i - 1] != ' ') i--;
        edit_delete(v, i, v->cursor);
        break;
    }
    case 16: history_move(v, -1); break;                  /* Ctrl-P */
    case 14: history_move(v, 1); break;                   /* Ctrl-N */
    case 4:                                               /* Ctrl-D */
        if (v->in_len == 0) v->eof = true;
        else if (v->cursor < v->in_len) edit_delete(v, v->cursor, next_char(v, v->cursor));
        break;
    case 8: case 127:
        if (v->cursor) edit_delete(v, prev_char(v, v->cursor), v->cursor);
        break;
    case '\n': case '\r': v->line_ready = true; break;
    case '\t': edit_insert(v, "    ", 4); break;
    case 12: clearok(curscr, TRUE); break;                /* Ctrl-L */
    default:
        if (c >= 32 && c != 127) {
            char buf[4];
            int n = grid_utf8_encode((uint32_t)c, buf);
            edit_insert(v, buf, (size_t)n);
        }
        break;
    }
}

static void set_tick(Live *v);

static void reanchor(Live *v)
{
    v->anchor_wall = mono();
    v->anchor_virt = v->dnow > v->now ? v->now : v->dnow;
}

static void zoom_and_scroll(Live *v, int r, wint_t c, bool *handled)
{
    v->dirty = true;
    *handled = true;
    int64_t span = (int64_t)v->tl_width * v->nspc;
    if (r == KEY_CODE_YES && c == KEY_LEFT) {
        v->follow = false;
        v->t0 = v->t0 > span / 4 ? v->t0 - span / 4 : 0;
    } else if (r == KEY_CODE_YES && c == KEY_RIGHT) {
        v->t0 += span / 4;
        if (v->t0 + span >= v->dnow) v->follow = true;
    } else if (r == OK && (c == '+' || c == '=')) {
        if (v->nspc > 100) v->nspc /= 2;
    } else if (r == OK && c == '-') {
        if (v->nspc < 1000000000) v->nspc *= 2;
    } else if (r == OK && c == 'f') {
        v->follow = true;
    } else if (r == OK && c == '?') {
        v->help = !v->help;
    } else if (r == OK && (c == '[' || c == ']')) {
        v->out_back += c == '[' ? 3 : -3;                 /* compose_lines clamps it */
    } else if (r == KEY_CODE_YES && (c == KEY_PPAGE || c == KEY_NPAGE) && !v->prose && !v->lesson) {
        v->out_back += (c == KEY_PPAGE ? 1 : -1) * (v->out_page > 2 ? v->out_page - 1 : 1);
    } else {
        *handled = false;
    }
}

static void handle_key(Live *v, int r, wint_t c)
{
    v->dirty = true;
    if (r == KEY_CODE_YES && c == KEY_RESIZE) {
        on_resize(v);
        return;
    }
    if (r == OK && c == 3) {                              /* Ctrl-C */
        if (v->cfg.repl && v->reading) {
            v->interrupted = true;
            return;
        }
        if (v->lesson && v->idle) {                       /* no cell to interrupt */
            v->action = 'q';
            return;
        }
        v->paused = false;
        v->stepping = false;
        if (v->real) sched_pause(v->sched, false);
        raise(SIGINT);                                    /* KeyboardInterrupt, or the end */
        return;
    }
    if (v->cfg.repl) {
        if (r == KEY_CODE_YES && (c == KEY_PPAGE || c == KEY_NPAGE))   /* scroll the console */
            v->out_back += (c == KEY_PPAGE ? 1 : -1) * (v->out_page > 2 ? v->out_page - 1 : 1);
        else
            edit_key(v, r, c);
        return;
    }
    bool handled;
    if (v->help && !(r == OK && c == '?')) {              /* any key closes the help */
        v->help = false;
        return;
    }
    zoom_and_scroll(v, r, c, &handled);
    if (handled) return;
    if (r == KEY_CODE_YES && (c == KEY_NPAGE || c == KEY_PPAGE)) {
        v->prose_top += c == KEY_NPAGE ? 5 : -5;          /* compose_code clamps it */
        return;
    }
    if (r != OK) return;
    if (v->lesson && v->idle && (c == 'n' || c == 'p' || c == 'r' || c == 's' || c == 'q' || c == 'Q')) {
        v->action = c == 'Q' ? 'q' : (int)c;              /* for the driver (live_lesson) */
        return;
    }
    switch (c) {
    case ' ':
        v->paused = !v->paused;
        v->stepping = false;
        if (v->real) sched_pause(v->sched, v->paused);
        reanchor(v);
        set_tick(v);
        break;
    case 's':
        v->paused = false;
        v->stepping = true;
        v->step_from = ev_count(v->log);
        if (v->real) sched_pause(v->sched, false);
        reanchor(v);
        set_tick(v);
        break;
    case '<':
        live_set_speed(v, v->speed / 2);
        break;
    case '>':
        live_set_speed(v, v->speed * 2);
        break;
    case 'n': if (v->on_next) v->on_next(v->lesson_arg); break;
    case 'p': if (v->on_prev) v->on_prev(v->lesson_arg); break;
    case 'r': if (v->on_rerun) v->on_rerun(v->lesson_arg); break;
    case 'q': case 'Q': v->quit = true; break;
    default: break;
    }
}

/* Handle the keys waiting (timeout_ms 0) or wait up to timeout_ms for one. */
static void poll_keys(Live *v, int timeout_ms)
{
    wint_t c;
    timeout(timeout_ms);
    int r = get_wch(&c);
    timeout(0);
    while (r != ERR) {
        handle_key(v, r, c);
        /* A finished input line or a lesson key is for the caller: the
         * keys typed after it wait their turn (two lines pasted at once
         * stay two lines). */
        if (v->line_ready || v->action) break;
        r = get_wch(&c);
    }
}

static void quit_now(Live *v)
{
    live_close(v);
    exit(130);
}

/* ---- pacing: the heartbeat ---- */

static void set_tick(Live *v)
{
    v->dirty = true;
    if (v->real) {                    /* real time: a heartbeat a frame */
        v->tick_ns = REAL_TICK_NS;
        if (v->sched && v->real_started) sched_set_ui_tick(v->sched, v->tick_ns);
        return;
    }
    double t = v->speed * 1e9 / 60;   /* ~60 heartbeats per wall second */
    if (t > 20e6) t = 20e6;
    if (t < 1000) t = 1000;
    int64_t tick = (int64_t)t;
    if (v->stepping && tick > v->cfg.switch_interval_ns / 50) tick = v->cfg.switch_interval_ns / 50;
    if (tick < 1000) tick = 1000;
    v->tick_ns = tick;
    if (v->sched) sched_set_ui_tick(v->sched, tick);
}

static bool found_switch(Live *v)
{
    uint64_t n = ev_count(v->log);
    for (; v->step_from < n; v->step_from++)
        if (ev_get(v->log, v->step_from)->type == EV_GIL_TAKE) return true;
    return false;
}

/* The real backend's heartbeat, on its service thread with the log locked,
 * while the program runs on: it must not block, so a pause is asked of the
 * scheduler (which stops the clock and the threads), and the view shows
 * program time as it is. A step resumes and pauses again at the first GIL
 * switch seen, up to a heartbeat late. */
static void heartbeat_real(Live *v, Sched *s, int64_t now)
{
    v->now = now;
    if (v->stepping && found_switch(v)) {
        v->dirty = true;
        v->stepping = false;
        v->paused = true;
        sched_pause(s, true);
    }
    poll_keys(v, 0);
    if (v->quit) quit_now(v);
    v->dnow = now;
    draw(v);
}

void live_heartbeat(Sched *s, int64_t now, void *arg)
{
    Live *v = arg;
    if (v->real) {
        heartbeat_real(v, s, now);
        return;
    }
    now = now > v->origin ? now - v->origin : 0;   /* lesson mode: the cell's own clock */
    v->now = now;
    if (v->pull) v->pull(v->pull_arg);
    if (v->stepping && found_switch(v)) {
        v->dirty = true;
        v->stepping = false;
        v->paused = true;
        set_tick(v);
    }
    poll_keys(v, 0);
    for (;;) {
        if (v->quit) quit_now(v);
        if (v->paused) {
            v->dnow = now;
            draw_if_due(v);
            poll_keys(v, 100);
            reanchor(v);
            continue;
        }
        double wall = mono();
        double target = v->anchor_wall + (double)(now - v->anchor_virt) / 1e9 / v->speed;
        if (wall >= target) {
            if (wall - target > 0.25) reanchor(v);   /* behind: do not rush to catch up */
            v->dnow = now;
            break;
        }
        int64_t shown = v->anchor_virt + (int64_t)((wall - v->anchor_wall) * v->speed * 1e9);
        v->dnow = shown < now ? shown : now;
        draw_if_due(v);
        double wait = target - mono();
        double to_frame = v->last_frame + FRAME_S - mono();
        if (to_frame < wait) wait = to_frame;
        if (wait < 0.001) wait = 0.001;
        poll_keys(v, (int)(wait * 1000));
    }
    draw_if_due(v);
}

/* ---- opening and closing ---- */

static void restore_terminal(bool from_signal)
{
    Live *v = current;
    if (!v) return;
    /* From a signal the terminal is back already (term.c): endwin is not
     * safe there. */
    if (!from_signal && !isendwin()) endwin();
    if (v->saved_err >= 0) {
        if (!from_signal) fflush(stderr);
        dup2(v->saved_err, 2);
    }
    if (from_signal) return;
    /* The run's output, left in the terminal as a headless run would. */
    if (v->log) {
        if (v->err_rfd >= 0) drain_stderr(v);
        uint64_t n = ev_count(v->log);
        for (; v->ev_next < n; v->ev_next++) {
            const Event *e = ev_get(v->log, v->ev_next);
            if (e->type != EV_OUTPUT) continue;
            const char *text = ev_string_at(v->log, e->arg);
            out_append(v, text, strlen(text), grid_thread_colour(e->thread), 1);
        }
    }
    for (int i = 0; i < v->nlines; i++) {
        OutLine *l = &v->lines[i];
        FILE *f = l->stream == 2 ? stderr : stdout;
        if (l->stream == 2) fflush(stdout);
        fwrite(l->text ? l->text : "", 1, l->len, f);
        if (!l->open) fputc('\n', f);
        if (l->stream == 2) fflush(stderr);
    }
    fflush(stdout);
    if (getenv("GILSIM_LIVE_STATS")) {
        double wall = mono() - v->opened_at;
        fprintf(stderr, "live view: %llu frames (%llu with changes) in %.2f s wall: %.1f frames/s; "
                "drawing %.3f s CPU (%.1f%% of a core), %.3f ms a frame on average, %.3f ms at most\n",
                (unsigned long long)v->frames, (unsigned long long)v->frames_drawn, wall,
                (double)v->frames / wall, v->cpu_draw, 100 * v->cpu_draw / wall,
                v->frames ? 1e3 * v->cpu_draw / (double)v->frames : 0, 1e3 * v->max_frame);
    }
}

Live *live_open(const LiveConfig *cfg, EventLog *log)
{
    setlocale(LC_CTYPE, "");
    bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    Live *v = xcalloc(1, sizeof *v);
    v->cfg = *cfg;
    v->title = xstrdup(cfg->title ? cfg->title : "");
    v->backend = xstrdup(cfg->backend ? cfg->backend : "virtual");
    v->cfg.title = v->title;
    v->cfg.backend = v->backend;
    if (v->cfg.switch_interval_ns <= 0) v->cfg.switch_interval_ns = 5000000;
    v->log = log;
    v->ascii = cfg->ascii || !utf8;
    v->speed = cfg->speed > 0 ? cfg->speed : 1;
    v->nspc = v->cfg.switch_interval_ns / 4;
    if (v->nspc < 100) v->nspc = 100;
    v->follow = true;
    v->status = 0;
    v->saved_err = v->err_rfd = -1;
    v->next_pair = 1;
    v->dirty = true;
    v->model = tl_model_new();

    /* stderr into a file the view drains; the terminal keeps the real one. */
    fflush(stderr);
    char path[] = "/tmp/gilsim-stderr-XXXXXX";
    int wfd = mkstemp(path);
    if (wfd >= 0) {
        v->err_rfd = open(path, O_RDONLY | O_CLOEXEC);
        unlink(path);
        v->saved_err = dup(2);
        if (v->err_rfd >= 0 && v->saved_err >= 0) dup2(wfd, 2);
        close(wfd);
    }

    FILE *tty = fdopen(dup(1), "w");
    if (tty) term_prepare(fileno(tty));
    SCREEN *scr = tty ? newterm(NULL, tty, stdin) : NULL;
    if (!scr) {
        if (tty) fclose(tty);
        if (v->saved_err >= 0) {
            dup2(v->saved_err, 2);
            close(v->saved_err);
        }
        if (v->err_rfd >= 0) close(v->err_rfd);
        tl_model_free(v->model);
        free(v->title);
        free(v->backend);
        free(v);
        return NULL;
    }
    current = v;
    term_install(restore_terminal);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    set_escdelay(25);
    timeout(0);
    curs_set(0);
    v->colour = has_colors() && !getenv("NO_COLOR");
    if (v->colour) {
        start_color();
        use_default_colors();
    }
    int h, w;
    getmaxyx(stdscr, h, w);
    v->W = w;
    v->H = h;
    v->frame = grid_new(w, h);
    v->shown = grid_new(w, h);
    v->tgrid = grid_new(w, 1);
    for (int i = 0; i < w * h; i++) v->shown->cells[i].ch = 0xffffffu;
    v->anchor_wall = v->opened_at = mono();
    set_tick(v);
    if (v->log) draw(v);
    return v;
}

void live_attach(Live *v, Sched *s, EventLog *log)
{
    v->sched = s;
    if (log != v->log) {
        v->log = log;
        tl_model_free(v->model);
        v->model = tl_model_new();
        free(v->acc);
        v->acc = NULL;
        v->nacc = 0;
        v->ev_next = 0;
        v->now = v->dnow = 0;
    }
    v->dirty = true;
    reanchor(v);
    set_tick(v);
}

void live_sched_config(Live *v, SchedConfig *sc)
{
    /* A lesson or the REPL waits for the reader between cells and lines,
     * outside the heartbeat: --timeout counts program time only there. */
    if (v->lesson || v->cfg.repl) sc->timeout_program_only = true;
    sc->on_ui_tick = live_heartbeat;
    sc->on_ui_tick_arg = v;
    sc->ui_tick_ns = v->tick_ns;
    if (sc->backend_real) {
        /* No heartbeat until the view is set up (live_set_code): it would
         * run beside the caller's set-up calls. */
        v->real = true;
        sc->ui_tick_ns = 0;
        set_tick(v);
    }
}

int64_t live_tick_ns(const Live *v) { return v->tick_ns; }

void live_set_code_line(Live *v, int line)
{
    v->dirty = true;
    v->code_line0 = line > 0 ? line : 1;
}

void live_set_code(Live *v, const char *code, size_t len)
{
    v->dirty = true;
    v->code_line0 = 1;
    free(v->code);
    free(v->code_lines);
    v->code = xmalloc(len + 1);
    memcpy(v->code, code, len);
    v->code[len] = '\0';
    v->ncode = 0;
    v->code_lines = NULL;
    int cap = 0;
    for (char *s = v->code; *s || s == v->code;) {
        if (v->ncode == cap) {
            cap = cap ? 2 * cap : 64;
            v->code_lines = xrealloc(v->code_lines, sizeof *v->code_lines * (size_t)cap);
        }
        v->code_lines[v->ncode++] = s;
        char *nl = strchr(s, '\n');
        if (!nl) break;
        *nl = '\0';
        s = nl + 1;
        if (!*s) break;
    }
    if (v->ncode == 1 && !*v->code_lines[0]) v->ncode = 0;
    v->code_top = 0;
    if (v->real && v->sched && !v->real_started) {
        /* The program's code is the last thing set before it runs: from
         * now on the heartbeat owns the view until live_finish. */
        v->real_started = true;
        draw(v);
        set_tick(v);
    }
}

void live_set_probe(Live *v, int (*thread_line)(void *arg, int thread), void *arg)
{
    v->cfg.thread_line = thread_line;
    v->cfg.thread_line_arg = arg;
}

void live_set_prose(Live *v, const char *text)
{
    v->dirty = true;
    prose_free(v->prose);
    v->prose = text ? prose_new(text, v->ascii) : NULL;
}

void live_set_lesson_keys(Live *v, void (*next)(void *), void (*prev)(void *),
                          void (*rerun)(void *), void *arg)
{
    v->on_next = next;
    v->on_prev = prev;
    v->on_rerun = rerun;
    v->lesson_arg = arg;
}

void live_set_switch_interval(Live *v, int64_t ns)
{
    v->cfg.switch_interval_ns = ns;
    set_tick(v);
}

void live_set_speed(Live *v, double speed)
{
    if (speed < 1.0 / 4096) speed = 1.0 / 4096;
    if (speed > 4096) speed = 4096;
    v->speed = speed;
    reanchor(v);
    set_tick(v);
}

void live_set_paused(Live *v, bool paused)
{
    v->dirty = true;
    v->paused = paused;
    reanchor(v);
}

bool live_paused(const Live *v) { return v->paused; }

int live_console_width(const Live *v) { return v->W / 2; }

int live_finish(Live *v, int status)
{
    if (v->real && v->sched) sched_set_ui_tick(v->sched, 0);   /* the view is ours again */
    live_sync(v);
    v->finished = true;
    v->paused = false;
    v->stepping = false;
    v->status = status;
    v->dirty = true;
    tl_model_update(v->model, v->log);
    if (v->model->t_end > v->dnow) v->dnow = v->model->t_end;
    draw(v);
    for (;;) {
        wint_t c;
        timeout(-1);
        int r = get_wch(&c);
        if (r == ERR) {
            if (errno == EINTR) continue;
            break;   /* no terminal to read from */
        }
        if (r == KEY_CODE_YES && c == KEY_RESIZE) {
            on_resize(v);
            continue;
        }
        /* Only q (or Ctrl-C) leaves: the picture stays on a stray key. */
        if (r == OK && (c == 'q' || c == 'Q' || c == 3) && !v->help) break;
        bool handled = false;
        if (!(v->help && !(r == OK && c == '?'))) zoom_and_scroll(v, r, c, &handled);
        else v->help = false;
        draw(v);
    }
    return status;
}

void live_close(Live *v)
{
    if (!v) return;
    /* From the heartbeat itself (q) this returns at once. */
    if (v->real && v->sched) sched_set_ui_tick(v->sched, 0);
    term_restore();
    current = NULL;
    if (v->saved_err >= 0) close(v->saved_err);
    if (v->err_rfd >= 0) close(v->err_rfd);
    tl_model_free(v->model);
    grid_free(v->frame);
    grid_free(v->shown);
    grid_free(v->tgrid);
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    free(v->lines);
    free(v->acc);
    free(v->code);
    free(v->code_lines);
    prose_free(v->prose);
    free(v->in);
    for (int i = 0; i < v->nhist; i++) free(v->hist[i]);
    free(v->hist);
    free(v->title);
    free(v->backend);
    free(v);
}

/* ---- lesson mode ---- */

/* Show `log` (a cell's window, or an empty log) from now on; `origin`: its
 * time 0 on the scheduler's clock; `pull`: fills it while its cell runs. */
static void set_window(Live *v, EventLog *log, int64_t origin, void (*pull)(void *), void *arg)
{
    if (log != v->log) {
        v->log = log;
        tl_model_free(v->model);
        v->model = tl_model_new();
        free(v->acc);
        v->acc = NULL;
        v->nacc = 0;
        v->ev_next = 0;
        for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
        v->nlines = 0;          /* the window's output comes from the window */
        v->now = v->dnow = 0;
        v->drawn_events = 0;
        v->step_from = ev_count(log);
    }
    v->origin = origin;
    v->pull = pull;
    v->pull_arg = arg;
    v->dirty = true;
    reanchor(v);
}

typedef struct LessonDrive {
    Live *v;
    LessonSession *s;
    const Lesson *l;
    LessonPage *pages;
    int npages, page;
    EventLog *empty;            /* shown for a cell that has not run */
    int64_t interval;           /* the lesson's switch interval (a cell may change it) */
    bool step;                  /* run the next cell with s: pause at its first switch */
} LessonDrive;

/* The output shown (stdout, then stderr: what --check compares) matches the
 * cell's expect block? */
static void set_verdict(LessonDrive *d, int cell)
{
    Live *v = d->v;
    v->verdict = NULL;
    if (cell < 0 || !d->l->cells[cell].has_expect || lesson_session_cell_status(d->s, cell) < 0) return;
    size_t len = 0;
    char *text = xmalloc(1);
    for (int pass = 1; pass <= 2; pass++)
        for (int i = 0; i < v->nlines; i++) {
            const OutLine *ol = &v->lines[i];
            if (ol->stream != pass) continue;
            text = xrealloc(text, len + ol->len + 2);
            memcpy(text + len, ol->text ? ol->text : "", ol->len);
            len += ol->len;
            if (!ol->open) text[len++] = '\n';
        }
    text[len] = '\0';
    bool ok = lesson_expect_match(d->l->cells[cell].expect, text);
    free(text);
    v->verdict = ok ? (v->ascii ? "(as expected)" : "\xe2\x9c\x93 as expected")
                    : (v->ascii ? "(differs from the lesson's)" : "\xe2\x9c\x97 differs from the lesson's");
}

static bool lesson_over(const LessonDrive *d)
{
    const LessonPage *pg = &d->pages[d->page];
    return d->page == d->npages - 1
           && !(pg->fresh && lesson_session_cell_status(d->s, pg->cell) < 0);
}

/* The status line while the driver waits. */
static void set_note(LessonDrive *d)
{
    Live *v = d->v;
    const LessonPage *pg = &d->pages[d->page];
    const char *dash = v->ascii ? "-" : "\xe2\x80\x94";
    char again[48] = "";
    if (pg->cell >= 0 && lesson_session_cell_status(d->s, pg->cell) >= 0)
        snprintf(again, sizeof again, "  r run cell %d again", pg->cell + 1);
    if (lesson_over(d))
        snprintf(v->note, sizeof v->note, " The lesson is over %s q leaves  p back%s  ? keys", dash, again);
    else if (pg->fresh && lesson_session_cell_status(d->s, pg->cell) < 0)
        snprintf(v->note, sizeof v->note, " cell %d of %d %s n run it  s step through it  p back  "
                 "? keys  q quit", pg->cell + 1, d->l->ncells, dash);
    else
        snprintf(v->note, sizeof v->note, " page %d of %d %s n next%s  p back  ? keys  q quit",
                 d->page + 1, d->npages, dash, again);
    v->dirty = true;
}

static void show_page(LessonDrive *d)
{
    Live *v = d->v;
    const LessonPage *pg = &d->pages[d->page];
    live_set_prose(v, pg->prose);
    v->prose_top = 0;
    v->prose_first = !pg->fresh;
    snprintf(v->panel, sizeof v->panel, "lesson %d/%d", d->page + 1, d->npages);
    if (pg->cell >= 0) {
        const LessonCell *c = &d->l->cells[pg->cell];
        live_set_code(v, c->code, c->code_len);
        live_set_code_line(v, c->code_line);
        snprintf(v->code_title, sizeof v->code_title, "cell %d of %d", pg->cell + 1, d->l->ncells);
    } else {
        live_set_code(v, "", 0);
        v->code_title[0] = '\0';
    }
    EventLog *w = lesson_session_window(d->s, pg->cell);
    set_window(v, w ? w : d->empty, 0, NULL, NULL);
    v->fit = w != NULL;
    live_sync(v);
    set_verdict(d, pg->cell);
    set_note(d);
}

static void drive_sched_config(void *arg, SchedConfig *sc) { live_sched_config(((LessonDrive *)arg)->v, sc); }

static void drive_started(void *arg, Sched *s, EventLog *log)
{
    Live *v = ((LessonDrive *)arg)->v;
    (void)log;
    v->sched = s;
    reanchor(v);
    set_tick(v);
}

static void drive_cell_start(void *arg, int cell, EventLog *window, int64_t t0)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    const LessonSettings *st = &d->l->cells[cell].settings;
    live_set_switch_interval(v, st->switch_interval_ns ? st->switch_interval_ns : d->interval);
    set_window(v, window, t0, lesson_session_pull, d->s);
    v->nspc = v->cfg.switch_interval_ns / 4 > 100 ? v->cfg.switch_interval_ns / 4 : 100;
    v->follow = true;
    v->verdict = NULL;
    v->idle = false;
    if (d->step) {
        v->paused = false;
        v->stepping = true;
        v->step_from = ev_count(window);
    }
    set_tick(v);
    draw(v);
}

static void drive_cell_end(void *arg, int cell, EventLog *window, int status)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    (void)window;
    (void)status;
    live_sync(v);               /* the last output and stderr, into the window */
    v->pull = NULL;
    v->idle = true;
    v->stepping = false;
    v->fit = true;
    live_set_switch_interval(v, d->interval);
    set_verdict(d, cell);
}

/* A deadlock or --timeout: the process ends (the report is on stderr, which
 * the view shows). */
static void drive_stopping(void *arg, int status)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    live_sync(v);
    v->pull = NULL;
    v->idle = false;
    live_finish(v, status);
    if (v->sched) sched_set_ui_tick(v->sched, 0);
    live_close(v);
}

/* Wait for a lesson key (n p r s q), drawing; space, zoom, help meanwhile. */
static int wait_action(Live *v)
{
    v->action = 0;
    v->quit = false;
    v->dirty = true;
    while (!v->action && !v->quit) {
        draw_if_due(v);
        poll_keys(v, 50);
    }
    int a = v->quit ? 'q' : v->action;
    v->action = 0;
    return a;
}

/* After the view: each cell's output as a headless run prints it. */
static void write_transcript(LessonDrive *d)
{
    for (int i = 0; i < d->l->ncells; i++) {
        EventLog *w = lesson_session_window(d->s, i);
        if (!w) continue;
        const char *code = d->l->cells[i].code, *p = code;
        while (*p == '\n' || *p == ' ') p++;   /* its first non-blank line */
        if (p > code && p[-1] == ' ')
            while (p > code && p[-1] == ' ') p--;
        const char *e = strchr(p, '\n');
        int n = e ? (int)(e - p) : (int)strlen(p);
        printf("%s[cell %d] %.*s\n", i ? "\n" : "", i + 1, n, p);
        for (uint64_t k = 0; k < ev_count(w); k++) {
            const Event *ev = ev_get(w, k);
            if (ev->type != EV_OUTPUT) continue;
            const char *text = ev_string_at(w, ev->arg);
            if (ev->arg2 == 2) {
                fflush(stdout);
                fputs(text, stderr);
                fflush(stderr);
            } else {
                fputs(text, stdout);
            }
        }
    }
    fflush(stdout);
}

static void run_cell(LessonDrive *d, int cell, bool step)
{
    d->step = step;
    lesson_session_run_cell(d->s, cell);
    d->step = false;
    set_note(d);
}

int live_lesson(Live *v, LessonSession *s)
{
    LessonDrive d = {.v = v, .s = s, .l = lesson_session_lesson(s), .empty = ev_new(),
                     .interval = v->cfg.switch_interval_ns};
    d.pages = lesson_pages(d.l, &d.npages);
    v->lesson = true;
    v->idle = true;
    set_window(v, d.empty, 0, NULL, NULL);
    LessonHooks h = {
        .arg = &d, .quiet = true, .sched_config = drive_sched_config, .started = drive_started,
        .cell_start = drive_cell_start, .cell_end = drive_cell_end, .stopping = drive_stopping,
    };
    if (!lesson_session_start(s, &h)) {
        live_close(v);
        lesson_pages_free(d.pages, d.npages);
        ev_free(d.empty);
        return lesson_session_close(s);
    }
    live_set_probe(v, lesson_session_thread_line, s);
    show_page(&d);
    for (;;) {
        int a = wait_action(v);
        if (a == 'q') break;
        const LessonPage *pg = &d.pages[d.page];
        bool unrun = pg->cell >= 0 && lesson_session_cell_status(s, pg->cell) < 0;
        if ((a == 'n' || a == 's') && pg->fresh && unrun) {
            run_cell(&d, pg->cell, a == 's');
        } else if (a == 'r' && pg->cell >= 0) {
            run_cell(&d, pg->cell, false);
        } else if (a == 'n' && d.page + 1 < d.npages) {
            d.page++;
            show_page(&d);
        } else if (a == 'p' && d.page > 0) {
            d.page--;
            show_page(&d);
        } else {
            set_note(&d);
        }
    }
    /* Leave: the view closes first (with the heartbeat off: the threads the
     * lesson left behind end without it), then the transcript. */
    if (v->sched) sched_set_ui_tick(v->sched, 0);
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    v->nlines = 0;
    v->log = NULL;
    live_close(v);
    write_transcript(&d);
    lesson_pages_free(d.pages, d.npages);
    int status = lesson_session_close(s);
    ev_free(d.empty);
    return status;
}

/* ---- the REPL's input line ---- */

bool live_wait_or_leave(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                        bool (*busy)(void *arg), void *arg)
{
    v->prompt = prompt;
    v->reading = true;
    v->interrupted = v->eof = false;
    v->dirty = true;
    draw(v);
    bool leave = false;
    while (busy(arg)) {
        if (!v->paused) idle(arg, false);   /* the threads run; heartbeats read the keys */
        poll_keys(v, v->paused ? 50 : 1);
        draw_if_due(v);
        if (v->quit) quit_now(v);
        if (v->interrupted || v->eof) {
            leave = true;
            break;
        }
        v->line_ready = false;               /* typing is not asked for here */
        v->in_len = v->cursor = 0;
        if (v->in) v->in[0] = '\0';
    }
    v->reading = false;
    v->line_ready = v->interrupted = v->eof = false;
    v->prompt = NULL;
    v->dirty = true;
    return leave;
}

void live_exit(Live *v, int status)
{
    live_close(v);
    exit(status);
}

char *live_read_line(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                     void *arg, bool *interrupted)
{
    *interrupted = false;
    v->prompt = prompt;
    v->reading = true;
    v->interrupted = v->eof = false;
    v->hist_pos = v->nhist;
    v->dirty = true;
    draw(v);
    while (!v->line_ready && !v->interrupted && !v->eof) {
        if (idle && !v->paused) {
            idle(arg, false);       /* may run the simulation: heartbeats read the keys */
            poll_keys(v, 0);
            if (!v->line_ready && !v->interrupted && !v->eof) {
                draw_if_due(v);
                poll_keys(v, 1);
            }
        } else {
            if (idle) idle(arg, true);
            draw_if_due(v);
            poll_keys(v, 50);
        }
        if (v->quit) quit_now(v);
    }
    v->reading = false;
    char *line;
    if (v->eof && !v->line_ready) {
        v->eof = false;
        line = NULL;
    } else if (v->interrupted) {
        *interrupted = true;
        line = xstrdup("");
    } else {
        line = xstrdup(v->in ? v->in : "");
        if (*line && (v->nhist == 0 || strcmp(v->hist[v->nhist - 1], line) != 0)) {
            v->hist = xrealloc(v->hist, sizeof *v->hist * (size_t)(v->nhist + 1));
            v->hist[v->nhist++] = xstrdup(line);
        }
    }
    v->line_ready = v->interrupted = false;
    v->in_len = v->cursor = 0;
    if (v->in) v->in[0] = '\0';
    v->prompt = NULL;
    return line;
}

/* ---- benchmark ---- */

static void bench_events(EventLog *log, int lanes, int64_t *t, int64_t until)
{
    /* Round-robin GIL hand-offs every 50 us: every lane changes state. */
    static int holder;
    for (; *t < until; *t += 50000) {
        int next = (holder + 1) % lanes;
        ev_append(log, *t, EV_GIL_DROP, holder, 0, EV_NONE, DROP_INTERVAL, 0);
        ev_append(log, *t, EV_GIL_TAKE, next, 0, holder, 0, 0);
        holder = next;
    }
}

int live_bench(int lanes, int cols, int frames, FILE *out)
{
    EventLog *log = ev_new();
    for (int i = 0; i < lanes; i++) {
        char name[32];
        snprintf(name, sizeof name, "Thread-%d", i);
        ev_append(log, 0, EV_THREAD_START, i, 0, i ? 0 : EV_NONE, ev_string(log, name, strlen(name)), 0);
    }
    ev_append(log, 0, EV_GIL_TAKE, 0, 0, EV_NONE, 0, 0);
    /* A screen wide enough for `cols` timeline columns, tall enough for every lane. */
    char buf[32];
    snprintf(buf, sizeof buf, "%d", cols + 20);
    setenv("COLUMNS", buf, 1);
    snprintf(buf, sizeof buf, "%d", lanes + 24);
    setenv("LINES", buf, 1);
    if (!getenv("TERM")) setenv("TERM", "xterm-256color", 1);
    FILE *sink = fopen("/dev/null", "w");
    FILE *in = fopen("/dev/null", "r");
    SCREEN *scr = sink && in ? newterm(NULL, sink, in) : NULL;
    if (!scr) return -1;
    Live *v = xcalloc(1, sizeof *v);
    v->cfg.switch_interval_ns = 5000000;
    v->title = xstrdup("bench");
    v->backend = xstrdup("virtual");
    v->log = log;
    v->model = tl_model_new();
    v->speed = 1;
    v->nspc = 50000;
    v->follow = true;
    v->saved_err = v->err_rfd = -1;
    v->next_pair = 1;
    v->colour = has_colors();
    if (v->colour) start_color();
    getmaxyx(stdscr, v->H, v->W);
    v->frame = grid_new(v->W, v->H);
    v->shown = grid_new(v->W, v->H);
    v->tgrid = grid_new(v->W, 1);
    int64_t t = 0;
    double total = 0, worst = 0;
    for (int f = 0; f < frames; f++) {
        bench_events(log, lanes, &t, t + 1000000);   /* 1 ms of program time a frame */
        v->dnow = v->now = t;
        double c0 = thread_cpu();
        draw(v);
        double d = thread_cpu() - c0;
        total += d;
        if (d > worst) worst = d;
    }
    double idle = 0;
    for (int f = 0; f < frames; f++) {
        double c0 = thread_cpu();
        draw(v);
        idle += thread_cpu() - c0;
    }
    fprintf(out, "live view, %d lanes x %d columns (%dx%d screen, timeline %d columns): "
            "%.3f ms a frame on average, %.3f ms at most while running; %.3f ms a frame unchanged\n",
            lanes, cols, v->W, v->H, v->tl_width, 1e3 * total / frames, 1e3 * worst, 1e3 * idle / frames);
    endwin();
    delscreen(scr);
    fclose(sink);
    fclose(in);
    tl_model_free(v->model);
    grid_free(v->frame);
    grid_free(v->shown);
    grid_free(v->tgrid);
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    free(v->lines);
    free(v->acc);
    free(v->title);
    free(v->backend);
    free(v);
    ev_free(log);
    return 0;
}
