/* mpmod.c — `_multiprocessing`: the C core of gilsim's simulated processes,
 * on which multiprocessing.py and concurrent.futures' ProcessPoolExecutor
 * are written.
 *
 * A simulated process is a child interpreter (interp_new_child): its own
 * heap, modules, globals and GIL, sharing the run's scheduler, so that its
 * threads run in parallel with the other processes' in virtual time (up to
 * --cores). Start methods (see multiprocessing.py): fork, the default — the
 * child's __main__ is a copy of the parent's taken at start() (snapshot_main)
 * — or spawn: the child re-runs the main script as __mp_main__. Then it
 * calls the target it was sent.
 *
 * What spawn re-runs is the program's text as gilsim read it at start-up
 * (Interp.program_text), never a file named by __file__: that attribute
 * (like sys.argv or __main__.__spec__) is the program's to change, and the
 * sandbox lets a program read no file but itself. __file__ only decides,
 * as in CPython, whether there is a script to re-run at all.
 *
 * Nothing is shared between heaps. Whatever crosses — a target and its
 * arguments, a queue message, a result — is serialised here into a byte
 * buffer, as pickle would (by value for data; by module and qualified name
 * for functions and classes, looked up in the receiving process), and
 * rebuilt in the receiver's heap. Both sides are charged for every byte (a
 * pickling cost), and objects CPython cannot pickle fail with CPython's
 * errors. Channels (the queues and pipes of multiprocessing.py) live in C
 * memory, reference-counted by the wrappers each process holds; a channel
 * sent to a child crosses as a reference.
 *
 * Synchronisation. On the real backend processes run truly in parallel, each
 * under its own GIL, so whatever two processes share — a channel, a process
 * handle, the pid counter — is guarded here, not by a GIL: reference counts,
 * a channel's message count and a process's exit status are atomics; a
 * channel's message list is under its MpLock (a futex-style mutex whose slow
 * path waits through the scheduler, held only for a few pointer moves, never
 * across a scheduler call, so on the virtual backend it is never contended).
 * Waiting for another process uses sched_block_unless, whose test runs where
 * no wake-up can be missed. The same code runs on the virtual backend, where
 * the baton orders everything anyway.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/class.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/parse.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* Virtual costs. Pickling and unpickling run at some hundreds of MB/s in
 * CPython (a few ns per byte each way, pipe included); a message through a
 * pipe costs a system call and a wake-up; a spawned child pays for a fresh
 * interpreter and its imports before it runs the main script. A forked
 * child is charged the same for now (the lessons' timings rest on it),
 * though a real fork starts faster. */
#define MP_COST_BYTE_NS 4
#define MP_COST_MESSAGE_NS 10000
#define MP_COST_SPAWN_PARENT_NS 1000000    /* fork+exec of the child, in the parent */
#define MP_COST_CHILD_START_NS 15000000    /* interpreter start-up in the child */
#define MP_ROOT_PID 4242                   /* osmod's simulated pid of the first process */

/* ---- byte buffers ---- */

/* free: bytes not charged as pickling (the module source and file name a function sent
 * by put_by_value carries, where cloudpickle would send its code object). */
typedef struct MpBuf { char *data; size_t len, cap, free; } MpBuf;

static void buf_put(MpBuf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void buf_u8(MpBuf *b, uint8_t c) { buf_put(b, &c, 1); }
static void buf_i64(MpBuf *b, int64_t i) { buf_put(b, &i, sizeof i); }
static void buf_bytes(MpBuf *b, const char *p, size_t n)
{
    buf_i64(b, (int64_t)n);
    buf_put(b, p, n);
}
static void buf_free(MpBuf *b) { free(b->data); b->data = NULL; b->len = b->cap = b->free = 0; }

/* ---- a lock between processes ---- */

/* Drepper's futex mutex, with the scheduler as the futex: 0 free, 1 held,
 * 2 held with (possible) waiters. */
typedef struct MpLock {
    atomic_int state;
    WaitQueue *waiters;
} MpLock;

typedef struct MpLockTry { MpLock *l; bool got; } MpLockTry;

/* Under the scheduler's queue lock: take the lock, or mark it contended so
 * that its holder wakes us when it lets go. */
static bool mplock_ready(void *arg)
{
    MpLockTry *lt = arg;
    for (;;) {
        int v = atomic_load(&lt->l->state);
        if (v == 0) {
            if (atomic_compare_exchange_weak(&lt->l->state, &v, 2)) return lt->got = true;
        } else if (v == 2 || atomic_compare_exchange_weak(&lt->l->state, &v, 2)) {
            return false;
        }
    }
}

static void mplock_acquire(ThreadState *ts, MpLock *l)
{
    int v = 0;
    if (atomic_compare_exchange_strong(&l->state, &v, 1)) return;
    MpLockTry lt = {.l = l};
    while (!lt.got) sched_block_unless(ts->sched, l->waiters, -1, mplock_ready, &lt);
}

static void mplock_release(MpLock *l)
{
    if (atomic_exchange(&l->state, 0) == 2) sched_wake(l->waiters, 1);
}

/* ---- channels ---- */

typedef struct MpMsg { struct MpMsg *next; MpBuf buf; int64_t sent_ns; } MpMsg;

typedef struct MpChan {
    atomic_int refs;
    MpLock lock;             /* head, tail */
    MpMsg *head, *tail;
    atomic_llong count;      /* changed under lock; read anywhere */
    WaitQueue *readers;
    /* A pipe's end of file (see "pipe writers" below): the holds on it of
     * processes that may still write, and messages in flight that carry
     * one. Only channels that ever had a Writer (pipe) see EOF. */
    atomic_int writers;
    atomic_bool pipe;
} MpChan;

static MpChan *chan_new(Sched *s, const char *what)
{
    MpChan *c = xcalloc(1, sizeof *c);
    atomic_init(&c->refs, 1);
    atomic_init(&c->count, 0);
    atomic_init(&c->writers, 0);
    atomic_init(&c->pipe, false);
    atomic_init(&c->lock.state, 0);
    c->lock.waiters = sched_waitq_new(s, "Channel lock");
    c->readers = sched_waitq_new(s, what);
    return c;
}

static void msgs_free(MpMsg *m)
{
    for (MpMsg *next; m; m = next) {
        next = m->next;
        buf_free(&m->buf);
        free(m);
    }
}

static void chan_decref(MpChan *c)
{
    if (atomic_fetch_sub(&c->refs, 1) > 1) return;
    msgs_free(c->head);
    sched_waitq_free(c->readers);
    sched_waitq_free(c->lock.waiters);
    free(c);
}

extern Type type_mp_channel, type_mp_process;

static MpChan *chan_of(Value v) { return ((OpaqueObj *)v)->data; }

static void channel_finalize(Obj *o)
{
    MpChan *c = ((OpaqueObj *)o)->data;
    if (c) chan_decref(c);
}

static Value channel_wrap(ThreadState *ts, MpChan *c)
{
    OpaqueObj *o = gc_alloc(ts, &type_mp_channel, sizeof(OpaqueObj));
    o->dict = VAL_NULL;
    o->data = c;
    return VAL(o);
}

/* ---- per-process state ---- */

typedef struct MpShared { atomic_llong next_pid; } MpShared;

#define MP_RUNNING INT_MIN   /* MpProc.status while the process runs */

typedef struct MpChild MpChild;

typedef struct MpProc {
    atomic_int refs;        /* the parent's wrapper and the running child */
    int64_t pid;
    atomic_int status;      /* the exit code once ended, else MP_RUNNING */
    WaitQueue *joiners;
    MpBuf prep, payload;
    char *main_file;        /* fork: the parent's __main__.__file__ (a value, never opened), or NULL */
    bool fork;              /* started by fork: __main__ comes from the snapshot */
    bool rerun;             /* spawn: the child runs the program's text again (Interp.program_text) */
    MpBuf snapshot;         /* fork, or a spawn without a script: the parent's __main__ (snapshot_main) */
    Interp *child;
    SchedProcess *sproc;    /* the child's process in the scheduler (lives as long as it) */
    MpChild *record;        /* the parent's record of the child */
    bool reaped;            /* the parent has seen it end (Popen.returncode is set) */
    bool as_main;           /* an MPI rank: the program's text runs again as __main__ */
    int64_t start_ns;       /* the child's start-up (MP_COST_CHILD_START_NS; subprocess: an exec) */
} MpProc;

/* A child interpreter, as its parent remembers it: freed with the parent
 * once the child's thread is done with it (`done`), else left to the end
 * of the process (a daemon child that still runs). */
struct MpChild {
    Interp *interp;
    atomic_bool done;
    MpChild *next;
};

/* A process's hold on a pipe channel: it may write there while it holds
 * it (as a process holds a pipe's write end open while it has its file
 * descriptor). `count`: the Writer objects of this process for it that are
 * not closed; a forked child inherits its parent's holds with a count of
 * 0 (its copies of the parent's connections come later, or never). */
typedef struct MpHold { MpChan *chan; int count; bool held; } MpHold;

typedef struct MpState {
    MpShared *shared;
    MpProc *self;           /* NULL in the first process */
    MpChild *children;
    MpHold *holds;
    size_t nholds, capholds;
} MpState;

static void holds_release_all(MpState *st);

static void mp_cleanup(Interp *in)
{
    MpState *st = in->mp;
    if (!st) return;
    MpChild *c = st->children;
    while (c) {
        MpChild *next = c->next;
        if (atomic_load(&c->done)) {
            interp_free(c->interp);
            free(c);
        }
        c = next;
    }
    if (!st->self) free(st->shared);   /* the first process owns the shared counter */
    holds_release_all(st);
    free(st->holds);
    free(st);
    in->mp = NULL;
}

static MpState *mp_state(Interp *in)
{
    if (!in->mp) {
        MpState *st = xcalloc(1, sizeof *st);
        st->shared = xcalloc(1, sizeof *st->shared);
        atomic_init(&st->shared->next_pid, (in->pid ? in->pid : MP_ROOT_PID) + 1);
        in->mp = st;
        in->lib_cleanup = mp_cleanup;
    }
    return in->mp;
}

/* ---- pipe writers ----
 *
 * A Connection that can send holds a Writer for the channel it sends on.
 * The channel counts the processes that hold it (MpHold) plus the messages
 * in flight that carry a Writer (a Connection sent to a spawned child, or
 * through a queue); when that count falls to 0 after the channel had
 * writers, a reader finds the end of file: recv() raises EOFError, as
 * CPython's does once every copy of the write end is closed. A process
 * lets go of its hold when it closes its last Writer there, or when it
 * ends. */

typedef struct MpWriter { MpChan *chan; bool closed; } MpWriter;

extern Type type_mp_writer;

static MpHold *hold_find(MpState *st, MpChan *c)
{
    for (size_t i = 0; i < st->nholds; i++)
        if (st->holds[i].chan == c) return &st->holds[i];
    return NULL;
}

static MpHold *hold_add(MpState *st, MpChan *c)
{
    if (st->nholds == st->capholds) {
        st->capholds = st->capholds ? 2 * st->capholds : 8;
        st->holds = xrealloc(st->holds, st->capholds * sizeof *st->holds);
    }
    atomic_fetch_add(&c->refs, 1);
    MpHold *h = &st->holds[st->nholds++];
    *h = (MpHold){.chan = c};
    return h;
}

/* One hold on c's writers less (a process's, or a message's in flight). */
static void writers_drop(MpChan *c)
{
    if (atomic_fetch_sub(&c->writers, 1) == 1) sched_wake(c->readers, -1);
}

static void holds_release_all(MpState *st)
{
    for (size_t i = 0; i < st->nholds; i++) {
        MpHold *h = &st->holds[i];
        if (h->held) writers_drop(h->chan);
        h->held = false;
        chan_decref(h->chan);
    }
    st->nholds = 0;
}

/* A new Writer for c in this process. inflight: it takes over the hold a
 * message carried (else it makes its own, if the process has none). */
static Value writer_new(ThreadState *ts, MpChan *c, bool inflight)
{
    MpState *st = mp_state(ts->interp);
    MpHold *h = hold_find(st, c);
    if (!h) h = hold_add(st, c);
    if (h->held) {
        if (inflight) writers_drop(c);
    } else {
        if (!inflight) atomic_fetch_add(&c->writers, 1);
        h->held = true;
    }
    h->count++;
    atomic_store(&c->pipe, true);
    atomic_fetch_add(&c->refs, 1);
    MpWriter *w = xcalloc(1, sizeof *w);
    w->chan = c;
    OpaqueObj *o = gc_alloc(ts, &type_mp_writer, sizeof(OpaqueObj));
    o->dict = VAL_NULL;
    o->data = w;
    return VAL(o);
}

static void writer_finalize(Obj *o)
{
    MpWriter *w = ((OpaqueObj *)o)->data;
    if (!w) return;
    chan_decref(w->chan);
    free(w);
}

/* close(): this process's Writer closes; its hold goes with the last one. */
static Value writer_close(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "close", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpWriter *w = ((OpaqueObj *)argv[0])->data;
    if (w->closed) return VAL_NONE;
    w->closed = true;
    MpHold *h = hold_find(mp_state(ts->interp), w->chan);
    if (h && h->count > 0 && --h->count == 0 && h->held) {
        h->held = false;
        writers_drop(w->chan);
    }
    return VAL_NONE;
}

static const MethodDef writer_methods[] = {
    {"close", writer_close, 0},
    {NULL, NULL, 0},
};

Type type_mp_writer = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_multiprocessing.Writer",
    .layout = K_OPAQUE,
    .instance_size = sizeof(OpaqueObj),
    .methods = writer_methods,
    .finalize = writer_finalize,
};

/* A forked child starts holding what its parent holds (fork copies every
 * open file descriptor). */
static void holds_inherit(MpState *parent, MpState *child)
{
    for (size_t i = 0; i < parent->nholds; i++) {
        if (!parent->holds[i].held) continue;
        MpHold *h = hold_add(child, parent->holds[i].chan);
        atomic_fetch_add(&h->chan->writers, 1);
        h->held = true;
    }
}

static void proc_decref(MpProc *p)
{
    if (atomic_fetch_sub(&p->refs, 1) > 1) return;
    buf_free(&p->prep);
    buf_free(&p->payload);
    buf_free(&p->snapshot);
    free(p->main_file);
    sched_waitq_free(p->joiners);
    free(p);
}

/* ---- serialising ---- */

enum {
    T_NONE = 'N', T_TRUE = 'T', T_FALSE = 'F', T_INT = 'i', T_BIGINT = 'I', T_FLOAT = 'f',
    T_STR = 's', T_TUPLE = '(', T_LIST = '[', T_DICT = '{', T_SET = 'S', T_FROZENSET = 'Z',
    T_GLOBAL = 'G',      /* module, qualname: a function, class or built-in */
    T_INSTANCE = 'O',    /* class (a T_GLOBAL), __dict__ (a dict or None) */
    T_EXC = 'E',         /* class, args, __dict__ */
    T_METHOD = 'M',      /* self, name */
    T_CHANNEL = 'C',     /* an MpChan * (one reference travels with the message) */
    T_MEMO = 'P',        /* index of an object seen before */
    T_FUNCVAL = 'L',     /* fork only: a function by value (see dump_function_value) */
    T_LOCK = 'K',        /* fork only: a lock, made anew (0) or an RLock (1) */
    T_WRITER = 'W',      /* an MpChan *, then 1 if the message carries a hold (pipe writers) */
};

typedef struct Dumper {
    ThreadState *ts;
    MpBuf *b;
    Value *keys;          /* memo: open addressing, object -> index */
    int64_t *vals;
    size_t cap, n;
    MpChan **chans;       /* channels whose reference the buffer took (given back on failure) */
    size_t nchans;
    MpChan **held;        /* channels whose writers a message's hold counts (given back on failure) */
    size_t nheld;
    bool fork;            /* a fork's copy: functions pickle cannot name go by value */
    bool inherit;         /* to a child being started: what only inheritance may share goes too */
    bool funcval;         /* put_by_value: functions pickle cannot name go by value (nothing else of fork) */
} Dumper;

/* dumps_raw's flags */
enum { DUMP_FORK = 1, DUMP_INHERIT = 2, DUMP_FUNCVAL = 4 };

static int64_t memo_find(Dumper *d, Value v)
{
    if (!d->cap) return -1;
    size_t i = (size_t)(v >> 4) & (d->cap - 1);
    while (d->keys[i]) {
        if (d->keys[i] == v) return d->vals[i];
        i = (i + 1) & (d->cap - 1);
    }
    return -1;
}

static void memo_add(Dumper *d, Value v)
{
    if ((d->n + 1) * 2 > d->cap) {
        size_t old = d->cap;
        Value *ok = d->keys;
        int64_t *ov = d->vals;
        d->cap = old ? old * 2 : 64;
        d->keys = xcalloc(d->cap, sizeof *d->keys);
        d->vals = xcalloc(d->cap, sizeof *d->vals);
        for (size_t j = 0; j < old; j++) {
            if (!ok[j]) continue;
            size_t i = (size_t)(ok[j] >> 4) & (d->cap - 1);
            while (d->keys[i]) i = (i + 1) & (d->cap - 1);
            d->keys[i] = ok[j];
            d->vals[i] = ov[j];
        }
        free(ok);
        free(ov);
    }
    size_t i = (size_t)(v >> 4) & (d->cap - 1);
    while (d->keys[i]) i = (i + 1) & (d->cap - 1);
    d->keys[i] = v;
    d->vals[i] = (int64_t)d->n++;
}

static Value pickling_error_type(ThreadState *ts)
{
    Value m = dict_get_cstr(ts->interp->modules, "_multiprocessing");
    Value t = m ? dict_get_cstr(module_dict(m), "PicklingError") : VAL_NULL;
    return t && IS_TYPE(t) ? t : VAL(&exc_RuntimeError);
}

static bool dump(Dumper *d, Value v);

/* The module object a module name stands for in this process (the main
 * script is __main__ in the parent and __mp_main__ in a spawned child). */
static Value module_by_name(ThreadState *ts, Value name, bool import)
{
    Interp *in = ts->interp;
    if (str_eq_cstr(name, "__main__") || str_eq_cstr(name, "__mp_main__"))
        return dict_get_cstr(in->modules, "__main__");
    Value m = dict_get_str(in->modules, name);
    if (m || !import) return m;
    m = interp_import(ts, name);
    if (!m) err_clear(ts);
    return m;
}

/* A function or class by reference, checked as pickle's save_global does. */
static bool dump_global(Dumper *d, Value obj, Value module, Value qualname)
{
    ThreadState *ts = d->ts;
    if (!module || !IS_STR(module)) module = ts->interp->names.__main__;
    if (!qualname || !IS_STR(qualname)) {
        err_format(ts, &exc_TypeError, "cannot pickle '%s' object", val_type_name(obj));
        return false;
    }
    const char *q = str_cstr(qualname);
    if (strstr(q, "<locals>")) {
        err_format(ts, &exc_AttributeError, "Can't pickle local object '%s'", q);
        return false;
    }
    Value found = module_by_name(ts, module, false);
    char part[256];
    const char *p = q;
    while (found && *p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (n >= sizeof part) n = sizeof part - 1;
        memcpy(part, p, n);
        part[n] = '\0';
        Value a = obj_lookup_attr(ts, found, interp_intern_cstr(ts, part));
        if (!a) err_clear(ts);
        found = a;
        p = dot ? dot + 1 : p + n;
    }
    if (!found || found != obj) {
        Value r = obj_repr(ts, obj);
        if (!r) return false;
        if (!found)
            err_format(ts, (Type *)pickling_error_type(ts), "Can't pickle %s: attribute lookup %s on %s failed",
                       str_cstr(r), q, str_cstr(module));
        else
            err_format(ts, (Type *)pickling_error_type(ts), "Can't pickle %s: it's not the same object as %s.%s",
                       str_cstr(r), str_cstr(module), q);
        return false;
    }
    buf_u8(d->b, T_GLOBAL);
    buf_bytes(d->b, str_cstr(module), (size_t)STR(module)->size);
    buf_bytes(d->b, q, (size_t)STR(qualname)->size);
    return true;
}

static bool dump_class(Dumper *d, Value cls)
{
    ThreadState *ts = d->ts;
    Value module = obj_lookup_attr(ts, cls, ts->interp->names.__module__);
    if (!module) {
        if (err_occurred(ts)) err_clear(ts);
        module = str_from_cstr(ts, "builtins");
    }
    gc_push_root(d->ts, module);
    Value qualname = obj_lookup_attr(ts, cls, ts->interp->names.__qualname__);
    if (!qualname && err_occurred(ts)) err_clear(ts);
    bool ok = dump_global(d, cls, module, qualname);
    gc_pop_roots(d->ts, 1);
    return ok;
}

/* A built-in function: found by identity in builtins or a loaded module. */
static bool dump_native(Dumper *d, Value v)
{
    ThreadState *ts = d->ts;
    NativeObj *f = (NativeObj *)v;
    if (f->self && !val_is(f->self, K_MODULE) && d->fork) {
        /* a bound built-in method (a Condition's lock.acquire): its object
         * and name, as for a bound method */
        buf_u8(d->b, T_METHOD);
        if (!dump(d, f->self)) return false;
        buf_bytes(d->b, f->def->name, strlen(f->def->name));
        return true;
    }
    if (f->self && !val_is(f->self, K_MODULE)) {
        err_format(ts, &exc_TypeError, "cannot pickle 'builtin_function_or_method' object");
        return false;
    }
    Value name = str_from_cstr(ts, f->def->name);
    gc_push_root(ts, name);
    Value modname = VAL_NULL;
    if (dict_get_str(ts->interp->builtins, name) == v) {
        modname = str_from_cstr(ts, "builtins");
    } else {
        int64_t pos = 0;
        Value k, m;
        while (dict_next(ts->interp->modules, &pos, &k, &m))
            if (val_is(m, K_MODULE) && dict_get_str(module_dict(m), name) == v) { modname = k; break; }
    }
    bool ok;
    if (!modname) {
        err_format(ts, &exc_TypeError, "cannot pickle 'builtin_function_or_method' object");
        ok = false;
    } else {
        gc_push_root(ts, modname);
        ok = dump_global(d, v, modname, name);
        gc_pop_roots(ts, 1);
    }
    gc_pop_roots(ts, 1);
    return ok;
}

/* Under fork the child gets the parent's memory, functions included, so a
 * target that pickle cannot name (a lambda, a nested function) still
 * arrives. Here such a function crosses by value: the source it was
 * compiled from and where its code sits in it (qualified name, first line,
 * length), its module, defaults and the contents of its closure. The child
 * compiles the source again and takes the code object at the same place:
 * the same code the fork would have copied. */
static bool dump_function_value(Dumper *d, Value fn)
{
    ThreadState *ts = d->ts;
    FunctionObj *f = FUNC(fn);
    CodeObj *co = CODE(f->code);
    Value modname = f->globals ? dict_get_str(f->globals, ts->interp->names.__name__) : VAL_NULL;
    if (!co->source || !IS_STR(co->source) || !IS_STR(co->filename) || !IS_STR(co->qualname)
        || !modname || !IS_STR(modname)) {
        err_format(ts, &exc_TypeError, "cannot pickle 'function' object");
        return false;
    }
    memo_add(d, fn);
    MpBuf *b = d->b;
    buf_u8(b, T_FUNCVAL);
    buf_bytes(b, str_cstr(co->source), (size_t)STR(co->source)->size);
    if (d->funcval && !d->fork) b->free += (size_t)STR(co->source)->size;
    buf_bytes(b, str_cstr(co->filename), (size_t)STR(co->filename)->size);
    /* nor the file's name: the directory a program runs from must not move its times */
    if (d->funcval && !d->fork) b->free += (size_t)STR(co->filename)->size;
    buf_bytes(b, str_cstr(co->qualname), (size_t)STR(co->qualname)->size);
    buf_i64(b, co->firstlineno);
    buf_i64(b, co->ncode);
    buf_bytes(b, str_cstr(modname), (size_t)STR(modname)->size);
    if (!dump(d, f->defaults ? f->defaults : VAL_NONE) || !dump(d, f->kwdefaults ? f->kwdefaults : VAL_NONE))
        return false;
    int64_t n = f->closure ? TUPLE(f->closure)->length : 0;
    buf_i64(b, n);
    for (int64_t i = 0; i < n; i++) {
        Value x = CELL(TUPLE(f->closure)->items[i])->value;
        buf_u8(b, x ? 1 : 0);
        if (x && !dump(d, x)) return false;
    }
    return true;
}

static bool dump_items(Dumper *d, const Value *items, int64_t n)
{
    buf_i64(d->b, n);
    for (int64_t i = 0; i < n; i++)
        if (!dump(d, items[i])) return false;
    return true;
}

static bool dump(Dumper *d, Value v)
{
    ThreadState *ts = d->ts;
    MpBuf *b = d->b;
    if (v == VAL_NONE) { buf_u8(b, T_NONE); return true; }
    if (v == VAL_TRUE) { buf_u8(b, T_TRUE); return true; }
    if (v == VAL_FALSE) { buf_u8(b, T_FALSE); return true; }
    if (val_is_smallint(v)) {
        buf_u8(b, T_INT);
        buf_i64(b, val_smallint(v));
        return true;
    }
    int kind = OBJ(v)->kind;
    if (kind == K_INT) {
        Value s = int_to_base_str(ts, v, 10, false);
        if (!s) return false;
        buf_u8(b, T_BIGINT);
        buf_bytes(b, str_cstr(s), (size_t)STR(s)->size);
        return true;
    }
    if (kind == K_FLOAT) {
        double x = float_value(v);
        buf_u8(b, T_FLOAT);
        buf_put(b, &x, sizeof x);
        return true;
    }
    if (kind == K_STR) {
        buf_u8(b, T_STR);
        buf_bytes(b, str_cstr(v), (size_t)STR(v)->size);
        return true;
    }
    int64_t seen = memo_find(d, v);
    if (seen >= 0) {
        buf_u8(b, T_MEMO);
        buf_i64(b, seen);
        return true;
    }
    if (!obj_enter_recursive_call(ts, " while pickling an object"))   /* as pickle's save() */
        return false;
    bool ok = true;
    switch (kind) {
    case K_TUPLE:
        memo_add(d, v);
        buf_u8(b, T_TUPLE);
        ok = dump_items(d, TUPLE(v)->items, TUPLE(v)->length);
        break;
    case K_LIST:
        memo_add(d, v);
        buf_u8(b, T_LIST);
        ok = dump_items(d, LIST(v)->items, LIST(v)->length);
        break;
    case K_DICT: {
        memo_add(d, v);
        buf_u8(b, T_DICT);
        buf_i64(b, dict_len(v));
        int64_t pos = 0;
        Value k, x;
        while (ok && dict_next(v, &pos, &k, &x)) ok = dump(d, k) && dump(d, x);
        break;
    }
    case K_SET:
    case K_FROZENSET: {
        memo_add(d, v);
        buf_u8(b, kind == K_SET ? T_SET : T_FROZENSET);
        buf_i64(b, set_len(v));
        int64_t pos = 0;
        Value k;
        while (ok && set_next(v, &pos, &k)) ok = dump(d, k);
        break;
    }
    case K_FUNCTION:
        ok = dump_global(d, v, FUNC(v)->module, FUNC(v)->qualname);
        if (!ok && (d->fork || d->funcval)) {
            err_clear(ts);
            ok = dump_function_value(d, v);
        }
        break;
    case K_TYPE:
        ok = dump_class(d, v);
        break;
    case K_NATIVE:
        ok = dump_native(d, v);
        break;
    case K_BOUND_METHOD: {
        Value fn = BOUND(v)->func;
        if (!val_is(fn, K_FUNCTION)) {
            err_format(ts, &exc_TypeError, "cannot pickle '%s' object", val_type_name(v));
            ok = false;
            break;
        }
        buf_u8(b, T_METHOD);
        ok = dump(d, BOUND(v)->self);
        buf_bytes(b, str_cstr(FUNC(fn)->name), (size_t)STR(FUNC(fn)->name)->size);
        break;
    }
    case K_INSTANCE:
        if (!(val_type(v)->tflags & TF_HEAP)) {
            err_format(ts, &exc_TypeError, "cannot pickle '%s' object", val_type_name(v));
            ok = false;
            break;
        }
    {
        /* multiprocessing's queues and locks go to a child only as it
         * starts (CPython's SemLock and Queue refuse to pickle later); the
         * class names what CPython's error names. A Manager's (None
         * there) go anywhere, and so do the locks inside them. */
        bool inherit = d->inherit;
        if (!inherit) {
            Value only = obj_lookup_attr(ts, VAL(val_type(v)), interp_intern_cstr(ts, "_mp_inherit_only"));
            if (!only) err_clear(ts);
            if (only && IS_STR(only)) {
                err_format(ts, &exc_RuntimeError,
                           "%s objects should only be shared between processes through inheritance",
                           str_cstr(only));
                ok = false;
                break;
            }
            if (only == VAL_NONE) d->inherit = true;
        }
        memo_add(d, v);
        buf_u8(b, T_INSTANCE);
        ok = dump_class(d, VAL(val_type(v)));
        if (ok) {
            Value dict = ((InstanceObj *)v)->dict;
            ok = dump(d, dict ? dict : VAL_NONE);
        }
        d->inherit = inherit;
        break;
    }
    case K_EXCEPTION: {
        ExcObj *e = (ExcObj *)v;
        memo_add(d, v);
        buf_u8(b, T_EXC);
        ok = dump_class(d, VAL(val_type(v))) && dump(d, e->args) && dump(d, e->dict ? e->dict : VAL_NONE);
        break;
    }
    case K_OPAQUE:
        if (val_type(v) == &type_mp_channel) {
            MpChan *c = chan_of(v);
            atomic_fetch_add(&c->refs, 1);
            d->chans = xrealloc(d->chans, (d->nchans + 1) * sizeof *d->chans);
            d->chans[d->nchans++] = c;
            buf_u8(b, T_CHANNEL);
            buf_put(b, &c, sizeof c);
            break;
        }
        if (val_type(v) == &type_mp_writer) {
            /* Under fork the child holds what the parent holds already
             * (holds_inherit); otherwise the message carries a hold. */
            MpWriter *w = ((OpaqueObj *)v)->data;
            if (w->closed) {
                err_format(ts, &exc_OSError, "handle is closed");
                ok = false;
                break;
            }
            memo_add(d, v);
            atomic_fetch_add(&w->chan->refs, 1);
            d->chans = xrealloc(d->chans, (d->nchans + 1) * sizeof *d->chans);
            d->chans[d->nchans++] = w->chan;
            buf_u8(b, T_WRITER);
            buf_put(b, &w->chan, sizeof w->chan);
            buf_u8(b, !d->fork);
            if (!d->fork) {
                atomic_fetch_add(&w->chan->writers, 1);
                d->held = xrealloc(d->held, (d->nheld + 1) * sizeof *d->held);
                d->held[d->nheld++] = w->chan;
            }
            break;
        }
        if (d->fork && (strcmp(val_type_name(v), "_thread.lock") == 0 || strcmp(val_type_name(v), "_thread.RLock") == 0)) {
            /* The child's copy of a lock is a new, unlocked one: a lock
             * held by another thread of the parent would never be
             * released there (no such thread exists after a fork). */
            memo_add(d, v);
            buf_u8(b, T_LOCK);
            buf_u8(b, strcmp(val_type_name(v), "_thread.RLock") == 0);
            break;
        }
        /* fall through */
    default:
        err_format(ts, &exc_TypeError, "cannot pickle '%s' object", val_type_name(v));
        ok = false;
    }
    obj_leave_recursive_call(ts);
    return ok;
}

/* Serialises v into out (nothing charged); out is emptied on failure.
 * fork: a fork's copy (dump_function_value). */
static bool dumps_raw(ThreadState *ts, Value v, MpBuf *out, int flags)
{
    Dumper d = {.ts = ts, .b = out, .fork = flags & DUMP_FORK, .inherit = flags & DUMP_INHERIT,
                .funcval = flags & DUMP_FUNCVAL};
    bool ok = dump(&d, v);
    free(d.keys);
    free(d.vals);
    if (!ok) {
        /* A failure after a channel went in (a RecursionError further on):
         * the buffer is dropped, and the references it held with it. */
        for (size_t i = 0; i < d.nheld; i++) writers_drop(d.held[i]);
        for (size_t i = 0; i < d.nchans; i++) chan_decref(d.chans[i]);
        buf_free(out);
    }
    free(d.chans);
    free(d.held);
    return ok;
}

/* Serialises v into out; charges the pickling cost. */
static bool mp_dumps(ThreadState *ts, Value v, MpBuf *out, int flags)
{
    bool ok = dumps_raw(ts, v, out, flags);
    if (ok) vm_charge(ts, (int64_t)(out->len - out->free) * MP_COST_BYTE_NS);
    return ok;
}

/* ---- rebuilding ---- */

typedef struct Loader {
    ThreadState *ts;
    const char *p, *end;
    Value memo;           /* list: every container made so far (and the GC root of all of them) */
} Loader;

static bool take(Loader *l, void *out, size_t n)
{
    if ((size_t)(l->end - l->p) < n) return false;
    memcpy(out, l->p, n);
    l->p += n;
    return true;
}

static Value load(Loader *l);

static int64_t memo_reserve(Loader *l)
{
    list_append(l->ts, l->memo, VAL_NONE);
    return LIST(l->memo)->length - 1;
}

static Value load_str(Loader *l)
{
    int64_t n;
    if (!take(l, &n, sizeof n) || n < 0 || l->end - l->p < n) return VAL_NULL;
    Value s = str_new(l->ts, l->p, (size_t)n);
    l->p += n;
    return s;
}

static Value load_global(Loader *l)
{
    ThreadState *ts = l->ts;
    Value module = load_str(l);
    if (!module) return VAL_NULL;
    gc_push_root(ts, module);
    Value qualname = load_str(l);
    if (!qualname) { gc_pop_roots(ts, 1); return VAL_NULL; }
    gc_push_root(ts, qualname);
    Value obj = module_by_name(ts, module, true);
    const char *q = str_cstr(qualname);
    const char *p = q;
    Value modobj = obj;
    gc_push_root(ts, modobj ? modobj : VAL_NONE);
    char part[256];
    while (obj && *p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (n >= sizeof part) n = sizeof part - 1;
        memcpy(part, p, n);
        part[n] = '\0';
        Value a = obj_lookup_attr(ts, obj, interp_intern_cstr(ts, part));
        if (!a) err_clear(ts);
        obj = a;
        p = dot ? dot + 1 : p + n;
    }
    if (!obj) {
        if (!modobj) {
            err_format(ts, &exc_ModuleNotFoundError, "No module named '%s'", str_cstr(module));
        } else {
            /* pickle names the module it looked in: in a spawned child,
             * __main__ is <module '__mp_main__' from '/path/script.py'>. */
            Value r = obj_repr(ts, modobj);
            if (r) err_format(ts, &exc_AttributeError, "Can't get attribute '%s' on %s", q, str_cstr(r));
        }
    }
    gc_pop_roots(ts, 3);
    return obj;
}

/* The code object in code's tree (itself or nested in its constants) with
 * that qualified name, first line and length, or NULL. */
static Value find_code(Value code, const char *qualname, size_t qlen, int64_t line, int64_t ncode)
{
    CodeObj *co = CODE(code);
    if (co->firstlineno == line && co->ncode == ncode && IS_STR(co->qualname)
        && (size_t)STR(co->qualname)->size == qlen && memcmp(str_cstr(co->qualname), qualname, qlen) == 0)
        return code;
    Value consts = co->consts;
    for (int64_t i = 0; consts && i < TUPLE(consts)->length; i++) {
        Value c = TUPLE(consts)->items[i];
        if (!val_is_obj(c) || !val_is(c, K_CODE)) continue;
        Value r = find_code(c, qualname, qlen, line, ncode);
        if (r) return r;
    }
    return VAL_NULL;
}

/* A function dump_function_value sent: its code compiled again from its
 * source, its globals those of its module here. */
static Value load_function_value(Loader *l)
{
    ThreadState *ts = l->ts;
    int64_t slot = memo_reserve(l), line, ncode;
    Value source = load_str(l);
    if (!source) return VAL_NULL;
    gc_push_root(ts, source);
    Value filename = load_str(l);
    if (!filename) { gc_pop_roots(ts, 1); return VAL_NULL; }
    gc_push_root(ts, filename);
    Value qualname = load_str(l);
    if (!qualname) { gc_pop_roots(ts, 2); return VAL_NULL; }
    gc_push_root(ts, qualname);
    Value modname = take(l, &line, sizeof line) && take(l, &ncode, sizeof ncode) ? load_str(l) : VAL_NULL;
    if (!modname) { gc_pop_roots(ts, 3); return VAL_NULL; }
    gc_push_root(ts, modname);
    Value fn = VAL_NULL;
    Value mod = module_by_name(ts, modname, true);
    Value top = mod ? compile_source(ts, str_cstr(source), (size_t)STR(source)->size, filename, PARSE_FILE)
                    : VAL_NULL;
    if (!mod && !err_occurred(ts))
        err_format(ts, &exc_ModuleNotFoundError, "No module named '%s'", str_cstr(modname));
    if (top) {
        gc_push_root(ts, top);
        Value code = find_code(top, str_cstr(qualname), (size_t)STR(qualname)->size, line, ncode);
        if (code) fn = func_new(ts, code, module_dict(mod));
        else err_format(ts, &exc_AttributeError, "Can't get attribute '%s' on %s", str_cstr(qualname),
                        str_cstr(modname));
        gc_pop_roots(ts, 1);
    }
    gc_pop_roots(ts, 4);
    if (!fn) return VAL_NULL;
    LIST(l->memo)->items[slot] = fn;
    Value defaults = load(l);
    if (!defaults) return VAL_NULL;
    if (IS_TUPLE(defaults)) FUNC(fn)->defaults = defaults;
    Value kwdefaults = load(l);
    if (!kwdefaults) return VAL_NULL;
    if (IS_DICT(kwdefaults)) FUNC(fn)->kwdefaults = kwdefaults;
    int64_t n;
    if (!take(l, &n, sizeof n) || n < 0) return VAL_NULL;
    if (n) {
        Value cells = list_new_empty(ts, n);
        gc_push_root(ts, cells);
        for (int64_t i = 0; i < n; i++) {
            uint8_t full;
            Value x = VAL_NULL;     /* an empty cell stays empty */
            if (!take(l, &full, 1) || (full && !(x = load(l)))) {
                gc_pop_roots(ts, 1);
                return VAL_NULL;
            }
            gc_push_root(ts, x ? x : VAL_NONE);
            Value c = cell_new(ts, x);
            gc_pop_roots(ts, 1);
            list_append(ts, cells, c);
        }
        FUNC(fn)->closure = tuple_from_array(ts, n, LIST(cells)->items);
        gc_pop_roots(ts, 1);
    }
    return fn;
}

static Value load(Loader *l)
{
    ThreadState *ts = l->ts;
    uint8_t tag;
    /* As deep as dump went, which the sender's recursion limit bounded; this
     * thread's stack may be used up sooner (pickle's loads is not recursive). */
    if (!obj_check_c_stack(ts, " while unpickling an object")) return VAL_NULL;
    if (!take(l, &tag, 1)) return VAL_NULL;
    switch (tag) {
    case T_NONE: return VAL_NONE;
    case T_TRUE: return VAL_TRUE;
    case T_FALSE: return VAL_FALSE;
    case T_INT: {
        int64_t i;
        return take(l, &i, sizeof i) ? int_from_i64(ts, i) : VAL_NULL;
    }
    case T_BIGINT: {
        Value s = load_str(l);
        return s ? int_from_string(ts, str_cstr(s), (size_t)STR(s)->size, 10) : VAL_NULL;
    }
    case T_FLOAT: {
        double x;
        return take(l, &x, sizeof x) ? float_new(ts, x) : VAL_NULL;
    }
    case T_STR: return load_str(l);
    case T_MEMO: {
        int64_t i;
        if (!take(l, &i, sizeof i) || i < 0 || i >= LIST(l->memo)->length) return VAL_NULL;
        return LIST(l->memo)->items[i];
    }
    case T_TUPLE: {
        int64_t slot = memo_reserve(l), n;
        if (!take(l, &n, sizeof n) || n < 0) return VAL_NULL;
        Value items = list_new_empty(ts, n);
        gc_push_root(ts, items);
        for (int64_t i = 0; i < n; i++) {
            Value x = load(l);
            if (!x) { gc_pop_roots(ts, 1); return VAL_NULL; }
            list_append(ts, items, x);
        }
        Value t = tuple_from_array(ts, n, LIST(items)->items);
        gc_pop_roots(ts, 1);
        LIST(l->memo)->items[slot] = t;
        return t;
    }
    case T_LIST: {
        int64_t slot = memo_reserve(l), n;
        if (!take(l, &n, sizeof n) || n < 0) return VAL_NULL;
        Value list = list_new_empty(ts, n);
        LIST(l->memo)->items[slot] = list;
        for (int64_t i = 0; i < n; i++) {
            Value x = load(l);
            if (!x) return VAL_NULL;
            list_append(ts, list, x);
        }
        return list;
    }
    case T_DICT: {
        int64_t slot = memo_reserve(l), n;
        if (!take(l, &n, sizeof n) || n < 0) return VAL_NULL;
        Value dict = dict_new(ts);
        LIST(l->memo)->items[slot] = dict;
        for (int64_t i = 0; i < n; i++) {
            Value k = load(l);
            if (!k) return VAL_NULL;
            gc_push_root(ts, k);
            Value x = load(l);
            int r = x ? dict_set(ts, dict, k, x) : -1;
            gc_pop_roots(ts, 1);
            if (r < 0) return VAL_NULL;
        }
        return dict;
    }
    case T_SET:
    case T_FROZENSET: {
        int64_t slot = memo_reserve(l), n;
        if (!take(l, &n, sizeof n) || n < 0) return VAL_NULL;
        Value set = set_new(ts);
        LIST(l->memo)->items[slot] = set;
        for (int64_t i = 0; i < n; i++) {
            Value k = load(l);
            if (!k || set_add(ts, set, k) < 0) return VAL_NULL;
        }
        if (tag == T_FROZENSET) {
            set = frozenset_new(ts, set);
            if (set) LIST(l->memo)->items[slot] = set;
        }
        return set;
    }
    case T_GLOBAL:
        return load_global(l);
    case T_FUNCVAL:
        return load_function_value(l);
    case T_LOCK: {
        int64_t slot = memo_reserve(l);
        uint8_t rlock;
        if (!take(l, &rlock, 1)) return VAL_NULL;
        Value mod = module_by_name(ts, interp_intern_cstr(ts, "_thread"), true);
        Value make = mod ? obj_getattr_cstr(ts, mod, rlock ? "RLock" : "allocate_lock") : VAL_NULL;
        Value lock = make ? vm_call0(ts, make) : VAL_NULL;
        if (lock) LIST(l->memo)->items[slot] = lock;
        return lock;
    }
    case T_METHOD: {
        Value self = load(l);
        if (!self) return VAL_NULL;
        gc_push_root(ts, self);
        Value name = load_str(l);
        Value m = name ? obj_getattr(ts, self, interp_intern(ts, name)) : VAL_NULL;
        gc_pop_roots(ts, 1);
        return m;
    }
    case T_INSTANCE:
    case T_EXC: {
        int64_t slot = memo_reserve(l);
        uint8_t t2;
        if (!take(l, &t2, 1) || t2 != T_GLOBAL) return VAL_NULL;
        Value cls = load_global(l);
        if (!cls) return VAL_NULL;
        if (!IS_TYPE(cls)) return err_format(ts, &exc_TypeError, "cannot unpickle: not a class");
        gc_push_root(ts, cls);
        Value obj;
        if (tag == T_EXC) {
            Value args = load(l);
            if (!args || !IS_TUPLE(args) || !type_is_subtype((Type *)cls, &exc_BaseException)) {
                gc_pop_roots(ts, 1);
                return args ? err_format(ts, &exc_TypeError, "cannot unpickle an exception") : VAL_NULL;
            }
            gc_push_root(ts, args);
            obj = exc_new(ts, (Type *)cls, (int)TUPLE(args)->length, TUPLE(args)->items);
            gc_pop_roots(ts, 1);
        } else {
            if (((Type *)cls)->layout != K_INSTANCE) {
                gc_pop_roots(ts, 1);
                return err_format(ts, &exc_TypeError, "cannot unpickle '%s' object", ((Type *)cls)->name);
            }
            obj = instance_new(ts, (Type *)cls);
        }
        gc_pop_roots(ts, 1);
        if (!obj) return VAL_NULL;
        LIST(l->memo)->items[slot] = obj;
        Value dict = load(l);
        if (!dict) return VAL_NULL;
        if (IS_DICT(dict)) {
            if (tag == T_EXC) ((ExcObj *)obj)->dict = dict;
            else ((InstanceObj *)obj)->dict = dict;
        }
        return obj;
    }
    case T_CHANNEL: {
        MpChan *c;
        if (!take(l, &c, sizeof c)) return VAL_NULL;
        return channel_wrap(ts, c);   /* takes over the reference the message held */
    }
    case T_WRITER: {
        int64_t slot = memo_reserve(l);
        MpChan *c;
        uint8_t inflight;
        if (!take(l, &c, sizeof c) || !take(l, &inflight, 1)) return VAL_NULL;
        Value w = writer_new(ts, c, inflight);
        chan_decref(c);               /* writer_new took its own reference */
        LIST(l->memo)->items[slot] = w;
        return w;
    }
    default:
        return VAL_NULL;
    }
}

/* Rebuilds a value from a buffer in ts's heap (nothing charged). */
static Value loads_raw(ThreadState *ts, const MpBuf *b)
{
    Loader l = {.ts = ts, .p = b->data, .end = b->data + b->len};
    l.memo = list_new_empty(ts, 8);
    gc_push_root(ts, l.memo);
    Value v = load(&l);
    gc_pop_roots(ts, 1);
    if (!v && !err_occurred(ts)) err_format(ts, &exc_RuntimeError, "_multiprocessing: corrupt message");
    return v;
}

/* The same, charging the unpickling cost. */
static Value mp_loads(ThreadState *ts, const MpBuf *b)
{
    vm_charge(ts, (int64_t)(b->len - b->free) * MP_COST_BYTE_NS);
    return loads_raw(ts, b);
}

/* ---- Channel: a message queue between processes ---- */

static Value channel_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"what"};
    Value a[1];
    if (!args_bind(ts, "Channel", argc, argv, kwnames, 1, names, 0, 1, 0, a)) return VAL_NULL;
    (void)t;
    const char *what = a[0] && IS_STR(a[0]) ? str_cstr(a[0]) : "Queue.get";
    return channel_wrap(ts, chan_new(ts->interp->sched, what));
}

/* m goes at the back of c, stamped with the program time it was sent, and
 * a reader waiting for it is woken. */
static void chan_enqueue(ThreadState *ts, MpChan *c, MpMsg *m)
{
    m->sent_ns = sched_now(ts->interp->sched);
    mplock_acquire(ts, &c->lock);
    if (c->tail) c->tail->next = m;
    else c->head = m;
    c->tail = m;
    atomic_fetch_add(&c->count, 1);
    mplock_release(&c->lock);
    sched_wake(c->readers, 1);
}

static Value chan_put(ThreadState *ts, const char *name, int argc, Value *argv, Value kwnames, int flags)
{
    if (!args_check(ts, name, argc - 1, kwnames, 1, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    MpMsg *m = xcalloc(1, sizeof *m);
    if (!mp_dumps(ts, argv[1], &m->buf, flags)) {
        free(m);
        return VAL_NULL;
    }
    vm_charge(ts, MP_COST_MESSAGE_NS);
    chan_enqueue(ts, c, m);
    return VAL_NONE;
}

static Value channel_put(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return chan_put(ts, "put", argc, argv, kwnames, 0);
}

/* put_by_value(obj): put, except that a function pickle cannot name (a
 * lambda, a nested function, one whose name is bound to something else)
 * crosses by value, as cloudpickle sends a task's function (ray.py). */
static Value channel_put_by_value(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return chan_put(ts, "put_by_value", argc, argv, kwnames, DUMP_FUNCVAL);
}

static bool chan_nonempty(void *arg) { return atomic_load(&((MpChan *)arg)->count) > 0; }

/* A pipe whose writers are all gone: nothing more will come. */
static bool chan_eof(MpChan *c) { return atomic_load(&c->pipe) && atomic_load(&c->writers) <= 0; }

/* A reader may go on: a message, or the end of file. */
static bool chan_readable(void *arg) { return chan_nonempty(arg) || chan_eof(arg); }

/* The first message, or NULL. */
static MpMsg *chan_pop(ThreadState *ts, MpChan *c)
{
    mplock_acquire(ts, &c->lock);
    MpMsg *m = c->head;
    if (m) {
        c->head = m->next;
        if (!c->head) c->tail = NULL;
        atomic_fetch_sub(&c->count, 1);
    }
    mplock_release(&c->lock);
    return m;
}

/* A timeout (seconds, None: forever) of a wait on process objects into a
 * deadline (-1: none). CPython waits for pipes and sentinels with
 * multiprocessing.connection.wait, which adds the timeout to the monotonic
 * clock and hands it to poll(2) in milliseconds: hence its errors for NaN,
 * infinity and timeouts beyond an int of milliseconds (about 24.8 days), and
 * no wait at all for a timeout <= 0. */
static bool poll_deadline(ThreadState *ts, Value v, int64_t *deadline)
{
    *deadline = -1;
    if (!v || v == VAL_NONE) return true;
    if (!val_is_int(v) && !IS_FLOAT(v)) {
        err_format(ts, &exc_TypeError, "unsupported operand type(s) for +: 'float' and '%s'", val_type_name(v));
        return false;
    }
    double t;
    if (!float_as_double(ts, v, &t)) return false;
    int64_t now = sched_now(ts->interp->sched);
    if (t <= 0) {
        *deadline = now;
        return true;
    }
    if (isnan(t)) {
        err_format(ts, &exc_ValueError, "cannot convert float NaN to integer");
        return false;
    }
    if (isinf(t)) {
        err_format(ts, &exc_OverflowError, "cannot convert float infinity to integer");
        return false;
    }
    double ms = ceil(t * 1e3);
    if (ms * 1e6 >= -(double)INT64_MIN) {
        err_format(ts, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    if (ms > INT_MAX) {
        err_format(ts, &exc_OverflowError, "timeout is too large");
        return false;
    }
    *deadline = now + (int64_t)llround(t * 1e9);
    return true;
}

/* get(timeout=None) -> (True, obj), (False, None) once the timeout ran out
 * (timeout <= 0: don't block), or (None, None) at a pipe's end of file. */
static Value channel_get(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "get", argc - 1, kwnames, 0, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    int64_t deadline;
    if (!poll_deadline(ts, argc > 1 ? argv[1] : VAL_NULL, &deadline)) return VAL_NULL;
    MpMsg *m;
    /* Another process's reader may take the message we were woken for. */
    while (!(m = chan_pop(ts, c))) {
        if (chan_eof(c)) return tuple_pack(ts, 2, VAL_NONE, VAL_NONE);
        if (deadline >= 0) {
            if (sched_now(ts->interp->sched) >= deadline) return tuple_pack(ts, 2, VAL_FALSE, VAL_NONE);
        }
        SchedWait r = sched_block_unless(ts->sched, c->readers, deadline, chan_readable, c);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    vm_charge(ts, MP_COST_MESSAGE_NS);
    Value v = mp_loads(ts, &m->buf);
    buf_free(&m->buf);
    free(m);
    if (!v) return VAL_NULL;
    gc_push_root(ts, v);
    Value r = tuple_pack(ts, 2, VAL_TRUE, v);
    gc_pop_roots(ts, 1);
    return r;
}

/* put_raw(obj) -> nbytes: put() without its costs (neither the pickling
 * nor the pipe's); the caller charges its own (mpi4py's calibrated ones). */
static Value channel_put_raw(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "put_raw", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    MpMsg *m = xcalloc(1, sizeof *m);
    if (!dumps_raw(ts, argv[1], &m->buf, 0)) {
        free(m);
        return VAL_NULL;
    }
    size_t n = m->buf.len;
    chan_enqueue(ts, c, m);
    return int_from_i64(ts, (int64_t)n);
}

/* take() -> (obj, nbytes, sent_ns): the next message, its serialised size
 * and the program time it was put, waiting for it as long as it takes;
 * uncharged, as put_raw (mpi4py's network model works out when it
 * arrives and what the unpickling costs). */
static Value channel_take(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "take", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    MpMsg *m;
    while (!(m = chan_pop(ts, c))) {
        SchedWait r = sched_block_unless(ts->sched, c->readers, -1, chan_nonempty, c);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    size_t n = m->buf.len;
    int64_t sent = m->sent_ns;
    Value v = loads_raw(ts, &m->buf);
    buf_free(&m->buf);
    free(m);
    if (!v) return VAL_NULL;
    gc_push_root(ts, v);
    Value r = tuple_pack(ts, 3, v, int_from_i64(ts, (int64_t)n), int_from_i64(ts, sent));
    gc_pop_roots(ts, 1);
    return r;
}

/* set_what(text): what a reader waits for, as the timeline and a deadlock
 * report name it (mpi4py: the rank's pending call). */
static Value channel_set_what(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "set_what", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    if (!IS_STR(argv[1])) return err_format(ts, &exc_TypeError, "set_what(): text must be a str");
    sched_waitq_set_what(chan_of(argv[0])->readers, str_cstr(argv[1]));
    return VAL_NONE;
}

/* peek() -> the first message, left in the channel (a copy of it is
 * rebuilt here); waits for one. A shared value's read: no moment when the
 * value is missing for other readers. */
static Value channel_peek(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "peek", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    MpBuf copy = {0};
    for (;;) {
        mplock_acquire(ts, &c->lock);
        if (c->head) {
            buf_put(&copy, c->head->buf.data, c->head->buf.len);
            copy.free = c->head->buf.free;
        }
        bool got = c->head != NULL;
        mplock_release(&c->lock);
        if (got) break;
        SchedWait r = sched_block_unless(ts->sched, c->readers, -1, chan_nonempty, c);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    /* a reader behind us must not miss the message we leave */
    if (sched_waitq_len(c->readers) > 0) sched_wake(c->readers, 1);
    Value v = mp_loads(ts, &copy);
    buf_free(&copy);
    return v;
}

static Value channel_qsize(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "qsize", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, atomic_load(&chan_of(argv[0])->count));
}

/* Drops every message waiting (Pool.terminate); returns how many. */
static Value channel_clear(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "clear", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    mplock_acquire(ts, &c->lock);
    MpMsg *head = c->head;
    c->head = c->tail = NULL;
    int64_t n = atomic_exchange(&c->count, 0);
    mplock_release(&c->lock);
    msgs_free(head);
    return int_from_i64(ts, n);
}

static Value channel_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<_multiprocessing.Channel object at %p>", (void *)chan_of(self));
}

/* poll(timeout=0.0) -> whether a message (or a pipe's end of file) is
 * there, waiting for one up to the timeout (Connection.poll). */
static Value channel_poll(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "poll", argc - 1, kwnames, 0, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    int64_t deadline;
    if (!poll_deadline(ts, argc > 1 ? argv[1] : VAL_NULL, &deadline)) return VAL_NULL;
    bool waited = false;
    while (!chan_readable(c)) {
        if (deadline >= 0 && sched_now(ts->interp->sched) >= deadline) return VAL_FALSE;
        SchedWait r = sched_block_unless(ts->sched, c->readers, deadline, chan_readable, c);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
        waited = true;
    }
    /* put() wakes one waiter: if that was us, a reader behind us must not
     * miss the message we leave. */
    if (waited && sched_waitq_len(c->readers) > 0) sched_wake(c->readers, 1);
    return VAL_TRUE;
}

/* writer() -> a Writer: this process may send on the channel, which is a
 * pipe from now on (see "pipe writers"). */
static Value channel_writer(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "writer", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return writer_new(ts, chan_of(argv[0]), false);
}

static const MethodDef channel_methods[] = {
    {"put", channel_put, 0},
    {"put_by_value", channel_put_by_value, 0},
    {"writer", channel_writer, 0},
    {"peek", channel_peek, 0},
    {"get", channel_get, 0},
    {"poll", channel_poll, 0},
    {"qsize", channel_qsize, 0},
    {"clear", channel_clear, 0},
    {"take", channel_take, 0},
    {"put_raw", channel_put_raw, 0},
    {"set_what", channel_set_what, 0},
    {NULL, NULL, 0},
};

Type type_mp_channel = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_multiprocessing.Channel",
    .layout = K_OPAQUE,
    .instance_size = sizeof(OpaqueObj),
    .methods = channel_methods,
    .tp_new = channel_new,
    .tp_repr = channel_repr,
    .finalize = channel_finalize,
};

/* ---- fork: a copy of the parent's __main__ ----
 *
 * A forked child starts with the parent's memory. gilsim copies what of it
 * a target can reach through __main__: the child's __main__ gets the
 * parent's modules (imported again by name), its functions and classes
 * (each one's def or class statement, cut out of the source that made it
 * and compiled again at the same lines), then those of its values that
 * pickle (lambdas by value, see dump_function_value). Locks, pools, threads
 * and the like are left out, and so is whatever the other statements did to
 * other modules. The snapshot is also how a spawned child gets a __main__
 * with no script to re-run (lesson cells, the REPL: CPython's spawn fails
 * there, "Can't get attribute 'f' on <module '__main__' (built-in)>"). Like
 * fork's copy-on-write, the snapshot costs no virtual time. */

enum {
    SNAP_MODULE = 'M',      /* name, module name */
    SNAP_IMPORTED = 'I',    /* name, (module name, attribute): `from m import x [as name]` */
    SNAP_DEF = 'D',         /* filename, a def or class statement */
    SNAP_VALUE = 'V',       /* name, value */
    SNAP_FUNC_STATE = 'F',  /* function name, (defaults, kwdefaults) */
    SNAP_CLASS_ATTR = 'A',  /* class name, (attribute, value) */
    SNAP_OWN_MODULE = 'O',  /* name, (__file__, __package__, __path__ or None): made empty, registered */
    SNAP_TARGET = 'T',      /* module name, None: the records after it go to that module */
};

/* Line `line` (1-based) of [src, end): where it starts, or NULL. */
static const char *line_start(const char *src, const char *end, int line)
{
    const char *p = src;
    for (int i = 1; i < line; i++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p) return NULL;
        p++;
    }
    return p;
}

static int indent_of(const char *p, const char *end)
{
    int n = 0;
    while (p + n < end && (p[n] == ' ' || p[n] == '\t')) n++;
    return n;
}

/* Whether p starts `kw name` followed by '(', ':' or a blank. */
static bool starts_stmt(const char *p, const char *end, const char *kw, const char *name)
{
    size_t kl = strlen(kw), nl = strlen(name);
    if ((size_t)(end - p) < kl + 1 || memcmp(p, kw, kl) != 0 || p[kl] != ' ') return false;
    p += kl;
    while (p < end && *p == ' ') p++;
    if ((size_t)(end - p) <= nl || memcmp(p, name, nl) != 0) return false;
    char c = p[nl];
    return c == '(' || c == ':' || c == ' ' || c == '\t';
}

/* The def or class statement at line `line` of src: that line and the ones
 * after it that are blank, more indented, or a bracket closing at its
 * indentation; dedented, after line - 1 newlines so that it compiles at
 * the same lines. False (out untouched) if the line is not `kw name`. */
static bool cut_block(Value source, int line, const char *kw, const char *name, MpBuf *out)
{
    const char *src = str_cstr(source), *end = src + STR(source)->size;
    const char *p = line >= 1 ? line_start(src, end, line) : NULL;
    if (!p) return false;
    int ind = indent_of(p, end);
    if (!starts_stmt(p + ind, end, kw, name)) return false;
    for (int i = 1; i < line; i++) buf_u8(out, '\n');
    for (bool first = true; p < end; first = false) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        int n = indent_of(p, eol);
        bool blank = p + n == eol || p[n] == '#' || p[n] == '\r';
        if (!first && !blank && n <= ind && !(n == ind && strchr(")]}", p[n]))) break;
        if (!blank) buf_put(out, p + ind, (size_t)(eol - p - ind));
        buf_u8(out, '\n');
        p = nl ? nl + 1 : end;
    }
    return true;
}

/* A function of __main__, bound under its own name: its def statement. */
static bool main_function_block(Value fn, Value main_dict, MpBuf *out)
{
    FunctionObj *f = FUNC(fn);
    if (f->globals != main_dict || !IS_STR(f->name) || !IS_STR(f->qualname)
        || strcmp(str_cstr(f->name), str_cstr(f->qualname)) != 0)
        return false;
    CodeObj *co = CODE(f->code);
    if (!co->source || !IS_STR(co->source)) return false;
    return cut_block(co->source, co->firstlineno, "def", str_cstr(f->name), out);
}

/* A class of __main__: its class statement, found above its first method,
 * else in any of the cells' sources seen (the last one that makes it). */
static bool main_class_block(Value cls, Value name, Value main_dict, Value sources, Value *filename,
                             MpBuf *out)
{
    Value dict = ((Type *)cls)->dict;
    CodeObj *first = NULL;
    int64_t pos = 0;
    Value k, v;
    while (dict && dict_next(dict, &pos, &k, &v)) {
        if (!val_is(v, K_FUNCTION) || FUNC(v)->globals != main_dict) continue;
        CodeObj *co = CODE(FUNC(v)->code);
        if (co->source && IS_STR(co->source) && (!first || co->firstlineno < first->firstlineno)) first = co;
    }
    const char *n = str_cstr(name);
    if (first) {
        *filename = first->filename;
        for (int line = first->firstlineno - 1; line >= 1; line--)
            if (cut_block(first->source, line, "class", n, out)) return true;
        return false;
    }
    for (int64_t i = LIST(sources)->length - 1; i >= 0; i--) {
        CodeObj *co = CODE(LIST(sources)->items[i]);
        const char *b = str_cstr(co->source), *e = b + STR(co->source)->size;
        int lines = 1;
        for (const char *q = b; q < e; q++) lines += *q == '\n';
        *filename = co->filename;
        for (int line = lines; line >= 1; line--)
            if (cut_block(co->source, line, "class", n, out)) return true;
    }
    return false;
}

/* One record: kind, then a pickled tuple (a, b); false if it won't pickle. */
static bool snap_record(ThreadState *ts, MpBuf *out, uint8_t kind, Value a, Value b)
{
    Value t = tuple_pack(ts, 2, a, b);
    gc_push_root(ts, t);
    MpBuf rec = {0};
    bool ok = dumps_raw(ts, t, &rec, DUMP_FORK | DUMP_INHERIT);
    gc_pop_roots(ts, 1);
    if (!ok) {
        err_clear(ts);
        return false;
    }
    buf_u8(out, kind);
    buf_bytes(out, rec.data, rec.len);
    buf_free(&rec);
    return true;
}

/* A class defined in the module named modname. */
static bool is_module_class(ThreadState *ts, Value v, Value modname)
{
    if (!IS_TYPE(v) || !(((Type *)v)->tflags & TF_HEAP)) return false;
    Value mod = obj_lookup_attr(ts, v, ts->interp->names.__module__);
    if (!mod) err_clear(ts);
    return mod && IS_STR(mod) && str_eq(mod, modname);
}

static bool is_dunder(Value name)
{
    const char *s = str_cstr(name);
    size_t n = (size_t)STR(name)->size;
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

/* A global of __main__ that is an attribute of another loaded module (what
 * `from time import sleep` or `from random import random` bound): the
 * module's name and the attribute's, preferring the same name and a public
 * module. Forked, the child has the very same object; gilsim's child gets
 * the attribute of its own copy of that module. Plain data is left to
 * pickle (a value the program changed since is its own). */
static bool imported_from(ThreadState *ts, Value self, Value name, Value v, Value *modname, Value *attr)
{
    if (val_is_smallint(v) || v == VAL_NONE || v == VAL_TRUE || v == VAL_FALSE) return false;
    int kind = OBJ(v)->kind;
    if (kind != K_FUNCTION && kind != K_NATIVE && kind != K_TYPE && kind != K_BOUND_METHOD
        && kind != K_OPAQUE && kind != K_INSTANCE)
        return false;
    Interp *in = ts->interp;
    Value best = VAL_NULL, best_attr = VAL_NULL;
    int best_rank = 0;
    int64_t pos = 0;
    Value k, m;
    while (dict_next(in->modules, &pos, &k, &m)) {
        if (!val_is(m, K_MODULE) || !IS_STR(k) || str_eq_cstr(k, "__main__") || str_eq_cstr(k, "__mp_main__")
            || str_eq(k, self))
            continue;
        Value md = module_dict(m);
        int rank = 0;
        Value a = VAL_NULL;
        if (dict_get_str(md, name) == v) {
            a = name;
            rank = 3;
        } else {
            int64_t p2 = 0;
            Value ak, av;
            while (dict_next(md, &p2, &ak, &av))
                if (av == v && IS_STR(ak)) { a = ak; rank = 1; break; }
        }
        if (!a) continue;
        if (str_cstr(k)[0] != '_') rank++;
        if (rank > best_rank) {
            best = k;
            best_attr = a;
            best_rank = rank;
        }
    }
    if (!best) return false;
    *modname = best;
    *attr = best_attr;
    return true;
}

/* The snapshot of one module of the parent (__main__, or one of the
 * program's own modules): module records, then class and function
 * statements, then values, then the functions' defaults and the classes'
 * attributes as they are now. */
static void snapshot_module(ThreadState *ts, Value module, Value self_name, MpBuf *out)
{
    Value md = module_dict(module);
    Value codes = list_new_empty(ts, 4);    /* the code of every function cut out */
    gc_push_root(ts, codes);
    MpBuf mods = {0}, classes = {0}, funcs = {0}, values = {0}, later = {0};
    int64_t pos = 0;
    Value k, v;
    while (dict_next(md, &pos, &k, &v)) {
        if (!IS_STR(k) || is_dunder(k)) continue;
        if (val_is(v, K_MODULE)) {
            Value modname = ((ModuleObj *)v)->name;
            if (modname && IS_STR(modname) && !str_eq_cstr(modname, "__main__"))
                snap_record(ts, &mods, SNAP_MODULE, k, modname);
        } else if (val_is(v, K_FUNCTION) && FUNC(v)->globals == md) {
            MpBuf text = {0};
            if (IS_STR(FUNC(v)->name) && str_eq(k, FUNC(v)->name) && main_function_block(v, md, &text)) {
                list_append(ts, codes, FUNC(v)->code);
                Value t = str_new(ts, text.data, text.len);
                gc_push_root(ts, t);
                snap_record(ts, &funcs, SNAP_DEF, CODE(FUNC(v)->code)->filename, t);
                gc_pop_roots(ts, 1);
                /* the defaults the parent evaluated, not the child's */
                FunctionObj *f = FUNC(v);
                if (f->defaults || f->kwdefaults) {
                    Value st = tuple_pack(ts, 2, f->defaults ? f->defaults : VAL_NONE,
                                          f->kwdefaults ? f->kwdefaults : VAL_NONE);
                    gc_push_root(ts, st);
                    snap_record(ts, &later, SNAP_FUNC_STATE, k, st);
                    gc_pop_roots(ts, 1);
                }
            } else {
                /* a lambda, or bound under another name: by value */
                snap_record(ts, &values, SNAP_VALUE, k, v);
            }
            buf_free(&text);
        } else if (!is_module_class(ts, v, self_name)) {
            Value modname, attr;
            if (imported_from(ts, self_name, k, v, &modname, &attr)) {
                Value t = tuple_pack(ts, 2, modname, attr);
                gc_push_root(ts, t);
                snap_record(ts, &mods, SNAP_IMPORTED, k, t);
                gc_pop_roots(ts, 1);
            } else {
                snap_record(ts, &values, SNAP_VALUE, k, v);
            }
        }
    }
    pos = 0;
    while (dict_next(md, &pos, &k, &v)) {
        if (!IS_STR(k) || !is_module_class(ts, v, self_name)) continue;
        MpBuf text = {0};
        Value filename = VAL_NULL;
        if (main_class_block(v, k, md, codes, &filename, &text)) {
            Value t = str_new(ts, text.data, text.len);
            gc_push_root(ts, t);
            snap_record(ts, &classes, SNAP_DEF, filename, t);
            gc_pop_roots(ts, 1);
            /* its attributes as they are now (the statement made the
             * methods; the rest may have changed since) */
            Value cd = ((Type *)v)->dict;
            int64_t cpos = 0;
            Value ak, av;
            while (cd && dict_next(cd, &cpos, &ak, &av)) {
                if (!IS_STR(ak) || is_dunder(ak) || (val_is(av, K_FUNCTION) && FUNC(av)->globals == md))
                    continue;
                Value st = tuple_pack(ts, 2, ak, av);
                gc_push_root(ts, st);
                snap_record(ts, &later, SNAP_CLASS_ATTR, k, st);
                gc_pop_roots(ts, 1);
            }
        }
        buf_free(&text);
    }
    MpBuf *parts[] = {&mods, &classes, &funcs, &values, &later};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (parts[i]->len) buf_put(out, parts[i]->data, parts[i]->len);
        buf_free(parts[i]);
    }
    gc_pop_roots(ts, 1);
}

/* A module of the program's own (imported from its folder, see interp.c),
 * other than the main one. */
static bool is_own_module(Interp *in, Value name, Value m)
{
    if (!in->module_dir || !val_is(m, K_MODULE) || !IS_STR(name) || str_eq_cstr(name, "__main__")
        || str_eq_cstr(name, "__mp_main__"))
        return false;
    Value file = dict_get_str(module_dict(m), in->names.__file__);
    size_t n = strlen(in->module_dir);
    return file && IS_STR(file) && strncmp(str_cstr(file), in->module_dir, n) == 0 && str_cstr(file)[n] == '/';
}

/* What a forked child starts with: the program's own modules as they are
 * now (made empty first, so that they find each other, then filled as
 * __main__ is: their code does not run again, as after a fork), then
 * __main__. */
static void snapshot_main(ThreadState *ts, Value main, MpBuf *out)
{
    Interp *in = ts->interp;
    Value own = list_new_empty(ts, 4);
    gc_push_root(ts, own);
    int64_t pos = 0;
    Value k, m;
    while (dict_next(in->modules, &pos, &k, &m)) {
        if (!is_own_module(in, k, m)) continue;
        Value md = module_dict(m);
        Value file = dict_get_str(md, in->names.__file__);
        Value pkg = dict_get_cstr(md, "__package__");
        Value path = dict_get_cstr(md, "__path__");
        Value info = tuple_pack(ts, 3, file, pkg && IS_STR(pkg) ? pkg : VAL_NONE, path ? path : VAL_NONE);
        gc_push_root(ts, info);
        if (snap_record(ts, out, SNAP_OWN_MODULE, k, info)) list_append(ts, own, k);
        gc_pop_roots(ts, 1);
    }
    for (int64_t i = 0; i < LIST(own)->length; i++) {
        Value name = LIST(own)->items[i];
        Value mod = dict_get_str(in->modules, name);
        if (!mod || !snap_record(ts, out, SNAP_TARGET, name, VAL_NONE)) continue;
        snapshot_module(ts, mod, name, out);
    }
    if (LIST(own)->length) snap_record(ts, out, SNAP_TARGET, in->names.__main__, VAL_NONE);
    gc_pop_roots(ts, 1);
    snapshot_module(ts, main, in->names.__main__, out);
}

/* One snapshot record restored into md; false if it failed (and may
 * succeed once the records after it are in). */
static bool restore_record(ThreadState *ts, uint8_t kind, const MpBuf *view, Value md)
{
    Interp *in = ts->interp;
    Value t = loads_raw(ts, view);
    if (!t || !IS_TUPLE(t) || TUPLE(t)->length != 2) {
        err_clear(ts);
        return false;
    }
    gc_push_root(ts, t);
    Value a = TUPLE(t)->items[0], b = TUPLE(t)->items[1];
    bool ok = true;
    switch (kind) {
    case SNAP_MODULE: {
        Value m = interp_import(ts, b);
        if (m) m = dict_get_str(in->modules, b);
        if (m) dict_set_str(in, md, a, m);
        break;      /* (an import that fails won't do better later) */
    }
    case SNAP_OWN_MODULE: {
        if (dict_get_str(in->modules, a) || !IS_TUPLE(b) || TUPLE(b)->length != 3) break;
        Value m = module_new(ts, interp_intern(ts, a));
        gc_push_root(ts, m);
        Value mdict = module_dict(m);
        dict_set_str(in, mdict, in->names.__file__, TUPLE(b)->items[0]);
        if (TUPLE(b)->items[1] != VAL_NONE)
            dict_set_str(in, mdict, interp_intern_cstr(ts, "__package__"), TUPLE(b)->items[1]);
        if (TUPLE(b)->items[2] != VAL_NONE)
            dict_set_str(in, mdict, interp_intern_cstr(ts, "__path__"), TUPLE(b)->items[2]);
        dict_set_str(in, in->modules, interp_intern(ts, a), m);
        /* a submodule is an attribute of its package (made before it) */
        const char *dot = strrchr(str_cstr(a), '.');
        Value parent = dot ? dict_get_str(in->modules, interp_intern(ts, str_new(ts, str_cstr(a),
                                                                                (size_t)(dot - str_cstr(a)))))
                           : VAL_NULL;
        if (parent && val_is(parent, K_MODULE))
            dict_set_str(in, module_dict(parent), interp_intern_cstr(ts, dot + 1), m);
        gc_pop_roots(ts, 1);
        break;
    }
    case SNAP_IMPORTED: {
        if (!IS_TUPLE(b) || TUPLE(b)->length != 2) break;
        Value m = interp_import(ts, TUPLE(b)->items[0]);
        if (m) m = dict_get_str(in->modules, TUPLE(b)->items[0]);
        Value x = m ? obj_getattr(ts, m, interp_intern(ts, TUPLE(b)->items[1])) : VAL_NULL;
        if (x) dict_set_str(in, md, a, x);
        break;
    }
    case SNAP_DEF: {
        Value code = compile_source(ts, str_cstr(b), (size_t)STR(b)->size, a, PARSE_FILE);
        if (code) {
            gc_push_root(ts, code);
            ok = eval_module(ts, code, md) != VAL_NULL;
            gc_pop_roots(ts, 1);
        }
        break;
    }
    case SNAP_VALUE:
        dict_set_str(in, md, a, b);
        break;
    case SNAP_FUNC_STATE: {
        /* (defaults, kwdefaults): as the parent evaluated them */
        Value f = dict_get_str(md, a);
        if (!f || !val_is(f, K_FUNCTION) || !IS_TUPLE(b) || TUPLE(b)->length != 2) {
            ok = false;
            break;
        }
        Value d = TUPLE(b)->items[0], kw = TUPLE(b)->items[1];
        FUNC(f)->defaults = IS_TUPLE(d) ? d : VAL_NULL;
        FUNC(f)->kwdefaults = IS_DICT(kw) ? kw : VAL_NULL;
        break;
    }
    case SNAP_CLASS_ATTR: {
        /* (attribute, value): a class attribute as the parent has it now */
        Value c = dict_get_str(md, a);
        if (!c || !IS_TYPE(c) || !IS_TUPLE(b) || TUPLE(b)->length != 2 || !IS_STR(TUPLE(b)->items[0])) {
            ok = false;
            break;
        }
        ok = obj_setattr(ts, c, interp_intern(ts, TUPLE(b)->items[0]), TUPLE(b)->items[1]) >= 0;
        break;
    }
    }
    if (err_occurred(ts)) {
        err_clear(ts);
        ok = false;
    }
    gc_pop_roots(ts, 1);
    return ok;
}

/* In the child: its __main__ made from the snapshot. A record that fails
 * (a def whose defaults name a value restored after it, a value made of a
 * class not yet there) is tried again once the others are in; what fails
 * then (a module that won't import, a statement that won't run without the
 * rest of its source) is left out, as pickle would leave the child without
 * it; using it fails there, with pickle's or Python's own error. */
/* The module dict a SNAP_TARGET record names (main_md for __main__). */
static Value target_dict(ThreadState *ts, const MpBuf *view, Value main_md)
{
    Value t = loads_raw(ts, view);
    if (!t || !IS_TUPLE(t) || TUPLE(t)->length != 2 || !IS_STR(TUPLE(t)->items[0])) {
        err_clear(ts);
        return VAL_NULL;
    }
    Value name = TUPLE(t)->items[0];
    if (str_eq_cstr(name, "__main__")) return main_md;
    Value m = dict_get_str(ts->interp->modules, interp_intern(ts, name));
    return m && val_is(m, K_MODULE) ? module_dict(m) : VAL_NULL;
}

static void restore_main(ThreadState *ts, const MpBuf *snap, Value main_md)
{
    const char *end = snap->data + snap->len;
    size_t nretry = 0, cap = 0;
    const char **retry = NULL;
    Value targets = list_new_empty(ts, 4);   /* the module dict of each record to retry */
    gc_push_root(ts, targets);
    Value md = main_md;
    for (const char *q = snap->data; q < end;) {
        const char *rec = q;
        uint8_t kind = (uint8_t)*q++;
        int64_t n;
        if ((size_t)(end - q) < sizeof n) break;
        memcpy(&n, q, sizeof n);
        q += sizeof n;
        if (n < 0 || end - q < n) break;
        MpBuf view = {.data = (char *)q, .len = (size_t)n};
        q += n;
        if (kind == SNAP_TARGET) {
            md = target_dict(ts, &view, main_md);
            continue;
        }
        if (md && !restore_record(ts, kind, &view, md)) {
            if (nretry == cap) retry = xrealloc(retry, (cap = cap ? 2 * cap : 16) * sizeof *retry);
            retry[nretry++] = rec;
            list_append(ts, targets, md);
        }
    }
    for (size_t i = 0; i < nretry; i++) {
        const char *q = retry[i];
        uint8_t kind = (uint8_t)*q++;
        int64_t n;
        memcpy(&n, q, sizeof n);
        MpBuf view = {.data = (char *)q + sizeof n, .len = (size_t)n};
        restore_record(ts, kind, &view, LIST(targets)->items[i]);
    }
    gc_pop_roots(ts, 1);
    free(retry);
}

/* ---- processes ---- */

static MpProc *proc_of(Value v) { return ((OpaqueObj *)v)->data; }

static bool proc_done(void *arg) { return atomic_load(&((MpProc *)arg)->status) != MP_RUNNING; }

/* The process ends with `code`, unless it already has (terminate() and the
 * child's own end race on the real backend: the first one counts). */
static bool proc_end(MpProc *p, int code)
{
    int running = MP_RUNNING;
    return atomic_compare_exchange_strong(&p->status, &running, code);
}

static void process_finalize(Obj *o)
{
    MpProc *p = ((OpaqueObj *)o)->data;
    if (p) proc_decref(p);
}

/* The child's main thread: a fresh interpreter runs multiprocessing's
 * bootstrap (_child_main), which makes the child's __main__ (run_main) and
 * calls the target; then the child's non-daemon threads are joined. */
static void child_entry(SchedThread *self, void *arg)
{
    MpProc *p = arg;
    Interp *in = p->child;
    MpChild *record = p->record;
    ThreadState *ts = in->main_thread;
    interp_child_attach(in, self);
    sched_charge(self, p->start_ns);
    int status;
    Value mod = interp_import(ts, str_from_cstr(ts, "multiprocessing"));
    Value fn = mod ? obj_getattr_cstr(ts, mod, "_child_main") : VAL_NULL;
    Value r = fn ? vm_call0(ts, fn) : VAL_NULL;
    if (!r) {
        status = interp_child_finish(in, err_fetch(ts));
    } else {
        int64_t code = 0;
        if (val_is_int(r) && !int_to_i64(r, &code)) code = 1;
        int s = interp_child_finish(in, VAL_NULL);
        status = code ? (int)code : s;
    }
    /* Its pipe ends close with it (as a process's file descriptors) —
     * unless terminate()/kill() ended it first: then the parent closed them
     * (process_signal), and exactly one of the two may (a race TSan found:
     * both released the holds). */
    bool ended_here = proc_end(p, status);
    if (ended_here && in->mp) holds_release_all(in->mp);
    /* From here on this thread does not touch its interpreter: the parent
     * may free it. */
    atomic_store(&record->done, true);
    sched_wake(p->joiners, -1);
    proc_decref(p);
    /* The parent frees this interpreter when it ends (record->done); daemon
     * threads of the child that still wait keep it alive (interp_free refuses). */
    sched_thread_exit(self);
}

/* start(prep, payload, name, fork=False, as_main=False, start_ns=None) ->
 * a process handle. prep (the
 * Process object's state) is rebuilt in the child before it makes its
 * __main__; payload (target, args, kwargs) after. Both are serialised now,
 * as spawn's Popen pickles the Process object in start(). fork: the child's
 * __main__ is the snapshot of this one taken now (as fork copies memory in
 * start()), and the payload's functions need not be importable; else
 * (spawn) the child re-runs the program, or without one (lesson cells, the
 * REPL, a __main__ without __file__) falls back to the snapshot. as_main
 * (mpi4py's ranks, as mpiexec starts them): the child runs the program's
 * text (a lesson's: the cell's) again as __main__, __file__ or not.
 * start_ns: the child's start-up cost instead of a Python interpreter's
 * (subprocess's simulated commands: an exec). */
static Value mp_start(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "start", argc, kwnames, 3, 6)) return VAL_NULL;
    int64_t start_ns = MP_COST_CHILD_START_NS;
    if (argc > 5 && argv[5] != VAL_NONE && (!val_is_int(argv[5]) || !int_to_i64(argv[5], &start_ns) || start_ns < 0))
        return err_format(ts, &exc_ValueError, "start(): start_ns must be a non-negative int");
    if (!IS_STR(argv[2])) return err_format(ts, &exc_TypeError, "start(): name must be a str");
    bool fork = argc > 3 && obj_truthy(ts, argv[3]) > 0;
    Interp *in = ts->interp;
    MpState *st = mp_state(in);
    MpProc *p = xcalloc(1, sizeof *p);
    if (!mp_dumps(ts, argv[0], &p->prep, DUMP_INHERIT)
        || !mp_dumps(ts, argv[1], &p->payload, (fork ? DUMP_FORK : 0) | DUMP_INHERIT)) {
        buf_free(&p->prep);
        free(p);
        return VAL_NULL;
    }
    Value main = dict_get_cstr(in->modules, "__main__");
    Value file = main ? dict_get_str(module_dict(main), in->names.__file__) : VAL_NULL;
    bool has_file = file && IS_STR(file);
    p->fork = fork;
    p->start_ns = start_ns;
    p->as_main = !fork && argc > 4 && obj_truthy(ts, argv[4]) > 0 && in->program_text;
    p->rerun = p->as_main || (!fork && has_file && in->program_text && !in->program_is_cell);
    if (fork && has_file) p->main_file = xstrdup(str_cstr(file));
    if (main && !p->rerun) snapshot_main(ts, main, &p->snapshot);
    atomic_init(&p->refs, 2);
    atomic_init(&p->status, MP_RUNNING);
    p->pid = atomic_fetch_add(&st->shared->next_pid, 1);
    char what[160];
    snprintf(what, sizeof what, "join %s", str_cstr(argv[2]));
    p->joiners = sched_waitq_new(in->sched, what);

    OpaqueObj *o = gc_alloc(ts, &type_mp_process, sizeof(OpaqueObj));
    o->dict = VAL_NULL;
    o->data = p;

    vm_charge(ts, MP_COST_SPAWN_PARENT_NS);
    sched_tick(ts->sched);
    Interp *child = interp_new_child(in, str_cstr(argv[2]));
    child->pid = p->pid;
    child->ppid = in->pid ? in->pid : MP_ROOT_PID;
    MpState *cst = xcalloc(1, sizeof *cst);
    cst->shared = st->shared;
    cst->self = p;
    if (fork) holds_inherit(st, cst);
    child->mp = cst;
    child->lib_cleanup = mp_cleanup;
    p->child = child;
    p->sproc = child->process;
    MpChild *record = xcalloc(1, sizeof *record);
    record->interp = child;
    atomic_init(&record->done, false);
    record->next = st->children;
    st->children = record;
    p->record = record;
    /* The child's main ThreadState learns its SchedThread itself
     * (interp_child_attach): from here on the child may already run. */
    if (!sched_thread_start_in(ts->sched, child->process, "MainThread", child->main_thread, child_entry, p)) {
        /* No thread for the child: as a fork that fails for want of
         * processes (EAGAIN). The parent frees the child with its own. */
        atomic_store(&record->done, true);
        proc_end(p, 1);
        proc_decref(p);
        Value exc = vm_call2(ts, VAL(&exc_OSError), int_from_i64(ts, EAGAIN),
                             str_from_cstr(ts, strerror(EAGAIN)));
        return exc ? err_raise(ts, exc) : VAL_NULL;
    }
    return VAL(o);
}

static Value process_pid(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "pid", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, proc_of(argv[0])->pid);
}

static Value process_exitcode(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "exitcode", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = proc_of(argv[0]);
    int status = atomic_load(&p->status);
    if (status == MP_RUNNING) return VAL_NONE;
    p->reaped = true;
    return int_from_i64(ts, status);
}

/* join(timeout=None) -> whether the process has ended. */
static Value process_join(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "join", argc - 1, kwnames, 0, 1)) return VAL_NULL;
    MpProc *p = proc_of(argv[0]);
    /* As Popen.wait: a process already reaped is not waited for at all. */
    if (p->reaped) return VAL_TRUE;
    int64_t deadline;
    if (!poll_deadline(ts, argc > 1 ? argv[1] : VAL_NULL, &deadline)) return VAL_NULL;
    while (!(p->reaped = proc_done(p))) {
        if (deadline >= 0) {
            if (sched_now(ts->interp->sched) >= deadline) return VAL_FALSE;
        }
        SchedWait r = sched_block_unless(ts->sched, p->joiners, deadline, proc_done, p);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    return VAL_TRUE;
}

/* The child ends by signal `sig` (exitcode -sig), unless it has ended
 * already: its threads stop where they are (sched_process_kill), joiners
 * wake up. Its interpreter is left as it is, to the end of the run (a
 * thread of the real backend may still be on its way to its park). */
static Value process_signal(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int sig)
{
    if (!args_check(ts, name, argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = proc_of(argv[0]);
    if (proc_end(p, -sig)) {
        sched_process_kill(ts->sched, p->sproc);
        /* its pipe ends close with it (its threads are stopped now) */
        if (p->child && p->child->mp) holds_release_all(p->child->mp);
        sched_wake(p->joiners, -1);
    }
    return VAL_NONE;
}

/* terminate(): SIGTERM (exitcode -15); kill(): SIGKILL (-9). */
static Value process_terminate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return process_signal(ts, argc, argv, kwnames, "terminate", 15);
}

static Value process_kill(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return process_signal(ts, argc, argv, kwnames, "kill", 9);
}

static Value process_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<_multiprocessing.Process pid=%lld>", (long long)proc_of(self)->pid);
}

static const MethodDef process_methods[] = {
    {"pid", process_pid, 0},
    {"exitcode", process_exitcode, 0},
    {"join", process_join, 0},
    {"terminate", process_terminate, 0},
    {"kill", process_kill, 0},
    {NULL, NULL, 0},
};

Type type_mp_process = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_multiprocessing.Process",
    .layout = K_OPAQUE,
    .instance_size = sizeof(OpaqueObj),
    .methods = process_methods,
    .tp_repr = process_repr,
    .finalize = process_finalize,
};

/* ---- the child's side ---- */

static MpProc *self_proc(ThreadState *ts)
{
    MpState *st = ts->interp->mp;
    return st ? st->self : NULL;
}

/* child_prep() -> the prep object start() was given, or None in the first
 * process. */
static Value mp_child_prep(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "child_prep", argc, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = self_proc(ts);
    return p ? mp_loads(ts, &p->prep) : VAL_NONE;
}

static Value mp_child_payload(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "child_payload", argc, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = self_proc(ts);
    return p ? mp_loads(ts, &p->payload) : VAL_NONE;
}

/* The child's main module: __mp_main__ (spawn), registered as __main__
 * too; or, after a fork, __main__ itself. */
static Value new_mp_main(ThreadState *ts, bool fork)
{
    Interp *in = ts->interp;
    Value main = module_new(ts, fork ? in->names.__main__ : interp_intern_cstr(ts, "__mp_main__"));
    gc_push_root(ts, main);
    if (!fork) dict_set_str(in, in->modules, interp_intern_cstr(ts, "__mp_main__"), main);
    dict_set_str(in, in->modules, in->names.__main__, main);
    in->main_module = main;
    gc_pop_roots(ts, 1);
    return main;
}

/* run_main(): the child's __main__. After a fork, __main__ made from the
 * parent's snapshot (see snapshot_main), with the parent's __file__. Under
 * spawn, spawn's _fixup_main_from_path: the program runs again as
 * __mp_main__, from the text gilsim read for it (the child inherited it
 * with its interpreter) under the path it was read from — or, if there is
 * no program to re-run (lesson cells, the REPL, a __main__ without
 * __file__), __mp_main__ is made from the snapshot instead. */
static Value mp_run_main(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "run_main", argc, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = self_proc(ts);
    Interp *in = ts->interp;
    if (!p) return VAL_NONE;
    if (!p->rerun) {
        if (p->fork || p->snapshot.len) {
            Value main = new_mp_main(ts, p->fork);
            gc_push_root(ts, main);
            if (p->main_file) {
                Value fname = str_from_cstr(ts, p->main_file);
                gc_push_root(ts, fname);
                dict_set_str(in, module_dict(main), in->names.__file__, fname);
                gc_pop_roots(ts, 1);
            }
            restore_main(ts, &p->snapshot, module_dict(main));
            gc_pop_roots(ts, 1);
        }
        return VAL_NONE;
    }
    Value fname = str_from_cstr(ts, in->program_path);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, in->program_text, in->program_len, fname, PARSE_FILE);
    if (!code) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, code);
    Value main = new_mp_main(ts, p->as_main);
    gc_push_root(ts, main);
    dict_set_str(in, module_dict(main), in->names.__file__, fname);
    Value r = eval_module(ts, code, module_dict(main));
    gc_pop_roots(ts, 3);
    return r ? VAL_NONE : VAL_NULL;
}

/* dumps_size(obj) -> the serialised size (checks that obj can cross). */
static Value mp_dumps_size(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "dumps_size", argc, kwnames, 1, 1)) return VAL_NULL;
    MpBuf b = {0};
    if (!mp_dumps(ts, argv[0], &b, 0)) return VAL_NULL;
    size_t n = b.len;
    buf_free(&b);
    return int_from_i64(ts, (int64_t)n);
}

/* copy(obj) -> obj serialised and rebuilt, in this process (tests). */
static Value mp_copy(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "copy", argc, kwnames, 1, 1)) return VAL_NULL;
    MpBuf b = {0};
    if (!mp_dumps(ts, argv[0], &b, 0)) return VAL_NULL;
    Value v = mp_loads(ts, &b);
    buf_free(&b);
    return v;
}

static Value mp_parent_pid(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "parent_pid", argc, kwnames, 0, 0)) return VAL_NULL;
    return ts->interp->ppid ? int_from_i64(ts, ts->interp->ppid) : VAL_NONE;
}

/* ranks() -> (--ranks or the lesson's ranks, 0 if unset; how many
 * programs or cells this interpreter has run): mpi4py starts its ranks
 * once per program or cell. */
static Value mp_ranks(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "ranks", argc, kwnames, 0, 0)) return VAL_NULL;
    Interp *in = ts->interp;
    return tuple_pack(ts, 2, int_from_i64(ts, in->cfg.ranks), int_from_i64(ts, in->program_serial));
}

/* now_ns() -> program time in ns (mpi4py's message arrival times). */
static Value mp_now_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "now_ns", argc, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, sched_now(ts->interp->sched));
}

static const MethodDef mp_functions[] = {
    {"start", mp_start, 0},
    {"child_prep", mp_child_prep, 0},
    {"child_payload", mp_child_payload, 0},
    {"run_main", mp_run_main, 0},
    {"dumps_size", mp_dumps_size, 0},
    {"copy", mp_copy, 0},
    {"parent_pid", mp_parent_pid, 0},
    {"ranks", mp_ranks, 0},
    {"now_ns", mp_now_ns, 0},
    {NULL, NULL, 0},
};

void mpmod_types_init(void)
{
    type_ready(&type_mp_channel);
    type_ready(&type_mp_process);
    type_ready(&type_mp_writer);
}

int mpmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, mp_functions) < 0) return -1;
    if (module_add_value(ts, module, "Channel", VAL(&type_mp_channel)) < 0) return -1;
    if (module_add_value(ts, module, "ProcessHandle", VAL(&type_mp_process)) < 0) return -1;
    /* _pickle.PicklingError (a subclass of pickle.PickleError in CPython). */
    Value name = str_from_cstr(ts, "PicklingError");
    gc_push_root(ts, name);
    Value dict = dict_new(ts);
    gc_push_root(ts, dict);
    dict_set_str(ts->interp, dict, ts->interp->names.__module__, str_from_cstr(ts, "_pickle"));
    Value bases = tuple_pack(ts, 1, VAL(&exc_Exception));
    gc_push_root(ts, bases);
    Value cls = class_new(ts, name, bases, dict, name);
    gc_pop_roots(ts, 3);
    if (!cls) return -1;
    return module_add_value(ts, module, "PicklingError", cls);
}
