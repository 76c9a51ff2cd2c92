/* class.c — `type`, type_ready for the static types, and user classes.
 *
 * A class statement makes a heap Type (class_new) whose layout, instance size
 * and __dict__ offset come from its single base. Its behaviour is the slot
 * table: every slot starts as the base's, and for each dunder the class's own
 * dict defines we install a "slot wrapper" that looks the dunder up on the
 * instance's type (type_lookup, so later reassignment is seen) and calls it.
 * The protocols in abstract.c then need no special case for user classes:
 * `a + b` calls type(a)->nb_binary[OP_ADD] whether that is int's C code or a
 * wrapper around a Python __add__/__radd__ pair.
 *
 * Built-in types are static: type_ready() builds their dicts from the
 * MethodDef/GetSetDef tables (immortal descriptors) and inherits the slots
 * they leave NULL, CPython's inherit_slots in miniature.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/class.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/property.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- dunder names (immortal, made once by the first type_ready) ---- */

#define DUNDERS(X) \
    X(repr) X(str) X(hash) X(eq) X(ne) X(lt) X(le) X(gt) X(ge) X(bool) X(len) \
    X(getitem) X(setitem) X(delitem) X(contains) X(iter) X(next) X(call) X(get) X(set) \
    X(delete) X(format) X(getattr) X(getattribute) X(setattr) X(delattr) X(init) X(new) \
    X(neg) X(pos) X(invert) X(abs) X(index) X(int) X(float) X(module) X(qualname) X(doc) \
    X(class_getitem) X(name) X(dict) X(init_subclass) X(set_name) X(abstractmethods)

enum {
#define DUNDER_ENUM(n) D_##n,
    DUNDERS(DUNDER_ENUM)
#undef DUNDER_ENUM
    D__COUNT
};
static const char *const dunder_text[] = {
#define DUNDER_TEXT(n) "__" #n "__",
    DUNDERS(DUNDER_TEXT)
#undef DUNDER_TEXT
};
static Value dn[D__COUNT];

static const char *const binop_text[OP__BINARY_COUNT] = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
    "lshift", "rshift", "and", "or", "xor",
};
static Value dn_bin[OP__BINARY_COUNT], dn_rbin[OP__BINARY_COUNT], dn_ibin[OP__BINARY_COUNT];
static const int cmp_dunder[6] = {D_lt, D_le, D_eq, D_ne, D_gt, D_ge};
static const int unary_dunder[NB__UNARY_COUNT] = {D_neg, D_pos, D_invert, D_abs};

static void names_init(void)
{
    if (dn[0])
        return;
    for (int i = 0; i < D__COUNT; i++)
        dn[i] = str_new_immortal(dunder_text[i]);
    char buf[32];
    for (int i = 0; i < OP__BINARY_COUNT; i++) {
        snprintf(buf, sizeof buf, "__%s__", binop_text[i]);
        dn_bin[i] = str_new_immortal(buf);
        snprintf(buf, sizeof buf, "__r%s__", binop_text[i]);
        dn_rbin[i] = str_new_immortal(buf);
        snprintf(buf, sizeof buf, "__i%s__", binop_text[i]);
        dn_ibin[i] = str_new_immortal(buf);
    }
}

/* ---- calling a dunder found on a type ---- */

static Value call_found_kw(ThreadState *ts, Value func, Value self, int argc, Value *argv, Value kwnames)
{
    Value small[8];
    if (val_is_obj(func)) {
        Obj *o = OBJ(func);
        bool plain = o->kind == K_FUNCTION ||
                     (o->kind == K_NATIVE && o->type == &type_native && ((NativeObj *)o)->self == VAL_NULL &&
                      ((NativeObj *)o)->owner);
        if (plain) {
            Value *args = argc + 1 <= 8 ? small : xmalloc(sizeof(Value) * (size_t)(argc + 1));
            args[0] = self;
            if (argc)
                memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
            Value r = vm_call(ts, func, argc + 1, args, kwnames);
            if (args != small)
                free(args);
            return r;
        }
    }
    Type *ft = val_type(func);
    if (ft->tp_descr_get) {
        Value bound = ft->tp_descr_get(ts, func, self, VAL(val_type(self)));
        if (bound == VAL_NULL)
            return VAL_NULL;
        gc_push_root(ts, bound);
        Value r = vm_call(ts, bound, argc, argv, kwnames);
        gc_pop_roots(ts, 1);
        return r;
    }
    return vm_call(ts, func, argc, argv, kwnames);
}

Value call_method_found(ThreadState *ts, Value func, Value self, int argc, Value *argv)
{
    return call_found_kw(ts, func, self, argc, argv, VAL_NULL);
}

static Value lookup(Value self, int d) { return type_lookup(val_type(self), dn[d]); }

static Value call_dunder(ThreadState *ts, Value self, int d, int argc, Value *argv)
{
    Value f = lookup(self, d);
    if (f == VAL_NULL)
        return err_format(ts, &exc_AttributeError, "'%s' object has no attribute '%s'",
                          val_type_name(self), dunder_text[d]);
    return call_found_kw(ts, f, self, argc, argv, VAL_NULL);
}

/* ---- slot wrappers ---- */

static Value slot_repr(ThreadState *ts, Value self) { return call_dunder(ts, self, D_repr, 0, NULL); }
static Value slot_str(ThreadState *ts, Value self) { return call_dunder(ts, self, D_str, 0, NULL); }

static int64_t slot_hash(ThreadState *ts, Value self)
{
    Value f = lookup(self, D_hash);
    if (f == VAL_NONE || f == VAL_NULL) {
        err_format(ts, &exc_TypeError, "unhashable type: '%s'", val_type_name(self));
        return -1;
    }
    Value r = call_found_kw(ts, f, self, 0, NULL, VAL_NULL);
    if (r == VAL_NULL)
        return -1;
    if (!val_is_int(r)) {
        err_format(ts, &exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (!int_to_i64(r, &h))
        h = int_hash(r);
    return h == -1 ? -2 : h;
}

static Value slot_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    Value f = lookup(a, cmp_dunder[op]);
    if (f == VAL_NULL || f == VAL_NONE)
        return VAL_NOTIMPL;
    return call_found_kw(ts, f, a, 1, &b, VAL_NULL);
}

static int slot_bool(ThreadState *ts, Value self)
{
    Value f = lookup(self, D_bool);
    if (f == VAL_NULL) {   /* deleted since: fall back as obj_truthy would */
        if (lookup(self, D_len) == VAL_NULL)
            return 1;
        Value r = call_dunder(ts, self, D_len, 0, NULL);
        if (r == VAL_NULL)
            return -1;
        return obj_truthy(ts, r);
    }
    Value r = call_found_kw(ts, f, self, 0, NULL, VAL_NULL);
    if (r == VAL_NULL)
        return -1;
    if (!val_is(r, K_BOOL)) {
        err_format(ts, &exc_TypeError, "__bool__ should return bool, returned %s", val_type_name(r));
        return -1;
    }
    return r == VAL_TRUE;
}

static int64_t slot_len(ThreadState *ts, Value self)
{
    Value r = call_dunder(ts, self, D_len, 0, NULL);
    if (r == VAL_NULL)
        return -1;
    if (!val_is_int(r)) {
        Value i = obj_index(ts, r);
        if (i == VAL_NULL)
            return -1;
        r = i;
    }
    if (int_sign(r) < 0) {
        err_format(ts, &exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (!int_to_i64(r, &n)) {
        err_format(ts, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static Value slot_getitem(ThreadState *ts, Value self, Value key) { return call_dunder(ts, self, D_getitem, 1, &key); }

static int slot_setitem(ThreadState *ts, Value self, Value key, Value v)
{
    Value r;
    if (v == VAL_NULL) {
        if (lookup(self, D_delitem) == VAL_NULL) {
            err_format(ts, &exc_TypeError, "'%s' object doesn't support item deletion", val_type_name(self));
            return -1;
        }
        r = call_dunder(ts, self, D_delitem, 1, &key);
    } else {
        if (lookup(self, D_setitem) == VAL_NULL) {
            err_format(ts, &exc_TypeError, "'%s' object does not support item assignment", val_type_name(self));
            return -1;
        }
        Value args[2] = {key, v};
        r = call_dunder(ts, self, D_setitem, 2, args);
    }
    return r == VAL_NULL ? -1 : 0;
}

static int slot_contains(ThreadState *ts, Value self, Value x)
{
    Value r = call_dunder(ts, self, D_contains, 1, &x);
    if (r == VAL_NULL)
        return -1;
    return obj_truthy(ts, r);
}

static Value slot_iter(ThreadState *ts, Value self)
{
    Value f = lookup(self, D_iter);
    if (f == VAL_NONE || f == VAL_NULL)
        return err_format(ts, &exc_TypeError, "'%s' object is not iterable", val_type_name(self));
    return call_found_kw(ts, f, self, 0, NULL, VAL_NULL);
}

static Value slot_next(ThreadState *ts, Value self)
{
    Value r = call_dunder(ts, self, D_next, 0, NULL);
    if (r == VAL_NULL && err_matches(ts, &exc_StopIteration))
        err_clear(ts);
    return r;
}

static Value slot_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    Value f = lookup(self, D_call);
    if (f == VAL_NULL)
        return err_format(ts, &exc_TypeError, "'%s' object is not callable", val_type_name(self));
    return call_found_kw(ts, f, self, argc, argv, kwnames);
}

static Value slot_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    Value args[2] = {obj ? obj : VAL_NONE, type ? type : VAL_NONE};
    return call_dunder(ts, descr, D_get, 2, args);
}

static Value slot_format(ThreadState *ts, Value self, Value spec) { return call_dunder(ts, self, D_format, 1, &spec); }

/* __getattribute__ / __getattr__: the generic lookup, then the fallback. */
static Value slot_getattr(ThreadState *ts, Value self, Value name)
{
    Value r;
    Value ga = lookup(self, D_getattribute);
    if (ga != VAL_NULL && !(val_is(ga, K_NATIVE) && ((NativeObj *)ga)->owner == &type_object))
        r = call_found_kw(ts, ga, self, 1, &name, VAL_NULL);
    else
        r = generic_getattr(ts, self, name);
    if (r != VAL_NULL || !err_matches(ts, &exc_AttributeError))
        return r;
    Value f = lookup(self, D_getattr);
    if (f == VAL_NULL)
        return VAL_NULL;
    err_clear(ts);
    return call_found_kw(ts, f, self, 1, &name, VAL_NULL);
}

static int slot_setattr(ThreadState *ts, Value self, Value name, Value v)
{
    Value r;
    if (v == VAL_NULL) {
        r = call_dunder(ts, self, D_delattr, 1, &name);
    } else {
        Value args[2] = {name, v};
        r = call_dunder(ts, self, D_setattr, 2, args);
    }
    return r == VAL_NULL ? -1 : 0;
}

static int slot_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    Value f = lookup(self, D_init);
    if (f == VAL_NULL)
        return 0;
    Value r = call_found_kw(ts, f, self, argc, argv, kwnames);
    if (r == VAL_NULL)
        return -1;
    if (r != VAL_NONE) {
        err_format(ts, &exc_TypeError, "__init__() should return None, not '%s'", val_type_name(r));
        return -1;
    }
    return 0;
}

/* __new__ is a static method: called with the class prepended. */
static Value slot_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value f = type_lookup(t, dn[D_new]);
    if (f == VAL_NULL)
        return object_new(ts, t, argc, argv, kwnames);
    Type *ft = val_type(f);
    bool pushed = false;
    if (val_kind(f) != K_FUNCTION && ft->tp_descr_get) {
        f = ft->tp_descr_get(ts, f, VAL_NULL, VAL(t));
        if (f == VAL_NULL)
            return VAL_NULL;
        gc_push_root(ts, f);
        pushed = true;
    }
    Value small[8];
    Value *args = argc + 1 <= 8 ? small : xmalloc(sizeof(Value) * (size_t)(argc + 1));
    args[0] = VAL(t);
    if (argc)
        memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
    Value r = vm_call(ts, f, argc + 1, args, kwnames);
    if (args != small)
        free(args);
    if (pushed)
        gc_pop_roots(ts, 1);
    return r;
}

/* Binary operators, CPython's SLOT1BINFULL: a's __op__, or b's __rop__ when
 * b's class has the same wrapper; a subclass's overriding __rop__ goes first. */
static Value (*const binop_slots[OP__BINARY_COUNT])(ThreadState *, Value, Value);

static Value slot_binop(ThreadState *ts, int op, Value a, Value b)
{
    Type *ta = val_type(a), *tb = val_type(b);
    Value (*self_slot)(ThreadState *, Value, Value) = binop_slots[op];
    bool do_other = ta != tb && tb->nb_binary[op] == self_slot;
    Value rf = VAL_NULL;
    if (do_other) {
        rf = type_lookup(tb, dn_rbin[op]);
        do_other = rf != VAL_NULL && rf != VAL_NONE;
    }
    if (ta->nb_binary[op] == self_slot) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(ta, dn_rbin[op]) != rf) {
            Value r = call_found_kw(ts, rf, b, 1, &a, VAL_NULL);
            if (r != VAL_NOTIMPL)
                return r;
            do_other = false;
        }
        Value f = type_lookup(ta, dn_bin[op]);
        if (f != VAL_NULL && f != VAL_NONE) {
            Value r = call_found_kw(ts, f, a, 1, &b, VAL_NULL);
            if (r != VAL_NOTIMPL || ta == tb)
                return r;
        }
    }
    if (do_other)
        return call_found_kw(ts, rf, b, 1, &a, VAL_NULL);
    return VAL_NOTIMPL;
}

static Value slot_inplace(ThreadState *ts, int op, Value a, Value b)
{
    Value f = type_lookup(val_type(a), dn_ibin[op]);
    if (f == VAL_NULL || f == VAL_NONE)
        return VAL_NOTIMPL;
    return call_found_kw(ts, f, a, 1, &b, VAL_NULL);
}

#define BIN_WRAPPERS(X) X(OP_ADD) X(OP_SUB) X(OP_MUL) X(OP_MATMUL) X(OP_TRUEDIV) X(OP_FLOORDIV) \
    X(OP_MOD) X(OP_POW) X(OP_LSHIFT) X(OP_RSHIFT) X(OP_BITAND) X(OP_BITOR) X(OP_BITXOR)
#define DEF_BIN(op) \
    static Value slot_bin_##op(ThreadState *ts, Value a, Value b) { return slot_binop(ts, op, a, b); } \
    static Value slot_ibin_##op(ThreadState *ts, Value a, Value b) { return slot_inplace(ts, op, a, b); }
BIN_WRAPPERS(DEF_BIN)
#define BIN_ENTRY(op) [op] = slot_bin_##op,
#define IBIN_ENTRY(op) [op] = slot_ibin_##op,
static Value (*const binop_slots[OP__BINARY_COUNT])(ThreadState *, Value, Value) = {BIN_WRAPPERS(BIN_ENTRY)};
static Value (*const inplace_slots[OP__BINARY_COUNT])(ThreadState *, Value, Value) = {BIN_WRAPPERS(IBIN_ENTRY)};

static Value slot_neg(ThreadState *ts, Value a) { return call_dunder(ts, a, D_neg, 0, NULL); }
static Value slot_pos(ThreadState *ts, Value a) { return call_dunder(ts, a, D_pos, 0, NULL); }
static Value slot_invert(ThreadState *ts, Value a) { return call_dunder(ts, a, D_invert, 0, NULL); }
static Value slot_abs(ThreadState *ts, Value a) { return call_dunder(ts, a, D_abs, 0, NULL); }
static Value (*const unary_slots[NB__UNARY_COUNT])(ThreadState *, Value) = {slot_neg, slot_pos, slot_invert, slot_abs};

static Value slot_index(ThreadState *ts, Value a) { return call_dunder(ts, a, D_index, 0, NULL); }
static Value slot_int(ThreadState *ts, Value a) { return call_dunder(ts, a, D_int, 0, NULL); }
static Value slot_float(ThreadState *ts, Value a) { return call_dunder(ts, a, D_float, 0, NULL); }

/* ---- slot inheritance ---- */

typedef void (*AnyFn)(void);
#define SLOTS_BEGIN offsetof(Type, tp_new)
#define SLOTS_END offsetof(Type, trace)
_Static_assert((SLOTS_END - SLOTS_BEGIN) % sizeof(AnyFn) == 0, "slots are function pointers");

static void copy_slots(Type *dst, const Type *src)
{
    memcpy((char *)dst + SLOTS_BEGIN, (const char *)src + SLOTS_BEGIN, SLOTS_END - SLOTS_BEGIN);
}

static void inherit_null_slots(Type *t, const Type *b)
{
    for (size_t off = SLOTS_BEGIN; off < SLOTS_END; off += sizeof(AnyFn)) {
        AnyFn mine;
        memcpy(&mine, (char *)t + off, sizeof mine);
        if (!mine)
            memcpy((char *)t + off, (const char *)b + off, sizeof mine);
    }
}

/* What a class itself defines for a slot's dunder. With several bases, a
 * dunder a mixin defines counts too (the slot copied from the solid base
 * would miss it): its first definition along the MRO before the first
 * built-in type there, whose slots (copied from the solid base) apply from
 * that point on, whether or not its dict names them. */
static Value slot_def(Type *t, Value name)
{
    if (!t->bases || TUPLE(t->bases)->length < 2)
        return dict_get_str(t->dict, name);
    const TupleObj *m = TUPLE(t->mro);
    for (int64_t i = 0; i < m->length; i++) {
        Type *c = (Type *)m->items[i];
        if (!(c->tflags & TF_HEAP))
            return VAL_NULL;
        Value v = c->dict ? dict_get_str(c->dict, name) : VAL_NULL;
        if (v)
            return v;
    }
    return VAL_NULL;
}

static bool own(Type *t, int d) { return slot_def(t, dn[d]) != VAL_NULL; }

void class_update_slots(Type *t)
{
    if (!(t->tflags & TF_HEAP) || !t->base)
        return;
    copy_slots(t, t->base);
    if (own(t, D_repr)) t->tp_repr = slot_repr;
    if (own(t, D_str)) t->tp_str = slot_str;
    bool any_cmp = false;
    for (int i = 0; i < 6; i++)
        any_cmp |= own(t, cmp_dunder[i]);
    if (any_cmp) t->tp_richcompare = slot_richcompare;
    Value h = slot_def(t, dn[D_hash]);
    if (h == VAL_NONE)
        t->tp_hash = NULL;
    else if (h != VAL_NULL)
        t->tp_hash = slot_hash;
    else if (own(t, D_eq))
        t->tp_hash = NULL;   /* __eq__ without __hash__: unhashable, as in CPython */
    if (own(t, D_bool)) t->tp_bool = slot_bool;
    if (own(t, D_len)) t->tp_len = slot_len;
    if (own(t, D_getitem)) t->tp_getitem = slot_getitem;
    if (own(t, D_setitem) || own(t, D_delitem)) t->tp_setitem = slot_setitem;
    if (own(t, D_contains)) t->tp_contains = slot_contains;
    if (own(t, D_iter)) t->tp_iter = slot_iter;
    if (own(t, D_next)) t->tp_next = slot_next;
    if (own(t, D_call)) t->tp_call = slot_call;
    if (own(t, D_get)) t->tp_descr_get = slot_descr_get;
    if (own(t, D_format)) t->tp_format = slot_format;
    if (own(t, D_getattr) || own(t, D_getattribute)) t->tp_getattr = slot_getattr;
    if (own(t, D_setattr) || own(t, D_delattr)) t->tp_setattr = slot_setattr;
    if (own(t, D_init)) t->tp_init = slot_init;
    if (own(t, D_new)) t->tp_new = slot_new;
    for (int op = 0; op < OP__BINARY_COUNT; op++) {
        if (slot_def(t, dn_bin[op]) || slot_def(t, dn_rbin[op]))
            t->nb_binary[op] = binop_slots[op];
        if (slot_def(t, dn_ibin[op]))
            t->nb_inplace[op] = inplace_slots[op];
    }
    for (int u = 0; u < NB__UNARY_COUNT; u++)
        if (own(t, unary_dunder[u])) t->nb_unary[u] = unary_slots[u];
    if (own(t, D_index)) t->nb_index = slot_index;
    if (own(t, D_int)) t->nb_int = slot_int;
    if (own(t, D_float)) t->nb_float = slot_float;
}

/* ---- descriptors for built-in methods and attributes ---- */

/* OpaqueObj-compatible: dict, data (the def), then the owner. */
typedef struct DescrObj { Obj h; Value dict; void *data; Type *owner; } DescrObj;

bool descr_check(ThreadState *ts, const char *name, Type *owner, Value obj)
{
    if (type_is_subtype(val_type(obj), owner))
        return true;
    err_format(ts, &exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
               owner->name, val_type_name(obj));
    return false;
}

static Value getset_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (obj == VAL_NULL)
        return descr;
    DescrObj *d = (DescrObj *)descr;
    const GetSetDef *def = d->data;
    if (!descr_check(ts, def->name, d->owner, obj))
        return VAL_NULL;
    return def->get(ts, obj);
}

static Value getset_repr(ThreadState *ts, Value self)
{
    DescrObj *d = (DescrObj *)self;
    return str_printf(ts, "<attribute '%s' of '%s' objects>", ((const GetSetDef *)d->data)->name, d->owner->name);
}

/* __get__/__set__/__delete__ called from Python take no keywords, as
 * CPython's slot wrappers; "" names them as PyArg_UnpackTuple does. */
static bool descr_args(ThreadState *ts, const char *name, int argc, Value kwnames, int min, int max)
{
    if (kwnames && TUPLE(kwnames)->length) {
        err_format(ts, &exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    return args_check(ts, "", argc - 1, VAL_NULL, min, max);
}

static Value m_getset_set(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!descr_args(ts, "__set__", argc, kwnames, 2, 2))
        return VAL_NULL;
    return descr_set(ts, argv[0], argv[1], argv[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value m_getset_delete(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!descr_args(ts, "__delete__", argc, kwnames, 1, 1))
        return VAL_NULL;
    return descr_set(ts, argv[0], argv[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static const MethodDef getset_methods[] = {
    {"__set__", m_getset_set, 0},
    {"__delete__", m_getset_delete, 0},
    {NULL, NULL, 0},
};

static Value descr_objclass(ThreadState *ts, Value self) { return VAL(((DescrObj *)self)->owner); }

static const GetSetDef descr_getsets[] = {
    {"__objclass__", descr_objclass, NULL},
    {NULL, NULL, NULL},
};

Type type_getset_descr = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "getset_descriptor",
    .layout = K_OPAQUE,
    .instance_size = sizeof(DescrObj),
    .methods = getset_methods,
    .getsets = descr_getsets,
    .tp_descr_get = getset_get,
    .tp_repr = getset_repr,
};

/* A METH_CLASS native: binds to the class, which its own descr_get checks. */
static Value classmeth_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    return type_native.tp_descr_get(ts, VAL(((DescrObj *)descr)->data), obj, type);
}

/* dict.__dict__['fromkeys'](dict, ...): native_call checks the class. */
static Value classmeth_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    return native_call(ts, VAL(((DescrObj *)self)->data), argc, argv, kwnames);
}

static Value classmeth_repr(ThreadState *ts, Value self)
{
    DescrObj *d = (DescrObj *)self;
    return str_printf(ts, "<method '%s' of '%s' objects>", ((NativeObj *)d->data)->def->name, d->owner->name);
}

static Type type_classmethod_descr = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "classmethod_descriptor",
    .layout = K_OPAQUE,
    .instance_size = sizeof(DescrObj),
    .getsets = descr_getsets,
    .tp_call = classmeth_call,
    .tp_descr_get = classmeth_get,
    .tp_repr = classmeth_repr,
};

/* A METH_STATIC native: the function itself, never bound. */
static Value staticmeth_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    return VAL(((DescrObj *)descr)->data);
}

static Type type_staticmethod_descr = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "staticmethod",
    .layout = K_OPAQUE,
    .instance_size = sizeof(DescrObj),
    .tp_descr_get = staticmeth_get,
    .tp_repr = classmeth_repr,
};

/* __get__ of a static descriptor type: its tp_descr_get (CPython's
 * wrap_descr_get), never a heap subclass's override. */
static Value m_descr_get(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!descr_args(ts, "__get__", argc, kwnames, 1, 2))
        return VAL_NULL;
    Value obj = argv[1] == VAL_NONE ? VAL_NULL : argv[1];
    Value type = argc > 2 && argv[2] != VAL_NONE ? argv[2] : VAL_NULL;
    if (!obj && !type)
        return err_format(ts, &exc_TypeError, "__get__(None, None) is invalid");
    Type *t = val_type(argv[0]);
    while (t->tflags & TF_HEAP)
        t = t->base;
    return t->tp_descr_get(ts, argv[0], obj, type);
}

static const MethodDef descr_get_def = {"__get__", m_descr_get, 0};

bool descr_is_data(Value descr)
{
    if (!val_is_obj(descr))
        return false;
    Obj *o = OBJ(descr);
    if (o->type == &type_getset_descr || o->kind == K_PROPERTY)
        return true;
    if (o->kind == K_NATIVE || o->kind == K_FUNCTION)
        return false;
    /* a class, or a library type (such as namedtuple's _tuplegetter), with __set__ */
    return type_lookup(o->type, dn[D_set]) != VAL_NULL || type_lookup(o->type, dn[D_delete]) != VAL_NULL;
}

int descr_set(ThreadState *ts, Value descr, Value obj, Value v)
{
    if (val_is_obj(descr) && OBJ(descr)->type == &type_getset_descr) {
        DescrObj *d = (DescrObj *)descr;
        const GetSetDef *def = d->data;
        if (!descr_check(ts, def->name, d->owner, obj))
            return -1;
        if (!def->set) {
            err_format(ts, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                       def->name, d->owner->name);
            return -1;
        }
        return def->set(ts, obj, v);
    }
    Value f = type_lookup(val_type(descr), dn[v ? D_set : D_delete]);
    if (f == VAL_NULL) {
        err_format(ts, &exc_AttributeError, v ? "__set__" : "__delete__");
        return -1;
    }
    Value args[2] = {obj, v};
    Value r = call_found_kw(ts, f, descr, v ? 2 : 1, args, VAL_NULL);
    return r == VAL_NULL ? -1 : 0;
}

/* ---- types.GenericAlias: list[int], dict[str, int] ---- */

typedef struct AliasObj { Obj h; Value dict; Value origin, args; } AliasObj;   /* OpaqueObj-compatible */

static Value type_module_str(Type *t);

static void alias_trace(GC *gc, Obj *o)
{
    AliasObj *a = (AliasObj *)o;
    gc_mark(gc, a->dict);
    gc_mark(gc, a->origin);
    gc_mark(gc, a->args);
}

/* CPython's ga_repr_item: a class by its (qualified) name, ... as "...". */
static bool alias_item_repr(ThreadState *ts, StrBuf *sb, Value v)
{
    if (v == VAL_ELLIPSIS) {
        sb_printf(sb, "...");
        return true;
    }
    if (IS_TYPE(v)) {
        Type *t = (Type *)v;
        Value m = type_module_str(t);
        if (m && IS_STR(m) && !str_eq_cstr(m, "builtins"))
            sb_printf(sb, "%s.%s", str_cstr(m), str_cstr(t->qualname));
        else
            sb_printf(sb, "%s", str_cstr(t->qualname));
        return true;
    }
    Value r = obj_repr(ts, v);
    if (!r)
        return false;
    sb_printf(sb, "%s", str_cstr(r));
    return true;
}

static Value alias_repr(ThreadState *ts, Value self)
{
    AliasObj *a = (AliasObj *)self;
    StrBuf sb;
    sb_init(&sb);
    bool ok = alias_item_repr(ts, &sb, a->origin);
    sb_printf(&sb, "[");
    const TupleObj *args = TUPLE(a->args);
    if (args->length == 0)
        sb_printf(&sb, "()");
    for (int64_t i = 0; ok && i < args->length; i++) {
        if (i)
            sb_printf(&sb, ", ");
        ok = alias_item_repr(ts, &sb, args->items[i]);
    }
    sb_printf(&sb, "]");
    if (!ok) {
        sb_free(&sb);
        return VAL_NULL;
    }
    return sb_finish(ts, &sb);
}

static Value alias_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    return vm_call(ts, ((AliasObj *)self)->origin, argc, argv, kwnames);
}

static Value alias_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != val_type(a))
        return VAL_NOTIMPL;
    AliasObj *x = (AliasObj *)a, *y = (AliasObj *)b;
    int eq = x->origin == y->origin;
    if (eq) {
        eq = obj_richcompare_bool(ts, x->args, y->args, CMP_EQ);
        if (eq < 0)
            return VAL_NULL;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(ThreadState *ts, Value self)
{
    AliasObj *a = (AliasObj *)self;
    int64_t h = obj_hash(ts, a->args);
    return h == -1 ? -1 : (h ^ object_hash_addr(a->origin)) == -1 ? -2 : h ^ object_hash_addr(a->origin);
}

static Value g_alias_origin(ThreadState *ts, Value self) { return ((AliasObj *)self)->origin; }
static Value g_alias_args(ThreadState *ts, Value self) { return ((AliasObj *)self)->args; }

static const GetSetDef alias_getsets[] = {
    {"__origin__", g_alias_origin, NULL},
    {"__args__", g_alias_args, NULL},
    {NULL, NULL, NULL},
};

Type type_generic_alias = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "types.GenericAlias",
    .layout = K_OPAQUE,
    .instance_size = sizeof(AliasObj),
    .getsets = alias_getsets,
    .tp_repr = alias_repr,
    .tp_call = alias_call,
    .tp_richcompare = alias_richcompare,
    .tp_hash = alias_hash,
    .trace = alias_trace,
};

Value generic_alias_new(ThreadState *ts, Value origin, Value args)
{
    if (!IS_TUPLE(args)) {
        args = tuple_pack(ts, 1, args);
        if (!args)
            return VAL_NULL;
    }
    gc_push_root(ts, args);
    AliasObj *a = gc_alloc(ts, &type_generic_alias, sizeof(AliasObj));
    a->dict = VAL_NULL;
    a->origin = origin;
    a->args = args;
    gc_pop_roots(ts, 1);
    return VAL(a);
}

/* ---- type_ready ---- */

enum { TF_READY = 0x4000 };   /* private: type_ready has run */

/* A static type's method descriptor (immortal) into its dict. */
static void add_method(Type *t, const MethodDef *m)
{
    NativeObj *fn = gc_alloc_immortal(&type_native, sizeof(NativeObj));
    fn->def = m;
    fn->self = VAL_NULL;
    fn->owner = t;
    Value v = VAL(fn);
    if (m->flags & (METH_CLASS | METH_STATIC)) {
        DescrObj *d = gc_alloc_immortal((m->flags & METH_CLASS) ? &type_classmethod_descr : &type_staticmethod_descr,
                                        sizeof(DescrObj));
        d->data = fn;
        d->owner = t;
        v = VAL(d);
    }
    dict_set_str(NULL, t->dict, str_new_immortal(m->name), v);
}

void type_ready(Type *t)
{
    if (t->tflags & TF_READY)
        return;
    t->tflags |= TF_READY;
    names_init();
    t->h.type = &type_type;
    t->h.kind = K_TYPE;
    t->h.gc_flags |= OF_IMMORTAL;
    if (!t->base && t != &type_object)
        t->base = &type_object;
    if (t->base)
        type_ready(t->base);

    const char *dot = strrchr(t->name, '.');
    if (!t->name_str)
        t->name_str = str_new_immortal(dot ? dot + 1 : t->name);
    if (!t->qualname)
        t->qualname = t->name_str;
    if (!t->module && dot) {
        char buf[128];
        size_t n = (size_t)(dot - t->name) < sizeof buf - 1 ? (size_t)(dot - t->name) : sizeof buf - 1;
        memcpy(buf, t->name, n);
        buf[n] = 0;
        t->module = str_new_immortal(buf);
    }

    if (!t->dict)
        t->dict = dict_new_immortal();
    dict_set_namespace(t->dict);
    for (const MethodDef *m = t->methods; m && m->name; m++)
        add_method(t, m);
    if (t->tp_descr_get && !dict_get_str(t->dict, dn[D_get]))
        add_method(t, &descr_get_def);
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        DescrObj *d = gc_alloc_immortal(&type_getset_descr, sizeof(DescrObj));
        d->data = (void *)g;
        d->owner = t;
        dict_set_str(NULL, t->dict, str_new_immortal(g->name), VAL(d));
    }

    Type *b = t->base;
    if (!b)
        return;
    /* tp_hash and tp_richcompare go together: a type that defines equality
     * but no hash (list, dict) must stay unhashable. tp_new is not inherited
     * from object by static types: they cannot be instantiated unless they
     * say how. */
    bool keep_cmp = t->tp_richcompare || t->tp_hash;
    Value (*new_fn)(ThreadState *, Type *, int, Value *, Value) = t->tp_new;
    Value (*cmp)(ThreadState *, Value, Value, int) = t->tp_richcompare;
    int64_t (*hash)(ThreadState *, Value) = t->tp_hash;
    inherit_null_slots(t, b);
    if (keep_cmp) {
        t->tp_richcompare = cmp ? cmp : b->tp_richcompare;
        t->tp_hash = hash;
    }
    if (!new_fn && b == &type_object)
        t->tp_new = NULL;
    if (t->layout == b->layout) {
        if (!t->instance_size)
            t->instance_size = b->instance_size;
        if (!t->trace)
            t->trace = b->trace;
        if (!t->finalize)
            t->finalize = b->finalize;
        if (!t->dict_offset)
            t->dict_offset = b->dict_offset;
    }
    /* an unhashable type says so in its dict, as CPython's do (list.__hash__ is None) */
    if ((!t->tp_hash || t->tp_hash == hash_not_implemented) && !dict_get_str(t->dict, dn[D_hash]))
        dict_set_str(NULL, t->dict, dn[D_hash], VAL_NONE);
}

void descr_types_ready(void)
{
    type_ready(&type_generic_alias);
    type_ready(&type_getset_descr);
    type_ready(&type_classmethod_descr);
    type_ready(&type_staticmethod_descr);
}

/* ---- instances ---- */

Value instance_new(ThreadState *ts, Type *t)
{
    size_t size = t->instance_size ? t->instance_size : sizeof(InstanceObj);
    return VAL(gc_alloc(ts, t, size));
}

static Value type_module_str(Type *t)
{
    if (t->tflags & TF_HEAP) {
        Value m = dict_get_str(t->dict, dn[D_module]);
        if (m)
            return m;
    }
    return t->module;
}

Value object_default_repr(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    Value m = type_module_str(t);
    if (m && IS_STR(m) && !str_eq_cstr(m, "builtins"))
        return str_printf(ts, "<%s.%s object at %p>", str_cstr(m), str_cstr(t->qualname), (void *)v);
    return str_printf(ts, "<%s object at %p>", t->name, (void *)v);
}

Value type_repr(ThreadState *ts, Value tv)
{
    Type *t = (Type *)tv;
    if (!(t->tflags & TF_HEAP))
        return str_printf(ts, "<class '%s'>", t->name);
    Value m = type_module_str(t);
    if (m && IS_STR(m) && !str_eq_cstr(m, "builtins"))
        return str_printf(ts, "<class '%s.%s'>", str_cstr(m), str_cstr(t->qualname));
    return str_printf(ts, "<class '%s'>", str_cstr(t->qualname));
}

/* ---- class_new ---- */

static void type_trace(GC *gc, Obj *o)
{
    Type *t = (Type *)o;
    if (!(t->tflags & TF_HEAP))
        return;
    Value vs[6] = {t->name_str, t->qualname, t->module, t->dict, t->mro, t->bases};
    for (int i = 0; i < 6; i++)
        if (val_is_obj(vs[i]))
            gc_mark(gc, vs[i]);
    for (int i = 0; i < TYPE_LOOKUP_CACHE; i++) {   /* type_lookup's cache (abstract.c) */
        if (val_is_obj(t->lookup_cache[i].name))
            gc_mark(gc, t->lookup_cache[i].name);
        if (val_is_obj(t->lookup_cache[i].found))
            gc_mark(gc, t->lookup_cache[i].found);
    }
    if (t->base && (t->base->tflags & TF_HEAP))
        gc_mark_obj(gc, (Obj *)t->base);
}

/* The trace of a heap subclass that added a __dict__ to a built-in layout:
 * the nearest built-in base's trace, then the dict. */
static void trace_with_dict(GC *gc, Obj *self)
{
    Type *b = self->type;
    while (b->tflags & TF_HEAP)
        b = b->base;
    if (b->trace)
        b->trace(gc, self);
    Value d = *(Value *)((char *)self + self->type->dict_offset);
    if (val_is_obj(d))
        gc_mark(gc, d);
}

Value class_mro(ThreadState *ts, Type *t)
{
    if (t->mro)
        return t->mro;
    int64_t n = 0;
    for (Type *c = t; c; c = c->base)
        n++;
    Value tup = tuple_new(ts, n);
    int64_t i = 0;
    for (Type *c = t; c; c = c->base)
        TUPLE(tup)->items[i++] = VAL(c);
    return tup;
}

/* The built-in type whose layout instances of t have (CPython's solid_base). */
static Type *solid_base(Type *t)
{
    while (t->tflags & TF_HEAP)
        t = t->base;
    return t;
}

/* CPython's best_base: the base whose layout is the most derived; the
 * others' layouts must be ancestors of it. */
static Type *best_base(ThreadState *ts, Value bases)
{
    Type *winner = NULL, *base = NULL;
    for (int64_t i = 0; i < TUPLE(bases)->length; i++) {
        Type *b = (Type *)TUPLE(bases)->items[i];
        Type *solid = solid_base(b);
        if (!winner || (solid != winner && type_is_subtype(solid, winner))) {
            winner = solid;
            base = b;
        } else if (!type_is_subtype(winner, solid)) {
            err_format(ts, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* C3 linearisation: t, then the merge of the bases' MROs and the bases. */
static Value c3_mro(ThreadState *ts, Type *t, Value bases)
{
    int64_t nb = TUPLE(bases)->length, nseq = nb + 1, total = 1;
    Value seqs = tuple_new(ts, nseq);
    gc_push_root(ts, seqs);
    for (int64_t i = 0; i < nb; i++) {
        Value m = class_mro(ts, (Type *)TUPLE(bases)->items[i]);
        TUPLE(seqs)->items[i] = m;
        total += TUPLE(m)->length;
    }
    TUPLE(seqs)->items[nb] = bases;
    total += nb;
    int64_t *pos = xcalloc((size_t)nseq, sizeof(int64_t));
    Value *out = xmalloc(sizeof(Value) * (size_t)total);
    int64_t n = 0;
    out[n++] = VAL(t);
    for (;;) {
        Value cand = VAL_NULL;
        bool empty = true;
        for (int64_t i = 0; i < nseq && !cand; i++) {
            const TupleObj *si = TUPLE(TUPLE(seqs)->items[i]);
            if (pos[i] >= si->length)
                continue;
            empty = false;
            Value head = si->items[pos[i]];
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++) {
                const TupleObj *sj = TUPLE(TUPLE(seqs)->items[j]);
                for (int64_t k = pos[j] + 1; k < sj->length && !in_tail; k++)
                    in_tail = sj->items[k] == head;
            }
            if (!in_tail)
                cand = head;
        }
        if (empty)
            break;
        if (!cand) {
            /* CPython's message names the heads left, in order, once each */
            StrBuf sb;
            sb_init(&sb);
            Value seen[64];
            int nseen = 0;
            for (int64_t i = 0; i < nseq; i++) {
                const TupleObj *si = TUPLE(TUPLE(seqs)->items[i]);
                if (pos[i] >= si->length)
                    continue;
                Value head = si->items[pos[i]];
                bool dup = false;
                for (int k = 0; k < nseen; k++)
                    dup |= seen[k] == head;
                if (dup || nseen == 64)
                    continue;
                seen[nseen++] = head;
                sb_printf(&sb, "%s%s", nseen > 1 ? ", " : "", ((Type *)head)->name);
            }
            err_format(ts, &exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                       sb.data ? sb.data : "");
            sb_free(&sb);
            free(pos);
            free(out);
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        out[n++] = cand;
        for (int64_t i = 0; i < nseq; i++) {
            const TupleObj *si = TUPLE(TUPLE(seqs)->items[i]);
            if (pos[i] < si->length && si->items[pos[i]] == cand)
                pos[i]++;
        }
    }
    Value r = tuple_new(ts, n);
    memcpy(TUPLE(r)->items, out, sizeof(Value) * (size_t)n);
    free(pos);
    free(out);
    gc_pop_roots(ts, 1);
    return r;
}

Value class_new(ThreadState *ts, Value name, Value bases, Value dict, Value qualname)
{
    return class_new_meta(ts, &type_type, name, bases, dict, qualname);
}

/* A plain function as __init_subclass__ or __class_getitem__ is made a
 * classmethod, as type.__new__ does. */
static void implicit_classmethods(ThreadState *ts, Value d)
{
    static const int names[] = {D_init_subclass, D_class_getitem};
    for (int i = 0; i < 2; i++) {
        Value f = dict_get_str(d, dn[names[i]]);
        if (f && val_kind(f) == K_FUNCTION) {
            Value cm = classmethod_new(ts, f);
            if (cm) dict_set_str(ts->interp, d, dn[names[i]], cm);
        }
    }
}

Value class_new_meta(ThreadState *ts, Type *meta, Value name, Value bases, Value dict, Value qualname)
{
    if (!IS_STR(name))
        return err_format(ts, &exc_TypeError, "type.__new__() argument 1 must be str, not %s", val_type_name(name));
    if (!IS_TUPLE(bases))
        return err_format(ts, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", val_type_name(bases));
    if (!IS_DICT(dict))
        return err_format(ts, &exc_TypeError, "type.__new__() argument 3 must be dict, not %s", val_type_name(dict));
    int64_t nbases = TUPLE(bases)->length;
    Type *base = &type_object;
    for (int64_t i = 0; i < nbases; i++) {
        Value b = TUPLE(bases)->items[i];
        if (!IS_TYPE(b))
            return err_format(ts, &exc_TypeError, "bases must be types");
        if (!(((Type *)b)->tflags & TF_BASETYPE))
            return err_format(ts, &exc_TypeError, "type '%s' is not an acceptable base type", ((Type *)b)->name);
        for (int64_t j = 0; j < i; j++)
            if (TUPLE(bases)->items[j] == b)
                return err_format(ts, &exc_TypeError, "duplicate base class %s", ((Type *)b)->name);
    }
    if (nbases == 1)
        base = (Type *)TUPLE(bases)->items[0];
    else if (nbases > 1 && !(base = best_base(ts, bases)))
        return VAL_NULL;
    if (nbases == 0) {
        bases = tuple_pack(ts, 1, VAL(&type_object));
        if (!bases)
            return VAL_NULL;
    }
    gc_push_root(ts, bases);

    Value d = dict_copy(ts, dict);
    if (d == VAL_NULL) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, d);
    if (!qualname || !IS_STR(qualname)) {
        Value q = dict_get_str(d, dn[D_qualname]);
        qualname = q && IS_STR(q) ? q : name;
    }
    if (dict_get_str(d, dn[D_qualname]))
        dict_del(ts, d, dn[D_qualname]);
    implicit_classmethods(ts, d);
    if (!dict_get_str(d, dn[D_doc]))
        dict_set_str(ts->interp, d, dn[D_doc], VAL_NONE);

    Type *t = gc_alloc(ts, meta, sizeof(Type));
    t->h.kind = K_TYPE;
    t->name_str = name;
    t->name = str_cstr(name);
    t->qualname = qualname;
    Value mod = dict_get_str(d, dn[D_module]);
    t->module = mod && IS_STR(mod) ? mod : VAL_NULL;
    t->base = base;
    t->bases = bases;
    t->dict = d;
    dict_set_namespace(d);
    t->mro = c3_mro(ts, t, bases);
    if (!t->mro) {
        t->mro = tuple_pack(ts, 1, VAL(t));   /* a dead class, but one the GC can trace */
        gc_pop_roots(ts, 2);
        return VAL_NULL;
    }
    t->layout = base->layout;
    t->tflags = TF_HEAP | TF_BASETYPE | TF_READY;
    t->instance_size = base->instance_size;
    t->dict_offset = base->dict_offset;
    t->trace = base->trace;
    if (base->layout == K_INSTANCE && base->dict_offset == 0) {
        t->instance_size = sizeof(InstanceObj);
        t->dict_offset = offsetof(InstanceObj, dict);
    } else if ((base->layout == K_DICT || base->layout == K_INT || base->layout == K_FLOAT) &&
               base->dict_offset == 0) {
        /* Instances of a dict, int or float subclass have a __dict__, after
         * the base's fields: the base's tp_new allocates instance_size for
         * subtypes. */
        t->dict_offset = (base->instance_size + sizeof(Value) - 1) / sizeof(Value) * sizeof(Value);
        t->instance_size = t->dict_offset + sizeof(Value);
        t->trace = trace_with_dict;
    }
    if (base->layout == K_TYPE) {
        /* a metaclass: its instances are classes, with their own dicts */
        t->instance_size = sizeof(Type);
        t->dict_offset = 0;
    }
    t->finalize = base->finalize;
    copy_slots(t, base);
    class_update_slots(t);
    Value abstract = dict_get_str(d, dn[D_abstractmethods]);
    if (abstract && obj_truthy(ts, abstract) > 0)
        t->tflags |= TF_HAS_ABSTRACTS;
    /* __eq__ without __hash__: CPython sets __hash__ = None in the class */
    if (dict_get_str(d, dn[D_eq]) && !dict_get_str(d, dn[D_hash]))
        dict_set_str(ts->interp, d, dn[D_hash], VAL_NONE);
    gc_pop_roots(ts, 2);
    return VAL(t);
}

/* ---- type itself ---- */

/* ---- metaclasses, __set_name__, __init_subclass__ ----
 *
 * `class C(B, metaclass=M, **kw)` runs the body, then calls the most derived
 * of M and the bases' metaclasses as M(name, bases, ns, **kw); type.__new__
 * (type_new) makes the class, calls __set_name__ on every attribute that
 * defines it, then the base's __init_subclass__(**kw), in CPython's order.
 * A metaclass is a heap subclass of type whose instances are Type objects
 * (class_new_meta allocates them with the metaclass as their type), so its
 * dunders reach classes through the ordinary slot wrappers: a metaclass
 * __call__ runs when its classes are called, __iter__ when they are
 * iterated. __prepare__ is not called: the namespace is a plain dict. */

static Type *winner_meta(ThreadState *ts, Type *meta, Value bases)
{
    Type *winner = meta;
    for (int64_t i = 0; i < TUPLE(bases)->length; i++) {
        Type *bt = val_type(TUPLE(bases)->items[i]);
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_format(ts, &exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                   "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static int set_names(ThreadState *ts, Type *t)
{
    Value items = dict_copy(ts, t->dict);   /* __set_name__ may change the class */
    if (!items)
        return -1;
    gc_push_root(ts, items);
    int64_t pos = 0;
    Value k, v;
    int r = 0;
    while (r == 0 && dict_next(items, &pos, &k, &v)) {
        Value f = type_lookup(val_type(v), dn[D_set_name]);
        if (!f)
            continue;
        Value args[2] = {VAL(t), k};
        if (call_found_kw(ts, f, v, 2, args, VAL_NULL))
            continue;
        r = -1;
        Value cause = err_fetch(ts);
        gc_push_root(ts, cause);
        err_format(ts, &exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                   val_type_name(v), str_cstr(obj_repr(ts, k) ? obj_repr(ts, k) : k), t->name);
        Value e = err_fetch(ts);
        if (e && exc_is_instance(e, &exc_BaseException)) {
            ((ExcObj *)e)->cause = cause;
            ((ExcObj *)e)->context = cause;
            ((ExcObj *)e)->suppress_context = true;
        }
        err_restore(ts, e);
        gc_pop_roots(ts, 1);
    }
    gc_pop_roots(ts, 1);
    return r;
}

/* super(t, t).__init_subclass__(**kw) */
static int init_subclass(ThreadState *ts, Type *t, int nkw, Value *kwvalues, Value kwnames)
{
    Value f = VAL_NULL;
    for (Type *b = t->base; b && !f; b = b->base)
        f = b->dict ? dict_get_str(b->dict, dn[D_init_subclass]) : VAL_NULL;
    if (!f)
        return 0;
    Type *ft = val_type(f);
    Value bound = ft->tp_descr_get ? ft->tp_descr_get(ts, f, VAL_NULL, VAL(t)) : f;
    if (!bound)
        return -1;
    gc_push_root(ts, bound);
    Value r = vm_call(ts, bound, nkw, kwvalues, nkw ? kwnames : VAL_NULL);
    gc_pop_roots(ts, 1);
    return r ? 0 : -1;
}

static Value type_new(ThreadState *ts, Type *meta, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    if (meta == &type_type && npos == 1 && argc == 1)
        return VAL(val_type(argv[0]));
    if (npos != 3)
        return err_format(ts, &exc_TypeError, meta == &type_type ? "type() takes 1 or 3 arguments"
                                                                  : "type.__new__() takes exactly 3 arguments (%d given)", npos);
    if (IS_TUPLE(argv[1])) {
        Type *w = winner_meta(ts, meta, argv[1]);
        if (!w)
            return VAL_NULL;
        if (w != meta && w->tp_new != type_new)
            return w->tp_new(ts, w, argc, argv, kwnames);
        meta = w;
    }
    Value cls = class_new_meta(ts, meta, argv[0], argv[1], argv[2], VAL_NULL);
    if (!cls)
        return VAL_NULL;
    gc_push_root(ts, cls);
    Type *t = (Type *)cls;
    if (!dict_get_str(t->dict, dn[D_module]) && ts->frame && ts->frame->globals) {
        /* type(name, bases, ns) called from Python: the caller's module */
        Value m = dict_get_str(ts->frame->globals, dn[D_name]);
        if (m && IS_STR(m)) {
            dict_set_str(ts->interp, t->dict, dn[D_module], m);
            t->module = m;
        }
    }
    int r = set_names(ts, (Type *)cls);
    if (r == 0)
        r = init_subclass(ts, (Type *)cls, argc - 3, argv + 3, kwnames);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : cls;
}

/* The metaclass of a class statement: kwargs' "metaclass" (taken out of
 * kwargs), else the bases' most derived. */
static Value statement_meta(ThreadState *ts, Value bases, Value kwargs)
{
    Value meta = VAL_NULL;
    if (kwargs) {
        Value key = interp_intern_cstr(ts, "metaclass");
        meta = dict_get_str(kwargs, key);
        if (meta)
            dict_del(ts, kwargs, key);
    }
    if (!meta)
        meta = TUPLE(bases)->length ? VAL(val_type(TUPLE(bases)->items[0])) : VAL(&type_type);
    if (IS_TYPE(meta)) {
        Type *w = winner_meta(ts, (Type *)meta, bases);
        return w ? VAL(w) : VAL_NULL;
    }
    return meta;
}

/* fn(head..., **kwargs) */
static Value call_with_kwargs(ThreadState *ts, Value fn, int nhead, const Value *head, Value kwargs)
{
    int64_t nkw = kwargs ? dict_len(kwargs) : 0;
    Value *argv = xmalloc(sizeof(Value) * (size_t)(nhead + nkw));
    memcpy(argv, head, sizeof(Value) * (size_t)nhead);
    Value kwnames = VAL_NULL;
    if (nkw) {
        kwnames = tuple_new(ts, nkw);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE(kwnames)->items[i] = k;
            argv[nhead + i++] = v;
        }
        gc_push_root(ts, kwnames);
    }
    Value r = vm_call(ts, fn, (int)(nhead + nkw), argv, kwnames);
    if (nkw)
        gc_pop_roots(ts, 1);
    free(argv);
    return r;
}

Value class_prepare(ThreadState *ts, Value name, Value bases, Value kwargs)
{
    Value kw = kwargs ? dict_copy(ts, kwargs) : VAL_NULL;   /* class_build takes "metaclass" out later */
    if (kwargs && !kw)
        return VAL_NULL;
    if (kw)
        gc_push_root(ts, kw);
    Value meta = statement_meta(ts, bases, kw);
    Value prepare = VAL_NULL;
    if (meta && IS_TYPE(meta)) {
        Value f = type_lookup((Type *)meta, interp_intern_cstr(ts, "__prepare__"));
        if (f)
            prepare = obj_getattr_cstr(ts, meta, "__prepare__");
        else
            prepare = VAL_NONE;
    } else if (meta) {
        prepare = obj_lookup_attr(ts, meta, interp_intern_cstr(ts, "__prepare__"));
        if (!prepare && !err_occurred(ts))
            prepare = VAL_NONE;
    }
    Value ns = VAL_NULL;
    if (prepare == VAL_NONE) {
        ns = dict_new(ts);
    } else if (prepare) {
        gc_push_root(ts, prepare);
        Value head[2] = {name, bases};
        ns = call_with_kwargs(ts, prepare, 2, head, kw);
        gc_pop_roots(ts, 1);
        if (ns && val_type(ns) != &type_dict) {
            if (val_type(ns)->tp_getitem)
                ns = err_format(ts, &exc_NotImplementedError, "a class namespace other than a dict (from "
                                "__prepare__: %s) is not supported by gilsim", val_type_name(ns));
            else
                ns = err_format(ts, &exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                                IS_TYPE(meta) ? ((Type *)meta)->name : "<metaclass>", val_type_name(ns));
        }
    }
    if (kw)
        gc_pop_roots(ts, 1);
    return ns;
}

Value class_build(ThreadState *ts, Value name, Value bases, Value ns, Value kwargs)
{
    Value meta = statement_meta(ts, bases, kwargs);
    if (!meta)
        return VAL_NULL;
    gc_push_root(ts, meta);
    Value head[3] = {name, bases, ns};
    Value cls = call_with_kwargs(ts, meta, 3, head, kwargs);
    gc_pop_roots(ts, 1);
    return cls;
}

static Value type_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    Type *t = (Type *)self;
    if (t == &type_type)
        return type_new(ts, t, argc, argv, kwnames);
    if (!t->tp_new)
        return err_format(ts, &exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->tp_new(ts, t, argc, argv, kwnames);
    if (obj == VAL_NULL || !type_is_subtype(val_type(obj), t))
        return obj;
    Type *ot = val_type(obj);
    if (ot->tp_init) {
        gc_push_root(ts, obj);
        int r = ot->tp_init(ts, obj, argc, argv, kwnames);
        gc_pop_roots(ts, 1);
        if (r < 0)
            return VAL_NULL;
    }
    return obj;
}

static int type_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames) { return 0; }

static Value type_repr_slot(ThreadState *ts, Value self) { return type_repr(ts, self); }

static Value type_getattr(ThreadState *ts, Value v, Value name)
{
    Type *t = (Type *)v;
    Type *meta = val_type(v);
    Value meta_attr = type_lookup(meta, name);
    if (meta_attr && descr_is_data(meta_attr))
        return val_type(meta_attr)->tp_descr_get(ts, meta_attr, v, VAL(meta));
    Value attr = type_lookup(t, name);
    if (attr) {
        Type *at = val_type(attr);
        if (at->tp_descr_get)
            return at->tp_descr_get(ts, attr, VAL_NULL, v);
        return attr;
    }
    if (meta_attr) {
        Type *mt = val_type(meta_attr);
        if (mt->tp_descr_get)
            return mt->tp_descr_get(ts, meta_attr, v, VAL(meta));
        return meta_attr;
    }
    return err_attribute(ts, v, name);
}

static bool is_dunder(Value name)
{
    const StrObj *s = STR(name);
    return s->size > 4 && s->data[0] == '_' && s->data[1] == '_' &&
           s->data[s->size - 1] == '_' && s->data[s->size - 2] == '_';
}

static int type_setattr(ThreadState *ts, Value v, Value name, Value value)
{
    Type *t = (Type *)v;
    Value meta_attr = type_lookup(val_type(v), name);
    if (meta_attr && descr_is_data(meta_attr))
        return descr_set(ts, meta_attr, v, value);
    if (!(t->tflags & TF_HEAP)) {
        err_format(ts, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name), t->name);
        return -1;
    }
    if (value) {
        if (dict_set(ts, t->dict, name, value) < 0)
            return -1;
    } else {
        int r = dict_del(ts, t->dict, name);
        if (r < 0)
            return -1;
        if (r == 1) {
            err_attribute(ts, v, name);
            return -1;
        }
    }
    if (is_dunder(name))
        class_update_slots(t);
    if (str_eq_cstr(name, "__abstractmethods__")) {
        int truth = value ? obj_truthy(ts, value) : 0;
        if (truth < 0)
            return -1;
        t->tflags = (uint16_t)(truth ? t->tflags | TF_HAS_ABSTRACTS : t->tflags & ~TF_HAS_ABSTRACTS);
    }
    return 0;
}

static Value g_type_name(ThreadState *ts, Value self) { return ((Type *)self)->name_str; }
static int s_type_name(ThreadState *ts, Value self, Value v)
{
    Type *t = (Type *)self;
    if (!(t->tflags & TF_HEAP)) {
        err_format(ts, &exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v || !IS_STR(v)) {
        err_format(ts, &exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   v ? val_type_name(v) : "NULL");
        return -1;
    }
    t->name_str = v;
    t->name = str_cstr(v);
    return 0;
}
static Value g_type_qualname(ThreadState *ts, Value self) { return ((Type *)self)->qualname; }
static int s_type_qualname(ThreadState *ts, Value self, Value v)
{
    Type *t = (Type *)self;
    if (!(t->tflags & TF_HEAP)) {
        err_format(ts, &exc_TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v || !IS_STR(v)) {
        err_format(ts, &exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                   v ? val_type_name(v) : "NULL");
        return -1;
    }
    t->qualname = v;
    return 0;
}
static Value g_type_module(ThreadState *ts, Value self)
{
    Value m = type_module_str((Type *)self);
    return m ? m : str_from_cstr(ts, "builtins");
}
static int s_type_module(ThreadState *ts, Value self, Value v)
{
    Type *t = (Type *)self;
    if (!(t->tflags & TF_HEAP)) {
        err_format(ts, &exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (v)
        return dict_set_str(ts->interp, t->dict, dn[D_module], v);
    return dict_del(ts, t->dict, dn[D_module]) < 0 ? -1 : 0;
}
static Value g_type_dict(ThreadState *ts, Value self) { return dict_copy(ts, ((Type *)self)->dict); }
static Value g_type_base(ThreadState *ts, Value self)
{
    Type *b = ((Type *)self)->base;
    return b ? VAL(b) : VAL_NONE;
}
static Value g_type_bases(ThreadState *ts, Value self)
{
    Type *t = (Type *)self;
    if (t->bases)
        return t->bases;
    return t->base ? tuple_pack(ts, 1, VAL(t->base)) : VAL_EMPTY_TUPLE;
}
static Value g_type_mro(ThreadState *ts, Value self) { return class_mro(ts, (Type *)self); }
static Value g_type_doc(ThreadState *ts, Value self)
{
    Type *t = (Type *)self;
    Value d = dict_get_str(t->dict, dn[D_doc]);
    if (d && val_type(d)->tp_descr_get == NULL)
        return d;
    return VAL_NONE;
}

static int s_type_doc(ThreadState *ts, Value self, Value v)
{
    Type *t = (Type *)self;
    if (!(t->tflags & TF_HEAP)) {
        err_format(ts, &exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return dict_set_str(ts->interp, t->dict, dn[D_doc], v ? v : VAL_NONE);
}

static const GetSetDef type_getsets[] = {
    {"__name__", g_type_name, s_type_name},
    {"__qualname__", g_type_qualname, s_type_qualname},
    {"__module__", g_type_module, s_type_module},
    {"__dict__", g_type_dict, NULL},
    {"__base__", g_type_base, NULL},
    {"__bases__", g_type_bases, NULL},
    {"__mro__", g_type_mro, NULL},
    {"__doc__", g_type_doc, s_type_doc},
    {NULL, NULL, NULL},
};

static Value m_type_mro(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value tup = g_type_mro(ts, argv[0]);
    return seq_to_list(ts, tup);
}

static Value m_type_subclasscheck(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__subclasscheck__", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_TYPE(argv[1]))
        return err_format(ts, &exc_TypeError, "issubclass() arg 1 must be a class");
    return val_bool(type_is_subtype((Type *)argv[1], (Type *)argv[0]));
}

static Value m_type_instancecheck(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__instancecheck__", argc, kwnames, 2, 2))
        return VAL_NULL;
    return val_bool(obj_isinstance(argv[1], (Type *)argv[0]));
}

/* type.__new__(meta, name, bases, ns, **kw): for a metaclass's __new__ */
static Value m_type_dnew(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (args_npos(argc, kwnames) < 1)
        return err_format(ts, &exc_TypeError, "type.__new__(): not enough arguments");
    if (!IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "type.__new__(X): X is not a type object (%s)", val_type_name(argv[0]));
    if (!type_is_subtype((Type *)argv[0], &type_type))
        return err_format(ts, &exc_TypeError, "type.__new__(%s): %s is not a subtype of type",
                          ((Type *)argv[0])->name, ((Type *)argv[0])->name);
    return type_new(ts, (Type *)argv[0], argc - 1, argv + 1, kwnames);
}

/* type.__call__(cls, *args, **kw): for a metaclass's __call__ */
static Value m_type_dcall(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (args_npos(argc, kwnames) < 1 || !IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "descriptor '__call__' requires a 'type' object");
    return type_call(ts, argv[0], argc - 1, argv + 1, kwnames);
}

static Value m_type_dinit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    if (npos != 2 && npos != 4)
        return err_format(ts, &exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return VAL_NONE;
}

/* type.__setattr__ / __delattr__: for a metaclass's own __setattr__ */
static Value m_type_dsetattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__setattr__", argc, kwnames, 3, 3))
        return VAL_NULL;
    if (!IS_TYPE(argv[0]) || !IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "descriptor '__setattr__' requires a 'type' object and a str name");
    return type_setattr(ts, argv[0], argv[1], argv[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value m_type_ddelattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__delattr__", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_TYPE(argv[0]) || !IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "descriptor '__delattr__' requires a 'type' object and a str name");
    return type_setattr(ts, argv[0], argv[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static const MethodDef type_methods[] = {
    {"__new__", m_type_dnew, METH_STATIC},
    {"__setattr__", m_type_dsetattr, METH_DEFAULT},
    {"__delattr__", m_type_ddelattr, METH_DEFAULT},
    {"__call__", m_type_dcall, METH_DEFAULT},
    {"__init__", m_type_dinit, METH_DEFAULT},
    {"mro", m_type_mro, METH_DEFAULT},
    {"__subclasscheck__", m_type_subclasscheck, METH_DEFAULT},
    {"__instancecheck__", m_type_instancecheck, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type type_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "type",
    .layout = K_TYPE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(Type),
    .methods = type_methods,
    .getsets = type_getsets,
    .tp_new = type_new,
    .tp_init = type_init,
    .tp_call = type_call,
    .tp_repr = type_repr_slot,
    .tp_getattr = type_getattr,
    .tp_setattr = type_setattr,
    .trace = type_trace,
};
