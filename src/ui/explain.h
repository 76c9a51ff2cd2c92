/* explain.h — one moment of a run in words (--at=TIME): a reader of the
 * event log like the other views.
 *
 * For each process: who holds the GIL and since when, with the drop request
 * made during that hold if there was one; then each thread's state at that
 * instant, since when, and why it is not running: "waiting for the GIL since
 * 10.2 ms, asked for a drop at 15.2 ms", "blocked on sleep since 3.00 ms",
 * "not started yet", "ended at 20.0 ms". The thread's source line is not in
 * the event log, so it is not told.
 */
#ifndef GILSIM_UI_EXPLAIN_H
#define GILSIM_UI_EXPLAIN_H

#include <stdbool.h>
#include <stdint.h>

#include "events.h"

/* The explanation of instant t (ns of program time): malloc'd text, each
 * line ending in a newline. */
char *tl_explain(const EventLog *log, int64_t t, bool ascii);

#endif
