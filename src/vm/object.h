/* object.h — values, the object header and type objects: the vocabulary every
 * part of the VM speaks.
 *
 * A Value is one machine word. If its low bit is 1 it is a small int
 * (value << 1 | 1, range [SMALLINT_MIN, SMALLINT_MAX]); ints outside that range
 * are IntObj (GMP). Otherwise it is a pointer to an Obj. VAL_NULL (0) is "no
 * value": a function returning Value returns VAL_NULL when it has raised an
 * exception (err_* in exc.h), and iterator `next` returns VAL_NULL with no
 * exception set when exhausted.
 *
 * Every Obj starts with a header: its Python type, its layout `kind` (the C
 * struct it is: fast type checks without chasing the type) and GC bits (the
 * heap finds its objects by their pages: gc.c). Built-in types are static,
 * immutable after types_init() and shared by every interpreter (simulated
 * processes); they and the other static objects (None, True, False,
 * NotImplemented, Ellipsis, the interned names of methods) are IMMORTAL: the
 * GC never marks, traces or frees them. User classes are heap types owned by
 * one interpreter's GC.
 *
 * Conventions for functions that can fail:
 *   Value f(...)  -> VAL_NULL on error (exception set)
 *   int f(...)    -> -1 on error, else 0 (or 0/1 for predicates)
 *   int64_t len   -> -1 on error
 * Allocation never fails (xmalloc aborts); runaway memory is caught by the GC's
 * cap at safe points, and by size checks before huge allocations (gc.h).
 */
#ifndef GILSIM_OBJECT_H
#define GILSIM_OBJECT_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/ast.h"     /* BinaryOp, CmpOp */

typedef uintptr_t Value;
_Static_assert(sizeof(Value) == 8, "gilsim needs a 64-bit platform");

#define VAL_NULL ((Value)0)

typedef struct Obj Obj;
typedef struct Type Type;
typedef struct Interp Interp;
typedef struct ThreadState ThreadState;
typedef struct GC GC;

/* ---- small ints ---- */
#define SMALLINT_MAX ((int64_t)((UINT64_C(1) << 62) - 1))
#define SMALLINT_MIN (-SMALLINT_MAX - 1)

static inline bool val_is_smallint(Value v) { return (v & 1) != 0; }
static inline int64_t val_smallint(Value v) { return (int64_t)v >> 1; }
static inline bool smallint_fits(int64_t i) { return i >= SMALLINT_MIN && i <= SMALLINT_MAX; }
/* Precondition: smallint_fits(i). Use int_from_i64 (int.h) for any int64_t. */
static inline Value val_from_smallint(int64_t i) { return ((Value)i << 1) | 1; }

/* ---- the object header ---- */
typedef enum ObjKind {
    K_NONE, K_BOOL, K_INT, K_FLOAT, K_STR, K_TUPLE, K_LIST, K_DICT, K_SET, K_FROZENSET,
    K_RANGE, K_SLICE, K_TYPE, K_INSTANCE, K_EXCEPTION, K_FUNCTION, K_NATIVE,
    K_BOUND_METHOD, K_CELL, K_CODE, K_MODULE, K_ITER, K_TRACEBACK, K_PROPERTY,
    K_NOTIMPL, K_ELLIPSIS, K_DICTVIEW, K_OPAQUE,   /* K_OPAQUE: a C struct of a library module */
    K_BYTES, K_BYTEARRAY,
    K_GENERATOR,
    K__COUNT
} ObjKind;

enum { OF_IMMORTAL = 1, OF_MARKED = 2 };   /* gc_flags; its upper bits are gc.c's (size class) */

struct Obj {
    Type *type;
    uint8_t kind;          /* ObjKind: the layout */
    uint8_t gc_flags;      /* OF_* */
    uint16_t flags;        /* free for the kind's own use */
    uint32_t aux;          /* free for the kind's own use */
};

#define OBJ(v) ((Obj *)(v))
#define VAL(o) ((Value)(o))

static inline bool val_is_obj(Value v) { return v != VAL_NULL && !(v & 1); }
static inline int val_kind(Value v) { return val_is_smallint(v) ? K_INT : OBJ(v)->kind; }

/* ---- static singletons (object.c) ---- */
extern Obj obj_none, obj_notimpl, obj_ellipsis;
typedef struct BoolObj { Obj h; int value; } BoolObj;
extern BoolObj obj_true, obj_false;
#define VAL_NONE ((Value)&obj_none)
#define VAL_TRUE ((Value)&obj_true)
#define VAL_FALSE ((Value)&obj_false)
#define VAL_NOTIMPL ((Value)&obj_notimpl)
#define VAL_ELLIPSIS ((Value)&obj_ellipsis)
static inline Value val_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

/* ---- native functions ----
 * One calling convention for every function written in C: argv holds the
 * positional arguments followed by the values of the keyword arguments, whose
 * names are the tuple `kwnames` (VAL_NULL when there are none), so argc counts
 * both. For a method, argv[0] is self. argv points into the caller's value
 * stack, so the arguments stay reachable for the GC during the call. */
typedef Value (*NativeFn)(ThreadState *ts, int argc, Value *argv, Value kwnames);

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;             /* METH_* */
} MethodDef;
enum {
    METH_DEFAULT = 0,
    METH_CLASS = 1,        /* argv[0] is the class (e.g. dict.fromkeys) */
    METH_STATIC = 2,       /* no self */
    METH_COEXIST = 4,      /* a slot dunder CPython defines as a plain method (list.__getitem__), for messages */
    METH_SPECIALISED = 8,  /* CPython 3.11+ calls it through a specialised instruction that does
                              not poll the eval breaker (len, isinstance, list.append) */
};

/* A data attribute of a built-in type, e.g. Exception.args, range.start. */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(ThreadState *ts, Value self);
    int (*set)(ThreadState *ts, Value self, Value v);   /* NULL: read-only; v VAL_NULL = delete */
} GetSetDef;

/* ---- type objects ---- */
enum {
    TF_HEAP = 1,           /* a class statement made it */
    TF_BASETYPE = 2,       /* may be subclassed */
    TF_ABSTRACT = 4,       /* cannot be instantiated by calling it */
    TF_HAS_ABSTRACTS = 8,  /* its __abstractmethods__ is not empty (abc): object() refuses it */
};

typedef enum UnaryOpSlot { NB_NEG, NB_POS, NB_INVERT, NB_ABS, NB__UNARY_COUNT } UnaryOpSlot;

#define TYPE_LOOKUP_CACHE 16   /* entries per heap type, a power of two */

struct Type {
    Obj h;                          /* h.kind == K_TYPE */
    const char *name;               /* tp_name as CPython prints it ("int", "Foo") */
    Value name_str;                 /* __name__ (str) */
    Value qualname;                 /* __qualname__ (str) */
    Value module;                   /* __module__ (str) or VAL_NULL for builtins */
    Type *base;                     /* the solid base (layout, slots); NULL only for object */
    Value dict;                     /* attributes (a dict); built from methods/getsets for built-ins */
    uint8_t layout;                 /* ObjKind of its instances */
    uint16_t tflags;                /* TF_* */
    size_t instance_size;           /* bytes of an instance (heap types: of the layout) */
    size_t dict_offset;             /* offset of a `Value dict` field in instances, 0 = no __dict__ */
    Value mro;                      /* heap types: __mro__ (a tuple, C3); VAL_NULL: walk `base` */
    Value bases;                    /* heap types: __bases__ (a tuple); base is the solid one */

    const MethodDef *methods;       /* NULL-terminated; turned into `dict` by types_init */
    const GetSetDef *getsets;       /* NULL-terminated */

    /* Slots. NULL = unsupported. Heap types get wrappers that call the dunder
     * methods (class.c); a type without a slot inherits its base's at init. */
    Value (*tp_new)(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames);  /* type(...) calls new then __init__ */
    int (*tp_init)(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames);
    Value (*tp_call)(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames);
    Value (*tp_repr)(ThreadState *ts, Value self);
    Value (*tp_str)(ThreadState *ts, Value self);          /* NULL: use tp_repr */
    int64_t (*tp_hash)(ThreadState *ts, Value self);       /* -1 on error; NULL: unhashable */
    Value (*tp_richcompare)(ThreadState *ts, Value a, Value b, int op);  /* op: CMP_LT..CMP_GE; may return VAL_NOTIMPL */
    int (*tp_bool)(ThreadState *ts, Value self);           /* NULL: use tp_len, else true */
    int64_t (*tp_len)(ThreadState *ts, Value self);
    Value (*tp_getattr)(ThreadState *ts, Value self, Value name);    /* name: interned str */
    int (*tp_setattr)(ThreadState *ts, Value self, Value name, Value v);  /* v VAL_NULL: delete */
    Value (*tp_getitem)(ThreadState *ts, Value self, Value key);
    int (*tp_setitem)(ThreadState *ts, Value self, Value key, Value v);   /* v VAL_NULL: delete */
    int (*tp_contains)(ThreadState *ts, Value self, Value x);
    Value (*tp_iter)(ThreadState *ts, Value self);
    Value (*tp_next)(ThreadState *ts, Value self);          /* VAL_NULL without error: exhausted */
    Value (*tp_descr_get)(ThreadState *ts, Value descr, Value obj, Value type);  /* obj VAL_NULL: via the class */
    Value (*tp_format)(ThreadState *ts, Value self, Value spec);   /* __format__ */
    Value (*nb_binary[OP__BINARY_COUNT])(ThreadState *ts, Value a, Value b);   /* may return VAL_NOTIMPL; either operand may be self */
    Value (*nb_inplace[OP__BINARY_COUNT])(ThreadState *ts, Value a, Value b);  /* NULL: fall back to nb_binary */
    Value (*nb_unary[NB__UNARY_COUNT])(ThreadState *ts, Value a);
    Value (*nb_index)(ThreadState *ts, Value self);         /* __index__: returns an int */
    Value (*nb_int)(ThreadState *ts, Value self);
    Value (*nb_float)(ThreadState *ts, Value self);

    void (*trace)(GC *gc, Obj *self);      /* mark what self references (gc_mark) */
    void (*finalize)(Obj *self);           /* free C memory self owns (not other Objs) */

    /* Heap types only: what type_lookup last found for a few names
     * (VAL_NULL: absent), valid while `epoch` is dict_namespace_epoch
     * (any change to any type's namespace ends every entry). abstract.c. */
    struct { Value name, found; uint64_t epoch; } lookup_cache[TYPE_LOOKUP_CACHE];
};

/* The built-in types (static, defined by the module that implements them). */
extern Type type_object, type_type, type_none, type_notimpl, type_ellipsis,   /* object.c, class.c */
    type_bool, type_int, type_float,                                         /* int.c, float.c */
    type_str, type_tuple, type_list, type_dict, type_set, type_frozenset,
    type_range, type_slice, type_dict_keys, type_dict_values, type_dict_items,
    type_function, type_native, type_bound_method, type_cell, type_code,    /* func.c, code.c */
    type_module, type_traceback;

static inline Type *val_type(Value v) { return val_is_smallint(v) ? &type_int : OBJ(v)->type; }
static inline const char *val_type_name(Value v) { return val_type(v)->name; }

/* Exact-layout checks (subclass instances of a built-in share its layout). */
static inline bool val_is(Value v, ObjKind k) { return val_is_obj(v) && OBJ(v)->kind == k; }
#define IS_STR(v)   val_is((v), K_STR)
#define IS_LIST(v)  val_is((v), K_LIST)
#define IS_TUPLE(v) val_is((v), K_TUPLE)
#define IS_DICT(v)  val_is((v), K_DICT)
#define IS_FLOAT(v) val_is((v), K_FLOAT)
#define IS_TYPE(v)  val_is((v), K_TYPE)
#define IS_BIGINT(v) val_is((v), K_INT)
/* int or bool (bool is a subclass of int) */
static inline bool val_is_int(Value v) { return val_is_smallint(v) || (val_is_obj(v) && (OBJ(v)->kind == K_INT || OBJ(v)->kind == K_BOOL)); }

/* ---- layouts every module may read ---- */
typedef struct FloatObj { Obj h; double value; } FloatObj;
static inline double float_value(Value v) { return ((FloatObj *)v)->value; }

typedef struct StrObj {
    Obj h;                 /* h.flags: STR_ASCII, STR_INTERNED */
    int64_t hash;          /* -1: not computed yet */
    int64_t length;        /* in code points */
    int64_t size;          /* in bytes, without the terminating NUL */
    char data[];           /* UTF-8, NUL-terminated */
} StrObj;
enum { STR_ASCII = 1, STR_INTERNED = 2 };
#define STR(v) ((StrObj *)(v))
static inline const char *str_cstr(Value v) { return STR(v)->data; }

typedef struct TupleObj { Obj h; int64_t length; Value items[]; } TupleObj;
#define TUPLE(v) ((TupleObj *)(v))

typedef struct ListObj { Obj h; int64_t length, capacity; Value *items; } ListObj;
#define LIST(v) ((ListObj *)(v))

/* An instance of a user class (layout K_INSTANCE). */
typedef struct InstanceObj { Obj h; Value dict; } InstanceObj;

/* An exception instance (layout K_EXCEPTION, also for user subclasses). */
typedef struct ExcObj {
    Obj h;
    Value dict;            /* __dict__ (user attributes), VAL_NULL until needed */
    Value args;            /* tuple */
    Value traceback;       /* TracebackObj or VAL_NULL */
    Value cause, context;  /* __cause__, __context__ or VAL_NULL */
    bool suppress_context;
} ExcObj;

typedef struct ModuleObj { Obj h; Value dict; Value name; } ModuleObj;

/* A native function or method (K_NATIVE). `self` is VAL_NULL for a plain
 * function or an unbound method descriptor (then argv[0] is the receiver). */
typedef struct NativeObj {
    Obj h;
    const MethodDef *def;
    Value self;            /* bound receiver / module, or VAL_NULL */
    Type *owner;           /* the type a method descriptor belongs to, else NULL */
} NativeObj;

/* Generic iterator layout (K_ITER) shared by the built-in iterators; each
 * iterator type's tp_next gives the fields their meaning. */
typedef struct IterObj { Obj h; Value a, b, c; int64_t i, n, step; } IterObj;

/* An opaque C object of a library module (K_OPAQUE): a lock, a random
 * generator... The type's trace/finalize manage it. */
typedef struct OpaqueObj { Obj h; Value dict; void *data; } OpaqueObj;

/* ---- static type initialisation ----
 * types_init() runs once per process (before the first interpreter): it fills
 * every static type's dict from its methods/getsets, inherits slots from bases
 * and makes all of it immortal. Modules register their static types here. */
void types_init(void);
/* Prepares one static type (called by types_init for each built-in type and by
 * library modules for theirs, from their own init, under types_init's once). */
void type_ready(Type *t);

#endif
