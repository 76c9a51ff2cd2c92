/* heapqmod.c — _heapq: the heap operations of heapq, in C as in CPython.
 *
 * The sift algorithms are CPython's (Lib/heapq.py's _siftdown/_siftup,
 * which _heapqmodule.c mirrors): the same comparisons in the same order,
 * so a heap holds its items in CPython's positions. In C because a heap
 * shared between threads relies, in CPython, on heappush and heappop not
 * being split by a thread switch: no bytecode runs inside them (except
 * an item's own __lt__). An item's __lt__ may change the list: that is the
 * RuntimeError CPython raises.
 */
#include "config.h"

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/cost.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/list.h"

/* a < b (or b < a for the max-heap variants); -1 on error. Each
 * comparison costs what one of sorted()'s does. */
static int less(ThreadState *ts, Value a, Value b, bool max)
{
    vm_charge(ts, COST_PER_SORT_ITEM);
    return max ? obj_richcompare_bool(ts, b, a, CMP_LT) : obj_richcompare_bool(ts, a, b, CMP_LT);
}

static int changed(ThreadState *ts)
{
    err_format(ts, &exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* Moves the item at pos up towards startpos while it is smaller than its parent. */
static int siftdown(ThreadState *ts, Value heap, int64_t startpos, int64_t pos, bool max)
{
    int64_t size = LIST(heap)->length;
    if (pos >= size) {
        err_format(ts, &exc_IndexError, "index out of range");
        return -1;
    }
    Value newitem = LIST(heap)->items[pos];
    gc_push_root(ts, newitem);
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        Value parent = LIST(heap)->items[parentpos];
        gc_push_root(ts, parent);
        int r = less(ts, newitem, parent, max);
        gc_pop_roots(ts, 1);
        if (r < 0) {
            gc_pop_roots(ts, 1);
            return -1;
        }
        if (LIST(heap)->length != size) {
            gc_pop_roots(ts, 1);
            return changed(ts);
        }
        if (!r)
            break;
        LIST(heap)->items[pos] = LIST(heap)->items[parentpos];
        pos = parentpos;
    }
    LIST(heap)->items[pos] = newitem;
    gc_pop_roots(ts, 1);
    return 0;
}

/* Moves the smaller child up until a leaf, puts the item there, then
 * siftdown: CPython's "bottom-up" sift. */
static int siftup(ThreadState *ts, Value heap, int64_t pos, bool max)
{
    int64_t endpos = LIST(heap)->length;
    int64_t startpos = pos;
    if (pos >= endpos) {
        err_format(ts, &exc_IndexError, "index out of range");
        return -1;
    }
    Value newitem = LIST(heap)->items[pos];
    gc_push_root(ts, newitem);
    int64_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        int64_t rightpos = childpos + 1;
        if (rightpos < endpos) {
            Value a = LIST(heap)->items[childpos], b = LIST(heap)->items[rightpos];
            gc_push_root(ts, a);
            gc_push_root(ts, b);
            int r = less(ts, a, b, max);
            gc_pop_roots(ts, 2);
            if (r < 0) {
                gc_pop_roots(ts, 1);
                return -1;
            }
            if (LIST(heap)->length != endpos) {
                gc_pop_roots(ts, 1);
                return changed(ts);
            }
            if (!r)
                childpos = rightpos;
        }
        LIST(heap)->items[pos] = LIST(heap)->items[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    LIST(heap)->items[pos] = newitem;
    gc_pop_roots(ts, 1);
    return siftdown(ts, heap, startpos, pos, max);
}

static bool list_arg(ThreadState *ts, Value v, const char *fname)
{
    if (IS_LIST(v) || obj_isinstance(v, &type_list))
        return true;
    err_format(ts, &exc_TypeError, "%s() argument 1 must be list, not %s", fname, val_type_name(v));
    return false;
}

static Value heap_push(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "heappush", argc, kwnames, 2, 2) || !list_arg(ts, argv[0], "heappush"))
        return VAL_NULL;
    list_append(ts, argv[0], argv[1]);
    return siftdown(ts, argv[0], 0, LIST(argv[0])->length - 1, false) < 0 ? VAL_NULL : VAL_NONE;
}

static Value pop_common(ThreadState *ts, Value heap, bool max)
{
    if (LIST(heap)->length == 0)
        return err_format(ts, &exc_IndexError, "index out of range");
    Value last = list_pop_last(heap);
    if (LIST(heap)->length == 0)
        return last;
    Value top = LIST(heap)->items[0];
    LIST(heap)->items[0] = last;
    gc_push_root(ts, top);
    int r = siftup(ts, heap, 0, max);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : top;
}

static Value heap_pop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "heappop", argc, kwnames) || !list_arg(ts, argv[0], "heappop"))
        return VAL_NULL;
    return pop_common(ts, argv[0], false);
}

static Value heap_pop_max(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "_heappop_max", argc, kwnames) || !list_arg(ts, argv[0], "_heappop_max"))
        return VAL_NULL;
    return pop_common(ts, argv[0], true);
}

static Value replace_common(ThreadState *ts, Value heap, Value item, bool max)
{
    if (LIST(heap)->length == 0)
        return err_format(ts, &exc_IndexError, "index out of range");
    Value top = LIST(heap)->items[0];
    LIST(heap)->items[0] = item;
    gc_push_root(ts, top);
    int r = siftup(ts, heap, 0, max);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : top;
}

static Value heap_replace(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "heapreplace", argc, kwnames, 2, 2) || !list_arg(ts, argv[0], "heapreplace"))
        return VAL_NULL;
    return replace_common(ts, argv[0], argv[1], false);
}

static Value heap_replace_max(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "_heapreplace_max", argc, kwnames, 2, 2) ||
        !list_arg(ts, argv[0], "_heapreplace_max"))
        return VAL_NULL;
    return replace_common(ts, argv[0], argv[1], true);
}

static Value heap_pushpop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "heappushpop", argc, kwnames, 2, 2) || !list_arg(ts, argv[0], "heappushpop"))
        return VAL_NULL;
    Value heap = argv[0], item = argv[1];
    if (LIST(heap)->length == 0)
        return item;
    Value top = LIST(heap)->items[0];
    gc_push_root(ts, top);
    int r = less(ts, top, item, false);
    gc_pop_roots(ts, 1);
    if (r < 0)
        return VAL_NULL;
    if (!r)
        return item;
    if (LIST(heap)->length == 0)
        return err_format(ts, &exc_IndexError, "index out of range");
    top = LIST(heap)->items[0];
    LIST(heap)->items[0] = item;
    gc_push_root(ts, top);
    r = siftup(ts, heap, 0, false);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : top;
}

static Value heapify_common(ThreadState *ts, Value heap, bool max)
{
    for (int64_t i = LIST(heap)->length / 2 - 1; i >= 0; i--)
        if (siftup(ts, heap, i, max) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value heap_heapify(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "heapify", argc, kwnames))
        return VAL_NULL;
    if (!IS_LIST(argv[0]) && !obj_isinstance(argv[0], &type_list))
        return err_format(ts, &exc_TypeError, "heapify() argument must be list, not %s", val_type_name(argv[0]));
    return heapify_common(ts, argv[0], false);
}

static Value heap_heapify_max(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "_heapify_max", argc, kwnames))
        return VAL_NULL;
    if (!IS_LIST(argv[0]) && !obj_isinstance(argv[0], &type_list))
        return err_format(ts, &exc_TypeError, "_heapify_max() argument must be list, not %s",
                          val_type_name(argv[0]));
    return heapify_common(ts, argv[0], true);
}

static const MethodDef heapq_functions[] = {
    {"heappush", heap_push, 0},
    {"heappop", heap_pop, 0},
    {"heapreplace", heap_replace, 0},
    {"heappushpop", heap_pushpop, 0},
    {"heapify", heap_heapify, 0},
    {"_heappop_max", heap_pop_max, 0},
    {"_heapreplace_max", heap_replace_max, 0},
    {"_heapify_max", heap_heapify_max, 0},
    {NULL, NULL, 0},
};

int heapqmod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, heapq_functions);
}
