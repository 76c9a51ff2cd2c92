/* term.c — restore the terminal on every exit path (see term.h). */
#include "config.h"

#include <curses.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "sched/sched.h"
#include "ui/term.h"

static void (*restore_fn)(bool from_signal);
static atomic_flag restored = ATOMIC_FLAG_INIT;
static bool installed;

/* What a signal handler writes and sets back: taken in term_install. */
static int tty_fd = -1;
static struct termios tty_modes;
static bool have_modes;
static char undo[256];
static size_t undo_len;

static const int fault_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
static const int ending_signals[] = {SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM};

/* Appends terminfo capability `name` to undo[], without padding ($<5>). */
static void undo_add(const char *name)
{
    char *cap = tigetstr(name);
    if (!cap || cap == (char *)-1) return;
    for (const char *p = cap; *p && undo_len < sizeof undo; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end) {
                p = end;
                continue;
            }
        }
        undo[undo_len++] = *p;
    }
}

/* Async-signal-safe: write(2) and tcsetattr(3) only. */
static void restore_tty(void)
{
    for (size_t done = 0; done < undo_len;) {
        ssize_t n = write(tty_fd, undo + done, undo_len - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (have_modes) tcsetattr(tty_fd, TCSANOW, &tty_modes);
}

static void run_restore(bool from_signal)
{
    if (!restore_fn || atomic_flag_test_and_set(&restored)) return;
    if (from_signal) restore_tty();
    restore_fn(from_signal);
}

void term_restore_from_signal(void) { run_restore(true); }

void term_release_modes(void)
{
    if (have_modes && tty_fd >= 0) tcsetattr(tty_fd, TCSANOW, &tty_modes);
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

/* unless_ignored: leave a signal someone made us ignore alone. A handler
 * already there is replaced: it is ncurses's (newterm installs one for
 * SIGINT and SIGTERM that calls exit(1)), never the user's. */
static void handle(int sig, bool unless_ignored)
{
    struct sigaction old, sa;
    if (unless_ignored) {
        if (sigaction(sig, NULL, &old) != 0 || (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN))
            return;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigaction(sig, &sa, NULL);
}

void term_prepare(int fd)
{
    tty_fd = fd;
    have_modes = tcgetattr(fd, &tty_modes) == 0;
}

void term_install(void (*restore)(bool from_signal))
{
    undo_len = 0;
    undo_add("sgr0");      /* attributes off */
    undo_add("cnorm");     /* the cursor visible */
    undo_add("rmkx");      /* the keypad back to normal */
    undo_add("rmcup");     /* leave the alternate screen */
    restore_fn = restore;
    atomic_flag_clear(&restored);
    if (installed) return;
    installed = true;
    atexit(at_exit);
    sched_signal_stack();
    /* A fault is ours to report whatever was set; an ending signal unless
     * we were made to ignore it. SIGINT is the interpreter's (sched), which
     * sets its handler after this one; its second press calls
     * term_restore_from_signal. */
    for (size_t i = 0; i < sizeof fault_signals / sizeof *fault_signals; i++)
        handle(fault_signals[i], false);
    for (size_t i = 0; i < sizeof ending_signals / sizeof *ending_signals; i++)
        handle(ending_signals[i], true);
    handle(SIGINT, true);
}

void term_restore(void)
{
    run_restore(false);
    restore_fn = NULL;
}
