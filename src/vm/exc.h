/* exc.h — exception types and raising.
 *
 * The exception being raised lives in ts->exc (always an instance: raising a
 * type instantiates it at once). Functions signal failure by returning
 * VAL_NULL / -1 with ts->exc set. The built-in exception classes are static
 * types of layout K_EXCEPTION; user subclasses inherit that layout.
 */
#ifndef GILSIM_EXC_H
#define GILSIM_EXC_H

#include "vm/object.h"

#define EXC_TYPES(X) \
    X(BaseException, object) X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(Exception, BaseException) X(StopIteration, Exception) \
    X(ArithmeticError, Exception) X(ZeroDivisionError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(FloatingPointError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) X(LookupError, Exception) \
    X(IndexError, LookupError) X(KeyError, LookupError) X(NameError, Exception) \
    X(UnboundLocalError, NameError) X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError) \
    X(RuntimeError, Exception) X(RecursionError, RuntimeError) \
    X(NotImplementedError, RuntimeError) X(MemoryError, Exception) X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) X(OSError, Exception) X(TimeoutError, OSError) \
    X(EOFError, Exception) X(SyntaxError, Exception) X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) X(BufferError, Exception) X(Warning, Exception) \
    X(UserWarning, Warning) X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(SyntaxWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning) \
    X(FileNotFoundError, OSError)

#define EXC_DECLARE(name, base) extern Type exc_##name;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

/* Raise t(msg) with a printf-formatted message. Returns VAL_NULL so that
 * `return err_format(...)` works in Value functions. */
Value err_format(ThreadState *ts, Type *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Raise t() with no arguments. */
Value err_set_none(ThreadState *ts, Type *t);
/* Raise t(arg) (e.g. KeyError(key), StopIteration(value)). */
Value err_set_arg(ThreadState *ts, Type *t, Value arg);
/* Raise an exception instance or class (class: instantiated with no args);
 * sets __context__ from ts->handled_exc. TypeError if v is neither. */
Value err_raise(ThreadState *ts, Value v);
/* Convenience raisers with CPython's messages. */
Value err_no_memory(ThreadState *ts);
Value err_attribute(ThreadState *ts, Value obj, Value name);   /* "'T' object has no attribute 'x'" */

bool err_occurred(ThreadState *ts);
bool err_matches(ThreadState *ts, Type *t);      /* current exception is an instance of t */
void err_clear(ThreadState *ts);
Value err_fetch(ThreadState *ts);                /* take ts->exc, leaving none */
void err_restore(ThreadState *ts, Value exc);    /* put back what err_fetch took */

/* Exception instances */
Value exc_new(ThreadState *ts, Type *t, int argc, Value *argv);   /* t(*argv) without __init__ of user classes */
bool exc_is_instance(Value v, Type *t);
Value exc_str(ThreadState *ts, Value exc);       /* str(exc) */

/* type_ready() for every exception type, bases first (called by types_init). */
void exc_types_ready(void);
/* The i-th type of EXC_TYPES (for installing them into builtins), NULL past the end. */
Type *exc_type_by_index(int i);

#endif
