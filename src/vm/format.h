/* format.h — turning numbers and values into text the way CPython does:
 * float repr (shortest round-trip), the format-spec mini-language (format(),
 * f-strings, str.format), printf-style `%` formatting and str.format. */
#ifndef GILSIM_FORMAT_H
#define GILSIM_FORMAT_H

#include "vm/object.h"

/* repr(float): the shortest string that round-trips, in CPython's notation
 * ('0.1', '1e+16', '1e-05', 'inf', 'nan', '-0.0'). Returns the length; buf
 * needs 32 bytes. */
int format_float_repr(double d, char *buf);
Value format_float_repr_str(ThreadState *ts, double d);

/* The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
Value format_int(ThreadState *ts, Value v, Value spec);     /* int/bool.__format__ */
Value format_float(ThreadState *ts, double d, Value spec);  /* float.__format__ */
/* The same as a tp_format slot for float and its subclasses: an empty spec is
 * str(v), errors name the value's type. */
Value format_float_value(ThreadState *ts, Value v, Value spec);
Value format_str(ThreadState *ts, Value s, Value spec);     /* str.__format__ */

/* fmt % args (args: a tuple, a mapping, or a single value). */
Value format_percent(ThreadState *ts, Value fmt, Value args);
/* fmt.format(*args, **kwargs) in the native calling convention (argv[0] = fmt). */
Value format_str_method(ThreadState *ts, int argc, Value *argv, Value kwnames);

#endif
