/* traceback.h — traceback objects and CPython-format traceback printing.
 *
 * As an exception propagates out of a frame, the eval loop prepends one
 * TracebackObj (the code and the line being executed) to the exception's
 * `traceback` chain, so the chain reads outermost frame first, as printed.
 */
#ifndef GILSIM_TRACEBACK_H
#define GILSIM_TRACEBACK_H

#include <stdio.h>

#include "vm/object.h"

typedef struct TracebackObj {
    Obj h;
    Value next;            /* the next (inner) entry, or VAL_NULL */
    Value code;            /* CodeObj of the frame */
    int line;
} TracebackObj;

Value traceback_new(ThreadState *ts, Value next, Value code, int line);

/* Prints exc (with its __cause__/__context__ chain) in CPython 3.11's format:
 * "Traceback (most recent call last):", the frames with their source lines,
 * and "TypeName: message"; SyntaxErrors as "  File ..., line N", the line and
 * a caret line. Repeated identical frames collapse to
 * "  [Previous line repeated N more times]". Never raises (errors while
 * printing are cleared). */
void traceback_print(ThreadState *ts, Value exc, FILE *out);
/* The same into a StrBuf-like growing C string (malloc'd, NUL-terminated). */
char *traceback_format(ThreadState *ts, Value exc);

#endif
