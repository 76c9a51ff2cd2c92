/* explore.c — --explore: the outcomes a threaded program can have.
 *
 * The search. gilsim decides every switch, so the runs a program can have
 * are the schedules gilsim can make. Two things vary a schedule: the OS
 * model's seed (wake-up latencies, timer slack, tie-breaks: where the 5 ms
 * switches land), and forced switches (SchedPerturb: the GIL holder is
 * asked to drop the GIL for the longest waiter, and does at its next check
 * point). Forced switches are what find the bugs that need a switch in a
 * window of a few microseconds, such as the lost update of `x = x + f()`,
 * which a 5 ms interval almost never hits.
 *
 * Their placement follows PCT (Burckhardt, Kothari, Musuvathi, Nagarakatte:
 * "A randomized scheduler with probabilistic guarantees of finding bugs",
 * ASPLOS 2010): a bug of depth d needs d-1 switches at the right places;
 * with the GIL only one thread runs at a time, so PCT's priority change
 * points become forced switches, and choosing each of d-1 of them uniformly
 * over a run's k steps finds such a bug with probability at least about
 * 1/k^(d-1) per run. The steps here are the run's contended time (the time
 * a thread runs holding the GIL while another waits for it: elsewhere a
 * switch is no choice), so the points are drawn uniformly over the
 * contended time of the longest run seen so far; schedule i > 0 takes
 * 1 + (i-1) mod (d-1) of them and seed base+i; schedule 0 is the plain run
 * of the base seed, the one `gilsim FILE --seed=base` shows.
 *
 * Stopping. The search ends after max_runs schedules, or earlier once no
 * new outcome has appeared for max(100, r) schedules, r being the number
 * run when the last new one appeared: it has then searched at least as long
 * again as it took to find everything it found.
 *
 * Isolation. Each schedule runs in a forked child (ExploreRunFn makes the
 * run there: a fresh interpreter for a program or a REPL session, a fork of
 * the lesson session at a cell's start, lesson/runner.c): a run can end in
 * ways that leave nothing reusable behind (a deadlock or a timeout ends the
 * process from the scheduler, daemon threads are abandoned where they
 * stand, os._exit), so one process per run is the clean slate. The child's
 * stdout and stderr come back through pipes, its contended time through a
 * third; stdin is /dev/null. The parent waits for each child before the
 * next: the report depends only on what runs and the base seed.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/xalloc.h"
#include "lesson/explore.h"
#include "vm/interp.h"
#include "vm/strbuf.h"

#define PATIENCE_MIN 100
#define SHOWN_CHARS 40         /* of a differing line, in the report */
#define SHOWN_ERR_CHARS 72     /* of the last line of stderr */

/* ---- handles ---- */

bool explore_parse_handle(const char *text, uint64_t *seed, SchedPerturb *pt)
{
    const char *p = text;
    char *end;
    if (*p < '0' || *p > '9') return false;
    errno = 0;
    unsigned long long s = strtoull(p, &end, 10);
    if (errno) return false;
    SchedPerturb out = {0};
    p = end;
    if (*p == ':') {
        do {
            p++;
            if (*p < '0' || *p > '9' || out.n == SCHED_PERTURB_MAX) return false;
            errno = 0;
            long long t = strtoll(p, &end, 10);
            if (errno) return false;
            /* kept in ascending order (insertion) */
            int k = out.n++;
            while (k > 0 && out.at[k - 1] > t) { out.at[k] = out.at[k - 1]; k--; }
            out.at[k] = t;
            p = end;
        } while (*p == ',');
    }
    if (*p) return false;
    *seed = s;
    *pt = out;
    return true;
}

void explore_format_handle(char *buf, size_t size, uint64_t seed, const SchedPerturb *pt)
{
    int n = snprintf(buf, size, "%llu", (unsigned long long)seed);
    for (int i = 0; i < pt->n && n >= 0 && (size_t)n < size; i++)
        n += snprintf(buf + n, size - (size_t)n, "%c%lld", i ? ',' : ':', (long long)pt->at[i]);
}

/* ---- a program's run, in a child ---- */

typedef struct FileRun {
    const InterpConfig *cfg;
    const char *file;
    int64_t timeout_ns;
} FileRun;

static void child_deadlock(Sched *s, void *arg)
{
    (void)s;
    (void)arg;
    fflush(stdout);
    fprintf(stderr, "gilsim: deadlock: every thread is blocked and nothing can wake them\n");
    _exit(3);
}

static void child_timeout(Sched *s, void *arg)
{
    (void)s;
    (void)arg;
    fflush(stdout);
    fprintf(stderr, "gilsim: stopped (--timeout)\n");
    _exit(124);
}

/* A fresh scheduler and interpreter for one schedule (NULL: reported). */
static Interp *child_interp(const InterpConfig *cfg, int64_t timeout_ns, uint64_t seed,
                            const SchedPerturb *pt)
{
    SchedConfig sc;
    sched_config_default(&sc);
    interp_sched_config(cfg, &sc);   /* the profile, and --gil as the profile says when not given */
    sc.seed = seed;
    sc.perturb = *pt;
    sc.timeout_ns = timeout_ns > 0 ? timeout_ns : EXPLORE_RUN_TIMEOUT_NS;
    sc.on_deadlock = child_deadlock;
    sc.on_timeout = child_timeout;
    InterpConfig ic = *cfg;
    ic.seed = seed;
    ic.sched = sched_new(&sc, ev_new());
    Interp *interp = interp_new(&ic);
    if (!interp) fprintf(stderr, "gilsim: cannot create the interpreter\n");
    return interp;
}

static int run_file(void *arg, uint64_t seed, const SchedPerturb *pt, int64_t *contended_ns)
{
    const FileRun *fr = arg;
    Interp *interp = child_interp(fr->cfg, fr->timeout_ns, seed, pt);
    if (!interp) return 1;
    int status = interp_run_file(interp, fr->file);
    *contended_ns = sched_contended_ns(interp->sched);
    return status;
}

typedef struct InputsRun {
    const InterpConfig *cfg;
    const ExploreInput *inputs;
    int n;
    int64_t timeout_ns;
} InputsRun;

/* A REPL session's inputs, one after another, as the REPL runs them; then
 * the pending threads are joined, as when the session ends. */
static int run_inputs(void *arg, uint64_t seed, const SchedPerturb *pt, int64_t *contended_ns)
{
    const InputsRun *ir = arg;
    Interp *interp = child_interp(ir->cfg, ir->timeout_ns, seed, pt);
    if (!interp) return 1;
    int status = 0;
    for (int i = 0; i < ir->n; i++) {
        const ExploreInput *e = &ir->inputs[i];
        if (e->file) {
            interp_run_cell(interp, e->source, e->len, e->filename, 1);
            continue;
        }
        bool exited = false;
        int st = interp_run_interactive(interp, e->source, e->len, "<stdin>", &exited);
        if (exited) {
            status = st;
            break;
        }
    }
    int end = interp_end_cells(interp);
    *contended_ns = sched_contended_ns(interp->sched);
    return status ? status : end;
}

int explore_inputs(const InterpConfig *cfg, const ExploreInput *inputs, int n, int max_runs,
                   int64_t timeout_ns, FILE *out, FILE *err)
{
    InputsRun ir = {.cfg = cfg, .inputs = inputs, .n = n, .timeout_ns = timeout_ns};
    ExploreOptions o = {
        .wall_limit_ns = 2 * (timeout_ns > 0 ? timeout_ns : EXPLORE_RUN_TIMEOUT_NS),
        .name = "this session", .run = run_inputs, .run_arg = &ir, .base_seed = cfg->seed,
        .handle_prefix = "schedule ", .max_runs = max_runs, .out = out, .err = err,
    };
    return explore_main(&o);
}

int explore_file(const InterpConfig *cfg, const char *file, int max_runs, int64_t timeout_ns,
                 FILE *out, FILE *err)
{
    FileRun fr = {.cfg = cfg, .file = file, .timeout_ns = timeout_ns};
    ExploreOptions o = {
        .wall_limit_ns = 2 * (timeout_ns > 0 ? timeout_ns : EXPLORE_RUN_TIMEOUT_NS),
        .name = file, .run = run_file, .run_arg = &fr, .base_seed = cfg->seed,
        .max_runs = max_runs, .out = out, .err = err,
    };
    return explore_main(&o);
}

/* ---- one schedule, in a child ---- */

static _Noreturn void child_run(const ExploreOptions *o, uint64_t seed, const SchedPerturb *pt,
                                int out_fd, int err_fd, int info_fd)
{
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd < 0 || dup2(null_fd, STDIN_FILENO) < 0 || dup2(out_fd, STDOUT_FILENO) < 0
        || dup2(err_fd, STDERR_FILENO) < 0)
        _exit(127);
    close(null_fd);
    close(out_fd);
    close(err_fd);
    /* The parent's handlers (the live view's terminal restore) are not the child's. */
    static const int inherited[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    for (size_t i = 0; i < sizeof inherited / sizeof *inherited; i++) signal(inherited[i], SIG_DFL);
    SchedPerturb measured = *pt;
    measured.measure = true;
    int64_t contended = -1;
    int status = o->run(o->run_arg, seed, &measured, &contended);
    fflush(stdout);
    fflush(stderr);
    ssize_t w = write(info_fd, &contended, sizeof contended);
    (void)w;
    _exit(status);
}

typedef struct RunResult {
    char *out;
    size_t out_len;
    char *err;
    size_t err_len;
    int status;                /* exit status; 128 + N: killed by signal N */
    int64_t contended_ns;      /* the run's contended time (SchedPerturb); -1: unknown */
} RunResult;

/* A copy of sb's bytes (NUL-terminated), sb freed. */
static char *take(StrBuf *sb, size_t *len)
{
    char *copy = xmalloc(sb->len + 1);
    memcpy(copy, sb->data, sb->len);
    copy[sb->len] = '\0';
    *len = sb->len;
    sb_free(sb);
    return copy;
}

static double wall_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs schedule (seed, pt); false if the child could not be started. */
static bool run_schedule(const ExploreOptions *o, uint64_t seed, const SchedPerturb *pt, RunResult *r)
{
    int out[2], err[2], info[2];
    if (pipe(out) < 0) return false;
    if (pipe(err) < 0) { close(out[0]); close(out[1]); return false; }
    if (pipe(info) < 0) { close(out[0]); close(out[1]); close(err[0]); close(err[1]); return false; }
    fflush(NULL);              /* nothing buffered is written twice */
    pid_t pid = fork();
    if (pid < 0) {
        for (int i = 0; i < 2; i++) { close(out[i]); close(err[i]); close(info[i]); }
        return false;
    }
    if (pid == 0) {
        close(out[0]);
        close(err[0]);
        close(info[0]);
        child_run(o, seed, pt, out[1], err[1], info[1]);
    }
    close(out[1]);
    close(err[1]);
    close(info[1]);

    StrBuf bo, be, bi;
    sb_init(&bo);
    sb_init(&be);
    sb_init(&bi);
    struct pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {info[0], POLLIN, 0}};
    StrBuf *bufs[3] = {&bo, &be, &bi};
    int open_fds = 3;
    char chunk[65536];
    /* The backstop for a run that its own --timeout does not stop (a cell
     * forked without a watchdog): killed, it counts as a timeout. */
    int64_t limit_ns = o->wall_limit_ns > EXPLORE_WALL_LIMIT_NS ? o->wall_limit_ns : EXPLORE_WALL_LIMIT_NS;
    double deadline = wall_seconds() + (double)limit_ns / 1e9;
    bool killed = false;
    while (open_fds > 0) {
        double left = deadline - wall_seconds();
        if (!killed && left <= 0) {
            kill(pid, SIGKILL);
            killed = true;
        }
        int ready = poll(fds, 3, killed ? -1 : (int)(left * 1000) + 1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (ready == 0) continue;
        for (int i = 0; i < 3; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
            } else {
                sb_append(bufs[i], chunk, (size_t)n);
            }
        }
    }
    for (int i = 0; i < 3; i++)
        if (fds[i].fd >= 0) close(fds[i].fd);
    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {}
    r->status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : WIFSIGNALED(wstatus) ? 128 + WTERMSIG(wstatus) : 1;
    if (killed) {
        r->status = 124;
        sb_printf(&be, "gilsim: explore: this schedule was stopped after %.3g s of wall time\n",
                  (double)limit_ns / 1e9);
    }
    r->out = take(&bo, &r->out_len);
    r->err = take(&be, &r->err_len);
    r->contended_ns = -1;
    if (bi.len >= sizeof(int64_t)) memcpy(&r->contended_ns, bi.data, sizeof(int64_t));
    sb_free(&bi);
    return true;
}

/* ---- outcomes ---- */

typedef struct Outcome {
    char *out;
    size_t out_len;
    int status;
    char *err_line;            /* the last line of stderr of its first run */
    int count;
    int first;                 /* the schedule that found it */
    uint64_t seed;
    SchedPerturb pt;
} Outcome;

/* The last non-empty line of a stderr text (a traceback's exception). */
static char *last_line(const char *text, size_t len)
{
    size_t end = len;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
    size_t start = end;
    while (start > 0 && text[start - 1] != '\n') start--;
    char *line = xmalloc(end - start + 1);
    memcpy(line, text + start, end - start);
    line[end - start] = '\0';
    return line;
}

static uint64_t splitmix(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Schedule i of the search from base seed `base` (the notes at the top). */
static void make_schedule(uint64_t base, int i, int depth, int64_t horizon, uint64_t *seed, SchedPerturb *pt)
{
    memset(pt, 0, sizeof *pt);
    *seed = base + (uint64_t)i;
    if (i == 0 || depth < 2) return;
    int k = 1 + (i - 1) % (depth - 1);
    if (k > SCHED_PERTURB_MAX) k = SCHED_PERTURB_MAX;
    uint64_t rng = base ^ ((uint64_t)i * 0xd1b54a32d192ed03ULL);
    if (horizon < 1) horizon = 1;
    for (int j = 0; j < k; j++) {
        int64_t t = (int64_t)(splitmix(&rng) % (uint64_t)horizon);
        int m = pt->n++;
        while (m > 0 && pt->at[m - 1] > t) { pt->at[m] = pt->at[m - 1]; m--; }
        pt->at[m] = t;
    }
}

/* Line `n` (0-based) of text: its start and length; false past the end. */
static bool nth_line(const char *text, size_t len, int n, const char **line, size_t *line_len)
{
    size_t pos = 0;
    for (int i = 0; i < n; i++) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        if (!nl) return false;
        pos = (size_t)(nl - text) + 1;
    }
    if (pos >= len) return false;
    const char *nl = memchr(text + pos, '\n', len - pos);
    *line = text + pos;
    *line_len = nl ? (size_t)(nl - (text + pos)) : len - pos;
    return true;
}

/* A line quoted for the report: at most `shown` bytes, control bytes as '?'. */
static void put_quoted(FILE *f, const char *line, size_t len, size_t shown)
{
    fputc('\'', f);
    for (size_t i = 0; i < len && i < shown; i++)
        fputc((unsigned char)line[i] < 32 ? '?' : line[i], f);
    fputs(len > shown ? "...'" : "'", f);
}

/* One line: how outcome b differs from the most common one, a. */
static void put_diff(FILE *f, const Outcome *a, const char *a_name, const Outcome *b)
{
    fputs("       ", f);
    bool same_out = a->out_len == b->out_len && memcmp(a->out, b->out, a->out_len) == 0;
    if (same_out) {
        fprintf(f, "the same output; exit %d where %s exits %d\n", b->status, a_name, a->status);
        return;
    }
    int first = -1, differing = 0;
    for (int n = 0;; n++) {
        const char *la, *lb;
        size_t na, nb;
        bool ha = nth_line(a->out, a->out_len, n, &la, &na);
        bool hb = nth_line(b->out, b->out_len, n, &lb, &nb);
        if (!ha && !hb) break;
        if (ha == hb && na == nb && memcmp(la, lb, na) == 0) continue;
        if (first < 0) {
            first = n;
            if (!hb) {
                fprintf(f, "no line %d where %s has ", n + 1, a_name);
                put_quoted(f, la, na, SHOWN_CHARS);
            } else {
                fprintf(f, "line %d: ", n + 1);
                put_quoted(f, lb, nb, SHOWN_CHARS);
                if (ha) {
                    fprintf(f, " where %s has ", a_name);
                    put_quoted(f, la, na, SHOWN_CHARS);
                } else {
                    fprintf(f, " where %s has ended", a_name);
                }
            }
        }
        differing++;
    }
    if (first < 0)    /* the same lines, but one ends without a newline */
        fputs("the same lines, another ending", f);
    if (differing > 1) fprintf(f, " (%d lines differ)", differing);
    if (a->status != b->status) fprintf(f, "; exit %d", b->status);
    fputc('\n', f);
}

static int by_count(const void *x, const void *y)
{
    const Outcome *a = *(Outcome *const *)x, *b = *(Outcome *const *)y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return a->first - b->first;
}

int explore_main(const ExploreOptions *o)
{
    int depth = o->depth > 0 ? o->depth : EXPLORE_DEFAULT_DEPTH;
    int max_runs = o->max_runs > 0 ? o->max_runs : EXPLORE_DEFAULT_RUNS;
    uint64_t base = o->base_seed;
    Outcome *outcomes = NULL;
    int noutcomes = 0, last_new = 0, runs = 0;
    int64_t horizon = 0;
    double began = wall_seconds();

    for (int i = 0; i < max_runs; i++) {
        uint64_t seed;
        SchedPerturb pt;
        make_schedule(base, i, depth, horizon, &seed, &pt);
        RunResult r;
        if (!run_schedule(o, seed, &pt, &r)) {
            fprintf(o->err ? o->err : stderr, "gilsim: --explore: cannot start a run: %s\n", strerror(errno));
            free(outcomes);
            return 1;
        }
        runs++;
        if (r.contended_ns > horizon) horizon = r.contended_ns;
        Outcome *hit = NULL;
        for (int k = 0; k < noutcomes && !hit; k++)
            if (outcomes[k].status == r.status && outcomes[k].out_len == r.out_len
                && memcmp(outcomes[k].out, r.out, r.out_len) == 0)
                hit = &outcomes[k];
        if (hit) {
            hit->count++;
            free(r.out);
        } else {
            outcomes = xrealloc(outcomes, (size_t)(noutcomes + 1) * sizeof *outcomes);
            outcomes[noutcomes++] = (Outcome){
                .out = r.out, .out_len = r.out_len, .status = r.status,
                .err_line = last_line(r.err, r.err_len), .count = 1, .first = i, .seed = seed, .pt = pt,
            };
            last_new = i;
        }
        free(r.err);
        int patience = last_new + 1 > PATIENCE_MIN ? last_new + 1 : PATIENCE_MIN;
        if (runs - (last_new + 1) >= patience) break;
    }
    double wall = wall_seconds() - began;

    Outcome **order = xmalloc((size_t)noutcomes * sizeof *order);
    for (int k = 0; k < noutcomes; k++) order[k] = &outcomes[k];
    qsort(order, (size_t)noutcomes, sizeof *order, by_count);

    FILE *f = o->out;
    fprintf(f, "explore %s: %d outcome%s in %d schedule%s (base seed %llu, up to %d forced switch%s each)\n",
            o->name, noutcomes, noutcomes == 1 ? "" : "s", runs, runs == 1 ? "" : "s",
            (unsigned long long)base, depth - 1, depth - 1 == 1 ? "" : "es");
    for (int k = 0; k < noutcomes; k++) {
        const Outcome *c = order[k];
        char handle[24 * (SCHED_PERTURB_MAX + 1)];
        explore_format_handle(handle, sizeof handle, c->seed, &c->pt);
        fprintf(f, "  #%-2d %5d run%s %5.1f%%  exit %-3d %s%s\n", k + 1, c->count,
                c->count == 1 ? " " : "s", 100.0 * c->count / runs, c->status,
                o->handle_prefix ? o->handle_prefix : "--schedule=", handle);
        if (c->status != 0 && c->err_line[0]) {
            fputs("       stderr: ", f);
            put_quoted(f, c->err_line, strlen(c->err_line), SHOWN_ERR_CHARS);
            fputc('\n', f);
        }
        if (k > 0) put_diff(f, order[0], "#1", c);
    }
    if (runs < max_runs)
        fprintf(f, "stopped early: no new outcome in the last %d schedules (the last new one: schedule %d)\n",
                runs - (last_new + 1), last_new);
    else
        fprintf(f, "ran all %d schedules; the last new outcome: schedule %d\n", runs, last_new);
    fflush(f);
    if (o->err) {
        fprintf(o->err, "explore: %d schedules in %.2f s of wall time, %.1f schedules/s (one process each)\n",
                runs, wall, wall > 0 ? runs / wall : 0.0);
        fflush(o->err);
    }

    for (int k = 0; k < noutcomes; k++) {
        free(outcomes[k].out);
        free(outcomes[k].err_line);
    }
    free(outcomes);
    free(order);
    return 0;
}
