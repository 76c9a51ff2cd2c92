/* stats.h — per-thread and per-process GIL statistics (--stats, the live
 * view's statistics panel, the golden tests' exact numbers).
 *
 * Computed from the event log through the timeline model (ui/timeline.h), so
 * the numbers always agree with the picture. A thread's four state times add
 * up to its lifetime (from THREAD_START to THREAD_EXIT, or to the end of the
 * run). Times are ns of program time.
 */
#ifndef GILSIM_UI_STATS_H
#define GILSIM_UI_STATS_H

#include <stdbool.h>
#include <stdint.h>

#include "events.h"

typedef struct StatsThread {
    int thread, process;
    char *name;
    int64_t run_ns;           /* holding the GIL (incl. native code that keeps it);
                                 --gil=off: running */
    int64_t wait_ns;          /* waiting for the GIL */
    int64_t native_ns;        /* native work with the GIL released */
    int64_t block_ns;         /* sleep, lock, queue, join, I/O */
    uint64_t takes;           /* GIL acquisitions (GIL_TAKE) */
    uint64_t forced_drops;    /* GIL_DROP reason interval */
    int64_t longest_wait_ns;  /* longest continuous wait */
    int64_t mean_slice_ns;    /* run_ns / takes (integer division); 0 without takes */
} StatsThread;

typedef struct StatsProcess {
    int id;
    char *name;
    int64_t run_ns;           /* from its start to its last event (the end of the
                                 run if a thread of it is still alive) */
    int64_t gil_held_ns;      /* by anyone */
    double utilisation;       /* gil_held_ns / run_ns, percent */
    uint64_t switches;        /* GIL_TAKE by a thread other than the previous holder */
    double switches_per_s;
    uint64_t drop_requests;
    bool has_gil;             /* false under --gil=off */
    int first_thread, nthreads;  /* its threads: threads[first_thread ...] */
} StatsProcess;

typedef struct StatsResult {
    char *python;             /* the run's CPython profile (ev_meta "python"), or NULL */
    int64_t end_ns;           /* the last event's time */
    StatsProcess *procs;      /* in process id order (only processes with threads) */
    int nprocs;
    StatsThread *threads;     /* in lane order, grouped by process */
    int nthreads;
} StatsResult;

/* Fills *out (overwritten; release with stats_free). */
void stats_compute(const EventLog *log, StatsResult *out);
void stats_free(StatsResult *r);
/* The --stats report: deterministic, malloc'd, ends in a newline; ascii:
 * "us" for "µs". */
char *stats_render_text(const StatsResult *r, bool ascii);
/* A duration with 3 significant digits and an adaptive unit: "5.13 ms",
 * "120 µs", "1.20 s", "0 ns". Returns buf. */
char *stats_format_time(char *buf, size_t n, int64_t ns, bool ascii);

#endif
