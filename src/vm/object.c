/* object.c — the static singletons (None, True, False, NotImplemented,
 * Ellipsis) and the root type `object`, whose slots are the defaults every
 * other type inherits: identity equality, address hash, the default repr and
 * the generic attribute protocol (abstract.c). */
#include <stdio.h>

#include "vm/object.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/class.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"

#define STATIC_HDR(t, k) {.type = (t), .kind = (k), .gc_flags = OF_IMMORTAL}

Obj obj_none = STATIC_HDR(&type_none, K_NONE);
Obj obj_notimpl = STATIC_HDR(&type_notimpl, K_NOTIMPL);
Obj obj_ellipsis = STATIC_HDR(&type_ellipsis, K_ELLIPSIS);
BoolObj obj_true = {STATIC_HDR(&type_bool, K_BOOL), 1};
BoolObj obj_false = {STATIC_HDR(&type_bool, K_BOOL), 0};

/* ---- object ---- */

/* CPython's _Py_HashPointer: the address rotated by 4 bits (allocation
 * alignment makes the low bits constant). */
int64_t object_hash_addr(Value v)
{
    uint64_t y = (uint64_t)v;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

/* Identity hash. CPython hashes by address, which makes the iteration order
 * of a set of objects (futures in wait(), say) vary from run to run; gilsim
 * promises byte-identical runs, so an object gets a serial number the first
 * time it is hashed (kept in its header's aux word), spread like addresses. */
int64_t object_hash_identity(ThreadState *ts, Value v)
{
    Obj *o = OBJ(v);
    if (!val_is_obj(v) || (o->gc_flags & OF_IMMORTAL)) return object_hash_addr(v);
    if (!o->aux) {
        uint32_t n = ++ts->interp->hash_serial;
        if (!n) n = ++ts->interp->hash_serial;
        o->aux = n;
    }
    uint64_t h = (uint64_t)o->aux * UINT64_C(0x9E3779B97F4A7C15);
    h = (h >> 4) & (((uint64_t)1 << 60) - 1);   /* positive, like a pointer hash */
    return (int64_t)h;
}

static int64_t object_hash(ThreadState *ts, Value self) { return object_hash_identity(ts, self); }

static bool excess_args(int argc) { return argc > 0; }

static int object_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames);

/* CPython 3.11's message: the sorted names of __abstractmethods__. */
static Value abstract_instance_error(ThreadState *ts, Type *t)
{
    Value am = type_lookup(t, interp_intern_cstr(ts, "__abstractmethods__"));
    Value names = am ? seq_to_list(ts, am) : VAL_NULL;
    if (!names || list_sort(ts, names, VAL_NULL, false) < 0)
        return VAL_NULL;
    gc_push_root(ts, names);
    Value sep = str_from_cstr(ts, ", ");
    Value joined = sep ? str_join(ts, sep, names) : VAL_NULL;
    int64_t n = LIST(names)->length;
    gc_pop_roots(ts, 1);
    if (!joined)
        return VAL_NULL;
    return err_format(ts, &exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                      t->name, n > 1 ? "s" : "", str_cstr(joined));
}

Value object_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (excess_args(argc)) {
        if (t->tp_new != object_new)
            return err_format(ts, &exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->tp_init == object_init)
            return err_format(ts, &exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (t->tflags & TF_ABSTRACT)
        return err_format(ts, &exc_TypeError, "cannot create '%s' instances", t->name);
    if (t->tflags & TF_HAS_ABSTRACTS)
        return abstract_instance_error(ts, t);
    return instance_new(ts, t);
}

static int object_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (excess_args(argc)) {
        Type *t = val_type(self);
        if (t->tp_init != object_init) {
            err_format(ts, &exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            err_format(ts, &exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
            return -1;
        }
    }
    return 0;
}

/* == by identity; != inverts __eq__ (so defining __eq__ alone is enough). */
static Value object_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (op == CMP_EQ)
        return a == b ? VAL_TRUE : VAL_NOTIMPL;
    if (op == CMP_NE) {
        Type *t = val_type(a);
        if (t->tp_richcompare == NULL || t->tp_richcompare == object_richcompare)
            return a == b ? VAL_FALSE : VAL_NOTIMPL;
        Value r = t->tp_richcompare(ts, a, b, CMP_EQ);
        if (r == VAL_NULL || r == VAL_NOTIMPL)
            return r;
        int truth = obj_truthy(ts, r);
        if (truth < 0)
            return VAL_NULL;
        return val_bool(!truth);
    }
    return VAL_NOTIMPL;
}

static Value object_format(ThreadState *ts, Value self, Value spec)
{
    if (IS_STR(spec) && STR(spec)->length > 0)
        return err_format(ts, &exc_TypeError, "unsupported format string passed to %s.__format__",
                          val_type_name(self));
    return obj_str(ts, self);
}

static void instance_trace(GC *gc, Obj *o)
{
    if (o->type->tflags & TF_HEAP)
        gc_mark_obj(gc, (Obj *)o->type);
    Value d = ((InstanceObj *)o)->dict;
    if (val_is_obj(d))
        gc_mark(gc, d);
}

/* The methods of object, for super().__init__(...) and friends. */
static Value m_init(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Type *t = val_type(argv[0]);
    /* object.__init__ called explicitly checks as if it were the type's init */
    if (argc > 1) {
        if (t->tp_init != object_init)
            return err_format(ts, &exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        return err_format(ts, &exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return VAL_NONE;
}

static Value m_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (argc < 1)
        return err_format(ts, &exc_TypeError, "object.__new__(): not enough arguments");
    if (!IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "object.__new__(X): X is not a type object (%s)", val_type_name(argv[0]));
    Type *t = (Type *)argv[0];
    if (t->layout != K_INSTANCE)
        return err_format(ts, &exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, t->name);
    return object_new(ts, t, argc - 1, argv + 1, kwnames);
}

static Value m_repr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__repr__", argc, kwnames, 1, 1))
        return VAL_NULL;
    return object_default_repr(ts, argv[0]);
}

static Value m_str(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__str__", argc, kwnames, 1, 1))
        return VAL_NULL;
    return obj_repr(ts, argv[0]);
}

static Value m_hash(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__hash__", argc, kwnames, 1, 1))
        return VAL_NULL;
    return int_from_i64(ts, object_hash_identity(ts, argv[0]));
}

#define CMP_METHOD(fname, op) \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames) \
    { \
        if (!args_check(ts, #fname, argc, kwnames, 2, 2)) \
            return VAL_NULL; \
        return object_richcompare(ts, argv[0], argv[1], op); \
    }
CMP_METHOD(m_eq, CMP_EQ)
CMP_METHOD(m_ne, CMP_NE)
CMP_METHOD(m_lt, CMP_LT)
CMP_METHOD(m_le, CMP_LE)
CMP_METHOD(m_gt, CMP_GT)
CMP_METHOD(m_ge, CMP_GE)

static Value m_format(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__format__", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "__format__() argument must be str, not %s", val_type_name(argv[1]));
    return object_format(ts, argv[0], argv[1]);
}

static Value m_getattribute(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__getattribute__", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "attribute name must be string, not '%s'", val_type_name(argv[1]));
    return generic_getattr(ts, argv[0], argv[1]);
}

static Value m_setattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__setattr__", argc, kwnames, 3, 3))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "attribute name must be string, not '%s'", val_type_name(argv[1]));
    if (generic_setattr(ts, argv[0], argv[1], argv[2]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_delattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__delattr__", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "attribute name must be string, not '%s'", val_type_name(argv[1]));
    if (generic_setattr(ts, argv[0], argv[1], VAL_NULL) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_init_subclass(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (argc > 1 && argv[0] && IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "%s.__init_subclass__() takes no %s", ((Type *)argv[0])->name,
                          kwnames ? "keyword arguments" : "arguments");
    if (argc > 1)
        return err_format(ts, &exc_TypeError, "__init_subclass__() takes no arguments");
    return VAL_NONE;
}

static const MethodDef object_methods[] = {
    {"__init__", m_init, METH_DEFAULT},
    {"__new__", m_new, METH_STATIC},
    {"__repr__", m_repr, METH_DEFAULT},
    {"__str__", m_str, METH_DEFAULT},
    {"__hash__", m_hash, METH_DEFAULT},
    {"__eq__", m_eq, METH_DEFAULT},
    {"__ne__", m_ne, METH_DEFAULT},
    {"__lt__", m_lt, METH_DEFAULT},
    {"__le__", m_le, METH_DEFAULT},
    {"__gt__", m_gt, METH_DEFAULT},
    {"__ge__", m_ge, METH_DEFAULT},
    {"__format__", m_format, METH_DEFAULT},
    {"__getattribute__", m_getattribute, METH_DEFAULT},
    {"__setattr__", m_setattr, METH_DEFAULT},
    {"__delattr__", m_delattr, METH_DEFAULT},
    {"__init_subclass__", m_init_subclass, METH_CLASS},
    {NULL, NULL, 0},
};

static Value g_class(ThreadState *ts, Value self) { return VAL(val_type(self)); }

/* The instance __dict__ (made on first use). */
static Value g_dict(ThreadState *ts, Value self)
{
    Type *t = val_type(self);
    if (!val_is_obj(self) || t->dict_offset == 0)
        return err_format(ts, &exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
    Value *slot = (Value *)((char *)OBJ(self) + t->dict_offset);
    if (*slot == VAL_NULL)
        *slot = dict_new(ts);
    return *slot;
}

static int s_dict(ThreadState *ts, Value self, Value v)
{
    Type *t = val_type(self);
    if (!val_is_obj(self) || t->dict_offset == 0) {
        err_format(ts, &exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
        return -1;
    }
    if (v == VAL_NULL) {
        err_format(ts, &exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_format(ts, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", val_type_name(v));
        return -1;
    }
    *(Value *)((char *)OBJ(self) + t->dict_offset) = v;
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", g_class, NULL},
    {"__dict__", g_dict, s_dict},
    {NULL, NULL, NULL},
};

Type type_object = {
    .h = STATIC_HDR(&type_type, K_TYPE),
    .name = "object",
    .layout = K_INSTANCE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(InstanceObj),
    .methods = object_methods,
    .getsets = object_getsets,
    .tp_new = object_new,
    .tp_init = object_init,
    .tp_repr = object_default_repr,
    .tp_hash = object_hash,
    .tp_richcompare = object_richcompare,
    .tp_getattr = generic_getattr,
    .tp_setattr = generic_setattr,
    .tp_format = object_format,
    .trace = instance_trace,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Value none_repr(ThreadState *ts, Value self) { return str_from_cstr(ts, "None"); }
static int none_bool(ThreadState *ts, Value self) { return 0; }
static Value none_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (argc)
        return err_format(ts, &exc_TypeError, "NoneType takes no arguments");
    return VAL_NONE;
}

Type type_none = {
    .h = STATIC_HDR(&type_type, K_TYPE),
    .name = "NoneType",
    .layout = K_NONE,
    .tp_new = none_new,
    .tp_repr = none_repr,
    .tp_bool = none_bool,
};

static Value notimpl_repr(ThreadState *ts, Value self) { return str_from_cstr(ts, "NotImplemented"); }
static Value notimpl_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (argc)
        return err_format(ts, &exc_TypeError, "NotImplementedType takes no arguments");
    return VAL_NOTIMPL;
}

Type type_notimpl = {
    .h = STATIC_HDR(&type_type, K_TYPE),
    .name = "NotImplementedType",
    .layout = K_NOTIMPL,
    .tp_new = notimpl_new,
    .tp_repr = notimpl_repr,
};

static Value ellipsis_repr(ThreadState *ts, Value self) { return str_from_cstr(ts, "Ellipsis"); }
static Value ellipsis_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (argc)
        return err_format(ts, &exc_TypeError, "ellipsis takes no arguments");
    return VAL_ELLIPSIS;
}

Type type_ellipsis = {
    .h = STATIC_HDR(&type_type, K_TYPE),
    .name = "ellipsis",
    .layout = K_ELLIPSIS,
    .tp_new = ellipsis_new,
    .tp_repr = ellipsis_repr,
};
