/* eval.h — the eval loop and its frames.
 *
 * A frame is a header followed by its localsplus area (code.h). Each frame
 * has an owner:
 *   - a thread (FRAME_OWNED_BY_THREAD): the frame lives in the thread's data
 *     stack, a chain of "stack chunks" (like CPython 3.11's): nothing is
 *     malloc'd per call. The thread state keeps the data stack's top and
 *     limit; a new frame starts at the top, and when a chunk is full (or the
 *     thread has none yet) a new chunk is malloc'd and owned by the frame
 *     that needed it (freed when it returns, restoring the previous top);
 *   - a generator (FRAME_OWNED_BY_GENERATOR, gen.h): the frame is stored
 *     inside the generator object and outlives the call that made it. While
 *     the generator runs, its frame is linked into the frame chain of the
 *     thread that resumed it (so it runs on that thread, and that thread's
 *     check points count); when it yields, it is unlinked again.
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
    uint8_t owner;         /* FRAME_OWNED_BY_* */
    uint8_t state;         /* FRAME_CREATED..FRAME_COMPLETED (generator frames) */
    uint16_t exc_depth;    /* except/finally handlers being run (PUSH_EXC_INFO minus POP_EXCEPT) */
    Value localsplus[];    /* locals | cells | frees | value stack */
};

enum { FRAME_OWNED_BY_THREAD, FRAME_OWNED_BY_GENERATOR };
enum { FRAME_CREATED, FRAME_SUSPENDED, FRAME_RUNNING, FRAME_COMPLETED };

/* Values a frame for co takes (header included): a generator's storage. */
size_t eval_frame_values(const CodeObj *co);
/* Runs the generator frame f (FRAME_CREATED or FRAME_SUSPENDED, not linked)
 * on ts until it yields (f->state becomes FRAME_SUSPENDED, the yielded value
 * is returned), returns (FRAME_COMPLETED, the return value) or raises
 * (FRAME_COMPLETED, VAL_NULL). With `throwing`, ts->exc is raised at the
 * frame's current instruction first. A suspended frame gets `arg` pushed as
 * the value of its yield expression. Allocates nothing. */
Value eval_resume_frame(ThreadState *ts, Frame *f, Value arg, bool throwing);
/* Marks what a frame references (a generator's trace). */
void eval_trace_frame(GC *gc, const Frame *f);

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
