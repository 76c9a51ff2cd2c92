/* mpmod.c — `_multiprocessing`: the C core of gilsim's simulated processes,
 * on which multiprocessing.py and concurrent.futures' ProcessPoolExecutor
 * are written.
 *
 * A simulated process is a child interpreter (interp_new_child): its own
 * heap, modules, globals and GIL, sharing the run's scheduler, so that its
 * threads run in parallel with the other processes' in virtual time (up to
 * --cores). Start method: spawn (see multiprocessing.py): the child re-runs
 * the main script as __mp_main__, then calls the target it was sent.
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
 */
#include "config.h"

#include <errno.h>
#include <math.h>
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
 * interpreter and its imports before it runs the main script. */
#define MP_COST_BYTE_NS 4
#define MP_COST_MESSAGE_NS 10000
#define MP_COST_SPAWN_PARENT_NS 1000000    /* fork+exec of the child, in the parent */
#define MP_COST_CHILD_START_NS 15000000    /* interpreter start-up in the child */
#define MP_MAX_DEPTH 1000
#define MP_ROOT_PID 4242                   /* osmod's simulated pid of the first process */

/* ---- byte buffers ---- */

typedef struct MpBuf { char *data; size_t len, cap; } MpBuf;

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
static void buf_free(MpBuf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

/* ---- channels ---- */

typedef struct MpMsg { struct MpMsg *next; MpBuf buf; } MpMsg;

typedef struct MpChan {
    int refs;
    MpMsg *head, *tail;
    int64_t count;
    WaitQueue *readers;
} MpChan;

static MpChan *chan_new(Sched *s, const char *what)
{
    MpChan *c = xcalloc(1, sizeof *c);
    c->refs = 1;
    c->readers = sched_waitq_new(s, what);
    return c;
}

static void chan_decref(MpChan *c)
{
    if (--c->refs > 0) return;
    for (MpMsg *m = c->head, *next; m; m = next) {
        next = m->next;
        buf_free(&m->buf);
        free(m);
    }
    sched_waitq_free(c->readers);
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

typedef struct MpShared { int64_t next_pid; } MpShared;

typedef struct MpProc {
    int refs;               /* the parent's wrapper and the running child */
    int64_t pid;
    bool done;
    int exitcode;
    WaitQueue *joiners;
    MpBuf prep, payload;
    char *main_path;        /* the script the child re-runs, or NULL */
    Interp *child;
} MpProc;

typedef struct MpState {
    MpShared *shared;
    MpProc *self;           /* NULL in the first process */
} MpState;

static MpState *mp_state(Interp *in)
{
    if (!in->mp) {
        MpState *st = xcalloc(1, sizeof *st);
        st->shared = xcalloc(1, sizeof *st->shared);
        st->shared->next_pid = (in->pid ? in->pid : MP_ROOT_PID) + 1;
        in->mp = st;
    }
    return in->mp;
}

static void proc_decref(MpProc *p)
{
    if (--p->refs > 0) return;
    buf_free(&p->prep);
    buf_free(&p->payload);
    free(p->main_path);
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
};

typedef struct Dumper {
    ThreadState *ts;
    MpBuf *b;
    Value *keys;          /* memo: open addressing, object -> index */
    int64_t *vals;
    size_t cap, n;
    int depth;
} Dumper;

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
    if (++d->depth > MP_MAX_DEPTH) {
        err_format(ts, &exc_RecursionError, "maximum recursion depth exceeded while pickling an object");
        return false;
    }
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
        memo_add(d, v);
        buf_u8(b, T_INSTANCE);
        ok = dump_class(d, VAL(val_type(v)));
        if (ok) {
            Value dict = ((InstanceObj *)v)->dict;
            ok = dump(d, dict ? dict : VAL_NONE);
        }
        break;
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
            c->refs++;
            buf_u8(b, T_CHANNEL);
            buf_put(b, &c, sizeof c);
            break;
        }
        /* fall through */
    default:
        err_format(ts, &exc_TypeError, "cannot pickle '%s' object", val_type_name(v));
        ok = false;
    }
    d->depth--;
    return ok;
}

/* Serialises v into out; charges the pickling cost. */
static bool mp_dumps(ThreadState *ts, Value v, MpBuf *out)
{
    Dumper d = {.ts = ts, .b = out};
    bool ok = dump(&d, v);
    free(d.keys);
    free(d.vals);
    vm_charge(ts, (int64_t)out->len * MP_COST_BYTE_NS);
    if (!ok) buf_free(out);
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
        if (!modobj)
            err_format(ts, &exc_ModuleNotFoundError, "No module named '%s'", str_cstr(module));
        else
            err_format(ts, &exc_AttributeError, "Can't get attribute '%s' on <module '%s'>", q,
                       str_eq_cstr(module, "__mp_main__") ? "__main__" : str_cstr(module));
    }
    gc_pop_roots(ts, 3);
    return obj;
}

static Value load(Loader *l)
{
    ThreadState *ts = l->ts;
    uint8_t tag;
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
    default:
        return VAL_NULL;
    }
}

/* Rebuilds a value from a buffer in ts's heap; charges the unpickling cost. */
static Value mp_loads(ThreadState *ts, const MpBuf *b)
{
    vm_charge(ts, (int64_t)b->len * MP_COST_BYTE_NS);
    Loader l = {.ts = ts, .p = b->data, .end = b->data + b->len};
    l.memo = list_new_empty(ts, 8);
    gc_push_root(ts, l.memo);
    Value v = load(&l);
    gc_pop_roots(ts, 1);
    if (!v && !err_occurred(ts)) err_format(ts, &exc_RuntimeError, "_multiprocessing: corrupt message");
    return v;
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

static Value channel_put(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "put", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    MpMsg *m = xcalloc(1, sizeof *m);
    if (!mp_dumps(ts, argv[1], &m->buf)) {
        free(m);
        return VAL_NULL;
    }
    vm_charge(ts, MP_COST_MESSAGE_NS);
    if (c->tail) c->tail->next = m;
    else c->head = m;
    c->tail = m;
    c->count++;
    sched_wake(c->readers, 1);
    return VAL_NONE;
}

/* get(timeout=None) -> (True, obj) or (False, None) once the timeout ran out
 * (timeout 0: don't block). */
static Value channel_get(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "get", argc - 1, kwnames, 0, 1)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    int64_t deadline = -1;
    if (argc > 1 && argv[1] != VAL_NONE) {
        double t;
        if (!float_as_double(ts, argv[1], &t)) return VAL_NULL;
        if (t < 0) t = 0;
        sched_tick(ts->sched);
        deadline = sched_now(ts->interp->sched) + (int64_t)llround(t * 1e9);
    }
    while (!c->head) {
        if (deadline >= 0) {
            sched_tick(ts->sched);
            if (sched_now(ts->interp->sched) >= deadline) return tuple_pack(ts, 2, VAL_FALSE, VAL_NONE);
        }
        SchedWait r = sched_block(ts->sched, c->readers, deadline);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    MpMsg *m = c->head;
    c->head = m->next;
    if (!c->head) c->tail = NULL;
    c->count--;
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

static Value channel_qsize(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "qsize", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, chan_of(argv[0])->count);
}

/* Drops every message waiting (Pool.terminate); returns how many. */
static Value channel_clear(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "clear", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpChan *c = chan_of(argv[0]);
    int64_t n = c->count;
    for (MpMsg *m = c->head, *next; m; m = next) {
        next = m->next;
        buf_free(&m->buf);
        free(m);
    }
    c->head = c->tail = NULL;
    c->count = 0;
    return int_from_i64(ts, n);
}

static Value channel_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<_multiprocessing.Channel object at %p>", (void *)chan_of(self));
}

static const MethodDef channel_methods[] = {
    {"put", channel_put, 0},
    {"get", channel_get, 0},
    {"qsize", channel_qsize, 0},
    {"clear", channel_clear, 0},
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

/* ---- processes ---- */

static MpProc *proc_of(Value v) { return ((OpaqueObj *)v)->data; }

static void process_finalize(Obj *o)
{
    MpProc *p = ((OpaqueObj *)o)->data;
    if (p) proc_decref(p);
}

/* The child's main thread: a fresh interpreter runs multiprocessing's
 * bootstrap (_child_main), which re-runs the main script and calls the
 * target; then the child's non-daemon threads are joined. */
static void child_entry(SchedThread *self, void *arg)
{
    MpProc *p = arg;
    Interp *in = p->child;
    ThreadState *ts = in->main_thread;
    interp_child_attach(in, self);
    sched_charge(self, MP_COST_CHILD_START_NS);
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
    if (!p->done) {
        p->exitcode = status;
        p->done = true;
    }
    sched_wake(p->joiners, -1);
    proc_decref(p);
    /* The child's heap stays: its daemon threads may still be parked. */
    sched_thread_exit(self);
}

/* start(prep, payload, name) -> a process handle. prep (the Process
 * object's state) is rebuilt in the child before it re-runs the main
 * script; payload (target, args, kwargs) after. Both are serialised now, as
 * spawn's Popen pickles the Process object in start(). */
static Value mp_start(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "start", argc, kwnames, 3, 3)) return VAL_NULL;
    if (!IS_STR(argv[2])) return err_format(ts, &exc_TypeError, "start(): name must be a str");
    Interp *in = ts->interp;
    MpState *st = mp_state(in);
    MpProc *p = xcalloc(1, sizeof *p);
    if (!mp_dumps(ts, argv[0], &p->prep) || !mp_dumps(ts, argv[1], &p->payload)) {
        buf_free(&p->prep);
        free(p);
        return VAL_NULL;
    }
    Value main = dict_get_cstr(in->modules, "__main__");
    Value file = main ? dict_get_str(module_dict(main), in->names.__file__) : VAL_NULL;
    if (file && IS_STR(file)) p->main_path = xstrdup(str_cstr(file));
    p->refs = 2;
    p->pid = st->shared->next_pid++;
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
    child->mp = cst;
    p->child = child;
    child->main_thread->sched =
        sched_thread_start_in(ts->sched, child->process, "MainThread", child->main_thread, child_entry, p);
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
    return p->done ? int_from_i64(ts, p->exitcode) : VAL_NONE;
}

/* join(timeout=None) -> whether the process has ended. */
static Value process_join(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "join", argc - 1, kwnames, 0, 1)) return VAL_NULL;
    MpProc *p = proc_of(argv[0]);
    int64_t deadline = -1;
    if (argc > 1 && argv[1] != VAL_NONE) {
        double t;
        if (!float_as_double(ts, argv[1], &t)) return VAL_NULL;
        if (t < 0) t = 0;
        sched_tick(ts->sched);
        deadline = sched_now(ts->interp->sched) + (int64_t)llround(t * 1e9);
    }
    while (!p->done) {
        if (deadline >= 0) {
            sched_tick(ts->sched);
            if (sched_now(ts->interp->sched) >= deadline) return VAL_FALSE;
        }
        SchedWait r = sched_block(ts->sched, p->joiners, deadline);
        if (r == SCHED_DEADLOCK) return err_format(ts, &exc_RuntimeError, "deadlock: every thread is blocked");
    }
    return VAL_TRUE;
}

/* terminate(): the process counts as ended by SIGTERM from now on (joiners
 * wake up, exitcode -15). The simulation cannot stop the child's threads in
 * the middle of their work; they run on unseen by the parent. */
static Value process_terminate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "terminate", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = proc_of(argv[0]);
    if (!p->done) {
        p->done = true;
        p->exitcode = -15;
        sched_wake(p->joiners, -1);
    }
    return VAL_NONE;
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

/* run_main(): spawn's _fixup_main_from_path — runs the parent's main script
 * as __mp_main__ (also registered as __main__). Nothing happens if the
 * parent's main has no file (a REPL, a lesson cell): CPython's spawn finds
 * nothing to re-run either. */
static Value mp_run_main(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "run_main", argc, kwnames, 0, 0)) return VAL_NULL;
    MpProc *p = self_proc(ts);
    if (!p || !p->main_path) return VAL_NONE;
    FILE *f = fopen(p->main_path, "rb");
    if (!f) return VAL_NONE;
    MpBuf src = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(&src, chunk, n);
    fclose(f);
    Interp *in = ts->interp;
    Value fname = str_from_cstr(ts, p->main_path);
    gc_push_root(ts, fname);
    Value code = compile_source(ts, src.data ? src.data : "", src.len, fname, PARSE_FILE);
    buf_free(&src);
    if (!code) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, code);
    Value main = module_new(ts, interp_intern_cstr(ts, "__mp_main__"));
    gc_push_root(ts, main);
    dict_set_str(in, module_dict(main), in->names.__file__, fname);
    dict_set_str(in, in->modules, interp_intern_cstr(ts, "__mp_main__"), main);
    dict_set_str(in, in->modules, in->names.__main__, main);
    in->main_module = main;
    Value r = eval_module(ts, code, module_dict(main));
    gc_pop_roots(ts, 3);
    return r ? VAL_NONE : VAL_NULL;
}

/* dumps_size(obj) -> the serialised size (checks that obj can cross). */
static Value mp_dumps_size(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "dumps_size", argc, kwnames, 1, 1)) return VAL_NULL;
    MpBuf b = {0};
    if (!mp_dumps(ts, argv[0], &b)) return VAL_NULL;
    size_t n = b.len;
    buf_free(&b);
    return int_from_i64(ts, (int64_t)n);
}

/* copy(obj) -> obj serialised and rebuilt, in this process (tests). */
static Value mp_copy(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "copy", argc, kwnames, 1, 1)) return VAL_NULL;
    MpBuf b = {0};
    if (!mp_dumps(ts, argv[0], &b)) return VAL_NULL;
    Value v = mp_loads(ts, &b);
    buf_free(&b);
    return v;
}

static Value mp_parent_pid(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "parent_pid", argc, kwnames, 0, 0)) return VAL_NULL;
    return ts->interp->ppid ? int_from_i64(ts, ts->interp->ppid) : VAL_NONE;
}

static const MethodDef mp_functions[] = {
    {"start", mp_start, 0},
    {"child_prep", mp_child_prep, 0},
    {"child_payload", mp_child_payload, 0},
    {"run_main", mp_run_main, 0},
    {"dumps_size", mp_dumps_size, 0},
    {"copy", mp_copy, 0},
    {"parent_pid", mp_parent_pid, 0},
    {NULL, NULL, 0},
};

void mpmod_types_init(void)
{
    type_ready(&type_mp_channel);
    type_ready(&type_mp_process);
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
