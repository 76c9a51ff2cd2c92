/* replay.c — the live view's step back (S, shift-left) and Home: time
 * travel by deterministic re-running (live_int.h, docs/design.md "Step
 * back").
 *
 * On the virtual backend a run is a function of the program, its options,
 * its seed — and of the heartbeats the view asked for, because a heartbeat
 * ends a thread's budget (sched_virtual.c: grant_budget), and where a
 * budget ends can matter (--cores stretches each stretch of work with
 * integer arithmetic; under --gil=off or with several processes the next
 * runner is chosen at each end). So the view records every heartbeat: how
 * many events the log held when it came, and the tick it asked for next.
 *
 * Stepping back to an earlier instant re-runs the program to it: the
 * process writes a *plan* (the heartbeats up to the one before the target
 * switch, the target, the view's zoom and scroll) into an unlinked
 * temporary file, puts the terminal's modes back, and executes itself
 * again with the same command line, the plan's descriptor in
 * GILSIM_REPLAY. The new process opens the view without drawing, runs the
 * program from the start asking for the recorded heartbeats (so it is the
 * same run, event for event; a heartbeat whose event count differs says
 * so), then heartbeats of a step (`s`) until the target GIL switch is in
 * the log, and shows the view there, paused. From there the run is a live
 * run like any other: s, space, and S again. Meanwhile (a program's re-run
 * costs what running it cost) the screen shows the picture at the target
 * drawn from the earlier run's log, which the plan carries: the same
 * picture, but for the code markers, which need the interpreter there.
 *
 * Why a fresh process: fork() keeps only the calling pthread, and every
 * Python thread is a pthread; and the old run cannot be dropped in place —
 * its threads sit parked in the middle of their stacks (the heartbeat
 * itself runs on one of them). A new process image costs a few
 * milliseconds; the rest of a step back is the re-run itself, which costs
 * what the program's simulation costs (tests/bench/stepback.sh measures
 * both kinds of program).
 */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/live_int.h"
#include "ui/stats.h"
#include "ui/term.h"
#include "base/xalloc.h"

#define PLAN_MAGIC 0x67736270u   /* "gsbp" */

typedef struct Beat {
    uint64_t events;   /* the log's size when the heartbeat came */
    int64_t tick;      /* the tick it asked for next */
} Beat;

/* What the new process is told (the heartbeats follow it in the file). */
typedef struct PlanHead {
    uint32_t magic;
    int32_t home;               /* 1: to the start (the first heartbeat) */
    uint64_t target;            /* land once the log holds more events than this */
    uint64_t nbeats;            /* heartbeats to replay before seeking */
    double asked_at;            /* lv_mono() when S was pressed */
    int64_t nspc, t0, cursor_col;
    double speed;
    int32_t follow, tl_cursor;
    uint64_t nactions;          /* lesson cells run before and up to the target, in order */
    uint64_t npreview;          /* a program: the log up to the target, to show at once */
    int64_t preview_t;          /* ... at this instant (the target switch's) */
} PlanHead;

/* A lesson: a cell run, and the first heartbeat that came during it. */
typedef struct CellRun {
    int32_t cell, step;
    uint64_t beat;
} CellRun;

struct Replay {
    Beat *beats;                /* this run's heartbeats */
    size_t n, cap;
    /* a re-run: the plan being followed */
    bool active, seeking;
    PlanHead plan;
    Beat *want;
    bool diverged;
    /* lessons: the cells this run has run; a re-run's plan has its own */
    CellRun *runs, *want_runs;
    size_t nruns, cap_runs;
    /* a re-run: the earlier run's log up to the target, shown until it arrives */
    EventLog *preview;
};

static Replay *replay_of(Live *v)
{
    if (!v->rp) v->rp = xcalloc(1, sizeof *v->rp);
    return v->rp;
}

void rp_free(Live *v)
{
    if (!v->rp) return;
    free(v->rp->beats);
    free(v->rp->want);
    free(v->rp->runs);
    free(v->rp->want_runs);
    if (v->rp->preview) ev_free(v->rp->preview);
    free(v->rp);
    v->rp = NULL;
}

static bool read_all(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t k = read(fd, p, n);
        if (k <= 0) return false;
        p += k;
        n -= (size_t)k;
    }
    return true;
}

static bool write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k <= 0) return false;
        p += k;
        n -= (size_t)k;
    }
    return true;
}

static EventLog *read_preview(int fd, uint64_t n);

void rp_open(Live *v)
{
    const char *env = getenv("GILSIM_REPLAY");
    if (!env) return;
    int fd = atoi(env);
    unsetenv("GILSIM_REPLAY");
    if (fd < 3) return;
    Replay *r = replay_of(v);
    PlanHead h;
    if (lseek(fd, 0, SEEK_SET) == 0 && read_all(fd, &h, sizeof h) && h.magic == PLAN_MAGIC
        && h.nbeats < ((uint64_t)1 << 32)) {
        r->want = xmalloc(sizeof *r->want * (size_t)(h.nbeats ? h.nbeats : 1));
        r->want_runs = xmalloc(sizeof *r->want_runs * (size_t)(h.nactions < 65536 ? h.nactions + 1 : 1));
        if (h.nactions < 65536 && read_all(fd, r->want, sizeof *r->want * (size_t)h.nbeats)
            && read_all(fd, r->want_runs, sizeof *r->want_runs * (size_t)h.nactions)) {
            r->plan = h;
            r->active = true;
            if (h.npreview) r->preview = read_preview(fd, h.npreview);
        }
    }
    close(fd);
}

bool rp_replaying(const Live *v) { return v->rp && v->rp->active; }

/* The preview: the earlier run's events up to the target, strings inline
 * (the types that carry one, as runner.c's windows copy them). */
static bool has_string(int type)
{
    return type == EV_THREAD_START || type == EV_BLOCK || type == EV_OUTPUT || type == EV_MARK
           || type == EV_PROCESS_START;
}

static bool write_preview(int fd, const EventLog *log, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++) {
        const Event *e = ev_get(log, i);
        if (!write_all(fd, e, sizeof *e)) return false;
        if (has_string(e->type)) {
            const char *s = ev_string_at(log, e->arg);
            uint32_t len = s ? (uint32_t)strlen(s) : 0;
            if (!write_all(fd, &len, sizeof len) || !write_all(fd, s ? s : "", len)) return false;
        }
    }
    return true;
}

static EventLog *read_preview(int fd, uint64_t n)
{
    EventLog *log = ev_new();
    for (uint64_t i = 0; i < n; i++) {
        Event e;
        if (!read_all(fd, &e, sizeof e)) goto bad;
        uint32_t arg = e.arg;
        if (has_string(e.type)) {
            uint32_t len;
            if (!read_all(fd, &len, sizeof len) || len > (1u << 24)) goto bad;
            char *text = xmalloc((size_t)len + 1);
            bool ok = read_all(fd, text, len);
            arg = ok ? ev_string(log, text, len) : 0;
            free(text);
            if (!ok) goto bad;
        }
        ev_append(log, e.t, (EventType)e.type, e.thread, e.process, e.other, arg, e.arg2);
    }
    return log;
bad:
    ev_free(log);
    return NULL;
}

/* A re-run on its way: the picture at the target from the earlier run's
 * log, at once, with no code markers (they need the interpreter there);
 * it stays on screen (nothing is drawn) until the re-run arrives. */
static void show_preview(Live *v)
{
    Replay *r = v->rp;
    EventLog *real = v->log;
    TlModel *model = v->model;
    int err_rfd = v->err_rfd;
    v->log = r->preview;
    v->model = tl_model_new();
    v->err_rfd = -1;               /* the re-run's own stderr is for later */
    v->ev_next = 0;
    v->now = v->dnow = r->plan.preview_t;
    v->nspc = r->plan.nspc > 0 ? r->plan.nspc : v->nspc;
    v->follow = r->plan.follow;
    v->t0 = r->plan.t0;
    v->paused = true;
    char at[32];
    stats_format_time(at, sizeof at, r->plan.preview_t, v->ascii);
    snprintf(v->rp_note, sizeof v->rp_note, " re-running to %s; this is the earlier run's record (in %.0f ms); q quits ",
             at, 1e3 * (lv_mono() - r->plan.asked_at));
    r->active = false;             /* lv_draw draws */
    v->dirty = true;
    v->rp_preview = true;
    lv_draw(v);
    v->rp_preview = false;
    r->active = true;
    tl_model_free(v->model);
    v->model = model;
    v->log = real;
    v->err_rfd = err_rfd;
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    v->nlines = 0;
    v->ev_next = 0;
    free(v->acc);
    v->acc = NULL;
    v->nacc = 0;
    v->paused = false;
    v->rp_note[0] = '\0';
    ev_free(r->preview);
    r->preview = NULL;
}

/* While the re-run runs: q (or Ctrl-C) leaves; other keys are dropped. */
static void quit_if_asked(Live *v)
{
    static double last;
    double now = lv_mono();
    if (now - last < 0.05) return;
    last = now;
    timeout(0);
    wint_t c;
    int k;
    while ((k = get_wch(&c)) != ERR)
        if (k == OK && (c == 'q' || c == 'Q' || c == 3)) lv_quit_now(v);
}

/* The view as it was when S was pressed, paused at the instant reached. */
static void land(Live *v, int64_t now)
{
    Replay *r = v->rp;
    r->active = false;
    v->paused = !v->idle;          /* a lesson between cells: the next cell is not paused */
    v->stepping = false;
    v->at_switch = !r->plan.home;
    v->now = v->dnow = now;
    v->nspc = r->plan.nspc > 0 ? r->plan.nspc : v->nspc;
    v->follow = r->plan.follow;
    v->t0 = r->plan.t0 < now ? r->plan.t0 : 0;
    if (v->t0 + (int64_t)v->tl_width * v->nspc < now) v->follow = true;
    v->tl_cursor = r->plan.tl_cursor;
    v->cursor_col = (int)r->plan.cursor_col;
    live_set_speed(v, r->plan.speed > 0 ? r->plan.speed : v->speed);
    char at[32];
    stats_format_time(at, sizeof at, now, v->ascii);
    double ms = 1e3 * (lv_mono() - r->plan.asked_at);
    if (r->diverged)
        snprintf(v->rp_note, sizeof v->rp_note, " the re-run differed from the run before it; stopped at %s ", at);
    else if (r->plan.home)
        snprintf(v->rp_note, sizeof v->rp_note, " back at the start (re-ran in %.0f ms) ", ms);
    else
        snprintf(v->rp_note, sizeof v->rp_note, " back one %s switch (re-ran in %.0f ms) ",
                 v->cfg.gil_off ? "thread" : "GIL", ms);
    v->dirty = true;
    lv_reanchor(v);
    lv_set_tick(v);
}

bool rp_heartbeat(Live *v, Sched *s, int64_t now)
{
    Replay *r = replay_of(v);
    uint64_t events = ev_count(v->log);
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 1024;
        r->beats = xrealloc(r->beats, sizeof *r->beats * r->cap);
    }
    size_t k = r->n++;
    r->beats[k] = (Beat){.events = events, .tick = v->tick_ns};
    if (!r->active) return false;
    if (r->preview && v->frame) show_preview(v);
    quit_if_asked(v);
    if (!r->seeking && k < r->plan.nbeats) {
        if (r->want[k].events != events) {   /* not the same run: say so, stop here */
            r->diverged = true;
            land(v, now);
            return false;
        }
        v->tick_ns = r->want[k].tick;
        sched_set_ui_tick(s, v->tick_ns);
        r->beats[k].tick = v->tick_ns;
        return true;
    }
    r->seeking = true;
    /* (a lesson's heartbeat before its cell's window opens is not a place to stop) */
    if (!(v->lesson && v->idle) && (r->plan.home || events > r->plan.target)) {
        land(v, now);
        return false;
    }
    v->stepping = true;          /* heartbeats of a step until the switch */
    lv_set_tick(v);
    v->stepping = false;
    r->beats[k].tick = v->tick_ns;
    return true;
}

void rp_ended(Live *v)
{
    if (!rp_replaying(v)) return;
    tl_model_update(v->model, v->log);
    land(v, v->model->t_end);
}

void rp_lesson_cell(Live *v, int cell, bool step)
{
    Replay *r = replay_of(v);
    if (r->nruns == r->cap_runs) {
        r->cap_runs = r->cap_runs ? 2 * r->cap_runs : 16;
        r->runs = xrealloc(r->runs, sizeof *r->runs * r->cap_runs);
    }
    r->runs[r->nruns++] = (CellRun){.cell = cell, .step = step, .beat = r->n};
}

int rp_lesson_replay(const Live *v, int i, bool *step)
{
    const Replay *r = v->rp;
    if (!r || !r->active || (uint64_t)i >= r->plan.nactions) return -1;
    *step = r->want_runs[i].step;
    return r->want_runs[i].cell;
}

void rp_heartbeat_done(Live *v)
{
    if (v->rp && v->rp->n) v->rp->beats[v->rp->n - 1].tick = v->tick_ns;
}

/* The command line this process was started with (NULL on failure). */
static char **own_argv(void)
{
    int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    size_t len = 0, cap = 4096;
    char *buf = xmalloc(cap);
    ssize_t k;
    while ((k = read(fd, buf + len, cap - len - 1)) > 0) {
        len += (size_t)k;
        if (len + 1 == cap) buf = xrealloc(buf, cap *= 2);
    }
    close(fd);
    buf[len] = '\0';
    int n = 0;
    for (size_t i = 0; i < len; i++) n += buf[i] == '\0';
    char **argv = xcalloc((size_t)n + 2, sizeof *argv);
    int a = 0;
    for (size_t i = 0; i < len && a < n; i += strlen(buf + i) + 1) argv[a++] = buf + i;
    if (a == 0) {
        free(buf);
        free(argv);
        return NULL;
    }
    return argv;   /* argv[0] points at the buffer */
}

/* Every descriptor but the standard ones and `keep` closes on exec: the
 * new process must not inherit the old run's files. */
static void cloexec_all_but(int keep)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        int fd = atoi(e->d_name);
        if (fd > 2 && fd != keep && fd != dirfd(d)) fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC);
    }
    closedir(d);
}

/* The index of the GIL take to go back to, or false if there is none.
 * A re-run stops at the first heartbeat after it (a step's), as s did.
 * When the view stands just after a switch, the takes logged since the
 * heartbeat before the current one are the current stop's: the one before
 * them is the target. Paused anywhere else, the latest take before the
 * current heartbeat. At the end of a run (or of a lesson's cell), the
 * latest take at least two steps before the end: a re-run can stop after
 * it before the end comes. Takes at time 0, or before the first heartbeat
 * (of the cell), are the start itself (Home). */
static bool find_target(Live *v, uint64_t *target)
{
    const Replay *r = v->rp;
    size_t base = r->nruns ? r->runs[r->nruns - 1].beat : 0;   /* a lesson: the last cell's */
    size_t k = r->n - 1;
    bool ended = v->finished || v->idle;
    uint64_t limit = ended ? ev_count(v->log) : r->beats[k].events;
    if (v->at_switch && !ended && k > base) limit = r->beats[k - 1].events;
    int64_t step = v->cfg.switch_interval_ns / 50 > 1000 ? v->cfg.switch_interval_ns / 50 : 1000;
    tl_model_update(v->model, v->log);
    for (uint64_t i = limit; i-- > r->beats[base].events;) {
        const Event *e = ev_get(v->log, i);
        /* under --gil=off a thread that starts running is the switch */
        if ((e->type != EV_GIL_TAKE && e->type != EV_RUN) || e->t == 0) continue;
        if (ended && e->t + 2 * step > v->model->t_end) continue;
        *target = i;
        return true;
    }
    return false;
}

void rp_step_back(Live *v, bool home)
{
    v->dirty = true;
    v->rp_note[0] = '\0';
    const char *why = NULL;
    if (v->real) why = "step back needs the virtual backend (the real one cannot run the same way twice)";
    else if (v->lesson && (!v->rp || v->rp->nruns == 0)) why = "no cell has run yet";
    else if (v->lesson && v->lesson_cell != v->rp->runs[v->rp->nruns - 1].cell)
        why = "step back goes through the cell that ran last (p / n show it)";
    else if (!v->rp || v->rp->n == 0 || (v->lesson && v->rp->runs[v->rp->nruns - 1].beat >= v->rp->n))
        why = "nothing to step back to yet";
    Replay *r = v->rp;
    size_t base = r && r->nruns ? r->runs[r->nruns - 1].beat : 0;
    uint64_t target = 0;
    if (!why && !home && !find_target(v, &target))
        why = v->lesson ? "no GIL switch before this instant in this cell (Home goes to its start)"
                        : "no GIL switch before this instant (Home goes to the start)";
    size_t nbeats = base;
    if (!why && !home)
        while (nbeats < r->n && r->beats[nbeats].events <= target) nbeats++;
    if (!why && !home && nbeats == base) nbeats = base + 1;   /* the first heartbeat comes before any switch */
    char **argv = why ? NULL : own_argv();
    if (!why && !argv) why = "step back cannot read this process's command line";
    char path[] = "/tmp/gilsim-replay-XXXXXX";
    int fd = why ? -1 : mkstemp(path);
    if (!why && fd < 0) why = "step back cannot make a temporary file";
    if (why) {
        snprintf(v->rp_note, sizeof v->rp_note, " %s ", why);
        if (argv) free(argv[0]);
        free(argv);
        return;
    }
    unlink(path);
    PlanHead h = {.magic = PLAN_MAGIC, .home = home, .target = target, .nbeats = home ? base : nbeats - 1,
                  .asked_at = lv_mono(), .nspc = v->nspc, .t0 = v->t0, .cursor_col = v->cursor_col,
                  .speed = v->speed, .follow = v->follow, .tl_cursor = v->tl_cursor, .nactions = r->nruns};
    if (!home && !v->lesson) {     /* the picture there, to show while the re-run runs */
        h.npreview = target + 1;
        h.preview_t = ev_get(v->log, target)->t;
    }
    /* The heartbeats before the last one that comes before the target:
     * that one seeks (its tick is a step's). A lesson's cells: all of them
     * again, in order, the last up to the target. */
    bool ok = write_all(fd, &h, sizeof h)
              && write_all(fd, r->beats, sizeof *r->beats * (size_t)h.nbeats)
              && write_all(fd, r->runs, sizeof *r->runs * r->nruns)
              && write_preview(fd, v->log, h.npreview);
    char fdtext[16];
    snprintf(fdtext, sizeof fdtext, "%d", fd);
    if (ok) {
        setenv("GILSIM_REPLAY", fdtext, 1);
        /* The terminal's own modes back (the new process's curses saves
         * them as the shell's), stderr the real one, no signal blocked
         * (a mask survives exec). The alternate screen stays. */
        fflush(stdout);
        fflush(stderr);
        int captured = fcntl(2, F_DUPFD_CLOEXEC, 3);
        cloexec_all_but(fd);
        term_release_modes();
        if (v->saved_err >= 0) dup2(v->saved_err, 2);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execv("/proc/self/exe", argv);
        /* Still here: take the terminal and stderr back. */
        int err = errno;
        if (captured >= 0) {
            dup2(captured, 2);
            close(captured);
        }
        reset_prog_mode();
        unsetenv("GILSIM_REPLAY");
        snprintf(v->rp_note, sizeof v->rp_note, " step back: cannot re-run gilsim: %s ", strerror(err));
    } else {
        snprintf(v->rp_note, sizeof v->rp_note, " step back cannot write its plan: %s ", strerror(errno));
    }
    close(fd);
    free(argv[0]);
    free(argv);
}
