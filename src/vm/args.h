/* args.h — binding the arguments of a native function to its parameters,
 * with CPython's error messages. */
#ifndef GILSIM_ARGS_H
#define GILSIM_ARGS_H

#include "vm/object.h"

/* Binds argc/argv/kwnames to nparams parameters named `names` (names[i] may be
 * NULL for a positional-only parameter). The first `npos_only` parameters are
 * positional-only, parameters from `kw_only_from` on are keyword-only (pass
 * nparams for none), the first `nrequired` are required. out[i] = VAL_NULL for
 * a missing optional one. Returns false with TypeError set on a mismatch.
 * `fname` is used in messages: "fname() takes at most 2 arguments (3 given)". */
bool args_bind(ThreadState *ts, const char *fname, int argc, Value *argv, Value kwnames,
               int nparams, const char *const *names, int npos_only, int kw_only_from,
               int nrequired, Value *out);
/* Positional-only shortcut: between min and max positional args, no keywords. */
bool args_check(ThreadState *ts, const char *fname, int argc, Value kwnames, int min, int max);
/* Number of positional arguments (argc minus the keywords). */
static inline int args_npos(int argc, Value kwnames) {
    return kwnames ? argc - (int)((TupleObj *)kwnames)->length : argc;
}

#endif
