/* interp.c — making, running and freeing interpreters; imports; interning;
 * the eval-breaker handler.
 *
 * An interpreter runs a program as __main__: the source is compiled, run in a
 * fresh module, and an exception escaping it becomes a traceback on stderr and
 * an exit status (SystemExit gives its code, as CPython's Py_Main does).
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/interp.h"
#include "vm/abstract.h"
#include "vm/class.h"
#include "vm/compile.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/parse.h"
#include "vm/property.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "lib/pymodules.h"

/* ---- the library layer's registration (set once, before interpreters) ---- */

static const NativeModuleDef *library_modules;
static const void *library_sources;
static int (*library_install_builtins)(ThreadState *ts, Value builtins_dict);

void interp_set_library(const NativeModuleDef *native_modules, const void *py_sources,
                        int (*install_builtins)(ThreadState *ts, Value builtins_dict))
{
    library_modules = native_modules;
    library_sources = py_sources;
    library_install_builtins = install_builtins;
}

/* ---- static types ---- */

void types_init(void)
{
    static bool done;
    if (done) return;
    done = true;
    static Type *const core[] = {
        &type_object, &type_type, &type_none, &type_notimpl, &type_ellipsis,
        &type_int, &type_bool, &type_float, &type_str, &type_tuple, &type_list,
        &type_dict, &type_set, &type_frozenset, &type_range, &type_slice,
        &type_dict_keys, &type_dict_values, &type_dict_items,
        &type_function, &type_native, &type_bound_method, &type_cell, &type_code,
        &type_module, &type_traceback,
        &type_list_iter, &type_tuple_iter, &type_str_iter, &type_range_iter,
        &type_dict_keyiter, &type_dict_valueiter, &type_dict_itemiter, &type_set_iter,
        &type_seq_iter, &type_enumerate, &type_zip, &type_map, &type_filter,
        &type_reversed, &type_callable_iter,
        &type_property, &type_staticmethod, &type_classmethod,
        &type_bytes, &type_bytearray, &type_bytes_iter,
    };
    for (size_t i = 0; i < sizeof core / sizeof core[0]; i++) type_ready(core[i]);
    descr_types_ready();
    func_init_types();
#define READY_EXC(name, base) type_ready(&exc_##name);
    EXC_TYPES(READY_EXC)
#undef READY_EXC
}

/* ---- configuration ---- */

void interp_config_default(InterpConfig *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->switch_interval_ns = 5000000;
    cfg->cores = 4;
    cfg->max_memory = (size_t)1 << 30;
    cfg->recursion_limit = 1000;
    cfg->gil_off = -1;
}

bool interp_config_gil_off(const InterpConfig *cfg)
{
    if (cfg->gil_off >= 0) return cfg->gil_off != 0;
    return cfg->python && cfg->python->free_threaded;
}

void interp_sched_config(const InterpConfig *cfg, SchedConfig *sc)
{
    sc->switch_interval_ns = cfg->switch_interval_ns;
    sc->backend_real = cfg->backend_real;
    sc->gil_off = interp_config_gil_off(cfg);
    sc->cores = cfg->cores;
    sc->seed = cfg->seed;
    sc->profile = cfg->python ? cfg->python : profile_default();
}

/* ---- interning ---- */

Value interp_intern(ThreadState *ts, Value s)
{
    if (STR(s)->h.flags & STR_INTERNED) return s;
    Value found = dict_get_str(ts->interp->interned, s);
    if (found) return found;
    if (!(STR(s)->h.gc_flags & OF_IMMORTAL)) STR(s)->h.flags |= STR_INTERNED;
    dict_set_str(ts->interp, ts->interp->interned, s, s);
    return s;
}

Value interp_intern_cstr(ThreadState *ts, const char *s)
{
    return interp_intern(ts, str_from_cstr(ts, s));
}

/* ---- threads ---- */

/* Idents look like CPython's (pthread_t values on x86-64 Linux), yet stay
 * deterministic: one 8 MiB stack apart. */
#define IDENT_BASE INT64_C(140000000000000)
#define IDENT_STEP INT64_C(8392704)

ThreadState *interp_thread_new(Interp *in)
{
    ThreadState *ts = xcalloc(1, sizeof *ts);
    ts->interp = in;
    ts->ident = IDENT_BASE + (int64_t)in->next_ident++ * IDENT_STEP;
    /* Appended, so that the main thread stays first. */
    ThreadState **link = &in->threads;
    while (*link) link = &(*link)->next;
    *link = ts;
    return ts;
}

static void thread_state_free(ThreadState *ts)
{
    free(ts->roots);
    free(ts->repr_active);
    free(ts);
}

void interp_thread_free(ThreadState *ts)
{
    Interp *in = ts->interp;
    for (ThreadState **link = &in->threads; *link; link = &(*link)->next) {
        if (*link == ts) {
            *link = ts->next;
            break;
        }
    }
    thread_state_free(ts);
}

ThreadState *interp_main_thread(Interp *in) { return in->main_thread; }

/* ---- making an interpreter ---- */

/* The main thread's scheduler thread is known: make what every interpreter
 * starts with (interned names, sys.modules, builtins). Runs on that thread;
 * the GC cannot run before the first safe point, so nothing needs rooting. */
static void attach_main_thread(Interp *in, SchedThread *self)
{
    ThreadState *ts = in->main_thread;
    ts->sched = self;
    ts->budget = sched_budget(self);
    obj_mark_c_stack(ts);
    gc_bind_thread(in);
    in->interned = dict_new(ts);
    in->modules = dict_new(ts);
#define MAKE_NAME(n) in->names.n = interp_intern_cstr(ts, #n);
    INTERP_NAMES(MAKE_NAME)
#undef MAKE_NAME
    Value builtins = module_new(ts, interp_intern_cstr(ts, "builtins"));
    in->builtins = module_dict(builtins);
    dict_set_str(in, in->modules, interp_intern_cstr(ts, "builtins"), builtins);
    if (library_install_builtins && library_install_builtins(ts, in->builtins) < 0) {
        traceback_print(ts, err_fetch(ts), stderr);
        fprintf(stderr, "gilsim: the builtins module failed to initialise\n");
        exit(1);
    }
}

Interp *interp_new(const InterpConfig *cfg)
{
    types_init();
    Interp *in = xcalloc(1, sizeof *in);
    in->cfg = *cfg;
    heap_init(&in->heap, cfg->max_memory);
    atomic_init(&in->eval_breaker, 0);
    in->native_modules = library_modules;
    in->py_sources = library_sources;
    in->out = stdout;
    in->in = stdin;

    if (cfg->sched) {
        in->sched = cfg->sched;
    } else {
        SchedConfig sc;
        sched_config_default(&sc);
        interp_sched_config(cfg, &sc);
        sc.backend_real = 0;
        in->sched = sched_new(&sc, ev_new());
        in->owns_sched = true;
    }
    in->process = sched_process_new(in->sched, "MainProcess", &in->eval_breaker, BREAK_DROP_GIL);
    snprintf(in->process_name, sizeof in->process_name, "%s", "MainProcess");
    sched_process_set_pause_bit(in->process, BREAK_PAUSE);

    ThreadState *ts = interp_thread_new(in);
    in->main_thread = ts;
    attach_main_thread(in, sched_main_thread(in->process, "MainThread", ts));
    return in;
}

bool interp_free(Interp *in)
{
    if (in->out) fflush(in->out);
    /* Daemon threads may still be parked in the scheduler, waiting for a
     * baton that will never come: their state stays, the process ends. */
    bool others = in->threads && in->threads->next;
    if (others) return false;
    if (in->lib_cleanup) in->lib_cleanup(in);
    heap_free_all(in);
    ThreadState *ts = in->threads;
    while (ts) {
        ThreadState *next = ts->next;
        thread_state_free(ts);
        ts = next;
    }
    if (in->owns_sched) {
        EventLog *log = sched_log(in->sched);
        sched_free(in->sched);
        ev_free(log);
    }
    free(in->program_text);
    free(in->program_path);
    free(in->module_dir);
    free(in);
    return true;
}

void interp_report_waiting(Sched *s, FILE *f)
{
    const Interp *first = NULL;
    bool several = false;
    for (int i = 0; i < sched_thread_count(s); i++) {
        SchedThread *t = sched_thread_at(s, i);
        const ThreadState *ts = sched_thread_user(t);
        if (!sched_thread_alive(t) || !ts) continue;
        if (!first) first = ts->interp;
        else if (ts->interp != first) several = true;
    }
    for (int i = 0; i < sched_thread_count(s); i++) {
        SchedThread *t = sched_thread_at(s, i);
        if (!sched_thread_alive(t)) continue;
        const char *what = sched_thread_waiting_for(t);
        const ThreadState *ts = sched_thread_user(t);
        if (!ts) continue;   /* a lane (sched_lane_new): waits for nobody */
        fprintf(f, "  %s", sched_thread_name(t));
        if (several && ts) fprintf(f, " in %s", ts->interp->process_name);
        fprintf(f, " waits for %s\n", what ? what : "the GIL");
    }
}

/* ---- the eval breaker ---- */

int interp_handle_breaker(ThreadState *ts)
{
    Interp *in = ts->interp;
    unsigned bits = atomic_load_explicit(&in->eval_breaker, memory_order_relaxed);
    /* Paused (the scheduler clears the bit on resume): stop here. Not in
     * metered code (ts->meter): it stands for native code, which has no
     * check points; its bits wait for the next check point after it. */
    if ((bits & BREAK_PAUSE) && !ts->meter) sched_pause_point(ts->sched);
    if ((bits & BREAK_DROP_GIL) && !ts->meter) sched_gil_yield(ts->sched);
    if ((bits & (BREAK_GC | BREAK_MEMORY)) && gc_safe_collect(ts) < 0) return -1;
    /* Ctrl-C (sched_catch_sigint): as in CPython, only the main thread
     * raises KeyboardInterrupt; the bit stays set until it gets there. */
    if ((bits & BREAK_SIGNAL) && ts == in->main_thread) {
        atomic_fetch_and_explicit(&in->eval_breaker, ~(unsigned)BREAK_SIGNAL, memory_order_relaxed);
        /* With the signal module imported, its handlers decide
         * (signal._dispatch: by default, KeyboardInterrupt). */
        Value signal = dict_get_cstr(in->modules, "signal");
        Value dispatch = signal ? obj_getattr_cstr(ts, signal, "_dispatch") : VAL_NULL;
        if (dispatch) return vm_call0(ts, dispatch) ? 0 : -1;
        if (signal) return -1;
        err_set_none(ts, &exc_KeyboardInterrupt);
        return -1;
    }
    return 0;
}

/* ---- running __main__ ---- */

/* The exit status for an exception that ended the program; prints it. */
static int report_exit(ThreadState *ts, Value exc)
{
    Interp *in = ts->interp;
    if (in->out) fflush(in->out);
    if (exc_is_instance(exc, &exc_SystemExit)) {
        Value code = ((ExcObj *)exc)->args;
        Value arg = TUPLE(code)->length == 0 ? VAL_NONE
                  : TUPLE(code)->length == 1 ? TUPLE(code)->items[0] : code;
        if (arg == VAL_NONE) return 0;
        if (val_is_int(arg)) {
            int64_t n;
            if (!int_to_i64(arg, &n)) n = -1;
            return (int)(n & 0xff);
        }
        Value s = obj_str(ts, arg);
        if (s) fprintf(stderr, "%s\n", str_cstr(s));
        else err_clear(ts);
        return 1;
    }
    traceback_print(ts, exc, stderr);
    if (exc_is_instance(exc, &exc_KeyboardInterrupt)) return 130;   /* DESIGN: interrupted */
    return exc_is_instance(exc, &exc_SyntaxError) ? 2 : 1;
}

/* As CPython's finalisation does: once the main program is over, wait for
 * the threads that are not daemons (threading._shutdown). */
static int shutdown_threads(ThreadState *ts)
{
    Value threading = dict_get_cstr(ts->interp->modules, "threading");
    if (!threading) return 0;
    Value fn = obj_getattr_cstr(ts, threading, "_shutdown");
    if (!fn) return -1;
    return vm_call0(ts, fn) ? 0 : -1;
}

/* The program, kept for whoever must see it again (interp.h). */
static void keep_program(Interp *in, const char *source, size_t len, const char *path)
{
    free(in->program_text);
    free(in->program_path);
    in->program_text = xmalloc(len + 1);
    memcpy(in->program_text, source, len);
    in->program_text[len] = '\0';
    in->program_len = len;
    in->program_path = xstrdup(path);
    in->program_serial++;
}

int interp_run_string(Interp *in, const char *source, size_t len, const char *filename)
{
    ThreadState *ts = in->main_thread;
    keep_program(in, source, len, filename);
    in->program_is_cell = false;
    Value fname = str_from_cstr(ts, filename);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, source, len, fname, PARSE_FILE);
    if (!code) {
        gc_pop_roots(ts, 1);
        Value exc = err_fetch(ts);
        if (in->out) fflush(in->out);
        traceback_print(ts, exc, stderr);
        return 2;
    }
    gc_push_root(ts, code);
    Value main = module_new(ts, in->names.__main__);
    in->main_module = main;
    Value globals = module_dict(main);
    dict_set_str(in, globals, in->names.__file__, fname);
    dict_set_str(in, in->modules, in->names.__main__, main);
    Value r = eval_module(ts, code, globals);
    gc_pop_roots(ts, 2);
    int status = 0;
    if (!r) status = report_exit(ts, err_fetch(ts));
    if (shutdown_threads(ts) < 0 && status == 0) status = report_exit(ts, err_fetch(ts));
    if (in->out && fflush(in->out) != 0 && status == 0) status = 1;
    sched_main_exit(ts->sched);
    return status;
}

/* os.path.abspath: CPython runs a script under its absolute path (3.9+), and
 * that is what tracebacks show. Lexical: "." and ".." are folded, symlinks
 * are not resolved. */
static char *absolute_path(const char *path)
{
    StrBuf sb;
    sb_init(&sb);
    if (path[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd)) sb_puts(&sb, cwd);
    }
    sb_putc(&sb, '/');
    sb_puts(&sb, path);
    char *in = xstrdup(sb.data);
    sb_free(&sb);
    /* fold the components */
    char *out = xmalloc(strlen(in) + 2);
    size_t n = 0;
    for (char *part = strtok(in, "/"); part; part = strtok(NULL, "/")) {
        if (strcmp(part, ".") == 0) continue;
        if (strcmp(part, "..") == 0) {
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
            continue;
        }
        out[n++] = '/';
        size_t len = strlen(part);
        memcpy(out + n, part, len);
        n += len;
    }
    if (n == 0) out[n++] = '/';
    out[n] = '\0';
    free(in);
    return out;
}

/* A source file that is not UTF-8 is refused before parsing, as CPython
 * does (PEP 263: gilsim knows no other encoding): false, and CPython's
 * message in msg. */
static bool utf8_source_ok(const char *buf, size_t len, const char *path, char *msg, size_t cap)
{
    if (utf8_valid(buf, len)) return true;
    size_t good = 0, line = 1, i = 0;
    while (i < len) {
        size_t step = 1;
        while (step <= 4 && i + step <= len && !utf8_valid(buf + i, step)) step++;
        if (step > 4 || i + step > len) break;
        for (size_t k = 0; k < step; k++) if (buf[i + k] == '\n') line++;
        i += step;
        good = i;
    }
    snprintf(msg, cap, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %zu, "
             "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
             (unsigned char)buf[good], path, line);
    return false;
}

char *interp_read_all(FILE *f, size_t limit, size_t *len, bool *too_big)
{
    size_t cap = limit < (1 << 16) ? limit + 1 : 1 << 16, n = 0, r;
    char *buf = xmalloc(cap + 1);
    *too_big = false;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n > limit) {
            *too_big = true;
            free(buf);
            return NULL;
        }
        if (n == cap) {
            /* grow to at most limit + 1: enough to tell "too big" */
            cap = cap > limit / 2 ? limit + 1 : cap * 2;
            buf = xrealloc(buf, cap + 1);
        }
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static bool check_utf8_source(const char *buf, size_t len, const char *path)
{
    char msg[PATH_MAX + 256];
    if (utf8_source_ok(buf, len, path, msg, sizeof msg)) return true;
    fprintf(stderr, "SyntaxError: %s\n", msg);
    return false;
}

/* The folder of a program file: its real path, as CPython's sys.path[0]. */
void interp_set_module_dir_of(Interp *in, const char *file)
{
    free(in->module_dir);
    in->module_dir = NULL;
    if (!file) return;
    char *copy = xstrdup(file);
    char *slash = strrchr(copy, '/');
    if (!slash) in->module_dir = realpath(".", NULL);
    else if (slash == copy) in->module_dir = realpath("/", NULL);
    else {
        *slash = '\0';
        in->module_dir = realpath(copy, NULL);
    }
    free(copy);
}

int interp_run_file(Interp *in, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gilsim: can't open file '%s': %s\n", path, strerror(errno));
        return 2;
    }
    /* A text longer than the heap limit could never be compiled in it; the
     * limit also ends an endless file (/dev/zero) with an error rather than
     * exhausting memory. */
    size_t limit = in->cfg.max_memory, len;
    bool too_big;
    char *buf = interp_read_all(f, limit, &len, &too_big);
    fclose(f);
    if (!buf) {
        if (too_big)
            fprintf(stderr, "gilsim: can't read file '%s': larger than the memory limit (%zu bytes, --max-memory)\n",
                    path, limit);
        else
            fprintf(stderr, "gilsim: can't read file '%s'\n", path);
        return 2;
    }
    char *abspath = absolute_path(path);
    interp_set_module_dir_of(in, abspath);
    int status = check_utf8_source(buf, len, abspath) ? interp_run_string(in, buf, len, abspath) : 2;
    free(abspath);
    free(buf);
    return status;
}

/* ---- lesson cells ---- */

static Value main_globals(Interp *in)
{
    if (!in->main_module) {
        ThreadState *ts = in->main_thread;
        Value main = module_new(ts, in->names.__main__);
        in->main_module = main;
        dict_set_str(in, in->modules, in->names.__main__, main);
    }
    return module_dict(in->main_module);
}

/* threading._shutdown without marking the main thread stopped: the next
 * cell still runs on it. Nothing to wait for if threading was never
 * imported. The workers of a ThreadPoolExecutor (the keys of
 * concurrent.futures._threads_queues) are left alone: they live until the
 * executor shuts down, across cells, as in a notebook kernel. */
static int join_cell_threads(ThreadState *ts)
{
    Value threading = dict_get_cstr(ts->interp->modules, "threading");
    if (!threading) return 0;
    Value enumerate = obj_getattr_cstr(ts, threading, "enumerate");
    Value main_thread = enumerate ? obj_getattr_cstr(ts, threading, "main_thread") : VAL_NULL;
    if (!main_thread) return -1;
    gc_push_root(ts, enumerate);
    gc_push_root(ts, main_thread);
    Value main = vm_call0(ts, main_thread);
    Value threads = main ? vm_call0(ts, enumerate) : VAL_NULL;
    gc_pop_roots(ts, 2);
    if (!threads) return -1;
    gc_push_root(ts, main);
    gc_push_root(ts, threads);
    Value futures = dict_get_cstr(ts->interp->modules, "concurrent.futures");
    Value workers = futures ? obj_getattr_cstr(ts, futures, "_threads_queues") : VAL_NULL;
    if (!workers) err_clear(ts);
    gc_push_root(ts, workers ? workers : VAL_NONE);
    int rc = 0;
    for (int64_t i = 0; rc == 0 && i < LIST(threads)->length; i++) {
        Value t = LIST(threads)->items[i];
        if (t == main) continue;
        if (workers) {
            int is_worker = obj_contains(ts, workers, t);
            if (is_worker < 0) { rc = -1; break; }
            if (is_worker) continue;
        }
        Value daemon = obj_getattr_cstr(ts, t, "daemon");
        int is_daemon = daemon ? obj_truthy(ts, daemon) : -1;
        if (is_daemon < 0) { rc = -1; break; }
        if (is_daemon) continue;
        Value join = obj_getattr_cstr(ts, t, "join");
        if (!join || !vm_call0(ts, join)) rc = -1;
    }
    gc_pop_roots(ts, 3);
    return rc;
}

int interp_run_cell(Interp *in, const char *source, size_t len, const char *filename,
                    int first_line)
{
    ThreadState *ts = in->main_thread;
    size_t pad = first_line > 1 ? (size_t)(first_line - 1) : 0;
    char *buf = xmalloc(pad + len + 1);
    memset(buf, '\n', pad);
    memcpy(buf + pad, source, len);
    buf[pad + len] = '\0';
    keep_program(in, buf, pad + len, filename);
    in->program_is_cell = true;
    Value fname = str_from_cstr(ts, filename);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, buf, pad + len, fname, PARSE_FILE);
    free(buf);
    if (!code) {
        gc_pop_roots(ts, 1);
        Value exc = err_fetch(ts);
        if (in->out) fflush(in->out);
        traceback_print(ts, exc, stderr);
        return 2;
    }
    gc_push_root(ts, code);
    Value r = eval_module(ts, code, main_globals(in));
    gc_pop_roots(ts, 2);
    int status = 0;
    if (!r) status = report_exit(ts, err_fetch(ts));
    if (join_cell_threads(ts) < 0) {
        int s = report_exit(ts, err_fetch(ts));
        if (status == 0) status = s;
    }
    if (in->out) fflush(in->out);
    fflush(stderr);
    return status;
}

int interp_end_cells(Interp *in)
{
    ThreadState *ts = in->main_thread;
    int status = 0;
    if (shutdown_threads(ts) < 0) status = report_exit(ts, err_fetch(ts));
    if (in->out && fflush(in->out) != 0 && status == 0) status = 1;
    sched_main_exit(ts->sched);
    return status;
}

/* ---- the REPL ---- */

int interp_run_interactive(Interp *in, const char *source, size_t len, const char *filename,
                           bool *exited)
{
    ThreadState *ts = in->main_thread;
    *exited = false;
    Value fname = str_from_cstr(ts, filename);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, source, len, fname, PARSE_SINGLE);
    int status = 0;
    if (!code) {
        status = 2;
        if (in->out) fflush(in->out);
        traceback_print(ts, err_fetch(ts), stderr);
    } else {
        gc_push_root(ts, code);
        Value r = eval_module(ts, code, main_globals(in));
        gc_pop_roots(ts, 1);
        if (!r) {
            Value exc = err_fetch(ts);
            *exited = exc_is_instance(exc, &exc_SystemExit);
            status = report_exit(ts, exc);
        }
    }
    gc_pop_roots(ts, 1);
    if (in->out) fflush(in->out);
    fflush(stderr);
    return status;
}

/* ---- imports ---- */

static Value find_source(Interp *in, const char *name)
{
    (void)in;
    for (const LibPySource *s = in->py_sources; s && s->name; s++)
        if (strcmp(s->name, name) == 0) return (Value)s;
    return VAL_NULL;
}

/* Runs embedded Python source as the body of `module`. */
static int exec_source(ThreadState *ts, Value module, const LibPySource *src)
{
    Value fname = str_printf(ts, "<gilsim>/%s.py", src->name);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, src->source, strlen(src->source), fname, PARSE_FILE);
    gc_pop_roots(ts, 1);
    if (!code) return -1;
    gc_push_root(ts, code);
    Value r = eval_module(ts, code, module_dict(module));
    gc_pop_roots(ts, 1);
    return r ? 0 : -1;
}

/* The top-level modules of CPython 3.11's standard library (its
 * sys.stdlib_module_names without the private ones), space-separated: a
 * missing module among them is reported as one gilsim lacks, not a typo. */
static const char cpython_stdlib[] =
    " abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb "
    "binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs "
    "codeop collections colorsys compileall concurrent configparser contextlib contextvars "
    "copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis "
    "distutils doctest email encodings enum errno faulthandler fcntl filecmp fileinput "
    "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib "
    "grp gzip hashlib heapq hmac html http imaplib imghdr imp importlib inspect io ipaddress "
    "itertools json keyword linecache locale logging lzma mailbox mailcap marshal math "
    "mimetypes mmap modulefinder multiprocessing netrc nis nntplib ntpath nturl2path numbers "
    "opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil "
    "platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile "
    "pyclbr pydoc pyexpat queue quopri random re readline reprlib resource rlcompleter runpy "
    "sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr "
    "socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat "
    "statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog "
    "tabnanny tarfile telnetlib tempfile termios textwrap threading time timeit tkinter "
    "token tokenize tomllib trace traceback tracemalloc tty turtle types typing unicodedata "
    "unittest urllib uu uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc "
    "zipapp zipfile zipimport zlib zoneinfo ";

static bool in_cpython_stdlib(const char *name)
{
    size_t n = strcspn(name, ".");
    for (const char *p = strstr(cpython_stdlib, " "); p; p = strchr(p + 1, ' '))
        if (strncmp(p + 1, name, n) == 0 && p[1 + n] == ' ')
            return true;
    return false;
}

/* ---- the program's own modules ----
 *
 * `import helper` finds helper.py in the program's folder (Interp.module_dir),
 * `import pkg.mod` pkg/mod.py under a pkg/__init__.py, as CPython's sys.path[0]
 * does, after gilsim's own modules (a program's queue.py does not hide
 * gilsim's queue, as it would CPython's). The sandbox: only a regular file
 * whose real path lies inside that folder is read (a symlink may point
 * within it, not out of it), a name is made of identifiers only (no '..',
 * no '/'), the text is at most OWN_MODULE_MAX bytes, and nothing is
 * written. The folder is gilsim's, never anything the program can change
 * (sys.path, __file__, __path__ are not consulted). */

#define OWN_MODULE_MAX (4u << 20)

struct ImportFrame { Value module; struct ImportFrame *prev; };

static bool is_identifier_part(const char *p, size_t n)
{
    if (n == 0 || n > 255 || !(p[0] == '_' || ((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z'))) return false;
    for (size_t i = 1; i < n; i++) {
        char c = p[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return false;
    }
    return true;
}

static bool is_gilsim_module(Interp *in, const char *name, size_t n)
{
    for (const NativeModuleDef *d = in->native_modules; d && d->name; d++)
        if (strlen(d->name) == n && memcmp(d->name, name, n) == 0) return true;
    for (const LibPySource *src = in->py_sources; src && src->name; src++)
        if (strlen(src->name) == n && memcmp(src->name, name, n) == 0) return true;
    return false;
}

/* Whether `path` is a regular file inside the module folder (its real path
 * under it); its size in *size. */
static bool sandboxed_file(Interp *in, const char *path, size_t *size)
{
    char *real = realpath(path, NULL);
    if (!real) return false;
    size_t dl = strlen(in->module_dir);
    bool inside = strncmp(real, in->module_dir, dl) == 0 && (real[dl] == '/' || in->module_dir[dl - 1] == '/');
    struct stat st;
    bool ok = inside && stat(real, &st) == 0 && S_ISREG(st.st_mode);
    if (ok) *size = (size_t)st.st_size;
    free(real);
    return ok;
}

/* The file of module `name` in the program's folder: its path (malloc'd),
 * and whether it is a package's __init__.py; NULL if there is none. */
static char *find_own_module(Interp *in, const char *name, bool *package)
{
    if (!in->module_dir) return NULL;
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, in->module_dir);
    size_t size;
    for (const char *p = name;;) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (!is_identifier_part(p, n) || (p == name && dot && is_gilsim_module(in, p, n))) break;
        if (sb.len && sb.data[sb.len - 1] != '/') sb_putc(&sb, '/');
        sb_append(&sb, p, n);
        size_t here = sb.len;
        sb_puts(&sb, "/__init__.py");
        bool is_pkg = sandboxed_file(in, sb.data, &size);
        if (!dot) {
            if (!is_pkg) {
                sb.len = here;
                sb_puts(&sb, ".py");
                if (!sandboxed_file(in, sb.data, &size)) break;
            }
            if (size > OWN_MODULE_MAX) break;
            *package = is_pkg;
            char *path = xstrdup(sb.data);
            sb_free(&sb);
            return path;
        }
        if (!is_pkg) break;          /* 'a' is a module, not a package: no 'a.b' */
        sb.len = here;
        sb.data[here] = '\0';
        p = dot + 1;
    }
    sb_free(&sb);
    return NULL;
}

/* Reads a file found by find_own_module: malloc'd text, or NULL with an
 * exception (OSError, SyntaxError for text that is not UTF-8). */
static char *read_own_module(ThreadState *ts, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_format(ts, &exc_OSError, "[Errno %d] %s: '%s'", errno, strerror(errno), path);
        return NULL;
    }
    size_t n;
    bool too_big;
    char *buf = interp_read_all(f, OWN_MODULE_MAX, &n, &too_big);
    fclose(f);
    if (!buf) {
        err_format(ts, &exc_OSError, "can't read '%s'", path);
        return NULL;
    }
    char msg[PATH_MAX + 256];
    if (!utf8_source_ok(buf, n, path, msg, sizeof msg)) {
        free(buf);
        err_format(ts, &exc_SyntaxError, "%s", msg);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Runs the program's module at `path` as the body of `module`. */
static int exec_own_module(ThreadState *ts, Value module, Value name, const char *path, bool package)
{
    Interp *in = ts->interp;
    size_t len;
    char *text = read_own_module(ts, path, &len);
    if (!text) return -1;
    Value md = module_dict(module);
    Value fname = str_from_cstr(ts, path);
    gc_push_root(ts, fname);
    int r = dict_set_str(in, md, in->names.__file__, fname);
    const char *cname = str_cstr(name);
    const char *dot = strrchr(cname, '.');
    Value pkg = package ? name : str_new(ts, cname, dot ? (size_t)(dot - cname) : 0);
    if (r == 0) r = dict_set_str(in, md, interp_intern_cstr(ts, "__package__"), pkg);
    if (r == 0 && package) {
        Value dir = str_new(ts, path, strlen(path) - strlen("/__init__.py"));
        gc_push_root(ts, dir);
        Value list = list_new_empty(ts, 1);
        gc_push_root(ts, list);
        list_append(ts, list, dir);
        r = dict_set_str(in, md, interp_intern_cstr(ts, "__path__"), list);
        gc_pop_roots(ts, 2);
    }
    Value code = r == 0 ? compile_source(ts, text, len, fname, PARSE_FILE) : VAL_NULL;
    free(text);
    if (!code) {
        gc_pop_roots(ts, 1);
        return -1;
    }
    gc_push_root(ts, code);
    Value res = eval_module(ts, code, md);
    gc_pop_roots(ts, 2);
    return res ? 0 : -1;
}

bool interp_module_initializing(Interp *in, Value module)
{
    for (struct ImportFrame *f = in->importing; f; f = f->prev)
        if (f->module == module) return true;
    return false;
}

static Value load_module(ThreadState *ts, Value name)
{
    Interp *in = ts->interp;
    const char *cname = str_cstr(name);
    const NativeModuleDef *native = NULL;
    for (const NativeModuleDef *d = in->native_modules; d && d->name; d++)
        if (strcmp(d->name, cname) == 0) native = d;
    const LibPySource *src = (const LibPySource *)find_source(in, cname);
    bool package = false;
    char *own = native || src ? NULL : find_own_module(in, cname, &package);
    if (!native && !src && !own) {
        if (in_cpython_stdlib(cname))
            return err_format(ts, &exc_ModuleNotFoundError,
                              "No module named '%s' (CPython's standard library has it; gilsim does not)",
                              cname);
        const char *dot = strrchr(cname, '.');
        if (dot) {
            /* CPython: "No module named 'a.b'; 'a' is not a package" */
            Value parent = dict_get_str(in->modules, str_new(ts, cname, (size_t)(dot - cname)));
            if (parent && val_is(parent, K_MODULE) && !dict_get_cstr(module_dict(parent), "__path__"))
                return err_format(ts, &exc_ModuleNotFoundError, "No module named '%s'; '%.*s' is not a package",
                                  cname, (int)(dot - cname), cname);
        }
        return err_format(ts, &exc_ModuleNotFoundError, "No module named '%s'", cname);
    }

    Value module = module_new(ts, name);
    gc_push_root(ts, module);
    /* Registered first, so that circular imports see the partial module. */
    int r = dict_set_str(in, in->modules, name, module);
    struct ImportFrame frame = {.module = module, .prev = in->importing};
    in->importing = &frame;
    if (r == 0 && native) r = native->init(ts, module);
    if (r == 0 && src) r = exec_source(ts, module, src);
    if (r == 0 && own) r = exec_own_module(ts, module, name, own, package);
    in->importing = frame.prev;
    free(own);
    gc_pop_roots(ts, 1);
    if (r < 0) {
        Value exc = err_fetch(ts);
        dict_del(ts, in->modules, name);
        err_restore(ts, exc);
        return VAL_NULL;
    }
    /* As CPython's import returns sys.modules[name]: a module may replace itself there. */
    Value m = dict_get_str(in->modules, name);
    return m ? m : module;
}

Value interp_import(ThreadState *ts, Value name)
{
    Interp *in = ts->interp;
    name = interp_intern(ts, name);
    Value m = dict_get_str(in->modules, name);
    if (m) return m;

    /* a.b.c: import the parents first, then bind the child on its parent. */
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    Value parent = VAL_NULL;
    if (dot) {
        Value pname = str_new(ts, s, (size_t)(dot - s));
        parent = interp_import(ts, pname);
        if (!parent) return VAL_NULL;
        m = dict_get_str(in->modules, name);   /* the parent may have imported it */
        if (m) return m;
    }
    gc_push_root(ts, parent);
    m = load_module(ts, name);
    if (m && parent) {
        Value child = interp_intern_cstr(ts, dot + 1);
        if (dict_set_str(in, module_dict(parent), child, m) < 0) m = VAL_NULL;
    }
    gc_pop_roots(ts, 1);
    return m;
}

Value interp_import_relative(ThreadState *ts, Value name, Value globals)
{
    Interp *in = ts->interp;
    const char *s = str_cstr(name);
    int level = 0;
    while (s[level] == '.') level++;
    const char *rest = s + level;
    Value package = globals ? dict_get_cstr(globals, "__package__") : VAL_NULL;
    StrBuf sb;
    sb_init(&sb);
    if (package && package != VAL_NONE) {
        if (!IS_STR(package)) return err_format(ts, &exc_TypeError, "package must be a string");
        sb_append_str(&sb, package);
    } else if (globals) {
        Value modname = dict_get_str(globals, in->names.__name__);
        if (modname && IS_STR(modname)) {
            const char *m = str_cstr(modname);
            if (dict_get_cstr(globals, "__path__")) sb_puts(&sb, m);
            else {
                const char *dot = strrchr(m, '.');
                if (dot) sb_append(&sb, m, (size_t)(dot - m));
            }
        }
    }
    if (sb.len == 0) {
        sb_free(&sb);
        return err_format(ts, &exc_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        char *dot = strrchr(sb.data, '.');
        if (!dot) {
            sb_free(&sb);
            return err_format(ts, &exc_ImportError, "attempted relative import beyond top-level package");
        }
        sb.len = (size_t)(dot - sb.data);
        *dot = '\0';
    }
    if (*rest) {
        sb_putc(&sb, '.');
        sb_puts(&sb, rest);
    }
    Value full = str_new(ts, sb.data, sb.len);
    sb_free(&sb);
    gc_push_root(ts, full);
    Value m = interp_import(ts, full);
    gc_pop_roots(ts, 1);
    return m;
}

/* ==== child interpreters (multiprocessing; lib/mpmod.c) ====
 * See interp.h. The set-up mirrors interp_new's, split at the point where the
 * child's own thread must take over. */

Interp *interp_new_child(Interp *parent, const char *name)
{
    Interp *in = xcalloc(1, sizeof *in);
    in->cfg = parent->cfg;
    in->cfg.sched = parent->sched;
    heap_init(&in->heap, parent->cfg.max_memory);
    atomic_init(&in->eval_breaker, 0);
    in->native_modules = parent->native_modules;
    in->py_sources = parent->py_sources;
    in->out = parent->out;
    in->in = NULL;     /* multiprocessing gives a child /dev/null as its stdin */
    in->output_events = parent->output_events;
    in->sched = parent->sched;
    in->owns_sched = false;
    in->process = sched_process_new(in->sched, name, &in->eval_breaker, BREAK_DROP_GIL);
    snprintf(in->process_name, sizeof in->process_name, "%s", name);
    if (parent->module_dir) in->module_dir = xstrdup(parent->module_dir);
    sched_process_set_pause_bit(in->process, BREAK_PAUSE);
    in->main_thread = interp_thread_new(in);
    if (parent->program_text) keep_program(in, parent->program_text, parent->program_len, parent->program_path);
    in->program_is_cell = parent->program_is_cell;
    return in;
}

void interp_child_attach(Interp *in, SchedThread *self)
{
    attach_main_thread(in, self);
}

int interp_child_finish(Interp *in, Value exc)
{
    ThreadState *ts = in->main_thread;
    int status = exc ? report_exit(ts, exc) : 0;
    if (shutdown_threads(ts) < 0 && status == 0) status = report_exit(ts, err_fetch(ts));
    if (in->out) fflush(in->out);
    return status;
}
