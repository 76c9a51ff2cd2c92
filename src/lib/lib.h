/* lib.h — the library layer: the builtins and the modules written in C (math,
 * _random, sys, os) plus the embedded Python modules (random, copy, ...).
 *
 * lib/ sits above vm/: the VM never calls into it directly. lib_init hands the
 * interpreter three things through interp_set_library: the table of native
 * modules, the embedded Python sources (pymodules.h) and the function that
 * fills a new interpreter's builtins.
 *
 * The helpers below give CPython's exact arity messages, which differ by how
 * CPython declares each function (METH_O, METH_NOARGS, _PyArg_CheckPositional).
 */
#ifndef GILSIM_LIB_H
#define GILSIM_LIB_H

#include <stdio.h>

#include "vm/object.h"
#include "vm/interp.h"

/* Once per process, before the first interp_new: readies the library's static
 * types and registers the library with the interpreter. */
void lib_init(void);

extern const NativeModuleDef lib_native_modules[];

/* `gilsim --list-modules`: every public module, one line each, the simulated
 * stand-ins for third-party libraries marked (modlist.c). Exit status. */
int lib_list_modules(FILE *out);

/* "NAME() takes exactly one argument (N given)" / "NAME() takes no keyword
 * arguments": a METH_O function (NAME as CPython prints it, e.g. "math.sqrt"). */
bool lib_check_one(ThreadState *ts, const char *name, int argc, Value kwnames);
/* "NAME() takes no arguments (N given)": METH_NOARGS. */
bool lib_check_none(ThreadState *ts, const char *name, int argc, Value kwnames);
/* _PyArg_CheckPositional: "NAME expected [at least |at most ]N argument(s), got M",
 * and "NAME() takes no keyword arguments". */
bool lib_check_positional(ThreadState *ts, const char *name, int argc, Value kwnames,
                          int min, int max);
/* v as a C int64 through __index__; OverflowError "Python int too large to
 * convert to C TYPE" when it does not fit (ctype: "int", "long", "ssize_t"). */
bool lib_index_i64(ThreadState *ts, Value v, int64_t *out, const char *ctype);

#endif
