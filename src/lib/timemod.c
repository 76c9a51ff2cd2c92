/* timemod.c — `_time`, the C half of the time module (time.py holds
 * struct_time and the rest): sleeping and clocks on the program clock.
 *
 * Program time is the scheduler's: virtual on the virtual backend (sleep
 * costs no wall time and runs are reproducible), monotonic on the real one.
 * time.time() is the wall-clock epoch taken when the interpreter started plus
 * program time, so a program sees a consistent clock on both backends.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/modules.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

static int64_t now_ns(ThreadState *ts) { return sched_now(ts->interp->sched); }

/* Seconds (int or float) to ns, with CPython's checks for sleep(). */
static bool seconds_arg(ThreadState *ts, Value v, int64_t *ns, const char *negative_msg)
{
    double secs;
    if (val_is_int(v)) {
        int64_t i;
        if (!int_to_i64(v, &i) || i > INT64_MAX / 1000000000 || i < INT64_MIN / 1000000000) {
            err_format(ts, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return false;
        }
        secs = (double)i;
    } else if (IS_FLOAT(v)) {
        secs = float_value(v);
        if (isnan(secs)) {
            err_format(ts, &exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
    } else {
        err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", val_type_name(v));
        return false;
    }
    if (secs < 0) {
        err_format(ts, &exc_ValueError, "%s", negative_msg);
        return false;
    }
    if (secs * 1e9 > (double)INT64_MAX / 2) {
        err_format(ts, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *ns = (int64_t)llround(secs * 1e9);
    return true;
}

static Value time_sleep(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "sleep", argc, kwnames, 1, 1)) return VAL_NULL;
    int64_t ns;
    if (!seconds_arg(ts, argv[0], &ns, "sleep length must be non-negative")) return VAL_NULL;
    char what[64];
    snprintf(what, sizeof what, "sleep(%g)", (double)ns / 1e9);
    sched_sleep(ts->sched, ns, what);
    return VAL_NONE;
}

static Value time_monotonic(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "monotonic", argc, kwnames, 0, 0)) return VAL_NULL;
    return float_new(ts, (double)now_ns(ts) / 1e9);
}

static Value time_monotonic_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "monotonic_ns", argc, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, now_ns(ts));
}

/* The epoch at the interpreter's start, in ns; kept in the module dict. */
static int64_t epoch_start(ThreadState *ts, Value module_dict)
{
    Value v = dict_get_cstr(module_dict, "_epoch_start_ns");
    int64_t e = 0;
    if (v) int_to_i64(v, &e);
    return e;
}

static Value time_time(ThreadState *ts, int argc, Value *argv, Value kwnames);
static Value time_time_ns(ThreadState *ts, int argc, Value *argv, Value kwnames);

static Value module_dict_of(ThreadState *ts)
{
    Value m = dict_get_cstr(ts->interp->modules, "_time");
    return m ? ((ModuleObj *)m)->dict : VAL_NULL;
}

static Value time_time(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "time", argc, kwnames, 0, 0)) return VAL_NULL;
    Value d = module_dict_of(ts);
    return float_new(ts, (double)(epoch_start(ts, d) + now_ns(ts)) / 1e9);
}

static Value time_time_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "time_ns", argc, kwnames, 0, 0)) return VAL_NULL;
    Value d = module_dict_of(ts);
    return int_from_i64(ts, epoch_start(ts, d) + now_ns(ts));
}

/* _time.broken_down(seconds, utc) -> (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)
 * in struct_time's order (wday: Monday = 0; yday from 1). */
static Value time_broken_down(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "broken_down", argc, kwnames, 2, 2)) return VAL_NULL;
    double secs;
    if (!float_as_double(ts, argv[0], &secs)) return VAL_NULL;
    time_t t = (time_t)floor(secs);
    struct tm tm;
    bool ok = argv[1] == VAL_TRUE ? gmtime_r(&t, &tm) != NULL : localtime_r(&t, &tm) != NULL;
    if (!ok) return err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
    Value items[11] = {
        int_from_i64(ts, tm.tm_year + 1900), int_from_i64(ts, tm.tm_mon + 1), int_from_i64(ts, tm.tm_mday),
        int_from_i64(ts, tm.tm_hour), int_from_i64(ts, tm.tm_min), int_from_i64(ts, tm.tm_sec),
        int_from_i64(ts, (tm.tm_wday + 6) % 7), int_from_i64(ts, tm.tm_yday + 1), int_from_i64(ts, tm.tm_isdst),
        str_from_cstr(ts, tm.tm_zone ? tm.tm_zone : "UTC"), int_from_i64(ts, tm.tm_gmtoff),
    };
    return tuple_from_array(ts, 11, items);
}

/* _time.strftime(format, (year, mon, mday, hour, min, sec, wday, yday, isdst)) */
static Value time_strftime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "strftime", argc, kwnames, 2, 2)) return VAL_NULL;
    if (!IS_STR(argv[0]))
        return err_format(ts, &exc_TypeError, "strftime() argument 1 must be str, not %s", val_type_name(argv[0]));
    Value t = argv[1];
    if (!IS_TUPLE(t) || TUPLE(t)->length < 9)
        return err_format(ts, &exc_TypeError, "Tuple or struct_time argument required");
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value item = TUPLE(t)->items[i];
        if (!val_is_int(item))
            return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              val_type_name(item));
        if (!int_to_i64(item, &f[i]) || f[i] > INT32_MAX || f[i] < INT32_MIN)
            return err_format(ts, &exc_OverflowError, "signed integer is %s",
                              int_sign(item) > 0 ? "greater than maximum" : "less than minimum");
    }
    struct tm tm = {0};
    tm.tm_year = (int)(f[0] - 1900);
    tm.tm_mon = (int)f[1] - 1;
    tm.tm_mday = (int)f[2];
    tm.tm_hour = (int)f[3];
    tm.tm_min = (int)f[4];
    tm.tm_sec = (int)f[5];
    tm.tm_wday = (int)((f[6] + 1) % 7);
    tm.tm_yday = (int)f[7] - 1;
    tm.tm_isdst = (int)f[8];
    if (f[1] < 1 || f[1] > 12) return err_format(ts, &exc_ValueError, "month out of range");
    if (f[2] < 1 || f[2] > 31) return err_format(ts, &exc_ValueError, "day of month out of range");
    if (f[3] < 0 || f[3] > 23) return err_format(ts, &exc_ValueError, "hour out of range");
    if (f[4] < 0 || f[4] > 59) return err_format(ts, &exc_ValueError, "minute out of range");
    if (f[5] < 0 || f[5] > 61) return err_format(ts, &exc_ValueError, "seconds out of range");
    size_t cap = 256 + (size_t)STR(argv[0])->size * 8;
    char *buf = xmalloc(cap);
    size_t n = STR(argv[0])->size ? strftime(buf, cap, str_cstr(argv[0]), &tm) : 0;
    Value r = str_new(ts, buf, n);
    free(buf);
    return r;
}

static const MethodDef time_functions[] = {
    {"sleep", time_sleep, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_monotonic, 0},
    {"perf_counter_ns", time_monotonic_ns, 0},
    {"process_time", time_monotonic, 0},
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"broken_down", time_broken_down, 0},
    {"strftime", time_strftime, 0},
    {NULL, NULL, 0},
};

int timemod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, time_functions) < 0) return -1;
    /* The epoch is taken to the whole second: then time() - time() is a
     * function of program time alone (the start's second is a multiple of
     * the double's spacing near it), so a program that prints a difference
     * of time() values prints the same digits on every run, as its other
     * clocks do. time() is at most a second behind the wall clock. */
    struct timespec wall;
    clock_gettime(CLOCK_REALTIME, &wall);
    int64_t epoch = (int64_t)wall.tv_sec * 1000000000 - now_ns(ts);
    return module_add_value(ts, module, "_epoch_start_ns", int_from_i64(ts, epoch));
}
