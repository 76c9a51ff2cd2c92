/* repl.h — the REPL: `gilsim` with no FILE.
 *
 * CPython-like: `>>> ` and `... ` prompts, multi-line blocks (a block ends
 * at an empty line, brackets and triple-quoted strings at their close),
 * expression values echoed (single-input mode: None is not echoed),
 * tracebacks ("<stdin>", line N) without ending the session, Ctrl-D (EOF)
 * or :quit to leave; the pending non-daemon threads are then joined, as at
 * the end of a program. Lines starting with `:` at the primary prompt are
 * gilsim commands (:help lists them).
 *
 * Headless (no Live): reads the input stream and prints exactly what
 * `python3 -i` prints for the Python parts — results to stdout; the banner,
 * prompts and tracebacks to stderr, as CPython does when stdin is not a
 * terminal — and the commands' output to stdout. Deterministic: threads
 * started by a statement run only while the main thread executes or blocks
 * (the virtual backend); between prompts they are paused.
 *
 * Live: the console is the view's left panel and the input line its bottom
 * row. While the REPL waits for a line, the main thread sleeps in the
 * scheduler in slices (the lane shows it blocked on "input"), so threads
 * started earlier keep running and drawing — unless nothing else is alive
 * or the view is paused (:pause), when it just waits for keys.
 *
 * This is a driver, like main.c: it uses the interpreter's API (vm/interp.h);
 * the view itself (ui/live.c) stays a reader of the event log.
 */
#ifndef GILSIM_UI_REPL_H
#define GILSIM_UI_REPL_H

#include <stdbool.h>
#include <stdio.h>

#include "ui/live.h"
#include "vm/interp.h"

typedef struct ReplConfig {
    Interp *interp;
    Live *live;                /* NULL: headless */
    FILE *in;                  /* headless input */
    bool ascii;
    int width;                 /* :timeline width, headless */
    /* :reset: end `old` and return a fresh interpreter with cfg (switch
     * interval, cores, gil as changed by : commands); NULL: not available. */
    Interp *(*reset)(void *arg, Interp *old, const InterpConfig *cfg);
    void *reset_arg;
} ReplConfig;

/* Runs the session; returns the exit status (0 at EOF, a SystemExit code). */
int repl_run(ReplConfig *cfg);

#endif
