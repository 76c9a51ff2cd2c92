/* timeline.h — the GIL timeline: who holds the lock, what every thread does.
 *
 * Two halves. The model (TlModel) follows the event log incrementally: each
 * tl_model_update consumes only the events appended since the previous call
 * (O(new events)), turning them into per-thread state changes (the state
 * machine of events.h), per-process GIL holders, drop requests and forced
 * switches. The renderer (tl_render) draws any time window of the model into
 * a Grid (ui/grid.h) at any width, so the live view calls update + render
 * every frame and --timeline renders the whole run once — same code, same
 * picture.
 *
 * Layout (one row each; process headers only when there are several; the
 * marks row only when there are drop requests or user marks):
 *              0 ms      5 ms      10 ms     15 ms
 *   marks                ▼         ▼      ◆
 *   GIL        │111111111✕222222222✕111111
 *   0 MainThread ··········
 *   1 Thread-1   ▐█████████▌░░░░░░░░░▐█████
 *   2 Thread-2   ░░░░░░░░░░▐████████▌░░░░░
 *   █ run  ▌▐▚ ran part  ░ wait  ▒ native  · block  │ handoff  ▼ drop request  ✕ forced switch
 * Lane labels start with the thread's lane character (0-9, A-Z, a-z), which
 * is what the GIL lane shows for its holder; the live view draws it in
 * reverse video on the thread's colour (TlView.colour).
 *
 * Columns (docs/timeline.md states the same rule for readers): each column
 * is a time bucket.
 * - A thread's lane shows the state it spent the most time in during the
 *   bucket (ties: run, native, wait, block); blank only if the thread did
 *   not exist in it.
 * - Minimum width: a stretch of one state at least half a column long that
 *   no column would show takes the column it covers most (one such stretch
 *   per column), so a 1 ms read stays visible at ~1 ms columns.
 * - Run is drawn whole (█) only if the thread ran for all of the bucket;
 *   otherwise as a split cell: ▌ it ran at the start and let go, ▐ it took
 *   over and ran to the end, ▚ in between (in turns, or briefly). So two
 *   lanes never both claim a whole column under one GIL.
 * - The GIL lane shows the one holder of a bucket if held time is at least
 *   free time, │ where the lock changed hands inside the bucket, ✕ where a
 *   forced switch happened (a handoff too).
 * - Marks never hide each other: forced switches are on the GIL lane, drop
 *   requests (▼) and user marks (◆, gilsim.mark) on the marks row above it;
 *   a request and a user mark in one column move the user mark into an
 *   empty neighbouring column, else the column shows * (several marks).
 * Time after the log's end does not count, so the present column of the
 * live view is not drawn as "part" of a run.
 *
 * The model's structures are public so the other views of the log (stats,
 * trace) reuse the one state machine; treat them as read-only.
 */
#ifndef GILSIM_UI_TIMELINE_H
#define GILSIM_UI_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "events.h"
#include "ui/grid.h"

typedef enum TlState {
    TL_ABSENT,         /* not started yet, or exited */
    TL_RUN,            /* holds the GIL (or runs without one, --gil=off) */
    TL_WAIT,           /* runnable, wants the GIL */
    TL_NATIVE,         /* native code, GIL released */
    TL_BLOCK,          /* sleep, lock, queue, join, I/O */
    TL__COUNT
} TlState;

/* A lane enters `state` at `t` and stays in it until the next change (the
 * last one: until TlModel.t_end). Consecutive changes always differ. */
typedef struct TlChange {
    int64_t t;
    uint32_t arg;      /* thread lanes, TL_BLOCK: what it waits for (log string index);
                          GIL lanes: the holder's thread id */
    uint8_t state;     /* thread lanes: TlState; GIL lanes: 1 held, 0 free */
} TlChange;

typedef struct TlChanges {
    TlChange *v;
    size_t n, cap;
} TlChanges;

typedef struct TlTimes {
    int64_t *v;
    size_t n, cap;
} TlTimes;

typedef struct TlLane {
    bool used;         /* a thread with this id has appeared */
    int thread, process;
    char *name;
    TlChanges changes;
    uint64_t takes;         /* GIL_TAKE events */
    uint64_t forced_drops;  /* GIL_DROP reason interval */
} TlLane;

typedef struct TlProcess {
    bool used;
    int id;
    char *name;
    int64_t t_start, t_last;   /* first and last event of the process */
    bool has_gil;              /* GIL events seen (absent under --gil=off) */
    TlChanges gil;             /* holder changes */
    TlTimes requests;          /* DROP_REQUEST times */
    TlTimes forced;            /* forced switches: GIL_DROP reason interval */
    TlTimes marks;             /* user marks: gilsim.mark() */
    uint64_t switches;         /* GIL_TAKE by another thread than the previous holder */
    int *lanes;                /* thread ids, in lane order */
    int nlanes, lanes_cap;
} TlProcess;

typedef struct TlModel {
    uint64_t next;             /* the first event not consumed yet */
    int64_t t_end;             /* the latest event time seen */
    TlLane *lanes;             /* indexed by thread id; lanes[i].used */
    int nlanes;
    TlProcess *procs;          /* indexed by process id; procs[i].used */
    int nprocs;
} TlModel;

TlModel *tl_model_new(void);
void tl_model_free(TlModel *m);
/* Consume the events appended to log since the last call. Always pass the
 * same log. */
void tl_model_update(TlModel *m, const EventLog *log);

/* Index of the change in effect at t (the last one at or before t), or
 * (size_t)-1 if t is before the first change. */
size_t tl_change_at(const TlChanges *c, int64_t t);

/* The lane character of a thread: 0-9, A-Z, a-z, then '*'. */
char tl_lane_char(int thread);

typedef struct TlView {
    int64_t t0, t1;    /* the time window, ns; t1 > t0 */
    int width;         /* columns for the lanes (the name column comes on top) */
    bool ascii;        /* 7-bit glyphs */
    bool legend;       /* a legend row at the bottom */
    bool axis;         /* a time axis row at the top */
    bool gil_lanes;    /* one GIL lane per process */
    bool colour;       /* GIL holders: their lane character in reverse video, in their colour */
} TlView;

/* Columns taken by the name column (the lanes start one column after it). */
int tl_name_width(const TlModel *m);
/* Rows tl_render will use for view v. */
int tl_rows(const TlModel *m, const TlView *v);
/* Draw window v of the model at (x, y) of g (clipped to g); returns the rows
 * used. The region is tl_name_width + 1 + v->width columns wide. */
int tl_render(const TlModel *m, const TlView *v, Grid *g, int x, int y);

/* --timeline: the whole run (0 to the last event) in `width` columns in all
 * (name column included), with axis and legend; malloc'd text ending in a
 * newline. */
char *tl_render_text(const EventLog *log, int width, bool ascii);
/* The same for the window [from, to) (--from / --to; to 0: the end). */
char *tl_render_text_window(const EventLog *log, int width, bool ascii, int64_t from, int64_t to);

#endif
