/* exc.c — the built-in exception classes and raising.
 *
 * An exception is an ExcObj (layout K_EXCEPTION): its args tuple, traceback,
 * cause/context chain, and a lazily made __dict__ for everything else (user
 * subclasses set attributes in __init__; SyntaxError and OSError keep their
 * extra fields there too, so setting them from Python works for free).
 *
 * Raising stores an instance in ts->exc and makes the function return
 * VAL_NULL/-1. Like CPython's _PyErr_SetObject, every raise (also from C)
 * chains the exception being handled as __context__, so an error inside an
 * `except` block prints "During handling of the above exception...".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/exc.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/class.h"
#include "vm/dict.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

#define EXC(v) ((ExcObj *)(v))

static inline void mark(GC *gc, Value v)
{
    if (val_is_obj(v))
        gc_mark(gc, v);
}

static void exc_trace(GC *gc, Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    if (o->type->tflags & TF_HEAP)
        gc_mark_obj(gc, (Obj *)o->type);
    mark(gc, e->dict);
    mark(gc, e->args);
    mark(gc, e->traceback);
    mark(gc, e->cause);
    mark(gc, e->context);
}

/* ---- raising ---- */

bool err_occurred(ThreadState *ts) { return ts->exc != VAL_NULL; }

bool err_matches(ThreadState *ts, Type *t)
{
    return ts->exc != VAL_NULL && type_is_subtype(val_type(ts->exc), t);
}

void err_clear(ThreadState *ts) { ts->exc = VAL_NULL; }

Value err_fetch(ThreadState *ts)
{
    Value e = ts->exc;
    ts->exc = VAL_NULL;
    return e;
}

void err_restore(ThreadState *ts, Value exc) { ts->exc = exc; }

bool exc_is_instance(Value v, Type *t)
{
    return val_is(v, K_EXCEPTION) && type_is_subtype(OBJ(v)->type, t);
}

/* Sets ts->exc = e, chaining the handled exception as its __context__ (and
 * cutting a cycle if e is already somewhere in that chain, as CPython does). */
static void set_exc(ThreadState *ts, Value e)
{
    Value handled = ts->handled_exc;
    if (handled != VAL_NULL && handled != e && val_is(handled, K_EXCEPTION)) {
        Value o = handled;
        int guard = 0;
        while (val_is(o, K_EXCEPTION) && guard++ < 10000) {
            Value ctx = EXC(o)->context;
            if (ctx == e) {
                EXC(o)->context = VAL_NULL;
                break;
            }
            o = ctx;
        }
        EXC(e)->context = handled;
    }
    ts->exc = e;
}

Value err_raise(ThreadState *ts, Value v)
{
    if (IS_TYPE(v) && type_is_subtype((Type *)v, &exc_BaseException)) {
        Value inst = vm_call(ts, v, 0, NULL, VAL_NULL);
        if (inst == VAL_NULL)
            return VAL_NULL;
        if (!val_is(inst, K_EXCEPTION) || !type_is_subtype(OBJ(inst)->type, &exc_BaseException))
            return err_format(ts, &exc_TypeError,
                              "calling %s should have returned an instance of BaseException, not %s",
                              ((Type *)v)->name, val_type_name(inst));
        v = inst;
    } else if (!val_is(v, K_EXCEPTION)) {
        return err_format(ts, &exc_TypeError, "exceptions must derive from BaseException");
    }
    set_exc(ts, v);
    return VAL_NULL;
}

static int exc_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames);

Value exc_new(ThreadState *ts, Type *t, int argc, Value *argv)
{
    ExcObj *e = gc_alloc(ts, t, t->instance_size ? t->instance_size : sizeof(ExcObj));
    e->args = argc ? tuple_from_array(ts, argc, argv) : VAL_EMPTY_TUPLE;
    /* The per-class extra fields (SyntaxError.msg, OSError.errno) come from
     * the nearest built-in __init__, which only reads args. */
    Type *bt = t;
    while (bt && (bt->tflags & TF_HEAP))
        bt = bt->base;
    if (bt && bt->tp_init && bt->tp_init != exc_tp_init && argc) {
        gc_push_root(ts, VAL(e));
        int r = bt->tp_init(ts, VAL(e), argc, argv, VAL_NULL);
        gc_pop_roots(ts, 1);
        if (r < 0)
            return VAL_NULL;
    }
    return VAL(e);
}

Value err_format(ThreadState *ts, Type *t, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    Value msg;
    if (n < 0) {
        msg = str_from_cstr(ts, "");
    } else if ((size_t)n < sizeof small) {
        msg = str_new(ts, small, (size_t)n);
    } else {
        char *big = xmalloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = str_new(ts, big, (size_t)n);
        free(big);
    }
    Value e = exc_new(ts, t, 1, &msg);
    if (e != VAL_NULL)
        set_exc(ts, e);
    return VAL_NULL;
}

Value err_set_none(ThreadState *ts, Type *t)
{
    Value e = exc_new(ts, t, 0, NULL);
    if (e != VAL_NULL)
        set_exc(ts, e);
    return VAL_NULL;
}

Value err_set_arg(ThreadState *ts, Type *t, Value arg)
{
    Value e = exc_new(ts, t, 1, &arg);
    if (e != VAL_NULL)
        set_exc(ts, e);
    return VAL_NULL;
}

Value err_no_memory(ThreadState *ts) { return err_set_none(ts, &exc_MemoryError); }

Value err_attribute(ThreadState *ts, Value obj, Value name)
{
    const char *n = IS_STR(name) ? str_cstr(name) : "?";
    if (IS_TYPE(obj))
        return err_format(ts, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                          ((Type *)obj)->name, n);
    if (val_is(obj, K_MODULE)) {
        Value mn = ((ModuleObj *)obj)->name;
        return err_format(ts, &exc_AttributeError, "module '%s' has no attribute '%s'",
                          IS_STR(mn) ? str_cstr(mn) : "?", n);
    }
    return err_format(ts, &exc_AttributeError, "'%s' object has no attribute '%s'",
                      val_type_name(obj), n);
}

Value exc_str(ThreadState *ts, Value exc) { return obj_str(ts, exc); }

/* ---- BaseException ---- */

static Value get_dict(ThreadState *ts, Value self)
{
    ExcObj *e = EXC(self);
    if (e->dict == VAL_NULL)
        e->dict = dict_new(ts);
    return e->dict;
}

static void set_field(ThreadState *ts, Value self, const char *name, Value v)
{
    Value d = get_dict(ts, self);
    gc_push_root(ts, d);
    Value k = interp_intern_cstr(ts, name);
    dict_set_str(ts->interp, d, k, v);
    gc_pop_roots(ts, 1);
}

static Value get_field(Value self, const char *name)
{
    ExcObj *e = EXC(self);
    if (e->dict == VAL_NULL)
        return VAL_NONE;
    Value v = dict_get_cstr(e->dict, name);
    return v ? v : VAL_NONE;
}

static Value exc_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    ExcObj *e = gc_alloc(ts, t, t->instance_size ? t->instance_size : sizeof(ExcObj));
    e->args = npos ? tuple_from_array(ts, npos, argv) : VAL_EMPTY_TUPLE;
    return VAL(e);
}

static int exc_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE(kwnames)->length > 0) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", val_type_name(self));
        return -1;
    }
    EXC(self)->args = argc ? tuple_from_array(ts, argc, argv) : VAL_EMPTY_TUPLE;
    return 0;
}

static Value exc_args_tuple(Value self)
{
    Value a = EXC(self)->args;
    return a ? a : VAL_EMPTY_TUPLE;
}

static Value exc_tp_str(ThreadState *ts, Value self)
{
    Value a = exc_args_tuple(self);
    int64_t n = TUPLE(a)->length;
    if (n == 0)
        return str_from_cstr(ts, "");
    if (n == 1)
        return obj_str(ts, TUPLE(a)->items[0]);
    return obj_str(ts, a);
}

static Value exc_tp_repr(ThreadState *ts, Value self)
{
    Value a = exc_args_tuple(self);
    int64_t n = TUPLE(a)->length;
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, val_type_name(self));
    if (n == 1) {
        sb_putc(&sb, '(');
        if (sb_append_repr(ts, &sb, TUPLE(a)->items[0]) < 0)
            goto fail;
        sb_putc(&sb, ')');
    } else if (n == 0) {
        sb_puts(&sb, "()");
    } else if (sb_append_repr(ts, &sb, a) < 0) {
        goto fail;
    }
    return sb_finish(ts, &sb);
fail:
    sb_free(&sb);
    return VAL_NULL;
}

static Value m_exc_init(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    /* The nearest built-in class's init: SyntaxError/OSError keep their fields. */
    Type *bt = OBJ(argv[0])->type;
    while (bt && (bt->tflags & TF_HEAP))
        bt = bt->base;
    int (*init)(ThreadState *, Value, int, Value *, Value) = bt && bt->tp_init ? bt->tp_init : exc_tp_init;
    if (init(ts, argv[0], argc - 1, argv + 1, kwnames) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_exc_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (argc < 1 || !IS_TYPE(argv[0]) || !type_is_subtype((Type *)argv[0], &exc_BaseException))
        return err_format(ts, &exc_TypeError, "BaseException.__new__(X): X is not a subtype of BaseException");
    return exc_tp_new(ts, (Type *)argv[0], argc - 1, argv + 1, kwnames);
}

static Value m_exc_str(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Type *bt = OBJ(argv[0])->type;
    while (bt && (bt->tflags & TF_HEAP))
        bt = bt->base;
    return (bt && bt->tp_str ? bt->tp_str : exc_tp_str)(ts, argv[0]);
}

static Value m_exc_repr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return exc_tp_repr(ts, argv[0]);
}

static Value m_with_traceback(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "with_traceback", argc - 1, kwnames, 1, 1))
        return VAL_NULL;
    Value tb = argv[1];
    if (tb != VAL_NONE && !val_is(tb, K_TRACEBACK))
        return err_format(ts, &exc_TypeError, "__traceback__ must be a traceback or None");
    EXC(argv[0])->traceback = tb == VAL_NONE ? VAL_NULL : tb;
    return argv[0];
}

static Value g_args(ThreadState *ts, Value self) { return exc_args_tuple(self); }
static int s_args(ThreadState *ts, Value self, Value v)
{
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "args may not be deleted");
        return -1;
    }
    if (IS_TUPLE(v)) {
        EXC(self)->args = v;
        return 0;
    }
    Value list = seq_to_list(ts, v);
    if (list == VAL_NULL)
        return -1;
    EXC(self)->args = tuple_from_array(ts, LIST(list)->length, LIST(list)->items);
    return 0;
}

static Value opt(Value v) { return v ? v : VAL_NONE; }

static Value g_traceback(ThreadState *ts, Value self) { return opt(EXC(self)->traceback); }
static int s_traceback(ThreadState *ts, Value self, Value v)
{
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !val_is(v, K_TRACEBACK)) {
        err_format(ts, &exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v == VAL_NONE ? VAL_NULL : v;
    return 0;
}

static Value g_cause(ThreadState *ts, Value self) { return opt(EXC(self)->cause); }
static int s_cause(ThreadState *ts, Value self, Value v)
{
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !exc_is_instance(v, &exc_BaseException)) {
        err_format(ts, &exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = v == VAL_NONE ? VAL_NULL : v;
    EXC(self)->suppress_context = true;
    return 0;
}

static Value g_context(ThreadState *ts, Value self) { return opt(EXC(self)->context); }
static int s_context(ThreadState *ts, Value self, Value v)
{
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !exc_is_instance(v, &exc_BaseException)) {
        err_format(ts, &exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = v == VAL_NONE ? VAL_NULL : v;
    return 0;
}

static Value g_suppress(ThreadState *ts, Value self) { return val_bool(EXC(self)->suppress_context); }
static int s_suppress(ThreadState *ts, Value self, Value v)
{
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_truthy(ts, v);
    if (t < 0)
        return -1;
    EXC(self)->suppress_context = t;
    return 0;
}

static const MethodDef base_methods[] = {
    {"__init__", m_exc_init, METH_DEFAULT},
    {"__new__", m_exc_new, METH_STATIC},
    {"__str__", m_exc_str, METH_DEFAULT},
    {"__repr__", m_exc_repr, METH_DEFAULT},
    {"with_traceback", m_with_traceback, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const GetSetDef base_getsets[] = {
    {"args", g_args, s_args},
    {"__traceback__", g_traceback, s_traceback},
    {"__cause__", g_cause, s_cause},
    {"__context__", g_context, s_context},
    {"__suppress_context__", g_suppress, s_suppress},
    {NULL, NULL, NULL},
};

/* ---- KeyError: str() is the repr of a lone key ---- */
static Value keyerror_str(ThreadState *ts, Value self)
{
    Value a = exc_args_tuple(self);
    if (TUPLE(a)->length == 1)
        return obj_repr(ts, TUPLE(a)->items[0]);
    return exc_tp_str(ts, self);
}

/* ---- StopIteration.value, SystemExit.code: derived from args ---- */
static Value g_stop_value(ThreadState *ts, Value self)
{
    Value d = EXC(self)->dict;
    Value v = d ? dict_get_cstr(d, "value") : VAL_NULL;
    if (v)
        return v;
    Value a = exc_args_tuple(self);
    return TUPLE(a)->length ? TUPLE(a)->items[0] : VAL_NONE;
}
static int s_stop_value(ThreadState *ts, Value self, Value v)
{
    set_field(ts, self, "value", v ? v : VAL_NONE);
    return 0;
}
static const GetSetDef stop_getsets[] = {{"value", g_stop_value, s_stop_value}, {NULL, NULL, NULL}};

static Value g_exit_code(ThreadState *ts, Value self)
{
    Value d = EXC(self)->dict;
    Value v = d ? dict_get_cstr(d, "code") : VAL_NULL;
    if (v)
        return v;
    Value a = exc_args_tuple(self);
    int64_t n = TUPLE(a)->length;
    return n == 0 ? VAL_NONE : n == 1 ? TUPLE(a)->items[0] : a;
}
static int s_exit_code(ThreadState *ts, Value self, Value v)
{
    set_field(ts, self, "code", v ? v : VAL_NONE);
    return 0;
}
static const GetSetDef exit_getsets[] = {{"code", g_exit_code, s_exit_code}, {NULL, NULL, NULL}};

/* ---- SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset ---- */
static const char *const syntax_fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

static int syntax_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (exc_tp_init(ts, self, argc, argv, kwnames) < 0)
        return -1;
    set_field(ts, self, "msg", argc >= 1 ? argv[0] : VAL_NONE);
    int64_t ninfo = 0;
    Value *info = NULL;
    if (argc == 2) {
        if (!IS_TUPLE(argv[1])) {
            err_format(ts, &exc_TypeError, "SyntaxError() argument 2 must be tuple, not %s", val_type_name(argv[1]));
            return -1;
        }
        ninfo = TUPLE(argv[1])->length;
        info = TUPLE(argv[1])->items;
        if (ninfo < 4 || ninfo > 6) {
            err_format(ts, &exc_IndexError, "tuple index out of range");
            return -1;
        }
    }
    for (int i = 0; i < 6; i++)
        set_field(ts, self, syntax_fields[i], i < ninfo ? info[i] : VAL_NONE);
    set_field(ts, self, "print_file_and_line", VAL_NONE);
    return 0;
}

static Value syntax_str(ThreadState *ts, Value self)
{
    Value msg = get_field(self, "msg");
    Value filename = get_field(self, "filename");
    Value lineno = get_field(self, "lineno");
    Value s = obj_str(ts, msg);
    if (s == VAL_NULL)
        return VAL_NULL;
    int64_t line = 0;
    bool have_line = val_is_smallint(lineno) && (line = val_smallint(lineno), true);
    const char *base = NULL;
    if (IS_STR(filename)) {
        const char *f = str_cstr(filename);
        const char *slash = strrchr(f, '/');
        base = slash ? slash + 1 : f;
    }
    if (base && have_line)
        return str_printf(ts, "%s (%s, line %lld)", str_cstr(s), base, (long long)line);
    if (base)
        return str_printf(ts, "%s (%s)", str_cstr(s), base);
    if (have_line)
        return str_printf(ts, "%s (line %lld)", str_cstr(s), (long long)line);
    return s;
}

/* ---- OSError(errno, strerror) ---- */
static int oserror_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (exc_tp_init(ts, self, argc, argv, kwnames) < 0)
        return -1;
    bool two = argc >= 2 && argc <= 5;
    set_field(ts, self, "errno", two ? argv[0] : VAL_NONE);
    set_field(ts, self, "strerror", two ? argv[1] : VAL_NONE);
    set_field(ts, self, "filename", two && argc >= 3 ? argv[2] : VAL_NONE);
    return 0;
}

static Value oserror_str(ThreadState *ts, Value self)
{
    Value en = get_field(self, "errno"), se = get_field(self, "strerror");
    if (en != VAL_NONE && se != VAL_NONE) {
        StrBuf sb;
        sb_init(&sb);
        sb_puts(&sb, "[Errno ");
        if (sb_append_strof(ts, &sb, en) < 0)
            goto fail;
        sb_puts(&sb, "] ");
        if (sb_append_strof(ts, &sb, se) < 0)
            goto fail;
        Value fn = get_field(self, "filename");
        if (fn != VAL_NONE) {
            sb_puts(&sb, ": ");
            if (sb_append_repr(ts, &sb, fn) < 0)
                goto fail;
        }
        return sb_finish(ts, &sb);
    fail:
        sb_free(&sb);
        return VAL_NULL;
    }
    return exc_tp_str(ts, self);
}

/* ---- the static types ---- */

#define exc_object type_object   /* BaseException's base, through EXC_TYPES */

#define EXC_COMMON(n, b) \
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL}, \
    .name = #n, .base = &exc_##b, .layout = K_EXCEPTION, .tflags = TF_BASETYPE, \
    .instance_size = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict), \
    .trace = exc_trace

/* Types with slots of their own first, then the plain ones. */
Type exc_BaseException = {
    EXC_COMMON(BaseException, object),
    .methods = base_methods, .getsets = base_getsets,
    .tp_new = exc_tp_new, .tp_init = exc_tp_init, .tp_str = exc_tp_str, .tp_repr = exc_tp_repr,
};
Type exc_KeyError = {EXC_COMMON(KeyError, LookupError), .tp_str = keyerror_str};
Type exc_StopIteration = {EXC_COMMON(StopIteration, Exception), .getsets = stop_getsets};
Type exc_SystemExit = {EXC_COMMON(SystemExit, BaseException), .getsets = exit_getsets};
Type exc_SyntaxError = {EXC_COMMON(SyntaxError, Exception), .tp_init = syntax_init, .tp_str = syntax_str};
Type exc_OSError = {EXC_COMMON(OSError, Exception), .tp_init = oserror_init, .tp_str = oserror_str};

#define EXC_DEFINE(n, b) Type exc_##n = {EXC_COMMON(n, b)};

EXC_DEFINE(KeyboardInterrupt, BaseException)
EXC_DEFINE(GeneratorExit, BaseException)
EXC_DEFINE(Exception, BaseException)
EXC_DEFINE(ArithmeticError, Exception)
EXC_DEFINE(ZeroDivisionError, ArithmeticError)
EXC_DEFINE(OverflowError, ArithmeticError)
EXC_DEFINE(FloatingPointError, ArithmeticError)
EXC_DEFINE(AssertionError, Exception)
EXC_DEFINE(AttributeError, Exception)
EXC_DEFINE(LookupError, Exception)
EXC_DEFINE(IndexError, LookupError)
EXC_DEFINE(NameError, Exception)
EXC_DEFINE(UnboundLocalError, NameError)
EXC_DEFINE(TypeError, Exception)
EXC_DEFINE(ValueError, Exception)
EXC_DEFINE(UnicodeError, ValueError)
EXC_DEFINE(UnicodeDecodeError, UnicodeError)
EXC_DEFINE(UnicodeEncodeError, UnicodeError)
EXC_DEFINE(RuntimeError, Exception)
EXC_DEFINE(RecursionError, RuntimeError)
EXC_DEFINE(NotImplementedError, RuntimeError)
EXC_DEFINE(MemoryError, Exception)
EXC_DEFINE(ImportError, Exception)
EXC_DEFINE(ModuleNotFoundError, ImportError)
EXC_DEFINE(TimeoutError, OSError)
EXC_DEFINE(EOFError, Exception)
EXC_DEFINE(IndentationError, SyntaxError)
EXC_DEFINE(TabError, IndentationError)
EXC_DEFINE(BufferError, Exception)
EXC_DEFINE(Warning, Exception)
EXC_DEFINE(UserWarning, Warning)
EXC_DEFINE(DeprecationWarning, Warning)
EXC_DEFINE(RuntimeWarning, Warning)
EXC_DEFINE(PendingDeprecationWarning, Warning)
EXC_DEFINE(SyntaxWarning, Warning)
EXC_DEFINE(FutureWarning, Warning)
EXC_DEFINE(ImportWarning, Warning)
EXC_DEFINE(UnicodeWarning, Warning)
EXC_DEFINE(BytesWarning, Warning)
EXC_DEFINE(ResourceWarning, Warning)
EXC_DEFINE(EncodingWarning, Warning)
EXC_DEFINE(FileNotFoundError, OSError)

/* Every exception type, bases before subclasses (EXC_TYPES' order). */
static Type *const all_exc_types[] = {
#define EXC_ADDR(n, b) &exc_##n,
    EXC_TYPES(EXC_ADDR)
#undef EXC_ADDR
};

void exc_types_ready(void)
{
    for (size_t i = 0; i < sizeof all_exc_types / sizeof all_exc_types[0]; i++)
        type_ready(all_exc_types[i]);
}

Type *exc_type_by_index(int i)
{
    if (i < 0 || (size_t)i >= sizeof all_exc_types / sizeof all_exc_types[0])
        return NULL;
    return all_exc_types[i];
}
