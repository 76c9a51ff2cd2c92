/* osmod.c — the os module, as far as a gilsim lesson may go.
 *
 * DESIGN principle 4: a lesson cannot touch the user's machine. So os has no
 * file, process or environment functions: os.environ is an empty dict,
 * os.getenv returns its default, and os.listdir & co. do not exist
 * (AttributeError). What remains describes the simulated machine: a fixed
 * process id (deterministic output) and the simulated core count.
 */
#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"

enum { SIMULATED_PID = 4242, DEFAULT_CORES = 4 };

static Value os_getpid(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "getpid", argc, kwnames))
        return VAL_NULL;
    /* a simulated process of multiprocessing has its own (mpmod.c) */
    return int_from_i64(ts, ts->interp->pid ? ts->interp->pid : SIMULATED_PID);
}

static Value os_getppid(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "getppid", argc, kwnames))
        return VAL_NULL;
    return int_from_i64(ts, ts->interp->ppid ? ts->interp->ppid : SIMULATED_PID - 1);
}

/* The simulated machine's cores (--cores), or 4 when the run sets none. */
static Value os_cpu_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "cpu_count", argc, kwnames))
        return VAL_NULL;
    int cores = ts->interp->cfg.cores;
    return val_from_smallint(cores > 0 ? cores : DEFAULT_CORES);
}

/* getenv(key, default=None): the environment is always empty. */
static Value os_getenv(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"key", "default"};
    Value av[2];
    if (!args_bind(ts, "getenv", argc, argv, kwnames, 2, names, 0, 2, 1, av))
        return VAL_NULL;
    if (!IS_STR(av[0]))
        return err_format(ts, &exc_TypeError, "str expected, not %s", val_type_name(av[0]));
    return av[1] ? av[1] : VAL_NONE;
}

static const MethodDef os_functions[] = {
    {"getpid", os_getpid, 0},
    {"getppid", os_getppid, 0},
    {"cpu_count", os_cpu_count, 0},
    {"getenv", os_getenv, 0},
    {NULL, NULL, 0},
};

int osmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, os_functions) < 0)
        return -1;
    static const struct { const char *name, *value; } strs[] = {
        {"name", "posix"}, {"sep", "/"}, {"altsep", NULL}, {"extsep", "."}, {"pathsep", ":"},
        {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."}, {"devnull", "/dev/null"},
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        Value v = strs[i].value ? str_from_cstr(ts, strs[i].value) : VAL_NONE;
        if (module_add_value(ts, module, strs[i].name, v) < 0)
            return -1;
    }
    return module_add_value(ts, module, "environ", dict_new(ts));
}
