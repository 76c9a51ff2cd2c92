/* float.h — Python floats. */
#ifndef GILSIM_FLOAT_H
#define GILSIM_FLOAT_H

#include "vm/object.h"

Value float_new(ThreadState *ts, double d);
/* float(x) for a str: CPython's accepted syntax (whitespace, inf, nan, underscores). */
Value float_from_string(ThreadState *ts, const char *s, size_t n);
/* int, bool or float to double; TypeError for others (OverflowError for huge ints). */
bool float_as_double(ThreadState *ts, Value v, double *out);
int64_t float_hash(double d);                    /* CPython's numeric hash: hash(1.0) == hash(1) */

/* x ** y with CPython's float_pow rules and errors (used by int ** negative int). */
Value float_pow_d(ThreadState *ts, double x, double y);
/* round(x, ndigits): ndigits VAL_NULL/None -> an int (half even); else a float
 * correctly rounded to ndigits decimal places (may be negative). */
Value float_round(ThreadState *ts, double x, Value ndigits);
/* divmod(a, b) when either is a float (the other float or int); NotImplemented otherwise. */
Value float_divmod(ThreadState *ts, Value a, Value b);

#endif
