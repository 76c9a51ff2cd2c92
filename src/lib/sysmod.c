/* sysmod.c — the sys module.
 *
 * sys.stdout and sys.stderr are small file objects (write, flush) over the
 * interpreter's output stream and the process's stderr; print() writes to
 * whatever sys.stdout is at the time, as in CPython, with a fast path for
 * these objects. The switch interval and recursion limit live in the
 * interpreter's configuration, where the scheduler and the eval loop read
 * them.
 *
 * sys._getframe() returns a snapshot of the frame chain: gilsim's frames live
 * in per-thread stack chunks and are reused when a call returns, so a frame
 * object cannot point at one. The snapshot (code, globals, the line being
 * executed, and f_back, itself a snapshot) is what logging and tracebacks
 * read; it does not follow the frame as it runs on.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* ---- the stdout / stderr objects ---- */

enum { STDIO_OUT = 1, STDIO_ERR = 2 };

static Type stdio_type;
static Type framesnap_type;   /* below: sys._getframe */

FILE *sysmod_stdio_file(ThreadState *ts, Value file)
{
    if (!val_is_obj(file) || OBJ(file)->type != &stdio_type)
        return NULL;
    return ((OpaqueObj *)file)->data == (void *)STDIO_ERR ? stderr : ts->interp->out;
}

Value sysmod_stdout(ThreadState *ts)
{
    Value sys = dict_get_cstr(ts->interp->modules, "sys");
    if (!sys || !val_is(sys, K_MODULE))
        return VAL_NULL;
    return dict_get_cstr(((ModuleObj *)sys)->dict, "stdout");
}

static Value stdio_write(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "write", argc - 1, kwnames))
        return VAL_NULL;
    Value s = argv[1];
    if (!IS_STR(s))
        return err_format(ts, &exc_TypeError, "write() argument must be str, not %s", val_type_name(s));
    FILE *f = sysmod_stdio_file(ts, argv[0]);
    fwrite(str_cstr(s), 1, (size_t)STR(s)->size, f);
    if (ts->interp->output_events && f == ts->interp->out)   /* the live view's copy */
        sched_output(ts->sched, str_cstr(s), (size_t)STR(s)->size);
    if (f == stderr)
        fflush(f);
    return int_from_i64(ts, STR(s)->length);
}

static Value stdio_flush(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "flush", argc - 1, kwnames))
        return VAL_NULL;
    fflush(sysmod_stdio_file(ts, argv[0]));
    return VAL_NONE;
}

static Value stdio_false(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "isatty", argc - 1, kwnames))
        return VAL_NULL;
    return VAL_FALSE;
}

static Value stdio_repr(ThreadState *ts, Value self)
{
    bool err = ((OpaqueObj *)self)->data == (void *)STDIO_ERR;
    return str_printf(ts, "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                      err ? "stderr" : "stdout");
}

static Value stdio_get_encoding(ThreadState *ts, Value self)
{
    return str_from_cstr(ts, "utf-8");
}

static Value stdio_get_name(ThreadState *ts, Value self)
{
    return str_from_cstr(ts, ((OpaqueObj *)self)->data == (void *)STDIO_ERR ? "<stderr>" : "<stdout>");
}

static const MethodDef stdio_methods[] = {
    {"write", stdio_write, 0},
    {"flush", stdio_flush, 0},
    {"isatty", stdio_false, 0},
    {NULL, NULL, 0},
};

static const GetSetDef stdio_getsets[] = {
    {"encoding", stdio_get_encoding, NULL},
    {"name", stdio_get_name, NULL},
    {NULL, NULL, NULL},
};

static Type stdio_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_io.TextIOWrapper",
    .base = &type_object,
    .layout = K_OPAQUE,
    .instance_size = sizeof(OpaqueObj),
    .methods = stdio_methods,
    .getsets = stdio_getsets,
    .tp_repr = stdio_repr,
};

void sysmod_types_init(void)
{
    type_ready(&stdio_type);
    type_ready(&framesnap_type);
}

static Value stdio_new(ThreadState *ts, int which)
{
    OpaqueObj *o = gc_alloc(ts, &stdio_type, sizeof(OpaqueObj));
    o->data = (void *)(uintptr_t)which;
    return VAL(o);
}

/* ---- frame snapshots (sys._getframe) ---- */

typedef struct FrameSnapObj {
    Obj h;
    Value code;            /* CodeObj */
    Value globals;         /* dict */
    Value back;            /* the caller's snapshot, or VAL_NULL */
    int line;
} FrameSnapObj;

#define FRAMESNAP(v) ((FrameSnapObj *)(v))

static void framesnap_trace(GC *gc, Obj *self)
{
    FrameSnapObj *f = (FrameSnapObj *)self;
    gc_mark(gc, f->code);
    if (val_is_obj(f->globals)) gc_mark(gc, f->globals);
    if (val_is_obj(f->back)) gc_mark(gc, f->back);
}

static Value framesnap_get_code(ThreadState *ts, Value self) { return FRAMESNAP(self)->code; }
static Value framesnap_get_lineno(ThreadState *ts, Value self) { return val_from_smallint(FRAMESNAP(self)->line); }
static Value framesnap_get_back(ThreadState *ts, Value self)
{
    return FRAMESNAP(self)->back ? FRAMESNAP(self)->back : VAL_NONE;
}
static Value framesnap_get_globals(ThreadState *ts, Value self)
{
    return FRAMESNAP(self)->globals ? FRAMESNAP(self)->globals : VAL_NONE;
}

static Value framesnap_repr(ThreadState *ts, Value self)
{
    FrameSnapObj *f = FRAMESNAP(self);
    const CodeObj *co = CODE(f->code);
    return str_printf(ts, "<frame at %p, file '%s', line %d, code %s>", (void *)f,
                      IS_STR(co->filename) ? str_cstr(co->filename) : "<unknown>", f->line,
                      str_cstr(co->name));
}

static const GetSetDef framesnap_getsets[] = {
    {"f_code", framesnap_get_code, NULL},
    {"f_lineno", framesnap_get_lineno, NULL},
    {"f_back", framesnap_get_back, NULL},
    {"f_globals", framesnap_get_globals, NULL},
    {NULL, NULL, NULL},
};

static Type framesnap_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "frame",
    .base = &type_object,
    .layout = K_OPAQUE,
    .instance_size = sizeof(FrameSnapObj),
    .getsets = framesnap_getsets,
    .tp_repr = framesnap_repr,
    .trace = framesnap_trace,
};

/* _getframe([depth]): the frame `depth` calls below the caller's. */
static Value sys_getframe(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "_getframe", argc, kwnames, 0, 1))
        return VAL_NULL;
    int64_t depth = 0;
    if (argc == 1) {
        if (IS_FLOAT(argv[0]))
            return err_format(ts, &exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (!lib_index_i64(ts, argv[0], &depth, "int"))
            return VAL_NULL;
    }
    Frame *f = ts->frame;
    for (; f && depth > 0; depth--)
        f = f->prev;
    if (!f)
        return err_format(ts, &exc_ValueError, "call stack is not deep enough");
    /* Snapshots outermost first, so that each one's f_back exists when it is
     * made. No collection can run during these allocations (gc.h). */
    int n = 0;
    for (Frame *g = f; g; g = g->prev)
        n++;
    Frame **chain = xmalloc(sizeof *chain * (size_t)n);
    int i = 0;
    for (Frame *g = f; g; g = g->prev)
        chain[i++] = g;
    Value back = VAL_NULL;
    for (i = n - 1; i >= 0; i--) {
        FrameSnapObj *s = gc_alloc(ts, &framesnap_type, sizeof *s);
        s->code = VAL(chain[i]->code);
        s->globals = chain[i]->globals;
        s->line = frame_line(chain[i]);
        s->back = back;
        back = VAL(s);
    }
    free(chain);
    return back;
}

/* exc_info(): (type, value, traceback) of the exception being handled. */
static Value sys_exc_info(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "exc_info", argc, kwnames))
        return VAL_NULL;
    Value e = ts->handled_exc;
    if (!e || e == VAL_NONE)
        return tuple_pack(ts, 3, VAL_NONE, VAL_NONE, VAL_NONE);
    Value tb = ((ExcObj *)e)->traceback;
    return tuple_pack(ts, 3, VAL(val_type(e)), e, tb ? tb : VAL_NONE);
}

static Value sys_exception(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "exception", argc, kwnames))
        return VAL_NULL;
    Value e = ts->handled_exc;
    return e ? e : VAL_NONE;
}

/* ---- functions ---- */

static Value sys_exit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "exit", argc, kwnames, 0, 1))
        return VAL_NULL;
    if (argc == 0)
        return err_set_none(ts, &exc_SystemExit);
    return err_set_arg(ts, &exc_SystemExit, argv[0]);
}

static Value sys_getrecursionlimit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "getrecursionlimit", argc, kwnames))
        return VAL_NULL;
    return val_from_smallint(ts->interp->cfg.recursion_limit);
}

static Value sys_setrecursionlimit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "setrecursionlimit", argc, kwnames))
        return VAL_NULL;
    if (IS_FLOAT(argv[0]))
        return err_format(ts, &exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (!lib_index_i64(ts, argv[0], &n, "int"))
        return VAL_NULL;
    if (n > INT32_MAX || n < INT32_MIN)
        return err_format(ts, &exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        return err_format(ts, &exc_ValueError, "recursion limit must be greater or equal than 1");
    if (ts->py_depth >= n)
        return err_format(ts, &exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: "
                          "the limit is too low", (int)n, ts->py_depth);
    ts->interp->cfg.recursion_limit = (int)n;
    return VAL_NONE;
}

static Value sys_getswitchinterval(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "getswitchinterval", argc, kwnames))
        return VAL_NULL;
    /* CPython keeps the interval in whole microseconds, 0 included (its GIL
     * then waits 1 µs): setswitchinterval(1e-9) reads back as 0.0 */
    int64_t us = ts->interp->cfg.switch_interval_ns / 1000;
    return float_new(ts, (double)us / 1e6);
}

static Value sys_setswitchinterval(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "setswitchinterval", argc, kwnames))
        return VAL_NULL;
    double d;
    if (!float_as_double(ts, argv[0], &d))
        return VAL_NULL;
    if (!(d > 0.0))
        return err_format(ts, &exc_ValueError, "switch interval must be strictly positive");
    double us = floor(1e6 * d);
    if (us > 1e12)
        us = 1e12;
    ts->interp->cfg.switch_interval_ns = (int64_t)us * 1000;
    /* CPython's GIL treats 0 microseconds as 1 */
    sched_set_switch_interval(ts->interp->sched, us < 1 ? 1000 : (int64_t)us * 1000);
    return VAL_NONE;
}

static Value sys_intern(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "intern", argc, kwnames))
        return VAL_NULL;
    if (!IS_STR(argv[0]))
        return err_format(ts, &exc_TypeError, "intern() argument must be str, not %s",
                          val_type_name(argv[0]));
    return interp_intern(ts, argv[0]);
}

/* sys._is_gil_enabled() (3.13+): False without a GIL (3.13t, --gil=off). */
static Value sys_is_gil_enabled(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    (void)argv;
    if (!lib_check_none(ts, "_is_gil_enabled", argc, kwnames))
        return VAL_NULL;
    return val_bool(!sched_config(ts->interp->sched)->gil_off);
}

static const MethodDef sys_functions_313[] = {
    {"_is_gil_enabled", sys_is_gil_enabled, 0},
    {NULL, NULL, 0},
};

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"getswitchinterval", sys_getswitchinterval, 0},
    {"setswitchinterval", sys_setswitchinterval, 0},
    {"intern", sys_intern, 0},
    {"_getframe", sys_getframe, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {NULL, NULL, 0},
};

int sysmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, sys_functions) < 0)
        return -1;
    const InterpConfig *cfg = &ts->interp->cfg;
    Value argv = list_new_empty(ts, cfg->argc > 0 ? cfg->argc : 1);
    for (int i = 0; i < cfg->argc; i++)
        list_append(ts, argv, str_from_cstr(ts, cfg->argv[i]));
    if (cfg->argc <= 0)
        list_append(ts, argv, str_from_cstr(ts, ""));
    if (module_add_value(ts, module, "argv", argv) < 0)
        return -1;

    Value out = stdio_new(ts, STDIO_OUT), err = stdio_new(ts, STDIO_ERR);
    /* the CPython version profile's (sched/profile.h) */
    const PyProfile *py = sched_profile(ts->interp->sched);
    Value version_info = tuple_pack(ts, 5, val_from_smallint(py->major), val_from_smallint(py->minor),
                                    val_from_smallint(py->micro), str_from_cstr(ts, "final"),
                                    val_from_smallint(0));
    Value version = str_printf(ts, "%d.%d.%d %s(gilsim " PACKAGE_VERSION ")", py->major, py->minor,
                               py->micro, py->free_threaded ? "experimental free-threading build " : "");
    int64_t hexversion = ((int64_t)py->major << 24) | (py->minor << 16) | (py->micro << 8) | 0xf0;
    struct { const char *name; Value v; } values[] = {
        {"stdout", out}, {"stderr", err}, {"__stdout__", out}, {"__stderr__", err},
        {"stdin", VAL_NONE},   /* gilsim programs have no input */
        {"maxsize", int_from_i64(ts, INT64_MAX)},
        {"maxunicode", val_from_smallint(0x10ffff)},
        {"version", version},
        {"version_info", version_info},
        {"hexversion", val_from_smallint(hexversion)},
        {"platform", str_from_cstr(ts, "linux")},
        {"byteorder", str_from_cstr(ts, "little")},
        {"executable", str_from_cstr(ts, "")},
        {"path", list_new_empty(ts, 0)},
        {"modules", ts->interp->modules},
        {"builtin_module_names", tuple_pack(ts, 4, str_from_cstr(ts, "_random"),
                                            str_from_cstr(ts, "math"), str_from_cstr(ts, "os"),
                                            str_from_cstr(ts, "sys"))},
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (module_add_value(ts, module, values[i].name, values[i].v) < 0)
            return -1;
    if (py->minor >= 13 && module_add_functions(ts, module, sys_functions_313) < 0)
        return -1;
    return 0;
}
