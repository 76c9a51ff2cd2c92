/* lib.c — registering the library layer with the interpreter, and the arity
 * helpers shared by the native modules. */
#include "lib/lib.h"

#include "lib/builtins.h"
#include "lib/modules.h"
#include "lib/pymodules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/int.h"

const NativeModuleDef lib_native_modules[] = {
    {"math", mathmod_init},
    {"_random", randommod_init},
    {"sys", sysmod_init},
    {"os", osmod_init},
    {"_thread", threadmod_init},
    {"_time", timemod_init},
    {"gilsim", gilsimmod_init},
    {"_multiprocessing", mpmod_init},
    {"_traceback", tracebackmod_init},
    {"_collections", collectionsmod_init},
    {"operator", operatormod_init},
    {"itertools", itertoolsmod_init},
    {"_heapq", heapqmod_init},
    {"_hashlib", hashlibmod_init},
    {"_struct", structmod_init},
    {"_binascii", binasciimod_init},
    {"_numpy", numpymod_init},
    {"_numba", numbamod_init},
    {NULL, NULL},
};

void lib_init(void)
{
    randommod_types_init();
    sysmod_types_init();
    threadmod_types_init();
    mpmod_types_init();
    timemod_types_init();
    collectionsmod_types_init();
    operatormod_types_init();
    itertoolsmod_types_init();
    hashlibmod_types_init();
    binasciimod_tables_init();
    numbamod_types_init();
    interp_set_library(lib_native_modules, lib_py_sources, lib_install_builtins);
}

static bool no_keywords(ThreadState *ts, const char *name, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length > 0) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

bool lib_check_one(ThreadState *ts, const char *name, int argc, Value kwnames)
{
    if (!no_keywords(ts, name, kwnames))
        return false;
    if (argc != 1) {
        err_format(ts, &exc_TypeError, "%s() takes exactly one argument (%d given)", name, argc);
        return false;
    }
    return true;
}

bool lib_check_none(ThreadState *ts, const char *name, int argc, Value kwnames)
{
    if (!no_keywords(ts, name, kwnames))
        return false;
    if (argc != 0) {
        err_format(ts, &exc_TypeError, "%s() takes no arguments (%d given)", name, argc);
        return false;
    }
    return true;
}

bool lib_check_positional(ThreadState *ts, const char *name, int argc, Value kwnames,
                          int min, int max)
{
    if (!no_keywords(ts, name, kwnames))
        return false;
    if (argc < min) {
        err_format(ts, &exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
        return false;
    }
    if (argc > max) {
        err_format(ts, &exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
        return false;
    }
    return true;
}

bool lib_index_i64(ThreadState *ts, Value v, int64_t *out, const char *ctype)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    Value i = val_is_int(v) ? v : obj_index(ts, v);
    if (!i)
        return false;
    if (!int_to_i64(i, out)) {
        err_format(ts, &exc_OverflowError, "Python int too large to convert to C %s", ctype);
        return false;
    }
    return true;
}
