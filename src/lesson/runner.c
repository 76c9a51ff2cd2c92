/* runner.c — running lessons headless, --check, --list (see runner.h).
 *
 * A cell's timeline is a view over its own time window. The runner copies
 * the cell's events into a small event log of their own, times shifted so
 * the cell starts at 0, preceded by synthetic events that put every thread
 * alive at the cell's start into the state it was in (taken from a timeline
 * model that has followed the whole run so far). The ordinary views —
 * tl_render_text, stats_compute — then draw the window without knowing that
 * it is one.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "events.h"
#include "lesson/claims.h"
#include "lesson/explore.h"
#include "lesson/lesson.h"
#include "lesson/runner.h"
#include "lesson/session.h"
#include "lib/lib.h"
#include "sched/sched.h"
#include "ui/compare.h"
#include "ui/explain.h"
#include "ui/stats.h"
#include "ui/svg.h"
#include "ui/timeline.h"
#include "ui/trace.h"
#include "vm/eval.h"     /* Frame, frame_line: the code markers */
#include "base/xalloc.h"
#include "vm/interp.h"

#ifndef GILSIM_LESSONDIR
#define GILSIM_LESSONDIR "/usr/local/share/gilsim/lessons"
#endif

static const char *const program_name = "gilsim";

/* ------------------------------------------------------ finding lessons */

const char *lesson_installed_dir(void) { return GILSIM_LESSONDIR; }

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_bare_name(const char *arg)
{
    return *arg && !strchr(arg, '/') && !strchr(arg, '.');
}

char *lesson_find(const char *arg)
{
    if (is_file(arg)) return xstrdup(arg);
    if (!is_bare_name(arg)) return NULL;
    const char *dirs[] = {"lessons", lesson_installed_dir()};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        size_t n = strlen(dirs[i]) + strlen(arg) + 16;
        char *path = xmalloc(n);
        snprintf(path, n, "%s/%s.lesson", dirs[i], arg);
        if (is_file(path)) return path;
        free(path);
    }
    return NULL;
}

bool lesson_wanted(const char *arg)
{
    if (access(arg, F_OK) == 0) return is_file(arg) && lesson_is_lesson_file(arg);
    /* a bare name: a lesson, found or not (lesson_main says which) */
    return is_bare_name(arg) || lesson_is_lesson_file(arg);
}

/* ---------------------------------------------------------- the windows */

static uint32_t copy_string(EventLog *w, const EventLog *log, uint32_t index)
{
    const char *s = ev_string_at(log, index);
    s = s ? s : "";
    return ev_string(w, s, strlen(s));
}

/* A window's start: every process and every thread alive at the cell's
 * start, in the state it was in (from `before`, a model of the log so far). */
static EventLog *window_begin(const EventLog *log, const TlModel *before)
{
    EventLog *w = ev_new();
    for (int p = 0; p < before->nprocs; p++) {
        const TlProcess *pr = &before->procs[p];
        if (!pr->used || !pr->name) continue;
        ev_append(w, 0, EV_PROCESS_START, EV_NONE, p, EV_NONE,
                  ev_string(w, pr->name, strlen(pr->name)), 0);
    }
    for (int i = 0; i < before->nlanes; i++) {
        const TlLane *l = &before->lanes[i];
        if (!l->used || !l->changes.n) continue;
        const TlChange *c = &l->changes.v[l->changes.n - 1];
        if (c->state == TL_ABSENT) continue;
        bool has_gil = l->process < before->nprocs && before->procs[l->process].has_gil;
        ev_append(w, 0, EV_THREAD_START, i, l->process, EV_NONE,
                  ev_string(w, l->name, strlen(l->name)), 0);
        switch (c->state) {
        case TL_RUN:
            ev_append(w, 0, has_gil ? EV_GIL_TAKE : EV_RUN, i, l->process, EV_NONE, 0, 0);
            break;
        case TL_WAIT:
            ev_append(w, 0, EV_GIL_WAIT, i, l->process, EV_NONE, 0, 0);
            break;
        case TL_NATIVE:
            ev_append(w, 0, EV_NATIVE_BEGIN, i, l->process, EV_NONE, 0, 0);
            break;
        case TL_BLOCK:
            ev_append(w, 0, EV_BLOCK, i, l->process, EV_NONE, copy_string(w, log, c->arg), 0);
            break;
        default:
            break;
        }
    }
    return w;
}

/* The events [from, to) of log, shifted by -t0. */
static void window_extend(EventLog *w, const EventLog *log, uint64_t from, uint64_t to, int64_t t0)
{
    for (uint64_t k = from; k < to; k++) {
        const Event *e = ev_get(log, k);
        uint32_t arg = e->arg;
        switch (e->type) {
        case EV_THREAD_START: case EV_BLOCK: case EV_OUTPUT: case EV_MARK: case EV_PROCESS_START:
            arg = copy_string(w, log, e->arg);
            break;
        default:
            break;
        }
        ev_append(w, e->t > t0 ? e->t - t0 : 0, (EventType)e->type, e->thread, e->process,
                  e->other, arg, e->arg2);
    }
}

/* The end marker: the window lasts until t1. */
static void window_end(EventLog *w, int64_t t0, int64_t t1)
{
    ev_append(w, t1 > t0 ? t1 - t0 : 0, EV_CELL, 0, 0, EV_NONE, 0, 0);
}

static int terminal_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        return ws.ws_col;
    return 100;
}

/* ------------------------------------------------------------- the session */

struct LessonSession {
    LessonRunOptions opts;
    bool quiet;
    Lesson *lesson;
    InterpConfig cfg;        /* the lesson's settings under the command line's */
    LessonHooks hooks;
    EventLog *log;
    Sched *sched;
    Interp *interp;
    FILE *sink;              /* quiet: print() writes here (the output is in the log) */
    TlModel *model;          /* follows the whole run, for windows' start states */
    int cell;                /* the running cell (1-based), 0: none */
    uint64_t seq0;           /* the running cell's first event */
    int64_t t0;
    EventLog *open;          /* the running cell's window */
    bool open_ended;         /* its end marker is in */
    int file_errors;         /* per-cell --svg / --trace files not written */
    uint64_t pulled;         /* the first event of log not in `open` yet */
    EventLog **windows;      /* quiet: each cell's latest complete window */
    int *status;             /* each cell's latest status; -1: not run */
    int mismatches, checked;
    int claims_checked, claims_false;   /* --check: the assert blocks' claims */
    int saved_stderr;        /* --check: the real stderr while a cell's is captured; -1 */
    bool explore_child;      /* runs one schedule of a cell's `explore:` (no exploring here) */
};

static void restore_stderr(LessonSession *r)
{
    if (r->saved_stderr < 0) return;
    fflush(stderr);
    dup2(r->saved_stderr, STDERR_FILENO);
    close(r->saved_stderr);
    r->saved_stderr = -1;
}

void lesson_session_pull(void *session)
{
    LessonSession *r = session;
    if (!r->open) return;
    uint64_t n = ev_count(r->log);
    window_extend(r->open, r->log, r->pulled, n, r->t0);
    r->pulled = n;
}

/* The window of the running cell up to now, ended at t1 (once). */
static EventLog *end_window(LessonSession *r, int64_t t1)
{
    if (!r->open) return NULL;
    if (!r->open_ended) {
        lesson_session_pull(r);
        window_end(r->open, r->t0, t1);
        r->open_ended = true;
    }
    return r->open;
}

bool lesson_pattern_ok(const char *pattern)
{
    int cells = 0;
    for (const char *p = pattern; *p; p++) {
        if (*p != '%') continue;
        if (p[1] == 'd') cells++;
        else if (p[1] != '%') return false;
        p++;
    }
    return cells == 1;
}

char *lesson_pattern_path(const char *pattern, int cell)
{
    size_t n = strlen(pattern) + 24, k = 0;
    char *out = xmalloc(n);
    for (const char *p = pattern; *p; p++) {
        if (*p == '%' && p[1] == 'd') {
            k += (size_t)snprintf(out + k, n - k, "%d", cell);
            p++;
        } else {
            if (*p == '%' && p[1] == '%') p++;
            out[k++] = *p;
        }
    }
    out[k] = '\0';
    return out;
}

/* --svg and --trace on a lesson: the running cell's window, one file each. */
static void write_cell_files(LessonSession *r, int64_t t1)
{
    const LessonRunOptions *o = &r->opts;
    if ((!o->svg_path && !o->trace_path) || !r->cell) return;
    EventLog *w = end_window(r, t1);
    for (int k = 0; k < 2 && w; k++) {
        const char *pattern = k ? o->trace_path : o->svg_path;
        if (!pattern) continue;
        char *path = lesson_pattern_path(pattern, r->cell), err[512];
        int rc = k ? trace_write(w, path, err, sizeof err)
                   : svg_write(w, path,
                               &(SvgOptions){.theme = (SvgTheme)o->svg_theme, .title = o->svg_title,
                                             .from = o->from_ns, .to = o->to_ns, .font_px = o->svg_font_px},
                               err, sizeof err);
        if (rc != 0) {
            fprintf(stderr, "%s: %s\n", program_name, err);
            r->file_errors++;
        }
        free(path);
    }
}

/* The window of the running cell up to now, ended at t1 (headless: the
 * cell's timeline and statistics under its output). */
static void print_window(LessonSession *r, int64_t t1)
{
    const LessonRunOptions *o = &r->opts;
    if (!o->timeline && !o->stats && !o->at) return;
    EventLog *w = end_window(r, t1);
    if (!w) return;
    fflush(stdout);
    if (o->timeline) {
        char *text = tl_render_text_window(w, o->width ? o->width : terminal_width(), o->ascii, o->from_ns,
                                           o->to_ns);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
    }
    if (o->stats) {
        StatsResult sr;
        stats_compute(w, &sr);
        char *text = stats_render_text(&sr, o->ascii);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
        stats_free(&sr);
    }
    if (o->at) {
        char *text = tl_explain(w, o->at_ns, o->ascii);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
    }
    fflush(stdout);
}

/* Ends the process after a deadlock or a timeout: the scheduler cannot
 * carry on, so neither can the lesson. */
static void stop_run(LessonSession *r, int status)
{
    if (r->interp && r->interp->out && r->interp->out != stdout && r->interp->out != r->sink) {
        /* --check: show what the cell printed before it stopped */
        fflush(r->interp->out);
        rewind(r->interp->out);
        int c;
        while ((c = getc(r->interp->out)) != EOF) putchar(c);
    }
    restore_stderr(r);
    fflush(stderr);
    if (r->hooks.stopping) r->hooks.stopping(r->hooks.arg, status);
    if (!r->opts.check && !r->quiet) print_window(r, sched_now(r->sched));
    write_cell_files(r, sched_now(r->sched));
    fflush(stdout);
    exit(status);
}

static void on_deadlock(Sched *s, void *arg)
{
    LessonSession *r = arg;
    fflush(stdout);
    restore_stderr(r);
    fprintf(stderr, "%s: deadlock in cell %d (%s:%d): every thread is blocked and nothing "
            "can wake them\n", program_name, r->cell, r->lesson->path,
            r->cell ? r->lesson->cells[r->cell - 1].code_line : 0);
    interp_report_waiting(s, stderr);
    stop_run(r, LESSON_EXIT_DEADLOCK);
}

static void on_timeout(Sched *s, void *arg)
{
    LessonSession *r = arg;
    fflush(stdout);
    restore_stderr(r);
    fprintf(stderr, "%s: stopped in cell %d after %.6g s of %s time (--timeout)\n",
            program_name, r->cell, (double)r->opts.timeout_ns / 1e9,
            sched_timeout_wall(s) ? "wall" : "program");
    stop_run(r, LESSON_EXIT_TIMEOUT);
}

/* The first non-blank line of a cell, for its header. */
static void first_line(const LessonCell *c, char *buf, size_t n)
{
    const char *p = c->code;
    while (*p) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t')) q++;
        if (q < e) {
            size_t len = (size_t)(e - p);
            while (len && (p[len - 1] == ' ' || p[len - 1] == '\t')) len--;
            if (len >= n) len = n - 1;
            memcpy(buf, p, len);
            buf[len] = '\0';
            return;
        }
        p = *e ? e + 1 : e;
    }
    snprintf(buf, n, "(empty)");
}

static char *slurp(FILE *f)
{
    fflush(f);
    long size = ftell(f);
    if (size < 0) size = 0;
    char *buf = xmalloc((size_t)size + 1);
    rewind(f);
    size_t n = fread(buf, 1, (size_t)size, f);
    buf[n] = '\0';
    return buf;
}

/* The lesson's settings under the command line's: an option given on the
 * command line (one that differs from the default) wins. */
static void effective_config(const LessonRunOptions *o, const Lesson *l, InterpConfig *cfg)
{
    InterpConfig d;
    interp_config_default(&d);
    *cfg = o->cfg;
    const LessonSettings *f = &l->front;
    if (cfg->switch_interval_ns == d.switch_interval_ns && f->switch_interval_ns)
        cfg->switch_interval_ns = f->switch_interval_ns;
    if (cfg->cores == d.cores && f->cores) cfg->cores = f->cores;
    if (cfg->ranks == d.ranks && f->ranks) cfg->ranks = f->ranks;
    if (cfg->gil_off == d.gil_off && f->gil >= 0) cfg->gil_off = !f->gil;
    if (cfg->switch_points == d.switch_points && f->switch_points >= 0)
        cfg->switch_points = f->switch_points;
    if (!cfg->python && l->python) cfg->python = l->python;
    if (cfg->seed == d.seed && l->has_seed) cfg->seed = l->seed;
    if (cfg->backend_real == d.backend_real && l->backend_real >= 0)
        cfg->backend_real = l->backend_real;
}

/* Settings a cell may not change: the real backend has no cores and no
 * free-threaded model. */
static bool check_cell_settings(const Lesson *l, const InterpConfig *cfg)
{
    if (!cfg->backend_real) return true;
    for (int i = 0; i < l->ncells; i++) {
        const LessonSettings *s = &l->cells[i].settings;
        if ((s->gil >= 0 && s->gil != !interp_config_gil_off(cfg)) || (s->cores && s->cores != cfg->cores)) {
            fprintf(stderr, "%s:%d: 'gil' and 'cores' are settings of the virtual backend\n",
                    l->path, s->line);
            return false;
        }
    }
    return true;
}

LessonSession *lesson_session_load(const LessonRunOptions *opts, const char *arg, int *status)
{
    char *path = lesson_find(arg);
    if (!path) {
        fprintf(stderr, "%s: no lesson named '%s' in lessons/ or %s (try '%s --list')\n",
                program_name, arg, lesson_installed_dir(), program_name);
        *status = LESSON_EXIT_USAGE;
        return NULL;
    }
    char err[1024];
    Lesson *l = lesson_load(path, err, sizeof err);
    free(path);
    if (!l) {
        fprintf(stderr, "%s\n", err);
        *status = LESSON_EXIT_USAGE;
        return NULL;
    }
    LessonSession *r = xcalloc(1, sizeof *r);
    r->opts = *opts;
    r->lesson = l;
    r->saved_stderr = -1;
    effective_config(opts, l, &r->cfg);
    if (opts->check) r->cfg.backend_real = 0;       /* expectations are virtual-time facts */
    if (!check_cell_settings(l, &r->cfg)) {
        lesson_free(l);
        free(r);
        *status = LESSON_EXIT_USAGE;
        return NULL;
    }
    r->windows = xcalloc((size_t)(l->ncells ? l->ncells : 1), sizeof *r->windows);
    r->status = xmalloc(sizeof *r->status * (size_t)(l->ncells ? l->ncells : 1));
    for (int i = 0; i < l->ncells; i++) r->status[i] = -1;
    *status = 0;
    return r;
}

const Lesson *lesson_session_lesson(const LessonSession *s) { return s->lesson; }

const InterpConfig *lesson_session_config(const LessonSession *s) { return &s->cfg; }

bool lesson_session_start(LessonSession *r, const LessonHooks *hooks)
{
    if (hooks) r->hooks = *hooks;
    r->quiet = r->hooks.quiet;
    InterpConfig *cfg = &r->cfg;
    lib_init();
    SchedConfig sc;
    sched_config_default(&sc);
    interp_sched_config(cfg, &sc);
    sc.backend_real = 0;   /* lessons run on the virtual backend, as they always have */
    sc.timeout_ns = r->opts.timeout_ns;
    sc.on_deadlock = on_deadlock;
    sc.on_deadlock_arg = r;
    sc.on_timeout = on_timeout;
    sc.on_timeout_arg = r;
    if (r->hooks.sched_config) r->hooks.sched_config(r->hooks.arg, &sc);
    r->log = ev_new();
    r->sched = sched_new(&sc, r->log);
    if (r->hooks.started) r->hooks.started(r->hooks.arg, r->sched, r->log);
    InterpConfig ic = *cfg;
    ic.sched = r->sched;
    if (!ic.argv) {
        static const char *const argv0[] = {"", NULL};
        ic.argv = argv0;
        ic.argc = 1;
    }
    r->interp = interp_new(&ic);
    if (!r->interp) {
        fprintf(stderr, "%s: cannot create the interpreter\n", program_name);
        return false;
    }
    interp_set_module_dir_of(r->interp, r->lesson->path);   /* the lesson's own modules */
    if (r->quiet) {
        /* the output goes to the event log (EV_OUTPUT), not the terminal */
        r->sink = fopen("/dev/null", "w");
        if (r->sink) r->interp->out = r->sink;
        r->interp->output_events = true;
        /* Ctrl-C in the view: KeyboardInterrupt in the running cell */
        sched_catch_sigint(r->sched, &r->interp->eval_breaker, BREAK_SIGNAL);
    }
    r->model = tl_model_new();
    return true;
}

/* Per-cell settings, applied before the cell (on) and undone after it. */
static void cell_settings(LessonSession *r, const LessonCell *c, bool on)
{
    Interp *in = r->interp;
    const InterpConfig *cfg = &r->cfg;
    if (c->settings.switch_interval_ns) {
        int64_t ns = on ? c->settings.switch_interval_ns : cfg->switch_interval_ns;
        in->cfg.switch_interval_ns = ns;      /* sys.getswitchinterval */
        sched_set_switch_interval(r->sched, ns);
    }
    if (c->settings.switch_points >= 0)
        in->cfg.switch_points = on ? c->settings.switch_points : cfg->switch_points;
    if (c->settings.gil >= 0) {
        bool off = on ? !c->settings.gil : interp_config_gil_off(cfg);
        in->cfg.gil_off = off;
        sched_set_gil_off(r->sched, off);
    }
    if (c->settings.cores) {
        int n = on ? c->settings.cores : cfg->cores;
        in->cfg.cores = n;
        sched_set_cores(r->sched, n);
    }
    if (c->settings.ranks) in->cfg.ranks = on ? c->settings.ranks : cfg->ranks;
}

/* ---- a cell's `explore: N` ----
 *
 * Every schedule runs the cell in a child process from the state the cell
 * starts in: schedule 0 as the cell itself runs, schedule i > 0 with the
 * OS model reseeded (base seed + i) at the cell's start and its forced
 * switches counted from there. When only the main thread is alive (and no
 * --timeout watchdog runs), the child is a fork of this very session, taken
 * just before the cell runs; otherwise (daemon threads, an executor's
 * workers: pthreads a fork does not copy) the child makes a fresh quiet
 * session and runs the cells before it first. */

typedef struct CellExplore {
    LessonSession *parent;
    int cell;                /* 0-based */
    uint64_t base_seed;
} CellExplore;

/* A deadlock or a timeout ends the child here: exit() would run the
 * parent's atexit handlers (the live view's terminal restore). */
static void explore_child_stopping(void *arg, int status)
{
    (void)arg;
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}

/* In the child, at the cell's start: the schedule, quiet, output to stdout. */
static int explore_child_cell(LessonSession *r, const CellExplore *e, uint64_t seed,
                              const SchedPerturb *pt, int64_t *contended_ns)
{
    r->explore_child = true;
    r->saved_stderr = -1;
    r->opts.check = r->opts.timeline = r->opts.stats = r->opts.at = false;
    r->opts.trace_path = r->opts.svg_path = NULL;
    r->quiet = true;
    r->hooks = (LessonHooks){.quiet = true, .stopping = explore_child_stopping};
    if (seed != e->base_seed) sched_reseed(r->sched, seed);
    sched_set_perturb(r->sched, pt);
    r->interp->out = stdout;
    r->interp->output_events = false;
    int status = lesson_session_run_cell(r, e->cell);
    fflush(stdout);
    *contended_ns = sched_contended_ns(r->sched);
    return status;
}

static int explore_cell_forked(void *arg, uint64_t seed, const SchedPerturb *pt, int64_t *contended_ns)
{
    const CellExplore *e = arg;
    return explore_child_cell(e->parent, e, seed, pt, contended_ns);
}

static int explore_cell_fresh(void *arg, uint64_t seed, const SchedPerturb *pt, int64_t *contended_ns)
{
    const CellExplore *e = arg;
    LessonRunOptions o = e->parent->opts;
    o.check = o.timeline = o.stats = o.at = false;
    o.trace_path = o.svg_path = NULL;
    if (!o.timeout_ns) o.timeout_ns = EXPLORE_RUN_TIMEOUT_NS;
    int status;
    LessonSession *r = lesson_session_load(&o, e->parent->lesson->path, &status);
    if (!r) return status;
    r->cfg = e->parent->cfg;
    r->explore_child = true;
    LessonHooks quiet = {.quiet = true, .stopping = explore_child_stopping};
    if (!lesson_session_start(r, &quiet)) return 1;
    for (int i = 0; i < e->cell; i++) lesson_session_run_cell(r, i);
    return explore_child_cell(r, e, seed, pt, contended_ns);
}

/* Whether a fork of this process can run the next cell: no thread but the
 * main one has a pthread to lose, and no watchdog. */
static bool fork_safe(LessonSession *r)
{
    if (r->opts.timeout_ns > 0) return false;
    SchedThread *main_thread = interp_main_thread(r->interp)->sched;
    for (int k = 0; k < sched_thread_count(r->sched); k++) {
        SchedThread *t = sched_thread_at(r->sched, k);
        if (t != main_thread && sched_thread_alive(t)) return false;
    }
    return true;
}

/* Before cell i runs: the report of its exploration (malloc'd, *len its
 * length), or NULL (reported). */
static char *explore_cell(LessonSession *r, int i, size_t *len)
{
    const LessonCell *c = &r->lesson->cells[i];
    if (r->cfg.backend_real) {
        fprintf(stderr, "%s: %s:%d: explore needs the virtual backend; cell %d is not explored\n",
                program_name, r->lesson->path, c->settings.line, c->number);
        return NULL;
    }
    char name[32];
    snprintf(name, sizeof name, "cell %d", c->number);
    char *report = NULL;
    FILE *f = open_memstream(&report, len);
    if (!f) {
        fprintf(stderr, "%s: explore: %s\n", program_name, strerror(errno));
        return NULL;
    }
    CellExplore e = {.parent = r, .cell = i, .base_seed = r->cfg.seed};
    ExploreOptions eo = {
        .name = name, .run = fork_safe(r) ? explore_cell_forked : explore_cell_fresh, .run_arg = &e,
        .base_seed = r->cfg.seed, .handle_prefix = "schedule ",
        .max_runs = c->settings.explore, .out = f, .err = NULL,
        .wall_limit_ns = 2 * (r->opts.timeout_ns > 0 ? r->opts.timeout_ns : EXPLORE_RUN_TIMEOUT_NS),
    };
    explore_main(&eo);
    fclose(f);
    return report;
}

int lesson_session_run_cell(LessonSession *r, int i)
{
    Lesson *l = r->lesson;
    const LessonRunOptions *opts = &r->opts;
    Interp *in = r->interp;
    SchedThread *main_thread = interp_main_thread(in)->sched;
    LessonCell *c = &l->cells[i];
    size_t explored_len = 0;
    char *explored = c->settings.explore && !r->explore_child ? explore_cell(r, i, &explored_len) : NULL;
    r->cell = c->number;
    cell_settings(r, c, true);

    sched_tick(main_thread);          /* the clock catches up with the cost so far */
    tl_model_update(r->model, r->log);
    r->seq0 = ev_count(r->log);
    r->t0 = sched_now(r->sched);
    r->open = window_begin(r->log, r->model);
    r->open_ended = false;
    r->pulled = r->seq0;
    sched_cell(main_thread, c->number);
    if (r->hooks.cell_start) r->hooks.cell_start(r->hooks.arg, i, r->open, r->t0);

    FILE *captured_err = NULL;
    if (opts->check) {
        in->out = tmpfile();
        captured_err = tmpfile();
        if (!in->out || !captured_err) {
            fprintf(stderr, "%s: cannot make a temporary file: %s\n", program_name,
                    strerror(errno));
            exit(1);
        }
        fflush(stderr);
        r->saved_stderr = dup(STDERR_FILENO);
        dup2(fileno(captured_err), STDERR_FILENO);
    } else if (!r->quiet) {
        char head[160];
        first_line(c, head, sizeof head);
        printf("%s[cell %d] %s\n", i ? "\n" : "", c->number, head);
        fflush(stdout);
    }

    int status = interp_run_cell(in, c->code, c->code_len, l->path, c->code_line);
    r->status[i] = status;
    if (explored) {
        fflush(in->out);
        fwrite(explored, 1, explored_len, in->out);
        fflush(in->out);
        if (in->output_events) sched_output(main_thread, explored, explored_len);
        free(explored);
    }

    sched_tick(main_thread);
    int64_t t1 = sched_now(r->sched);
    if (opts->check) {
        restore_stderr(r);
        char *out = slurp(in->out);
        char *errs = slurp(captured_err);
        fclose(in->out);
        fclose(captured_err);
        in->out = stdout;
        size_t no = strlen(out), ne = strlen(errs);
        out = xrealloc(out, no + ne + 1);
        memcpy(out + no, errs, ne + 1);
        if (c->has_expect) {
            r->checked++;
            if (!lesson_expect_match(c->expect, out)) {
                r->mismatches++;
                char *d = lesson_expect_diff(c->expect, out, l->path, c->number, c->expect_line);
                printf("%s:%d: cell %d: the output differs from the expect block\n%s\n",
                       l->path, c->code_line, c->number, d);
                free(d);
            }
        } else if (status != 0) {
            r->mismatches++;
            printf("%s:%d: cell %d ended with an uncaught exception:\n%s\n",
                   l->path, c->code_line, c->number, errs);
        }
        free(out);
        free(errs);
        if (c->claims) {
            r->claims_checked += claims_count(c->claims);
            r->claims_false += claims_check(c->claims, end_window(r, t1), l->path, c->number,
                                           opts->stats, stdout);
        }
    } else if (!r->quiet) {
        print_window(r, t1);
    }
    if (r->quiet) end_window(r, t1);
    write_cell_files(r, t1);
    EventLog *w = r->open;
    r->open = NULL;
    r->cell = 0;
    cell_settings(r, c, false);
    if (r->quiet) {
        if (r->hooks.cell_end) r->hooks.cell_end(r->hooks.arg, i, w, status);
        if (r->windows[i]) ev_free(r->windows[i]);
        r->windows[i] = w;
    } else {
        if (r->hooks.cell_end) r->hooks.cell_end(r->hooks.arg, i, w, status);
        ev_free(w);
    }
    return status;
}

EventLog *lesson_session_window(const LessonSession *s, int cell)
{
    return cell >= 0 && cell < s->lesson->ncells ? s->windows[cell] : NULL;
}

int lesson_session_cell_status(const LessonSession *s, int cell)
{
    return cell >= 0 && cell < s->lesson->ncells ? s->status[cell] : -1;
}

int lesson_session_thread_line(void *session, int lane)
{
    LessonSession *r = session;
    if (!r->interp || !r->cell) return 0;
    const LessonCell *c = &r->lesson->cells[r->cell - 1];
    int nlines = 1;
    for (const char *p = c->code; *p; p++)
        if (*p == '\n' && p[1]) nlines++;
    for (ThreadState *ts = r->interp->threads; ts; ts = ts->next) {
        if (!ts->sched || sched_thread_id(ts->sched) != lane) continue;
        /* the innermost frame in this cell: a function of an earlier cell
         * is in the same file, but not on the screen */
        for (Frame *f = ts->frame; f; f = f->prev) {
            if (!f->code || strcmp(str_cstr(f->code->filename), r->lesson->path) != 0) continue;
            int line = frame_line(f) - c->code_line + 1;
            if (line >= 1 && line <= nlines) return line;
        }
        return 0;
    }
    return 0;
}

int lesson_session_close(LessonSession *r)
{
    const Lesson *l = r->lesson;
    int status = 0;
    if (r->interp) {
        status = interp_end_cells(r->interp);
        if (r->file_errors && status == 0) status = 1;
    }
    int failed_cells = 0;
    for (int i = 0; i < l->ncells; i++) failed_cells += r->status[i] > 0;
    if (!r->interp) {
        status = 1;                 /* lesson_session_start failed */
    } else if (r->opts.check) {
        if (r->mismatches)
            printf("%s: %d of %d cells differ from their expect blocks or failed\n",
                   l->path, r->mismatches, l->ncells);
        if (r->claims_false)
            printf("%s: %d of %d claims are false\n", l->path, r->claims_false, r->claims_checked);
        if (!r->mismatches && !r->claims_false)
            printf("%s: ok (%d cells, %d expect blocks, %d claims)\n", l->path, l->ncells,
                   r->checked, r->claims_checked);
        status = r->mismatches || r->claims_false ? LESSON_EXIT_MISMATCH : status;
    } else if (status == 0 && failed_cells) {
        status = LESSON_EXIT_EXCEPTION;
    }
    fflush(stdout);
    if (r->interp) {
        if (r->interp->out == r->sink) r->interp->out = stdout;
        /* the scheduler and its log go with the interpreter, unless daemon
         * threads still wait in the scheduler (the process is ending) */
        if (interp_free(r->interp)) {
            sched_free(r->sched);
            ev_free(r->log);
        }
    }
    if (r->sink) fclose(r->sink);
    if (r->model) tl_model_free(r->model);
    for (int i = 0; i < l->ncells; i++)
        if (r->windows[i]) ev_free(r->windows[i]);
    free(r->windows);
    free(r->status);
    lesson_free(r->lesson);
    free(r);
    return status;
}

int lesson_main(const LessonRunOptions *opts, const char *arg)
{
    int status;
    LessonSession *r = lesson_session_load(opts, arg, &status);
    if (!r) return status;
    return lesson_session_run_all(r, NULL);
}

int lesson_session_run_all(LessonSession *r, const LessonHooks *hooks)
{
    if (!lesson_session_start(r, hooks)) {
        lesson_session_close(r);
        return 1;
    }
    for (int i = 0; i < r->lesson->ncells; i++) lesson_session_run_cell(r, i);
    return lesson_session_close(r);
}

/* ---------------------------------------------------------------- pages */

static bool blank_text(const char *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n') return false;
    return true;
}

LessonPage *lesson_pages(const Lesson *l, int *n)
{
    LessonPage *v = xcalloc((size_t)l->nblocks + 2, sizeof *v);
    int k = 0, last_cell = -1;
    char *prose = NULL;
    size_t len = 0;
    for (int b = 0; b <= l->nblocks; b++) {
        const LessonBlock *blk = b < l->nblocks ? &l->blocks[b] : NULL;
        if (blk && blk->kind == LESSON_PROSE) {
            size_t m = strlen(blk->text);
            prose = xrealloc(prose, len + m + 2);
            if (len) prose[len++] = '\n';    /* a blank line between blocks */
            memcpy(prose + len, blk->text, m + 1);
            len += m;
            continue;
        }
        bool cell = blk && blk->kind == LESSON_CELL;
        if (cell || !blank_text(prose)) {
            v[k++] = (LessonPage){.prose = blank_text(prose) ? NULL : prose,
                                  .cell = cell ? blk->cell : last_cell, .fresh = cell};
            if (v[k - 1].prose) prose = NULL;
        }
        free(prose);
        prose = NULL;
        len = 0;
        if (cell) last_cell = blk->cell;
    }
    free(prose);
    if (k == 0) v[k++] = (LessonPage){.prose = NULL, .cell = -1, .fresh = false};
    *n = k;
    return v;
}

void lesson_pages_free(LessonPage *p, int n)
{
    for (int i = 0; i < n; i++) free(p[i].prose);
    free(p);
}

/* ---------------------------------------------------------------- --list */

typedef struct Entry {
    char *name, *title, *path;
    int order;
} Entry;

static int entry_cmp(const void *a, const void *b)
{
    const Entry *x = a, *y = b;
    /* lessons without an order come last */
    unsigned ox = x->order ? (unsigned)x->order : ~0u, oy = y->order ? (unsigned)y->order : ~0u;
    if (ox != oy) return ox < oy ? -1 : 1;
    return strcmp(x->name, y->name);
}

int lesson_list(FILE *out)
{
    const char *dirs[] = {"lessons", lesson_installed_dir()};
    Entry *v = NULL;
    int n = 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        DIR *dir = opendir(dirs[d]);
        if (!dir) continue;
        struct dirent *de;
        while ((de = readdir(dir))) {
            size_t len = strlen(de->d_name);
            if (len <= 7 || strcmp(de->d_name + len - 7, ".lesson") != 0) continue;
            bool seen = false;
            for (int i = 0; i < n; i++)
                if (strlen(v[i].name) == len - 7 && memcmp(v[i].name, de->d_name, len - 7) == 0)
                    seen = true;
            if (seen) continue;       /* ./lessons shadows the installed one */
            size_t pn = strlen(dirs[d]) + len + 2;
            char *path = xmalloc(pn);
            snprintf(path, pn, "%s/%s", dirs[d], de->d_name);
            char err[1024];
            Lesson *l = lesson_load(path, err, sizeof err);
            if (!l) {
                fprintf(stderr, "%s: skipping %s\n", program_name, err);
                free(path);
                continue;
            }
            v = xrealloc(v, (size_t)(n + 1) * sizeof *v);
            v[n++] = (Entry){xstrdup(l->name), xstrdup(l->title), path, l->order};
            lesson_free(l);
        }
        closedir(dir);
    }
    if (n == 0) {
        fprintf(stderr, "%s: no lessons in lessons/ or %s\n", program_name, lesson_installed_dir());
        return LESSON_EXIT_OK;
    }
    qsort(v, (size_t)n, sizeof *v, entry_cmp);
    int w = 0;
    for (int i = 0; i < n; i++)
        if ((int)strlen(v[i].name) > w) w = (int)strlen(v[i].name);
    for (int i = 0; i < n; i++) {
        fprintf(out, "%-*s  %s\n", w, v[i].name, v[i].title);
        free(v[i].name);
        free(v[i].title);
        free(v[i].path);
    }
    free(v);
    return fflush(out) == 0 ? LESSON_EXIT_OK : 1;
}

/* ------------------------------------------------------------- compare */

/* The cells' output of one window: stdout, stderr (tracebacks) to stderr. */
static void print_window_output(const EventLog *w)
{
    for (uint64_t k = 0; k < ev_count(w); k++) {
        const Event *e = ev_get(w, k);
        if (e->type != EV_OUTPUT) continue;
        const char *text = ev_string_at(w, e->arg);
        if (e->arg2 == 2) {
            fflush(stdout);
            fputs(text, stderr);
            fflush(stderr);
        } else {
            fputs(text, stdout);
        }
    }
}

/* Runs every cell of s quietly; the windows are the caller's. */
int lesson_session_run_kept(LessonSession *s, EventLog **windows)
{
    LessonHooks quiet = {.quiet = true};
    if (!lesson_session_start(s, &quiet)) return -1;
    for (int i = 0; i < s->lesson->ncells; i++) {
        lesson_session_run_cell(s, i);
        windows[i] = s->windows[i];
        s->windows[i] = NULL;
    }
    return 0;
}

int lesson_session_compare(LessonSession *a, LessonSession *b, const char *label_a, const char *label_b)
{
    int n = a->lesson->ncells;
    EventLog **wa = xcalloc((size_t)n + 1, sizeof *wa), **wb = xcalloc((size_t)n + 1, sizeof *wb);
    /* One after the other, each closed before the next starts: an
     * interpreter's main thread is this pthread. */
    int sa = lesson_session_run_kept(a, wa) < 0 ? 1 : 0;
    int status = lesson_session_close(a);
    if (sa) status = 1;
    if (lesson_session_run_kept(b, wb) < 0) {
        lesson_session_close(b);
        return 1;
    }
    const LessonRunOptions *o = &b->opts;
    for (int i = 0; i < n && i < b->lesson->ncells; i++) {
        char head[160];
        first_line(&b->lesson->cells[i], head, sizeof head);
        printf("%s[cell %d] %s\n", i ? "\n" : "", b->lesson->cells[i].number, head);
        const char *labels[2] = {label_a, label_b};
        EventLog *w[2] = {wa[i], wb[i]};
        for (int k = 0; k < 2; k++) {
            printf("[run %d] %s\n", k + 1, labels[k]);
            if (w[k]) print_window_output(w[k]);
            fflush(stdout);
        }
        if (o->timeline && w[0] && w[1]) {
            char *text = cmp_render_text(w[0], label_a, w[1], label_b, o->width ? o->width : terminal_width(),
                                         o->ascii, o->from_ns, o->to_ns);
            fputs("\n", stdout);
            fputs(text, stdout);
            free(text);
        }
        for (int k = 0; k < 2 && o->stats && w[k]; k++) {
            StatsResult sr;
            stats_compute(w[k], &sr);
            char *text = stats_render_text(&sr, o->ascii);
            printf("\n[run %d] %s\n", k + 1, labels[k]);
            fputs(text, stdout);
            free(text);
            stats_free(&sr);
        }
    }
    fflush(stdout);
    int status_b = lesson_session_close(b);
    for (int i = 0; i < n; i++) {
        if (wa[i]) ev_free(wa[i]);
        if (wb[i]) ev_free(wb[i]);
    }
    free(wa);
    free(wb);
    return status ? status : status_b;
}
