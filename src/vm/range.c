/* range.c — range and slice objects, and slice_indices (CPython's
 * PySlice_Unpack + PySlice_AdjustIndices), which every sequence type uses.
 *
 * Ranges keep int64 bounds (CPython allows any int; beyond int64 gilsim
 * raises OverflowError, as CPython's len() of such a range does). */
#include "config.h"

#include <string.h>

#include "vm/range.h"
#include "vm/abstract.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- slice indices ---- */

bool slice_index_arg(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    Value iv = v;
    if (!val_is_int(v)) {
        if (!val_type(v)->nb_index) {
            err_format(ts, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        iv = obj_index(ts, v);
        if (!iv)
            return false;
    }
    if (!int_to_i64(iv, out))
        *out = int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;     /* clamp, like CPython */
    return true;
}

/* PySlice_Unpack: None-aware start/stop/step, step checked, bounds clamped. */
static int slice_unpack(ThreadState *ts, SliceObj *s, int64_t *start, int64_t *stop, int64_t *step)
{
    if (s->step == VAL_NONE) {
        *step = 1;
    } else {
        if (!slice_index_arg(ts, s->step, step))
            return -1;
        if (*step == 0) {
            err_format(ts, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    if (s->start == VAL_NONE)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_index_arg(ts, s->start, start))
        return -1;
    if (s->stop == VAL_NONE)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_index_arg(ts, s->stop, stop))
        return -1;
    return 0;
}

static int64_t adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int slice_indices(ThreadState *ts, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                  int64_t *slicelength)
{
    SliceObj *s = (SliceObj *)slice;
    /* the common s[a:b] with small ints */
    if (s->step == VAL_NONE && (s->start == VAL_NONE || val_is_smallint(s->start)) &&
        (s->stop == VAL_NONE || val_is_smallint(s->stop))) {
        *step = 1;
        *start = s->start == VAL_NONE ? 0 : val_smallint(s->start);
        *stop = s->stop == VAL_NONE ? INT64_MAX : val_smallint(s->stop);
    } else if (slice_unpack(ts, s, start, stop, step) < 0) {
        return -1;
    }
    *slicelength = adjust_indices(len, start, stop, *step);
    return 0;
}

/* ---- slice ---- */

Value slice_new(ThreadState *ts, Value start, Value stop, Value step)
{
    SliceObj *s = gc_alloc(ts, &type_slice, sizeof(SliceObj));
    s->start = start ? start : VAL_NONE;
    s->stop = stop ? stop : VAL_NONE;
    s->step = step ? step : VAL_NONE;
    return VAL(s);
}

static Value slice_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "slice() takes no keyword arguments");
    if (argc < 1)
        return err_format(ts, &exc_TypeError, "slice expected at least 1 argument, got %d", argc);
    if (argc > 3)
        return err_format(ts, &exc_TypeError, "slice expected at most 3 arguments, got %d", argc);
    if (argc == 1)
        return slice_new(ts, VAL_NONE, argv[0], VAL_NONE);
    return slice_new(ts, argv[0], argv[1], argc > 2 ? argv[2] : VAL_NONE);
}

static Value slice_repr(ThreadState *ts, Value self)
{
    SliceObj *s = (SliceObj *)self;
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "slice(");
    if (sb_append_repr(ts, &sb, s->start) < 0) goto fail;
    sb_append(&sb, ", ", 2);
    if (sb_append_repr(ts, &sb, s->stop) < 0) goto fail;
    sb_append(&sb, ", ", 2);
    if (sb_append_repr(ts, &sb, s->step) < 0) goto fail;
    sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
fail:
    sb_free(&sb);
    return VAL_NULL;
}

static Value slice_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!val_is(a, K_SLICE) || !val_is(b, K_SLICE))
        return VAL_NOTIMPL;
    SliceObj *x = (SliceObj *)a, *y = (SliceObj *)b;
    Value ta = tuple_pack(ts, 3, x->start, x->stop, x->step);
    gc_push_root(ts, ta);
    Value tb = tuple_pack(ts, 3, y->start, y->stop, y->step);
    gc_push_root(ts, tb);
    Value r = obj_richcompare(ts, ta, tb, op);
    gc_pop_roots(ts, 2);
    return r;
}

static Value slice_get_start(ThreadState *ts, Value self) { return ((SliceObj *)self)->start; }
static Value slice_get_stop(ThreadState *ts, Value self) { return ((SliceObj *)self)->stop; }
static Value slice_get_step(ThreadState *ts, Value self) { return ((SliceObj *)self)->step; }

static Value slice_indices_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "slice.indices", argc, kwnames))
        return VAL_NULL;
    int64_t len, start, stop, step, n;
    if (!int_arg(ts, argv[1], &len))
        return VAL_NULL;
    if (len < 0)
        return err_format(ts, &exc_ValueError, "length should not be negative");
    if (slice_unpack(ts, (SliceObj *)argv[0], &start, &stop, &step) < 0)
        return VAL_NULL;
    adjust_indices(len, &start, &stop, step);
    (void)n;
    return tuple_pack(ts, 3, int_from_i64(ts, start), int_from_i64(ts, stop), int_from_i64(ts, step));
}

static void slice_trace(GC *gc, Obj *self)
{
    SliceObj *s = (SliceObj *)self;
    gc_mark(gc, s->start);
    gc_mark(gc, s->stop);
    gc_mark(gc, s->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_meth, 0},
    {NULL, NULL, 0},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_slice = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "slice",
    .layout = K_SLICE,
    .instance_size = sizeof(SliceObj),
    .methods = slice_methods,
    .getsets = slice_getsets,
    .tp_new = slice_tp_new,
    .tp_repr = slice_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = slice_richcompare,
    .trace = slice_trace,
};

/* ---- range ---- */

#define RANGE(v) ((RangeObj *)(v))

/* Number of items of range(start, stop, step); -1 if beyond int64. */
static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    __int128 n;
    if (step > 0)
        n = start < stop ? ((__int128)stop - start - 1) / step + 1 : 0;
    else
        n = start > stop ? ((__int128)start - stop - 1) / -(__int128)step + 1 : 0;
    return n > INT64_MAX ? -1 : (int64_t)n;
}

static Value range_make(ThreadState *ts, int64_t start, int64_t stop, int64_t step)
{
    int64_t len = range_length(start, stop, step);
    if (len < 0)
        return err_format(ts, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    RangeObj *r = gc_alloc(ts, &type_range, sizeof(RangeObj));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return VAL(r);
}

Value range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step) { return range_make(ts, start, stop, step); }

/* A range() argument: an int through __index__. */
static bool range_arg(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    return int_arg(ts, v, out);
}

static Value range_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "range() takes no keyword arguments");
    if (argc < 1)
        return err_format(ts, &exc_TypeError, "range expected at least 1 argument, got %d", argc);
    if (argc > 3)
        return err_format(ts, &exc_TypeError, "range expected at most 3 arguments, got %d", argc);
    int64_t start = 0, stop, step = 1;
    if (argc == 1) {
        if (!range_arg(ts, argv[0], &stop))
            return VAL_NULL;
    } else {
        if (!range_arg(ts, argv[0], &start) || !range_arg(ts, argv[1], &stop))
            return VAL_NULL;
        if (argc == 3) {
            if (!range_arg(ts, argv[2], &step))
                return VAL_NULL;
            if (step == 0)
                return err_format(ts, &exc_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_make(ts, start, stop, step);
}

static Value range_repr(ThreadState *ts, Value self)
{
    RangeObj *r = RANGE(self);
    if (r->step == 1)
        return str_printf(ts, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf(ts, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int64_t range_tp_len(ThreadState *ts, Value self) { return RANGE(self)->length; }

static int range_tp_bool(ThreadState *ts, Value self) { return RANGE(self)->length != 0; }

static inline int64_t range_item(RangeObj *r, int64_t i) { return r->start + i * r->step; }

static Value range_getitem(ThreadState *ts, Value self, Value key)
{
    RangeObj *r = RANGE(self);
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, r->length, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        __int128 nstart = (__int128)r->start + (__int128)start * r->step;
        __int128 nstop = (__int128)r->start + (__int128)stop * r->step;
        __int128 nstep = (__int128)step * r->step;
        if (nstart > INT64_MAX || nstart < INT64_MIN || nstop > INT64_MAX || nstop < INT64_MIN ||
            nstep > INT64_MAX || nstep < INT64_MIN)
            return err_format(ts, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return range_make(ts, (int64_t)nstart, (int64_t)nstop, (int64_t)nstep);
    }
    if (!val_is_int(key) && !val_type(key)->nb_index)
        return err_format(ts, &exc_TypeError, "range indices must be integers or slices, not %s", val_type_name(key));
    int64_t i;
    if (!seq_index_arg(ts, key, &i)) {
        if (err_matches(ts, &exc_IndexError)) {
            err_clear(ts);
            return err_format(ts, &exc_IndexError, "range object index out of range");
        }
        return VAL_NULL;
    }
    if (i < 0)
        i += r->length;
    if (i < 0 || i >= r->length)
        return err_format(ts, &exc_IndexError, "range object index out of range");
    return int_from_i64(ts, range_item(r, i));
}

/* Index of int value v in r, or -1. */
static int64_t range_find_int(RangeObj *r, Value v)
{
    int64_t x;
    if (!int_to_i64(v, &x))
        return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return -1;
    __int128 d = (__int128)x - r->start;
    if (d % r->step != 0)
        return -1;
    return (int64_t)(d / r->step);
}

/* Generic membership: compare with every item (for floats, instances...). */
static int64_t range_find_slow(ThreadState *ts, RangeObj *r, Value v, int64_t *count)
{
    int64_t found = -1, c = 0;
    for (int64_t i = 0; i < r->length; i++) {
        Value item = int_from_i64(ts, range_item(r, i));
        int k = obj_eq(ts, item, v);
        if (k < 0)
            return -2;
        if (k) {
            if (found < 0)
                found = i;
            c++;
            if (!count)
                break;
        }
    }
    if (count)
        *count = c;
    return found;
}

static int range_contains(ThreadState *ts, Value self, Value v)
{
    RangeObj *r = RANGE(self);
    if (val_is_int(v))
        return range_find_int(r, v) >= 0;
    int64_t i = range_find_slow(ts, r, v, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Value range_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "range.index", argc, kwnames))
        return VAL_NULL;
    RangeObj *r = RANGE(argv[0]);
    int64_t i = val_is_int(argv[1]) ? range_find_int(r, argv[1]) : range_find_slow(ts, r, argv[1], NULL);
    if (i == -2)
        return VAL_NULL;
    if (i < 0 && !val_is_int(argv[1]))   /* CPython searches by iterating, with the generic message */
        return err_format(ts, &exc_ValueError, "sequence.index(x): x not in sequence");
    if (i < 0) {
        Value s = obj_repr(ts, argv[1]);
        if (!s)
            return VAL_NULL;
        return err_format(ts, &exc_ValueError, "%s is not in range", str_cstr(s));
    }
    return int_from_i64(ts, i);
}

static Value range_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "range.count", argc, kwnames))
        return VAL_NULL;
    RangeObj *r = RANGE(argv[0]);
    if (val_is_int(argv[1]))
        return val_from_smallint(range_find_int(r, argv[1]) >= 0);
    int64_t c;
    if (range_find_slow(ts, r, argv[1], &c) == -2)
        return VAL_NULL;
    return int_from_i64(ts, c);
}

static Value range_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!val_is(a, K_RANGE) || !val_is(b, K_RANGE) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    RangeObj *x = RANGE(a), *y = RANGE(b);
    bool eq;
    if (x == y)
        eq = true;
    else if (x->length != y->length)
        eq = false;
    else if (x->length == 0)
        eq = true;
    else if (x->start != y->start)
        eq = false;
    else if (x->length == 1)
        eq = true;
    else
        eq = x->step == y->step;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(ThreadState *ts, Value self)
{
    RangeObj *r = RANGE(self);
    Value t = tuple_pack(ts, 3, int_from_i64(ts, r->length),
                         r->length == 0 ? VAL_NONE : int_from_i64(ts, r->start),
                         r->length <= 1 ? VAL_NONE : int_from_i64(ts, r->step));
    return obj_hash(ts, t);
}

static Value range_iter_make(ThreadState *ts, Value range, int64_t first, int64_t n, int64_t step)
{
    IterObj *it = gc_alloc(ts, &type_range_iter, sizeof(IterObj));
    it->a = range;       /* kept for the eval loop's and debuggers' sake */
    it->i = first;       /* the next value */
    it->n = n;           /* values left */
    it->step = step;
    return VAL(it);
}

static Value range_tp_iter(ThreadState *ts, Value self)
{
    RangeObj *r = RANGE(self);
    return range_iter_make(ts, self, r->start, r->length, r->step);
}

/* reversed(range): an iterator from the last item backwards. */
Value range_reversed(ThreadState *ts, Value self)
{
    RangeObj *r = RANGE(self);
    if (r->length == 0)
        return range_iter_make(ts, self, 0, 0, 1);
    return range_iter_make(ts, self, range_item(r, r->length - 1), r->length, -r->step);
}

static Value range_reversed_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "range.__reversed__", argc, kwnames))
        return VAL_NULL;
    return range_reversed(ts, argv[0]);
}

static Value range_get_start(ThreadState *ts, Value self) { return int_from_i64(ts, RANGE(self)->start); }
static Value range_get_stop(ThreadState *ts, Value self) { return int_from_i64(ts, RANGE(self)->stop); }
static Value range_get_step(ThreadState *ts, Value self) { return int_from_i64(ts, RANGE(self)->step); }

static void range_trace(GC *gc, Obj *self) { (void)gc; (void)self; }

DUNDER_LEN(range_dlen, "range.__len__", range_tp_len)
DUNDER_BINARY(range_dgetitem, "range.__getitem__", range_getitem)
DUNDER_CONTAINS(range_dcontains, "range.__contains__", range_contains)
DUNDER_UNARY(range_diter, "range.__iter__", range_tp_iter)
DUNDER_UNARY(range_drepr, "range.__repr__", range_repr)
DUNDER_HASH(range_dhash, "range.__hash__", range_hash)
DUNDER_CMP(range_deq, "range.__eq__", range_richcompare, CMP_EQ)
DUNDER_CMP(range_dne, "range.__ne__", range_richcompare, CMP_NE)

static const MethodDef range_methods[] = {
    {"__len__", range_dlen, 0}, {"__getitem__", range_dgetitem, 0}, {"__contains__", range_dcontains, 0},
    {"__iter__", range_diter, 0}, {"__repr__", range_drepr, 0}, {"__hash__", range_dhash, 0},
    {"__eq__", range_deq, 0}, {"__ne__", range_dne, 0},
    {"index", range_index, 0},
    {"count", range_count, 0},
    {"__reversed__", range_reversed_meth, 0},
    {NULL, NULL, 0},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_range = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "range",
    .layout = K_RANGE,
    .instance_size = sizeof(RangeObj),
    .methods = range_methods,
    .getsets = range_getsets,
    .tp_new = range_tp_new,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_bool = range_tp_bool,
    .tp_len = range_tp_len,
    .tp_getitem = range_getitem,
    .tp_contains = range_contains,
    .tp_iter = range_tp_iter,
    .trace = range_trace,
};
