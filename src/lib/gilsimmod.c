/* gilsimmod.c — the `gilsim` module: the simulation, seen from a lesson.
 *   cpu(seconds, release_gil=False)  native work: with the GIL released it
 *       runs in parallel with Python code (numpy-style); held, it blocks
 *       every other thread (h5py-style)
 *   io(seconds)                      blocking I/O: releases the GIL
 *   mark(label)                      a mark on the timeline
 *   now()                            program time in seconds
 *   _set_recording(flag)             hidden: turn the event log off (True:
 *       on again), for measuring its overhead (tests/bench/sched.sh); the
 *       views then show only what was recorded while it was on
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/interp.h"
#include "vm/str.h"

static bool duration(ThreadState *ts, const char *fname, Value v, int64_t *ns)
{
    double secs;
    if (!float_as_double(ts, v, &secs)) return false;
    if (!(secs >= 0) || secs > 1e9) {
        err_format(ts, &exc_ValueError, "%s() duration must be a non-negative number of seconds", fname);
        return false;
    }
    *ns = (int64_t)llround(secs * 1e9);
    return true;
}

static Value gilsim_cpu(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"seconds", "release_gil"};
    Value a[2];
    if (!args_bind(ts, "cpu", argc, argv, kwnames, 2, names, 0, 2, 1, a)) return VAL_NULL;
    int64_t ns;
    if (!duration(ts, "cpu", a[0], &ns)) return VAL_NULL;
    int release = 0;
    if (a[1] && (release = obj_truthy(ts, a[1])) < 0) return VAL_NULL;
    if (ts->meter) {   /* inside a simulated JIT-compiled function: part of its native work */
        ts->meter->native_ns += ns;
        return VAL_NONE;
    }
    sched_cpu(ts->sched, ns, release);
    return VAL_NONE;
}

static Value gilsim_io(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "io", argc, kwnames, 1, 1)) return VAL_NULL;
    int64_t ns;
    if (!duration(ts, "io", argv[0], &ns)) return VAL_NULL;
    char what[64];
    snprintf(what, sizeof what, "I/O (%g s)", (double)ns / 1e9);
    sched_sleep(ts->sched, ns, what);
    return VAL_NONE;
}

static Value gilsim_mark(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "mark", argc, kwnames, 1, 1)) return VAL_NULL;
    Value s = obj_str(ts, argv[0]);
    if (!s) return VAL_NULL;
    sched_mark(ts->sched, str_cstr(s));
    return VAL_NONE;
}

static Value gilsim_now(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "now", argc, kwnames, 0, 0)) return VAL_NULL;
    return float_new(ts, (double)sched_now(ts->interp->sched) / 1e9);
}

/* subprocess_model(command, ...): subprocess._declare_model's table of
 * simulated commands (see subprocess.py). */
static Value gilsim_subprocess_model(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value mod = interp_import(ts, str_from_cstr(ts, "subprocess"));
    if (mod) mod = dict_get_cstr(ts->interp->modules, "subprocess");
    Value fn = mod ? obj_getattr_cstr(ts, mod, "_declare_model") : VAL_NULL;
    return fn ? vm_call(ts, fn, argc, argv, kwnames) : VAL_NULL;
}

static Value gilsim_set_recording(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "_set_recording", argc, kwnames, 1, 1)) return VAL_NULL;
    int on = obj_truthy(ts, argv[0]);
    if (on < 0) return VAL_NULL;
    ev_set_enabled(sched_log(ts->interp->sched), on);
    return VAL_NONE;
}

static const MethodDef gilsim_functions[] = {
    {"cpu", gilsim_cpu, 0},
    {"io", gilsim_io, 0},
    {"mark", gilsim_mark, 0},
    {"now", gilsim_now, 0},
    {"subprocess_model", gilsim_subprocess_model, 0},
    {"_set_recording", gilsim_set_recording, 0},
    {NULL, NULL, 0},
};

int gilsimmod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, gilsim_functions);
}
