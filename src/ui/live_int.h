/* live_int.h — the live view's own header, shared by its files (not for
 * other modules: they use live.h).
 *
 *   live.c         the player: output lines, keys, pacing (the heartbeat),
 *                  opening and closing, the end of a run
 *   panels.c       the panels, each composed into the frame Grid: header,
 *                  timeline, threads, output / console, code and prose,
 *                  help, status line
 *   tty.c          the curses adapter: colours, drawing a frame's changed
 *                  cells, resizing; the frame benchmark
 *   edit.c         the REPL's line editor and input loop
 *   lesson_view.c  the lesson driver (live_lesson)
 *   replay.c       step back and Home: re-running to an earlier instant
 *   compare_view.c --compare: the second run beside the first
 */
#ifndef GILSIM_UI_LIVE_INT_H
#define GILSIM_UI_LIVE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>

#include "events.h"
#include "sched/sched.h"
#include "ui/grid.h"
#include "ui/live.h"
#include "ui/prose.h"
#include "ui/timeline.h"

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

typedef struct Replay Replay;
typedef struct LiveCompare LiveCompare;

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
    int tl_rows, tl_x;              /* the timeline's rows on screen, its lanes' first column */

    /* the cursor (c): one column explained (ui/explain.h) */
    bool tl_cursor;
    int cursor_col;
    int64_t cursor_t;               /* the instant explained in cursor_text */
    uint64_t cursor_events;         /* the log's size then */
    char *cursor_text;

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

    /* step back (replay.c) */
    Replay *rp;                     /* the heartbeats so far; a re-run's plan */
    bool at_switch;                 /* the view stopped just after a GIL switch */
    char rp_note[160];              /* what the last step back did, for the status line */
    bool rp_preview;                /* drawing a re-run's preview: the note is the status line */
    int lesson_cell;                /* lesson mode: the cell shown (0-based), -1 none */

    /* --compare (compare_view.c): the second run; NULL none */
    LiveCompare *cmp;

    /* the REPL's input line */
    char *in;
    size_t in_len, in_cap, cursor;
    const char *prompt;
    bool reading, line_ready, interrupted, eof;
    char **hist;
    int nhist, hist_pos;
};

void lv_acc_update(Live *v, int64_t now);
void lv_clip_text(char *buf, size_t n, const char *s, int cols, bool ascii);
void lv_compose(Live *v, int *cursor_x);
void lv_drain_stderr(Live *v);
void lv_draw(Live *v);
void lv_draw_if_due(Live *v);
void lv_edit_key(Live *v, int r, wint_t c);
void lv_handle_key(Live *v, int r, wint_t c);
double lv_mono(void);
void lv_on_resize(Live *v);
/* Follow another log: a new model, no statistics yet. */
void lv_new_log(Live *v, EventLog *log);
/* Free what every Live has (model, grids, lines, statistics, names). */
void lv_free_frames(Live *v);
void lv_out_append(Live *v, const char *s, size_t n, uint8_t colour, uint8_t stream);
void lv_poll_keys(Live *v, int timeout_ms);
int lv_put_str(Live *v, Grid *g, int x, int y, int maxw, const char *s, uint8_t fg, uint8_t attr);
int lv_put_text(Live *v, Grid *g, int x, int y, int maxw, const char *s, size_t n, uint8_t fg, uint8_t attr);
void lv_quit_now(Live *v);
void lv_reanchor(Live *v);
void lv_restore_terminal(bool from_signal);
void lv_set_tick(Live *v);
void lv_zoom_and_scroll(Live *v, int r, wint_t c, bool *handled);

/* replay.c: step back. rp_open in live_open (a re-run finds its plan);
 * rp_heartbeat first in each heartbeat (true: a replayed one, return at
 * once), rp_heartbeat_done last; rp_step_back re-runs to the GIL switch
 * before the instant shown (home: to the start) and returns only if it
 * cannot (rp_note says why). */
void rp_open(Live *v);
void rp_free(Live *v);
bool rp_replaying(const Live *v);
bool rp_heartbeat(Live *v, Sched *s, int64_t now);
void rp_heartbeat_done(Live *v);
void rp_ended(Live *v);             /* live_finish: a re-run that ends first stops at the end */
/* Lessons: a cell starts running (step: with s); and, in a re-run, the
 * i-th cell to run again (-1: no more), the re-run's last one up to the
 * instant asked for. */
void rp_lesson_cell(Live *v, int cell, bool step);
int rp_lesson_replay(const Live *v, int i, bool *step);
void rp_step_back(Live *v, bool home);

/* compare_view.c: lv_cmp_feed before composing a frame; lv_cmp_swap
 * exchanges the per-run fields (model, statistics, output lines) with the
 * second run's, so that a panel draws it; again to swap back. */
void lv_cmp_feed(Live *v);
void lv_cmp_swap(Live *v);
const char *lv_cmp_label(const Live *v, int run);
TlModel *lv_cmp_model(const Live *v);
void lv_cmp_free(Live *v);
void lv_cmp_cell(Live *v, int cell);   /* a lesson: the second run's window of cell */

#endif
