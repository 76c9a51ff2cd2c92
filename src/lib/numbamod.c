/* numbamod.c — `_numba`: the meter behind the simulated numba
 * (src/lib/py/numba.py: the dispatchers, prange, numba.cuda; cupy.py uses
 * the lanes through gilsim).
 *
 * A jitted function's values are the Python function's own: run() calls it
 * in the interpreter, but with ts->budget pointed at a NativeMeter, so the
 * costs of its bytecodes and builtins go there instead of to the scheduler
 * and no check point switches threads (interp.c): in virtual time the call
 * takes no time at all. What it would have cost is then the native code's
 * cost: the interpreted cost divided by the calibrated speed-up, plus the
 * native work met inside (numpy kernels: gilsim.cpu adds to the meter),
 * which numba.py charges as native work.
 *   run(thunk, speedup, nogil) -> (result, cost_ns, native_ns)
 *       thunk() metered: cost_ns in all, native_ns of it the native work
 *       met inside; if it raises, its cost so far is charged here
 *       (sched_cpu, the GIL released if nogil) and the exception goes on.
 *       Inside another run (a jitted function calling another): thunk()
 *       adds to the outer meter, and the costs are 0.
 *   metering() -> bool         inside run()
 *   reading() -> int           the cost so far of the run in progress, ns
 *   recorder(start, step, n, nthreads, marks, state) -> iterator
 *       prange's loop in a parallel function: yields range(start, start +
 *       n * step, step) and appends the reading at the end of each
 *       iteration to marks; state[0] is the thread whose block (Numba's
 *       static schedule) the current iteration is in, state[1] is set to 0
 *       when the loop is done. In C so that the recording costs the loop
 *       no more than a range does (FOR_ITER alone).
 *   lane(name, uses_core) -> int or None    sched_lane_new: a lane id
 *   submit(lane, ns) -> float  queue ns of work; when it will be done (s)
 *   idle_at(lane) -> float     when its queued work will be done (s)
 *   wait(seconds, what)        block that long, the GIL released
 *   wait_lane(lane)            block, the GIL released, until the work
 *                              queued on lane so far is done
 * Lanes are numbered per process in the order they are made; the real
 * backend has none (lane() gives None).
 */
#include <math.h>
#include <stdint.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "sched/sched.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define METER_START (INT64_C(1) << 60)

static int64_t meter_cost(const NativeMeter *m)
{
    double interp_ns = (double)(METER_START - m->budget);
    return (int64_t)llround(interp_ns / m->speedup) + m->native_ns;
}

static Value nb_run(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "run", argc, kwnames, 3, 3)) return VAL_NULL;
    double speedup;
    if (!float_as_double(ts, argv[1], &speedup)) return VAL_NULL;
    if (!(speedup >= 1.0) || speedup > 1e6) {
        err_format(ts, &exc_ValueError, "_numba.run: speed-up must be in [1, 1e6]");
        return VAL_NULL;
    }
    int nogil = obj_truthy(ts, argv[2]);
    if (nogil < 0) return VAL_NULL;
    if (ts->meter) {
        Value r = vm_call0(ts, argv[0]);
        if (!r) return VAL_NULL;
        gc_push_root(ts, r);
        Value out = tuple_pack(ts, 3, r, int_from_i64(ts, 0), int_from_i64(ts, 0));
        gc_pop_roots(ts, 1);
        return out;
    }
    NativeMeter m = {.budget = METER_START, .native_ns = 0, .speedup = speedup};
    int64_t *saved = ts->budget;
    ts->meter = &m;
    ts->budget = &m.budget;
    Value r = vm_call0(ts, argv[0]);
    ts->budget = saved;
    ts->meter = NULL;
    int64_t cost = meter_cost(&m);
    if (!r) {
        /* charged with the exception pending: keep it aside meanwhile */
        Value exc = ts->exc;
        ts->exc = VAL_NULL;
        gc_push_root(ts, exc);
        if (cost > 0) sched_cpu(ts->sched, cost, nogil);
        gc_pop_roots(ts, 1);
        ts->exc = exc;
        return VAL_NULL;
    }
    gc_push_root(ts, r);
    Value c = int_from_i64(ts, cost);
    gc_push_root(ts, c);
    Value nat = int_from_i64(ts, m.native_ns);
    gc_push_root(ts, nat);
    Value out = tuple_pack(ts, 3, r, c, nat);
    gc_pop_roots(ts, 3);
    return out;
}

static Value nb_metering(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    (void)argv;
    if (!args_check(ts, "metering", argc, kwnames, 0, 0)) return VAL_NULL;
    return ts->meter ? VAL_TRUE : VAL_FALSE;
}

static Value nb_reading(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    (void)argv;
    if (!args_check(ts, "reading", argc, kwnames, 0, 0)) return VAL_NULL;
    return int_from_i64(ts, ts->meter ? meter_cost(ts->meter) : 0);
}

/* ---- prange's recorder ---- */

typedef struct Recorder {
    Obj h;
    Value dict;                    /* unused (OpaqueObj's layout) */
    Value marks, state;
    int64_t start, step, n, k, nthreads, block;
} Recorder;

static void recorder_trace(GC *gc, Obj *self)
{
    Recorder *r = (Recorder *)self;
    if (val_is_obj(r->marks)) gc_mark(gc, r->marks);
    if (val_is_obj(r->state)) gc_mark(gc, r->state);
}

/* Where block j ends: the first n % nthreads blocks get one more. */
static int64_t block_end(const Recorder *r, int64_t j)
{
    int64_t q = r->n / r->nthreads, rem = r->n % r->nthreads;
    return (j + 1) * q + (j + 1 < rem ? j + 1 : rem);
}

static Value recorder_self(ThreadState *ts, Value self)
{
    (void)ts;
    return self;
}

static Value recorder_next(ThreadState *ts, Value self)
{
    Recorder *r = (Recorder *)OBJ(self);
    if (r->k < 0) return VAL_NULL;
    if (r->k > 0) {
        Value m = int_from_i64(ts, ts->meter ? meter_cost(ts->meter) : 0);
        list_append(ts, r->marks, m);
    }
    if (r->k == r->n) {
        r->k = -1;
        LIST(r->state)->items[0] = int_from_i64(ts, 0);
        LIST(r->state)->items[1] = int_from_i64(ts, 0);
        return VAL_NULL;
    }
    while (r->block < r->nthreads - 1 && r->k >= block_end(r, r->block)) r->block++;
    LIST(r->state)->items[0] = int_from_i64(ts, r->block);
    return int_from_i64(ts, r->start + r->k++ * r->step);
}

static Type recorder_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_numba.prange_recorder",
    .layout = K_OPAQUE,
    .instance_size = sizeof(Recorder),
    .tp_iter = recorder_self,
    .tp_next = recorder_next,
    .trace = recorder_trace,
};

void numbamod_types_init(void) { type_ready(&recorder_type); }

static Value nb_recorder(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "recorder", argc, kwnames, 6, 6)) return VAL_NULL;
    int64_t v[4];
    for (int i = 0; i < 4; i++)
        if (!val_is_int(argv[i]) || !int_to_i64(argv[i], &v[i])) {
            err_format(ts, &exc_TypeError, "_numba.recorder: int arguments expected");
            return VAL_NULL;
        }
    if (v[2] < 0 || v[3] < 1 || !IS_LIST(argv[4]) || !IS_LIST(argv[5]) || LIST(argv[5])->length < 2) {
        err_format(ts, &exc_ValueError, "_numba.recorder: bad arguments");
        return VAL_NULL;
    }
    Recorder *r = gc_alloc(ts, &recorder_type, sizeof(Recorder));
    r->dict = VAL_NULL;
    r->marks = argv[4];
    r->state = argv[5];
    r->start = v[0];
    r->step = v[1];
    r->n = v[2];
    r->nthreads = v[3];
    r->k = 0;
    r->block = 0;
    return VAL(r);
}

/* ---- lanes ---- */

/* The lanes made so far in the run (every process's: they share one
 * Sched, and only the baton holder runs): lane ids index this table. */
enum { MAX_LANES = 256 };
static SchedThread *lanes[MAX_LANES];
static Sched *lanes_sched;
static int nlanes;

static SchedThread *lane_arg(ThreadState *ts, Value v)
{
    int64_t i;
    if (!val_is_int(v) || !int_to_i64(v, &i) || i < 0 || i >= nlanes || lanes_sched != ts->interp->sched) {
        err_format(ts, &exc_ValueError, "_numba: no such lane");
        return NULL;
    }
    return lanes[i];
}

static Value nb_lane(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "lane", argc, kwnames, 2, 2)) return VAL_NULL;
    if (!IS_STR(argv[0])) {
        err_format(ts, &exc_TypeError, "_numba.lane: name must be str");
        return VAL_NULL;
    }
    int core = obj_truthy(ts, argv[1]);
    if (core < 0) return VAL_NULL;
    if (sched_config(ts->interp->sched)->backend_real) return VAL_NONE;   /* no lanes there */
    if (lanes_sched != ts->interp->sched) {
        lanes_sched = ts->interp->sched;
        nlanes = 0;
    }
    if (nlanes == MAX_LANES) {
        err_format(ts, &exc_RuntimeError, "gilsim: more than %d worker and device lanes", MAX_LANES);
        return VAL_NULL;
    }
    SchedThread *t = sched_lane_new(ts->sched, str_cstr(argv[0]), core);
    if (!t) return VAL_NONE;
    lanes[nlanes] = t;
    return int_from_i64(ts, nlanes++);
}

static Value nb_submit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "submit", argc, kwnames, 2, 2)) return VAL_NULL;
    SchedThread *t = lane_arg(ts, argv[0]);
    int64_t ns;
    if (!t || !val_is_int(argv[1]) || !int_to_i64(argv[1], &ns) || ns < 0) {
        if (t) err_format(ts, &exc_ValueError, "_numba.submit: ns must be a non-negative int");
        return VAL_NULL;
    }
    return float_new(ts, (double)sched_lane_submit(ts->sched, t, ns) / 1e9);
}

static Value nb_idle_at(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "idle_at", argc, kwnames, 1, 1)) return VAL_NULL;
    SchedThread *t = lane_arg(ts, argv[0]);
    if (!t) return VAL_NULL;
    return float_new(ts, (double)sched_lane_idle_at(t) / 1e9);
}

static Value nb_wait(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "wait", argc, kwnames, 2, 2)) return VAL_NULL;
    double secs;
    if (!float_as_double(ts, argv[0], &secs)) return VAL_NULL;
    if (!IS_STR(argv[1])) {
        err_format(ts, &exc_TypeError, "_numba.wait: what must be str");
        return VAL_NULL;
    }
    if (secs > 0 && secs < 1e9) sched_sleep(ts->sched, (int64_t)llround(secs * 1e9), str_cstr(argv[1]));
    return VAL_NONE;
}

static Value nb_wait_lane(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "wait_lane", argc, kwnames, 1, 1)) return VAL_NULL;
    SchedThread *t = lane_arg(ts, argv[0]);
    if (!t) return VAL_NULL;
    sched_lane_wait(ts->sched, t);
    return VAL_NONE;
}

static const MethodDef numba_functions[] = {
    {"wait", nb_wait, 0},
    {"wait_lane", nb_wait_lane, 0},
    {"run", nb_run, 0},
    {"metering", nb_metering, 0},
    {"reading", nb_reading, 0},
    {"recorder", nb_recorder, 0},
    {"lane", nb_lane, 0},
    {"submit", nb_submit, 0},
    {"idle_at", nb_idle_at, 0},
    {NULL, NULL, 0},
};

int numbamod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, numba_functions);
}
