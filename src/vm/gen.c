/* gen.c — generator objects (protocol in gen.h): resuming the frame,
 * send/throw/close, `yield from` forwarding, the generator type.
 *
 * A generator's state is its frame's (eval.h): FRAME_CREATED (not started),
 * FRAME_SUSPENDED (at a yield), FRAME_RUNNING (gi_running), FRAME_COMPLETED.
 * A frame suspended inside `yield from` is recognised by its code: the
 * instruction before its resume point is the YIELD_VALUE of a SEND loop,
 * and the delegate is on top of its value stack (CPython's _PyGen_yf).
 */
#include "config.h"

#include <string.h>

#include "vm/gen.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/str.h"
#include "vm/tuple.h"

GenObj *gen_new(ThreadState *ts, Value func, CodeObj *co)
{
    size_t bytes = sizeof(GenObj) + eval_frame_values(co) * sizeof(Value);
    GenObj *g = gc_alloc(ts, &type_generator, bytes);
    g->name = FUNC(func)->name;
    g->qualname = FUNC(func)->qualname;
    return g;
}

/* A StopIteration being raised: taken, and its value returned (None without
 * one). */
static Value take_stop_value(ThreadState *ts)
{
    Value e = err_fetch(ts);
    if (!e) return VAL_NONE;
    gc_push_root(ts, e);
    Value v = obj_getattr(ts, e, interp_intern_cstr(ts, "value"));
    gc_pop_roots(ts, 1);
    return v;
}

/* PEP 479: a StopIteration escaping a generator's frame becomes
 * RuntimeError, caused by it. */
static void stop_iteration_to_runtime_error(ThreadState *ts)
{
    Value si = err_fetch(ts);
    gc_push_root(ts, si);
    Value msg = str_from_cstr(ts, "generator raised StopIteration");
    Value rt = exc_new(ts, &exc_RuntimeError, 1, &msg);
    gc_pop_roots(ts, 1);
    if (!rt) return;
    ExcObj *e = (ExcObj *)rt;
    e->cause = si;
    e->context = si;
    e->suppress_context = true;
    err_restore(ts, rt);
}

GenStatus gen_send(ThreadState *ts, Value gv, Value arg, bool throwing, Value *result)
{
    GenObj *g = GEN(gv);
    Frame *f = gen_frame(g);
    *result = VAL_NULL;
    if (f->state == FRAME_RUNNING) {
        err_format(ts, &exc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (f->state == FRAME_COMPLETED) {
        if (throwing) return GEN_ERROR;   /* the thrown exception, as it is */
        *result = VAL_NONE;
        return GEN_RETURNED;
    }
    if (f->state == FRAME_CREATED && !throwing && arg != VAL_NONE) {
        err_format(ts, &exc_TypeError, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    Value caller_exc = ts->handled_exc;
    g->caller_exc = caller_exc;
    if (g->exc_state) ts->handled_exc = g->exc_state;
    Value r = eval_resume_frame(ts, f, arg, throwing);
    Value own_exc = ts->handled_exc;
    ts->handled_exc = caller_exc;
    g->caller_exc = VAL_NULL;
    if (f->state == FRAME_SUSPENDED) {
        if (!r) return GEN_ERROR;           /* not resumed (RecursionError) */
        g->exc_state = f->exc_depth ? own_exc : VAL_NULL;
        *result = r;
        return GEN_YIELDED;
    }
    g->exc_state = VAL_NULL;
    if (f->state != FRAME_COMPLETED) return GEN_ERROR;   /* not started (RecursionError) */
    if (r) {
        *result = r;
        return GEN_RETURNED;
    }
    if (err_matches(ts, &exc_StopIteration)) stop_iteration_to_runtime_error(ts);
    return GEN_ERROR;
}

/* The delegate of a generator suspended in `yield from`, else VAL_NULL. */
static Value gen_yf(GenObj *g)
{
    Frame *f = gen_frame(g);
    if (f->state != FRAME_SUSPENDED || f->ip - f->code->code < 2) return VAL_NULL;
    if (INSTR_OP(f->ip[-1]) != OP_YIELD_VALUE || INSTR_OP(f->ip[-2]) != OP_SEND) return VAL_NULL;
    return f->sp[-1];
}

/* The delegate finished: drop it and continue after the yield from loop. */
static void gen_leave_yield_from(GenObj *g)
{
    Frame *f = gen_frame(g);
    int target = INSTR_ARG(f->ip[-2]);
    f->sp--;
    f->ip = f->code->code + target;
}

static int gen_close_gen(ThreadState *ts, Value gv);

/* Closes a delegate: a generator's close, or its close() method if any. */
static int close_iter(ThreadState *ts, Value it)
{
    if (val_is_gen(it)) return gen_close_gen(ts, it);
    Value m = obj_lookup_attr(ts, it, interp_intern_cstr(ts, "close"));
    if (!m) return err_occurred(ts) ? -1 : 0;
    gc_push_root(ts, m);
    Value r = vm_call0(ts, m);
    gc_pop_roots(ts, 1);
    return r ? 0 : -1;
}

static int gen_close_gen(ThreadState *ts, Value gv)
{
    GenObj *g = GEN(gv);
    Frame *f = gen_frame(g);
    if (f->state == FRAME_CREATED || f->state == FRAME_COMPLETED) {
        f->state = FRAME_COMPLETED;
        f->sp = f->localsplus;
        return 0;
    }
    if (f->state == FRAME_RUNNING) {
        err_format(ts, &exc_ValueError, "generator already executing");
        return -1;
    }
    Value yf = gen_yf(g);
    int err = 0;
    if (yf) {
        f->state = FRAME_RUNNING;
        err = close_iter(ts, yf);
        f->state = FRAME_SUSPENDED;
    }
    if (err == 0) err_set_none(ts, &exc_GeneratorExit);
    Value r;
    GenStatus st = gen_send(ts, gv, VAL_NONE, true, &r);
    if (st == GEN_YIELDED) {
        err_format(ts, &exc_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (st == GEN_RETURNED) return 0;
    if (err_matches(ts, &exc_GeneratorExit) || err_matches(ts, &exc_StopIteration)) {
        err_clear(ts);
        return 0;
    }
    return -1;
}

/* ---- the type ---- */

/* tp_next: the iterator protocol, where the return value is dropped (a for
 * loop, list(), zip() ...: no StopIteration is made). */
static Value gen_iternext(ThreadState *ts, Value self)
{
    Value r;
    return gen_send(ts, self, VAL_NONE, false, &r) == GEN_YIELDED ? r : VAL_NULL;
}

/* The end of next()/send()/throw(): a yielded value, or StopIteration
 * (with the return value unless it is None). */
static Value method_result(ThreadState *ts, GenStatus st, Value r)
{
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        if (r == VAL_NONE) return err_set_none(ts, &exc_StopIteration);
        return err_set_arg(ts, &exc_StopIteration, r);
    }
    return VAL_NULL;
}

Value gen_next(ThreadState *ts, Value g)
{
    Value r;
    GenStatus st = gen_send(ts, g, VAL_NONE, false, &r);
    return method_result(ts, st, r);
}

static Value gen_m_send(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "send", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    Value r;
    GenStatus st = gen_send(ts, argv[0], argv[1], false, &r);
    return method_result(ts, st, r);
}

/* throw(value), throw(type[, value[, traceback]]): the exception to raise. */
static Value make_thrown(ThreadState *ts, int nargs, const Value *args)
{
    Value typ = args[0], val = nargs > 1 ? args[1] : VAL_NULL, tb = nargs > 2 ? args[2] : VAL_NULL;
    if (tb && tb != VAL_NONE && !val_is(tb, K_TRACEBACK))
        return err_format(ts, &exc_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (IS_TYPE(typ) && type_is_subtype((Type *)typ, &exc_BaseException)) {
        if (val && exc_is_instance(val, (Type *)typ)) {
            exc = val;
        } else if (!val || val == VAL_NONE) {
            exc = vm_call0(ts, typ);
        } else if (IS_TUPLE(val)) {
            exc = vm_call(ts, typ, (int)TUPLE(val)->length, TUPLE(val)->items, VAL_NULL);
        } else {
            exc = vm_call1(ts, typ, val);
        }
        if (!exc) return VAL_NULL;
        if (!exc_is_instance(exc, &exc_BaseException))
            return err_format(ts, &exc_TypeError,
                              "calling %s should have returned an instance of BaseException, not %s",
                              ((Type *)typ)->name, val_type_name(exc));
    } else if (exc_is_instance(typ, &exc_BaseException)) {
        if (val && val != VAL_NONE)
            return err_format(ts, &exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return err_format(ts, &exc_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %s",
                          val_type_name(typ));
    }
    if (tb && tb != VAL_NONE) ((ExcObj *)exc)->traceback = tb;
    return exc;
}

/* Raises the exception throw(*args) describes inside g. */
static GenStatus throw_here(ThreadState *ts, Value gv, int nargs, const Value *args, Value *result)
{
    Value exc = make_thrown(ts, nargs, args);
    if (!exc) return GEN_ERROR;
    err_restore(ts, exc);
    return gen_send(ts, gv, VAL_NONE, true, result);
}

static bool is_generator_exit(Value v)
{
    return exc_is_instance(v, &exc_GeneratorExit) ||
           (IS_TYPE(v) && type_is_subtype((Type *)v, &exc_GeneratorExit));
}

/* g.throw(*args), forwarded to a delegate first when g is suspended in
 * yield from (CPython's _gen_throw): the delegate's next yield is the
 * result; a delegate that finishes is dropped and g goes on with its
 * return value, or with its exception raised in g. */
static GenStatus gen_throw(ThreadState *ts, Value gv, int nargs, const Value *args, Value *result)
{
    GenObj *g = GEN(gv);
    Frame *f = gen_frame(g);
    Value yf = gen_yf(g);
    if (!yf) return throw_here(ts, gv, nargs, args, result);
    if (is_generator_exit(args[0])) {
        f->state = FRAME_RUNNING;
        int r = close_iter(ts, yf);
        f->state = FRAME_SUSPENDED;
        if (r < 0) return gen_send(ts, gv, VAL_NONE, true, result);   /* close's error, into g */
        return throw_here(ts, gv, nargs, args, result);
    }
    GenStatus st;
    Value ret = VAL_NULL;
    f->state = FRAME_RUNNING;
    if (val_is_gen(yf)) {
        st = gen_throw(ts, yf, nargs, args, &ret);
    } else {
        Value m = obj_lookup_attr(ts, yf, interp_intern_cstr(ts, "throw"));
        if (!m) {
            f->state = FRAME_SUSPENDED;
            if (err_occurred(ts)) return gen_send(ts, gv, VAL_NONE, true, result);
            return throw_here(ts, gv, nargs, args, result);
        }
        gc_push_root(ts, m);
        ret = vm_call(ts, m, nargs, (Value *)args, VAL_NULL);
        gc_pop_roots(ts, 1);
        st = ret ? GEN_YIELDED : GEN_ERROR;
        if (!ret && err_matches(ts, &exc_StopIteration)) {
            ret = take_stop_value(ts);
            st = ret ? GEN_RETURNED : GEN_ERROR;
        }
    }
    f->state = FRAME_SUSPENDED;
    if (st == GEN_YIELDED) {
        *result = ret;
        return GEN_YIELDED;
    }
    gen_leave_yield_from(g);
    if (st == GEN_RETURNED) return gen_send(ts, gv, ret, false, result);
    return gen_send(ts, gv, VAL_NONE, true, result);
}

static Value gen_m_throw(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "throw", argc - 1, kwnames, 1, 3)) return VAL_NULL;
    Value r;
    GenStatus st = gen_throw(ts, argv[0], argc - 1, argv + 1, &r);
    return method_result(ts, st, r);
}

static Value gen_m_close(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "close", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return gen_close_gen(ts, argv[0]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value gen_m_iter(ThreadState *ts, int argc, Value *argv, Value kwnames) { return argv[0]; }

static Value gen_m_next(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__next__", argc - 1, kwnames, 0, 0)) return VAL_NULL;
    return gen_next(ts, argv[0]);
}

static const MethodDef gen_methods[] = {
    {"send", gen_m_send, METH_DEFAULT},
    {"throw", gen_m_throw, METH_DEFAULT},
    {"close", gen_m_close, METH_DEFAULT},
    {"__iter__", gen_m_iter, METH_DEFAULT},
    {"__next__", gen_m_next, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value g_name(ThreadState *ts, Value self) { return GEN(self)->name; }
static Value g_qualname(ThreadState *ts, Value self) { return GEN(self)->qualname; }

static int set_str_field(ThreadState *ts, Value *field, Value v, const char *what)
{
    if (!v || !IS_STR(v)) {
        err_format(ts, &exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *field = v;
    return 0;
}

static int s_name(ThreadState *ts, Value self, Value v) { return set_str_field(ts, &GEN(self)->name, v, "__name__"); }
static int s_qualname(ThreadState *ts, Value self, Value v)
{
    return set_str_field(ts, &GEN(self)->qualname, v, "__qualname__");
}

static Value g_running(ThreadState *ts, Value self) { return val_bool(gen_frame(GEN(self))->state == FRAME_RUNNING); }
static Value g_suspended(ThreadState *ts, Value self)
{
    return val_bool(gen_frame(GEN(self))->state == FRAME_SUSPENDED);
}
static Value g_code(ThreadState *ts, Value self) { return VAL(gen_frame(GEN(self))->code); }
static Value g_yieldfrom(ThreadState *ts, Value self)
{
    Value yf = gen_yf(GEN(self));
    return yf ? yf : VAL_NONE;
}

/* gilsim has no frame objects that follow a running frame (sys._getframe
 * gives snapshots): only a finished generator's None is available. */
static Value g_frame(ThreadState *ts, Value self)
{
    if (gen_frame(GEN(self))->state == FRAME_COMPLETED) return VAL_NONE;
    return err_format(ts, &exc_NotImplementedError, "generator.gi_frame is not supported by gilsim");
}

static const GetSetDef gen_getsets[] = {
    {"__name__", g_name, s_name},
    {"__qualname__", g_qualname, s_qualname},
    {"gi_running", g_running, NULL},
    {"gi_suspended", g_suspended, NULL},
    {"gi_code", g_code, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL},
    {"gi_frame", g_frame, NULL},
    {NULL, NULL, NULL},
};

static Value gen_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<generator object %s at %p>", str_cstr(GEN(self)->qualname), (void *)self);
}

static Value gen_tp_iter(ThreadState *ts, Value self) { return self; }

static void gen_trace(GC *gc, Obj *self)
{
    GenObj *g = (GenObj *)self;
    gc_mark(gc, g->name);
    gc_mark(gc, g->qualname);
    gc_mark(gc, g->exc_state);
    gc_mark(gc, g->caller_exc);
    Frame *f = gen_frame(g);
    if (f->code) eval_trace_frame(gc, f);
}

Type type_generator = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "generator",
    .base = &type_object,
    .layout = K_GENERATOR,
    .instance_size = sizeof(GenObj),
    .methods = gen_methods,
    .getsets = gen_getsets,
    .tp_iter = gen_tp_iter,
    .tp_next = gen_iternext,
    .tp_repr = gen_repr,
    .trace = gen_trace,
};
