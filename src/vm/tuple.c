/* tuple.c — Python tuple, and the argument-count helpers every container
 * type uses to raise CPython's exact messages (CPython has four calling
 * conventions for built-in methods and each words its errors differently). */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "vm/tuple.h"
#include "vm/class.h"
#include "vm/cost.h"
#include "vm/interp.h"
#include "vm/abstract.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/range.h"
#include "vm/str.h"
#include "vm/strbuf.h"

TupleObj tuple_empty = {
    .h = {.type = &type_tuple, .kind = K_TUPLE, .gc_flags = OF_IMMORTAL},
    .length = 0,
};

/* ---- argument helpers (tuple.h) ---- */

static int nkw(Value kwnames) { return kwnames ? (int)TUPLE(kwnames)->length : 0; }

static bool kw_refused(ThreadState *ts, const char *name, Value kwnames)
{
    if (nkw(kwnames) > 0) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", name);
        return true;
    }
    return false;
}

bool argc_none(ThreadState *ts, const char *qualname, int argc, Value kwnames)
{
    if (argc == 1)
        return true;
    if (kw_refused(ts, qualname, kwnames))
        return false;
    err_format(ts, &exc_TypeError, "%s() takes no arguments (%d given)", qualname, argc - 1);
    return false;
}

bool argc_one(ThreadState *ts, const char *qualname, int argc, Value kwnames)
{
    if (argc == 2 && !kwnames)
        return true;
    if (kw_refused(ts, qualname, kwnames))
        return false;
    if (argc == 2)
        return true;
    err_format(ts, &exc_TypeError, "%s() takes exactly one argument (%d given)", qualname, argc - 1);
    return false;
}

bool argc_range(ThreadState *ts, const char *name, int argc, Value kwnames, int min, int max)
{
    int n = argc - 1;
    if (kw_refused(ts, name, kwnames))
        return false;
    if (n >= min && n <= max)
        return true;
    if (min == max)
        err_format(ts, &exc_TypeError, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    else if (n < min)
        err_format(ts, &exc_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                   min == 1 ? "" : "s", n);
    else
        err_format(ts, &exc_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                   max == 1 ? "" : "s", n);
    return false;
}

bool argc_range_old(ThreadState *ts, const char *name, int argc, Value kwnames, int min, int max)
{
    int n = argc - 1;
    if (kw_refused(ts, name, kwnames))
        return false;
    if (n >= min && n <= max)
        return true;
    const char *how = min == max ? "exactly" : n < min ? "at least" : "at most";
    int k = n < min ? min : max;
    err_format(ts, &exc_TypeError, "%s() takes %s %d argument%s (%d given)", name, how, k, k == 1 ? "" : "s", n);
    return false;
}

bool int_arg(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    Value iv = v;
    if (!val_is_int(v)) {
        if (!val_type(v)->nb_index) {
            err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", val_type_name(v));
            return false;
        }
        iv = obj_index(ts, v);
        if (!iv)
            return false;
    }
    if (!int_to_i64(iv, out)) {
        err_format(ts, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

int64_t hash_not_implemented(ThreadState *ts, Value self)
{
    err_format(ts, &exc_TypeError, "unhashable type: '%s'", val_type_name(self));
    return -1;
}

/* ---- construction ---- */

Value tuple_new(ThreadState *ts, int64_t n)
{
    if (n == 0)
        return VAL_EMPTY_TUPLE;
    TupleObj *t = gc_alloc(ts, &type_tuple, sizeof(TupleObj) + sizeof(Value) * (size_t)n);
    t->length = n;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = VAL_NONE;
    return VAL(t);
}

Value tuple_from_array(ThreadState *ts, int64_t n, const Value *items)
{
    if (n == 0)
        return VAL_EMPTY_TUPLE;
    vm_charge(ts, n * COST_PER_COPY);
    TupleObj *t = gc_alloc(ts, &type_tuple, sizeof(TupleObj) + sizeof(Value) * (size_t)n);
    t->length = n;
    memcpy(t->items, items, sizeof(Value) * (size_t)n);
    return VAL(t);
}

Value tuple_pack(ThreadState *ts, int n, ...)
{
    Value t = tuple_new(ts, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        TUPLE(t)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

/* A tuple of type t (a subclass) with the items of src. */
static Value tuple_of_type(ThreadState *ts, Type *t, int64_t n, const Value *items)
{
    if (t == &type_tuple)
        return tuple_from_array(ts, n, items);
    size_t base = t->instance_size > sizeof(TupleObj) ? t->instance_size : sizeof(TupleObj);
    TupleObj *r = gc_alloc(ts, t, base + sizeof(Value) * (size_t)n);
    r->length = n;
    if (n)
        memcpy(r->items, items, sizeof(Value) * (size_t)n);
    return VAL(r);
}

/* ---- repr ---- */

static Value tuple_repr(ThreadState *ts, Value self)
{
    TupleObj *t = TUPLE(self);
    if (t->length == 0)
        return str_new(ts, "()", 2);
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_new(ts, "(...)", 5);
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '(');
    for (int64_t i = 0; i < t->length; i++) {
        if (i)
            sb_append(&sb, ", ", 2);
        if (sb_append_repr(ts, &sb, t->items[i]) < 0) {
            sb_free(&sb);
            repr_leave(ts, self);
            return VAL_NULL;
        }
    }
    if (t->length == 1)
        sb_putc(&sb, ',');
    sb_putc(&sb, ')');
    repr_leave(ts, self);
    return sb_finish(ts, &sb);
}

/* ---- hash: CPython's xxHash-based tuplehash, so hash((1, 2)) matches ---- */

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(ThreadState *ts, Value self)
{
    TupleObj *t = TUPLE(self);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->length; i++) {
        Value v = t->items[i];
        int64_t h;
        if (val_is_smallint(v) && val_smallint(v) > -(INT64_C(1) << 60) && val_smallint(v) < (INT64_C(1) << 60))
            h = val_smallint(v) == -1 ? -2 : val_smallint(v);
        else if (IS_STR(v))
            h = str_hash(v);
        else if ((h = obj_hash(ts, v)) == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->length ^ (XXPRIME_5 ^ UINT64_C(3527539));
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* ---- comparison (shared with list) ---- */

static inline int64_t seq_len(Value v) { return IS_LIST(v) ? LIST(v)->length : TUPLE(v)->length; }
static inline Value seq_at(Value v, int64_t i) { return IS_LIST(v) ? LIST(v)->items[i] : TUPLE(v)->items[i]; }

Value seq_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (seq_len(a) != seq_len(b) && (op == CMP_EQ || op == CMP_NE))
        return val_bool(op == CMP_NE);
    int64_t i;
    for (i = 0; i < seq_len(a) && i < seq_len(b); i++) {
        Value x = seq_at(a, i), y = seq_at(b, i);
        if (x == y)
            continue;
        int k;
        if (val_is_smallint(x) && val_is_smallint(y))
            k = 0;                           /* different small ints */
        else if (IS_STR(x) && IS_STR(y))
            k = str_eq(x, y);
        else if ((k = obj_eq(ts, x, y)) < 0)
            return VAL_NULL;
        if (!k)
            break;
    }
    int64_t la = seq_len(a), lb = seq_len(b);
    if (i >= la || i >= lb) {
        bool r;
        switch (op) {
        case CMP_LT: r = la < lb; break;
        case CMP_LE: r = la <= lb; break;
        case CMP_EQ: r = la == lb; break;
        case CMP_NE: r = la != lb; break;
        case CMP_GT: r = la > lb; break;
        default:     r = la >= lb; break;
        }
        return val_bool(r);
    }
    if (op == CMP_EQ)
        return VAL_FALSE;
    if (op == CMP_NE)
        return VAL_TRUE;
    return obj_richcompare(ts, seq_at(a, i), seq_at(b, i), op);
}

static Value tuple_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!IS_TUPLE(a) || !IS_TUPLE(b))
        return VAL_NOTIMPL;
    return seq_richcompare(ts, a, b, op);
}

/* ---- sequence protocol ---- */

static int64_t tuple_len(ThreadState *ts, Value self) { return TUPLE(self)->length; }

static Value tuple_getitem(ThreadState *ts, Value self, Value key)
{
    TupleObj *t = TUPLE(self);
    if (val_is_smallint(key)) {
        int64_t i = val_smallint(key);
        if (i < 0)
            i += t->length;
        if ((uint64_t)i >= (uint64_t)t->length)
            return err_format(ts, &exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, t->length, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (step == 1) {
            if (n == t->length && val_type(self) == &type_tuple)
                return self;
            return tuple_from_array(ts, n, t->items + start);
        }
        Value r = tuple_new(ts, n);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            TUPLE(r)->items[i] = t->items[j];
        return r;
    }
    if (val_is_int(key) || val_type(key)->nb_index) {
        int64_t i;
        if (!seq_index_arg(ts, key, &i))
            return VAL_NULL;
        if (i < 0)
            i += t->length;
        if (i < 0 || i >= t->length)
            return err_format(ts, &exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    return err_format(ts, &exc_TypeError, "tuple indices must be integers or slices, not %s", val_type_name(key));
}

/* x == y the way containers test membership: identity first. */
static inline int item_eq(ThreadState *ts, Value x, Value y)
{
    if (x == y)
        return 1;
    if (val_is_smallint(x) && val_is_smallint(y))
        return 0;
    if (IS_STR(x) && IS_STR(y))
        return str_eq(x, y);
    return obj_eq(ts, x, y);
}

static int tuple_contains(ThreadState *ts, Value self, Value x)
{
    TupleObj *t = TUPLE(self);
    for (int64_t i = 0; i < t->length; i++) {
        int k = item_eq(ts, t->items[i], x);
        if (k != 0)
            return k;
    }
    return 0;
}

static Value tuple_add(ThreadState *ts, Value a, Value b)
{
    if (!IS_TUPLE(a))
        return VAL_NOTIMPL;
    if (!IS_TUPLE(b))
        return VAL_NOTIMPL;   /* b.__radd__ may take it; else obj_binop says "can only concatenate" */
    TupleObj *x = TUPLE(a), *y = TUPLE(b);
    if (y->length == 0 && val_type(a) == &type_tuple)
        return a;
    if (x->length == 0 && val_type(b) == &type_tuple)
        return b;
    if (!gc_check_array(ts, x->length + y->length, sizeof(Value)))
        return VAL_NULL;
    Value r = tuple_new(ts, x->length + y->length);
    memcpy(TUPLE(r)->items, x->items, sizeof(Value) * (size_t)x->length);
    memcpy(TUPLE(r)->items + x->length, y->items, sizeof(Value) * (size_t)y->length);
    return r;
}

static Value tuple_mul(ThreadState *ts, Value a, Value b)
{
    Value seq;
    int64_t n;
    int k = seq_repeat_count(ts, a, b, K_TUPLE, &seq, &n);
    if (k <= 0)
        return k < 0 ? VAL_NULL : VAL_NOTIMPL;
    TupleObj *t = TUPLE(seq);
    if (n <= 0 || t->length == 0)
        return VAL_EMPTY_TUPLE;
    if (n == 1 && val_type(seq) == &type_tuple)
        return seq;
    if (t->length > INT64_MAX / 8 / n)
        return err_no_memory(ts);
    if (!gc_check_array(ts, t->length * n, sizeof(Value)))
        return VAL_NULL;
    Value r = tuple_new(ts, t->length * n);
    for (int64_t i = 0; i < n; i++)
        memcpy(TUPLE(r)->items + i * t->length, t->items, sizeof(Value) * (size_t)t->length);
    return r;
}

static Value tuple_iter(ThreadState *ts, Value self)
{
    IterObj *it = gc_alloc(ts, &type_tuple_iter, sizeof(IterObj));
    it->a = self;
    it->i = 0;
    return VAL(it);
}

/* ---- methods ---- */

static Value tuple_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "tuple.count", argc, kwnames))
        return VAL_NULL;
    TupleObj *t = TUPLE(argv[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < t->length; i++) {
        int k = item_eq(ts, t->items[i], argv[1]);
        if (k < 0)
            return VAL_NULL;
        c += k;
    }
    return val_from_smallint(c);
}

/* start/stop of index(): clamped like CPython's _PyEval_SliceIndexNotNone. */
bool seq_index_bounds(ThreadState *ts, int argc, Value *argv, int64_t len, int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = len;
    if (argc > 2 && !slice_index_arg(ts, argv[2], start))
        return false;
    if (argc > 3 && !slice_index_arg(ts, argv[3], stop))
        return false;
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = 0;
    }
    return true;
}

static Value tuple_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "index", argc, kwnames, 1, 3))
        return VAL_NULL;
    TupleObj *t = TUPLE(argv[0]);
    int64_t start, stop;
    if (!seq_index_bounds(ts, argc, argv, t->length, &start, &stop))
        return VAL_NULL;
    for (int64_t i = start; i < stop && i < t->length; i++) {
        int k = item_eq(ts, t->items[i], argv[1]);
        if (k < 0)
            return VAL_NULL;
        if (k)
            return val_from_smallint(i);
    }
    return err_format(ts, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "tuple.__getnewargs__", argc, kwnames))
        return VAL_NULL;
    TupleObj *t = TUPLE(argv[0]);
    return tuple_pack(ts, 1, tuple_from_array(ts, t->length, t->items));
}

static Value tuple_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (nkw(kwnames))
        return err_format(ts, &exc_TypeError, "tuple() takes no keyword arguments");
    if (argc > 1)
        return err_format(ts, &exc_TypeError, "tuple expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return t == &type_tuple ? VAL_EMPTY_TUPLE : tuple_of_type(ts, t, 0, NULL);
    Value src = argv[0];
    if (IS_TUPLE(src))
        return (t == &type_tuple && val_type(src) == &type_tuple) ? src
                                                                  : tuple_of_type(ts, t, TUPLE(src)->length, TUPLE(src)->items);
    if (IS_LIST(src))
        return gc_check_array(ts, LIST(src)->length, sizeof(Value))
                   ? tuple_of_type(ts, t, LIST(src)->length, LIST(src)->items) : VAL_NULL;
    Value l = seq_to_list(ts, src);
    if (!l)
        return VAL_NULL;
    return tuple_of_type(ts, t, LIST(l)->length, LIST(l)->items);
}

static void tuple_trace(GC *gc, Obj *self)
{
    TupleObj *t = (TupleObj *)self;
    gc_mark_array(gc, t->items, t->length);
}

Value generic_class_getitem(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (argc != 2 || (kwnames && TUPLE(kwnames)->length))
        return err_format(ts, &exc_TypeError, "__class_getitem__() takes exactly one argument");
    return generic_alias_new(ts, argv[0], argv[1]);
}

DUNDER_LEN(tuple_dlen, "tuple.__len__", tuple_len)
DUNDER_BINARY(tuple_dgetitem, "tuple.__getitem__", tuple_getitem)
DUNDER_CONTAINS(tuple_dcontains, "tuple.__contains__", tuple_contains)
DUNDER_UNARY(tuple_diter, "tuple.__iter__", tuple_iter)
DUNDER_UNARY(tuple_drepr, "tuple.__repr__", tuple_repr)
DUNDER_HASH(tuple_dhash, "tuple.__hash__", tuple_hash)
DUNDER_BINARY(tuple_dadd, "tuple.__add__", tuple_add)
DUNDER_BINARY(tuple_dmul, "tuple.__mul__", tuple_mul)
DUNDER_RBINARY(tuple_drmul, "tuple.__rmul__", tuple_mul)
DUNDER_CMP(tuple_deq, "tuple.__eq__", tuple_richcompare, CMP_EQ)
DUNDER_CMP(tuple_dne, "tuple.__ne__", tuple_richcompare, CMP_NE)
DUNDER_CMP(tuple_dlt, "tuple.__lt__", tuple_richcompare, CMP_LT)
DUNDER_CMP(tuple_dle, "tuple.__le__", tuple_richcompare, CMP_LE)
DUNDER_CMP(tuple_dgt, "tuple.__gt__", tuple_richcompare, CMP_GT)
DUNDER_CMP(tuple_dge, "tuple.__ge__", tuple_richcompare, CMP_GE)
DUNDER_NEW(tuple_dnew, &type_tuple, tuple_tp_new)

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0},
    {"index", tuple_index, 0},
    {"__getnewargs__", tuple_getnewargs, 0},
    {"__len__", tuple_dlen, 0}, {"__getitem__", tuple_dgetitem, 0}, {"__contains__", tuple_dcontains, 0},
    {"__iter__", tuple_diter, 0}, {"__repr__", tuple_drepr, 0}, {"__hash__", tuple_dhash, 0},
    {"__add__", tuple_dadd, 0}, {"__mul__", tuple_dmul, 0}, {"__rmul__", tuple_drmul, 0},
    {"__eq__", tuple_deq, 0}, {"__ne__", tuple_dne, 0}, {"__lt__", tuple_dlt, 0},
    {"__le__", tuple_dle, 0}, {"__gt__", tuple_dgt, 0}, {"__ge__", tuple_dge, 0},
    {"__new__", tuple_dnew, METH_STATIC}, {"__class_getitem__", generic_class_getitem, METH_CLASS},
    {NULL, NULL, 0},
};

Type type_tuple = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "tuple",
    .layout = K_TUPLE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(TupleObj),
    .methods = tuple_methods,
    .tp_new = tuple_tp_new,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_len = tuple_len,
    .tp_getitem = tuple_getitem,
    .tp_contains = tuple_contains,
    .tp_iter = tuple_iter,
    .nb_binary = {[OP_ADD] = tuple_add, [OP_MUL] = tuple_mul},
    .trace = tuple_trace,
};
