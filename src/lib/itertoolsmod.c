/* itertoolsmod.c — the itertools module, in C as in CPython.
 *
 * Every iterator is one ItObj whose fields each type gives a meaning (noted
 * at the type). They are lazy, as CPython's: nothing is read from an input
 * before next() asks for it, and an exhausted iterator stays exhausted.
 * tee() shares its input through a chain of blocks of read items, so a
 * block is freed by the GC once every tee has moved past it. The
 * combinatoric iterators keep their index arrays in buffers owned by the
 * object (finalize frees them), following CPython's algorithms so that
 * the order of results is the same.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/cost.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

typedef struct ItObj {
    Obj h;
    Value dict;            /* unused (OpaqueObj's layout) */
    Interp *in;            /* owner of idx/idx2 */
    Value a, b, c, d, e;
    int64_t i, j, k, n;
    int64_t *idx, *idx2;   /* index arrays of the combinatoric iterators */
    int64_t nidx, nidx2;
    bool done, first;
} ItObj;

#define IT(v) ((ItObj *)(v))

static void it_trace(GC *gc, Obj *self)
{
    ItObj *it = (ItObj *)self;
    Value *vs[] = {&it->a, &it->b, &it->c, &it->d, &it->e};
    for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
        if (val_is_obj(*vs[i])) gc_mark(gc, *vs[i]);
}

static void it_finalize(Obj *self)
{
    ItObj *it = (ItObj *)self;
    gc_buf_free(it->in, it->idx, sizeof(int64_t) * (size_t)it->nidx);
    gc_buf_free(it->in, it->idx2, sizeof(int64_t) * (size_t)it->nidx2);
    it->idx = it->idx2 = NULL;
    it->nidx = it->nidx2 = 0;
}

static ItObj *it_alloc(ThreadState *ts, Type *t)
{
    ItObj *it = gc_alloc(ts, t, sizeof(ItObj));
    it->in = ts->interp;
    return it;
}

static int64_t *idx_alloc(ItObj *it, int64_t n, int64_t **slot, int64_t *count)
{
    *slot = gc_buf_alloc(it->in, sizeof(int64_t) * (size_t)(n ? n : 1));
    *count = n ? n : 1;
    return *slot;
}

static Value it_self(ThreadState *ts, Value self) { return self; }

/* The next item of an input iterator; VAL_NULL when exhausted or on error. */
static Value next_of(ThreadState *ts, Value it) { return obj_next(ts, it); }

#define IT_TYPE(var, tname, tflags_, methods_, newfn, reprfn, iterfn, nextfn) \
    static Type var = {                                                   \
        .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL}, \
        .name = tname,                                                    \
        .layout = K_OPAQUE,                                               \
        .tflags = tflags_,                                                \
        .instance_size = sizeof(ItObj),                                   \
        .methods = methods_,                                              \
        .tp_new = newfn,                                                  \
        .tp_repr = reprfn,                                                \
        .tp_iter = iterfn,                                                \
        .tp_next = nextfn,                                                \
        .trace = it_trace,                                                \
        .finalize = it_finalize,                                          \
    };
/* the public iterator types: subclassable, no methods of their own */
#define ITER_TYPE(var, tname, newfn, nextfn) IT_TYPE(var, tname, TF_BASETYPE, NULL, newfn, NULL, it_self, nextfn)

static bool no_kwargs(ThreadState *ts, const char *name, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

/* ==== count(start=0, step=1): a = current, b = step ==== */

static bool is_number(Value v)
{
    Type *t = val_type(v);
    return val_is_int(v) || IS_FLOAT(v) || t->nb_index || t->nb_float || t->nb_int ||
           t->nb_binary[OP_ADD];
}

static Value count_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"start", "step"};
    Value av[2];
    if (!args_bind(ts, "count", argc, argv, kwnames, 2, names, 0, 2, 0, av)) return VAL_NULL;
    Value start = av[0] ? av[0] : val_from_smallint(0);
    Value step = av[1] ? av[1] : val_from_smallint(1);
    if (!is_number(start) || !is_number(step) || IS_STR(start) || IS_STR(step))
        return err_format(ts, &exc_TypeError, "a number is required");
    ItObj *it = it_alloc(ts, t);
    it->a = start;
    it->b = step;
    return VAL(it);
}

static Value count_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    Value cur = it->a;
    Value nxt = obj_binop(ts, OP_ADD, cur, it->b);
    if (!nxt) return VAL_NULL;
    it->a = nxt;
    return cur;
}

static Value count_repr(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "count(");
    if (sb_append_repr(ts, &sb, it->a) < 0) goto fail;
    /* the step is shown unless it is the integer 1 */
    if (!(val_is_smallint(it->b) && val_smallint(it->b) == 1 && val_type(it->b) == &type_int)) {
        sb_puts(&sb, ", ");
        if (sb_append_repr(ts, &sb, it->b) < 0) goto fail;
    }
    sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
fail:
    sb_free(&sb);
    return VAL_NULL;
}

/* ==== cycle(iterable): a = input iterator (VAL_NULL once drained), b = saved list, i = position ==== */

/* An iterator over one iterable argument (a = iter(it)): cycle, pairwise. */
static ItObj *one_iterable_new(ThreadState *ts, Type *t, const char *name, int argc, Value *argv, Value kwnames)
{
    if (!no_kwargs(ts, name, kwnames) || !lib_check_positional(ts, name, argc, VAL_NULL, 1, 1))
        return NULL;
    Value src = obj_iter(ts, argv[0]);
    if (!src) return NULL;
    gc_push_root(ts, src);
    ItObj *it = it_alloc(ts, t);
    it->a = src;
    gc_pop_roots(ts, 1);
    return it;
}

static Value cycle_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    ItObj *it = one_iterable_new(ts, t, "cycle", argc, argv, kwnames);
    if (!it) return VAL_NULL;
    it->b = list_new_empty(ts, 8);
    return VAL(it);
}

static Value cycle_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->a) {
        Value v = next_of(ts, it->a);
        if (v) {
            list_append(ts, it->b, v);
            return v;
        }
        if (err_occurred(ts)) return VAL_NULL;
        it->a = VAL_NULL;
    }
    int64_t n = LIST(it->b)->length;
    if (n == 0) return VAL_NULL;
    Value v = LIST(it->b)->items[it->i % n];
    it->i = (it->i + 1) % n;
    return v;
}

/* ==== repeat(object, times=None): a = object, n = times left (-1: forever) ==== */

static Value repeat_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"object", "times"};
    Value av[2];
    if (!args_bind(ts, "repeat", argc, argv, kwnames, 2, names, 0, 2, 1, av)) return VAL_NULL;
    int64_t n = -1;
    if (av[1]) {
        if (!int_arg(ts, av[1], &n)) return VAL_NULL;
        if (n < 0) n = 0;
    }
    ItObj *it = it_alloc(ts, t);
    it->a = av[0];
    it->n = n;
    return VAL(it);
}

static Value repeat_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->n == 0) return VAL_NULL;
    if (it->n > 0) it->n--;
    return it->a;
}

static Value repeat_repr(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    Value r = obj_repr(ts, it->a);
    if (!r) return VAL_NULL;
    if (it->n < 0) return str_printf(ts, "repeat(%s)", str_cstr(r));
    return str_printf(ts, "repeat(%s, %lld)", str_cstr(r), (long long)it->n);
}

static Value repeat_length_hint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    ItObj *it = IT(argv[0]);
    if (it->n < 0) return err_format(ts, &exc_TypeError, "len() of unsized object");
    return int_from_i64(ts, it->n);
}

/* ==== accumulate(iterable, func=None, *, initial=None): a = input, b = func, c = total, d = initial ==== */

static Value accumulate_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"iterable", "func", "initial"};
    Value av[3];
    if (!args_bind(ts, "accumulate", argc, argv, kwnames, 3, names, 0, 2, 1, av)) return VAL_NULL;
    Value src = obj_iter(ts, av[0]);
    if (!src) return VAL_NULL;
    ItObj *it = it_alloc(ts, t);
    it->a = src;
    it->b = av[1] && av[1] != VAL_NONE ? av[1] : VAL_NULL;
    it->d = av[2] && av[2] != VAL_NONE ? av[2] : VAL_NULL;
    return VAL(it);
}

static Value accumulate_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->d) {
        it->c = it->d;
        it->d = VAL_NULL;
        return it->c;
    }
    Value v = next_of(ts, it->a);
    if (!v) return VAL_NULL;
    if (!it->c) {
        it->c = v;
        return v;
    }
    gc_push_root(ts, v);
    Value total = it->b ? vm_call2(ts, it->b, it->c, v) : obj_binop(ts, OP_ADD, it->c, v);
    gc_pop_roots(ts, 1);
    if (!total) return VAL_NULL;
    it->c = total;
    return total;
}

/* ==== chain(*iterables), chain.from_iterable(it): a = iterator of the iterables, b = current ==== */

static Type chain_type;

static Value chain_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_kwargs(ts, "chain", kwnames)) return VAL_NULL;
    Value args = tuple_from_array(ts, argc, argv);
    gc_push_root(ts, args);
    Value src = obj_iter(ts, args);
    gc_pop_roots(ts, 1);
    if (!src) return VAL_NULL;
    ItObj *it = it_alloc(ts, t);
    it->a = src;
    return VAL(it);
}

static Value chain_from_iterable(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "chain.from_iterable", argc, kwnames)) return VAL_NULL;
    Value src = obj_iter(ts, argv[1]);
    if (!src) return VAL_NULL;
    gc_push_root(ts, src);
    ItObj *it = it_alloc(ts, IS_TYPE(argv[0]) ? (Type *)argv[0] : &chain_type);
    it->a = src;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

static Value chain_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    for (;;) {
        if (!it->b) {
            if (!it->a) return VAL_NULL;
            Value next_iterable = next_of(ts, it->a);
            if (!next_iterable) {
                if (!err_occurred(ts)) it->a = VAL_NULL;
                return VAL_NULL;
            }
            gc_push_root(ts, next_iterable);
            Value sub = obj_iter(ts, next_iterable);
            gc_pop_roots(ts, 1);
            if (!sub) return VAL_NULL;
            it->b = sub;
        }
        Value v = next_of(ts, it->b);
        if (v) return v;
        if (err_occurred(ts)) return VAL_NULL;
        it->b = VAL_NULL;
    }
}

/* ==== compress(data, selectors): a = data, b = selectors ==== */

static Value compress_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"data", "selectors"};
    Value av[2];
    if (!args_bind(ts, "compress", argc, argv, kwnames, 2, names, 0, 2, 2, av)) return VAL_NULL;
    Value d = obj_iter(ts, av[0]);
    if (!d) return VAL_NULL;
    gc_push_root(ts, d);
    Value s = obj_iter(ts, av[1]);
    if (!s) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, s);
    ItObj *it = it_alloc(ts, t);
    it->a = d;
    it->b = s;
    gc_pop_roots(ts, 2);
    return VAL(it);
}

static Value compress_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    for (;;) {
        Value v = next_of(ts, it->a);
        if (!v) return VAL_NULL;
        gc_push_root(ts, v);
        Value s = next_of(ts, it->b);
        if (!s) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        int r = obj_truthy(ts, s);
        gc_pop_roots(ts, 1);
        if (r < 0) return VAL_NULL;
        if (r) return v;
    }
}

/* ==== dropwhile / takewhile / filterfalse(pred, iterable): a = pred, b = input ==== */

static Value pred_iter_new(ThreadState *ts, Type *t, const char *name, int argc, Value *argv, Value kwnames)
{
    if (!no_kwargs(ts, name, kwnames) || !lib_check_positional(ts, name, argc, VAL_NULL, 2, 2))
        return VAL_NULL;
    Value src = obj_iter(ts, argv[1]);
    if (!src) return VAL_NULL;
    gc_push_root(ts, src);
    ItObj *it = it_alloc(ts, t);
    it->a = argv[0];
    it->b = src;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

/* pred(v) as a truth value; filterfalse's None predicate is bool. */
static int call_pred(ThreadState *ts, Value pred, Value v)
{
    if (pred == VAL_NONE) return obj_truthy(ts, v);
    gc_push_root(ts, v);
    Value r = vm_call1(ts, pred, v);
    int t = r ? obj_truthy(ts, r) : -1;
    gc_pop_roots(ts, 1);
    return t;
}

static Value dropwhile_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return pred_iter_new(ts, t, "dropwhile", argc, argv, kwnames);
}

static Value dropwhile_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    for (;;) {
        Value v = next_of(ts, it->b);
        if (!v) return VAL_NULL;
        if (it->done) return v;
        int r = call_pred(ts, it->a, v);
        if (r < 0) return VAL_NULL;
        if (!r) {
            it->done = true;
            return v;
        }
    }
}

static Value takewhile_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return pred_iter_new(ts, t, "takewhile", argc, argv, kwnames);
}

static Value takewhile_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->done) return VAL_NULL;
    Value v = next_of(ts, it->b);
    if (!v) return VAL_NULL;
    int r = call_pred(ts, it->a, v);
    if (r < 0) return VAL_NULL;
    if (r) return v;
    it->done = true;
    return VAL_NULL;
}

static Value filterfalse_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return pred_iter_new(ts, t, "filterfalse", argc, argv, kwnames);
}

static Value filterfalse_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    for (;;) {
        Value v = next_of(ts, it->b);
        if (!v) return VAL_NULL;
        int r = call_pred(ts, it->a, v);
        if (r < 0) return VAL_NULL;
        if (!r) return v;
    }
}

/* ==== starmap(func, iterable): a = func, b = input ==== */

static Value starmap_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return pred_iter_new(ts, t, "starmap", argc, argv, kwnames);
}

static Value starmap_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    Value args = next_of(ts, it->b);
    if (!args) return VAL_NULL;
    gc_push_root(ts, args);
    Value holder = VAL_NULL;
    int64_t n;
    Value *items = seq_items(ts, args, &n, &holder);
    Value r = VAL_NULL;
    if (items) {
        gc_push_root(ts, holder);
        r = vm_call(ts, it->a, (int)n, items, VAL_NULL);
        gc_pop_roots(ts, 1);
    }
    gc_pop_roots(ts, 1);
    return r;
}

/* ==== groupby(iterable, key=None): a = input, b = key func, c = current key,
 * d = current value, e = the key of the group being handed out; n = group id ==== */

static Type grouper_type;

static Value groupby_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"iterable", "key"};
    Value av[2];
    if (!args_bind(ts, "groupby", argc, argv, kwnames, 2, names, 0, 2, 1, av)) return VAL_NULL;
    Value src = obj_iter(ts, av[0]);
    if (!src) return VAL_NULL;
    gc_push_root(ts, src);
    ItObj *it = it_alloc(ts, t);
    it->a = src;
    it->b = av[1] && av[1] != VAL_NONE ? av[1] : VAL_NULL;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

/* Reads the next value and its key into d and c; 0 at the end, -1 on error. */
static int groupby_step(ThreadState *ts, ItObj *gb)
{
    Value v = next_of(ts, gb->a);
    if (!v) return err_occurred(ts) ? -1 : 0;
    gc_push_root(ts, v);
    Value k = gb->b ? vm_call1(ts, gb->b, v) : v;
    gc_pop_roots(ts, 1);
    if (!k) return -1;
    gb->d = v;
    gb->c = k;
    return 1;
}

static Value groupby_next(ThreadState *ts, Value self)
{
    ItObj *gb = IT(self);
    gb->n++;    /* invalidates the previous group's grouper */
    /* skip to the first value whose key differs from the group handed out */
    for (;;) {
        if (!gb->c) {
            int r = groupby_step(ts, gb);
            if (r <= 0) return VAL_NULL;
        } else if (!gb->e) {
            break;
        } else {
            int eq = obj_eq(ts, gb->e, gb->c);
            if (eq < 0) return VAL_NULL;
            if (!eq) break;
            int r = groupby_step(ts, gb);
            if (r <= 0) return VAL_NULL;
        }
    }
    gb->e = gb->c;
    ItObj *g = it_alloc(ts, &grouper_type);
    g->a = self;
    g->b = gb->e;
    g->n = gb->n;
    Value grouper = VAL(g);
    gc_push_root(ts, grouper);
    Value r = tuple_pack(ts, 2, gb->e, grouper);
    gc_pop_roots(ts, 1);
    return r;
}

/* _grouper: a = the groupby, b = its key, n = the group id it belongs to */
static Value grouper_next(ThreadState *ts, Value self)
{
    ItObj *g = IT(self);
    ItObj *gb = IT(g->a);
    if (gb->n != g->n) return VAL_NULL;
    if (!gb->c) {
        int r = groupby_step(ts, gb);
        if (r <= 0) return VAL_NULL;
    }
    int eq = obj_eq(ts, g->b, gb->c);
    if (eq <= 0) return VAL_NULL;
    Value v = gb->d;
    gb->c = VAL_NULL;
    gb->d = VAL_NULL;
    return v;
}

/* ==== islice(iterable, stop) / islice(iterable, start, stop[, step]):
 * a = input, i = next index to read, j = next index to yield, k = stop (-1: none), n = step ==== */

/* v as a non-negative index, or -1 (None, or not an integer: CPython
 * clears that error and reports its own). */
static int64_t islice_arg(ThreadState *ts, Value v, int64_t dflt)
{
    if (v == VAL_NONE) return dflt;
    int64_t i;
    if (!val_is_int(v) && !val_type(v)->nb_index) return -1;
    Value iv = obj_index(ts, v);
    if (!iv || !int_to_i64(iv, &i)) {
        err_clear(ts);
        return -1;
    }
    return i;
}

static Value islice_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_kwargs(ts, "islice", kwnames) || !lib_check_positional(ts, "islice", argc, VAL_NULL, 2, 4))
        return VAL_NULL;
    int64_t start = 0, stop = -1, step = 1;
    Value stop_arg = argc == 2 ? argv[1] : argv[2];
    if (argc > 2) start = islice_arg(ts, argv[1], 0);
    if (stop_arg != VAL_NONE) {
        stop = islice_arg(ts, stop_arg, -1);
        if (stop == -1)
            return err_format(ts, &exc_ValueError,
                              "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (start < 0 || stop < -1)
        return err_format(ts, &exc_ValueError,
                          "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (argc == 4) step = islice_arg(ts, argv[3], 1);
    if (step < 1)
        return err_format(ts, &exc_ValueError, "Step for islice() must be a positive integer or None.");
    Value src = obj_iter(ts, argv[0]);
    if (!src) return VAL_NULL;
    gc_push_root(ts, src);
    ItObj *it = it_alloc(ts, t);
    it->a = src;
    it->j = start;
    it->k = stop;
    it->n = step;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

static Value islice_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (!it->a) return VAL_NULL;
    int64_t stop = it->k;
    /* as CPython: skip to the next index (even past stop), then stop */
    while (it->i < it->j) {
        Value v = next_of(ts, it->a);
        if (!v) {
            it->a = VAL_NULL;
            return VAL_NULL;
        }
        it->i++;
    }
    if (stop >= 0 && it->i >= stop) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    Value v = next_of(ts, it->a);
    if (!v) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    it->i++;
    it->j += it->n;
    if (stop >= 0 && it->j > stop) it->j = stop;
    return v;
}

/* ==== pairwise(iterable): a = input, b = the previous item ==== */

static Value pairwise_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    ItObj *it = one_iterable_new(ts, t, "pairwise", argc, argv, kwnames);
    return it ? VAL(it) : VAL_NULL;
}

static Value pairwise_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (!it->a) return VAL_NULL;
    if (!it->b) {
        Value first = next_of(ts, it->a);
        if (!first) {
            if (!err_occurred(ts)) it->a = VAL_NULL;
            return VAL_NULL;
        }
        it->b = first;
    }
    Value v = next_of(ts, it->a);
    if (!v) {
        if (!err_occurred(ts)) {
            it->a = VAL_NULL;
            it->b = VAL_NULL;
        }
        return VAL_NULL;
    }
    gc_push_root(ts, v);
    Value r = tuple_pack(ts, 2, it->b, v);
    gc_pop_roots(ts, 1);
    it->b = v;
    return r;
}

/* ==== tee(iterable, n=2) ====
 * _tee_dataobject (a block): a = the shared input, b = values (a list of up
 * to TEE_BLOCK), c = the next block. _tee: a = its block, i = index in it. */

enum { TEE_BLOCK = 57 };

static Type tee_type, teedata_type;

static Value teedata_new_block(ThreadState *ts, Value src)
{
    ItObj *d = it_alloc(ts, &teedata_type);
    d->a = src;
    d->b = list_new_empty(ts, TEE_BLOCK);
    return VAL(d);
}

static Value tee_from_iterable(ThreadState *ts, Value iterable)
{
    Value src = obj_iter(ts, iterable);
    if (!src) return VAL_NULL;
    gc_push_root(ts, src);
    Value block = teedata_new_block(ts, src);
    gc_push_root(ts, block);
    ItObj *t = it_alloc(ts, &tee_type);
    t->a = block;
    gc_pop_roots(ts, 2);
    return VAL(t);
}

static Value tee_copy_of(ThreadState *ts, Value self)
{
    ItObj *t = it_alloc(ts, &tee_type);
    t->a = IT(self)->a;
    t->i = IT(self)->i;
    return VAL(t);
}

static Value tee_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_kwargs(ts, "_tee", kwnames) || !lib_check_positional(ts, "_tee", argc, VAL_NULL, 1, 1))
        return VAL_NULL;
    if (val_type(argv[0]) == &tee_type) return tee_copy_of(ts, argv[0]);
    return tee_from_iterable(ts, argv[0]);
}

static Value tee_next(ThreadState *ts, Value self)
{
    ItObj *t = IT(self);
    ItObj *block = IT(t->a);
    if (t->i >= TEE_BLOCK) {
        if (!block->c) {
            Value nb = teedata_new_block(ts, block->a);
            block->c = nb;
        }
        t->a = block->c;
        t->i = 0;
        block = IT(t->a);
    }
    Value values = block->b;
    if (t->i < LIST(values)->length)
        return LIST(values)->items[t->i++];
    if (block->done) return VAL_NULL;
    if (block->first) return err_format(ts, &exc_RuntimeError, "cannot re-enter the tee iterator");
    block->first = true;
    Value v = next_of(ts, block->a);
    block->first = false;
    if (!v) {
        if (!err_occurred(ts)) block->done = true;
        return VAL_NULL;
    }
    list_append(ts, values, v);
    t->i++;
    return v;
}

static Value tee_copy(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "__copy__", argc - 1, kwnames)) return VAL_NULL;
    return tee_copy_of(ts, argv[0]);
}

static Value itertools_tee(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "tee", argc, kwnames, 1, 2)) return VAL_NULL;
    int64_t n = 2;
    if (argc == 2 && !int_arg(ts, argv[1], &n)) return VAL_NULL;
    if (n < 0) return err_format(ts, &exc_ValueError, "n must be >= 0");
    if (n == 0) return VAL_EMPTY_TUPLE;
    Value first;
    /* an iterable that can copy itself (a tee) is copied, as CPython does */
    Value copier = obj_lookup_attr(ts, argv[0], interp_intern_cstr(ts, "__copy__"));
    if (!copier && err_occurred(ts)) return VAL_NULL;
    if (copier && val_type(argv[0]) == &tee_type) {
        first = tee_copy_of(ts, argv[0]);
    } else {
        first = tee_from_iterable(ts, argv[0]);
    }
    if (!first) return VAL_NULL;
    gc_push_root(ts, first);
    Value r = tuple_new(ts, n);
    TUPLE(r)->items[0] = first;
    gc_push_root(ts, r);
    for (int64_t i = 1; i < n; i++)
        TUPLE(r)->items[i] = tee_copy_of(ts, first);
    gc_pop_roots(ts, 2);
    return r;
}

/* ==== zip_longest(*iterables, fillvalue=None): a = tuple of iterators (None when done),
 * b = fillvalue, n = how many are still active ==== */

static Value zip_longest_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    Value fill = VAL_NONE;
    if (kwnames) {
        for (int64_t i = 0; i < TUPLE(kwnames)->length; i++) {
            if (!str_eq_cstr(TUPLE(kwnames)->items[i], "fillvalue"))
                return err_format(ts, &exc_TypeError, "zip_longest() got an unexpected keyword argument");
            fill = argv[npos + i];
        }
    }
    Value its = tuple_new(ts, npos);
    gc_push_root(ts, its);
    for (int i = 0; i < npos; i++) {
        Value s = obj_iter(ts, argv[i]);
        if (!s) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        TUPLE(its)->items[i] = s;
    }
    ItObj *it = it_alloc(ts, t);
    it->a = its;
    it->b = fill;
    it->n = npos;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

static Value zip_longest_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    int64_t n = TUPLE(it->a)->length;
    if (n == 0 || it->n == 0) return VAL_NULL;
    Value r = tuple_new(ts, n);
    gc_push_root(ts, r);
    for (int64_t i = 0; i < n; i++) {
        Value src = TUPLE(it->a)->items[i];
        Value v = VAL_NULL;
        if (src != VAL_NONE) {
            v = next_of(ts, src);
            if (!v) {
                if (err_occurred(ts)) {
                    gc_pop_roots(ts, 1);
                    return VAL_NULL;
                }
                TUPLE(it->a)->items[i] = VAL_NONE;
                if (--it->n == 0) {
                    gc_pop_roots(ts, 1);
                    return VAL_NULL;
                }
            }
        }
        TUPLE(r)->items[i] = v ? v : it->b;
    }
    gc_pop_roots(ts, 1);
    return r;
}

/* ==== product(*iterables, repeat=1): a = tuple of pools (tuples), b = the last result;
 * idx = indices, nidx = number of pools ==== */

static Value product_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    int64_t repeat = 1;
    if (kwnames) {
        for (int64_t i = 0; i < TUPLE(kwnames)->length; i++) {
            if (!str_eq_cstr(TUPLE(kwnames)->items[i], "repeat"))
                return err_format(ts, &exc_TypeError, "product() got an unexpected keyword argument '%s'",
                                  str_cstr(TUPLE(kwnames)->items[i]));
            if (!int_arg(ts, argv[npos + i], &repeat)) return VAL_NULL;
        }
    }
    if (repeat < 0) return err_format(ts, &exc_ValueError, "repeat argument cannot be negative");
    if (npos && repeat > INT32_MAX / npos) return err_format(ts, &exc_OverflowError, "repeat argument too large");
    int64_t npools = npos * repeat;
    Value pools = tuple_new(ts, npools);
    gc_push_root(ts, pools);
    for (int i = 0; i < npos; i++) {
        Value l = seq_to_list(ts, argv[i]);
        if (!l) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        Value tup = list_as_tuple(ts, l);
        for (int64_t r = 0; r < repeat; r++)
            TUPLE(pools)->items[r * npos + i] = tup;
    }
    ItObj *it = it_alloc(ts, t);
    it->a = pools;
    idx_alloc(it, npools, &it->idx, &it->nidx);
    memset(it->idx, 0, sizeof(int64_t) * (size_t)it->nidx);
    it->n = npools;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

static Value product_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->done) return VAL_NULL;
    int64_t n = it->n;
    Value pools = it->a;
    if (!it->first) {
        it->first = true;
        for (int64_t i = 0; i < n; i++)
            if (TUPLE(TUPLE(pools)->items[i])->length == 0) {
                it->done = true;
                return VAL_NULL;
            }
    } else {
        /* advance the rightmost index that can move, resetting those after it */
        int64_t i = n - 1;
        for (; i >= 0; i--) {
            it->idx[i]++;
            if (it->idx[i] < TUPLE(TUPLE(pools)->items[i])->length) break;
            it->idx[i] = 0;
        }
        if (i < 0) {
            it->done = true;
            return VAL_NULL;
        }
    }
    vm_charge(ts, n * COST_PER_COPY);
    Value r = tuple_new(ts, n);
    for (int64_t i = 0; i < n; i++)
        TUPLE(r)->items[i] = TUPLE(TUPLE(pools)->items[i])->items[it->idx[i]];
    return r;
}

/* ==== combinations(iterable, r), combinations_with_replacement(iterable, r),
 * permutations(iterable, r=None): a = pool (a tuple), n = r; idx = indices,
 * idx2 = permutations' cycles ==== */

static Value comb_common_new(ThreadState *ts, Type *t, const char *name, int argc, Value *argv, Value kwnames,
                             bool r_optional)
{
    static const char *const names[] = {"iterable", "r"};
    Value av[2];
    if (!args_bind(ts, name, argc, argv, kwnames, 2, names, 0, 2, r_optional ? 1 : 2, av)) return VAL_NULL;
    Value l = seq_to_list(ts, av[0]);
    if (!l) return VAL_NULL;
    Value pool = list_as_tuple(ts, l);
    gc_push_root(ts, pool);
    int64_t n = TUPLE(pool)->length, r = n;
    if (av[1] && av[1] != VAL_NONE) {
        if (!int_arg(ts, av[1], &r)) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
    } else if (av[1] == VAL_NONE && !r_optional) {
        gc_pop_roots(ts, 1);
        return err_format(ts, &exc_TypeError, "'NoneType' object cannot be interpreted as an integer");
    }
    if (r < 0) {
        gc_pop_roots(ts, 1);
        return err_format(ts, &exc_ValueError, "r must be non-negative");
    }
    ItObj *it = it_alloc(ts, t);
    it->a = pool;
    it->n = r;
    gc_pop_roots(ts, 1);
    return VAL(it);
}

static Value pool_tuple(ThreadState *ts, ItObj *it)
{
    vm_charge(ts, it->n * COST_PER_COPY);
    Value r = tuple_new(ts, it->n);
    for (int64_t i = 0; i < it->n; i++)
        TUPLE(r)->items[i] = TUPLE(it->a)->items[it->idx[i]];
    return r;
}

static Value combinations_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value v = comb_common_new(ts, t, "combinations", argc, argv, kwnames, false);
    if (!v) return VAL_NULL;
    ItObj *it = IT(v);
    idx_alloc(it, it->n, &it->idx, &it->nidx);
    for (int64_t i = 0; i < it->n; i++) it->idx[i] = i;
    it->done = it->n > TUPLE(it->a)->length;
    return v;
}

static Value combinations_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->done) return VAL_NULL;
    int64_t n = TUPLE(it->a)->length, r = it->n;
    if (it->first) {
        int64_t i = r - 1;
        while (i >= 0 && it->idx[i] == i + n - r) i--;
        if (i < 0) {
            it->done = true;
            return VAL_NULL;
        }
        it->idx[i]++;
        for (int64_t j = i + 1; j < r; j++) it->idx[j] = it->idx[j - 1] + 1;
    }
    it->first = true;
    return pool_tuple(ts, it);
}

static Value cwr_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value v = comb_common_new(ts, t, "combinations_with_replacement", argc, argv, kwnames, false);
    if (!v) return VAL_NULL;
    ItObj *it = IT(v);
    idx_alloc(it, it->n, &it->idx, &it->nidx);
    memset(it->idx, 0, sizeof(int64_t) * (size_t)it->nidx);
    it->done = TUPLE(it->a)->length == 0 && it->n > 0;
    return v;
}

static Value cwr_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->done) return VAL_NULL;
    int64_t n = TUPLE(it->a)->length, r = it->n;
    if (it->first) {
        int64_t i = r - 1;
        while (i >= 0 && it->idx[i] == n - 1) i--;
        if (i < 0) {
            it->done = true;
            return VAL_NULL;
        }
        int64_t v = it->idx[i] + 1;
        for (int64_t j = i; j < r; j++) it->idx[j] = v;
    }
    it->first = true;
    return pool_tuple(ts, it);
}

static Value permutations_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value v = comb_common_new(ts, t, "permutations", argc, argv, kwnames, true);
    if (!v) return VAL_NULL;
    ItObj *it = IT(v);
    int64_t n = TUPLE(it->a)->length, r = it->n;
    idx_alloc(it, n, &it->idx, &it->nidx);
    for (int64_t i = 0; i < n; i++) it->idx[i] = i;
    idx_alloc(it, r, &it->idx2, &it->nidx2);
    for (int64_t i = 0; i < r; i++) it->idx2[i] = n - i;
    it->done = r > n;
    return v;
}

static Value permutations_next(ThreadState *ts, Value self)
{
    ItObj *it = IT(self);
    if (it->done) return VAL_NULL;
    int64_t n = TUPLE(it->a)->length, r = it->n;
    if (it->first) {
        if (n == 0) {
            it->done = true;
            return VAL_NULL;
        }
        int64_t i = r - 1;
        for (; i >= 0; i--) {
            it->idx2[i]--;
            if (it->idx2[i] == 0) {
                /* rotate indices[i:] left by one */
                int64_t first = it->idx[i];
                for (int64_t j = i; j < n - 1; j++) it->idx[j] = it->idx[j + 1];
                it->idx[n - 1] = first;
                it->idx2[i] = n - i;
            } else {
                int64_t j = n - it->idx2[i];
                int64_t tmp = it->idx[i];
                it->idx[i] = it->idx[j];
                it->idx[j] = tmp;
                break;
            }
        }
        if (i < 0) {
            it->done = true;
            return VAL_NULL;
        }
    }
    it->first = true;
    return pool_tuple(ts, it);
}

/* ==== the types ==== */

IT_TYPE(count_type, "itertools.count", TF_BASETYPE, NULL, count_new, count_repr, it_self, count_next)
ITER_TYPE(cycle_type, "itertools.cycle", cycle_new, cycle_next)
ITER_TYPE(accumulate_type, "itertools.accumulate", accumulate_new, accumulate_next)
ITER_TYPE(compress_type, "itertools.compress", compress_new, compress_next)
ITER_TYPE(dropwhile_type, "itertools.dropwhile", dropwhile_new, dropwhile_next)
ITER_TYPE(takewhile_type, "itertools.takewhile", takewhile_new, takewhile_next)
ITER_TYPE(filterfalse_type, "itertools.filterfalse", filterfalse_new, filterfalse_next)
ITER_TYPE(starmap_type, "itertools.starmap", starmap_new, starmap_next)
ITER_TYPE(groupby_type, "itertools.groupby", groupby_new, groupby_next)
ITER_TYPE(islice_type, "itertools.islice", islice_new, islice_next)
ITER_TYPE(pairwise_type, "itertools.pairwise", pairwise_new, pairwise_next)
ITER_TYPE(zip_longest_type, "itertools.zip_longest", zip_longest_new, zip_longest_next)
ITER_TYPE(product_type, "itertools.product", product_new, product_next)
ITER_TYPE(combinations_type, "itertools.combinations", combinations_new, combinations_next)
ITER_TYPE(cwr_type, "itertools.combinations_with_replacement", cwr_new, cwr_next)
ITER_TYPE(permutations_type, "itertools.permutations", permutations_new, permutations_next)

IT_TYPE(grouper_type, "itertools._grouper", 0, NULL, NULL, NULL, it_self, grouper_next)

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0},
    {NULL, NULL, 0},
};

IT_TYPE(repeat_type, "itertools.repeat", TF_BASETYPE, repeat_methods, repeat_new, repeat_repr, it_self,
        repeat_next)

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS},
    {NULL, NULL, 0},
};

IT_TYPE(chain_type, "itertools.chain", TF_BASETYPE, chain_methods, chain_new, NULL, it_self, chain_next)

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0},
    {NULL, NULL, 0},
};

IT_TYPE(tee_type, "itertools._tee", 0, tee_methods, tee_tp_new, NULL, it_self, tee_next)
IT_TYPE(teedata_type, "itertools._tee_dataobject", 0, NULL, NULL, NULL, NULL, NULL)

static Type *const itertools_types[] = {
    &count_type, &cycle_type, &repeat_type, &accumulate_type, &chain_type, &compress_type,
    &dropwhile_type, &takewhile_type, &filterfalse_type, &starmap_type, &groupby_type,
    &islice_type, &pairwise_type, &zip_longest_type, &product_type, &combinations_type,
    &cwr_type, &permutations_type, &grouper_type, &tee_type, &teedata_type,
};

void itertoolsmod_types_init(void)
{
    for (size_t i = 0; i < sizeof itertools_types / sizeof itertools_types[0]; i++)
        type_ready(itertools_types[i]);
}

static const MethodDef itertools_functions[] = {
    {"tee", itertools_tee, 0},
    {NULL, NULL, 0},
};

int itertoolsmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, itertools_functions) < 0)
        return -1;
    for (size_t i = 0; i < sizeof itertools_types / sizeof itertools_types[0]; i++) {
        Type *t = itertools_types[i];
        if (t == &teedata_type) continue;
        const char *dot = strrchr(t->name, '.');
        if (module_add_value(ts, module, dot + 1, VAL(t)) < 0)
            return -1;
    }
    return 0;
}
