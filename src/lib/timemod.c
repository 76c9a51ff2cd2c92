/* timemod.c — `_time`, the C half of the time module (time.py re-exports
 * it, with strptime): sleeping and clocks on the program clock, struct_time
 * and the calendar conversions.
 *
 * Program time is the scheduler's: virtual on the virtual backend (sleep
 * costs no wall time and runs are reproducible), monotonic on the real one.
 * time.time() is the wall-clock epoch taken when the interpreter started plus
 * program time, so a program sees a consistent clock on both backends.
 *
 * CPU time is something else: process_time() is the time this process's
 * threads have run (holding the GIL, or in native work, with or without
 * it), thread_time() the calling thread's; sleeping, blocking and waiting
 * for the GIL do not count. On the virtual backend both are read off the
 * event log, whose lanes record exactly when each thread ran (CpuClock
 * below, incremental); on the real backend they are the operating system's
 * CLOCK_PROCESS_CPUTIME_ID (the whole gilsim process, simulated processes
 * and the scheduler's service thread included) and CLOCK_THREAD_CPUTIME_ID.
 *
 * time.sleep(0) depends on the CPython version (sched/profile.h): 3.11+
 * release the GIL for a timer's slack; 3.9 and 3.10 return from select()
 * before any waiter can take the GIL, so gilsim keeps it (about 1 µs).
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* CPython 3.9's and 3.10's time.sleep(0): select() with a zero timeout. */
#define SLEEP0_SELECT_NS 1000

static int64_t now_ns(ThreadState *ts) { return sched_now(ts->interp->sched); }

/* Seconds to ns as CPython's _PyTime_FromSecondsObject (Python/pytime.c)
 * converts a timeout: a float is scaled and rounded (ceiling, or away from
 * zero: _PyTime_ROUND_TIMEOUT), NaN and values out of the 64-bit range
 * fail; anything else must be an integer (__index__). Every API that takes
 * a timeout goes through here, so they all fail with CPython's errors. */
bool time_seconds_to_ns(ThreadState *ts, Value v, bool ceiling, int64_t *ns)
{
    if (IS_FLOAT(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            err_format(ts, &exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d *= 1e9;
        d = ceiling || d >= 0 ? ceil(d) : floor(d);
        if (!((double)INT64_MIN <= d && d < -(double)INT64_MIN)) {
            err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *ns = (int64_t)d;
        return true;
    }
    Value i = obj_index(ts, v);
    if (!i) return false;
    int64_t secs;
    if (!int_to_i64(i, &secs) || secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000) {
        err_format(ts, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *ns = secs * 1000000000;
    return true;
}

static Value time_sleep(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "sleep", argc, kwnames, 1, 1)) return VAL_NULL;
    int64_t ns;
    if (!time_seconds_to_ns(ts, argv[0], false, &ns)) return VAL_NULL;
    if (ns < 0) return err_format(ts, &exc_ValueError, "sleep length must be non-negative");
    Sched *s = ts->interp->sched;
    if (ns == 0 && !sched_profile(s)->sleep0_releases) {
        if (!sched_config(s)->backend_real) sched_charge(ts->sched, SLEEP0_SELECT_NS);
        return VAL_NONE;
    }
    char what[64];
    snprintf(what, sizeof what, "sleep(%g)", (double)ns / 1e9);
    sched_sleep(ts->sched, ns, what);
    return VAL_NONE;
}

static Value module_dict_of(ThreadState *ts)
{
    Value m = dict_get_cstr(ts->interp->modules, "_time");
    return m ? ((ModuleObj *)m)->dict : VAL_NULL;
}

/* ---- CPU time ---- */

/* The lanes' CPU time so far, from the event log's lane state machine
 * (events.h): a lane runs from GIL_TAKE or RUN, and in native work
 * (NATIVE_BEGIN, either kind) until NATIVE_END of native work that released
 * the GIL; GIL_WAIT, GIL_DROP on an interval, BLOCK, WAKE and THREAD_EXIT
 * stop it. The log is read from where the last call stopped. */
typedef struct LaneCpu {
    int process;                 /* -1: no THREAD_START seen */
    bool running, native_released;
    int64_t since, total;        /* running since; ns run before `since` */
} LaneCpu;

typedef struct CpuClock {
    OpaqueObj base;
    uint64_t next;               /* the first event not yet read */
    int nlanes;
    LaneCpu *lanes;
} CpuClock;

static void cpu_clock_finalize(Obj *self)
{
    CpuClock *c = (CpuClock *)self;
    free(c->lanes);
    c->lanes = NULL;
    c->nlanes = 0;
}

static Type cpu_clock_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_time._CpuClock",
    .base = &type_object,
    .layout = K_OPAQUE,
    .instance_size = sizeof(CpuClock),
    .finalize = cpu_clock_finalize,
};

static LaneCpu *cpu_lane(CpuClock *c, int lane)
{
    if (lane >= c->nlanes) {
        int n = lane + 16;
        c->lanes = xrealloc(c->lanes, (size_t)n * sizeof *c->lanes);
        for (int i = c->nlanes; i < n; i++) c->lanes[i] = (LaneCpu){.process = -1};
        c->nlanes = n;
    }
    return &c->lanes[lane];
}

static void cpu_set(LaneCpu *l, bool running, int64_t t)
{
    if (l->running && t > l->since) l->total += t - l->since;
    if (running && !l->running) l->since = t;
    l->running = running;
}

static void cpu_read_log(CpuClock *c, const EventLog *log)
{
    uint64_t n = ev_count(log);
    for (; c->next < n; c->next++) {
        const Event *e = ev_get(log, c->next);
        if (e->type >= EV__COUNT || e->thread == EV_NONE) continue;
        LaneCpu *l;
        switch ((EventType)e->type) {
        case EV_THREAD_START:
            l = cpu_lane(c, e->thread);
            l->process = e->process;
            cpu_set(l, false, e->t);
            break;
        case EV_GIL_WAIT: case EV_WAKE: case EV_BLOCK: case EV_THREAD_EXIT:
            cpu_set(cpu_lane(c, e->thread), false, e->t);
            break;
        case EV_GIL_TAKE: case EV_RUN:
            cpu_set(cpu_lane(c, e->thread), true, e->t);
            break;
        case EV_GIL_DROP:
            if (e->arg == DROP_INTERVAL) cpu_set(cpu_lane(c, e->thread), false, e->t);
            break;
        case EV_NATIVE_BEGIN:
            l = cpu_lane(c, e->thread);
            l->native_released = e->arg == 0;
            cpu_set(l, true, e->t);
            break;
        case EV_NATIVE_END:
            l = cpu_lane(c, e->thread);
            if (l->native_released) cpu_set(l, false, e->t);
            l->native_released = false;
            break;
        default:
            break;
        }
    }
}

static int64_t cpu_lane_ns(const LaneCpu *l, int64_t now)
{
    return l->total + (l->running && now > l->since ? now - l->since : 0);
}

/* The CPU time of the calling thread (whole_process false) or of its
 * process, in ns. */
static bool cpu_time_ns(ThreadState *ts, bool whole_process, int64_t *out)
{
    Sched *s = ts->interp->sched;
    if (sched_config(s)->backend_real) {
        struct timespec t;
        clock_gettime(whole_process ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID, &t);
        *out = (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
        return true;
    }
    Value d = module_dict_of(ts);
    Value v = d ? dict_get_cstr(d, "_cpu_clock") : VAL_NULL;
    if (!v || !val_is(v, K_OPAQUE) || OBJ(v)->type != &cpu_clock_type) {
        v = VAL(gc_alloc(ts, &cpu_clock_type, sizeof(CpuClock)));
        gc_push_root(ts, v);
        int r = d ? dict_set_str(ts->interp, d, str_from_cstr(ts, "_cpu_clock"), v) : -1;
        gc_pop_roots(ts, 1);
        if (r < 0) return false;
    }
    CpuClock *c = (CpuClock *)OBJ(v);
    cpu_read_log(c, sched_log(s));
    int64_t now = sched_now(s);
    int me = sched_thread_id(ts->sched);
    LaneCpu *mine = cpu_lane(c, me);
    if (!whole_process) {
        *out = cpu_lane_ns(mine, now);
        return true;
    }
    int64_t sum = 0;
    for (int i = 0; i < c->nlanes; i++)
        if (c->lanes[i].process >= 0 && c->lanes[i].process == mine->process)
            sum += cpu_lane_ns(&c->lanes[i], now);
    *out = sum;
    return true;
}

/* process_time, thread_time and their _ns forms: one CPU clock read. */
static Value cpu_clock(ThreadState *ts, const char *name, int argc, Value kwnames, bool process, bool as_ns)
{
    if (!args_check(ts, name, argc, kwnames, 0, 0)) return VAL_NULL;
    int64_t ns;
    if (!cpu_time_ns(ts, process, &ns)) return VAL_NULL;
    return as_ns ? int_from_i64(ts, ns) : float_new(ts, (double)ns / 1e9);
}

static Value time_process_time(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return cpu_clock(ts, "process_time", argc, kwnames, true, false);
}

static Value time_process_time_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return cpu_clock(ts, "process_time_ns", argc, kwnames, true, true);
}

static Value time_thread_time(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return cpu_clock(ts, "thread_time", argc, kwnames, false, false);
}

static Value time_thread_time_ns(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return cpu_clock(ts, "thread_time_ns", argc, kwnames, false, true);
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

/* ---- struct_time and the calendar functions ----
 *
 * gilsim runs without the environment, so TZ is never read: local time is
 * UTC (timezone = altzone = 0, tzname = ('UTC', 'UTC')), as CPython's on a
 * machine set to UTC. gmtime() names its zone 'GMT' and localtime() 'UTC',
 * as glibc does there. struct_time is a tuple of its 9 sequence fields that
 * keeps tm_zone and tm_gmtoff after them, where only its getters look. */

enum { ST_SEQ = 9, ST_FIELDS = 11 };

/* Virtual cost of the conversions (ns), as CPython 3.11 takes for them on
 * the project's machines: gmtime/localtime ~850 ns, strftime ~700 ns (a
 * logging asctime is both). */
enum { COST_BROKEN_DOWN = 850, COST_STRFTIME = 700, COST_ASCTIME = 400 };

static Type structtime_type;

static const char *const st_names[ST_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff",
};

static void structtime_trace(GC *gc, Obj *self)
{
    gc_mark_array(gc, ((TupleObj *)self)->items, ST_FIELDS);
}

/* A struct_time of 9 to 11 values (the missing ones None). */
static Value structtime_from(ThreadState *ts, int64_t n, const Value *items)
{
    TupleObj *t = gc_alloc(ts, &structtime_type, sizeof(TupleObj) + sizeof(Value) * ST_FIELDS);
    t->length = ST_SEQ;
    for (int64_t i = 0; i < ST_FIELDS; i++)
        t->items[i] = i < n ? items[i] : VAL_NONE;
    return VAL(t);
}

static Value structtime_from_tm(ThreadState *ts, const struct tm *tm, const char *zone)
{
    Value items[ST_FIELDS] = {
        int_from_i64(ts, (int64_t)tm->tm_year + 1900), val_from_smallint(tm->tm_mon + 1),
        val_from_smallint(tm->tm_mday), val_from_smallint(tm->tm_hour), val_from_smallint(tm->tm_min),
        val_from_smallint(tm->tm_sec), val_from_smallint((tm->tm_wday + 6) % 7),
        val_from_smallint(tm->tm_yday + 1), val_from_smallint(tm->tm_isdst),
        str_from_cstr(ts, zone), val_from_smallint(0),
    };
    return structtime_from(ts, ST_FIELDS, items);
}

static Value structtime_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"sequence", "dict"};
    Value av[2];
    if (!args_bind(ts, "struct_time", argc, argv, kwnames, 2, names, 0, 2, 1, av))
        return VAL_NULL;
    Value list = seq_to_list(ts, av[0]);
    if (!list)
        return VAL_NULL;
    int64_t n = LIST(list)->length;
    if (n < ST_SEQ)
        return err_format(ts, &exc_TypeError, "time.struct_time() takes an at least %d-sequence (%lld-sequence given)",
                          ST_SEQ, (long long)n);
    if (n > ST_FIELDS)
        return err_format(ts, &exc_TypeError, "time.struct_time() takes an at most %d-sequence (%lld-sequence given)",
                          ST_FIELDS, (long long)n);
    (void)t;
    return structtime_from(ts, n, LIST(list)->items);
}

static Value structtime_repr(ThreadState *ts, Value self)
{
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "time.struct_time(");
    for (int i = 0; i < ST_SEQ; i++) {
        sb_printf(&sb, "%s%s=", i ? ", " : "", st_names[i]);
        if (sb_append_repr(ts, &sb, TUPLE(self)->items[i]) < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
    }
    sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
}

#define ST_GETTER(i) \
    static Value st_get_##i(ThreadState *ts, Value self) { return TUPLE(self)->items[i]; }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5)
ST_GETTER(6) ST_GETTER(7) ST_GETTER(8) ST_GETTER(9) ST_GETTER(10)
#undef ST_GETTER

static const GetSetDef structtime_getsets[] = {
    {"tm_year", st_get_0, NULL}, {"tm_mon", st_get_1, NULL}, {"tm_mday", st_get_2, NULL},
    {"tm_hour", st_get_3, NULL}, {"tm_min", st_get_4, NULL}, {"tm_sec", st_get_5, NULL},
    {"tm_wday", st_get_6, NULL}, {"tm_yday", st_get_7, NULL}, {"tm_isdst", st_get_8, NULL},
    {"tm_zone", st_get_9, NULL}, {"tm_gmtoff", st_get_10, NULL},
    {NULL, NULL, NULL},
};

static Value structtime_reduce(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__reduce__", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    Value seq = tuple_from_array(ts, ST_SEQ, TUPLE(argv[0])->items);
    Value d = dict_new(ts);
    for (int i = ST_SEQ; i < ST_FIELDS; i++)
        if (dict_set_str(ts->interp, d, interp_intern_cstr(ts, st_names[i]), TUPLE(argv[0])->items[i]) < 0)
            return VAL_NULL;
    return tuple_pack(ts, 2, VAL(&structtime_type), tuple_pack(ts, 2, seq, d));
}

static const MethodDef structtime_methods[] = {
    {"__reduce__", structtime_reduce, 0},
    {NULL, NULL, 0},
};

static Type structtime_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "time.struct_time",
    .base = &type_tuple,
    .layout = K_TUPLE,
    .instance_size = sizeof(TupleObj),
    .methods = structtime_methods,
    .getsets = structtime_getsets,
    .tp_new = structtime_tp_new,
    .tp_repr = structtime_repr,
    .trace = structtime_trace,
};

void timemod_types_init(void)
{
    type_ready(&structtime_type);
    Value d = structtime_type.dict;
    dict_set_str(NULL, d, str_new_immortal("n_sequence_fields"), val_from_smallint(ST_SEQ));
    dict_set_str(NULL, d, str_new_immortal("n_fields"), val_from_smallint(ST_FIELDS));
    dict_set_str(NULL, d, str_new_immortal("n_unnamed_fields"), val_from_smallint(0));
}

/* Seconds since the epoch (None: now) to a time_t, flooring as CPython. */
static bool time_t_arg(ThreadState *ts, Value v, time_t *out)
{
    if (!v || v == VAL_NONE) {
        Value d = module_dict_of(ts);
        *out = (time_t)((epoch_start(ts, d) + now_ns(ts)) / 1000000000);
        return true;
    }
    double secs;
    if (IS_FLOAT(v)) {
        secs = float_value(v);
        if (isnan(secs)) {
            err_format(ts, &exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        secs = floor(secs);
        if (!(secs >= -9.2e18 && secs <= 9.2e18)) {
            err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (time_t)secs;
        return true;
    }
    if (!val_is_int(v)) {
        Value i = obj_index(ts, v);
        if (!i) return false;
        v = i;
    }
    int64_t i;
    if (!int_to_i64(v, &i)) {
        err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *out = (time_t)i;
    return true;
}

static Value broken_down_utc(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name,
                             const char *zone)
{
    if (!args_check(ts, name, argc, kwnames, 0, 1)) return VAL_NULL;
    vm_charge(ts, COST_BROKEN_DOWN);
    time_t t;
    if (!time_t_arg(ts, argc ? argv[0] : VAL_NULL, &t)) return VAL_NULL;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || tm.tm_year > INT32_MAX - 1900)
        return err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
    return structtime_from_tm(ts, &tm, zone);
}

static Value time_gmtime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return broken_down_utc(ts, argc, argv, kwnames, "gmtime", "GMT");
}

static Value time_localtime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return broken_down_utc(ts, argc, argv, kwnames, "localtime", "UTC");
}

/* A struct_time or 9-tuple to a struct tm (CPython's gettmarg); `fname`
 * names the function in the "illegal time tuple argument" message. */
static bool tm_arg(ThreadState *ts, Value v, struct tm *tm, const char *fname)
{
    if (!IS_TUPLE(v) && !obj_isinstance(v, &type_tuple)) {
        err_format(ts, &exc_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (TUPLE(v)->length != ST_SEQ) {
        err_format(ts, &exc_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int f[ST_SEQ];
    for (int i = 0; i < ST_SEQ; i++) {
        Value x = TUPLE(v)->items[i];
        if (IS_FLOAT(x)) {
            err_format(ts, &exc_TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        int64_t n;
        if (!lib_index_i64(ts, x, &n, "long"))
            return false;
        if (n > INT32_MAX || n < INT32_MIN) {
            err_format(ts, &exc_OverflowError, "signed integer is %s than %s",
                       n > 0 ? "greater" : "less", n > 0 ? "maximum" : "minimum");
            return false;
        }
        f[i] = (int)n;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    tm->tm_zone = "UTC";
    if (val_type(v) == &structtime_type) {
        Value zone = TUPLE(v)->items[9];
        if (IS_STR(zone)) tm->tm_zone = str_cstr(zone);   /* lives as long as v */
        int64_t off;
        if (val_is_int(TUPLE(v)->items[10]) && int_to_i64(TUPLE(v)->items[10], &off))
            tm->tm_gmtoff = (long)off;
    }
    return true;
}

static bool tm_range_error(ThreadState *ts, const char *what)
{
    err_format(ts, &exc_ValueError, "%s out of range", what);
    return false;
}

/* asctime()'s bounds (CPython's checktm). */
static bool tm_check(ThreadState *ts, const struct tm *tm)
{
    if (tm->tm_mon < 0 || tm->tm_mon > 11) return tm_range_error(ts, "month");
    if (tm->tm_mday < 1 || tm->tm_mday > 31) return tm_range_error(ts, "day of month");
    if (tm->tm_hour < 0 || tm->tm_hour > 23) return tm_range_error(ts, "hour");
    if (tm->tm_min < 0 || tm->tm_min > 59) return tm_range_error(ts, "minute");
    if (tm->tm_sec < 0 || tm->tm_sec > 61) return tm_range_error(ts, "seconds");
    if (tm->tm_wday < 0) return tm_range_error(ts, "day of week");
    if (tm->tm_yday < 0 || tm->tm_yday > 365) return tm_range_error(ts, "day of year");
    return true;
}

/* strftime()'s bounds: zero month, day and yday mean the first. */
static bool tm_check_strftime(ThreadState *ts, struct tm *tm)
{
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) return tm_range_error(ts, "month");
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31) return tm_range_error(ts, "day of month");
    if (tm->tm_hour < 0 || tm->tm_hour > 23) return tm_range_error(ts, "hour");
    if (tm->tm_min < 0 || tm->tm_min > 59) return tm_range_error(ts, "minute");
    if (tm->tm_sec < 0 || tm->tm_sec > 61) return tm_range_error(ts, "seconds");
    if (tm->tm_wday < 0) return tm_range_error(ts, "day of week");
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) return tm_range_error(ts, "day of year");
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    return true;
}

static bool tm_arg_or_now(ThreadState *ts, int argc, Value *argv, struct tm *tm, const char *fname)
{
    if (argc == 0) {
        time_t t;
        if (!time_t_arg(ts, VAL_NULL, &t)) return false;
        gmtime_r(&t, tm);
        tm->tm_zone = "UTC";
        return true;
    }
    return tm_arg(ts, argv[0], tm, fname);
}

/* "Sun Jun 20 23:21:05 1993" */
static Value asctime_str(ThreadState *ts, const struct tm *tm)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_printf(ts, "%s %s%3d %.2d:%.2d:%.2d %lld", days[tm->tm_wday], months[tm->tm_mon], tm->tm_mday,
                      tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
}

static Value time_asctime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "asctime", argc, kwnames, 0, 1)) return VAL_NULL;
    vm_charge(ts, COST_ASCTIME);
    struct tm tm;
    if (!tm_arg_or_now(ts, argc, argv, &tm, "asctime") || !tm_check(ts, &tm)) return VAL_NULL;
    return asctime_str(ts, &tm);
}

static Value time_ctime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "ctime", argc, kwnames, 0, 1)) return VAL_NULL;
    vm_charge(ts, COST_BROKEN_DOWN + COST_ASCTIME);
    time_t t;
    if (!time_t_arg(ts, argc ? argv[0] : VAL_NULL, &t)) return VAL_NULL;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || tm.tm_year > INT32_MAX - 1900)
        return err_format(ts, &exc_OverflowError, "timestamp out of range for platform time_t");
    return asctime_str(ts, &tm);
}

/* mktime(t): the inverse of localtime(), which is UTC. */
static Value time_mktime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "mktime", argc, kwnames, 1, 1)) return VAL_NULL;
    vm_charge(ts, COST_BROKEN_DOWN);
    struct tm tm;
    if (!tm_arg(ts, argv[0], &tm, "mktime")) return VAL_NULL;
    tm.tm_isdst = 0;
    errno = 0;
    time_t t = timegm(&tm);
    if (t == (time_t)-1 && errno)
        return err_format(ts, &exc_OverflowError, "mktime argument out of range");
    return float_new(ts, (double)t);
}

/* strftime(format[, t]) */
static Value time_strftime(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "strftime", argc, kwnames, 1, 2)) return VAL_NULL;
    vm_charge(ts, COST_STRFTIME);
    if (!IS_STR(argv[0]))
        return err_format(ts, &exc_TypeError, "strftime() argument 1 must be str, not %s", val_type_name(argv[0]));
    struct tm tm;
    if (!tm_arg_or_now(ts, argc - 1, argv + 1, &tm, "strftime") || !tm_check_strftime(ts, &tm))
        return VAL_NULL;
    size_t fmtlen = (size_t)STR(argv[0])->size;
    if (fmtlen == 0) return str_new(ts, "", 0);
    /* strftime() returns 0 both for "too small" and for an empty result:
     * grow the buffer up to CPython's bound before believing the latter. */
    for (size_t cap = 1024; ; cap *= 2) {
        char *buf = xmalloc(cap);
        size_t n = strftime(buf, cap, str_cstr(argv[0]), &tm);
        if (n > 0 || cap >= 256 * fmtlen) {
            Value r = str_new(ts, buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
}

static const MethodDef time_functions[] = {
    {"sleep", time_sleep, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_monotonic, 0},
    {"perf_counter_ns", time_monotonic_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"strftime", time_strftime, 0},
    {"gmtime", time_gmtime, 0},
    {"localtime", time_localtime, 0},
    {"asctime", time_asctime, 0},
    {"ctime", time_ctime, 0},
    {"mktime", time_mktime, 0},
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
    if (module_add_value(ts, module, "_epoch_start_ns", int_from_i64(ts, epoch)) < 0) return -1;
    /* local time is UTC: see struct_time above */
    Value utc = str_from_cstr(ts, "UTC");
    if (module_add_value(ts, module, "struct_time", VAL(&structtime_type)) < 0 ||
        module_add_value(ts, module, "timezone", val_from_smallint(0)) < 0 ||
        module_add_value(ts, module, "altzone", val_from_smallint(0)) < 0 ||
        module_add_value(ts, module, "daylight", val_from_smallint(0)) < 0)
        return -1;
    return module_add_value(ts, module, "tzname", tuple_pack(ts, 2, utc, utc));
}
