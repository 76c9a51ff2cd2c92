/* iter.c — the built-in iterators that share the IterObj layout
 * {a, b, c, i, n, step}; each type's tp_next gives the fields a meaning:
 *
 *   list/tuple iterator   a = the sequence, i = next index
 *   str iterator          a = the str, i = next byte offset
 *   range iterator        i = next value, n = values left, step
 *   seq iterator          a = the object, i = next index (__getitem__)
 *   reversed              a = the sequence, i = next index (downwards)
 *   enumerate             a = the iterator, i = next count (b = the count as
 *                         an int object when it does not fit int64 arithmetic)
 *   zip                   a = tuple of iterators, n = strict
 *   map                   a = the function, b = tuple of iterators
 *   filter                a = the function or None, b = the iterator
 *   callable iterator     a = the callable, b = the sentinel
 *
 * An exhausted iterator drops its references (a = VAL_NULL) and stays
 * exhausted, as CPython's do. The dict and set iterators live in dict.c and
 * set.c, next to the tables they walk.
 */
#include "config.h"

#include <string.h>

#include "vm/iter.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/range.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define IT(v) ((IterObj *)(v))

static IterObj *iter_alloc(ThreadState *ts, Type *t)
{
    size_t size = t->instance_size > sizeof(IterObj) ? t->instance_size : sizeof(IterObj);
    return gc_alloc(ts, t, size);
}

static Value iter_self(ThreadState *ts, Value self) { return self; }

static void iter_trace(GC *gc, Obj *self)
{
    IterObj *it = (IterObj *)self;
    gc_mark(gc, it->a);
    gc_mark(gc, it->b);
    gc_mark(gc, it->c);
}

static bool no_keywords(ThreadState *ts, const char *name, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

/* An IndexError or StopIteration ends a __getitem__ iteration. */
static bool end_of_sequence(ThreadState *ts)
{
    if (err_matches(ts, &exc_IndexError) || err_matches(ts, &exc_StopIteration)) {
        err_clear(ts);
        return true;
    }
    return false;
}

/* __length_hint__ for the index-based iterators */
static Value length_hint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    IterObj *it = IT(argv[0]);
    Type *t = val_type(argv[0]);
    int64_t left = 0;
    if (t == &type_range_iter)
        left = it->n;
    else if (!it->a)
        left = 0;
    else if (t == &type_list_iter)
        left = LIST(it->a)->length - it->i;
    else if (t == &type_tuple_iter)
        left = TUPLE(it->a)->length - it->i;
    else if (t == &type_str_iter)
        left = STR(it->a)->length - (STR(it->a)->h.flags & STR_ASCII ? it->i : it->n);
    else if (t == &type_reversed)
        left = it->i + 1;
    return val_from_smallint(left < 0 ? 0 : left);
}

/* __next__ and __iter__ as methods; __next__ runs the built-in ancestor's
 * tp_next (a subclass's slot may be a wrapper around its own __next__). */
static Value iter_dnext(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "__next__", argc, kwnames))
        return VAL_NULL;
    Type *t = val_type(argv[0]);
    while ((t->tflags & TF_HEAP) && t->base)
        t = t->base;
    Value v = t->tp_next(ts, argv[0]);
    if (!v && !err_occurred(ts))
        return err_set_none(ts, &exc_StopIteration);
    return v;
}

static Value iter_diter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "__iter__", argc, kwnames))
        return VAL_NULL;
    return argv[0];
}

static const MethodDef hint_methods[] = {
    {"__length_hint__", length_hint, 0},
    {"__next__", iter_dnext, 0}, {"__iter__", iter_diter, 0},
    {NULL, NULL, 0},
};

static const MethodDef iter_methods[] = {
    {"__next__", iter_dnext, 0}, {"__iter__", iter_diter, 0},
    {NULL, NULL, 0},
};

#define ITER_TYPE_FIELDS(tpname)                                        \
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL}, \
    .name = tpname, .layout = K_ITER, .instance_size = sizeof(IterObj), \
    .tp_iter = iter_self, .trace = iter_trace

/* ---- list, tuple, str, range ---- */

static Value list_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a)
        return VAL_NULL;
    ListObj *l = LIST(it->a);
    if (it->i < l->length)
        return l->items[it->i++];
    it->a = VAL_NULL;
    return VAL_NULL;
}

Type type_list_iter = {ITER_TYPE_FIELDS("list_iterator"), .methods = hint_methods, .tp_next = list_iter_next};

static Value tuple_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a)
        return VAL_NULL;
    TupleObj *t = TUPLE(it->a);
    if (it->i < t->length)
        return t->items[it->i++];
    it->a = VAL_NULL;
    return VAL_NULL;
}

Type type_tuple_iter = {ITER_TYPE_FIELDS("tuple_iterator"), .methods = hint_methods, .tp_next = tuple_iter_next};

static Value str_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a)
        return VAL_NULL;
    StrObj *s = STR(it->a);
    if (it->i >= s->size) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    int n;
    Value c = str_char_at_byte(ts, it->a, it->i, &n);
    it->i += n;
    it->n++;                               /* characters produced */
    return c;
}

/* CPython names the ASCII one str_ascii_iterator (3.11), the common case. */
Type type_str_iter = {ITER_TYPE_FIELDS("str_ascii_iterator"), .methods = hint_methods, .tp_next = str_iter_next};

static Value range_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (it->n <= 0)
        return VAL_NULL;
    int64_t v = it->i;
    it->n--;
    if (it->n > 0)
        it->i += it->step;
    return smallint_fits(v) ? val_from_smallint(v) : int_from_i64(ts, v);
}

Type type_range_iter = {ITER_TYPE_FIELDS("range_iterator"), .methods = hint_methods, .tp_next = range_iter_next};

/* ---- iteration by __getitem__ ---- */

Value seq_iter_new(ThreadState *ts, Value seq)
{
    IterObj *it = iter_alloc(ts, &type_seq_iter);
    it->a = seq;
    it->i = 0;
    return VAL(it);
}

static Value seq_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a)
        return VAL_NULL;
    Value v = obj_getitem(ts, it->a, int_from_i64(ts, it->i));
    if (!v) {
        if (end_of_sequence(ts))
            it->a = VAL_NULL;
        return VAL_NULL;
    }
    it->i++;
    return v;
}

Type type_seq_iter = {ITER_TYPE_FIELDS("iterator"), .methods = iter_methods, .tp_next = seq_iter_next};

/* ---- reversed ---- */

Value reversed_seq(ThreadState *ts, Value seq)
{
    int64_t n;
    if (IS_LIST(seq))
        n = LIST(seq)->length;
    else if (IS_TUPLE(seq))
        n = TUPLE(seq)->length;
    else if (IS_STR(seq))
        n = STR(seq)->length;
    else if ((n = obj_len(ts, seq)) < 0)
        return VAL_NULL;
    IterObj *it = iter_alloc(ts, &type_reversed);
    it->a = seq;
    it->i = n - 1;
    return VAL(it);
}

Value reversed_new(ThreadState *ts, Value seq)
{
    Type *t = val_type(seq);
    if (t == &type_list || t == &type_tuple || t == &type_str)
        return reversed_seq(ts, seq);
    if (t == &type_range)
        return range_reversed(ts, seq);
    Value meth = type_lookup(t, interp_intern_cstr(ts, "__reversed__"));
    if (meth == VAL_NONE)
        return err_format(ts, &exc_TypeError, "'%s' object is not reversible", t->name);
    if (meth)
        return vm_call_method(ts, seq, interp_intern_cstr(ts, "__reversed__"), 0, NULL);
    /* a sequence: __getitem__, and not a mapping */
    if (!t->tp_getitem || val_is(seq, K_DICT) || val_is(seq, K_SET) || val_is(seq, K_FROZENSET))
        return err_format(ts, &exc_TypeError, "'%s' object is not reversible", t->name);
    return reversed_seq(ts, seq);
}

static Value reversed_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a || it->i < 0) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    Value seq = it->a;
    if (IS_LIST(seq) && val_type(seq) == &type_list) {
        if (it->i < LIST(seq)->length)
            return LIST(seq)->items[it->i--];
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    if (IS_TUPLE(seq) && val_type(seq) == &type_tuple)
        return TUPLE(seq)->items[it->i--];
    if (IS_STR(seq) && val_type(seq) == &type_str)
        return str_char_at(ts, seq, it->i--);
    Value v = obj_getitem(ts, seq, int_from_i64(ts, it->i));
    if (!v) {
        if (end_of_sequence(ts))
            it->a = VAL_NULL;
        return VAL_NULL;
    }
    it->i--;
    return v;
}

static Value reversed_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_keywords(ts, "reversed", kwnames))
        return VAL_NULL;
    if (argc != 1)
        return err_format(ts, &exc_TypeError, "reversed expected 1 argument, got %d", argc);
    if (t != &type_reversed) {
        Value r = reversed_seq(ts, argv[0]);
        if (r)
            OBJ(r)->type = t;
        return r;
    }
    return reversed_new(ts, argv[0]);
}

Type type_reversed = {ITER_TYPE_FIELDS("reversed"), .tflags = TF_BASETYPE, .methods = hint_methods,
                      .tp_new = reversed_tp_new, .tp_next = reversed_next};

/* ---- enumerate ---- */

static Value enumerate_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    Value out[2];
    if (!args_bind(ts, "enumerate", argc, argv, kwnames, 2, names, 0, 2, 1, out))
        return VAL_NULL;
    Value start = out[1];
    int64_t i = 0;
    bool big = false;
    if (start) {
        if (!val_is_int(start)) {
            if (!val_type(start)->nb_index)
                return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                  val_type_name(start));
            start = obj_index(ts, start);
            if (!start)
                return VAL_NULL;
        }
        big = !int_to_i64(start, &i) || i > SMALLINT_MAX / 2 || i < SMALLINT_MIN / 2;
    }
    Value it = obj_iter(ts, out[0]);
    if (!it)
        return VAL_NULL;
    IterObj *e = iter_alloc(ts, t);
    e->a = it;
    e->i = i;
    e->b = big ? start : VAL_NULL;
    return VAL(e);
}

static Value enumerate_next(ThreadState *ts, Value self)
{
    IterObj *e = IT(self);
    if (!e->a)
        return VAL_NULL;
    Value v = obj_next(ts, e->a);
    if (!v) {
        if (!err_occurred(ts))
            e->a = VAL_NULL;
        return VAL_NULL;
    }
    Value count;
    if (e->b) {                            /* a huge count: int arithmetic */
        count = e->b;
        gc_push_root(ts, v);
        Value next = obj_binop(ts, OP_ADD, count, val_from_smallint(1));
        gc_pop_roots(ts, 1);
        if (!next)
            return VAL_NULL;
        e->b = next;
    } else {
        count = val_from_smallint(e->i++);
    }
    return tuple_pack(ts, 2, count, v);
}

Type type_enumerate = {ITER_TYPE_FIELDS("enumerate"), .methods = iter_methods, .tflags = TF_BASETYPE, .tp_new = enumerate_tp_new,
                       .tp_next = enumerate_next};

/* ---- zip ---- */

static Value iters_of(ThreadState *ts, int n, Value *iterables)
{
    Value t = tuple_new(ts, n);
    gc_push_root(ts, t);
    for (int i = 0; i < n; i++) {
        Value it = obj_iter(ts, iterables[i]);
        if (!it) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        TUPLE(t)->items[i] = it;
    }
    gc_pop_roots(ts, 1);
    return t;
}

static Value zip_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    int nk = kwnames ? (int)TUPLE(kwnames)->length : 0, npos = argc - nk;
    int strict = 0;
    for (int k = 0; k < nk; k++) {
        Value name = TUPLE(kwnames)->items[k];
        if (!str_eq_cstr(name, "strict"))
            return err_format(ts, &exc_TypeError, "zip() got an unexpected keyword argument '%s'", str_cstr(name));
        if ((strict = obj_truthy(ts, argv[npos + k])) < 0)
            return VAL_NULL;
    }
    Value iters = iters_of(ts, npos, argv);
    if (!iters)
        return VAL_NULL;
    IterObj *z = iter_alloc(ts, t);
    z->a = iters;
    z->n = strict;
    return VAL(z);
}

static Value zip_next(ThreadState *ts, Value self)
{
    IterObj *z = IT(self);
    if (!z->a)
        return VAL_NULL;
    TupleObj *iters = TUPLE(z->a);
    int64_t n = iters->length;
    if (n == 0)
        return VAL_NULL;
    Value result = tuple_new(ts, n);
    gc_push_root(ts, result);
    for (int64_t i = 0; i < n; i++) {
        Value v = obj_next(ts, iters->items[i]);
        if (!v) {
            gc_pop_roots(ts, 1);
            if (err_occurred(ts))
                return VAL_NULL;
            if (z->n) {                    /* strict: all must end together */
                if (i > 0)
                    return err_format(ts, &exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                                      (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
                for (int64_t j = 1; j < n; j++) {
                    Value w = obj_next(ts, iters->items[j]);
                    if (w)
                        return err_format(ts, &exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                          (long long)(j + 1), j == 1 ? " " : "s 1-", (long long)j);
                    if (err_occurred(ts))
                        return VAL_NULL;
                }
            }
            z->a = VAL_NULL;
            return VAL_NULL;
        }
        TUPLE(result)->items[i] = v;
    }
    gc_pop_roots(ts, 1);
    return result;
}

Type type_zip = {ITER_TYPE_FIELDS("zip"), .methods = iter_methods, .tflags = TF_BASETYPE, .tp_new = zip_tp_new, .tp_next = zip_next};

/* ---- map ---- */

static Value map_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_keywords(ts, "map", kwnames))
        return VAL_NULL;
    if (argc < 2)
        return err_format(ts, &exc_TypeError, "map() must have at least two arguments.");
    Value iters = iters_of(ts, argc - 1, argv + 1);
    if (!iters)
        return VAL_NULL;
    IterObj *m = iter_alloc(ts, t);
    m->a = argv[0];
    m->b = iters;
    return VAL(m);
}

static Value map_next(ThreadState *ts, Value self)
{
    IterObj *m = IT(self);
    if (!m->a)
        return VAL_NULL;
    TupleObj *iters = TUPLE(m->b);
    int64_t n = iters->length;
    if (n == 1) {
        Value v = obj_next(ts, iters->items[0]);
        if (!v) {
            if (!err_occurred(ts))
                m->a = VAL_NULL;
            return VAL_NULL;
        }
        gc_push_root(ts, v);
        Value r = vm_call1(ts, m->a, v);
        gc_pop_roots(ts, 1);
        return r;
    }
    Value args = tuple_new(ts, n);
    gc_push_root(ts, args);
    for (int64_t i = 0; i < n; i++) {
        Value v = obj_next(ts, iters->items[i]);
        if (!v) {
            gc_pop_roots(ts, 1);
            if (!err_occurred(ts))
                m->a = VAL_NULL;
            return VAL_NULL;
        }
        TUPLE(args)->items[i] = v;
    }
    Value r = vm_call(ts, m->a, (int)n, TUPLE(args)->items, VAL_NULL);
    gc_pop_roots(ts, 1);
    return r;
}

Type type_map = {ITER_TYPE_FIELDS("map"), .methods = iter_methods, .tflags = TF_BASETYPE, .tp_new = map_tp_new, .tp_next = map_next};

/* ---- filter ---- */

static Value filter_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_keywords(ts, "filter", kwnames))
        return VAL_NULL;
    if (argc != 2)
        return err_format(ts, &exc_TypeError, "filter expected 2 arguments, got %d", argc);
    Value it = obj_iter(ts, argv[1]);
    if (!it)
        return VAL_NULL;
    IterObj *f = iter_alloc(ts, t);
    f->a = argv[0];
    f->b = it;
    f->n = 1;                              /* live */
    return VAL(f);
}

static Value filter_next(ThreadState *ts, Value self)
{
    IterObj *f = IT(self);
    if (!f->n)
        return VAL_NULL;
    for (;;) {
        Value v = obj_next(ts, f->b);
        if (!v) {
            if (!err_occurred(ts)) {
                f->n = 0;
                f->a = f->b = VAL_NULL;
            }
            return VAL_NULL;
        }
        int ok;
        if (f->a == VAL_NONE || f->a == VAL(&type_bool)) {
            ok = obj_truthy(ts, v);
        } else {
            gc_push_root(ts, v);
            Value r = vm_call1(ts, f->a, v);
            ok = r ? obj_truthy(ts, r) : -1;
            gc_pop_roots(ts, 1);
        }
        if (ok < 0)
            return VAL_NULL;
        if (ok)
            return v;
    }
}

Type type_filter = {ITER_TYPE_FIELDS("filter"), .methods = iter_methods, .tflags = TF_BASETYPE, .tp_new = filter_tp_new,
                    .tp_next = filter_next};

/* ---- iter(callable, sentinel) ---- */

Value callable_iter_new(ThreadState *ts, Value f, Value sentinel)
{
    IterObj *it = iter_alloc(ts, &type_callable_iter);
    it->a = f;
    it->b = sentinel;
    return VAL(it);
}

static Value callable_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = IT(self);
    if (!it->a)
        return VAL_NULL;
    Value r = vm_call0(ts, it->a);
    if (!r) {
        if (err_matches(ts, &exc_StopIteration)) {
            err_clear(ts);
            it->a = it->b = VAL_NULL;
        }
        return VAL_NULL;
    }
    if (!it->a)                            /* exhausted by a nested call */
        return VAL_NULL;
    gc_push_root(ts, r);
    int eq = r == it->b ? 1 : obj_eq(ts, r, it->b);
    gc_pop_roots(ts, 1);
    if (eq < 0)
        return VAL_NULL;
    if (eq) {
        it->a = it->b = VAL_NULL;
        return VAL_NULL;
    }
    return r;
}

Type type_callable_iter = {ITER_TYPE_FIELDS("callable_iterator"), .methods = iter_methods, .tp_next = callable_iter_next};
