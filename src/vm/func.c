/* func.c — Python functions, native functions and methods, bound methods,
 * cells and super.
 *
 * Binding: functions and method descriptors are non-data descriptors; reading
 * one through an instance (tp_descr_get with obj set) makes a bound method.
 * The eval loop avoids that allocation for `o.m(...)` (LOAD_METHOD), so these
 * are made only when a method is taken as a value.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/func.h"
#include "vm/abstract.h"
#include "vm/class.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

#define MARK(v) do { if (val_is_obj(v)) gc_mark(gc, (v)); } while (0)

/* ---- functions ---- */

Value func_new(ThreadState *ts, Value code, Value globals)
{
    FunctionObj *f = gc_alloc(ts, &type_function, sizeof(FunctionObj));
    f->code = code;
    f->globals = globals;
    f->name = CODE(code)->name;
    f->qualname = CODE(code)->qualname;
    f->doc = CODE(code)->doc ? CODE(code)->doc : VAL_NONE;
    Value mod = globals ? dict_get_str(globals, ts->interp->names.__name__) : VAL_NULL;
    f->module = mod ? mod : VAL_NONE;
    f->dict = dict_new(ts);
    f->annotations = VAL_NULL;
    return VAL(f);
}

static void func_trace(GC *gc, Obj *self)
{
    FunctionObj *f = (FunctionObj *)self;
    MARK(f->code); MARK(f->globals); MARK(f->name); MARK(f->qualname); MARK(f->defaults);
    MARK(f->kwdefaults); MARK(f->closure); MARK(f->module); MARK(f->doc); MARK(f->dict);
    MARK(f->annotations);
}

static Value func_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<function %s at %p>", str_cstr(FUNC(self)->qualname), (void *)self);
}

static Value func_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (!obj || obj == VAL_NONE) {
        if (!obj) return descr;
    }
    return bound_method_new(ts, descr, obj);
}

static Value callable_tp_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    return vm_call(ts, self, argc, argv, kwnames);
}

static Value func_get_name(ThreadState *ts, Value self) { return FUNC(self)->name; }
static int func_set_name(ThreadState *ts, Value self, Value v)
{
    if (!v || !IS_STR(v)) {
        err_format(ts, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    FUNC(self)->name = v;
    return 0;
}
static Value func_get_qualname(ThreadState *ts, Value self) { return FUNC(self)->qualname; }
static int func_set_qualname(ThreadState *ts, Value self, Value v)
{
    if (!v || !IS_STR(v)) {
        err_format(ts, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    FUNC(self)->qualname = v;
    return 0;
}
static Value func_get_doc(ThreadState *ts, Value self) { return FUNC(self)->doc; }
static int func_set_doc(ThreadState *ts, Value self, Value v) { FUNC(self)->doc = v ? v : VAL_NONE; return 0; }
static Value func_get_module(ThreadState *ts, Value self) { return FUNC(self)->module; }
static int func_set_module(ThreadState *ts, Value self, Value v) { FUNC(self)->module = v ? v : VAL_NONE; return 0; }
static Value func_get_defaults(ThreadState *ts, Value self)
{
    return FUNC(self)->defaults ? FUNC(self)->defaults : VAL_NONE;
}
static int func_set_defaults(ThreadState *ts, Value self, Value v)
{
    if (!v || v == VAL_NONE) { FUNC(self)->defaults = VAL_NULL; return 0; }
    if (!IS_TUPLE(v)) {
        err_format(ts, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FUNC(self)->defaults = TUPLE(v)->length ? v : VAL_NULL;
    return 0;
}
static Value func_get_kwdefaults(ThreadState *ts, Value self)
{
    return FUNC(self)->kwdefaults ? FUNC(self)->kwdefaults : VAL_NONE;
}
static int func_set_kwdefaults(ThreadState *ts, Value self, Value v)
{
    if (!v || v == VAL_NONE) { FUNC(self)->kwdefaults = VAL_NULL; return 0; }
    if (!IS_DICT(v)) {
        err_format(ts, &exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FUNC(self)->kwdefaults = v;
    return 0;
}
static Value func_get_code(ThreadState *ts, Value self) { return FUNC(self)->code; }
static Value func_get_globals(ThreadState *ts, Value self) { return FUNC(self)->globals; }
static Value func_get_closure(ThreadState *ts, Value self)
{
    return FUNC(self)->closure ? FUNC(self)->closure : VAL_NONE;
}
static Value func_get_annotations(ThreadState *ts, Value self)
{
    if (!FUNC(self)->annotations) FUNC(self)->annotations = dict_new(ts);
    return FUNC(self)->annotations;
}
static int func_set_annotations(ThreadState *ts, Value self, Value v)
{
    if (v && v != VAL_NONE && !IS_DICT(v)) {
        err_format(ts, &exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FUNC(self)->annotations = v == VAL_NONE ? VAL_NULL : v;
    return 0;
}
static Value func_get_dict(ThreadState *ts, Value self)
{
    if (!FUNC(self)->dict) FUNC(self)->dict = dict_new(ts);
    return FUNC(self)->dict;
}

static const GetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__code__", func_get_code, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__closure__", func_get_closure, NULL},
    {"__dict__", func_get_dict, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {NULL, NULL, NULL},
};

Type type_function = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "function",
    .base = &type_object,
    .layout = K_FUNCTION,
    .instance_size = sizeof(FunctionObj),
    .dict_offset = offsetof(FunctionObj, dict),
    .getsets = func_getsets,
    .tp_call = callable_tp_call,
    .tp_repr = func_repr,
    .tp_descr_get = func_descr_get,
    .trace = func_trace,
};

/* ---- bound methods ---- */

Value bound_method_new(ThreadState *ts, Value func, Value self)
{
    BoundMethodObj *m = gc_alloc(ts, &type_bound_method, sizeof(BoundMethodObj));
    m->func = func;
    m->self = self;
    return VAL(m);
}

static void bound_trace(GC *gc, Obj *self)
{
    BoundMethodObj *m = (BoundMethodObj *)self;
    MARK(m->func);
    MARK(m->self);
}

static Value bound_repr(ThreadState *ts, Value self)
{
    BoundMethodObj *m = BOUND(self);
    Value qn = VAL_NULL;
    if (val_is(m->func, K_FUNCTION)) qn = FUNC(m->func)->qualname;
    else {
        qn = obj_lookup_attr(ts, m->func, ts->interp->names.__qualname__);
        if (!qn && err_occurred(ts)) return VAL_NULL;
    }
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "<bound method ");
    if (qn && IS_STR(qn)) sb_append_str(&sb, qn);
    else sb_puts(&sb, "?");
    sb_puts(&sb, " of ");
    if (sb_append_repr(ts, &sb, m->self) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    sb_putc(&sb, '>');
    return sb_finish(ts, &sb);
}

static Value bound_getattr(ThreadState *ts, Value self, Value name)
{
    Value v = generic_getattr(ts, self, name);
    if (v || !err_matches(ts, &exc_AttributeError)) return v;
    err_clear(ts);
    v = obj_lookup_attr(ts, BOUND(self)->func, name);
    if (v || err_occurred(ts)) return v;
    return err_attribute(ts, self, name);
}

static Value bound_get_func(ThreadState *ts, Value self) { return BOUND(self)->func; }
static Value bound_get_self(ThreadState *ts, Value self) { return BOUND(self)->self; }

static const GetSetDef bound_getsets[] = {
    {"__func__", bound_get_func, NULL},
    {"__self__", bound_get_self, NULL},
    {NULL, NULL, NULL},
};

static Value bound_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(a, K_BOUND_METHOD) || !val_is(b, K_BOUND_METHOD))
        return VAL_NOTIMPL;
    int eq = BOUND(a)->self == BOUND(b)->self;
    if (eq) {
        eq = obj_eq(ts, BOUND(a)->func, BOUND(b)->func);
        if (eq < 0) return VAL_NULL;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t bound_hash(ThreadState *ts, Value self)
{
    int64_t h = obj_hash(ts, BOUND(self)->func);
    if (h == -1) return -1;
    h ^= object_hash_identity(ts, BOUND(self)->self);
    return h == -1 ? -2 : h;
}

/* types.MethodType(function, instance): binds any callable. */
static Value bound_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    (void)t;
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "method() takes no keyword arguments");
    if (argc != 2)
        return err_format(ts, &exc_TypeError, "method expected 2 arguments, got %d", argc);
    if (!obj_callable(argv[0]))
        return err_format(ts, &exc_TypeError, "first argument must be callable");
    if (argv[1] == VAL_NONE)
        return err_format(ts, &exc_TypeError, "instance must not be None");
    return bound_method_new(ts, argv[0], argv[1]);
}

Type type_bound_method = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "method",
    .base = &type_object,
    .layout = K_BOUND_METHOD,
    .instance_size = sizeof(BoundMethodObj),
    .getsets = bound_getsets,
    .tp_new = bound_tp_new,
    .tp_call = callable_tp_call,
    .tp_repr = bound_repr,
    .tp_getattr = bound_getattr,
    .tp_richcompare = bound_richcompare,
    .tp_hash = bound_hash,
    .trace = bound_trace,
};

/* ---- native functions and methods ----
 *
 * The receiver check. Every method of a built-in type is entered through its
 * descriptor, a NativeObj with `owner` set: called unbound with the receiver in
 * argv[0] (`dict.get(d, k)`, and `d.get(k)` through LOAD_METHOD), or bound
 * by __get__ (`d.get`). Both paths check that the receiver is an instance of
 * the owner or of a subclass, as CPython's method descriptors do, so no method
 * body ever sees a foreign self and none needs to check it. The check is a
 * walk up the receiver's type's base chain, whose first step (its exact
 * type) is the common case. */

Value native_new(ThreadState *ts, const MethodDef *def, Value self, Type *owner)
{
    NativeObj *n = gc_alloc(ts, &type_native, sizeof(NativeObj));
    n->def = def;
    n->self = self;
    n->owner = owner;
    return VAL(n);
}

static inline bool native_is_bound(const NativeObj *n)
{
    return n->self != VAL_NULL && !val_is(n->self, K_MODULE);
}

/* The dunders CPython implements as slot wrappers (wrapper_descriptor, from
 * its slotdefs table) unless the type defines them as plain methods
 * (METH_COEXIST); their error messages differ from a method's. */
static bool native_is_slot_wrapper(const MethodDef *def)
{
    static const char *const slot_names[] = {
        "__abs__", "__add__", "__aiter__", "__and__", "__anext__", "__await__", "__bool__",
        "__call__", "__contains__", "__del__", "__delattr__", "__delete__", "__delitem__",
        "__divmod__", "__eq__", "__float__", "__floordiv__", "__ge__", "__get__",
        "__getattribute__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__",
        "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__index__",
        "__init__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__",
        "__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__",
        "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__", "__next__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__repr__",
        "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__", "__rmul__", "__ror__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__set__", "__setattr__", "__setitem__", "__str__", "__sub__", "__truediv__",
        "__xor__",
    };
    if (def->flags & METH_COEXIST) return false;
    for (size_t i = 0; i < sizeof slot_names / sizeof slot_names[0]; i++)
        if (strcmp(def->name, slot_names[i]) == 0) return true;
    return false;
}

/* A class method's receiver is a class: the owner or a subclass of it. */
static bool class_receiver_ok(ThreadState *ts, const NativeObj *n, Value cls)
{
    if (!IS_TYPE(cls)) {
        err_format(ts, &exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                   n->def->name, n->owner->name, val_type_name(cls));
        return false;
    }
    if (!type_is_subtype((Type *)cls, n->owner)) {
        err_format(ts, &exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                   n->def->name, n->owner->name, ((Type *)cls)->name);
        return false;
    }
    return true;
}

/* The common case of an unbound method's receiver check: no keywords, and
 * argv[0] an instance of the owner (its exact type first). A class method's
 * receiver is a class, checked by receiver_slow. */
static inline bool receiver_fast(const NativeObj *n, int argc, Value *argv, Value kwnames)
{
    if (argc < 1 || kwnames || (n->def->flags & METH_CLASS)) return false;
    for (Type *t = val_type(argv[0]); t; t = t->base)
        if (t == n->owner) return true;
    return false;
}

/* The rest of the check: keywords, a class method, a static method (no
 * receiver), else a missing or foreign receiver: CPython's TypeError. */
static bool receiver_slow(ThreadState *ts, const NativeObj *n, int argc, Value *argv, Value kwnames)
{
    const MethodDef *def = n->def;
    if (def->flags & METH_STATIC) return true;
    int npos = kwnames ? argc - (int)TUPLE(kwnames)->length : argc;
    if ((def->flags & METH_CLASS) && npos >= 1) return class_receiver_ok(ts, n, argv[0]);
    if (npos >= 1 && type_is_subtype(val_type(argv[0]), n->owner)) return true;
    bool wrapper = native_is_slot_wrapper(def);
    if (npos < 1 && ((def->flags & METH_CLASS) || wrapper)) {
        err_format(ts, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument", def->name,
                   n->owner->name);
    } else if (npos < 1) {
        char fn[160];
        func_describe(ts, VAL(n), fn, sizeof fn);
        err_format(ts, &exc_TypeError, "unbound method %s needs an argument", fn);
    } else if (wrapper) {
        err_format(ts, &exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                   def->name, n->owner->name, val_type_name(argv[0]));
    } else {
        descr_check(ts, def->name, n->owner, argv[0]);
    }
    return false;
}

Value native_call(ThreadState *ts, Value fn, int argc, Value *argv, Value kwnames)
{
    NativeObj *n = (NativeObj *)fn;
    if (!native_is_bound(n)) {
        /* a method descriptor: argv[0] is its receiver */
        if (n->owner && !receiver_fast(n, argc, argv, kwnames) && !receiver_slow(ts, n, argc, argv, kwnames))
            return VAL_NULL;
        return n->def->fn(ts, argc, argv, kwnames);
    }
    Value small[9];
    Value *buf = argc + 1 <= 9 ? small : xmalloc(sizeof(Value) * (size_t)(argc + 1));
    buf[0] = n->self;
    if (argc)   /* argv may be NULL then (vm_call0) */
        memcpy(buf + 1, argv, sizeof(Value) * (size_t)argc);
    /* buf is not a GC root, but everything in it is reachable from argv and fn. */
    Value r = n->def->fn(ts, argc + 1, buf, kwnames);
    if (buf != small) free(buf);
    return r;
}

static void native_trace(GC *gc, Obj *self)
{
    NativeObj *n = (NativeObj *)self;
    MARK(n->self);
    if (n->owner && (n->owner->tflags & TF_HEAP)) gc_mark_obj(gc, &n->owner->h);
}

static Value native_repr(ThreadState *ts, Value self)
{
    NativeObj *n = (NativeObj *)self;
    if (!n->self && n->owner)
        return str_printf(ts, "<%s '%s' of '%s' objects>", native_is_slot_wrapper(n->def) ? "slot wrapper" : "method",
                          n->def->name, n->owner->name);
    if (!native_is_bound(n)) return str_printf(ts, "<built-in function %s>", n->def->name);
    return str_printf(ts, "<built-in method %s of %s object at %p>", n->def->name,
                      IS_TYPE(n->self) ? "type" : val_type_name(n->self), (void *)n->self);
}

/* Binding checks the receiver as a call does (CPython's descr_check and
 * classmethod_get), so a bound method never holds a foreign self. */
static Value native_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    NativeObj *n = (NativeObj *)descr;
    /* A built-in function (no owning type: len, time.gmtime) is not a
     * descriptor in CPython: stored in a class, it does not bind. */
    if (n->self || !n->owner || (n->def->flags & METH_STATIC)) return descr;
    if (n->def->flags & METH_CLASS) {
        Value cls = type ? type : obj ? VAL(val_type(obj)) : VAL_NULL;
        if (!cls)
            return err_format(ts, &exc_TypeError, "descriptor '%s' for type '%s' needs either an object or a type",
                              n->def->name, n->owner ? n->owner->name : "?");
        if (n->owner && !class_receiver_ok(ts, n, cls)) return VAL_NULL;
        return native_new(ts, n->def, cls, n->owner);
    }
    if (!obj) return descr;
    if (n->owner && !descr_check(ts, n->def->name, n->owner, obj)) return VAL_NULL;
    return native_new(ts, n->def, obj, n->owner);
}

static Value native_get_name(ThreadState *ts, Value self)
{
    return str_from_cstr(ts, ((NativeObj *)self)->def->name);
}
/* A method's owner as its __qualname__ starts: "lock", not "_thread.lock". */
static const char *owner_qualname(const Type *owner)
{
    return owner->qualname ? str_cstr(owner->qualname) : owner->name;
}

static Value native_get_qualname(ThreadState *ts, Value self)
{
    NativeObj *n = (NativeObj *)self;
    if (n->owner) return str_printf(ts, "%s.%s", owner_qualname(n->owner), n->def->name);
    return str_from_cstr(ts, n->def->name);
}
static Value native_get_self(ThreadState *ts, Value self)
{
    NativeObj *n = (NativeObj *)self;
    return n->self ? n->self : VAL_NONE;
}
static Value native_get_module(ThreadState *ts, Value self)
{
    NativeObj *n = (NativeObj *)self;
    if (n->self && val_is(n->self, K_MODULE)) return ((ModuleObj *)n->self)->name;
    if (n->owner) return VAL_NONE;
    return str_from_cstr(ts, "builtins");
}
static Value native_get_doc(ThreadState *ts, Value self) { return VAL_NONE; }
static Value native_get_objclass(ThreadState *ts, Value self) { return VAL(((NativeObj *)self)->owner); }

static const GetSetDef native_getsets[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__self__", native_get_self, NULL},
    {"__module__", native_get_module, NULL},
    {"__doc__", native_get_doc, NULL},
    {"__objclass__", native_get_objclass, NULL},
    {NULL, NULL, NULL},
};

/* One type stands for CPython's builtin_function_or_method and its method
 * descriptors: a function or a bound method has no __get__ or __objclass__. */
static Value native_getattr(ThreadState *ts, Value self, Value name)
{
    NativeObj *n = (NativeObj *)self;
    if ((!n->owner || n->self) && (str_eq_cstr(name, "__get__") || str_eq_cstr(name, "__objclass__")))
        return err_attribute(ts, self, name);
    return generic_getattr(ts, self, name);
}

static Value native_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(a, K_NATIVE) || !val_is(b, K_NATIVE))
        return VAL_NOTIMPL;
    NativeObj *x = (NativeObj *)a, *y = (NativeObj *)b;
    int eq = x->def == y->def && x->self == y->self;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t native_hash(ThreadState *ts, Value self)
{
    NativeObj *n = (NativeObj *)self;
    /* not addresses: runs must be reproducible (object.c) */
    uint64_t name = 1469598103934665603u;
    for (const char *p = n->def->name; *p; p++) name = (name ^ (unsigned char)*p) * 1099511628211u;
    int64_t h = (int64_t)((name >> 4) ^ (n->self ? (uint64_t)object_hash_identity(ts, n->self) : 0));
    return h == -1 ? -2 : h;
}

Type type_native = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "builtin_function_or_method",
    .base = &type_object,
    .layout = K_NATIVE,
    .instance_size = sizeof(NativeObj),
    .getsets = native_getsets,
    .tp_call = callable_tp_call,
    .tp_repr = native_repr,
    .tp_getattr = native_getattr,
    .tp_descr_get = native_descr_get,
    .tp_richcompare = native_richcompare,
    .tp_hash = native_hash,
    .trace = native_trace,
};

void func_describe(ThreadState *ts, Value callable, char *buf, size_t size)
{
    if (val_is(callable, K_BOUND_METHOD)) callable = BOUND(callable)->func;
    if (val_is(callable, K_FUNCTION)) {
        FunctionObj *f = FUNC(callable);
        if (IS_STR(f->module) && !str_eq_cstr(f->module, "builtins"))
            snprintf(buf, size, "%s.%s()", str_cstr(f->module), str_cstr(f->qualname));
        else
            snprintf(buf, size, "%s()", str_cstr(f->qualname));
        return;
    }
    if (val_is(callable, K_NATIVE)) {
        NativeObj *n = (NativeObj *)callable;
        if (n->owner) snprintf(buf, size, "%s.%s()", owner_qualname(n->owner), n->def->name);
        else if (n->self && val_is(n->self, K_MODULE) && IS_STR(((ModuleObj *)n->self)->name) &&
                 !str_eq_cstr(((ModuleObj *)n->self)->name, "builtins"))
            snprintf(buf, size, "%s.%s()", str_cstr(((ModuleObj *)n->self)->name), n->def->name);
        else snprintf(buf, size, "%s()", n->def->name);
        return;
    }
    if (IS_TYPE(callable)) {
        Type *t = (Type *)callable;
        if (t->module && IS_STR(t->module) && !str_eq_cstr(t->module, "builtins"))
            snprintf(buf, size, "%s.%s()", str_cstr(t->module),
                     t->qualname && IS_STR(t->qualname) ? str_cstr(t->qualname) : t->name);
        else snprintf(buf, size, "%s()", t->name);
        return;
    }
    snprintf(buf, size, "%s object", val_type_name(callable));
}

/* ---- cells ---- */

Value cell_new(ThreadState *ts, Value v)
{
    CellObj *c = gc_alloc(ts, &type_cell, sizeof(CellObj));
    c->value = v;
    return VAL(c);
}

static void cell_trace(GC *gc, Obj *self) { MARK(((CellObj *)self)->value); }

static Value cell_repr(ThreadState *ts, Value self)
{
    Value v = CELL(self)->value;
    if (!v) return str_printf(ts, "<cell at %p: empty>", (void *)self);
    return str_printf(ts, "<cell at %p: %s object at %p>", (void *)self, val_type_name(v), (void *)v);
}

static Value cell_get_contents(ThreadState *ts, Value self)
{
    if (!CELL(self)->value) return err_format(ts, &exc_ValueError, "Cell is empty");
    return CELL(self)->value;
}
static int cell_set_contents(ThreadState *ts, Value self, Value v) { CELL(self)->value = v; return 0; }

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

Type type_cell = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "cell",
    .base = &type_object,
    .layout = K_CELL,
    .instance_size = sizeof(CellObj),
    .getsets = cell_getsets,
    .tp_repr = cell_repr,
    .trace = cell_trace,
};

/* ---- super ---- */

#define SUPER(v) ((SuperObj *)(v))

static void super_trace(GC *gc, Obj *self)
{
    SuperObj *s = (SuperObj *)self;
    if (s->type && (s->type->tflags & TF_HEAP)) gc_mark_obj(gc, &s->type->h);
    if (s->obj_type && (s->obj_type->tflags & TF_HEAP)) gc_mark_obj(gc, &s->obj_type->h);
    MARK(s->obj);
}

/* super() with no arguments: the class from the caller's __class__ cell and
 * the object from its first argument, as CPython's super_init_without_args. */
static int super_from_frame(ThreadState *ts, Type **type, Value *obj)
{
    Frame *f = ts->frame;
    if (!f || !f->code) {
        err_format(ts, &exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0) {
        err_format(ts, &exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->localsplus[0];
    if (co->cell2arg) {
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0) {
                Value cell = f->localsplus[co->nlocals + i];
                first = cell ? CELL(cell)->value : VAL_NULL;
                break;
            }
    }
    if (!first) {
        err_format(ts, &exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfree; i++) {
        if (str_eq_cstr(TUPLE(co->freevars)->items[i], "__class__")) {
            Value cell = f->localsplus[co->nlocals + co->ncells + i];
            Value cls = cell ? CELL(cell)->value : VAL_NULL;
            if (!cls) {
                err_format(ts, &exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!IS_TYPE(cls)) {
                err_format(ts, &exc_RuntimeError, "super(): __class__ is not a type (%s)", val_type_name(cls));
                return -1;
            }
            *type = (Type *)cls;
            *obj = first;
            return 0;
        }
    }
    err_format(ts, &exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Value super_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "super() takes no keyword arguments");
    Type *type;
    Value obj = VAL_NULL;
    if (argc == 0) {
        if (super_from_frame(ts, &type, &obj) < 0) return VAL_NULL;
    } else if (argc <= 2) {
        if (!IS_TYPE(argv[0]))
            return err_format(ts, &exc_TypeError, "super() argument 1 must be a type, not %s",
                              val_type_name(argv[0]));
        type = (Type *)argv[0];
        if (argc == 2 && argv[1] != VAL_NONE) obj = argv[1];
    } else {
        return err_format(ts, &exc_TypeError, "super() takes at most 2 arguments (%d given)", argc);
    }
    Type *obj_type = NULL;
    if (obj) {
        if (IS_TYPE(obj) && type_is_subtype((Type *)obj, type)) obj_type = (Type *)obj;
        else if (type_is_subtype(val_type(obj), type)) obj_type = val_type(obj);
        else
            return err_format(ts, &exc_TypeError,
                              "super(type, obj): obj must be an instance or subtype of type");
    }
    SuperObj *s = gc_alloc(ts, &type_super, sizeof(SuperObj));
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return VAL(s);
}

static int super_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames) { return 0; }

static Value super_getattr(ThreadState *ts, Value self, Value name)
{
    SuperObj *s = SUPER(self);
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        /* the classes after s->type in the MRO of the object's type */
        Value mro = class_mro(ts, s->obj_type);
        if (!mro) return VAL_NULL;
        gc_push_root(ts, mro);
        const TupleObj *m = TUPLE(mro);
        int64_t i = 0;
        while (i < m->length && m->items[i] != VAL(s->type)) i++;
        for (i++; i < m->length; i++) {
            Type *t = (Type *)m->items[i];
            if (!t->dict) continue;
            Value v = dict_get_str(t->dict, name);
            if (!v) continue;
            gc_pop_roots(ts, 1);
            Type *vt = val_type(v);
            if (vt->tp_descr_get) {
                Value inst = s->obj == VAL(s->obj_type) ? VAL_NULL : s->obj;
                return vt->tp_descr_get(ts, v, inst, VAL(s->obj_type));
            }
            return v;
        }
        gc_pop_roots(ts, 1);
    }
    return generic_getattr(ts, self, name);
}

static Value super_repr(ThreadState *ts, Value self)
{
    SuperObj *s = SUPER(self);
    Value tr = type_repr(ts, VAL(s->type));
    if (!tr) return VAL_NULL;
    if (s->obj_type)
        return str_printf(ts, "<super: %s, <%s object>>", str_cstr(tr), s->obj_type->name);
    return str_printf(ts, "<super: %s, NULL>", str_cstr(tr));
}

Type type_super = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "super",
    .base = &type_object,
    .layout = K_OPAQUE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(SuperObj),
    .tp_new = super_new,
    .tp_init = super_init,
    .tp_repr = super_repr,
    .tp_getattr = super_getattr,
    .trace = super_trace,
};

extern Type eval_range_iter_type, eval_seq_iter_type;   /* eval.c's iterators */
extern Type type_generator;                            /* gen.c */

void func_init_types(void)
{
    static bool done;
    if (done) return;
    done = true;
    type_ready(&type_super);
    type_ready(&eval_range_iter_type);
    type_ready(&eval_seq_iter_type);
    type_ready(&type_generator);
}
