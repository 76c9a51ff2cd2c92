/* threadmod.c — the `_thread` module: starting threads and the lock types,
 * the layer CPython's threading.py is written on (and so is ours).
 *
 * Every blocking wait of the threading primitives ends up in one of these
 * locks, and every lock blocks through sched_block_claim/sched_wake: so the
 * GIL is released while waiting, a release hands the lock to a waiter that
 * takes it without the GIL (CPython's acquire_timed), timeouts use the
 * program clock, and a program in
 * which every thread waits is caught by the scheduler's deadlock check,
 * which names what each thread waits for — hence the `what` descriptions the
 * Python layer can give a lock ("Thread-1 (worker) to finish (join)").
 * A program's own locks are named by where they were created ("Lock created
 * at prog.py:3"): addresses would differ from run to run, and a sequential
 * number would count the many locks threading.py creates internally.
 */
#include "config.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

/* CPython's threading.TIMEOUT_MAX on 64-bit Linux. */
#define TIMEOUT_MAX_SECONDS 9223372036.0

/* ---- locks ---- */

/* The state is atomic: a waiter takes the lock without the GIL
 * (sched_block_claim), beside the GIL holder's own acquires and reads. */
typedef struct LockObj {
    Obj h;
    bool rlock;
    atomic_bool locked;
    _Atomic int64_t owner;  /* ident of the holder (RLock: owner; Lock: last acquirer) */
    _Atomic int64_t count;  /* RLock recursion depth */
    WaitQueue *waiters;
    bool described;         /* `what` came from the caller: do not add the holder */
    char what[200];         /* what a thread blocked on it waits for */
} LockObj;

#define LOCK(v) ((LockObj *)(v))

extern Type type_lock, type_rlock;

static void lock_finalize(Obj *o) { sched_waitq_free(((LockObj *)o)->waiters); }

/* Where the program is: the innermost frame outside gilsim's own Python
 * modules, as "FILE:LINE" (the file's base name: the same in every
 * directory, which golden tests need, and short enough to read). */
static void program_site(ThreadState *ts, char *buf, size_t n)
{
    for (Frame *f = ts->frame; f; f = f->prev) {
        const char *file = str_cstr(f->code->filename);
        if (strncmp(file, "<gilsim>/", 9) == 0) continue;
        int line = code_line_at(f->code, (int)(f->ip - f->code->code) - 1);
        const char *slash = strrchr(file, '/');
        snprintf(buf, n, "%s:%d", slash ? slash + 1 : file, line);
        return;
    }
    snprintf(buf, n, "?");
}

static Value lock_make(ThreadState *ts, Type *t, bool rlock, Value what)
{
    LockObj *l = gc_alloc(ts, t, sizeof(LockObj));
    l->rlock = rlock;
    if (what && IS_STR(what)) {
        snprintf(l->what, sizeof l->what, "%s", str_cstr(what));
        l->described = true;
    } else {
        char site[160];
        program_site(ts, site, sizeof site);
        snprintf(l->what, sizeof l->what, "%s created at %s", rlock ? "RLock" : "Lock", site);
    }
    l->waiters = sched_waitq_new(ts->interp->sched, l->what);
    return VAL(l);
}

static const char *thread_name_of(ThreadState *ts, int64_t ident)
{
    for (ThreadState *t = ts->interp->threads; t; t = t->next)
        if (t->ident == ident && t->sched) return sched_thread_name(t->sched);
    return NULL;
}

static int64_t now_ns(ThreadState *ts) { return sched_now(ts->interp->sched); }

/* A deadline `ns` from now, saturated (a timeout near TIMEOUT_MAX). */
static int64_t deadline_after(ThreadState *ts, int64_t ns)
{
    int64_t now = now_ns(ts);
    return ns > INT64_MAX - now ? INT64_MAX : now + ns;
}

/* Parses acquire(blocking=True, timeout=-1) into a deadline (-1: none, -2:
 * non-blocking), with the checks of CPython's lock_acquire_parse_args in
 * their order: the timeout is converted first (NaN, overflow, type), and
 * -1 s exactly (after rounding) means no timeout. */
static bool acquire_args(ThreadState *ts, int argc, Value *argv, Value kwnames, int64_t *deadline)
{
    static const char *const names[] = {"blocking", "timeout"};
    const int64_t unset = -1000000000;
    Value a[2];
    if (!args_bind(ts, "acquire", argc - 1, argv + 1, kwnames, 2, names, 0, 2, 0, a)) return false;
    int blocking = 1;
    if (a[0] && (blocking = obj_truthy(ts, a[0])) < 0) return false;
    int64_t timeout = unset;
    if (a[1] && !time_seconds_to_ns(ts, a[1], false, &timeout)) return false;
    if (!blocking && timeout != unset) {
        err_format(ts, &exc_ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (timeout < 0 && timeout != unset) {
        err_format(ts, &exc_ValueError, "timeout value must be positive");
        return false;
    }
    /* PY_TIMEOUT_MAX, in microseconds rounded up: LLONG_MAX / 1000. */
    if (blocking && timeout != unset && timeout / 1000 + (timeout % 1000 != 0) > INT64_MAX / 1000) {
        err_format(ts, &exc_OverflowError, "timeout value is too large");
        return false;
    }
    if (!blocking) *deadline = -2;
    else if (timeout == unset) *deadline = -1;
    else *deadline = deadline_after(ts, timeout);
    return true;
}

static bool lock_is_locked(LockObj *l) { return atomic_load(&l->locked); }
static int64_t lock_owner(LockObj *l) { return atomic_load_explicit(&l->owner, memory_order_relaxed); }
static int64_t lock_count(LockObj *l) { return atomic_load_explicit(&l->count, memory_order_relaxed); }
static void lock_set(LockObj *l, int64_t owner, int64_t count)
{
    atomic_store_explicit(&l->owner, owner, memory_order_relaxed);
    atomic_store_explicit(&l->count, count, memory_order_relaxed);
}

/* Whether the calling thread holds RLock l (only it can make this true). */
static bool rlock_mine(ThreadState *ts, LockObj *l) { return lock_is_locked(l) && lock_owner(l) == ts->ident; }

/* sched_block_claim's claim: take the lock if it is free. Runs with or
 * without the GIL (a woken waiter), so the test and the taking are one
 * atomic step. */
typedef struct LockClaim { LockObj *l; int64_t ident; } LockClaim;

static bool lock_claim(void *arg)
{
    LockClaim *c = arg;
    bool unlocked = false;
    if (!atomic_compare_exchange_strong(&c->l->locked, &unlocked, true)) return false;
    lock_set(c->l, c->ident, 1);
    return true;
}

/* Takes the lock, blocking as needed: as CPython's acquire_timed, a try with
 * the GIL held, then a wait with it released in which the lock is taken the
 * moment a release wakes us, the GIL only afterwards. 1 acquired, 0 not
 * (timeout or non-blocking), -1 error. */
static int lock_take(ThreadState *ts, LockObj *l, int64_t deadline)
{
    if (l->rlock && rlock_mine(ts, l)) {
        atomic_fetch_add_explicit(&l->count, 1, memory_order_relaxed);
        return 1;
    }
    LockClaim c = {l, ts->ident};
    if (lock_claim(&c)) return 1;
    if (deadline == -2) return 0;
    if (deadline >= 0 && now_ns(ts) >= deadline) return 0;
    int64_t owner = lock_owner(l);
    const char *holder = l->described ? NULL : thread_name_of(ts, owner);
    char what[sizeof l->what + 160];
    if (holder && owner == ts->ident)
        snprintf(what, sizeof what, "%s (already held by %s itself)", l->what, holder);
    else if (holder)
        snprintf(what, sizeof what, "%s (held by %s)", l->what, holder);
    else if (!l->described)
        snprintf(what, sizeof what, "%s (held by a thread that has ended)", l->what);
    else
        snprintf(what, sizeof what, "%s", l->what);
    sched_waitq_set_what(l->waiters, what);
    SchedWait r = sched_block_claim(ts->sched, l->waiters, deadline, lock_claim, &c);
    if (r == SCHED_DEADLOCK) {
        err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
        return -1;
    }
    return r == SCHED_WOKEN;
}

/* Frees the lock, then wakes one waiter, which takes it if nobody (this
 * thread included) has taken it again by the time it runs. */
static void lock_give(LockObj *l)
{
    lock_set(l, l->rlock ? 0 : lock_owner(l), 0);
    atomic_store(&l->locked, false);
    sched_wake(l->waiters, 1);
}

static Value lock_acquire(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int64_t deadline;
    if (!acquire_args(ts, argc, argv, kwnames, &deadline)) return VAL_NULL;
    int r = lock_take(ts, LOCK(argv[0]), deadline);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value lock_release(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "release", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    LockObj *l = LOCK(argv[0]);
    if (l->rlock) {
        if (!rlock_mine(ts, l))
            return err_format(ts, &exc_RuntimeError, "cannot release un-acquired lock");
        if (atomic_fetch_sub_explicit(&l->count, 1, memory_order_relaxed) > 1) return VAL_NONE;
    } else if (!lock_is_locked(l)) {
        return err_format(ts, &exc_RuntimeError, "release unlocked lock");
    }
    lock_give(l);
    return VAL_NONE;
}

static Value lock_enter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int r = lock_take(ts, LOCK(argv[0]), -1);
    return r < 0 ? VAL_NULL : VAL_TRUE;
}

static Value lock_exit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value self[1] = {argv[0]};
    return lock_release(ts, 1, self, VAL_NULL);
}

static Value lock_locked(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "locked", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return val_bool(lock_is_locked(LOCK(argv[0])));
}

static Value lock_repr(ThreadState *ts, Value self)
{
    LockObj *l = LOCK(self);
    bool locked = lock_is_locked(l);
    if (l->rlock)
        return str_printf(ts, "<%s _thread.RLock object owner=%lld count=%lld at %p>",
                          locked ? "locked" : "unlocked", (long long)(locked ? lock_owner(l) : 0),
                          (long long)lock_count(l), (void *)l);
    return str_printf(ts, "<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", (void *)l);
}

/* RLock internals used by threading.Condition (as CPython's are). */
static Value rlock_is_owned(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return val_bool(rlock_mine(ts, LOCK(argv[0])));
}

static Value rlock_release_save(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    LockObj *l = LOCK(argv[0]);
    if (!rlock_mine(ts, l))
        return err_format(ts, &exc_RuntimeError, "cannot release un-acquired lock");
    Value state = tuple_pack(ts, 2, int_from_i64(ts, lock_count(l)), int_from_i64(ts, lock_owner(l)));
    lock_give(l);
    return state;
}

static Value rlock_acquire_restore(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_acquire_restore", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    LockObj *l = LOCK(argv[0]);
    Value state = argv[1];
    int64_t count, owner;
    if (!IS_TUPLE(state) || TUPLE(state)->length != 2 || !val_is_int(TUPLE(state)->items[0]) ||
        !val_is_int(TUPLE(state)->items[1]) || !int_to_i64(TUPLE(state)->items[0], &count) ||
        !int_to_i64(TUPLE(state)->items[1], &owner))
        return err_format(ts, &exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    if (lock_take(ts, l, -1) < 0) return VAL_NULL;
    lock_set(l, owner, count);
    return VAL_NONE;
}

static Value lock_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"what"};
    Value a[1];
    if (!args_bind(ts, t->name, argc, argv, kwnames, 1, names, 0, 1, 0, a)) return VAL_NULL;
    return lock_make(ts, t, t == &type_rlock, a[0]);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0},
    {"acquire_lock", lock_acquire, 0},
    {"release", lock_release, 0},
    {"release_lock", lock_release, 0},
    {"locked", lock_locked, 0},
    {"locked_lock", lock_locked, 0},
    {"__enter__", lock_enter, 0},
    {"__exit__", lock_exit, 0},
    {NULL, NULL, 0},
};

static const MethodDef rlock_methods[] = {
    {"acquire", lock_acquire, 0},
    {"release", lock_release, 0},
    {"__enter__", lock_enter, 0},
    {"__exit__", lock_exit, 0},
    {"_is_owned", rlock_is_owned, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {NULL, NULL, 0},
};

Type type_lock = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_thread.lock",
    .layout = K_OPAQUE,
    .instance_size = sizeof(LockObj),
    .methods = lock_methods,
    .tp_new = lock_new,
    .tp_repr = lock_repr,
    .finalize = lock_finalize,
};

Type type_rlock = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_thread.RLock",
    .layout = K_OPAQUE,
    .instance_size = sizeof(LockObj),
    .methods = rlock_methods,
    .tp_new = lock_new,
    .tp_repr = lock_repr,
    .finalize = lock_finalize,
};

/* ---- threads ---- */

/* The new thread's function, args and kwargs wait on its own root stack. */
static void thread_entry(SchedThread *st, void *arg)
{
    ThreadState *ts = arg;
    Value func = ts->roots[0], args = ts->roots[1], kwargs = ts->roots[2];
    Value r = VAL_NULL;
    obj_mark_c_stack(ts);

    int64_t npos = TUPLE(args)->length;
    int64_t nkw = kwargs && kwargs != VAL_NONE ? dict_len(kwargs) : 0;
    Value *argv = xmalloc((size_t)(npos + nkw + 1) * sizeof(Value));
    for (int64_t i = 0; i < npos; i++) argv[i] = TUPLE(args)->items[i];
    Value kwnames = VAL_NULL;
    if (nkw) {
        kwnames = tuple_new(ts, nkw);
        gc_push_root(ts, kwnames);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE(kwnames)->items[i] = k;
            argv[npos + i++] = v;
        }
    }
    r = vm_call(ts, func, (int)(npos + nkw), argv, kwnames);
    free(argv);

    if (!r && !err_matches(ts, &exc_SystemExit)) {
        Value exc = err_fetch(ts);
        gc_push_root(ts, exc);
        Value fr = obj_repr(ts, func);
        if (ts->interp->out) fflush(ts->interp->out);
        fprintf(stderr, "Exception ignored in thread started by: %s\n", fr ? str_cstr(fr) : "?");
        err_clear(ts);
        traceback_print(ts, exc, stderr);
    }
    err_clear(ts);
    ts->nroots = 0;
    interp_thread_free(ts);
    sched_thread_exit(st);
}

static Value thread_start_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, NULL, NULL, "name"};
    Value a[4];
    if (!args_bind(ts, "start_new_thread", argc, argv, kwnames, 4, names, 3, 3, 2, a)) return VAL_NULL;
    if (!obj_callable(a[0])) return err_format(ts, &exc_TypeError, "first arg must be callable");
    if (!IS_TUPLE(a[1])) return err_format(ts, &exc_TypeError, "2nd arg must be a tuple");
    if (a[2] && a[2] != VAL_NONE && !IS_DICT(a[2]))
        return err_format(ts, &exc_TypeError, "optional 3rd arg must be a dictionary");

    Interp *in = ts->interp;
    char name[128];
    if (a[3] && IS_STR(a[3])) snprintf(name, sizeof name, "%s", str_cstr(a[3]));
    else snprintf(name, sizeof name, "Thread-%d", ++in->nthreads_started);

    ThreadState *child = interp_thread_new(in);
    gc_push_root(child, a[0]);
    gc_push_root(child, a[1]);
    gc_push_root(child, a[2] ? a[2] : VAL_NONE);
    child->sched = sched_thread_start(ts->sched, name, child, thread_entry, child);
    if (!child->sched) {
        interp_thread_free(child);
        return err_format(ts, &exc_RuntimeError, "can't start new thread");
    }
    child->budget = sched_budget(child->sched);
    return int_from_i64(ts, child->ident);
}

static Value thread_get_ident(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "get_ident", argc, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, ts->ident);
}

static Value thread_get_native_id(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "get_native_id", argc, kwnames, 0, 0)) return VAL_NULL;
    /* Like a Linux tid: the process id plus the lane. */
    return int_from_i64(ts, 4242 + (ts->sched ? sched_thread_id(ts->sched) : 0));
}

static Value thread_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_count", argc, kwnames, 0, 0)) return VAL_NULL;
    int n = -1;   /* the main thread does not count */
    for (ThreadState *t = ts->interp->threads; t; t = t->next) n++;
    return int_from_i64(ts, n);
}

static Value thread_allocate_lock(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return lock_new(ts, &type_lock, argc, argv, kwnames);
}

/* set_name(name): the timeline and deadlock reports follow Thread.name. */
static Value thread_set_name(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_set_name", argc, kwnames, 2, 2)) return VAL_NULL;
    int64_t ident;
    if (!val_is_int(argv[0]) || !int_to_i64(argv[0], &ident) || !IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "_set_name(ident, name)");
    for (ThreadState *t = ts->interp->threads; t; t = t->next)
        if (t->ident == ident && t->sched) sched_thread_set_name(t->sched, str_cstr(argv[1]));
    return VAL_NONE;
}

/* _site(): where the program is ("FILE:LINE"), for naming what it creates. */
static Value thread_site(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_site", argc, kwnames, 0, 0)) return VAL_NULL;
    char site[160];
    program_site(ts, site, sizeof site);
    return str_from_cstr(ts, site);
}

/* _timeout_ns(seconds) -> ns rounded up, or CPython's error for NaN,
 * overflow or a wrong type: what _queue.SimpleQueue.get checks first. */
static Value thread_timeout_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_timeout_ns", argc, kwnames, 1, 1)) return VAL_NULL;
    int64_t ns;
    if (!time_seconds_to_ns(ts, argv[0], true, &ns)) return VAL_NULL;
    return int_from_i64(ts, ns);
}

/* Prints an exception's traceback to stderr (threading.excepthook's work). */
static Value thread_print_exception(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_print_exception", argc, kwnames, 1, 1)) return VAL_NULL;
    if (ts->interp->out) fflush(ts->interp->out);
    traceback_print(ts, argv[0], stderr);
    return VAL_NONE;
}


/* Sets the eval breaker's signal bit: the main thread handles it at its
 * next switch point (interp_handle_breaker, which runs signal._dispatch). */
static void signal_main(ThreadState *ts)
{
    atomic_fetch_or_explicit(&ts->interp->eval_breaker, (unsigned)BREAK_SIGNAL,
                             memory_order_relaxed);
}

/* _signal_main(): signal.py's half of a signal sent from another thread. */
static Value thread_signal_main(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_signal_main", argc, kwnames, 0, 0)) return VAL_NULL;
    signal_main(ts);
    return VAL_NONE;
}

/* interrupt_main(signum=SIGINT): as if the signal had arrived; the main
 * thread runs its handler (by default: KeyboardInterrupt). A signal that
 * Python does not handle (SIG_DFL, SIG_IGN) does nothing, as in CPython. */
static Value thread_interrupt_main(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "interrupt_main", argc, kwnames, 0, 1)) return VAL_NULL;
    int64_t signum = 2;
    if (argc == 1) {
        /* CPython's "|i" conversion, then the range check */
        if (!val_is_int(argv[0]))
            return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              val_type_name(argv[0]));
        if (!int_to_i64(argv[0], &signum))
            return err_format(ts, &exc_OverflowError, "Python int too large to convert to C long");
        if (signum > INT32_MAX)
            return err_format(ts, &exc_OverflowError, "signed integer is greater than maximum");
        if (signum < INT32_MIN)
            return err_format(ts, &exc_OverflowError, "signed integer is less than minimum");
        if (signum < 1 || signum >= 65)
            return err_format(ts, &exc_ValueError, "signal number out of range");
    }
    Value signal = dict_get_cstr(ts->interp->modules, "signal");
    if (signal) {
        Value fn = obj_getattr_cstr(ts, signal, "_interrupt");
        if (!fn) return VAL_NULL;
        gc_push_root(ts, fn);
        Value n = int_from_i64(ts, signum);
        Value r = n ? vm_call1(ts, fn, n) : VAL_NULL;
        gc_pop_roots(ts, 1);
        return r ? VAL_NONE : VAL_NULL;
    }
    if (signum == 2) signal_main(ts);
    return VAL_NONE;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new, 0},
    {"start_new", thread_start_new, 0},
    {"get_ident", thread_get_ident, 0},
    {"get_native_id", thread_get_native_id, 0},
    {"_count", thread_count, 0},
    {"allocate_lock", thread_allocate_lock, 0},
    {"allocate", thread_allocate_lock, 0},
    {"_set_name", thread_set_name, 0},
    {"_print_exception", thread_print_exception, 0},
    {"_site", thread_site, 0},
    {"_timeout_ns", thread_timeout_ns, 0},
    {"interrupt_main", thread_interrupt_main, 0},
    {"_signal_main", thread_signal_main, 0},
    {NULL, NULL, 0},
};

void threadmod_types_init(void)
{
    type_ready(&type_lock);
    type_ready(&type_rlock);
}

int threadmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, thread_functions) < 0) return -1;
    if (module_add_value(ts, module, "LockType", VAL(&type_lock)) < 0) return -1;
    if (module_add_value(ts, module, "lock", VAL(&type_lock)) < 0) return -1;
    if (module_add_value(ts, module, "RLock", VAL(&type_rlock)) < 0) return -1;
    if (module_add_value(ts, module, "error", VAL(&exc_RuntimeError)) < 0) return -1;
    if (module_add_value(ts, module, "TIMEOUT_MAX", float_new(ts, TIMEOUT_MAX_SECONDS)) < 0) return -1;
    return 0;
}
