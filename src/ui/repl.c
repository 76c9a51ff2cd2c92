/* repl.c — the REPL, headless and live (see repl.h). */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/xalloc.h"
#include "lesson/explore.h"
#include "ui/repl.h"
#include "sched/profile.h"
#include "ui/stats.h"
#include "ui/timeline.h"
#include "vm/abstract.h"   /* obj_getattr_cstr: the pending threads' names */
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/parse.h"

typedef struct Repl {
    ReplConfig *cfg;
    Interp *interp;
    InterpConfig next;         /* settings for :reset */
    bool quit;
    int status;
    char *buf;                 /* the statement being entered */
    size_t len, cap;
    bool block;                /* a compound statement: ends at an empty line */
    char pending[512];         /* live, leaving: the non-daemon threads still running */
    int alive_seen;            /* threads alive when pending was found */
    bool waiting;              /* pending is not empty */
    /* :compare: the session's input so far, and the settings it began with */
    char *transcript;
    size_t tlen, tcap;
    InterpConfig start;
    ExploreInput *history;     /* what ran since the start or :reset, for :explore */
    int nhistory, history_cap;
} Repl;

/* ---- output of the REPL itself ---- */

static void say(Repl *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Command output: stdout headless, the console live. */
static void say(Repl *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if (r->cfg->live) {
        live_console(r->cfg->live, s, (size_t)n, 0);
    } else {
        fflush(stdout);
        fputs(s, stdout);
        fflush(stdout);
    }
    free(s);
}

/* ---- : commands ---- */

static bool parse_dur(const char *s, int64_t *ns)
{
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    if (end == s || errno || !(x > 0)) return false;
    while (*end == ' ') end++;
    double unit = 1e9;
    if (!strcmp(end, "ms")) unit = 1e6;
    else if (!strcmp(end, "us") || !strcmp(end, "\xc2\xb5s")) unit = 1e3;
    else if (!strcmp(end, "ns")) unit = 1;
    else if (!strcmp(end, "s") || !*end) unit = 1e9;
    else return false;
    double v = x * unit;
    if (v < 1 || v > 1e15) return false;
    *ns = (int64_t)(v + 0.5);
    return true;
}

static const char help_text[] =
    "gilsim commands (Python statements run as in python3's REPL):\n"
    "  :help            this list\n"
    "  :interval DUR    the switch interval (5ms, 500us, 0.005)\n"
    "  :cores N         virtual CPU cores (from the next :reset)\n"
    "  :gil on|off      the GIL, or the free-threaded model (from the next :reset)\n"
    "  :python 3.X      the CPython version imitated: 3.9 ... 3.13, 3.13t (from the\n"
    "                   next :reset; without 3.X: the one in force)\n"
    "  :speed X         the live view's pace (0.01 = 100x slow motion)\n"
    "  :pause, :resume  stop / restart the background threads (live view)\n"
    "  :stats           per-thread GIL statistics so far\n"
    "  :timeline        the timeline so far\n"
    "  :load FILE       run a .py file in this session's globals\n"
    "  :lessons         the lessons there are\n"
    "  :reset           a fresh interpreter (new globals, new timeline)\n"
    "  :compare OPTIONS this session's input run again twice, headless: as\n"
    "                   it began, and with OPTIONS (--switch-interval=1ms,\n"
    "                   --gil=off, ...); both timelines on one time axis\n"
    "  :explore [N]     rerun this session's input under up to N schedules (default 100)\n"
    "                   and list the outcomes (gilsim(1), --explore)\n"
    "  :quit            leave (as Ctrl-D does)\n";

/* ---- :explore ---- */

static void remember(Repl *r, const char *source, size_t len, const char *file)
{
    if (r->nhistory == r->history_cap) {
        r->history_cap = r->history_cap ? 2 * r->history_cap : 16;
        r->history = xrealloc(r->history, (size_t)r->history_cap * sizeof *r->history);
    }
    char *copy = xmalloc(len + 1);
    memcpy(copy, source, len);
    copy[len] = '\0';
    r->history[r->nhistory++] = (ExploreInput){
        .source = copy, .len = len, .file = file != NULL, .filename = file ? xstrdup(file) : NULL,
    };
}

static void forget_all(Repl *r)
{
    for (int i = 0; i < r->nhistory; i++) {
        free((char *)r->history[i].source);
        free((char *)r->history[i].filename);
    }
    r->nhistory = 0;
}

static void cmd_explore(Repl *r, const char *arg)
{
    long n = 100;
    char *end;
    if (*arg) {
        errno = 0;
        n = strtol(arg, &end, 10);
        if (errno || *end || n < 1 || n > 1000000) {
            say(r, ":explore needs a number of schedules from 1 to 1000000\n");
            return;
        }
    }
    if (r->interp->cfg.backend_real) {
        say(r, ":explore needs the virtual backend: the real one does not decide its switches\n");
        return;
    }
    if (!r->nhistory) {
        say(r, ":explore reruns this session's statements: there are none yet\n");
        return;
    }
    char *report = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&report, &len);
    if (!f) {
        say(r, ":explore: %s\n", strerror(errno));
        return;
    }
    explore_inputs(&r->interp->cfg, r->history, r->nhistory, (int)n, 0, f,
                   r->cfg->live ? NULL : stderr);
    fclose(f);
    say(r, "%s", report);
    free(report);
}

static void cmd_lessons(Repl *r)
{
    const char *dirs[] = {"lessons",
#ifdef GILSIM_LESSONDIR
                          GILSIM_LESSONDIR,
#endif
                          NULL};
    int found = 0;
    for (int i = 0; dirs[i]; i++) {
        DIR *d = opendir(dirs[i]);
        if (!d) continue;
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t n = strlen(e->d_name);
            if (n > 7 && !strcmp(e->d_name + n - 7, ".lesson")) {
                say(r, "  %s/%s\n", dirs[i], e->d_name);
                found++;
            }
        }
        closedir(d);
    }
    if (!found) say(r, "no lessons found (looked in ./lessons)\n");
    else say(r, "open one with: gilsim FILE.lesson\n");
}

static void cmd_load(Repl *r, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        say(r, "cannot open '%s': %s\n", path, strerror(errno));
        return;
    }
    size_t len;
    bool too_big;
    char *src = interp_read_all(f, r->interp->cfg.max_memory, &len, &too_big);
    fclose(f);
    if (!src) {
        say(r, too_big ? "cannot load '%s': larger than the memory limit (--max-memory)\n"
                       : "cannot read '%s'\n", path);
        return;
    }
    remember(r, src, len, path);
    interp_run_cell(r->interp, src, len, path, 1);
    free(src);
}

static int report_width(Repl *r)
{
    if (r->cfg->live) return live_console_width(r->cfg->live);
    return r->cfg->width > 0 ? r->cfg->width : 100;
}

/* :compare OPTIONS — the input so far, as a --script, run by a gilsim of
 * its own (a fresh process: this session's threads stay as they are)
 * twice, as the session began and with OPTIONS; its report (outputs, both
 * timelines on one axis) comes into the console. The re-run is headless, so
 * threads run only while statements do (repl.h), not while you typed. */
static void cmd_compare(Repl *r, const char *options)
{
    if (!*options) {
        say(r, ":compare needs options for the second run, such as --switch-interval=1ms\n");
        return;
    }
    if (r->cfg->interp->cfg.backend_real) {
        say(r, ":compare needs the virtual backend: the real one does not run the same way twice\n");
        return;
    }
    char path[] = "/tmp/gilsim-compare-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        say(r, ":compare cannot make a temporary file: %s\n", strerror(errno));
        return;
    }
    bool written = write(fd, r->transcript ? r->transcript : "", r->tlen) == (ssize_t)r->tlen;
    close(fd);
    const InterpConfig *c = &r->start;
    char a[8][96];
    snprintf(a[0], sizeof a[0], "--width=%d", report_width(r));
    snprintf(a[1], sizeof a[1], "--switch-interval=%lldns", (long long)c->switch_interval_ns);
    static const char *const checks[] = {
        [CHECKS_PROFILE] = "cpython", [CHECKS_EVERY] = "every", [CHECKS_DISPATCH] = "3.9",
        [CHECKS_CALLS] = "3.10", [CHECKS_RESUME] = "3.11",
    };
    snprintf(a[2], sizeof a[2], "--gil=%s", c->gil_off == 1 ? "off" : c->gil_off == 0 ? "on" : "");
    snprintf(a[3], sizeof a[3], "--switch-points=%s", checks[c->switch_points]);
    snprintf(a[7], sizeof a[7], "--python=%s", (c->python ? c->python : profile_default())->name);
    snprintf(a[4], sizeof a[4], "--seed=%llu", (unsigned long long)c->seed);
    snprintf(a[5], sizeof a[5], "--script=%s", path);
    snprintf(a[6], sizeof a[6], "--cores=%d", c->cores);
    char *compare = NULL;
    if (asprintf(&compare, "--compare=%s", options) < 0) compare = NULL;
    char *argv[16] = {"gilsim", "--headless", "--timeline", a[0], a[1], a[7], a[3], a[4], a[5], compare};
    int na = 10;
    if (c->gil_off >= 0) argv[na++] = a[2];
    if (c->cores > 0) argv[na++] = a[6];
    if (r->cfg->ascii) argv[na++] = "--ascii";
    argv[na] = NULL;
    int out[2] = {-1, -1};
    pid_t pid = -1;
    if (written && compare && pipe(out) == 0) {
        fflush(stdout);
        pid = fork();
        if (pid == 0) {   /* only what is safe after fork in a threaded process */
            int devnull = open("/dev/null", O_RDWR);
            dup2(out[1], 1);
            if (devnull >= 0) dup2(devnull, 2);
            execv("/proc/self/exe", argv);
            _exit(127);
        }
        close(out[1]);
    }
    if (pid < 0) {
        say(r, ":compare cannot run gilsim again: %s\n", strerror(errno));
    } else {
        char *text = NULL;
        size_t len = 0;
        char chunk[4096];
        ssize_t k;
        while ((k = read(out[0], chunk, sizeof chunk)) > 0 || (k < 0 && errno == EINTR)) {
            if (k <= 0) continue;
            text = xrealloc(text, len + (size_t)k + 1);
            memcpy(text + len, chunk, (size_t)k);
            len += (size_t)k;
            text[len] = '\0';
        }
        int wst = 0;
        while (waitpid(pid, &wst, 0) < 0 && errno == EINTR) {}
        if (WIFEXITED(wst) && WEXITSTATUS(wst) == 2 && !len)
            say(r, ":compare: gilsim does not take '%s' (see gilsim --help)\n", options);
        else
            say(r, "%s", text ? text : "");
        free(text);
    }
    if (out[0] >= 0) close(out[0]);
    free(compare);
    unlink(path);
}

static void command(Repl *r, char *line)
{
    char *cmd = line + 1, *arg = cmd;
    while (*arg && !isspace((unsigned char)*arg)) arg++;
    if (*arg) *arg++ = '\0';
    while (isspace((unsigned char)*arg)) arg++;
    for (char *e = arg + strlen(arg); e > arg && isspace((unsigned char)e[-1]);) *--e = '\0';
    Live *live = r->cfg->live;
    Sched *s = r->interp->sched;

    if (!strcmp(cmd, "help") || !strcmp(cmd, "h")) {
        say(r, "%s", help_text);
    } else if (!strcmp(cmd, "quit") || !strcmp(cmd, "q") || !strcmp(cmd, "exit")) {
        r->quit = true;
    } else if (!strcmp(cmd, "interval")) {
        int64_t ns;
        if (!parse_dur(arg, &ns)) {
            say(r, ":interval needs a duration such as 5ms, 500us or 0.005\n");
            return;
        }
        sched_set_switch_interval(s, ns);
        r->interp->cfg.switch_interval_ns = r->next.switch_interval_ns = ns;
        if (live) live_set_switch_interval(live, ns);
    } else if (!strcmp(cmd, "cores")) {
        char *end;
        long n = strtol(arg, &end, 10);
        if (!*arg || *end || n < 1 || n > 1024) {
            say(r, ":cores needs a number from 1 to 1024\n");
            return;
        }
        r->next.cores = (int)n;
        say(r, "cores = %ld from the next :reset\n", n);
    } else if (!strcmp(cmd, "gil")) {
        if (strcmp(arg, "on") && strcmp(arg, "off")) {
            say(r, ":gil needs on or off\n");
            return;
        }
        r->next.gil_off = !strcmp(arg, "off");
        say(r, "gil %s from the next :reset\n", arg);
    } else if (!strcmp(cmd, "python")) {
        if (!*arg) {
            say(r, "python %s%s\n", sched_profile(s)->name,
                r->next.python && r->next.python != sched_profile(s)
                    ? " (the next :reset makes it another)" : "");
            return;
        }
        const PyProfile *p = profile_find(arg);
        if (!p) {
            say(r, ":python needs one of %s\n", profile_names());
            return;
        }
        r->next.python = p;
        /* sys.version_info, thread names and check points are an
         * interpreter's for life: the profile takes a fresh one */
        say(r, "python %s from the next :reset (:reset starts a fresh interpreter)\n", p->name);
    } else if (!strcmp(cmd, "speed")) {
        char *end;
        double x = strtod(arg, &end);
        if (!*arg || *end || !(x > 0)) {
            say(r, ":speed needs a positive number such as 0.01 or 2\n");
            return;
        }
        if (live) live_set_speed(live, x);
    } else if (!strcmp(cmd, "pause") || !strcmp(cmd, "resume")) {
        if (live) live_set_paused(live, !strcmp(cmd, "pause"));
    } else if (!strcmp(cmd, "stats")) {
        StatsResult st;
        stats_compute(sched_log(s), &st);
        char *text = stats_render_text(&st, r->cfg->ascii);
        say(r, "%s", text);
        free(text);
        stats_free(&st);
    } else if (!strcmp(cmd, "timeline")) {
        char *text = tl_render_text(sched_log(s), report_width(r), r->cfg->ascii);
        say(r, "%s", text);
        free(text);
    } else if (!strcmp(cmd, "load")) {
        if (!*arg) say(r, ":load needs a file name\n");
        else cmd_load(r, arg);
    } else if (!strcmp(cmd, "lessons")) {
        cmd_lessons(r);
    } else if (!strcmp(cmd, "compare")) {
        cmd_compare(r, arg);
    } else if (!strcmp(cmd, "reset")) {
        if (!r->cfg->reset) {
            say(r, ":reset is not available here\n");
            return;
        }
        Interp *in = r->cfg->reset(r->cfg->reset_arg, r->interp, &r->next);
        if (!in) {
            say(r, ":reset failed\n");
            r->quit = true;
            r->status = 1;
            return;
        }
        r->interp = in;
        if (live) live_set_python(live, sched_profile(in->sched)->name, interp_config_gil_off(&r->next));
        forget_all(r);
        say(r, "a fresh interpreter\n");
    } else if (!strcmp(cmd, "explore")) {
        cmd_explore(r, arg);
    } else {
        say(r, "unknown command ':%s' (:help lists them)\n", cmd);
    }
}

/* ---- statements ---- */

static bool blank_line(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == '\0' || *s == '#';
}

/* Does the line open a block (its code ends with ':')? Comments and
 * strings are not parsed: this only decides whether an empty line is
 * needed to end the statement, as in CPython's REPL. */
static bool opens_block(const char *s)
{
    const char *end = s + strlen(s), *hash = NULL;
    char q = 0;
    for (const char *p = s; p < end; p++) {
        if (q) {
            if (*p == '\\') p++;
            else if (*p == q) q = 0;
        } else if (*p == '\'' || *p == '"') {
            q = *p;
        } else if (*p == '#') {
            hash = p;
            break;
        }
    }
    if (hash) end = hash;
    while (end > s && isspace((unsigned char)end[-1])) end--;
    return end > s && end[-1] == ':';
}

static void buf_add(Repl *r, const char *line)
{
    size_t n = strlen(line);
    if (r->len + n + 2 > r->cap) {
        r->cap = (r->len + n + 2) * 2;
        r->buf = xrealloc(r->buf, r->cap);
    }
    memcpy(r->buf + r->len, line, n);
    r->len += n;
    r->buf[r->len++] = '\n';
    r->buf[r->len] = '\0';
}

static void run_buffer(Repl *r)
{
    bool exited = false;
    remember(r, r->buf, r->len, NULL);
    int st = interp_run_interactive(r->interp, r->buf, r->len, "<stdin>", &exited);
    r->len = 0;
    r->block = false;
    if (exited) {
        r->quit = true;
        r->status = st;
    }
}

/* One line of input: a command, or part of a statement (run once complete). */
static void feed(Repl *r, char *line)
{
    size_t n = strlen(line);
    if (n && line[n - 1] == '\n') line[--n] = '\0';
    if (n && line[n - 1] == '\r') line[--n] = '\0';
    /* For :compare: statements, and the commands that change how they run. */
    const char *cmd = line;
    while (*cmd == ' ' || *cmd == '\t') cmd++;
    static const char *const replayed[] = {":interval", ":cores", ":gil", ":reset", ":load"};
    bool keep = r->len || *cmd != ':';
    for (size_t k = 0; !keep && k < sizeof replayed / sizeof *replayed; k++)
        keep = strncmp(cmd, replayed[k], strlen(replayed[k])) == 0;
    if (keep) {
        if (r->tlen + n + 2 > r->tcap) {
            r->tcap = (r->tlen + n + 2) * 2;
            r->transcript = xrealloc(r->transcript, r->tcap);
        }
        memcpy(r->transcript + r->tlen, line, n);
        r->tlen += n;
        r->transcript[r->tlen++] = '\n';
    }
    if (r->len == 0) {
        const char *p = line;
        while (*p == ' ' || *p == '\t') p++;
        if (*p == ':' && r->len == 0) {
            command(r, line + (p - line));
            return;
        }
        if (blank_line(line)) return;
    }
    if (r->len > 0 && r->block && blank_line(line)) {   /* an empty line ends a block */
        run_buffer(r);
        return;
    }
    buf_add(r, line);
    if (opens_block(line)) r->block = true;
    if (parse_is_incomplete(r->buf, r->len) || r->block) return;
    run_buffer(r);
}

/* ---- headless ---- */

static int run_headless(Repl *r)
{
    fprintf(stderr, "gilsim %s (%s backend, a Python 3.11 subset)\n"
            "Type :help for gilsim's commands.\n", PACKAGE_VERSION,
            r->interp->cfg.backend_real ? "real" : "virtual");
    /* Lines are read a character at a time into a growing buffer, so that an
     * endless one (--script=/dev/zero) ends with an error at the memory limit
     * instead of exhausting memory. */
    size_t limit = r->interp->cfg.max_memory, cap = 256;
    char *line = xmalloc(cap);
    while (!r->quit) {
        fputs(r->len ? "... " : ">>> ", stderr);
        fflush(stderr);
        size_t len = 0;
        int c = EOF;
        while (len <= limit && (c = getc(r->cfg->in)) != EOF) {
            if (len + 2 > cap) line = xrealloc(line, cap *= 2);
            line[len++] = (char)c;
            if (c == '\n') break;
        }
        line[len] = '\0';
        if (len > limit) {
            fprintf(stderr, "\ngilsim: an input line longer than the memory limit (--max-memory)\n");
            r->status = 2;
            break;
        }
        if (len) {
            feed(r, line);
            continue;   /* a last line without a newline: EOF on the next read */
        }
        if (c == EOF) {
            fputs("\n", stderr);
            if (r->len) run_buffer(r);
            break;
        }
    }
    free(line);
    return r->status;
}

/* ---- live ---- */

static void idle(void *arg, bool paused)
{
    Repl *r = arg;
    if (paused) return;
    ThreadState *ts = r->interp->main_thread;
    Sched *s = r->interp->sched;
    int self = sched_thread_id(ts->sched);
    bool others = false;
    for (int i = 0; i < sched_thread_count(s) && !others; i++) {
        SchedThread *t = sched_thread_at(s, i);
        others = sched_thread_alive(t) && sched_thread_user(t) && sched_thread_id(t) != self;
    }
    if (!others) return;   /* nothing to run: program time stands still */
    sched_sleep(ts->sched, 2 * live_tick_ns(r->cfg->live), "input");
}

/* Threads alive in the scheduler besides the main thread (daemon or not). */
static int others_alive(Repl *r)
{
    Sched *s = r->interp->sched;
    int self = sched_thread_id(r->interp->main_thread->sched), n = 0;
    for (int i = 0; i < sched_thread_count(s); i++) {
        SchedThread *t = sched_thread_at(s, i);
        n += sched_thread_alive(t) && sched_thread_user(t) && sched_thread_id(t) != self;   /* lanes are not threads */
    }
    return n;
}

/* The names of the non-daemon threads still running (what Python waits for
 * at the end), comma-separated, into r->pending; asked of threading itself,
 * since daemon-ness is Python's. Returns whether there are any. */
static bool find_pending(Repl *r)
{
    r->pending[0] = '\0';
    if (others_alive(r) == 0) return false;
    static const char probe[] =
        "__gilsim_pending__ = ', '.join([__t.name for __t in __import__('threading').enumerate() "
        "if __t.is_alive() and not __t.daemon and __t is not __import__('threading').main_thread()])\n";
    bool exited = false;
    if (interp_run_interactive(r->interp, probe, sizeof probe - 1, "<gilsim>", &exited) != 0) return false;
    ThreadState *ts = r->interp->main_thread;
    Value names = obj_getattr_cstr(ts, r->interp->main_module, "__gilsim_pending__");
    if (!names) {
        err_clear(ts);
        return false;
    }
    snprintf(r->pending, sizeof r->pending, "%s", str_cstr(names));
    static const char del[] = "del __gilsim_pending__\n";
    interp_run_interactive(r->interp, del, sizeof del - 1, "<gilsim>", &exited);
    return r->pending[0] != '\0';
}

/* live_wait_or_leave's test: look again whenever a thread has ended. */
static bool still_pending(void *arg)
{
    Repl *r = arg;
    int n = others_alive(r);
    if (n != r->alive_seen) {
        r->alive_seen = n;
        r->waiting = find_pending(r);
    }
    return r->waiting;
}

/* Ctrl-D with non-daemon threads running: say so, wait for them as Python
 * does, unless a second Ctrl-D or a Ctrl-C asks to leave at once. */
static void leave_live(Repl *r)
{
    Live *v = r->cfg->live;
    if (!find_pending(r)) return;
    char msg[sizeof r->pending + 160];
    int n = snprintf(msg, sizeof msg, "threads still running: %s\nwaiting for them, as python3 does;\n"
                     "Ctrl-D or Ctrl-C leaves now\n", r->pending);
    live_console(v, msg, (size_t)(n < (int)sizeof msg ? n : (int)sizeof msg - 1), 2);
    r->alive_seen = others_alive(r);
    r->waiting = true;
    if (live_wait_or_leave(v, "(waiting for the threads) ", idle, still_pending, r)) {
        live_console(v, "left without waiting for them\n", 30, 2);
        live_exit(v, r->status);
    }
}

static int run_live(Repl *r)
{
    Live *v = r->cfg->live;
    char banner[160];
    int n = snprintf(banner, sizeof banner, "gilsim %s (%s backend, a Python 3.11 subset)\n"
                     "Type :help for gilsim's commands, Ctrl-D to leave.\n", PACKAGE_VERSION,
                     r->interp->cfg.backend_real ? "real" : "virtual");
    live_console(v, banner, (size_t)n, 0);
    while (!r->quit) {
        const char *prompt = r->len ? "... " : ">>> ";
        bool interrupted;
        char *line = live_read_line(v, prompt, idle, r, &interrupted);
        if (!line) {
            live_console(v, prompt, 4, 0);
            live_console(v, "\n", 1, 0);
            if (r->len) run_buffer(r);
            leave_live(r);
            break;
        }
        if (interrupted) {
            live_console(v, prompt, 4, 0);
            live_console(v, "\nKeyboardInterrupt\n", 19, 2);
            r->len = 0;
            r->block = false;
            free(line);
            continue;
        }
        live_console(v, prompt, 4, 0);
        live_console(v, line, strlen(line), 0);
        live_console(v, "\n", 1, 0);
        feed(r, line);
        live_sync(v);
        free(line);
    }
    if (r->quit) leave_live(r);   /* :quit, sys.exit(): the same wait */
    return r->status;
}

int repl_run(ReplConfig *cfg)
{
    Repl r = {.cfg = cfg, .interp = cfg->interp, .next = cfg->interp->cfg, .start = cfg->interp->cfg};
    int status = cfg->live ? run_live(&r) : run_headless(&r);
    /* As at a program's end: wait for the non-daemon threads. */
    int st = interp_end_cells(r.interp);
    if (status == 0) status = st;
    cfg->interp = r.interp;
    free(r.buf);
    free(r.transcript);
    forget_all(&r);
    free(r.history);
    return status;
}
