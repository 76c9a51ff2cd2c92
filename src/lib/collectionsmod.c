/* collectionsmod.c — _collections: deque and defaultdict, in C as in CPython
 * (collections.py builds the rest on them).
 *
 * Why C: a deque shared between threads is the classic "thread-safe without
 * a lock" example, and it is so in CPython because append() and popleft()
 * run no bytecode and so contain no eval-breaker check: no thread switch
 * can split one. The same holds here, since a native call checks the
 * breaker only after it returns. defaultdict's __missing__ likewise creates
 * and stores the default in one step when the factory is a built-in.
 *
 * _tuplegetter is the descriptor of a namedtuple's fields (p.x is p[0]).
 *
 * A deque is a ring buffer: items[(head + i) % cap] is element i, cap a
 * power of two. `state` counts mutations, so that iterators and the
 * comparisons that call back into Python notice a deque changed under
 * them, as CPython's do. Exact deques and defaultdicts have no __dict__
 * (as in CPython); their subclasses do.
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
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ==== deque ==== */

typedef struct DequeObj {
    Obj h;
    Value dict;            /* subclass instances' __dict__ (exact deques: always VAL_NULL) */
    Interp *in;            /* owner of the buffer (finalize has no ThreadState) */
    Value *items;
    int64_t head, len, cap;
    int64_t maxlen;        /* -1: unbounded */
    uint64_t state;        /* bumped by every mutation */
} DequeObj;

#define DEQUE(v) ((DequeObj *)(v))

static Type deque_type, deque_iter_type, deque_riter_type;

static inline Value *dq_slot(DequeObj *d, int64_t i) { return &d->items[(d->head + i) & (d->cap - 1)]; }

static void dq_trace(GC *gc, Obj *self)
{
    DequeObj *d = (DequeObj *)self;
    if (val_is_obj(d->dict)) gc_mark(gc, d->dict);
    for (int64_t i = 0; i < d->len; i++)
        gc_mark(gc, *dq_slot(d, i));
}

static void dq_finalize(Obj *self)
{
    DequeObj *d = (DequeObj *)self;
    gc_buf_free(d->in, d->items, sizeof(Value) * (size_t)d->cap);
    d->items = NULL;
    d->cap = d->len = 0;
}

/* Room for n more items (cap stays a power of two, the items contiguous
 * from head after a move). */
static bool dq_reserve(ThreadState *ts, DequeObj *d, int64_t n)
{
    if (d->len + n <= d->cap)
        return true;
    int64_t cap = d->cap ? d->cap : 8;
    while (cap < d->len + n)
        cap *= 2;
    if (!gc_check_size(ts, sizeof(Value) * (size_t)cap))
        return false;
    Value *items = gc_buf_alloc(d->in, sizeof(Value) * (size_t)cap);
    for (int64_t i = 0; i < d->len; i++)
        items[i] = *dq_slot(d, i);
    gc_buf_free(d->in, d->items, sizeof(Value) * (size_t)d->cap);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

static Value dq_pop_right(DequeObj *d)
{
    Value v = *dq_slot(d, d->len - 1);
    d->len--;
    d->state++;
    return v;
}

static Value dq_pop_left(DequeObj *d)
{
    Value v = *dq_slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

/* append (left = false) / appendleft; a full bounded deque drops from the
 * other end. */
static bool dq_push(ThreadState *ts, DequeObj *d, Value v, bool left)
{
    if (d->maxlen == 0)
        return true;
    if (d->len == d->maxlen) {
        if (left) dq_pop_right(d);
        else dq_pop_left(d);
    }
    if (!dq_reserve(ts, d, 1))
        return false;
    if (left)
        d->head = (d->head - 1) & (d->cap - 1);
    *dq_slot(d, left ? 0 : d->len) = v;
    d->len++;
    d->state++;
    return true;
}

static bool dq_push_right(ThreadState *ts, DequeObj *d, Value v) { return dq_push(ts, d, v, false); }
static bool dq_push_left(ThreadState *ts, DequeObj *d, Value v) { return dq_push(ts, d, v, true); }

static void dq_clear(DequeObj *d)
{
    d->len = 0;
    d->head = 0;
    d->state++;
}

static DequeObj *dq_alloc(ThreadState *ts, Type *t)
{
    size_t size = t->instance_size > sizeof(DequeObj) ? t->instance_size : sizeof(DequeObj);
    DequeObj *d = gc_alloc(ts, t, size);
    d->in = ts->interp;
    d->maxlen = -1;
    return d;
}

static Value dq_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return VAL(dq_alloc(ts, t));
}

/* The items of an iterable as a list (a copy, so that extending a deque
 * with itself, or with something that mutates it, is safe). */
static Value items_list(ThreadState *ts, Value iterable) { return seq_to_list(ts, iterable); }

static int dq_extend_side(ThreadState *ts, DequeObj *d, Value iterable, bool left)
{
    Value l = items_list(ts, iterable);
    if (!l)
        return -1;
    vm_charge(ts, LIST(l)->length * COST_PER_COPY);
    for (int64_t i = 0; i < LIST(l)->length; i++)
        if (!dq_push(ts, d, LIST(l)->items[i], left))
            return -1;
    return 0;
}

static int dq_extend_right(ThreadState *ts, DequeObj *d, Value iterable) { return dq_extend_side(ts, d, iterable, false); }
static int dq_extend_left(ThreadState *ts, DequeObj *d, Value iterable) { return dq_extend_side(ts, d, iterable, true); }

static bool maxlen_arg(ThreadState *ts, Value v, int64_t *out)
{
    if (!v || v == VAL_NONE) {
        *out = -1;
        return true;
    }
    if (!val_is_int(v)) {
        err_format(ts, &exc_TypeError, "an integer is required");
        return false;
    }
    if (!int_to_i64(v, out)) {
        err_format(ts, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (*out < 0) {
        err_format(ts, &exc_ValueError, "maxlen must be non-negative");
        return false;
    }
    return true;
}

static int dq_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"iterable", "maxlen"};
    Value av[2];
    if (!args_bind(ts, "deque", argc, argv, kwnames, 2, names, 0, 2, 0, av))
        return -1;
    DequeObj *d = DEQUE(self);
    int64_t maxlen;
    if (!maxlen_arg(ts, av[1], &maxlen))
        return -1;
    d->maxlen = maxlen;
    if (d->len)
        dq_clear(d);
    return av[0] ? dq_extend_right(ts, d, av[0]) : 0;
}

static DequeObj *dq_self(Value v) { return DEQUE(v); }

#define DQ_METHOD_ONE(fname, qual, body)                                        \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)   \
    {                                                                           \
        if (!argc_one(ts, qual, argc, kwnames)) return VAL_NULL;                \
        DequeObj *d = dq_self(argv[0]);                                         \
        Value x = argv[1];                                                      \
        body                                                                    \
    }
#define DQ_METHOD_NONE(fname, qual, body)                                       \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)   \
    {                                                                           \
        if (!argc_none(ts, qual, argc, kwnames)) return VAL_NULL;               \
        DequeObj *d = dq_self(argv[0]);                                         \
        body                                                                    \
    }

DQ_METHOD_ONE(dq_append, "deque.append", return dq_push_right(ts, d, x) ? VAL_NONE : VAL_NULL;)
DQ_METHOD_ONE(dq_appendleft, "deque.appendleft", return dq_push_left(ts, d, x) ? VAL_NONE : VAL_NULL;)
DQ_METHOD_ONE(dq_extend, "deque.extend", return dq_extend_right(ts, d, x) < 0 ? VAL_NULL : VAL_NONE;)
DQ_METHOD_ONE(dq_extendleft, "deque.extendleft", return dq_extend_left(ts, d, x) < 0 ? VAL_NULL : VAL_NONE;)

DQ_METHOD_NONE(dq_pop, "deque.pop",
               if (d->len == 0) return err_format(ts, &exc_IndexError, "pop from an empty deque");
               return dq_pop_right(d);)
DQ_METHOD_NONE(dq_popleft, "deque.popleft",
               if (d->len == 0) return err_format(ts, &exc_IndexError, "pop from an empty deque");
               return dq_pop_left(d);)
DQ_METHOD_NONE(dq_clear_m, "deque.clear", dq_clear(d); return VAL_NONE;)

static void dq_reverse_items(DequeObj *d)
{
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Value t = *dq_slot(d, i);
        *dq_slot(d, i) = *dq_slot(d, j);
        *dq_slot(d, j) = t;
    }
    d->state++;
}

DQ_METHOD_NONE(dq_reverse, "deque.reverse", vm_charge(ts, d->len * COST_PER_COPY); dq_reverse_items(d);
               return VAL_NONE;)

static Value dq_copy_of(ThreadState *ts, Value self)
{
    DequeObj *src = DEQUE(self);
    Type *t = val_type(self);
    if (t != &deque_type) {
        /* a subclass: type(self)(self, maxlen) as CPython does */
        Value args[2] = {self, src->maxlen < 0 ? VAL_NONE : int_from_i64(ts, src->maxlen)};
        return vm_call(ts, VAL(t), 2, args, VAL_NULL);
    }
    DequeObj *d = dq_alloc(ts, t);
    d->maxlen = src->maxlen;
    if (!dq_reserve(ts, d, src->len))
        return VAL_NULL;
    vm_charge(ts, src->len * COST_PER_COPY);
    for (int64_t i = 0; i < src->len; i++)
        *dq_slot(d, i) = *dq_slot(src, i);
    d->len = src->len;
    return VAL(d);
}

DQ_METHOD_NONE(dq_copy, "deque.copy", (void)d; return dq_copy_of(ts, argv[0]);)

static void dq_rotate_by(DequeObj *d, int64_t n)
{
    if (d->len <= 1)
        return;
    n %= d->len;
    if (n < 0)
        n += d->len;
    /* right by n: the last n items move to the front */
    for (int64_t k = 0; k < n; k++) {
        Value v = *dq_slot(d, d->len - 1);
        d->head = (d->head - 1) & (d->cap - 1);
        *dq_slot(d, 0) = v;
    }
    d->state++;
}

static Value dq_rotate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "rotate", argc, kwnames, 0, 1))
        return VAL_NULL;
    int64_t n = 1;
    if (argc == 2 && !int_arg(ts, argv[1], &n))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    if (d->len > 1) {
        int64_t m = n % d->len;
        if (m < 0) m += d->len;
        /* rotating left by k is rotating right by len - k: move the fewer */
        if (m > d->len / 2) {
            for (int64_t k = 0; k < d->len - m; k++) {
                Value v = *dq_slot(d, 0);
                d->head = (d->head + 1) & (d->cap - 1);
                *dq_slot(d, d->len - 1) = v;
            }
            d->state++;
        } else {
            dq_rotate_by(d, m);
        }
        vm_charge(ts, (m < d->len - m ? m : d->len - m) * COST_PER_COPY);
    }
    return VAL_NONE;
}

/* Calls __eq__ on each item: the deque may change meanwhile (-1 and
 * RuntimeError "deque mutated during iteration" then). Returns the index
 * of the first item equal to x in [start, stop), -2 if none. */
static int64_t dq_find(ThreadState *ts, DequeObj *d, Value x, int64_t start, int64_t stop)
{
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        Value item = *dq_slot(d, i);
        gc_push_root(ts, item);
        int r = obj_eq(ts, item, x);
        gc_pop_roots(ts, 1);
        if (r < 0)
            return -1;
        if (d->state != state) {
            err_format(ts, &exc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
        if (r > 0)
            return i;
    }
    return -2;
}

static Value dq_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "deque.count", argc, kwnames))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0;;) {
        int64_t j = dq_find(ts, d, argv[1], i, d->len);
        if (j == -1)
            return VAL_NULL;
        if (j == -2)
            break;
        n++;
        i = j + 1;
    }
    return int_from_i64(ts, n);
}

static Value dq_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "index", argc, kwnames, 1, 3))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    int64_t start, stop;
    if (!seq_index_bounds(ts, argc, argv, d->len, &start, &stop))
        return VAL_NULL;
    int64_t j = dq_find(ts, d, argv[1], start, stop);
    if (j == -1)
        return VAL_NULL;
    if (j == -2) {
        Value r = obj_repr(ts, argv[1]);
        return r ? err_format(ts, &exc_ValueError, "%s is not in deque", str_cstr(r)) : VAL_NULL;
    }
    return int_from_i64(ts, j);
}

/* Removes element i (0 <= i < len), shifting the shorter side. */
static void dq_del_at(DequeObj *d, int64_t i)
{
    if (i < d->len / 2) {
        for (int64_t k = i; k > 0; k--)
            *dq_slot(d, k) = *dq_slot(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (int64_t k = i; k < d->len - 1; k++)
            *dq_slot(d, k) = *dq_slot(d, k + 1);
    }
    d->len--;
    d->state++;
}

static Value dq_remove(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "deque.remove", argc, kwnames))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    int64_t j = dq_find(ts, d, argv[1], 0, d->len);
    if (j == -1)
        return VAL_NULL;
    if (j == -2) {
        Value r = obj_repr(ts, argv[1]);
        return r ? err_format(ts, &exc_ValueError, "%s is not in deque", str_cstr(r)) : VAL_NULL;
    }
    dq_del_at(d, j);
    return VAL_NONE;
}

static Value dq_insert(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "insert", argc, kwnames, 2, 2))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    int64_t i;
    if (!int_arg(ts, argv[1], &i))
        return VAL_NULL;
    if (d->maxlen >= 0 && d->len >= d->maxlen)
        return err_format(ts, &exc_IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += d->len;
        if (i < 0) i = 0;
    }
    if (i > d->len)
        i = d->len;
    if (!dq_reserve(ts, d, 1))
        return VAL_NULL;
    /* grow on the right and shift the tail (or on the left and shift the head) */
    if (i >= d->len / 2) {
        for (int64_t k = d->len; k > i; k--)
            *dq_slot(d, k) = *dq_slot(d, k - 1);
    } else {
        d->head = (d->head - 1) & (d->cap - 1);
        for (int64_t k = 0; k < i; k++)
            *dq_slot(d, k) = *dq_slot(d, k + 1);
    }
    *dq_slot(d, i) = argv[2];
    d->len++;
    d->state++;
    return VAL_NONE;
}

static int64_t dq_tp_len(ThreadState *ts, Value self) { return DEQUE(self)->len; }

static bool dq_index_arg(ThreadState *ts, DequeObj *d, Value key, int64_t *i)
{
    if (!val_is_int(key) && !val_type(key)->nb_index) {
        err_format(ts, &exc_TypeError, "sequence index must be integer, not '%s'", val_type_name(key));
        return false;
    }
    if (!seq_index_arg(ts, key, i))
        return false;
    if (*i < 0)
        *i += d->len;
    if (*i < 0 || *i >= d->len) {
        err_format(ts, &exc_IndexError, "deque index out of range");
        return false;
    }
    return true;
}

static Value dq_getitem(ThreadState *ts, Value self, Value key)
{
    DequeObj *d = DEQUE(self);
    int64_t i;
    if (!dq_index_arg(ts, d, key, &i))
        return VAL_NULL;
    return *dq_slot(d, i);
}

static int dq_setitem(ThreadState *ts, Value self, Value key, Value v)
{
    DequeObj *d = DEQUE(self);
    int64_t i;
    if (!dq_index_arg(ts, d, key, &i))
        return -1;
    if (v) {
        *dq_slot(d, i) = v;
    } else {
        dq_del_at(d, i);
    }
    return 0;
}

static int dq_contains(ThreadState *ts, Value self, Value x)
{
    int64_t j = dq_find(ts, DEQUE(self), x, 0, DEQUE(self)->len);
    return j == -1 ? -1 : j >= 0;
}

static Value dq_repr(ThreadState *ts, Value self)
{
    DequeObj *d = DEQUE(self);
    const char *name = val_type(self)->name_str ? str_cstr(val_type(self)->name_str) : "deque";
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_from_cstr(ts, "[...]");
    /* a snapshot: the items' reprs may run Python code that changes d */
    Value l = list_new(ts, d->len);
    for (int64_t i = 0; i < d->len; i++)
        LIST(l)->items[i] = *dq_slot(d, i);
    gc_push_root(ts, l);
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "%s([", name);
    int rc = 0;
    for (int64_t i = 0; i < LIST(l)->length && rc == 0; i++) {
        if (i) sb_puts(&sb, ", ");
        rc = sb_append_repr(ts, &sb, LIST(l)->items[i]);
    }
    gc_pop_roots(ts, 1);
    repr_leave(ts, self);
    if (rc < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    if (d->maxlen >= 0)
        sb_printf(&sb, "], maxlen=%lld)", (long long)d->maxlen);
    else
        sb_puts(&sb, "])");
    return sb_finish(ts, &sb);
}

static bool is_deque(Value v) { return val_is_obj(v) && type_is_subtype(val_type(v), &deque_type); }

static Value dq_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!is_deque(a) || !is_deque(b))
        return VAL_NOTIMPL;
    /* as tuples of the items: lexicographic, with the same rules */
    DequeObj *x = DEQUE(a), *y = DEQUE(b);
    Value ta = tuple_new(ts, x->len);
    for (int64_t i = 0; i < x->len; i++)
        TUPLE(ta)->items[i] = *dq_slot(x, i);
    gc_push_root(ts, ta);
    Value tb = tuple_new(ts, y->len);
    for (int64_t i = 0; i < y->len; i++)
        TUPLE(tb)->items[i] = *dq_slot(y, i);
    gc_push_root(ts, tb);
    Value r = obj_richcompare(ts, ta, tb, op);
    gc_pop_roots(ts, 2);
    return r;
}

static Value dq_add(ThreadState *ts, Value a, Value b)
{
    if (!is_deque(a))
        return VAL_NOTIMPL;
    if (!is_deque(b))
        return err_format(ts, &exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                          val_type_name(b));
    Value r = dq_copy_of(ts, a);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    int rc = dq_extend_right(ts, DEQUE(r), b);
    gc_pop_roots(ts, 1);
    return rc < 0 ? VAL_NULL : r;
}

static int dq_repeat_in_place(ThreadState *ts, DequeObj *d, int64_t n)
{
    if (n <= 0 || d->len == 0) {
        dq_clear(d);
        return 0;
    }
    int64_t len = d->len;
    int64_t total = len * n;
    if (n > 1 && (total / n != len || total > ((int64_t)1 << 40))) {
        err_no_memory(ts);
        return -1;
    }
    /* with maxlen only the last maxlen items of the repetition remain */
    for (int64_t k = 1; k < n; k++) {
        if (d->maxlen >= 0 && d->len >= d->maxlen && k * len >= d->maxlen + len)
            break;
        for (int64_t i = 0; i < len; i++) {
            Value v = *dq_slot(d, d->len - len);
            if (!dq_push_right(ts, d, v))
                return -1;
        }
    }
    vm_charge(ts, d->len * COST_PER_COPY);
    return 0;
}

static Value dq_mul(ThreadState *ts, Value a, Value b)
{
    /* as a sequence's repeat: the other operand must be an integer */
    Value seq = is_deque(a) ? a : b;
    Value count = seq == a ? b : a;
    if (!val_is_int(count) && !val_type(count)->nb_index)
        return err_format(ts, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          val_type_name(count));
    int64_t n;
    if (!int_arg(ts, count, &n))
        return VAL_NULL;
    Value r = dq_copy_of(ts, seq);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    int rc = dq_repeat_in_place(ts, DEQUE(r), n);
    gc_pop_roots(ts, 1);
    return rc < 0 ? VAL_NULL : r;
}

static Value dq_iadd(ThreadState *ts, Value a, Value b)
{
    if (!is_deque(a))
        return VAL_NOTIMPL;
    return dq_extend_right(ts, DEQUE(a), b) < 0 ? VAL_NULL : a;
}

static Value dq_imul(ThreadState *ts, Value a, Value b)
{
    if (!is_deque(a))
        return VAL_NOTIMPL;
    if (!val_is_int(b) && !val_type(b)->nb_index)
        return VAL_NOTIMPL;
    int64_t n;
    if (!int_arg(ts, b, &n))
        return VAL_NULL;
    return dq_repeat_in_place(ts, DEQUE(a), n) < 0 ? VAL_NULL : a;
}

static Value dq_get_maxlen(ThreadState *ts, Value self)
{
    int64_t m = DEQUE(self)->maxlen;
    return m < 0 ? VAL_NONE : int_from_i64(ts, m);
}

static int dq_setattr(ThreadState *ts, Value self, Value name, Value v)
{
    if (val_type(self) == &deque_type) {
        Value descr = type_lookup(&deque_type, name);
        if (!descr) {
            err_attribute(ts, self, name);
            return -1;
        }
    }
    return generic_setattr(ts, self, name, v);
}

/* ---- iterators (IterObj: a = the deque, i = position, n = state) ---- */

static Value dq_iter_new(ThreadState *ts, Value self, Type *t)
{
    IterObj *it = gc_alloc(ts, t, sizeof(IterObj));
    it->a = self;
    it->i = 0;
    it->n = (int64_t)DEQUE(self)->state;
    return VAL(it);
}

static Value dq_tp_iter(ThreadState *ts, Value self) { return dq_iter_new(ts, self, &deque_iter_type); }

static Value dq_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = (IterObj *)self;
    if (!it->a)
        return VAL_NULL;
    DequeObj *d = DEQUE(it->a);
    if ((uint64_t)it->n != d->state) {
        it->a = VAL_NULL;
        return err_format(ts, &exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->i >= d->len) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    Value v = (it->step ? *dq_slot(d, d->len - 1 - it->i) : *dq_slot(d, it->i));
    it->i++;
    return v;
}

static Value dq_iter_self(ThreadState *ts, Value self) { return self; }

static void dq_iter_trace(GC *gc, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (val_is_obj(it->a)) gc_mark(gc, it->a);
}

static Value dq_reversed(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "deque.__reversed__", argc, kwnames))
        return VAL_NULL;
    Value it = dq_iter_new(ts, argv[0], &deque_riter_type);
    ((IterObj *)it)->step = 1;
    return it;
}

static Value dq_length_hint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    IterObj *it = (IterObj *)argv[0];
    int64_t left = it->a ? DEQUE(it->a)->len - it->i : 0;
    return int_from_i64(ts, left > 0 ? left : 0);
}

static const MethodDef dq_iter_methods[] = {
    {"__length_hint__", dq_length_hint, 0},
    {NULL, NULL, 0},
};

static Type deque_iter_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_collections._deque_iterator",
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .methods = dq_iter_methods,
    .tp_iter = dq_iter_self,
    .tp_next = dq_iter_next,
    .trace = dq_iter_trace,
};

static Type deque_riter_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_collections._deque_reverse_iterator",
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .methods = dq_iter_methods,
    .tp_iter = dq_iter_self,
    .tp_next = dq_iter_next,
    .trace = dq_iter_trace,
};

static Value dq_reduce(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "deque.__reduce__", argc, kwnames))
        return VAL_NULL;
    DequeObj *d = DEQUE(argv[0]);
    Value state = d->dict && dict_len(d->dict) ? d->dict : VAL_NONE;
    Value args = d->maxlen < 0 ? VAL_EMPTY_TUPLE : tuple_pack(ts, 2, VAL_EMPTY_TUPLE, int_from_i64(ts, d->maxlen));
    gc_push_root(ts, args);
    Value it = dq_tp_iter(ts, argv[0]);
    gc_pop_roots(ts, 1);
    return tuple_pack(ts, 4, VAL(val_type(argv[0])), args, state, it);
}

DUNDER_LEN(dq_dlen, "deque.__len__", dq_tp_len)
DUNDER_BINARY(dq_dgetitem, "deque.__getitem__", dq_getitem)
DUNDER_SETITEM(dq_dsetitem, "deque.__setitem__", dq_setitem)
DUNDER_DELITEM(dq_ddelitem, "deque.__delitem__", dq_setitem)
DUNDER_CONTAINS(dq_dcontains, "deque.__contains__", dq_contains)
DUNDER_UNARY(dq_diter, "deque.__iter__", dq_tp_iter)
DUNDER_UNARY(dq_drepr, "deque.__repr__", dq_repr)
DUNDER_BINARY(dq_dadd, "deque.__add__", dq_add)
DUNDER_BINARY(dq_dmul, "deque.__mul__", dq_mul)
DUNDER_RBINARY(dq_drmul, "deque.__rmul__", dq_mul)
DUNDER_BINARY(dq_diadd, "deque.__iadd__", dq_iadd)
DUNDER_BINARY(dq_dimul, "deque.__imul__", dq_imul)
DUNDER_CMP(dq_deq, "deque.__eq__", dq_richcompare, CMP_EQ)
DUNDER_CMP(dq_dne, "deque.__ne__", dq_richcompare, CMP_NE)
DUNDER_CMP(dq_dlt, "deque.__lt__", dq_richcompare, CMP_LT)
DUNDER_CMP(dq_dle, "deque.__le__", dq_richcompare, CMP_LE)
DUNDER_CMP(dq_dgt, "deque.__gt__", dq_richcompare, CMP_GT)
DUNDER_CMP(dq_dge, "deque.__ge__", dq_richcompare, CMP_GE)
DUNDER_INIT(dq_dinit, dq_tp_init)
DUNDER_NEW(dq_dnew, &deque_type, dq_tp_new)

static const MethodDef deque_methods[] = {
    {"append", dq_append, 0},
    {"appendleft", dq_appendleft, 0},
    {"pop", dq_pop, 0},
    {"popleft", dq_popleft, 0},
    {"extend", dq_extend, 0},
    {"extendleft", dq_extendleft, 0},
    {"rotate", dq_rotate, 0},
    {"clear", dq_clear_m, 0},
    {"copy", dq_copy, 0},
    {"__copy__", dq_copy, 0},
    {"count", dq_count, 0},
    {"index", dq_index, 0},
    {"insert", dq_insert, 0},
    {"remove", dq_remove, 0},
    {"reverse", dq_reverse, 0},
    {"__reversed__", dq_reversed, 0},
    {"__reduce__", dq_reduce, 0},
    {"__len__", dq_dlen, 0}, {"__getitem__", dq_dgetitem, 0}, {"__setitem__", dq_dsetitem, 0},
    {"__delitem__", dq_ddelitem, 0}, {"__contains__", dq_dcontains, 0}, {"__iter__", dq_diter, 0},
    {"__repr__", dq_drepr, 0}, {"__add__", dq_dadd, 0}, {"__mul__", dq_dmul, 0},
    {"__rmul__", dq_drmul, 0}, {"__iadd__", dq_diadd, 0}, {"__imul__", dq_dimul, 0},
    {"__eq__", dq_deq, 0}, {"__ne__", dq_dne, 0}, {"__lt__", dq_dlt, 0}, {"__le__", dq_dle, 0},
    {"__gt__", dq_dgt, 0}, {"__ge__", dq_dge, 0}, {"__init__", dq_dinit, 0},
    {"__new__", dq_dnew, METH_STATIC}, {"__class_getitem__", generic_class_getitem, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", dq_get_maxlen, NULL},
    {NULL, NULL, NULL},
};

static Type deque_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "collections.deque",
    .layout = K_OPAQUE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(DequeObj),
    .dict_offset = offsetof(DequeObj, dict),
    .methods = deque_methods,
    .getsets = deque_getsets,
    .tp_new = dq_tp_new,
    .tp_init = dq_tp_init,
    .tp_repr = dq_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = dq_richcompare,
    .tp_len = dq_tp_len,
    .tp_getattr = generic_getattr,
    .tp_setattr = dq_setattr,
    .tp_getitem = dq_getitem,
    .tp_setitem = dq_setitem,
    .tp_contains = dq_contains,
    .tp_iter = dq_tp_iter,
    .nb_binary = {[OP_ADD] = dq_add, [OP_MUL] = dq_mul},
    .nb_inplace = {[OP_ADD] = dq_iadd, [OP_MUL] = dq_imul},
    .trace = dq_trace,
    .finalize = dq_finalize,
};

/* ==== defaultdict ====
 * A dict with one more field after dict's own (type_dict.instance_size is
 * dict's struct size; dict.c allocates instance_size for subtypes). */

static Type defaultdict_type;
static size_t dd_factory_offset;

static Value *dd_factory(Value self) { return (Value *)((char *)OBJ(self) + dd_factory_offset); }

static void dd_trace(GC *gc, Obj *self)
{
    type_dict.trace(gc, self);
    Value f = *dd_factory(VAL(self));
    if (val_is_obj(f)) gc_mark(gc, f);
}

static int dd_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    Value factory = VAL_NONE;
    if (npos > 0) {
        factory = argv[0];
        if (factory != VAL_NONE && !obj_callable(factory)) {
            err_format(ts, &exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        argc--;
        argv++;
    }
    *dd_factory(self) = factory;
    return type_dict.tp_init(ts, self, argc, argv, kwnames);
}

/* __missing__(key): factory() stored under key, or KeyError(key). */
static Value dd_missing(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "defaultdict.__missing__", argc, kwnames))
        return VAL_NULL;
    Value f = *dd_factory(argv[0]);
    if (!f || f == VAL_NONE)
        return err_set_arg(ts, &exc_KeyError, argv[1]);
    Value v = vm_call0(ts, f);
    if (!v)
        return VAL_NULL;
    gc_push_root(ts, v);
    int r = obj_setitem(ts, argv[0], argv[1], v);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : v;
}

static Value dd_repr(ThreadState *ts, Value self)
{
    Value f = *dd_factory(self);
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "%s(", str_cstr(val_type(self)->name_str));
    if (!f || f == VAL_NONE) {
        sb_puts(&sb, "None");
    } else {
        int r = repr_enter(ts, f);
        if (r < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
        if (r > 0) {
            sb_puts(&sb, "...");
        } else {
            int rc = sb_append_repr(ts, &sb, f);
            repr_leave(ts, f);
            if (rc < 0) {
                sb_free(&sb);
                return VAL_NULL;
            }
        }
    }
    sb_puts(&sb, ", ");
    Value d = type_dict.tp_repr(ts, self);
    if (!d) {
        sb_free(&sb);
        return VAL_NULL;
    }
    sb_append_str(&sb, d);
    sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
}

static Value dd_copy_of(ThreadState *ts, Value self)
{
    Value f = *dd_factory(self);
    Value args[2] = {f ? f : VAL_NONE, self};
    return vm_call(ts, VAL(val_type(self)), 2, args, VAL_NULL);
}

static Value dd_copy(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "defaultdict.copy", argc, kwnames))
        return VAL_NULL;
    return dd_copy_of(ts, argv[0]);
}

static Value dd_reduce(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "defaultdict.__reduce__", argc, kwnames))
        return VAL_NULL;
    Value f = *dd_factory(argv[0]);
    Value args = f && f != VAL_NONE ? tuple_pack(ts, 1, f) : VAL_EMPTY_TUPLE;
    gc_push_root(ts, args);
    Value items = vm_call_method(ts, argv[0], interp_intern_cstr(ts, "items"), 0, NULL);
    Value it = items ? obj_iter(ts, items) : VAL_NULL;
    gc_pop_roots(ts, 1);
    if (!it)
        return VAL_NULL;
    return tuple_pack(ts, 5, VAL(val_type(argv[0])), args, VAL_NONE, VAL_NONE, it);
}

static bool is_defaultdict(Value v) { return val_is_obj(v) && type_is_subtype(val_type(v), &defaultdict_type); }

/* d | other and other | d: a defaultdict (of the defaultdict operand's type). */
static Value dd_or(ThreadState *ts, Value a, Value b)
{
    Value self = is_defaultdict(a) ? a : b;
    Value other = self == a ? b : a;
    if (!obj_isinstance(other, &type_dict))
        return VAL_NOTIMPL;
    Value f = *dd_factory(self);
    Value args[2] = {f ? f : VAL_NONE, a};
    Value r = vm_call(ts, VAL(val_type(self)), 2, args, VAL_NULL);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    int rc = dict_update(ts, r, b);
    gc_pop_roots(ts, 1);
    return rc < 0 ? VAL_NULL : r;
}

static Value dd_get_factory(ThreadState *ts, Value self)
{
    Value f = *dd_factory(self);
    return f ? f : VAL_NONE;
}

static int dd_set_factory(ThreadState *ts, Value self, Value v)
{
    *dd_factory(self) = v ? v : VAL_NONE;
    return 0;
}

static int dd_setattr(ThreadState *ts, Value self, Value name, Value v)
{
    if (val_type(self) == &defaultdict_type && !type_lookup(&defaultdict_type, name)) {
        err_attribute(ts, self, name);
        return -1;
    }
    return generic_setattr(ts, self, name, v);
}

DUNDER_BINARY(dd_dor, "defaultdict.__or__", dd_or)
DUNDER_RBINARY(dd_dror, "defaultdict.__ror__", dd_or)
DUNDER_UNARY(dd_drepr, "defaultdict.__repr__", dd_repr)
DUNDER_INIT(dd_dinit, dd_tp_init)

static const MethodDef defaultdict_methods[] = {
    {"__missing__", dd_missing, 0},
    {"copy", dd_copy, 0},
    {"__copy__", dd_copy, 0},
    {"__reduce__", dd_reduce, 0},
    {"__or__", dd_dor, 0},
    {"__ror__", dd_dror, 0},
    {"__repr__", dd_drepr, 0},
    {"__init__", dd_dinit, 0},
    {NULL, NULL, 0},
};

static const GetSetDef defaultdict_getsets[] = {
    {"default_factory", dd_get_factory, dd_set_factory},
    {NULL, NULL, NULL},
};

static Type defaultdict_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "collections.defaultdict",
    .base = &type_dict,
    .layout = K_DICT,
    .tflags = TF_BASETYPE,
    .methods = defaultdict_methods,
    .getsets = defaultdict_getsets,
    .tp_init = dd_tp_init,
    .tp_repr = dd_repr,
    .tp_getattr = generic_getattr,
    .tp_setattr = dd_setattr,
    .nb_binary = {[OP_BITOR] = dd_or},
    .trace = dd_trace,
};

/* ==== _tuplegetter: the field descriptors of namedtuple classes ==== */

typedef struct TupleGetterObj {
    Obj h;
    Value dict;            /* unused (OpaqueObj's layout) */
    Value doc;
    int64_t index;
} TupleGetterObj;

#define TGETTER(v) ((TupleGetterObj *)(v))

static Type tuplegetter_type;

static void tg_trace(GC *gc, Obj *self)
{
    if (val_is_obj(((TupleGetterObj *)self)->doc)) gc_mark(gc, ((TupleGetterObj *)self)->doc);
}

static Value tg_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "_tuplegetter", argc, kwnames, 2, 2)) return VAL_NULL;
    int64_t i;
    if (!int_arg(ts, argv[0], &i)) return VAL_NULL;
    TupleGetterObj *g = gc_alloc(ts, t, sizeof(TupleGetterObj));
    g->index = i;
    g->doc = argv[1];
    return VAL(g);
}

static Value tg_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (!obj || obj == VAL_NONE)
        return descr;
    if (!obj_isinstance(obj, &type_tuple))
        return err_format(ts, &exc_TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                          (long long)TGETTER(descr)->index, val_type_name(obj));
    TupleObj *t = TUPLE(obj);
    if (TGETTER(descr)->index >= t->length)
        return err_format(ts, &exc_IndexError, "tuple index out of range");
    return t->items[TGETTER(descr)->index];
}

static Value tg_set(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return err_format(ts, &exc_AttributeError, "can't set attribute");
}

static Value tg_delete(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return err_format(ts, &exc_AttributeError, "can't delete attribute");
}

static Value tg_repr(ThreadState *ts, Value self)
{
    Value doc = obj_repr(ts, TGETTER(self)->doc);
    return doc ? str_printf(ts, "_tuplegetter(%lld, %s)", (long long)TGETTER(self)->index, str_cstr(doc)) : VAL_NULL;
}

static Value tg_get_doc(ThreadState *ts, Value self) { return TGETTER(self)->doc; }
static int tg_set_doc(ThreadState *ts, Value self, Value v)
{
    TGETTER(self)->doc = v ? v : VAL_NONE;
    return 0;
}

static const MethodDef tuplegetter_methods[] = {
    {"__set__", tg_set, 0},
    {"__delete__", tg_delete, 0},
    {NULL, NULL, 0},
};

static const GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tg_get_doc, tg_set_doc},
    {NULL, NULL, NULL},
};

static Type tuplegetter_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_collections._tuplegetter",
    .layout = K_OPAQUE,
    .instance_size = sizeof(TupleGetterObj),
    .methods = tuplegetter_methods,
    .getsets = tuplegetter_getsets,
    .tp_new = tg_new,
    .tp_repr = tg_repr,
    .tp_descr_get = tg_descr_get,
    .trace = tg_trace,
};

/* ==== _type_slots(C): collections.abc's view of a built-in type ====
 * The dunder names a built-in type implements through its slots, which
 * gilsim does not list in the type's dict (CPython has slot wrappers
 * there): {'__iter__', '__len__', ...}. None for a class statement's type,
 * whose dict holds what it defines. */
static Value type_slots(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "_type_slots", argc, kwnames)) return VAL_NULL;
    if (!IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "_type_slots() argument must be a type, not %s",
                          val_type_name(argv[0]));
    Type *t = (Type *)argv[0];
    if (t->tflags & TF_HEAP) return VAL_NONE;
    const char *names[8];
    int n = 0;
    if (t->tp_iter) names[n++] = "__iter__";
    if (t->tp_next) names[n++] = "__next__";
    if (t->tp_len) names[n++] = "__len__";
    if (t->tp_contains) names[n++] = "__contains__";
    if (t->tp_call) names[n++] = "__call__";
    if (t->tp_getitem) names[n++] = "__getitem__";
    if (t->tp_hash && t->tp_hash != hash_not_implemented) names[n++] = "__hash__";
    Value r = tuple_new(ts, n);
    for (int i = 0; i < n; i++)
        TUPLE(r)->items[i] = interp_intern_cstr(ts, names[i]);
    return r;
}

static const MethodDef collections_functions[] = {
    {"_type_slots", type_slots, 0},
    {NULL, NULL, 0},
};

void collectionsmod_types_init(void)
{
    type_ready(&tuplegetter_type);
    type_ready(&deque_iter_type);
    type_ready(&deque_riter_type);
    type_ready(&deque_type);
    type_ready(&type_dict);
    /* the factory after dict's fields, Value-aligned */
    dd_factory_offset = (type_dict.instance_size + sizeof(Value) - 1) / sizeof(Value) * sizeof(Value);
    defaultdict_type.instance_size = dd_factory_offset + sizeof(Value);
    type_ready(&defaultdict_type);
}

int collectionsmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, collections_functions) < 0)
        return -1;
    if (module_add_value(ts, module, "deque", VAL(&deque_type)) < 0 ||
        module_add_value(ts, module, "_tuplegetter", VAL(&tuplegetter_type)) < 0)
        return -1;
    return module_add_value(ts, module, "defaultdict", VAL(&defaultdict_type));
}
