/* gen.h — generator objects: a function frame that outlives the call.
 *
 * Calling a function whose code has CO_GENERATOR (it contains `yield`, or
 * it is a generator expression) binds the arguments into a frame stored
 * inside a new generator object and returns the generator; nothing runs.
 * Each next()/send()/throw() resumes that frame on the calling thread
 * (eval_resume_frame, eval.h) until it yields, returns or raises. A resume
 * allocates nothing: the frame is already there, and a for loop's next()
 * ends with no StopIteration object made (the return value is passed back
 * by gen_send, not through an exception) unless the value is not None.
 *
 * Semantics are CPython 3.11's: StopIteration(value) for `return value`;
 * PEP 479 (a StopIteration escaping the frame becomes RuntimeError
 * "generator raised StopIteration"); "generator already executing" when a
 * running generator is resumed (re-entrantly, or from another thread while
 * the running one is switched out); `yield from` delegation with send,
 * throw and close forwarded to the delegate and its return value as the
 * expression's value; close() throwing GeneratorExit. Each generator keeps
 * the exception it was handling when it yielded: inside its own except
 * blocks sys.exc_info() is its own, elsewhere its current caller's.
 *
 * Not done: a generator dropped before it finishes is not closed (its
 * finally blocks do not run): gilsim's collector does not run Python code.
 */
#ifndef GILSIM_GEN_H
#define GILSIM_GEN_H

#include <stddef.h>

#include "vm/object.h"
#include "vm/code.h"
#include "vm/eval.h"

typedef struct GenObj {
    Obj h;
    Value name, qualname;  /* strs: __name__, __qualname__ */
    Value exc_state;       /* the exception its frame was handling when it yielded, or VAL_NULL */
    Value caller_exc;      /* while it runs: the exception its caller is handling, or VAL_NULL */
    Value frame_data[];    /* a Frame (eval.h) and its localsplus */
} GenObj;

#define GEN(v) ((GenObj *)(v))
static inline Frame *gen_frame(GenObj *g) { return (Frame *)g->frame_data; }
static inline GenObj *gen_of_frame(const Frame *f)
{
    return (GenObj *)(void *)((char *)f - offsetof(GenObj, frame_data));
}

extern Type type_generator;

static inline bool val_is_gen(Value v) { return val_is_obj(v) && OBJ(v)->type == &type_generator; }

/* A generator for function `func` (its code has CO_GENERATOR): the frame is
 * allocated and initialised (FRAME_CREATED), its arguments still to be
 * bound by the caller into gen_frame(g)->localsplus. */
GenObj *gen_new(ThreadState *ts, Value func, CodeObj *co);

typedef enum { GEN_ERROR = -1, GEN_RETURNED = 0, GEN_YIELDED = 1 } GenStatus;
/* Resumes g with `arg` (the value of the pending yield; None for next()),
 * or, with `throwing`, raises ts->exc inside it. *result: the yielded or
 * returned value. */
GenStatus gen_send(ThreadState *ts, Value g, Value arg, bool throwing, Value *result);

/* next(g): the next value, or StopIteration(value) when g returns (no value
 * for None). */
Value gen_next(ThreadState *ts, Value g);

#endif
