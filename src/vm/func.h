/* func.h — callables made by the VM: Python functions, native functions and
 * methods (NativeObj of object.h), bound methods, cells, and `super`.
 *
 * Native calling rule: a NativeObj whose `self` is set and is not a module is
 * a bound method: calling it prepends self to argv. A module function may keep
 * its module in `self` for information; it is not passed.
 */
#ifndef GILSIM_FUNC_H
#define GILSIM_FUNC_H

#include "vm/object.h"

typedef struct FunctionObj {
    Obj h;
    Value code;            /* CodeObj */
    Value globals;         /* dict */
    Value name, qualname;  /* strs */
    Value defaults;        /* tuple or VAL_NULL */
    Value kwdefaults;      /* dict or VAL_NULL */
    Value closure;         /* tuple of cells or VAL_NULL */
    Value module;          /* __module__ (globals['__name__']) */
    Value doc;             /* __doc__ */
    Value dict;            /* __dict__ or VAL_NULL */
    Value annotations;     /* __annotations__ (a dict) or VAL_NULL until asked for */
} FunctionObj;
#define FUNC(v) ((FunctionObj *)(v))

typedef struct BoundMethodObj { Obj h; Value func, self; } BoundMethodObj;
#define BOUND(v) ((BoundMethodObj *)(v))

typedef struct CellObj { Obj h; Value value; /* VAL_NULL: empty */ } CellObj;
#define CELL(v) ((CellObj *)(v))

/* super(): layout K_OPAQUE (there is no dedicated kind). */
typedef struct SuperObj { Obj h; Value dict_unused; Type *type; Value obj; Type *obj_type; } SuperObj;

extern Type type_super;

/* func_new: a function from a code object (qualname/name from the code). */
Value func_new(ThreadState *ts, Value code, Value globals);
Value bound_method_new(ThreadState *ts, Value func, Value self);
Value cell_new(ThreadState *ts, Value v);
/* A native function/method object. */
Value native_new(ThreadState *ts, const MethodDef *def, Value self, Type *owner);
/* Calls a NativeObj (prepends a bound self; no malloc for <= 8 arguments). */
Value native_call(ThreadState *ts, Value fn, int argc, Value *argv, Value kwnames);
/* "len()" / "list.append()" / "__main__.f()" as CPython's
 * _PyObject_FunctionStr, for call error messages; writes into buf. */
void func_describe(ThreadState *ts, Value callable, char *buf, size_t size);

/* Registers the VM's extra static types (type_super, the loop iterators and
 * the generator type). Idempotent; types_init should call it;
 * compile_source also does, so they are ready before any code runs. */
void func_init_types(void);

#endif
