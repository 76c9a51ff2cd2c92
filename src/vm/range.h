/* range.h — range and slice objects. */
#ifndef GILSIM_RANGE_H
#define GILSIM_RANGE_H

#include "vm/object.h"

typedef struct RangeObj { Obj h; int64_t start, stop, step, length; } RangeObj;   /* int64 bounds; bigger: OverflowError */
typedef struct SliceObj { Obj h; Value start, stop, step; } SliceObj;

Value range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step);
Value slice_new(ThreadState *ts, Value start, Value stop, Value step);
/* CPython's PySlice_GetIndicesEx: clamps to a sequence of length len. */
int slice_indices(ThreadState *ts, Value slice, int64_t len,
                  int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelength);

/* reversed(range): a range iterator from the last item backwards. */
Value range_reversed(ThreadState *ts, Value range);
/* A slice bound or find()'s start/end: an int or __index__, clamped to the
 * int64 range ("slice indices must be integers or None or have an __index__
 * method"). The caller handles None. */
bool slice_index_arg(ThreadState *ts, Value v, int64_t *out);

#endif
