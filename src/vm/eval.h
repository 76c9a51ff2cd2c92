/* eval.h — the eval loop and its frames.
 *
 * Frames live in per-thread "stack chunks" (like CPython 3.11's data stack):
 * a frame is a header followed by its localsplus area (code.h) and nothing is
 * malloc'd per call. A new frame starts where the innermost frame (ts->frame)
 * ends; when a chunk is full, or a thread has no frame yet, a new chunk is
 * malloc'd and owned by the frame that needed it (freed when it returns).
 * Frames are linked innermost-first through `prev`, starting at ts->frame.
 *
 * Python-to-Python calls made by the loop do not recurse in C: the loop
 * switches to the new frame. A frame entered from C (vm_call, eval_module,
 * class bodies) is an "entry" frame: returning from it returns from the C
 * call of the loop.
 *
 * The GC runs only at check points (RESUME, JUMP_BACKWARD, after calls to
 * non-Python callables; every instruction with switch_points_every). Before
 * any instruction runs, its frame's ip and sp are stored in the frame, so
 * everything live is in [localsplus, sp) of some frame of some thread:
 * eval_trace_thread marks exactly that.
 */
#ifndef GILSIM_EVAL_H
#define GILSIM_EVAL_H

#include "vm/object.h"
#include "vm/code.h"
#include "vm/interp.h"   /* typedef Frame */

typedef struct StackChunk StackChunk;

struct Frame {
    Frame *prev;           /* the caller (or the frame below a C re-entry) */
    CodeObj *code;
    Value func;            /* FunctionObj, or VAL_NULL for module code and class bodies run without one */
    Value globals;         /* dict */
    Value builtins;        /* dict */
    Value locals;          /* dict for module code and class bodies (NAME ops), else VAL_NULL */
    const uint32_t *ip;    /* next instruction */
    Value *sp;             /* one past the value-stack top */
    StackChunk *chunk;     /* the chunk holding this frame */
    uint8_t is_entry;      /* returning from it returns to C */
    uint8_t owns_chunk;    /* this frame malloc'd its chunk */
    Value localsplus[];    /* locals | cells | frees | value stack */
};

/* Generator expressions with one `for` are lazy iterators (type "generator")
 * that call a per-item function; it returns this marker for an item its `if`
 * clauses reject. */
extern Obj eval_genexp_skip;
#define VAL_GENEXP_SKIP ((Value)&eval_genexp_skip)

/* Runs module-level code with globals == locals (builtins: ts->interp->builtins).
 * Returns the code's return value (None for a module; the value for
 * PARSE_EVAL code) or VAL_NULL with an exception set. */
Value eval_module(ThreadState *ts, Value code, Value globals);
/* Runs a code object with a separate locals dict (class-body style NAME ops). */
Value eval_code_locals(ThreadState *ts, Value code, Value globals, Value locals);
/* Marks everything reachable from ts's frames (and its handled exception). */
void eval_trace_thread(GC *gc, ThreadState *ts);
/* The line being executed by ts's innermost frame (0 if none). */
int eval_current_line(ThreadState *ts);
/* Line of a frame's current instruction. */
int frame_line(const Frame *f);

#endif
