/* interp.h — an interpreter and its threads.
 *
 * All interpreter state hangs off Interp (one per simulated process) and
 * ThreadState (one per Python thread); there is no mutable global state, so
 * several interpreters can coexist. The eval loop polls one eval-breaker word
 * at its check points (function entry, backward jumps, after calls to
 * builtins — CPython 3.11's; or
 * CPython 3.9's or 3.10's, as the version profile or --switch-points says,
 * or every instruction); anything that needs the running thread's attention —
 * a GC request, a GIL drop request, a pending signal — sets a bit there and
 * interp_handle_breaker does the work.
 */
#ifndef GILSIM_INTERP_H
#define GILSIM_INTERP_H

#include <stdatomic.h>
#include <stdio.h>

#include "vm/object.h"
#include "vm/gc.h"
#include "sched/sched.h"

typedef struct InterpConfig {
    int64_t switch_interval_ns;  /* default 5000000 */
    int switch_points;           /* CheckPoints (sched/profile.h); CHECKS_PROFILE: the profile's */
    /* The CPython version profile the run's scheduler is made with (NULL:
     * 3.11). Running code reads the scheduler's (sched_profile), never this. */
    const PyProfile *python;
    int gil_off;                 /* 1 off, 0 on, -1: as the profile (3.13t: off); read it
                                    through interp_config_gil_off */
    int cores;
    uint64_t seed;
    int backend_real;
    size_t max_memory;           /* bytes */
    int recursion_limit;         /* default 1000 */
    const char *const *argv;     /* sys.argv: argv[0] = script path */
    int argc;
    Sched *sched;                /* the run's scheduler (shared by processes); NULL: the interpreter makes its own */
    int ranks;                   /* --ranks: mpi4py's COMM_WORLD size (0: not under mpiexec, size 1) */
} InterpConfig;

void interp_config_default(InterpConfig *cfg);
/* Whether the run has no GIL: --gil if given, else the profile's. */
bool interp_config_gil_off(const InterpConfig *cfg);
/* A SchedConfig (after sched_config_default) with cfg's settings: switch
 * interval, backend, GIL, cores, seed and profile. */
void interp_sched_config(const InterpConfig *cfg, SchedConfig *sc);

/* eval-breaker bits */
enum {
    BREAK_GC = 1,            /* the heap passed its threshold */
    BREAK_DROP_GIL = 2,      /* another thread asked for the GIL */
    BREAK_SIGNAL = 4,        /* a signal (SIGINT) is pending */
    BREAK_MEMORY = 8,        /* over the memory cap */
    BREAK_PAUSE = 16,        /* the live view paused the run (sched_pause, real backend) */
};

/* A module written in C: fills `module` (a ModuleObj) with its attributes. */
typedef int (*ModuleInitFn)(ThreadState *ts, Value module);
typedef struct NativeModuleDef { const char *name; ModuleInitFn init; } NativeModuleDef;

/* Common interned names, made once per interpreter (interp.c). */
#define INTERP_NAMES(X) \
    X(__init__) X(__new__) X(__name__) X(__qualname__) X(__module__) X(__main__) X(__dict__) \
    X(__class__) X(__doc__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__getitem__) X(__setitem__) \
    X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__) X(__enter__) X(__exit__) \
    X(__getattr__) X(__setattr__) X(__delattr__) X(__format__) X(__index__) X(__int__) \
    X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__builtins__) \
    X(__build_class__) X(__import__) X(__file__) X(args) X(self) X(__all__)

typedef struct Frame Frame;      /* eval.h */

struct ThreadState {
    Interp *interp;
    ThreadState *next;           /* the interpreter's list of threads */
    Value exc;                   /* the exception being raised, or VAL_NULL */
    Value handled_exc;           /* the exception being handled (for `raise` and __context__), or VAL_NULL */
    Frame *frame;                /* innermost Python frame */
    /* The data stack where this thread's frames live (eval.c): the top of
     * the current chunk's used part, the chunk's end, and the chunk. */
    Value *datastack_top, *datastack_limit;
    struct StackChunk *datastack_chunk;
    int py_depth;                /* Python call depth, for RecursionError */
    int c_depth;                 /* nested C -> Python re-entries and C recursion levels */
    uintptr_t c_stack_limit;     /* the C stack may grow down to this address before RecursionError
                                    (abstract.c: obj_mark_c_stack); 0: not yet marked */
    Value *roots; int nroots, roots_cap;   /* gc_push_root stack */
    Value *repr_active; int nrepr_active, repr_active_cap;   /* objects being repr'd (list.c: [...] for cycles) */
    Value thread_obj;            /* the threading.Thread object, when there is one */
    int64_t ident;               /* threading.get_ident() */
    SchedThread *sched;          /* this thread in the scheduler */
    int64_t *budget;             /* = sched_budget(sched): the eval loop charges costs here */
    /* Set while a simulated JIT-compiled function runs (numbamod.c): costs
     * go to it instead of the scheduler, and check points do not switch. */
    struct NativeMeter *meter;
};

/* What running code would have cost (numbamod.c): `budget` stands in for
 * the scheduler's (ts->budget points at it), `native_ns` sums the native
 * work (gilsim.cpu) met meanwhile; the code's native cost is the
 * interpreted one divided by `speedup`, plus native_ns. */
typedef struct NativeMeter {
    int64_t budget;
    int64_t native_ns;
    double speedup;              /* interpreted cost / this = native cost */
} NativeMeter;

struct Interp {
    InterpConfig cfg;
    Heap heap;
    atomic_uint eval_breaker;    /* BREAK_* bits */
    ThreadState *threads;        /* all live threads; main first */
    ThreadState *main_thread;
    Value modules;               /* dict: name -> module (sys.modules) */
    Value builtins;              /* the builtins module's dict */
    Value interned;              /* dict: str -> the interned str */
    Value main_module;
    const NativeModuleDef *native_modules;   /* NULL-terminated, set by the library layer */
    const void *py_sources;      /* lib/pymodules.h LibPySource[], set by the library layer */
    FILE *out;                   /* where print() writes (stdout) */
    FILE *in;                    /* where input() reads (stdin), or NULL: none */
    bool output_events;          /* print() and sys.stdout.write also record EV_OUTPUT
                                    (the live view shows output from the event log) */
    uint64_t next_ident;
    int nthreads_started;        /* for Thread-N names */
    uint32_t hash_serial;        /* identity hashes (object.c): deterministic, not addresses */
    struct {
#define INTERP_NAME_FIELD(n) Value n;
        INTERP_NAMES(INTERP_NAME_FIELD)
#undef INTERP_NAME_FIELD
    } names;
    Sched *sched;                /* the run's scheduler */
    bool owns_sched;             /* made by interp_new (and its event log) */
    SchedProcess *process;       /* this interpreter in the scheduler: its GIL */
    /* multiprocessing (lib/mpmod.c; see "child interpreters" below) */
    int64_t pid, ppid;           /* os.getpid(), os.getppid(); 0: the defaults */
    void *mp;                    /* mpmod's per-process state, or NULL */
    void (*lib_cleanup)(Interp *in);   /* frees library state (mp), called by interp_free */
    /* The program, as gilsim read it (interp_run_string): its text and the
     * name it runs under (interp_run_file: the absolute path of the file it
     * read). What a program may read is decided from these, never from
     * state Python can write (__file__, sys.argv, sys.modules):
     * multiprocessing's spawn runs this text again in a child. Child
     * interpreters inherit them. NULL: no program (lesson cells, the REPL). */
    char *program_text;
    size_t program_len;
    char *program_path;
    /* How many times program_text was set (each lesson cell sets it to
     * its own text, padded to its lines in the lesson): mpi4py starts its
     * ranks once per program or cell. */
    int program_serial;
    /* program_text is a lesson cell's (interp_run_cell): multiprocessing's
     * spawn does not re-run it (the cell alone is no program); mpi4py's
     * ranks do. */
    bool program_is_cell;
    /* The folder the program's own modules are imported from (`import
     * helper` finds helper.py there, see interp.c "the program's own
     * modules"): the real path of the program's folder, set by
     * interp_run_file or interp_set_module_dir_of, inherited by child
     * interpreters; NULL: none (interp_run_string, the REPL). */
    char *module_dir;
    struct ImportFrame *importing;   /* modules whose body runs now, innermost first */
    char process_name[64];           /* the simulated process ("MainProcess", a child's name) */
};

/* The library layer registers itself (native modules and embedded Python
 * sources) before interpreters are made; see lib/lib.h. */
void interp_set_library(const NativeModuleDef *native_modules, const void *py_sources,
                        int (*install_builtins)(ThreadState *ts, Value builtins_dict));

Interp *interp_new(const InterpConfig *cfg);
ThreadState *interp_main_thread(Interp *in);
/* A new thread state, linked into the interpreter (its GC roots count from
 * now on), not yet attached to a scheduler thread. */
ThreadState *interp_thread_new(Interp *in);
/* Unlinks and frees a thread state whose thread has finished. */
void interp_thread_free(ThreadState *ts);
/* Runs a file as __main__; prints an uncaught exception's traceback. Returns
 * the process exit status (0, 1 uncaught exception, 2 syntax error, or the
 * SystemExit code). */
int interp_run_file(Interp *in, const char *path);
/* Reads the rest of f into a NUL-terminated buffer (the caller frees it).
 * NULL on a read error, or with *too_big set when f holds more than limit
 * bytes: an endless file (/dev/zero, a pipe) ends with an error, never with
 * memory exhausted. */
char *interp_read_all(FILE *f, size_t limit, size_t *len, bool *too_big);
/* The program's own modules are read from the folder of `file` (its real
 * path is taken; NULL: none). interp_run_file does it for the program; the
 * lesson runner for the lesson file. */
void interp_set_module_dir_of(Interp *in, const char *file);
/* Runs source text as __main__ (used by tests and the lesson runner). */
int interp_run_string(Interp *in, const char *source, size_t len, const char *filename);
/* Frees the interpreter, unless daemon threads are still parked in the
 * scheduler (then the process is about to end anyway): returns whether it did. */
bool interp_free(Interp *in);
/* Lesson cells (src/lesson/runner.c), run like a notebook's: every cell in
 * the same __main__ globals (made on the first call). The source is compiled
 * as if it started at line first_line of filename, so tracebacks name the
 * lesson's lines. An uncaught exception's traceback is printed to stderr and
 * the run goes on; then the cell waits for the non-daemon threads it left
 * running, so that a cell's output and timeline are its own. Returns 0, 1
 * (an uncaught exception), 2 (a syntax error) or a SystemExit code. */
int interp_run_cell(Interp *in, const char *source, size_t len, const char *filename,
                    int first_line);
/* After the last cell: waits for the remaining non-daemon threads and ends
 * the main thread's lane (the clock stops). Returns 0 or 1. */
int interp_end_cells(Interp *in);
/* The REPL (ui/repl.c): one interactive statement, compiled in single mode
 * (expression values echoed through print, as CPython's REPL does) and run
 * in __main__'s globals (shared with interp_run_cell). Threads it starts
 * keep existing between calls. An uncaught exception's traceback goes to
 * stderr and the session goes on. Returns 0, 1 (an exception), 2 (a syntax
 * error); on SystemExit, sets *exited and returns the exit status. */
int interp_run_interactive(Interp *in, const char *source, size_t len, const char *filename,
                           bool *exited);

/* ---- child interpreters (multiprocessing, lib/mpmod.c) ----
 * A simulated process is another Interp sharing the parent's Sched (so one
 * clock and one event log) with its own heap, modules and GIL. It is made in
 * two steps because only the child's own pthread may run its code:
 * interp_new_child (in the parent, which holds the baton) makes the Interp,
 * registers the process with the scheduler and a main ThreadState not yet
 * attached; the caller then starts that thread with sched_thread_start_in,
 * and the entry function calls interp_child_attach first (builtins, interned
 * names) and interp_child_finish last (reports an uncaught exception, waits
 * for the child's non-daemon threads, returns the exit status). */
Interp *interp_new_child(Interp *parent, const char *name);
void interp_child_attach(Interp *child, SchedThread *self);
/* exc: the exception that ended the child's main code, or VAL_NULL. */
int interp_child_finish(Interp *child, Value exc);

/* The deadlock report's body: a line per live thread of the run saying
 * what it waits for; with several processes alive, whose thread it is
 * ("MainThread in Process-1": every process has a MainThread). */
void interp_report_waiting(Sched *s, FILE *f);

/* Called by the eval loop when the eval breaker is non-zero, at a check point
 * where the GC may run. Returns -1 if an exception was raised (MemoryError,
 * KeyboardInterrupt). */
int interp_handle_breaker(ThreadState *ts);

/* Import a module by (dotted) name: sys.modules, then native modules, then
 * embedded Python sources. */
Value interp_import(ThreadState *ts, Value name);
/* A relative import (name: its dots, then the module, as the compiler
 * writes `from ..a import b`), resolved against the importing module's
 * __package__ (else its __name__), as CPython's importlib does. */
Value interp_import_relative(ThreadState *ts, Value name, Value globals);
/* Whether module's body is running now (an import under way: a circular
 * import sees it partly made). */
bool interp_module_initializing(Interp *in, Value module);
/* Make a module object with __name__ set (not registered). */
Value module_new(ThreadState *ts, Value name);
/* Adds a native function to a module's dict (defs NULL-terminated). */
int module_add_functions(ThreadState *ts, Value module, const MethodDef *defs);
int module_add_value(ThreadState *ts, Value module, const char *name, Value v);

/* Charges `ns` of virtual time to the running thread for work done in C (a
 * builtin's per-element cost, vm/cost.h). The clock catches up at the eval
 * loop's next instruction, where switching threads is safe. */
static inline void vm_charge(ThreadState *ts, int64_t ns) { if (ts->budget) *ts->budget -= ns; }

/* Intern a string: the same str object for the same text in one interpreter. */
Value interp_intern(ThreadState *ts, Value s);
Value interp_intern_cstr(ThreadState *ts, const char *s);

#endif
