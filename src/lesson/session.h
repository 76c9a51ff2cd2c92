/* session.h — a lesson being run cell by cell: the one cell loop behind the
 * headless runner (runner.c: lesson_main) and the live view's lesson mode
 * (ui/live.c: live_lesson).
 *
 * A session owns the interpreter, the scheduler and the whole run's event
 * log. Each run of a cell gets a *window*: an event log of its own that
 * starts with the state of every thread alive at the cell's start, then
 * holds the cell's events with times shifted so the cell starts at 0, and
 * ends with an EV_CELL marker at the cell's end. The views draw a window
 * like any log, so a cell's timeline and statistics are its own. While the
 * cell runs its window is *open*: lesson_session_pull copies the events
 * logged since the last pull (the live view calls it before each frame).
 *
 * Order: lesson_session_load (parse, settings: no interpreter yet, so a
 * caller may open a terminal view with the lesson's title in between and
 * fall back to headless if it cannot), lesson_session_start, any number of
 * lesson_session_run_cell, lesson_session_close.
 *
 * This header does not include vm/ headers: ui/ uses it. LessonRunOptions
 * (the command line's settings) is in runner.h.
 */
#ifndef GILSIM_LESSON_SESSION_H
#define GILSIM_LESSON_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "events.h"
#include "lesson/lesson.h"
#include "sched/sched.h"

typedef struct LessonSession LessonSession;
struct LessonRunOptions;

/* What a driver is told; every hook may be NULL. */
typedef struct LessonHooks {
    void *arg;
    /* A view drives: nothing is printed per cell (no headers, timelines or
     * statistics), program output goes to the event log only (EV_OUTPUT),
     * Ctrl-C raises KeyboardInterrupt in the running cell, and each cell's
     * latest window is kept (lesson_session_window). */
    bool quiet;
    /* Before sched_new: the driver's own fields of the scheduler's config
     * (the live view's heartbeat). */
    void (*sched_config)(void *arg, SchedConfig *sc);
    /* After sched_new, before any Python code runs. */
    void (*started)(void *arg, Sched *s, EventLog *log);
    /* Cell `cell` (0-based) starts: its window is open from now on, its
     * time 0 is `t0` of the scheduler's clock. */
    void (*cell_start)(void *arg, int cell, EventLog *window, int64_t t0);
    /* The cell has ended with `status` (0, 1 an exception, ...); its window
     * is complete. */
    void (*cell_end)(void *arg, int cell, EventLog *window, int status);
    /* A deadlock or --timeout ends the process after this hook returns
     * (the report is already written to stderr). */
    void (*stopping)(void *arg, int status);
} LessonHooks;

/* Find, parse and configure the lesson `arg` names. NULL (with *status the
 * exit status, the error already reported) if that fails. */
LessonSession *lesson_session_load(const struct LessonRunOptions *opts, const char *arg,
                                   int *status);
const Lesson *lesson_session_lesson(const LessonSession *s);
/* Make the scheduler and the interpreter (hooks may be NULL: headless).
 * Returns false (reported) if the interpreter cannot be made; then only
 * lesson_session_close remains. */
bool lesson_session_start(LessonSession *s, const LessonHooks *hooks);
/* Run cell `cell` (0-based; again if it has run before: it runs anew in the
 * same interpreter, a notebook's "run cell"). Returns its status. */
int lesson_session_run_cell(LessonSession *s, int cell);
/* The running cell's open window: copy the events logged since the last
 * call. Only while every Python thread is stopped (heartbeat, hooks). */
void lesson_session_pull(void *session);
/* The latest complete window of a cell; NULL if it has not run. */
EventLog *lesson_session_window(const LessonSession *s, int cell);
int lesson_session_cell_status(const LessonSession *s, int cell);  /* -1: not run */
/* For the live view's code markers (LiveConfig.thread_line): the line of
 * the running cell (1 = its first line) that lane `thread` is on, 0 if none
 * or no cell runs. */
int lesson_session_thread_line(void *session, int thread);
/* Wait for the remaining threads (interp_end_cells), write --trace, free
 * everything. Returns the lesson's exit status (0, 1 if a cell failed, 4
 * for --check mismatches). */
int lesson_session_close(LessonSession *s);

/* Slides of the live view. The lesson in reading order is cut at every
 * code cell and every `+++`: a page is the prose since the previous cut and
 * the cell whose code it shows — the cell that ends the page (`fresh`: n
 * runs it), or, for prose that follows a cell, that cell (its results stay
 * on screen while the student reads about them). A page of prose before
 * any cell shows no code (cell -1). */
typedef struct LessonPage {
    char *prose;          /* NULL: none */
    int cell;             /* 0-based; -1: none */
    bool fresh;           /* the page ends with this cell: n runs it */
} LessonPage;

/* The pages of a lesson; *n gets their count (at least 1). */
LessonPage *lesson_pages(const Lesson *l, int *n);
void lesson_pages_free(LessonPage *p, int n);

#endif
