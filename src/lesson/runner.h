/* runner.h — running a lesson headless, --check, and finding lessons.
 *
 * The cells of a lesson run in order in one interpreter and share their
 * globals, like a notebook's (vm/interp.h: interp_run_cell). Headless, each
 * cell prints a header, `[cell 3] first line of its code`, then its output
 * and, with --timeline / --stats, the timeline and statistics of its own
 * time window (the clock restarts at 0 at the cell's start). An exception in
 * a cell prints its traceback and the lesson goes on with the next cell.
 *
 * --check runs the lesson the same way on the virtual backend, capturing
 * each cell's output, and compares it with the cell's expect block; every
 * mismatch is reported as a unified diff naming the cell and the lesson line.
 *
 * Both run the cells through a LessonSession (lesson/session.h), the cell
 * loop that the live view's lesson mode (ui/live.c) drives as well.
 */
#ifndef GILSIM_LESSON_RUNNER_H
#define GILSIM_LESSON_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lesson/session.h"
#include "vm/interp.h"

/* What the command line decided. cfg's run settings (switch interval,
 * cores, gil, switch points, seed, backend) override the lesson's front
 * matter when they differ from interp_config_default's. */
typedef struct LessonRunOptions {
    InterpConfig cfg;
    bool check;                /* --check */
    bool timeline;             /* --timeline: each cell's timeline */
    bool stats;                /* --stats: each cell's statistics */
    bool ascii;
    int width;                 /* timeline columns; 0: the terminal's, or 100 */
    int64_t timeout_ns;        /* 0: none */
    const char *trace_path;    /* --trace: one file per cell, a lesson_pattern_ok pattern */
    const char *svg_path;      /* --svg: the same */
    int svg_theme;             /* --theme: SvgTheme (ui/svg.h) */
    const char *svg_title;     /* --title */
    int svg_font_px;           /* --font-size; 0: default */
    int64_t from_ns, to_ns;    /* --from, --to: each cell's window (its own time); 0: none */
    bool at;                   /* --at: explain instant at_ns of each cell */
    int64_t at_ns;
} LessonRunOptions;

/* A file name pattern for one file per cell (--svg, --trace on a lesson):
 * exactly one %d (the cell number), %% for a percent sign, no other %. */
bool lesson_pattern_ok(const char *pattern);
/* The pattern with cell `cell` in; malloc'd. */
char *lesson_pattern_path(const char *pattern, int cell);

/* Exit statuses (gilsim(1), EXIT STATUS). */
enum {
    LESSON_EXIT_OK = 0,
    LESSON_EXIT_EXCEPTION = 1,   /* a cell ended with an uncaught exception */
    LESSON_EXIT_USAGE = 2,       /* usage, or an error in the lesson file */
    LESSON_EXIT_DEADLOCK = 3,
    LESSON_EXIT_MISMATCH = 4,    /* --check: an output differs from its expect block */
    LESSON_EXIT_TIMEOUT = 124,
};

/* Is `arg` (a command-line FILE) a lesson: a lesson or notebook file, or the
 * name of a lesson that lesson_find can find? */
bool lesson_wanted(const char *arg);

/* A lesson file for `arg`: arg itself if it is a file, else, for a bare name
 * (no '/' or '.'), lessons/NAME.lesson in the current directory or in the
 * installed lessons. Returns a malloc'd path or NULL. */
char *lesson_find(const char *arg);

/* The installed lessons' directory ($(datadir)/gilsim/lessons). */
const char *lesson_installed_dir(void);

/* Run (or --check) the lesson `arg` names; returns the exit status. */
int lesson_main(const LessonRunOptions *opts, const char *arg);

/* The settings the session runs with: the command line's over the lesson's
 * front matter (valid after lesson_session_load). */
const InterpConfig *lesson_session_config(const LessonSession *s);
/* Start the session with `hooks`, run every cell in order, close it (the
 * headless loop of lesson_main, for a session already loaded). Returns the
 * exit status. */
int lesson_session_run_all(LessonSession *s, const LessonHooks *hooks);

/* --compare, or the front matter's `compare:`: both sessions (loaded,
 * not started; b with the second run's settings) run every cell quietly,
 * one after the other; then each cell's header, each run's output under
 * its label, with --timeline both windows on one time axis, with --stats
 * each run's statistics. Closes both; returns a's exit status, else b's. */
int lesson_session_compare(LessonSession *a, LessonSession *b, const char *label_a, const char *label_b);
/* Start s quietly and run every cell; windows[i] gets cell i's window (the
 * caller's to free). Returns -1 if the interpreter cannot be made. */
int lesson_session_run_kept(LessonSession *s, EventLog **windows);

/* --list: each lesson's name and title, in course order (front matter
 * `order:`, then name), from ./lessons and the installed lessons. Returns
 * the exit status. */
int lesson_list(FILE *out);

#endif
