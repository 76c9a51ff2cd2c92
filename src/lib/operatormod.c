/* operatormod.c — the operator module: Python's operators as functions, and
 * itemgetter, attrgetter and methodcaller.
 *
 * In C as in CPython (_operator): these are the key functions of sorted(),
 * heapq and namedtuple's fields, called once per element, and as built-ins
 * they do not bind when stored in a class. Every function takes positional
 * arguments only, with CPython's "add expected 2 arguments, got 1".
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- the operators ---- */

#define BINARY(fname, pyname, op)                                                   \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)       \
    {                                                                               \
        if (!lib_check_positional(ts, pyname, argc, kwnames, 2, 2)) return VAL_NULL;\
        return obj_binop(ts, op, argv[0], argv[1]);                                 \
    }
#define INPLACE(fname, pyname, op)                                                  \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)       \
    {                                                                               \
        if (!lib_check_positional(ts, pyname, argc, kwnames, 2, 2)) return VAL_NULL;\
        return obj_inplace(ts, op, argv[0], argv[1]);                               \
    }
#define COMPARE(fname, pyname, op)                                                  \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)       \
    {                                                                               \
        if (!lib_check_positional(ts, pyname, argc, kwnames, 2, 2)) return VAL_NULL;\
        return obj_richcompare(ts, argv[0], argv[1], op);                           \
    }
#define UNARY(fname, pyname, op)                                                    \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kwnames)       \
    {                                                                               \
        if (!lib_check_one(ts, pyname, argc, kwnames)) return VAL_NULL;             \
        return obj_unary(ts, op, argv[0]);                                          \
    }

BINARY(op_add, "add", OP_ADD)
BINARY(op_sub, "sub", OP_SUB)
BINARY(op_mul, "mul", OP_MUL)
BINARY(op_matmul, "matmul", OP_MATMUL)
BINARY(op_truediv, "truediv", OP_TRUEDIV)
BINARY(op_floordiv, "floordiv", OP_FLOORDIV)
BINARY(op_mod, "mod", OP_MOD)
BINARY(op_pow, "pow", OP_POW)
BINARY(op_lshift, "lshift", OP_LSHIFT)
BINARY(op_rshift, "rshift", OP_RSHIFT)
BINARY(op_and, "and_", OP_BITAND)
BINARY(op_or, "or_", OP_BITOR)
BINARY(op_xor, "xor", OP_BITXOR)
INPLACE(op_iadd, "iadd", OP_ADD)
INPLACE(op_isub, "isub", OP_SUB)
INPLACE(op_imul, "imul", OP_MUL)
INPLACE(op_imatmul, "imatmul", OP_MATMUL)
INPLACE(op_itruediv, "itruediv", OP_TRUEDIV)
INPLACE(op_ifloordiv, "ifloordiv", OP_FLOORDIV)
INPLACE(op_imod, "imod", OP_MOD)
INPLACE(op_ipow, "ipow", OP_POW)
INPLACE(op_ilshift, "ilshift", OP_LSHIFT)
INPLACE(op_irshift, "irshift", OP_RSHIFT)
INPLACE(op_iand, "iand", OP_BITAND)
INPLACE(op_ior, "ior", OP_BITOR)
INPLACE(op_ixor, "ixor", OP_BITXOR)
COMPARE(op_lt, "lt", CMP_LT)
COMPARE(op_le, "le", CMP_LE)
COMPARE(op_eq, "eq", CMP_EQ)
COMPARE(op_ne, "ne", CMP_NE)
COMPARE(op_gt, "gt", CMP_GT)
COMPARE(op_ge, "ge", CMP_GE)
UNARY(op_neg, "neg", NB_NEG)
UNARY(op_pos, "pos", NB_POS)
UNARY(op_invert, "invert", NB_INVERT)
UNARY(op_abs, "abs", NB_ABS)

static Value op_not(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "not_", argc, kwnames)) return VAL_NULL;
    return obj_not(ts, argv[0]);
}

static Value op_truth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "truth", argc, kwnames)) return VAL_NULL;
    int r = obj_truthy(ts, argv[0]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value op_is(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "is_", argc, kwnames, 2, 2)) return VAL_NULL;
    return val_bool(argv[0] == argv[1]);
}

static Value op_is_not(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "is_not", argc, kwnames, 2, 2)) return VAL_NULL;
    return val_bool(argv[0] != argv[1]);
}

static Value op_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "index", argc, kwnames)) return VAL_NULL;
    return obj_index(ts, argv[0]);
}

static Value op_contains(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "contains", argc, kwnames, 2, 2)) return VAL_NULL;
    int r = obj_contains(ts, argv[0], argv[1]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value op_getitem(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "getitem", argc, kwnames, 2, 2)) return VAL_NULL;
    return obj_getitem(ts, argv[0], argv[1]);
}

static Value op_setitem(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "setitem", argc, kwnames, 3, 3)) return VAL_NULL;
    return obj_setitem(ts, argv[0], argv[1], argv[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_delitem(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "delitem", argc, kwnames, 2, 2)) return VAL_NULL;
    return obj_delitem(ts, argv[0], argv[1]) < 0 ? VAL_NULL : VAL_NONE;
}

/* CPython's PySequence_Check: indexable, and not a mapping (dict). */
static bool is_sequence(Value v)
{
    return val_type(v)->tp_getitem && !obj_isinstance(v, &type_dict);
}

static Value concat(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, bool inplace)
{
    if (!lib_check_positional(ts, name, argc, kwnames, 2, 2)) return VAL_NULL;
    if (!is_sequence(argv[0]))
        return err_format(ts, &exc_TypeError, "'%s' object can't be concatenated", val_type_name(argv[0]));
    return inplace ? obj_inplace(ts, OP_ADD, argv[0], argv[1]) : obj_binop(ts, OP_ADD, argv[0], argv[1]);
}

static Value op_concat(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return concat(ts, argc, argv, kwnames, "concat", false);
}

static Value op_iconcat(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return concat(ts, argc, argv, kwnames, "iconcat", true);
}

/* countOf / indexOf: identity or equality, as `in` compares. */
static int64_t seq_find(ThreadState *ts, Value seq, Value x, bool count)
{
    Value it = obj_iter(ts, seq);
    if (!it)
        return -1;
    gc_push_root(ts, it);
    int64_t n = 0, i = 0;
    for (;; i++) {
        Value item = obj_next(ts, it);
        if (!item) {
            if (err_occurred(ts))
                n = -1;
            else if (!count)
                n = -2;
            break;
        }
        gc_push_root(ts, item);
        int r = item == x ? 1 : obj_eq(ts, item, x);
        gc_pop_roots(ts, 1);
        if (r < 0) {
            n = -1;
            break;
        }
        if (r) {
            if (!count) {
                n = i;
                break;
            }
            n++;
        }
    }
    gc_pop_roots(ts, 1);
    return n;
}

static Value op_countof(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "countOf", argc, kwnames, 2, 2)) return VAL_NULL;
    int64_t n = seq_find(ts, argv[0], argv[1], true);
    return n < 0 ? VAL_NULL : int_from_i64(ts, n);
}

static Value op_indexof(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "indexOf", argc, kwnames, 2, 2)) return VAL_NULL;
    int64_t n = seq_find(ts, argv[0], argv[1], false);
    if (n == -2)
        return err_format(ts, &exc_ValueError, "sequence.index(x): x not in sequence");
    return n < 0 ? VAL_NULL : int_from_i64(ts, n);
}

/* length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default. */
static Value op_length_hint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "length_hint", argc, kwnames, 1, 2)) return VAL_NULL;
    int64_t dflt = 0;
    if (argc == 2) {
        if (!val_is_int(argv[1]))
            return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              val_type_name(argv[1]));
        if (!lib_index_i64(ts, argv[1], &dflt, "ssize_t")) return VAL_NULL;
    }
    Type *t = val_type(argv[0]);
    if (t->tp_len) {
        int64_t n = obj_len(ts, argv[0]);
        if (n >= 0) return int_from_i64(ts, n);
        if (!err_matches(ts, &exc_TypeError)) return VAL_NULL;
        err_clear(ts);
    }
    Value hint = obj_lookup_attr(ts, argv[0], interp_intern_cstr(ts, "__length_hint__"));
    if (!hint) {
        if (err_occurred(ts)) return VAL_NULL;
        return int_from_i64(ts, dflt);
    }
    Value r = vm_call0(ts, hint);
    if (!r) {
        if (!err_matches(ts, &exc_TypeError)) return VAL_NULL;
        err_clear(ts);
        return int_from_i64(ts, dflt);
    }
    if (r == VAL_NOTIMPL) return int_from_i64(ts, dflt);
    if (!val_is_int(r))
        return err_format(ts, &exc_TypeError, "__length_hint__ must be an integer, not %s", val_type_name(r));
    int64_t n;
    if (!int_to_i64(r, &n) || n < 0)
        return err_format(ts, &exc_ValueError, "__length_hint__() should return >= 0");
    return r;
}

/* call(obj, /, *args, **kwargs) */
static Value op_call(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (args_npos(argc, kwnames) < 1)
        return err_format(ts, &exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return vm_call(ts, argv[0], argc - 1, argv + 1, kwnames);
}

/* ---- itemgetter, attrgetter, methodcaller ---- */

typedef struct GetterObj {
    Obj h;
    Value dict;            /* unused (OpaqueObj's layout) */
    Value items;           /* itemgetter: the keys; attrgetter: tuples of name parts; methodcaller: args */
    Value name;            /* methodcaller: the method name */
    Value kwargs;          /* methodcaller: dict or VAL_NULL */
    int64_t n;             /* itemgetter/attrgetter: how many */
} GetterObj;

#define GETTER(v) ((GetterObj *)(v))

static Type itemgetter_type, attrgetter_type, methodcaller_type;

static void getter_trace(GC *gc, Obj *self)
{
    GetterObj *g = (GetterObj *)self;
    if (val_is_obj(g->items)) gc_mark(gc, g->items);
    if (val_is_obj(g->name)) gc_mark(gc, g->name);
    if (val_is_obj(g->kwargs)) gc_mark(gc, g->kwargs);
}

static Value itemgetter_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "itemgetter() takes no keyword arguments");
    if (argc < 1)
        return err_format(ts, &exc_TypeError, "itemgetter expected 1 argument, got 0");
    GetterObj *g = gc_alloc(ts, t, sizeof(GetterObj));
    g->items = tuple_from_array(ts, argc, argv);
    g->n = argc;
    return VAL(g);
}

/* key(obj, keys[i]) for the one key, or a tuple of them for several:
 * the calls of itemgetter and attrgetter. */
static Value getter_apply(ThreadState *ts, GetterObj *g, Value obj,
                          Value (*key)(ThreadState *, Value, Value))
{
    if (g->n == 1)
        return key(ts, obj, TUPLE(g->items)->items[0]);
    Value r = tuple_new(ts, g->n);
    gc_push_root(ts, r);
    for (int64_t i = 0; i < g->n; i++) {
        Value v = key(ts, obj, TUPLE(g->items)->items[i]);
        if (!v) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        TUPLE(r)->items[i] = v;
    }
    gc_pop_roots(ts, 1);
    return r;
}

static Value itemgetter_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "itemgetter", argc, kwnames, 1, 1)) return VAL_NULL;
    return getter_apply(ts, GETTER(self), argv[0], obj_getitem);
}

/* "operator.NAME(" + reprs of items + extra + ")" */
static Value getter_repr(ThreadState *ts, Value self, const char *name, Value items, Value kwargs)
{
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_printf(ts, "%s(...)", name);
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "%s(", name);
    int rc = 0;
    for (int64_t i = 0; i < TUPLE(items)->length && rc == 0; i++) {
        if (i) sb_puts(&sb, ", ");
        rc = sb_append_repr(ts, &sb, TUPLE(items)->items[i]);
    }
    if (kwargs && rc == 0) {
        int64_t pos = 0;
        Value k, v;
        while (rc == 0 && dict_next(kwargs, &pos, &k, &v)) {
            sb_puts(&sb, ", ");
            sb_append_str(&sb, k);
            sb_putc(&sb, '=');
            rc = sb_append_repr(ts, &sb, v);
        }
    }
    repr_leave(ts, self);
    if (rc < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
}

static Value itemgetter_repr(ThreadState *ts, Value self)
{
    return getter_repr(ts, self, "operator.itemgetter", GETTER(self)->items, VAL_NULL);
}

/* attrgetter keeps each dotted name as a tuple of its parts, and the
 * names as given for repr(). */
static Value attrgetter_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "attrgetter() takes no keyword arguments");
    if (argc < 1)
        return err_format(ts, &exc_TypeError, "attrgetter expected 1 argument, got 0");
    for (int i = 0; i < argc; i++)
        if (!IS_STR(argv[i]))
            return err_format(ts, &exc_TypeError, "attribute name must be a string");
    GetterObj *g = gc_alloc(ts, t, sizeof(GetterObj));
    g->name = tuple_from_array(ts, argc, argv);
    Value parts = tuple_new(ts, argc);
    g->items = parts;
    g->n = argc;
    for (int i = 0; i < argc; i++) {
        const char *s = str_cstr(argv[i]);
        Value list = list_new_empty(ts, 2);
        TUPLE(parts)->items[i] = list;
        for (;;) {
            const char *dot = strchr(s, '.');
            size_t n = dot ? (size_t)(dot - s) : strlen(s);
            list_append(ts, list, interp_intern(ts, str_new(ts, s, n)));
            if (!dot) break;
            s = dot + 1;
        }
        TUPLE(parts)->items[i] = list_as_tuple(ts, list);
    }
    return VAL(g);
}

static Value dotted_getattr(ThreadState *ts, Value obj, Value parts)
{
    for (int64_t i = 0; i < TUPLE(parts)->length && obj; i++)
        obj = obj_getattr(ts, obj, TUPLE(parts)->items[i]);
    return obj;
}

static Value attrgetter_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "attrgetter", argc, kwnames, 1, 1)) return VAL_NULL;
    return getter_apply(ts, GETTER(self), argv[0], dotted_getattr);
}

static Value attrgetter_repr(ThreadState *ts, Value self)
{
    return getter_repr(ts, self, "operator.attrgetter", GETTER(self)->name, VAL_NULL);
}

static Value methodcaller_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    if (npos < 1)
        return err_format(ts, &exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!IS_STR(argv[0]))
        return err_format(ts, &exc_TypeError, "method name must be a string");
    GetterObj *g = gc_alloc(ts, t, sizeof(GetterObj));
    g->name = interp_intern(ts, argv[0]);
    g->items = tuple_from_array(ts, npos - 1, argv + 1);
    if (kwnames && TUPLE(kwnames)->length) {
        g->kwargs = dict_new(ts);
        for (int64_t i = 0; i < TUPLE(kwnames)->length; i++)
            if (dict_set(ts, g->kwargs, TUPLE(kwnames)->items[i], argv[npos + i]) < 0)
                return VAL_NULL;
    }
    return VAL(g);
}

static Value methodcaller_call(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "methodcaller", argc, kwnames, 1, 1)) return VAL_NULL;
    GetterObj *g = GETTER(self);
    Value method = obj_getattr(ts, argv[0], g->name);
    if (!method)
        return VAL_NULL;
    gc_push_root(ts, method);
    int64_t npos = TUPLE(g->items)->length;
    int64_t nkw = g->kwargs ? dict_len(g->kwargs) : 0;
    Value *args = xmalloc(sizeof(Value) * (size_t)(npos + nkw + 1));
    memcpy(args, TUPLE(g->items)->items, sizeof(Value) * (size_t)npos);
    Value names = VAL_NULL;
    if (nkw) {
        names = tuple_new(ts, nkw);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(g->kwargs, &pos, &k, &v)) {
            TUPLE(names)->items[i] = k;
            args[npos + i++] = v;
        }
        gc_push_root(ts, names);
    }
    Value r = vm_call(ts, method, (int)(npos + nkw), args, names);
    free(args);
    gc_pop_roots(ts, nkw ? 2 : 1);
    return r;
}

static Value methodcaller_repr(ThreadState *ts, Value self)
{
    GetterObj *g = GETTER(self);
    Value items = tuple_new(ts, TUPLE(g->items)->length + 1);
    TUPLE(items)->items[0] = g->name;
    for (int64_t i = 0; i < TUPLE(g->items)->length; i++)
        TUPLE(items)->items[i + 1] = TUPLE(g->items)->items[i];
    gc_push_root(ts, items);
    Value r = getter_repr(ts, self, "operator.methodcaller", items, g->kwargs);
    gc_pop_roots(ts, 1);
    return r;
}

/* __reduce__: (type, args) so that copy and pickling-style code can rebuild one. */
static Value getter_reduce(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "__reduce__", argc - 1, kwnames)) return VAL_NULL;
    GetterObj *g = GETTER(argv[0]);
    Type *t = val_type(argv[0]);
    Value args = t == &itemgetter_type ? g->items : g->name;
    return tuple_pack(ts, 2, VAL(t), args);
}

static const MethodDef getter_methods[] = {
    {"__reduce__", getter_reduce, 0},
    {NULL, NULL, 0},
};

#define GETTER_TYPE(var, tname, newfn, callfn, reprfn)                \
    static Type var = {                                               \
        .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL}, \
        .name = tname,                                                \
        .layout = K_OPAQUE,                                           \
        .instance_size = sizeof(GetterObj),                           \
        .methods = getter_methods,                                    \
        .tp_new = newfn,                                              \
        .tp_call = callfn,                                            \
        .tp_repr = reprfn,                                            \
        .trace = getter_trace,                                        \
    };

GETTER_TYPE(itemgetter_type, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr)
GETTER_TYPE(attrgetter_type, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr)

static Type methodcaller_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "operator.methodcaller",
    .layout = K_OPAQUE,
    .instance_size = sizeof(GetterObj),
    .tp_new = methodcaller_new,
    .tp_call = methodcaller_call,
    .tp_repr = methodcaller_repr,
    .trace = getter_trace,
};

void operatormod_types_init(void)
{
    type_ready(&itemgetter_type);
    type_ready(&attrgetter_type);
    type_ready(&methodcaller_type);
}

/* Each function also under its dunder name (operator.__add__ is operator.add). */
static const MethodDef operator_functions[] = {
    {"abs", op_abs, 0}, {"add", op_add, 0}, {"and_", op_and, 0}, {"call", op_call, 0},
    {"concat", op_concat, 0}, {"contains", op_contains, 0}, {"countOf", op_countof, 0},
    {"delitem", op_delitem, 0}, {"eq", op_eq, 0}, {"floordiv", op_floordiv, 0}, {"ge", op_ge, 0},
    {"getitem", op_getitem, 0}, {"gt", op_gt, 0}, {"iadd", op_iadd, 0}, {"iand", op_iand, 0},
    {"iconcat", op_iconcat, 0}, {"ifloordiv", op_ifloordiv, 0}, {"ilshift", op_ilshift, 0},
    {"imatmul", op_imatmul, 0}, {"imod", op_imod, 0}, {"imul", op_imul, 0}, {"index", op_index, 0},
    {"indexOf", op_indexof, 0}, {"inv", op_invert, 0}, {"invert", op_invert, 0}, {"ior", op_ior, 0},
    {"ipow", op_ipow, 0}, {"irshift", op_irshift, 0}, {"is_", op_is, 0}, {"is_not", op_is_not, 0},
    {"isub", op_isub, 0}, {"itruediv", op_itruediv, 0}, {"ixor", op_ixor, 0}, {"le", op_le, 0},
    {"length_hint", op_length_hint, 0}, {"lshift", op_lshift, 0}, {"lt", op_lt, 0},
    {"matmul", op_matmul, 0}, {"mod", op_mod, 0}, {"mul", op_mul, 0}, {"ne", op_ne, 0},
    {"neg", op_neg, 0}, {"not_", op_not, 0}, {"or_", op_or, 0}, {"pos", op_pos, 0},
    {"pow", op_pow, 0}, {"rshift", op_rshift, 0}, {"setitem", op_setitem, 0}, {"sub", op_sub, 0},
    {"truediv", op_truediv, 0}, {"truth", op_truth, 0}, {"xor", op_xor, 0},
    {NULL, NULL, 0},
};

static const char *const dunder_aliases[][2] = {
    {"__abs__", "abs"}, {"__add__", "add"}, {"__and__", "and_"}, {"__call__", "call"},
    {"__concat__", "concat"}, {"__contains__", "contains"}, {"__delitem__", "delitem"},
    {"__eq__", "eq"}, {"__floordiv__", "floordiv"}, {"__ge__", "ge"}, {"__getitem__", "getitem"},
    {"__gt__", "gt"}, {"__iadd__", "iadd"}, {"__iand__", "iand"}, {"__iconcat__", "iconcat"},
    {"__ifloordiv__", "ifloordiv"}, {"__ilshift__", "ilshift"}, {"__imatmul__", "imatmul"},
    {"__imod__", "imod"}, {"__imul__", "imul"}, {"__index__", "index"}, {"__inv__", "inv"},
    {"__invert__", "invert"}, {"__ior__", "ior"}, {"__ipow__", "ipow"}, {"__irshift__", "irshift"},
    {"__isub__", "isub"}, {"__itruediv__", "itruediv"}, {"__ixor__", "ixor"}, {"__le__", "le"},
    {"__lshift__", "lshift"}, {"__lt__", "lt"}, {"__matmul__", "matmul"}, {"__mod__", "mod"},
    {"__mul__", "mul"}, {"__ne__", "ne"}, {"__neg__", "neg"}, {"__not__", "not_"},
    {"__or__", "or_"}, {"__pos__", "pos"}, {"__pow__", "pow"}, {"__rshift__", "rshift"},
    {"__setitem__", "setitem"}, {"__sub__", "sub"}, {"__truediv__", "truediv"}, {"__xor__", "xor"},
};

int operatormod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, operator_functions) < 0)
        return -1;
    Value d = ((ModuleObj *)module)->dict;
    for (size_t i = 0; i < sizeof dunder_aliases / sizeof dunder_aliases[0]; i++)
        if (module_add_value(ts, module, dunder_aliases[i][0], dict_get_cstr(d, dunder_aliases[i][1])) < 0)
            return -1;
    if (module_add_value(ts, module, "itemgetter", VAL(&itemgetter_type)) < 0 ||
        module_add_value(ts, module, "attrgetter", VAL(&attrgetter_type)) < 0)
        return -1;
    return module_add_value(ts, module, "methodcaller", VAL(&methodcaller_type));
}
