/* fuzz_python.c — fuzz target: Python source through gilsim's front end.
 *
 * Each input is source text, whatever its bytes: it is tokenized to the
 * end (lex.h), parsed as a file, an interactive statement and an
 * expression (parse.h), asked whether it is incomplete (the REPL's
 * question), and compiled in the three modes (compile.h) — a code object
 * is disassembled, a SyntaxError printed as a traceback would show it, so
 * that every position the front end computes is used.
 *
 * With GILSIM_FUZZ_EXEC=1 in the environment, source that compiles is also
 * run, bounded: in a child process (the scheduler has no way to stop a run
 * halfway but ending the process, which --timeout does too), on the
 * virtual backend with a 16 MiB heap and 50 ms of program time (and, as
 * that can still be millions of instructions under ASan, one second of
 * real time: SIGALRM), with stdin and stdout on /dev/null. Whatever the
 * program does — an uncaught exception, sys.exit, a deadlock, running out
 * of time or memory — the child exits 0 (or dies of the alarm); any other
 * status or signal is a crash, reported with the end of the child's
 * stderr. libFuzzer does not see the child's coverage (AFL++'s shared map
 * does), so under libFuzzer this mode finds crashes in what the front
 * end's coverage leads to rather than steering by the VM's own.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fuzz.h"
#include "lib/lib.h"
#include "sched/sched.h"
#include "vm/ast.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/lex.h"
#include "vm/parse.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/traceback.h"

#define EXEC_MAX_MEMORY ((size_t)16 << 20)
#define EXEC_PROGRAM_TIME_NS 50000000
#define EXEC_REAL_TIME_S 1
#define STDERR_CHUNK 4096   /* the report keeps the last two chunks */

static bool exec_mode;
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    lib_init();
    const char *e = getenv("GILSIM_FUZZ_EXEC");
    exec_mode = e && *e && strcmp(e, "0") != 0;
    devnull = fopen("/dev/null", "w");
    if (!devnull) abort();
    return 0;
}

static void lex_all(const char *src, size_t len)
{
    Lexer lx;
    Token t;
    lex_init(&lx, src, len);
    /* Every token consumes input or ends it; the bound only guards that. */
    for (size_t i = 0; i <= 4 * len + 16; i++) {
        TokKind k = lex_next(&lx, &t);
        if (k == T_END || k == T_ERROR) return;
    }
    fprintf(stderr, "fuzz_python: the lexer does not reach the end of %zu bytes\n", len);
    abort();
}

static void parse_all(const char *src, size_t len)
{
    static const ParseMode modes[] = {PARSE_FILE, PARSE_SINGLE, PARSE_EVAL};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        AstArena *arena = ast_arena_new();
        ParseError err;
        memset(&err, 0, sizeof err);
        parse_source(arena, src, len, modes[i], 0, &err);
        ast_arena_free(arena);
    }
    parse_is_incomplete(src, len);
}

/* Returns whether the source compiles as a file. */
static bool compile_all(const char *src, size_t len)
{
    static const ParseMode modes[] = {PARSE_FILE, PARSE_SINGLE, PARSE_EVAL};
    InterpConfig cfg;
    interp_config_default(&cfg);
    Interp *in = interp_new(&cfg);
    ThreadState *ts = interp_main_thread(in);
    Value fname = str_from_cstr(ts, "<fuzz>");
    gc_push_root(ts, fname);
    bool file_ok = false;
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        Value code = compile_source(ts, src, len, fname, modes[i]);
        if (code) {
            if (i == 0) file_ok = true;
            gc_push_root(ts, code);
            StrBuf sb;
            sb_init(&sb);
            code_disassemble(ts, code, &sb);
            sb_free(&sb);
            gc_pop_roots(ts, 1);
        } else {
            traceback_print(ts, err_fetch(ts), devnull);
        }
    }
    gc_pop_roots(ts, 1);
    interp_free(in);
    return file_ok;
}

static void stop_run(Sched *s, void *arg)
{
    (void)s;
    (void)arg;
    fflush(stdout);
    _exit(0);
}

/* In the child: never returns. */
static void run_child(const char *src, size_t len, int err_fd)
{
    int null = open("/dev/null", O_RDWR);
    if (null < 0) _exit(3);
    dup2(null, 0);
    dup2(null, 1);
    dup2(err_fd, 2);
    /* libFuzzer's own SIGALRM handler (its -timeout) came with the fork. */
    signal(SIGALRM, SIG_DFL);
    alarm(EXEC_REAL_TIME_S);
    SchedConfig sc;
    sched_config_default(&sc);
    sc.timeout_ns = EXEC_PROGRAM_TIME_NS;
    sc.on_timeout = stop_run;
    sc.on_deadlock = stop_run;
    Sched *sched = sched_new(&sc, ev_new());
    InterpConfig cfg;
    interp_config_default(&cfg);
    cfg.max_memory = EXEC_MAX_MEMORY;
    cfg.sched = sched;
    Interp *in = interp_new(&cfg);
    interp_run_string(in, src, len, "<fuzz>");
    fflush(stdout);
    _exit(0);
}

static void run_bounded(const char *src, size_t len)
{
    int fds[2];
    if (pipe(fds) != 0) return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return;
    }
    if (pid == 0) {
        close(fds[0]);
        run_child(src, len, fds[1]);
    }
    close(fds[1]);
    /* Drain the child's stderr, keeping its end for a report. */
    static char kept[2 * STDERR_CHUNK];
    size_t nkept = 0;
    char buf[STDERR_CHUNK];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) != 0) {
        if (n < 0) {
            if (errno == EINTR) continue;   /* libFuzzer's timer */
            break;
        }
        if (nkept + (size_t)n > sizeof kept) {
            size_t drop = nkept + (size_t)n - sizeof kept;
            memmove(kept, kept + drop, nkept - drop);
            nkept -= drop;
        }
        memcpy(kept + nkept, buf, (size_t)n);
        nkept += (size_t)n;
    }
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return;
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) return;
    fprintf(stderr, "fuzz_python: the bounded run ");
    if (WIFSIGNALED(status)) fprintf(stderr, "died of signal %d", WTERMSIG(status));
    else fprintf(stderr, "exited with status %d", WEXITSTATUS(status));
    fprintf(stderr, "; the end of its stderr:\n%.*s\n", (int)nkept, kept);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;
    lex_all(src, size);
    parse_all(src, size);
    if (compile_all(src, size) && exec_mode) run_bounded(src, size);
    return 0;
}
