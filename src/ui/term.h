/* term.h — terminal discipline for the live view (htop's CRT.c as the model).
 *
 * Whatever ends the process — a return from main, exit() from a deadlock or
 * timeout report, a second Ctrl-C (sched's SIGINT handler calls
 * term_restore_from_signal), SIGINT when nobody else handles it, SIGTERM,
 * SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, or a fault (SIGSEGV,
 * SIGBUS, SIGFPE, SIGILL, SIGABRT), even on an overflowed stack (every
 * thread has an alternate signal stack: sched_signal_stack) — the
 * terminal is restored first, once: after a normal exit by the restore
 * function (endwin and the rest); from a signal by what is safe there: the
 * escape sequences that leave the view (attributes, cursor, keypad, the
 * alternate screen) written to the terminal, and its termios settings as
 * they were before the view. A signal then ends the process with its
 * default action (re-raised), so the exit status still tells what happened.
 * Signals someone made us ignore (nohup) stay ignored.
 */
#ifndef GILSIM_UI_TERM_H
#define GILSIM_UI_TERM_H

#include <stdbool.h>

/* Before newterm on tty_fd (which already leaves cooked mode): saves the
 * terminal's modes. */
void term_prepare(int tty_fd);
/* After newterm: saves the sequences that undo the view and installs the
 * handlers. restore(from_signal): leave curses mode and put the rest back
 * (with from_signal: only what is async-signal-safe; the terminal itself is
 * already restored). */
void term_install(void (*restore)(bool from_signal));
/* Runs the restore function now (if it has not run yet) and forgets it. */
void term_restore(void);
/* Async-signal-safe: restores the terminal as a signal would, if the view
 * holds it (for a handler that is about to end the process). */
void term_restore_from_signal(void);

/* The terminal's modes as they were before the view, and nothing else:
 * the screen stays as it is (the view's step back executes gilsim anew,
 * and the new process's curses takes the modes it finds as the shell's). */
void term_release_modes(void);

#endif
