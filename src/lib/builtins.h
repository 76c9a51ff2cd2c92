/* builtins.h — the builtins module: functions (print, len, sorted, ...), the
 * built-in types and exception classes, and the constants. */
#ifndef GILSIM_LIB_BUILTINS_H
#define GILSIM_LIB_BUILTINS_H

#include "vm/object.h"

/* Fills a new interpreter's builtins dict. 0, or -1 with an exception set. */
int lib_install_builtins(ThreadState *ts, Value builtins_dict);

#endif
