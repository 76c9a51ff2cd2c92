/* list.h — Python list. */
#ifndef GILSIM_LIST_H
#define GILSIM_LIST_H

#include "vm/object.h"

Value list_new(ThreadState *ts, int64_t n);                 /* n items, all VAL_NONE */
Value list_new_empty(ThreadState *ts, int64_t capacity);    /* length 0 */
Value list_from_array(ThreadState *ts, int64_t n, const Value *items);
/* Appends v: -1 with MemoryError (nothing appended) when growing would pass
 * the heap's cap. What a program can grow goes through this one. */
int list_try_append(ThreadState *ts, Value list, Value v);
/* Appends v, never refused (for lists no bigger than data already in the
 * heap: the cap is judged at the next check point). */
void list_append(ThreadState *ts, Value list, Value v);
int list_extend(ThreadState *ts, Value list, Value iterable);
/* list.sort(key=, reverse=): stable; key may be VAL_NULL. Errors from
 * comparisons or key propagate. */
int list_sort(ThreadState *ts, Value list, Value key, bool reverse);
Value list_as_tuple(ThreadState *ts, Value list);
void list_clear(ThreadState *ts, Value list);
/* list.pop() of the last item (VAL_NULL, no error, when empty). */
Value list_pop_last(Value list);
int list_insert(ThreadState *ts, Value list, int64_t index, Value v);   /* -1: MemoryError */

/* Reprs of containers that may contain themselves: repr_enter returns 1 if v
 * is already being repr'd by this thread (print [...]), 0 after marking it
 * (then call repr_leave), -1 on error. Uses ts->repr_active. */
int repr_enter(ThreadState *ts, Value v);
void repr_leave(ThreadState *ts, Value v);

#endif
