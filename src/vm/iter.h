/* iter.h — the built-in iterator types (IterObj layout): over lists, tuples,
 * strs, ranges, dicts, sets; sequence iteration by __getitem__; enumerate,
 * zip, map, filter, reversed, the callable iterator iter(f, sentinel). */
#ifndef GILSIM_ITER_H
#define GILSIM_ITER_H

#include "vm/object.h"

extern Type type_list_iter, type_tuple_iter, type_str_iter, type_range_iter,
    type_dict_keyiter, type_dict_valueiter, type_dict_itemiter, type_set_iter,
    type_seq_iter, type_enumerate, type_zip, type_map, type_filter,
    type_reversed, type_callable_iter;

Value seq_iter_new(ThreadState *ts, Value seq);     /* iteration by __getitem__ until IndexError */
/* iter(f, sentinel): calls f() until it returns a value equal to sentinel. */
Value callable_iter_new(ThreadState *ts, Value f, Value sentinel);
/* reversed(seq): seq.__reversed__(), or a reverse iterator over a
 * list/tuple/str/range or any __len__ + __getitem__ sequence;
 * TypeError "'int' object is not reversible". */
Value reversed_new(ThreadState *ts, Value seq);
/* A reverse iterator by index over a list, tuple, str or __len__ +
 * __getitem__ sequence, without looking for __reversed__ (list.__reversed__). */
Value reversed_seq(ThreadState *ts, Value seq);


#endif
