/* list.c — Python list: a growable array of Values.
 *
 * The items buffer is a GC buffer (gc_buf_*), over-allocated like CPython's
 * (about 1/8 extra) so append is amortised O(1). The word before the items
 * records the interpreter whose heap counts the buffer: finalize, which gets
 * no Interp, gives the bytes back to the right heap.
 *
 * Anything that can run Python code (comparisons of instances, key
 * functions, iteration of generators) may mutate the list being worked on and
 * may trigger a collection. So loops re-read `items` and `length` after each
 * such call instead of caching them, and sort() works on the items taken out
 * of the list (which looks empty meanwhile, as in CPython) while a rooted
 * holder list keeps them alive.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vm/list.h"
#include "vm/cost.h"
#include "vm/abstract.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/range.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- the repr recursion guard (ts->repr_active) ---- */

int repr_enter(ThreadState *ts, Value v)
{
    for (int i = ts->nrepr_active - 1; i >= 0; i--)
        if (ts->repr_active[i] == v)
            return 1;
    if (ts->nrepr_active == ts->repr_active_cap) {
        int cap = ts->repr_active_cap ? ts->repr_active_cap * 2 : 16;
        ts->repr_active = xrealloc(ts->repr_active, sizeof(Value) * (size_t)cap);
        ts->repr_active_cap = cap;
    }
    ts->repr_active[ts->nrepr_active++] = v;
    return 0;
}

void repr_leave(ThreadState *ts, Value v)
{
    for (int i = ts->nrepr_active - 1; i >= 0; i--) {
        if (ts->repr_active[i] == v) {
            memmove(ts->repr_active + i, ts->repr_active + i + 1,
                    sizeof(Value) * (size_t)(ts->nrepr_active - i - 1));
            ts->nrepr_active--;
            return;
        }
    }
}

/* ---- storage ---- */

static inline size_t items_bytes(int64_t cap) { return sizeof(Interp *) + sizeof(Value) * (size_t)cap; }

static Value *items_alloc(Interp *in, int64_t cap)
{
    Interp **p = gc_buf_alloc(in, items_bytes(cap));
    *p = in;
    return (Value *)(p + 1);
}

/* Grows or shrinks the buffer. With `refusable`, growth fails (NULL,
 * MemoryError set, the old buffer kept) when the heap would pass its cap.
 * ts NULL: an immortal list. */
static Value *items_realloc(ThreadState *ts, Value *items, int64_t oldcap, int64_t cap, bool refusable)
{
    if (refusable && cap > oldcap && !gc_check_size(ts, sizeof(Value) * (size_t)(cap - oldcap)))
        return NULL;
    if (!items)
        return items_alloc(ts ? ts->interp : NULL, cap);
    Interp **p = (Interp **)items - 1;
    p = gc_buf_realloc(*p, p, items_bytes(oldcap), items_bytes(cap));
    return (Value *)(p + 1);
}

static void items_free(Value *items, int64_t cap)
{
    if (!items)
        return;
    Interp **p = (Interp **)items - 1;
    gc_buf_free(*p, p, items_bytes(cap));
}

/* -1 with MemoryError (the list unchanged) if growing is refused. */
static int resize_buf(ThreadState *ts, ListObj *l, int64_t cap, bool refusable)
{
    Value *items = items_realloc(ts, l->items, l->capacity, cap, refusable);
    if (!items)
        return -1;
    l->items = items;
    l->capacity = cap;
    return 0;
}

static int list_resize_buf(ThreadState *ts, ListObj *l, int64_t cap) { return resize_buf(ts, l, cap, ts != NULL); }

/* Room for `need` items, over-allocating like CPython; -1 with MemoryError. */
static int reserve(ThreadState *ts, ListObj *l, int64_t need, bool refusable)
{
    if (need <= l->capacity)
        return 0;
    if (need > INT64_MAX / 16) {
        err_no_memory(ts);
        return -1;
    }
    int64_t cap = (need + (need >> 3) + 6) & ~(int64_t)3;
    if (cap < need)
        cap = need;
    return resize_buf(ts, l, cap, refusable);
}

static int list_reserve(ThreadState *ts, ListObj *l, int64_t need) { return reserve(ts, l, need, ts != NULL); }

static ListObj *list_alloc(ThreadState *ts, Type *t, int64_t cap)
{
    size_t size = t->instance_size > sizeof(ListObj) ? t->instance_size : sizeof(ListObj);
    ListObj *l = gc_alloc(ts, t, size);
    if (cap > 0) {
        l->items = items_alloc(ts->interp, cap);
        l->capacity = cap;
    }
    return l;
}

Value list_new_empty(ThreadState *ts, int64_t capacity) { return VAL(list_alloc(ts, &type_list, capacity)); }

Value list_new(ThreadState *ts, int64_t n)
{
    ListObj *l = list_alloc(ts, &type_list, n);
    for (int64_t i = 0; i < n; i++)
        l->items[i] = VAL_NONE;
    l->length = n;
    return VAL(l);
}

Value list_from_array(ThreadState *ts, int64_t n, const Value *items)
{
    ListObj *l = list_alloc(ts, &type_list, n);
    vm_charge(ts, n * COST_PER_COPY);
    if (n)
        memcpy(l->items, items, sizeof(Value) * (size_t)n);
    l->length = n;
    return VAL(l);
}

int list_try_append(ThreadState *ts, Value list, Value v)
{
    ListObj *l = LIST(list);
    if (l->length == l->capacity && list_reserve(ts, l, l->length + 1) < 0)
        return -1;
    l->items[l->length++] = v;
    return 0;
}

void list_append(ThreadState *ts, Value list, Value v)
{
    ListObj *l = LIST(list);
    if (l->length == l->capacity)
        reserve(ts, l, l->length + 1, false);
    l->items[l->length++] = v;
}

Value list_as_tuple(ThreadState *ts, Value list)
{
    return tuple_from_array(ts, LIST(list)->length, LIST(list)->items);
}

void list_clear(ThreadState *ts, Value list)
{
    ListObj *l = LIST(list);
    items_free(l->items, l->capacity);
    l->items = NULL;
    l->length = l->capacity = 0;
}

Value list_pop_last(Value list)
{
    ListObj *l = LIST(list);
    if (l->length == 0)
        return VAL_NULL;
    return l->items[--l->length];
}

int list_insert(ThreadState *ts, Value list, int64_t i, Value v)
{
    ListObj *l = LIST(list);
    int64_t n = l->length;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (list_reserve(ts, l, n + 1) < 0)
        return -1;
    if (n > i)
        memmove(l->items + i + 1, l->items + i, sizeof(Value) * (size_t)(n - i));
    l->items[i] = v;
    l->length = n + 1;
    return 0;
}

/* Append the items of a list or tuple (which may be `list` itself). */
static int extend_array(ThreadState *ts, ListObj *l, const Value *items, int64_t n)
{
    if (n == 0)
        return 0;
    vm_charge(ts, n * COST_PER_COPY);
    bool self = items == l->items;         /* l.extend(l): the buffer may move */
    if (list_reserve(ts, l, l->length + n) < 0)
        return -1;
    memmove(l->items + l->length, self ? l->items : items, sizeof(Value) * (size_t)n);
    l->length += n;
    return 0;
}

int list_extend(ThreadState *ts, Value list, Value iterable)
{
    ListObj *l = LIST(list);
    if (IS_LIST(iterable))
        return extend_array(ts, l, LIST(iterable)->items, LIST(iterable)->length);
    if (IS_TUPLE(iterable))
        return extend_array(ts, l, TUPLE(iterable)->items, TUPLE(iterable)->length);
    int64_t n = obj_known_length(iterable, false);
    if (n > 0 && list_reserve(ts, l, l->length + n) < 0)
        return -1;
    gc_push_root(ts, list);
    Value it = obj_iter(ts, iterable);
    if (!it) {
        gc_pop_roots(ts, 1);
        return -1;
    }
    gc_push_root(ts, it);
    Value v;
    int rc = 0;
    while ((v = obj_next(ts, it)) != VAL_NULL) {
        vm_charge(ts, COST_PER_NEW_INT + COST_PER_ITEM);   /* generic iteration, as list(range(n)) */
        if ((rc = list_try_append(ts, list, v)) < 0)
            break;
    }
    gc_pop_roots(ts, 2);
    return rc < 0 || err_occurred(ts) ? -1 : 0;
}

/* ---- sort: a stable merge sort ----
 * It sorts keys[] and moves vals[] alongside (vals NULL: the keys are the
 * items, sorted in place), like CPython's sort with and without key=: the
 * extra memory is a merge buffer of n/2 (keys, and values if any), counted
 * in the heap. Every item stays reachable while comparisons run Python code
 * (and maybe the collector): the items are in the rooted holder list, and
 * those of a run being merged also in the buffer, itself a rooted list. */

typedef struct SortRun { Value *keys, *vals; } SortRun;

/* The functions below take `vals` as a constant and are instantiated twice
 * (merge_sort_keys, merge_sort_pairs), so that sorting without key= moves
 * one word per item, as fast as sorting an array of Values. */
#define SORT_INLINE static inline __attribute__((always_inline))

SORT_INLINE SortRun run_at(SortRun a, int64_t i, bool vals)
{
    return (SortRun){a.keys + i, vals ? a.vals + i : NULL};
}

SORT_INLINE void run_move(SortRun to, int64_t i, SortRun from, int64_t j, bool vals)
{
    to.keys[i] = from.keys[j];
    if (vals)
        to.vals[i] = from.vals[j];
}

SORT_INLINE void run_copy(SortRun to, SortRun from, int64_t n, bool vals)
{
    memcpy(to.keys, from.keys, sizeof(Value) * (size_t)n);
    if (vals)
        memcpy(to.vals, from.vals, sizeof(Value) * (size_t)n);
}

/* key a < key b? -1 on error. Fast paths for the common homogeneous lists. */
static int sort_lt(ThreadState *ts, Value a, Value b)
{
    vm_charge(ts, COST_PER_SORT_ITEM);
    if (val_is_smallint(a) && val_is_smallint(b))
        return (int64_t)a < (int64_t)b;
    if (IS_STR(a) && IS_STR(b))
        return str_cmp(a, b) < 0;
    if (IS_FLOAT(a) && IS_FLOAT(b))
        return float_value(a) < float_value(b);
    return obj_richcompare_bool(ts, a, b, CMP_LT);
}

SORT_INLINE int insertion_sort(ThreadState *ts, SortRun a, int64_t n, bool vals)
{
    for (int64_t i = 1; i < n; i++) {
        Value xk = a.keys[i], xv = vals ? a.vals[i] : VAL_NULL;
        int64_t j = i;
        int rc = 0;
        while (j > 0) {
            int k = sort_lt(ts, xk, a.keys[j - 1]);
            if (k < 0) {
                rc = -1;
                break;
            }
            if (!k)
                break;
            run_move(a, j, a, j - 1, vals);
            j--;
        }
        a.keys[j] = xk;
        if (vals)
            a.vals[j] = xv;
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Merge the sorted runs a[0..n1) and a[n1..n1+n2) using tmp (n1 items).
 * On error the array is still a permutation of its items. */
SORT_INLINE int merge_runs(ThreadState *ts, SortRun a, int64_t n1, int64_t n2, SortRun tmp, bool vals)
{
    run_copy(tmp, a, n1, vals);
    Value *l = tmp.keys, *le = tmp.keys + n1, *r = a.keys + n1, *re = a.keys + n1 + n2, *out = a.keys;
    Value *lv = tmp.vals, *rv = vals ? a.vals + n1 : NULL, *outv = a.vals;
    int rc = 0;
    while (l < le && r < re) {
        int k = sort_lt(ts, *r, *l);   /* stable: the right run wins only if smaller */
        if (k < 0) {
            rc = -1;
            break;
        }
        if (k) {
            *out++ = *r++;
            if (vals)
                *outv++ = *rv++;
        } else {
            *out++ = *l++;
            if (vals)
                *outv++ = *lv++;
        }
    }
    run_copy((SortRun){out, outv}, (SortRun){l, lv}, le - l, vals);
    return rc;
}

static int merge_sort_keys(ThreadState *ts, SortRun a, int64_t n, SortRun tmp);
static int merge_sort_pairs(ThreadState *ts, SortRun a, int64_t n, SortRun tmp);

SORT_INLINE int merge_sort(ThreadState *ts, SortRun a, int64_t n, SortRun tmp, bool vals)
{
    if (n <= 16)
        return insertion_sort(ts, a, n, vals);
    int (*self)(ThreadState *, SortRun, int64_t, SortRun) = vals ? merge_sort_pairs : merge_sort_keys;
    int64_t mid = n / 2;
    if (self(ts, a, mid, tmp) < 0 || self(ts, run_at(a, mid, vals), n - mid, tmp) < 0)
        return -1;
    int k = sort_lt(ts, a.keys[mid], a.keys[mid - 1]);
    if (k <= 0)
        return k;                          /* already in order (or error) */
    return merge_runs(ts, a, mid, n - mid, tmp, vals);
}

static int merge_sort_keys(ThreadState *ts, SortRun a, int64_t n, SortRun tmp)
{
    return merge_sort(ts, a, n, tmp, false);
}

static int merge_sort_pairs(ThreadState *ts, SortRun a, int64_t n, SortRun tmp)
{
    return merge_sort(ts, a, n, tmp, true);
}

static void reverse_run(SortRun a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = a.keys[i];
        a.keys[i] = a.keys[j];
        a.keys[j] = t;
        if (a.vals) {
            t = a.vals[i];
            a.vals[i] = a.vals[j];
            a.vals[j] = t;
        }
    }
}

/* Sorts items[0..n) (rooted by the caller) by key; -1 on error. */
static int sort_items(ThreadState *ts, Value *items, int64_t n, Value key, bool reverse)
{
    bool keyed = key && key != VAL_NONE;
    int64_t half = n / 2 + 1;
    /* the merge buffer and, with key=, the keys: a list each, so that the
     * collector sees what they hold */
    if (!gc_check_size(ts, sizeof(Value) * (size_t)(keyed ? n + 2 * half : half)))
        return -1;
    int nroots = 0;
    SortRun a = {items, NULL};
    if (keyed) {
        Value keys = list_new(ts, n);
        gc_push_root(ts, keys);
        nroots++;
        for (int64_t i = 0; i < n; i++) {
            Value k = vm_call1(ts, key, items[i]);
            if (!k) {
                gc_pop_roots(ts, nroots);
                return -1;
            }
            LIST(keys)->items[i] = k;
        }
        a = (SortRun){LIST(keys)->items, items};
    }
    Value buf = list_new(ts, keyed ? 2 * half : half);
    gc_push_root(ts, buf);
    nroots++;
    SortRun tmp = {LIST(buf)->items, keyed ? LIST(buf)->items + half : NULL};
    if (reverse)
        reverse_run(a, n);
    int rc = keyed ? merge_sort_pairs(ts, a, n, tmp) : merge_sort_keys(ts, a, n, tmp);
    if (reverse && rc == 0)
        reverse_run(a, n);
    gc_pop_roots(ts, nroots);
    return rc;
}

int list_sort(ThreadState *ts, Value list, Value key, bool reverse)
{
    ListObj *l = LIST(list);
    int64_t n = l->length, cap = l->capacity;
    if (n < 2 && !key)
        return 0;
    Value *items = l->items;
    /* take the items out: the list looks empty while Python code runs */
    Value holder = list_new_empty(ts, 0);
    LIST(holder)->items = items;
    LIST(holder)->length = n;
    LIST(holder)->capacity = cap;
    l->items = NULL;
    l->length = l->capacity = 0;
    gc_push_root(ts, holder);
    int rc = sort_items(ts, items, n, key, reverse);
    /* put the items back; anything the list got meanwhile is dropped */
    bool modified = l->items != NULL || l->length != 0;
    if (l->items)
        items_free(l->items, l->capacity);
    l->items = items;
    l->length = n;
    l->capacity = cap;
    LIST(holder)->items = NULL;
    LIST(holder)->length = LIST(holder)->capacity = 0;
    gc_pop_roots(ts, 1);
    if (rc == 0 && modified) {
        err_format(ts, &exc_ValueError, "list modified during sort");
        return -1;
    }
    return rc;
}

/* ---- repr ---- */

static Value list_repr(ThreadState *ts, Value self)
{
    if (LIST(self)->length == 0)
        return str_new(ts, "[]", 2);
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_new(ts, "[...]", 5);
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '[');
    for (int64_t i = 0; i < LIST(self)->length; i++) {   /* re-read: repr may mutate */
        if (i)
            sb_append(&sb, ", ", 2);
        if (sb_append_repr(ts, &sb, LIST(self)->items[i]) < 0) {
            sb_free(&sb);
            repr_leave(ts, self);
            return VAL_NULL;
        }
    }
    sb_putc(&sb, ']');
    repr_leave(ts, self);
    return sb_finish(ts, &sb);
}

/* ---- comparison, membership ---- */

static Value list_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!IS_LIST(a) || !IS_LIST(b))
        return VAL_NOTIMPL;
    return seq_richcompare(ts, a, b, op);
}

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

static int list_contains(ThreadState *ts, Value self, Value x)
{
    for (int64_t i = 0; i < LIST(self)->length; i++) {
        int k = item_eq(ts, LIST(self)->items[i], x);
        if (k != 0)
            return k;
    }
    return 0;
}

static int64_t list_len(ThreadState *ts, Value self) { return LIST(self)->length; }

/* ---- indexing ---- */

static bool is_index(Value key)
{
    return val_is_int(key) || (val_is_obj(key) && OBJ(key)->kind != K_SLICE && val_type(key)->nb_index);
}

static Value list_slice(ThreadState *ts, ListObj *l, int64_t start, int64_t step, int64_t n)
{
    if (step == 1)
        return list_from_array(ts, n, n ? l->items + start : NULL);   /* items may be NULL */
    ListObj *r = list_alloc(ts, &type_list, n);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        r->items[i] = l->items[j];
    r->length = n;
    return VAL(r);
}

static Value list_getitem(ThreadState *ts, Value self, Value key)
{
    ListObj *l = LIST(self);
    if (val_is_smallint(key)) {
        int64_t i = val_smallint(key);
        if (i < 0)
            i += l->length;
        if ((uint64_t)i >= (uint64_t)l->length)
            return err_format(ts, &exc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, l->length, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        return list_slice(ts, l, start, step, n);
    }
    if (is_index(key)) {
        int64_t i;
        if (!seq_index_arg(ts, key, &i))
            return VAL_NULL;
        if (i < 0)
            i += l->length;
        if (i < 0 || i >= l->length)
            return err_format(ts, &exc_IndexError, "list index out of range");
        return l->items[i];
    }
    return err_format(ts, &exc_TypeError, "list indices must be integers or slices, not %s", val_type_name(key));
}

/* Deletes l[start:start+n*step:step] (n items). */
static void delete_slice(ThreadState *ts, ListObj *l, int64_t start, int64_t step, int64_t n)
{
    if (n <= 0)
        return;
    if (step < 0) {                        /* same set of items, walked forwards */
        start = start + step * (n - 1);
        step = -step;
    }
    if (step == 1) {
        memmove(l->items + start, l->items + start + n, sizeof(Value) * (size_t)(l->length - start - n));
    } else {
        int64_t out = start;
        for (int64_t i = start; i < l->length; i++) {
            if (i < start + step * n && (i - start) % step == 0)
                continue;
            l->items[out++] = l->items[i];
        }
    }
    l->length -= n;
    if (l->length < l->capacity / 4 && l->capacity > 16)
        list_resize_buf(ts, l, l->length + (l->length >> 3) + 8);
}

static int list_setslice(ThreadState *ts, Value self, Value slice, Value v)
{
    ListObj *l = LIST(self);
    int64_t start, stop, step, n;
    if (!v) {
        if (slice_indices(ts, slice, l->length, &start, &stop, &step, &n) < 0)
            return -1;
        delete_slice(ts, l, start, step, n);
        return 0;
    }
    /* the new items as an array (a copy if it is the list itself) */
    Value holder = VAL_NULL;
    const Value *src;
    int64_t m;
    if (IS_TUPLE(v)) {
        src = TUPLE(v)->items;
        m = TUPLE(v)->length;
    } else if (IS_LIST(v) && v != self) {
        src = LIST(v)->items;
        m = LIST(v)->length;
    } else {
        Value it = obj_iter(ts, v);
        if (!it) {
            if (err_matches(ts, &exc_TypeError)) {
                err_clear(ts);
                err_format(ts, &exc_TypeError, "can only assign an iterable");
            }
            return -1;
        }
        holder = list_new_empty(ts, 8);
        gc_push_root(ts, holder);
        int k = list_extend(ts, holder, it);
        gc_pop_roots(ts, 1);
        if (k < 0)
            return -1;
        src = LIST(holder)->items;
        m = LIST(holder)->length;
    }
    gc_push_root(ts, holder ? holder : VAL_NONE);
    int rc = 0;
    if (slice_indices(ts, slice, l->length, &start, &stop, &step, &n) < 0) {
        rc = -1;
    } else if (step == 1) {
        int64_t old = n < 0 ? 0 : n;
        int64_t newlen = l->length - old + m;
        if (list_reserve(ts, l, newlen) < 0) {
            gc_pop_roots(ts, 1);
            return -1;
        }
        if (l->length - start - old > 0)
            memmove(l->items + start + m, l->items + start + old, sizeof(Value) * (size_t)(l->length - start - old));
        if (m > 0)
            memcpy(l->items + start, src, sizeof(Value) * (size_t)m);
        l->length = newlen;
    } else if (m != n) {
        err_format(ts, &exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                   (long long)m, (long long)n);
        rc = -1;
    } else {
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            l->items[j] = src[i];
    }
    gc_pop_roots(ts, 1);
    return rc;
}

static int list_setitem(ThreadState *ts, Value self, Value key, Value v)
{
    ListObj *l = LIST(self);
    if (val_is(key, K_SLICE))
        return list_setslice(ts, self, key, v);
    if (!is_index(key)) {
        err_format(ts, &exc_TypeError, "list indices must be integers or slices, not %s", val_type_name(key));
        return -1;
    }
    int64_t i;
    if (!seq_index_arg(ts, key, &i))
        return -1;
    if (i < 0)
        i += l->length;
    if (i < 0 || i >= l->length) {
        err_format(ts, &exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v) {
        l->items[i] = v;
    } else {
        memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->length - i - 1));
        l->length--;
    }
    return 0;
}

/* ---- operators ---- */

static Value list_add(ThreadState *ts, Value a, Value b)
{
    if (!IS_LIST(a))
        return VAL_NOTIMPL;
    if (!IS_LIST(b))
        return VAL_NOTIMPL;   /* b.__radd__ may take it; else obj_binop says "can only concatenate" */
    ListObj *x = LIST(a), *y = LIST(b);
    if (!gc_check_array(ts, x->length + y->length, sizeof(Value)))
        return VAL_NULL;
    ListObj *r = list_alloc(ts, &type_list, x->length + y->length);
    if (x->length)
        memcpy(r->items, x->items, sizeof(Value) * (size_t)x->length);
    if (y->length)
        memcpy(r->items + x->length, y->items, sizeof(Value) * (size_t)y->length);
    r->length = x->length + y->length;
    return VAL(r);
}

static Value list_repeat(ThreadState *ts, ListObj *l, int64_t n, ListObj *into)
{
    int64_t len = l->length;
    if (n <= 0 || len == 0) {
        if (into) {
            into->length = 0;
            return VAL(into);
        }
        return list_new_empty(ts, 0);
    }
    if (len > INT64_MAX / 8 / n)
        return err_no_memory(ts);
    if (!gc_check_array(ts, len * n, sizeof(Value)))
        return VAL_NULL;
    ListObj *r = into ? into : list_alloc(ts, &type_list, len * n);
    if (list_reserve(ts, r, len * n) < 0)
        return VAL_NULL;
    if (r != l)
        memcpy(r->items, l->items, sizeof(Value) * (size_t)len);
    for (int64_t i = 1; i < n; i++)
        memcpy(r->items + i * len, r->items, sizeof(Value) * (size_t)len);
    r->length = len * n;
    vm_charge(ts, len * n * COST_PER_COPY);
    return VAL(r);
}

static Value list_mul(ThreadState *ts, Value a, Value b)
{
    Value seq;
    int64_t n;
    int k = seq_repeat_count(ts, a, b, K_LIST, &seq, &n);
    if (k <= 0)
        return k < 0 ? VAL_NULL : VAL_NOTIMPL;
    return list_repeat(ts, LIST(seq), n, NULL);
}

static Value list_iadd(ThreadState *ts, Value a, Value b)
{
    if (!IS_LIST(a))
        return VAL_NOTIMPL;
    if (list_extend(ts, a, b) < 0)
        return VAL_NULL;
    return a;
}

static Value list_imul(ThreadState *ts, Value a, Value b)
{
    if (!IS_LIST(a))
        return VAL_NOTIMPL;
    Value seq;
    int64_t n;
    int k = seq_repeat_count(ts, a, b, K_LIST, &seq, &n);
    if (k <= 0)
        return k < 0 ? VAL_NULL : VAL_NOTIMPL;
    return list_repeat(ts, LIST(a), n, LIST(a));
}

static Value list_iter(ThreadState *ts, Value self)
{
    IterObj *it = gc_alloc(ts, &type_list_iter, sizeof(IterObj));
    it->a = self;
    it->i = 0;
    return VAL(it);
}

/* ---- methods ---- */

static Value list_append_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (argc != 2 || kwnames) {
        if (!argc_one(ts, "list.append", argc, kwnames))
            return VAL_NULL;
    }
    if (list_try_append(ts, argv[0], argv[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_extend_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "list.extend", argc, kwnames))
        return VAL_NULL;
    if (list_extend(ts, argv[0], argv[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_insert_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "insert", argc, kwnames, 2, 2))
        return VAL_NULL;
    int64_t i;
    if (!int_arg(ts, argv[1], &i))
        return VAL_NULL;
    if (list_insert(ts, argv[0], i, argv[2]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_pop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "pop", argc, kwnames, 0, 1))
        return VAL_NULL;
    ListObj *l = LIST(argv[0]);
    int64_t i = -1;
    if (argc > 1 && !int_arg(ts, argv[1], &i))
        return VAL_NULL;
    if (l->length == 0)
        return err_format(ts, &exc_IndexError, "pop from empty list");
    if (i < 0)
        i += l->length;
    if (i < 0 || i >= l->length)
        return err_format(ts, &exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->length - i - 1));
    l->length--;
    if (l->length < l->capacity / 4 && l->capacity > 16)
        list_resize_buf(ts, l, l->length + (l->length >> 3) + 8);
    return v;
}

static Value list_remove(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "list.remove", argc, kwnames))
        return VAL_NULL;
    ListObj *l = LIST(argv[0]);
    for (int64_t i = 0; i < l->length; i++) {
        int k = item_eq(ts, l->items[i], argv[1]);
        if (k < 0)
            return VAL_NULL;
        if (k) {
            if (i < l->length) {
                memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->length - i - 1));
                l->length--;
            }
            return VAL_NONE;
        }
    }
    return err_format(ts, &exc_ValueError, "list.remove(x): x not in list");
}

static Value list_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "index", argc, kwnames, 1, 3))
        return VAL_NULL;
    int64_t start, stop;
    if (!seq_index_bounds(ts, argc, argv, LIST(argv[0])->length, &start, &stop))
        return VAL_NULL;
    for (int64_t i = start; i < stop && i < LIST(argv[0])->length; i++) {
        int k = item_eq(ts, LIST(argv[0])->items[i], argv[1]);
        if (k < 0)
            return VAL_NULL;
        if (k)
            return val_from_smallint(i);
    }
    Value r = obj_repr(ts, argv[1]);
    if (!r)
        return VAL_NULL;
    return err_format(ts, &exc_ValueError, "%s is not in list", str_cstr(r));
}

static Value list_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "list.count", argc, kwnames))
        return VAL_NULL;
    int64_t c = 0;
    for (int64_t i = 0; i < LIST(argv[0])->length; i++) {
        int k = item_eq(ts, LIST(argv[0])->items[i], argv[1]);
        if (k < 0)
            return VAL_NULL;
        c += k;
    }
    return val_from_smallint(c);
}

static Value list_sort_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int nk = kwnames ? (int)TUPLE(kwnames)->length : 0;
    if (argc - nk > 1)
        return err_format(ts, &exc_TypeError, "sort() takes no positional arguments");
    if (nk > 2)
        return err_format(ts, &exc_TypeError, "sort() takes at most 2 keyword arguments (%d given)", nk);
    Value key = VAL_NULL;
    int reverse = 0;
    for (int i = 0; i < nk; i++) {
        Value name = TUPLE(kwnames)->items[i], v = argv[argc - nk + i];
        if (str_eq_cstr(name, "key")) {
            key = v == VAL_NONE ? VAL_NULL : v;
        } else if (str_eq_cstr(name, "reverse")) {
            if (!val_is_int(v) && !val_type(v)->nb_index) {
                /* CPython takes an int-like (bool) here */
                return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", val_type_name(v));
            }
            if ((reverse = obj_truthy(ts, v)) < 0)
                return VAL_NULL;
        } else {
            return err_format(ts, &exc_TypeError, "'%s' is an invalid keyword argument for sort()", str_cstr(name));
        }
    }
    if (list_sort(ts, argv[0], key, reverse) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_reverse(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "list.reverse", argc, kwnames))
        return VAL_NULL;
    ListObj *l = LIST(argv[0]);
    for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return VAL_NONE;
}

static Value list_copy(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "list.copy", argc, kwnames))
        return VAL_NULL;
    return list_from_array(ts, LIST(argv[0])->length, LIST(argv[0])->items);
}

static Value list_clear_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "list.clear", argc, kwnames))
        return VAL_NULL;
    list_clear(ts, argv[0]);
    return VAL_NONE;
}

static Value list_reversed_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "list.__reversed__", argc, kwnames))
        return VAL_NULL;
    return reversed_seq(ts, argv[0]);
}

/* ---- construction ---- */

static Value list_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return VAL(list_alloc(ts, t, 0));
}

static int list_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length) {
        err_format(ts, &exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (argc > 1) {
        err_format(ts, &exc_TypeError, "list expected at most 1 argument, got %d", argc);
        return -1;
    }
    if (LIST(self)->length)
        list_clear(ts, self);
    if (argc == 1)
        return list_extend(ts, self, argv[0]);
    return 0;
}

static void list_trace(GC *gc, Obj *self)
{
    ListObj *l = (ListObj *)self;
    gc_mark_array(gc, l->items, l->length);
}

static void list_finalize(Obj *self)
{
    ListObj *l = (ListObj *)self;
    items_free(l->items, l->capacity);
    l->items = NULL;
}

DUNDER_LEN(list_dlen, "list.__len__", list_len)
DUNDER_BINARY(list_dgetitem, "list.__getitem__", list_getitem)
DUNDER_SETITEM(list_dsetitem, "__setitem__", list_setitem)
DUNDER_DELITEM(list_ddelitem, "list.__delitem__", list_setitem)
DUNDER_CONTAINS(list_dcontains, "list.__contains__", list_contains)
DUNDER_UNARY(list_diter, "list.__iter__", list_iter)
DUNDER_UNARY(list_drepr, "list.__repr__", list_repr)
DUNDER_BINARY(list_dadd, "list.__add__", list_add)
DUNDER_BINARY(list_diadd, "list.__iadd__", list_iadd)
DUNDER_BINARY(list_dmul, "list.__mul__", list_mul)
DUNDER_RBINARY(list_drmul, "list.__rmul__", list_mul)
DUNDER_BINARY(list_dimul, "list.__imul__", list_imul)
DUNDER_CMP(list_deq, "list.__eq__", list_richcompare, CMP_EQ)
DUNDER_CMP(list_dne, "list.__ne__", list_richcompare, CMP_NE)
DUNDER_CMP(list_dlt, "list.__lt__", list_richcompare, CMP_LT)
DUNDER_CMP(list_dle, "list.__le__", list_richcompare, CMP_LE)
DUNDER_CMP(list_dgt, "list.__gt__", list_richcompare, CMP_GT)
DUNDER_CMP(list_dge, "list.__ge__", list_richcompare, CMP_GE)
DUNDER_INIT(list_dinit, list_tp_init)
DUNDER_NEW(list_dnew, &type_list, list_tp_new)

static const MethodDef list_methods[] = {
    {"__len__", list_dlen, 0}, {"__getitem__", list_dgetitem, METH_COEXIST}, {"__setitem__", list_dsetitem, 0},
    {"__delitem__", list_ddelitem, 0}, {"__contains__", list_dcontains, 0}, {"__iter__", list_diter, 0},
    {"__repr__", list_drepr, 0}, {"__add__", list_dadd, 0}, {"__iadd__", list_diadd, 0},
    {"__mul__", list_dmul, 0}, {"__rmul__", list_drmul, 0}, {"__imul__", list_dimul, 0},
    {"__eq__", list_deq, 0}, {"__ne__", list_dne, 0}, {"__lt__", list_dlt, 0}, {"__le__", list_dle, 0},
    {"__gt__", list_dgt, 0}, {"__ge__", list_dge, 0}, {"__init__", list_dinit, 0}, {"__new__", list_dnew, METH_STATIC},
    {"__class_getitem__", generic_class_getitem, METH_CLASS},
    {"append", list_append_meth, METH_SPECIALISED}, {"extend", list_extend_meth, 0}, {"insert", list_insert_meth, 0},
    {"pop", list_pop, 0}, {"remove", list_remove, 0}, {"index", list_index, 0},
    {"count", list_count, 0}, {"sort", list_sort_meth, 0}, {"reverse", list_reverse, 0},
    {"copy", list_copy, 0}, {"clear", list_clear_meth, 0}, {"__reversed__", list_reversed_meth, 0},
    {NULL, NULL, 0},
};

Type type_list = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "list",
    .layout = K_LIST,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(ListObj),
    .methods = list_methods,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .tp_repr = list_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = list_richcompare,
    .tp_len = list_len,
    .tp_getitem = list_getitem,
    .tp_setitem = list_setitem,
    .tp_contains = list_contains,
    .tp_iter = list_iter,
    .nb_binary = {[OP_ADD] = list_add, [OP_MUL] = list_mul},
    .nb_inplace = {[OP_ADD] = list_iadd, [OP_MUL] = list_imul},
    .trace = list_trace,
    .finalize = list_finalize,
};
