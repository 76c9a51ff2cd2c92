/* term.h — terminal discipline for the live view (htop's CRT.c as the model).
 *
 * Whatever ends the process — a return from main, exit() from a deadlock or
 * timeout report, SIGTERM, SIGHUP, SIGQUIT, a fatal signal (SIGSEGV, SIGBUS,
 * SIGFPE, SIGILL, SIGABRT), or SIGINT when nobody else handles it — the
 * terminal is restored first: term_install registers one restore function
 * that runs at most once. Fatal signals are then re-raised with their
 * default action, so the exit status still tells what happened.
 */
#ifndef GILSIM_UI_TERM_H
#define GILSIM_UI_TERM_H

#include <stdbool.h>

/* restore(from_signal): leave curses mode and put the terminal back; with
 * from_signal it must only do what is safe in a signal handler (plus endwin,
 * as htop does). */
void term_install(void (*restore)(bool from_signal));
/* Runs the restore function now (if it has not run yet) and forgets it. */
void term_restore(void);

#endif
