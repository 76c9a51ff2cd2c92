/* abstract.h — the object protocols: what the eval loop and the builtins call
 * to operate on any value, dispatching through type slots (CPython's
 * abstract.c and object.c). */
#ifndef GILSIM_ABSTRACT_H
#define GILSIM_ABSTRACT_H

#include "vm/object.h"

/* ---- C recursion guards (CPython's Py_EnterRecursiveCall) ----
 * A C routine that recurses on its data (comparing, repr'ing or hashing
 * nested containers; the compiler on a deep AST) must not overflow the C
 * stack, whatever the input and whatever sys.setrecursionlimit says. Two
 * checks: a count, ts->c_depth against the recursion limit, where CPython
 * counts too; and the C stack itself, measured from where the thread
 * started (obj_mark_c_stack) against a budget that fits the smallest stack
 * a Python thread runs on. */

/* Records the current C stack position as the thread's base. Call on the
 * thread's own stack, as it starts running Python code. */
void obj_mark_c_stack(ThreadState *ts);
/* Is the C stack nearly used up? Raises nothing. */
bool obj_c_stack_exhausted(ThreadState *ts);
/* The lowest address the thread's C stack may reach before those checks
 * fail (for the parser, which has no thread state). */
uintptr_t obj_c_stack_limit(ThreadState *ts);
/* Enters one level of counted C recursion; false with RecursionError
 * ("maximum recursion depth exceeded" + where, e.g. " in comparison") when
 * c_depth passes the recursion limit or the C stack is nearly used up. */
bool obj_enter_recursive_call(ThreadState *ts, const char *where);
void obj_leave_recursive_call(ThreadState *ts);
/* The C stack check alone, for recursions CPython does not count (hashing a
 * nested tuple, next() through a chain of iterators): false with
 * RecursionError ("maximum recursion depth exceeded" + where). */
bool obj_check_c_stack(ThreadState *ts, const char *where);

Value obj_repr(ThreadState *ts, Value v);            /* repr(v): a str */
Value obj_str(ThreadState *ts, Value v);             /* str(v): a str */
Value obj_ascii(ThreadState *ts, Value v);           /* ascii(v) */
int64_t obj_hash(ThreadState *ts, Value v);          /* -1 on error (TypeError: unhashable type: 'list') */
int obj_truthy(ThreadState *ts, Value v);            /* -1 on error */
int64_t obj_len(ThreadState *ts, Value v);           /* -1 on error (TypeError: object of type 'int' has no len()) */

/* Rich comparison with reflected fallback and the default identity ==/!=.
 * op is CMP_LT..CMP_GE. */
Value obj_richcompare(ThreadState *ts, Value a, Value b, int op);
int obj_richcompare_bool(ThreadState *ts, Value a, Value b, int op);   /* -1 error, 0, 1; identity implies == */
int obj_eq(ThreadState *ts, Value a, Value b);       /* obj_richcompare_bool(.., CMP_EQ) */
/* Full comparison including is / is not / in / not in. */
Value obj_compare(ThreadState *ts, Value a, Value b, CmpOp op);

Value obj_getattr(ThreadState *ts, Value v, Value name);        /* name: str */
Value obj_getattr_cstr(ThreadState *ts, Value v, const char *name);
/* Like getattr but returns VAL_NULL with NO exception when the attribute is
 * missing (AttributeError swallowed); other errors propagate (check err_occurred). */
Value obj_lookup_attr(ThreadState *ts, Value v, Value name);
int obj_setattr(ThreadState *ts, Value v, Value name, Value value);
int obj_delattr(ThreadState *ts, Value v, Value name);
/* The default attribute protocol (descriptors on the type, then __dict__). */
Value generic_getattr(ThreadState *ts, Value v, Value name);
int generic_setattr(ThreadState *ts, Value v, Value name, Value value);

Value obj_getitem(ThreadState *ts, Value v, Value key);
int obj_setitem(ThreadState *ts, Value v, Value key, Value value);
int obj_delitem(ThreadState *ts, Value v, Value key);
int obj_contains(ThreadState *ts, Value container, Value x);   /* -1, 0, 1; falls back to iteration */

Value obj_iter(ThreadState *ts, Value v);            /* iter(v); sequences with __getitem__ get a seq iterator */
/* next(it): VAL_NULL with no error when exhausted (StopIteration is swallowed). */
Value obj_next(ThreadState *ts, Value it);

Value obj_binop(ThreadState *ts, BinaryOp op, Value a, Value b);     /* with reflected ops and CPython's TypeError */
Value obj_inplace(ThreadState *ts, BinaryOp op, Value a, Value b);   /* a op= b */
Value obj_unary(ThreadState *ts, UnaryOpSlot op, Value a);           /* -a, +a, ~a, abs(a) */
Value obj_not(ThreadState *ts, Value a);

/* __index__ as a C integer: TypeError if not an integer, IndexError/OverflowError
 * style errors are the caller's; `what` names the context for the message. */
bool obj_index_i64(ThreadState *ts, Value v, int64_t *out);
Value obj_index(ThreadState *ts, Value v);           /* an int */
Value obj_format(ThreadState *ts, Value v, Value spec);   /* format(v, spec) */

/* Calls (implemented in eval.c: the one place that runs Python code). */
Value vm_call(ThreadState *ts, Value callable, int argc, Value *argv, Value kwnames);
Value vm_call0(ThreadState *ts, Value callable);
Value vm_call1(ThreadState *ts, Value callable, Value a);
Value vm_call2(ThreadState *ts, Value callable, Value a, Value b);
/* Call method `name` of v: v.name(*args). */
Value vm_call_method(ThreadState *ts, Value v, Value name, int argc, Value *argv);
bool obj_callable(Value v);

bool type_is_subtype(Type *a, Type *b);             /* a is b or derives from it */
bool obj_isinstance(Value v, Type *t);              /* type_is_subtype(val_type(v), t) */
Value type_lookup(Type *t, Value name);             /* along the base chain; VAL_NULL if absent, never raises */

/* Sequences into arrays: a list (new) of the items of any iterable. */
Value seq_to_list(ThreadState *ts, Value iterable);
/* How many items iterating v gives, when that is known without running
 * Python code (exact builtin containers), else -1: bulk builders check the
 * memory cap for all of them first, as CPython presizes from a length.
 * distinct: only where the items are known to differ (range, dict, set),
 * for building sets and dicts. */
int64_t obj_known_length(Value v, bool distinct);
/* Items of a tuple or list without copying (others: converted through a new
 * list kept in *holder, which the caller must keep reachable). */
Value *seq_items(ThreadState *ts, Value seq, int64_t *n, Value *holder);

#endif
