/* explore.h — --explore: run a program under many schedules and group the
 * runs by outcome; --schedule: the handle that replays one of them.
 *
 * A schedule is the OS model's seed (--seed) and a few forced switches
 * (sched.h: SchedPerturb), written as a handle: `SEED` or
 * `SEED:T1,T2,...`, the Ti in nanoseconds of program time. The same
 * program, options and handle give the same run, byte for byte, so a
 * handle from --explore's report replays its outcome with --schedule.
 *
 * The search (explore.c's notes) is PCT-style (probabilistic concurrency
 * testing): schedule 0 is the plain run of the base seed; schedule i > 0
 * takes seed base+i and 1 to depth-1 forced switches at program times
 * drawn uniformly over the longest run seen so far. Each run is a forked
 * child of gilsim with a fresh interpreter; the report itself depends only
 * on the program, its options and the base seed.
 */
#ifndef GILSIM_LESSON_EXPLORE_H
#define GILSIM_LESSON_EXPLORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sched/sched.h"
#include "vm/interp.h"

#define EXPLORE_DEFAULT_RUNS 200
#define EXPLORE_DEFAULT_DEPTH 3

/* Runs one schedule in the child, with stdout and stderr the outcome's
 * pipes: the program under OS-model seed `seed` and forced switches pt
 * (with pt->measure set), returning its exit status and the contended time
 * it had (sched_contended_ns; -1: unknown). It may also end the process
 * itself (a deadlock, a timeout): then its stdout must be flushed. */
typedef int (*ExploreRunFn)(void *arg, uint64_t seed, const SchedPerturb *pt, int64_t *contended_ns);

typedef struct ExploreOptions {
    const char *name;          /* what runs, for the report's first line */
    ExploreRunFn run;
    void *run_arg;
    uint64_t base_seed;
    const char *handle_prefix; /* before each handle: NULL "--schedule=" (a program's) */
    int max_runs;              /* N: at most this many schedules */
    int depth;                 /* PCT depth d: up to d-1 forced switches per run (0: default) */
    FILE *out;                 /* the report (deterministic) */
    FILE *err;                 /* the search effort (wall time); NULL: not shown */
    int64_t wall_limit_ns;     /* a run still going after this much wall time, and at least
                                  EXPLORE_WALL_LIMIT_NS, is killed (status 124) */
} ExploreOptions;

#define EXPLORE_RUN_TIMEOUT_NS ((int64_t)10 * 1000000000)
#define EXPLORE_WALL_LIMIT_NS ((int64_t)30 * 1000000000)

/* Runs the search and prints the report; returns an exit status: 0, or 1
 * if a run could not be started. */
int explore_main(const ExploreOptions *o);

/* --explore on a program: every schedule runs `file` with cfg (cfg.seed:
 * the base seed), each run stopped after timeout_ns (0: EXPLORE_RUN_TIMEOUT_NS). */
int explore_file(const InterpConfig *cfg, const char *file, int max_runs, int64_t timeout_ns,
                 FILE *out, FILE *err);

/* One input of a REPL session, for :explore: a statement, or a file that
 * :load ran. */
typedef struct ExploreInput {
    const char *source;
    size_t len;
    bool file;                 /* :load: run as a file named filename */
    const char *filename;
} ExploreInput;

/* :explore in the REPL: every schedule runs the session's inputs so far, in
 * a fresh interpreter with cfg (cfg.seed: the base seed), then joins the
 * threads still running, as leaving the REPL does. */
int explore_inputs(const InterpConfig *cfg, const ExploreInput *inputs, int n, int max_runs,
                   int64_t timeout_ns, FILE *out, FILE *err);

/* A handle, as explore_format_handle writes it (the times in any order, at
 * most SCHED_PERTURB_MAX of them). False if `text` is not one. */
bool explore_parse_handle(const char *text, uint64_t *seed, SchedPerturb *pt);
/* Writes the handle of (seed, pt) into buf (size 24 * (SCHED_PERTURB_MAX + 1) is enough). */
void explore_format_handle(char *buf, size_t size, uint64_t seed, const SchedPerturb *pt);

#endif
