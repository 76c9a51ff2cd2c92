/* tuple.h — Python tuple. */
#ifndef GILSIM_TUPLE_H
#define GILSIM_TUPLE_H

#include "vm/object.h"

Value tuple_new(ThreadState *ts, int64_t n);                /* items VAL_NONE; fill before use */
Value tuple_from_array(ThreadState *ts, int64_t n, const Value *items);
Value tuple_pack(ThreadState *ts, int n, ...);              /* n Values */
extern TupleObj tuple_empty;                                /* the immortal () */
#define VAL_EMPTY_TUPLE ((Value)&tuple_empty)

/* Helpers shared by the built-in sequence and container types (str, tuple,
 * list, dict, set, range), giving CPython's exact messages for each of its
 * argument conventions. argc counts self (argv[0]); the messages do not. */
/* METH_NOARGS: "list.copy() takes no arguments (1 given)" */
bool argc_none(ThreadState *ts, const char *qualname, int argc, Value kwnames);
/* METH_O: "list.append() takes exactly one argument (0 given)" */
bool argc_one(ThreadState *ts, const char *qualname, int argc, Value kwnames);
/* Argument Clinic positional: "pop expected at most 1 argument, got 2" */
bool argc_range(ThreadState *ts, const char *name, int argc, Value kwnames, int min, int max);
/* Old getargs: "find() takes at least 1 argument (0 given)" */
bool argc_range_old(ThreadState *ts, const char *name, int argc, Value kwnames, int min, int max);
/* An int argument through __index__ ("'str' object cannot be interpreted as
 * an integer"; OverflowError beyond int64). */
bool int_arg(ThreadState *ts, Value v, int64_t *out);
/* A sequence index (int or __index__): IndexError "cannot fit 'int' into an
 * index-sized integer" beyond int64 (str.c). */
bool seq_index_arg(ThreadState *ts, Value key, int64_t *out);
/* For seq * n: finds which operand of a*b is the sequence of layout k and the
 * count; 1 ok, 0 NotImplemented, -1 error ("can't multiply sequence by
 * non-int of type 'float'") (str.c). */
int seq_repeat_count(ThreadState *ts, Value a, Value b, ObjKind k, Value *seq, int64_t *n);
/* start/stop arguments argv[2], argv[3] of index(x, start, stop), clamped
 * to [0, len] after adding len to negatives. */
bool seq_index_bounds(ThreadState *ts, int argc, Value *argv, int64_t len, int64_t *start, int64_t *stop);
/* TypeError "unhashable type: 'list'" (the tp_hash of mutable containers). */
int64_t hash_not_implemented(ThreadState *ts, Value self);
/* Lexicographic rich comparison of two lists or two tuples (re-reading the
 * items after each comparison, which may run Python code that mutates them). */
Value seq_richcompare(ThreadState *ts, Value a, Value b, int op);

/* Dunder methods of the built-in types (for super().__init__(...),
 * dict.__setitem__(self, k, v), it.__next__() ...). Each expands to a
 * NativeFn calling the type's own C function `impl` -- never the receiver's
 * slot, which a subclass may have replaced by a wrapper around this very
 * method. `qual` is the name used in argument-count messages. */
#define DUNDER_LEN(fname, qual, impl)                                              \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_none(ts, qual, argc, kw)) return VAL_NULL;                       \
        int64_t n_ = impl(ts, argv[0]);                                            \
        return n_ < 0 ? VAL_NULL : val_from_smallint(n_);                          \
    }
#define DUNDER_UNARY(fname, qual, impl)                                            \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_none(ts, qual, argc, kw)) return VAL_NULL;                       \
        return impl(ts, argv[0]);                                                  \
    }
#define DUNDER_BINARY(fname, qual, impl)                                           \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_one(ts, qual, argc, kw)) return VAL_NULL;                        \
        return impl(ts, argv[0], argv[1]);                                         \
    }
#define DUNDER_RBINARY(fname, qual, impl)                                          \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_one(ts, qual, argc, kw)) return VAL_NULL;                        \
        return impl(ts, argv[1], argv[0]);                                         \
    }
#define DUNDER_CONTAINS(fname, qual, impl)                                         \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_one(ts, qual, argc, kw)) return VAL_NULL;                        \
        int r_ = impl(ts, argv[0], argv[1]);                                       \
        return r_ < 0 ? VAL_NULL : val_bool(r_);                                   \
    }
#define DUNDER_SETITEM(fname, qual, impl)                                          \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_range(ts, qual, argc, kw, 2, 2)) return VAL_NULL;                \
        return impl(ts, argv[0], argv[1], argv[2]) < 0 ? VAL_NULL : VAL_NONE;      \
    }
#define DUNDER_DELITEM(fname, qual, impl)                                          \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_one(ts, qual, argc, kw)) return VAL_NULL;                        \
        return impl(ts, argv[0], argv[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;     \
    }
#define DUNDER_CMP(fname, qual, impl, op)                                          \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_one(ts, qual, argc, kw)) return VAL_NULL;                        \
        return impl(ts, argv[0], argv[1], op);                                     \
    }
#define DUNDER_HASH(fname, qual, impl)                                             \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_none(ts, qual, argc, kw)) return VAL_NULL;                       \
        int64_t h_ = impl(ts, argv[0]);                                            \
        return h_ == -1 ? VAL_NULL : int_from_i64(ts, h_);                         \
    }
#define DUNDER_INIT(fname, impl)                                                   \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        return impl(ts, argv[0], argc - 1, argv + 1, kw) < 0 ? VAL_NULL : VAL_NONE;\
    }
/* A METH_STATIC __new__(cls, ...) */
#define DUNDER_NEW(fname, basetype, impl)                                          \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (argc - (kw ? (int)TUPLE(kw)->length : 0) < 1)                          \
            return err_format(ts, &exc_TypeError, "%s.__new__(): not enough arguments", (basetype)->name); \
        if (!IS_TYPE(argv[0]))                                                     \
            return err_format(ts, &exc_TypeError, "%s.__new__(X): X is not a type object (%s)", \
                              (basetype)->name, val_type_name(argv[0]));            \
        if (!type_is_subtype((Type *)argv[0], basetype))                           \
            return err_format(ts, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", \
                              (basetype)->name, ((Type *)argv[0])->name, ((Type *)argv[0])->name, (basetype)->name); \
        return impl(ts, (Type *)argv[0], argc - 1, argv + 1, kw);                  \
    }
/* __next__: StopIteration when exhausted */
#define DUNDER_NEXT(fname, impl)                                                   \
    static Value fname(ThreadState *ts, int argc, Value *argv, Value kw)           \
    {                                                                              \
        if (!argc_none(ts, "__next__", argc, kw)) return VAL_NULL;                 \
        Value v_ = impl(ts, argv[0]);                                              \
        if (!v_ && !err_occurred(ts)) return err_set_none(ts, &exc_StopIteration); \
        return v_;                                                                 \
    }
/* __class_getitem__: list[int] in annotations. gilsim has no GenericAlias:
 * the class itself stands for the parameterised type. */
Value generic_class_getitem(ThreadState *ts, int argc, Value *argv, Value kwnames);

#endif
