/* property.c — property, staticmethod and classmethod.
 *
 * A property is a data descriptor (layout K_PROPERTY, which class.c's
 * descr_is_data recognises): reading calls fget through tp_descr_get; setting
 * and deleting go through its __set__/__delete__ methods, as in CPython.
 * staticmethod and classmethod wrap a callable and bind it to nothing or to
 * the class. */
#include "config.h"

#include "vm/property.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/str.h"

typedef struct PropertyObj { Obj h; Value fget, fset, fdel, doc, name; } PropertyObj;
typedef struct WrapperObj { Obj h; Value func; } WrapperObj;

#define PROP(v) ((PropertyObj *)(v))
#define WRAP(v) ((WrapperObj *)(v))

static void property_trace(GC *gc, Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    gc_mark(gc, p->fget);
    gc_mark(gc, p->fset);
    gc_mark(gc, p->fdel);
    gc_mark(gc, p->doc);
    gc_mark(gc, p->name);
}

static Value none_to_null(Value v) { return v == VAL_NONE ? VAL_NULL : v; }

static Value property_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (!args_bind(ts, "property", argc, argv, kwnames, 4, names, 0, 4, 0, a)) return VAL_NULL;
    PropertyObj *p = gc_alloc(ts, t, sizeof(PropertyObj));
    p->fget = none_to_null(a[0]);
    p->fset = none_to_null(a[1]);
    p->fdel = none_to_null(a[2]);
    p->doc = a[3] ? a[3] : VAL_NONE;
    p->name = VAL_NULL;
    if (p->doc == VAL_NONE && p->fget) {
        /* property(fget): the getter's docstring, as CPython */
        gc_push_root(ts, VAL(p));
        Value d = obj_getattr_cstr(ts, p->fget, "__doc__");
        gc_pop_roots(ts, 1);
        if (!d) err_clear(ts);
        else p->doc = d;
    }
    return VAL(p);
}

/* CPython 3.11's messages name the property: "property 'x' of 'C' object
 * has no setter" (its __set_name__ name, else the getter's __name__). */
static Value property_error(ThreadState *ts, Value self, Value obj, const char *what)
{
    PropertyObj *p = PROP(self);
    Value name = p->name;
    if (!name && p->fget) {
        name = obj_getattr_cstr(ts, p->fget, "__name__");
        if (!name) err_clear(ts);
    }
    if (name && IS_STR(name))
        return err_format(ts, &exc_AttributeError, "property '%s' of '%s' object has no %s", str_cstr(name),
                          val_type_name(obj), what);
    return err_format(ts, &exc_AttributeError, "property of '%s' object has no %s", val_type_name(obj), what);
}

static Value property_set_name(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__set_name__", argc - 1, kwnames, 2, 2)) return VAL_NULL;
    PROP(argv[0])->name = argv[2];
    return VAL_NONE;
}

/* property.__init__ is folded into __new__; accept the call type() makes. */
static int property_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames) { return 0; }

static Value property_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (!obj) return descr;
    PropertyObj *p = PROP(descr);
    if (!p->fget) return property_error(ts, descr, obj, "getter");
    return vm_call1(ts, p->fget, obj);
}

static Value property_dunder_get(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__get__", argc - 1, kwnames, 1, 2)) return VAL_NULL;
    return property_get(ts, argv[0], argv[1] == VAL_NONE ? VAL_NULL : argv[1], argc > 2 ? argv[2] : VAL_NULL);
}

static Value property_dunder_set(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__set__", argc - 1, kwnames, 2, 2)) return VAL_NULL;
    PropertyObj *p = PROP(argv[0]);
    if (!p->fset) return property_error(ts, argv[0], argv[1], "setter");
    return vm_call2(ts, p->fset, argv[1], argv[2]) ? VAL_NONE : VAL_NULL;
}

static Value property_dunder_delete(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__delete__", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    PropertyObj *p = PROP(argv[0]);
    if (!p->fdel) return property_error(ts, argv[0], argv[1], "deleter");
    return vm_call1(ts, p->fdel, argv[1]) ? VAL_NONE : VAL_NULL;
}

/* getter/setter/deleter: a copy with one accessor replaced. */
static Value property_copy(ThreadState *ts, Value self, int which, Value f)
{
    PropertyObj *old = PROP(self);
    PropertyObj *p = gc_alloc(ts, val_type(self), sizeof(PropertyObj));
    p->fget = old->fget;
    p->fset = old->fset;
    p->fdel = old->fdel;
    p->doc = old->doc;
    p->name = old->name;
    Value v = none_to_null(f);
    if (which == 0) p->fget = v;
    else if (which == 1) p->fset = v;
    else p->fdel = v;
    return VAL(p);
}

static Value property_getter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "getter", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    return property_copy(ts, argv[0], 0, argv[1]);
}

static Value property_setter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "setter", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    return property_copy(ts, argv[0], 1, argv[1]);
}

static Value property_deleter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "deleter", argc - 1, kwnames, 1, 1)) return VAL_NULL;
    return property_copy(ts, argv[0], 2, argv[1]);
}

static Value property_fget(ThreadState *ts, Value self) { return PROP(self)->fget ? PROP(self)->fget : VAL_NONE; }
static Value property_fset(ThreadState *ts, Value self) { return PROP(self)->fset ? PROP(self)->fset : VAL_NONE; }
static Value property_fdel(ThreadState *ts, Value self) { return PROP(self)->fdel ? PROP(self)->fdel : VAL_NONE; }
static Value property_doc(ThreadState *ts, Value self) { return PROP(self)->doc; }
static Value property_isabstract(ThreadState *ts, Value self)
{
    Value fs[3] = {PROP(self)->fget, PROP(self)->fset, PROP(self)->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i]) continue;
        Value v = obj_getattr_cstr(ts, fs[i], "__isabstractmethod__");
        if (!v) {
            err_clear(ts);
            continue;
        }
        int t = obj_truthy(ts, v);
        if (t < 0) return VAL_NULL;
        if (t) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static const MethodDef property_methods[] = {
    {"__get__", property_dunder_get, 0},
    {"__set__", property_dunder_set, 0},
    {"__delete__", property_dunder_delete, 0},
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {NULL, NULL, 0},
};

static const GetSetDef property_getsets[] = {
    {"fget", property_fget, NULL},
    {"fset", property_fset, NULL},
    {"fdel", property_fdel, NULL},
    {"__doc__", property_doc, NULL},
    {"__isabstractmethod__", property_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type type_property = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "property",
    .layout = K_PROPERTY,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(PropertyObj),
    .methods = property_methods,
    .getsets = property_getsets,
    .tp_new = property_new,
    .tp_init = property_init,
    .tp_descr_get = property_get,
    .trace = property_trace,
};

/* ---- staticmethod, classmethod ---- */

static void wrapper_trace(GC *gc, Obj *o) { gc_mark(gc, ((WrapperObj *)o)->func); }

static Value wrapper_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, t->name, argc, kwnames, 1, 1)) return VAL_NULL;
    WrapperObj *w = gc_alloc(ts, t, sizeof(WrapperObj));
    w->func = argv[0];
    return VAL(w);
}

static int wrapper_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames) { return 0; }

Value classmethod_new(ThreadState *ts, Value func)
{
    WrapperObj *w = gc_alloc(ts, &type_classmethod, sizeof(WrapperObj));
    w->func = func;
    return VAL(w);
}

static Value staticmethod_get(ThreadState *ts, Value descr, Value obj, Value type) { return WRAP(descr)->func; }

static Value classmethod_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    Value cls = type ? type : VAL(val_type(obj));
    return bound_method_new(ts, WRAP(descr)->func, cls);
}

static Value wrapper_func(ThreadState *ts, Value self) { return WRAP(self)->func; }
/* staticmethod/classmethod look like what they wrap (CPython 3.10+). */
static Value wrapped_attr(ThreadState *ts, Value self, const char *name)
{
    Value v = obj_getattr_cstr(ts, WRAP(self)->func, name);
    if (!v && err_matches(ts, &exc_AttributeError)) {
        err_clear(ts);
        return err_format(ts, &exc_AttributeError, "'%s' object has no attribute '%s'", val_type_name(self), name);
    }
    return v;
}
static Value wrapper_name(ThreadState *ts, Value self) { return wrapped_attr(ts, self, "__name__"); }
static Value wrapper_qualname(ThreadState *ts, Value self) { return wrapped_attr(ts, self, "__qualname__"); }
static Value wrapper_doc(ThreadState *ts, Value self)
{
    Value v = obj_getattr_cstr(ts, WRAP(self)->func, "__doc__");
    if (!v && err_matches(ts, &exc_AttributeError)) {
        err_clear(ts);
        return VAL_NONE;
    }
    return v;
}
static Value wrapper_isabstract(ThreadState *ts, Value self)
{
    Value v = obj_getattr_cstr(ts, WRAP(self)->func, "__isabstractmethod__");
    if (!v) {
        err_clear(ts);
        return VAL_FALSE;
    }
    return v;
}

static Value wrapper_repr(ThreadState *ts, Value self)
{
    Value r = obj_repr(ts, WRAP(self)->func);
    return r ? str_printf(ts, "<%s(%s)>", val_type_name(self), str_cstr(r)) : VAL_NULL;
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func, NULL},
    {"__wrapped__", wrapper_func, NULL},
    {"__name__", wrapper_name, NULL},
    {"__qualname__", wrapper_qualname, NULL},
    {"__doc__", wrapper_doc, NULL},
    {"__isabstractmethod__", wrapper_isabstract, NULL},
    {NULL, NULL, NULL},
};

static Value staticmethod_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    return vm_call(ts, WRAP(self)->func, argc, argv, kwnames);
}

Type type_staticmethod = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "staticmethod",
    .layout = K_OPAQUE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(WrapperObj),
    .getsets = wrapper_getsets,
    .tp_new = wrapper_new,
    .tp_init = wrapper_init,
    .tp_call = staticmethod_call,
    .tp_descr_get = staticmethod_get,
    .tp_repr = wrapper_repr,
    .trace = wrapper_trace,
};

Type type_classmethod = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "classmethod",
    .layout = K_OPAQUE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(WrapperObj),
    .getsets = wrapper_getsets,
    .tp_new = wrapper_new,
    .tp_init = wrapper_init,
    .tp_descr_get = classmethod_get,
    .tp_repr = wrapper_repr,
    .trace = wrapper_trace,
};
