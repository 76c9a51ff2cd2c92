/* term.c — restore the terminal on every exit path (see term.h). */
#include "config.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "ui/term.h"

static void (*restore_fn)(bool from_signal);
static atomic_flag restored = ATOMIC_FLAG_INIT;
static bool installed;

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
static const int ending_signals[] = {SIGTERM, SIGHUP, SIGQUIT};

static void run_restore(bool from_signal)
{
    if (!restore_fn || atomic_flag_test_and_set(&restored)) return;
    restore_fn(from_signal);
}

static void at_exit(void) { run_restore(false); }

/* Restore, then die of the same signal with its default action: the raised
 * signal is delivered once the handler returns (a fault re-faults). */
static void on_signal(int sig)
{
    run_restore(true);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void handle(int sig, bool only_if_default)
{
    struct sigaction old, sa;
    if (only_if_default) {
        if (sigaction(sig, NULL, &old) != 0 || old.sa_handler != SIG_DFL
            || (old.sa_flags & SA_SIGINFO))
            return;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(sig, &sa, NULL);
}

void term_install(void (*restore)(bool from_signal))
{
    restore_fn = restore;
    atomic_flag_clear(&restored);
    if (installed) return;
    installed = true;
    atexit(at_exit);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        handle(fatal_signals[i], false);
    for (size_t i = 0; i < sizeof ending_signals / sizeof *ending_signals; i++)
        handle(ending_signals[i], false);
    /* SIGINT is the interpreter's (KeyboardInterrupt) if it set a handler. */
    handle(SIGINT, true);
}

void term_restore(void)
{
    run_restore(false);
    restore_fn = NULL;
}
