/* set.h — Python set and frozenset. */
#ifndef GILSIM_SET_H
#define GILSIM_SET_H

#include "vm/object.h"

Value set_new(ThreadState *ts);                              /* empty set */
Value frozenset_new(ThreadState *ts, Value iterable);        /* iterable may be VAL_NULL */
int set_add(ThreadState *ts, Value set, Value key);
int set_contains(ThreadState *ts, Value set, Value key);     /* -1, 0, 1 */
int set_update(ThreadState *ts, Value set, Value iterable);
int64_t set_len(Value set);
bool set_next(Value set, int64_t *pos, Value *key);
/* set op= other for any iterable other (OP_BITOR, OP_BITAND, OP_SUB,
 * OP_BITXOR): what dict views' set operations are made of. Returns set. */
Value set_inplace_op(ThreadState *ts, Value set, Value other, BinaryOp op);
/* The frozenset constant CPython 3.11's compiler makes for a set display of
 * 3+ constants ({100, 7, 15}: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE).
 * Its constant merging builds it twice (frozenset(tuple(frozenset(items)))),
 * which shows in the iteration order; items: a tuple in source order. */
Value frozenset_const(ThreadState *ts, Value items);

#endif
