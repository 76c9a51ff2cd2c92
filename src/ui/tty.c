/* tty.c — the live view's curses adapter: colours, drawing what changed,
 * resizing, and the frame benchmark (live_int.h). */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/live_int.h"
#include "base/xalloc.h"

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

void lv_draw(Live *v)
{
    int cx;
    if (rp_replaying(v)) return;   /* a re-run shows nothing until it arrives */
    double c0 = thread_cpu();
    if (!v->finished) live_sync(v);
    uint64_t nev = v->log ? ev_count(v->log) : 0;
    if (!v->dirty && nev == v->drawn_events && v->dnow == v->drawn_dnow) {
        v->last_frame = lv_mono();
        return;
    }
    v->dirty = false;
    v->drawn_events = nev;
    v->drawn_dnow = v->dnow;
    lv_compose(v, &cx);
    if (flush_frame(v, cx)) v->frames_drawn++;
    v->frames++;
    double d = thread_cpu() - c0;
    v->cpu_draw += d;
    if (d > v->max_frame) v->max_frame = d;
    v->last_frame = lv_mono();
}

void lv_draw_if_due(Live *v)
{
    if (lv_mono() - v->last_frame >= FRAME_S) lv_draw(v);
}

void lv_on_resize(Live *v)
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
    lv_draw(v);
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
        lv_draw(v);
        double d = thread_cpu() - c0;
        total += d;
        if (d > worst) worst = d;
    }
    double idle = 0;
    for (int f = 0; f < frames; f++) {
        double c0 = thread_cpu();
        lv_draw(v);
        idle += thread_cpu() - c0;
    }
    fprintf(out, "live view, %d lanes x %d columns (%dx%d screen, timeline %d columns): "
            "%.3f ms a frame on average, %.3f ms at most while running; %.3f ms a frame unchanged\n",
            lanes, cols, v->W, v->H, v->tl_width, 1e3 * total / frames, 1e3 * worst, 1e3 * idle / frames);
    endwin();
    delscreen(scr);
    fclose(sink);
    fclose(in);
    lv_free_frames(v);
    free(v);
    ev_free(log);
    return 0;
}
