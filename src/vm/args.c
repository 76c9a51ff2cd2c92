/* args.c — binding native-function arguments to parameters, with CPython's
 * messages (Python/getargs.c). */
#include "config.h"

#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/str.h"

static const char *plural(int n) { return n == 1 ? "" : "s"; }

bool args_check(ThreadState *ts, const char *fname, int argc, Value kwnames, int min, int max)
{
    if (kwnames && TUPLE(kwnames)->length > 0) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (argc >= min && argc <= max) return true;
    if (min == max) {
        if (min == 0)
            err_format(ts, &exc_TypeError, "%s() takes no arguments (%d given)", fname, argc);
        else if (min == 1)
            err_format(ts, &exc_TypeError, "%s() takes exactly one argument (%d given)", fname, argc);
        else
            err_format(ts, &exc_TypeError, "%s expected %d argument%s, got %d", fname, min, plural(min), argc);
    } else if (argc < min) {
        err_format(ts, &exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min, plural(min), argc);
    } else {
        err_format(ts, &exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max, plural(max), argc);
    }
    return false;
}

bool args_bind(ThreadState *ts, const char *fname, int argc, Value *argv, Value kwnames,
               int nparams, const char *const *names, int npos_only, int kw_only_from,
               int nrequired, Value *out)
{
    int nkw = kwnames ? (int)TUPLE(kwnames)->length : 0;
    int npos = argc - nkw;
    for (int i = 0; i < nparams; i++) out[i] = VAL_NULL;

    if (npos > kw_only_from) {
        if (kw_only_from == nrequired)
            err_format(ts, &exc_TypeError, "%s() takes %s%d positional argument%s but %d %s given",
                       fname, "", kw_only_from, plural(kw_only_from), npos, npos == 1 ? "was" : "were");
        else
            err_format(ts, &exc_TypeError, "%s() takes at most %d argument%s (%d given)",
                       fname, kw_only_from, plural(kw_only_from), npos);
        return false;
    }
    for (int i = 0; i < npos; i++) out[i] = argv[i];

    for (int k = 0; k < nkw; k++) {
        Value key = TUPLE(kwnames)->items[k];
        int found = -1;
        for (int i = npos_only; i < nparams; i++) {
            if (names[i] && str_eq_cstr(key, names[i])) { found = i; break; }
        }
        if (found < 0) {
            err_format(ts, &exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, str_cstr(key));
            return false;
        }
        if (out[found]) {
            err_format(ts, &exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                       fname, names[found], found + 1);
            return false;
        }
        out[found] = argv[npos + k];
    }

    for (int i = 0; i < nrequired; i++) {
        if (out[i]) continue;
        if (names[i] && i >= npos_only)
            err_format(ts, &exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
        else
            err_format(ts, &exc_TypeError, "%s() takes at least %d positional argument%s (%d given)",
                       fname, nrequired, plural(nrequired), npos);
        return false;
    }
    return true;
}
