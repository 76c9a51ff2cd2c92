/* eval.c — the eval loop, frames, and calls.
 *
 * One C function, run_frame, executes bytecode until the frame it was given
 * (an "entry" frame) returns. Python-to-Python calls made by CALL push the
 * callee's frame and keep going in the same loop; RETURN_VALUE pops back to
 * the caller. Only calls from C (vm_call: a builtin calling a key function,
 * an __init__ run by type(), a class body) start a nested run_frame.
 *
 * Generators: calling a generator function (CO_GENERATOR) makes the frame
 * inside a generator object and runs nothing (make_generator). Each resume
 * (gen.c, through eval_resume_frame) is a nested run_frame of that frame as
 * an entry frame, linked on the resuming thread; YIELD_VALUE saves ip and sp
 * and returns from run_frame with the frame unlinked (FRAME_SUSPENDED). A
 * throw() enters run_frame with the exception set and goes straight to
 * `error` at the frame's current instruction.
 *
 * GC discipline: before every instruction the loop stores ip and sp into the
 * frame, so the operands of the instruction being executed stay reachable
 * (eval_trace_thread scans [localsplus, frame->sp)) even after the C code has
 * popped them into locals. An instruction that creates an object and then
 * calls something that may run Python code first makes that object reachable
 * (writes it into the stack and bumps frame->sp, or gc_push_root).
 *
 * Check points (where the eval breaker is polled, so where the GIL can
 * change hands) follow the run's CPython version profile (sched/profile.h),
 * unless cfg.switch_points asks for others:
 *   3.11+ (CHECKS_RESUME): RESUME (also after each yield: every
 *     resumption), JUMP_BACKWARD, and calls to non-Python callables (a
 *     generator function's call included) that CPython does not specialise:
 *     len(), isinstance() and list.append() (METH_SPECIALISED) do not poll;
 *   3.10 (CHECKS_CALLS): the same, and after every call, a Python
 *     function's (when it returns) and a specialised one's included, and
 *     at every taken POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE;
 *   3.9 (CHECKS_DISPATCH): also before every instruction that follows one
 *     CPython 3.9 ends with DISPATCH() rather than FAST_DISPATCH() (see
 *     dispatch_fast_39), except before BEFORE_WITH and SEND;
 *   CHECKS_EVERY: before every instruction.
 *
 * Exceptions: `error` appends a traceback entry for the current frame, then
 * `exception_unwind` looks the instruction up in the exception table; no
 * handler: the frame is popped and the caller continues at `error` (so each
 * frame gets its entry). RERAISE and bare `raise` go straight to
 * exception_unwind: the traceback is unchanged, as in CPython.
 */
#include "config.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "vm/eval.h"
#include "vm/cost.h"
#include "vm/abstract.h"
#include "vm/class.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/opcodes.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Nested C -> Python re-entries allowed before RecursionError (keeps the C
 * stack bounded: each level costs a run_frame activation plus its callers;
 * obj_c_stack_exhausted checks the stack itself too). */
#define C_RECURSION_LIMIT 1200

/* ------------------------------------------------------------ stack chunks */

struct StackChunk {
    StackChunk *prev;      /* the chunk in use before this one */
    Value *prev_top;       /* ts->datastack_top when this chunk was pushed */
    Value *limit;
    Value data[];
};

#define CHUNK_VALUES ((size_t)64 * 1024)
#define FRAME_HEADER_VALUES (sizeof(Frame) / sizeof(Value))
_Static_assert(sizeof(Frame) % sizeof(Value) == 0, "frame header is a whole number of values");

static inline Value *frame_stack_base(const Frame *f)
{
    const CodeObj *co = f->code;
    return (Value *)f->localsplus + co->nlocals + co->ncells + co->nfree;
}

static inline size_t chunk_bytes(const StackChunk *c)
{
    return sizeof(StackChunk) + (size_t)(c->limit - c->data) * sizeof(Value);
}

size_t eval_frame_values(const CodeObj *co) { return FRAME_HEADER_VALUES + (size_t)co->framesize; }

/* Fills a frame header for co (not linked) and clears its locals, cells and
 * free variables. */
static void frame_init(ThreadState *ts, Frame *f, CodeObj *co, int owner)
{
    f->prev = NULL;
    f->code = co;
    f->func = VAL_NULL;
    f->globals = VAL_NULL;
    f->builtins = ts->interp->builtins;
    f->locals = VAL_NULL;
    f->ip = co->code;
    f->chunk = NULL;
    f->owns_chunk = 0;
    f->is_entry = 0;
    f->owner = (uint8_t)owner;
    f->state = FRAME_CREATED;
    f->exc_depth = 0;
    int nlp = co->nlocals + co->ncells + co->nfree;
    memset(f->localsplus, 0, sizeof(Value) * (size_t)nlp);
    f->sp = f->localsplus + nlp;
}

/* Allocates (does not link) a frame for co at the top of ts's data stack. A
 * new chunk is counted in the heap, so deep recursion meets the memory cap:
 * NULL with MemoryError set. */
static Frame *frame_alloc(ThreadState *ts, CodeObj *co)
{
    size_t need = eval_frame_values(co);
    Value *base = ts->datastack_top;
    int owns = 0;
    if (!base || base + need > ts->datastack_limit) {
        size_t n = need > CHUNK_VALUES ? need : CHUNK_VALUES;
        StackChunk *chunk = gc_buf_try_alloc(ts, sizeof(StackChunk) + n * sizeof(Value));
        if (UNLIKELY(!chunk)) return NULL;
        chunk->limit = chunk->data + n;
        chunk->prev = ts->datastack_chunk;
        chunk->prev_top = ts->datastack_top;
        ts->datastack_chunk = chunk;
        ts->datastack_limit = chunk->limit;
        base = chunk->data;
        owns = 1;
    }
    Frame *f = (Frame *)base;
    frame_init(ts, f, co, FRAME_OWNED_BY_THREAD);
    f->chunk = ts->datastack_chunk;
    f->owns_chunk = (uint8_t)owns;
    ts->datastack_top = base + need;
    return f;
}

/* Gives a thread-owned frame's space back to the data stack (the frame must
 * be the top one). */
static void frame_discard(ThreadState *ts, Frame *f)
{
    if (f->owner != FRAME_OWNED_BY_THREAD) return;
    if (f->owns_chunk) {
        StackChunk *c = f->chunk;
        ts->datastack_chunk = c->prev;
        ts->datastack_top = c->prev_top;
        ts->datastack_limit = c->prev ? c->prev->limit : NULL;
        gc_buf_free(ts->interp, c, chunk_bytes(c));
    } else {
        ts->datastack_top = (Value *)f;
    }
}

static inline void frame_link(ThreadState *ts, Frame *f)
{
    f->prev = ts->frame;
    ts->frame = f;
    ts->py_depth++;
}

static inline void frame_pop(ThreadState *ts, Frame *f)
{
    ts->frame = f->prev;
    ts->py_depth--;
    frame_discard(ts, f);
}

int frame_line(const Frame *f)
{
    return code_line_at(f->code, (int)(f->ip - f->code->code) - 1);
}

int eval_current_line(ThreadState *ts)
{
    return ts->frame ? frame_line(ts->frame) : 0;
}

void eval_trace_frame(GC *gc, const Frame *f)
{
    gc_mark_obj(gc, &f->code->h);
    if (f->func) gc_mark(gc, f->func);
    if (f->globals) gc_mark(gc, f->globals);
    if (f->builtins) gc_mark(gc, f->builtins);
    if (f->locals) gc_mark(gc, f->locals);
    for (const Value *p = f->localsplus; p < f->sp; p++)
        if (val_is_obj(*p)) gc_mark(gc, *p);
}

void eval_trace_thread(GC *gc, ThreadState *ts)
{
    for (Frame *f = ts->frame; f; f = f->prev) {
        if (f->owner == FRAME_OWNED_BY_GENERATOR) gc_mark_obj(gc, &gen_of_frame(f)->h);   /* traces f */
        else eval_trace_frame(gc, f);
    }
    if (val_is_obj(ts->handled_exc)) gc_mark(gc, ts->handled_exc);
    if (val_is_obj(ts->exc)) gc_mark(gc, ts->exc);
}

/* ------------------------------------------------------ argument binding */

static const char *qualname_of(CodeObj *co) { return str_cstr(co->qualname); }

static void missing_args_error(ThreadState *ts, CodeObj *co, const char *kind, Value *names, int n)
{
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) sb_puts(&sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_putc(&sb, '\'');
        sb_append_str(&sb, names[i]);
        sb_putc(&sb, '\'');
    }
    err_format(ts, &exc_TypeError, "%s() missing %d required %s argument%s: %s", qualname_of(co), n, kind,
               n == 1 ? "" : "s", sb.data);
    sb_free(&sb);
}

static void too_many_positional(ThreadState *ts, CodeObj *co, int given, int defcount, Value *locals)
{
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    char sig[64], kwsig[96];
    int plural;
    if (defcount) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - defcount, co->argcount);
        plural = 1;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
        plural = co->argcount != 1;
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else kwsig[0] = 0;
    err_format(ts, &exc_TypeError, "%s() takes %s positional argument%s but %d%s %s given", qualname_of(co), sig,
               plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

/* Binds arguments into locals (zeroed) with CPython's rules and messages. */
static int bind_args(ThreadState *ts, FunctionObj *fn, CodeObj *co, Value *locals, int argc, Value *argv,
                     Value kwnames)
{
    int nkw = kwnames ? (int)TUPLE(kwnames)->length : 0;
    int npos = argc - nkw;
    int n = co->argcount, total = co->argcount + co->kwonlyargcount;
    Value kwdict = VAL_NULL;
    int slot = total;
    if (co->flags & CO_VARARGS) slot++;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(ts);
        locals[slot] = kwdict;
    }
    int ncopy = npos < n ? npos : n;
    for (int i = 0; i < ncopy; i++) locals[i] = argv[i];
    if (co->flags & CO_VARARGS)
        locals[total] = npos > n ? tuple_from_array(ts, npos - n, argv + n) : VAL_EMPTY_TUPLE;
    Value *varnames = TUPLE(co->varnames)->items;
    /* keywords */
    for (int k = 0; k < nkw; k++) {
        Value name = TUPLE(kwnames)->items[k], value = argv[npos + k];
        if (!IS_STR(name)) {
            err_format(ts, &exc_TypeError, "keywords must be strings");
            return -1;
        }
        int j;
        for (j = co->posonlyargcount; j < total; j++)
            if (varnames[j] == name) break;
        if (j == total)
            for (j = co->posonlyargcount; j < total; j++)
                if (str_eq(varnames[j], name)) break;
        if (j == total) {
            if (kwdict) {
                if (dict_set(ts, kwdict, name, value) < 0) return -1;
                continue;
            }
            /* a positional-only name? */
            int posonly = 0;
            for (int p = 0; p < co->posonlyargcount; p++)
                if (str_eq(varnames[p], name)) posonly = 1;
            if (posonly) {
                StrBuf sb;
                sb_init(&sb);
                int first = 1;
                for (int kk = 0; kk < nkw; kk++)
                    for (int p = 0; p < co->posonlyargcount; p++)
                        if (str_eq(varnames[p], TUPLE(kwnames)->items[kk])) {
                            if (!first) sb_puts(&sb, ", ");
                            sb_append_str(&sb, varnames[p]);
                            first = 0;
                        }
                err_format(ts, &exc_TypeError,
                           "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           qualname_of(co), sb.data);
                sb_free(&sb);
                return -1;
            }
            err_format(ts, &exc_TypeError, "%s() got an unexpected keyword argument '%s'", qualname_of(co),
                       str_cstr(name));
            return -1;
        }
        if (locals[j]) {
            err_format(ts, &exc_TypeError, "%s() got multiple values for argument '%s'", qualname_of(co),
                       str_cstr(name));
            return -1;
        }
        locals[j] = value;
    }
    int defcount = fn->defaults ? (int)TUPLE(fn->defaults)->length : 0;
    if (npos > n && !(co->flags & CO_VARARGS)) {
        too_many_positional(ts, co, npos, defcount, locals);
        return -1;
    }
    if (npos < n) {
        int first_default = n - defcount;
        Value missing[64];
        int nmissing = 0;
        for (int i = npos; i < first_default; i++)
            if (!locals[i] && nmissing < 64) missing[nmissing++] = varnames[i];
        if (nmissing) {
            missing_args_error(ts, co, "positional", missing, nmissing);
            return -1;
        }
        for (int i = first_default > npos ? first_default : npos; i < n; i++)
            if (!locals[i]) locals[i] = TUPLE(fn->defaults)->items[i - first_default];
    }
    if (co->kwonlyargcount) {
        Value missing[64];
        int nmissing = 0;
        for (int i = n; i < total; i++) {
            if (locals[i]) continue;
            Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, varnames[i]) : VAL_NULL;
            if (d) locals[i] = d;
            else if (nmissing < 64) missing[nmissing++] = varnames[i];
        }
        if (nmissing) {
            missing_args_error(ts, co, "keyword-only", missing, nmissing);
            return -1;
        }
    }
    return 0;
}

/* Makes the cells (copying captured parameters in) and loads the closure. */
static inline void frame_init_cells(ThreadState *ts, Frame *f, Value closure)
{
    CodeObj *co = f->code;
    Value *lp = f->localsplus;
    for (int i = 0; i < co->ncells; i++) {
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        lp[co->nlocals + i] = cell_new(ts, a >= 0 ? lp[a] : VAL_NULL);
    }
    if (co->nfree && closure)
        memcpy(lp + co->nlocals + co->ncells, TUPLE(closure)->items, sizeof(Value) * (size_t)co->nfree);
}

static Value recursion_error(ThreadState *ts)
{
    return err_format(ts, &exc_RecursionError, "maximum recursion depth exceeded");
}

/* Binds the arguments of a call of func into the fresh frame f and makes
 * its cells; -1 with an error set. */
static int frame_bind_call(ThreadState *ts, Frame *f, Value func, int argc, Value *argv, Value kwnames)
{
    FunctionObj *fn = FUNC(func);
    CodeObj *co = f->code;
    f->func = func;
    f->globals = fn->globals;
    if (!kwnames && argc == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        if (argc) memcpy(f->localsplus, argv, sizeof(Value) * (size_t)argc);
    } else if (bind_args(ts, fn, co, f->localsplus, argc, argv, kwnames) < 0) {
        return -1;
    }
    if (co->ncells || co->nfree) frame_init_cells(ts, f, fn->closure);
    return 0;
}

/* A linked frame for calling fn, arguments bound; NULL with an error set. */
static Frame *push_function_frame(ThreadState *ts, Value func, int argc, Value *argv, Value kwnames)
{
    if (UNLIKELY(ts->py_depth >= ts->interp->cfg.recursion_limit)) {
        recursion_error(ts);
        return NULL;
    }
    CodeObj *co = CODE(FUNC(func)->code);
    Frame *f = frame_alloc(ts, co);
    if (UNLIKELY(!f)) return NULL;
    if (frame_bind_call(ts, f, func, argc, argv, kwnames) < 0) {
        frame_discard(ts, f);
        return NULL;
    }
    frame_link(ts, f);
    return f;
}

/* Calling a generator function: its frame, arguments bound, in a new
 * generator (gen.h); nothing runs yet. */
static Value make_generator(ThreadState *ts, Value func, int argc, Value *argv, Value kwnames)
{
    CodeObj *co = CODE(FUNC(func)->code);
    GenObj *g = gen_new(ts, func, co);
    Frame *f = gen_frame(g);
    frame_init(ts, f, co, FRAME_OWNED_BY_GENERATOR);
    f->is_entry = 1;
    if (frame_bind_call(ts, f, func, argc, argv, kwnames) < 0) {
        f->state = FRAME_COMPLETED;
        f->sp = f->localsplus;
        return VAL_NULL;
    }
    return VAL(g);
}

static inline bool is_generator_function(Value func)
{
    return UNLIKELY(CODE(FUNC(func)->code)->flags & CO_GENERATOR);
}

/* --------------------------------------------------- private iterators */

/* Iterators made by GET_ITER for exact ranges, lists and tuples: a for loop
 * steps them inline. They never escape to user code except through a
 * generator expression's value (an iterator over its list). */
static Value fast_iter_self(ThreadState *ts, Value self) { return self; }

static Value range_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = (IterObj *)self;
    if (it->n <= 0) return VAL_NULL;
    int64_t v = it->i;
    it->i += it->step;
    it->n--;
    return smallint_fits(v) ? val_from_smallint(v) : int_from_i64(ts, v);
}

static Value seq_iter_next(ThreadState *ts, Value self)
{
    IterObj *it = (IterObj *)self;
    if (!it->a) return VAL_NULL;
    if (IS_LIST(it->a)) {
        if (it->i < LIST(it->a)->length) return LIST(it->a)->items[it->i++];
    } else if (it->i < TUPLE(it->a)->length) {
        return TUPLE(it->a)->items[it->i++];
    }
    it->a = VAL_NULL;
    return VAL_NULL;
}

static void seq_iter_trace(GC *gc, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (val_is_obj(it->a)) gc_mark(gc, it->a);
}

/* __iter__ / __next__ as methods, for code that calls them by name. */
static Value iter_method_iter(ThreadState *ts, int argc, Value *argv, Value kwnames) { return argv[0]; }

static Value iter_method_next(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value v = val_type(argv[0])->tp_next(ts, argv[0]);
    if (!v && !err_occurred(ts)) return err_set_none(ts, &exc_StopIteration);
    return v;
}

static const MethodDef fast_iter_methods[] = {
    {"__iter__", iter_method_iter, METH_DEFAULT},
    {"__next__", iter_method_next, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type eval_range_iter_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "range_iterator",
    .base = &type_object,
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .methods = fast_iter_methods,
    .tp_iter = fast_iter_self,
    .tp_next = range_iter_next,
};

Type eval_seq_iter_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "list_iterator",
    .base = &type_object,
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .methods = fast_iter_methods,
    .tp_iter = fast_iter_self,
    .tp_next = seq_iter_next,
    .trace = seq_iter_trace,
};

static Value get_iter(ThreadState *ts, Value v)
{
    if (val_is_obj(v)) {
        Type *t = OBJ(v)->type;
        if (t == &type_range) {
            RangeObj *r = (RangeObj *)v;
            IterObj *it = gc_alloc(ts, &eval_range_iter_type, sizeof(IterObj));
            it->i = r->start;
            it->n = r->length;
            it->step = r->step;
            return VAL(it);
        }
        if (t == &type_list || t == &type_tuple) {
            IterObj *it = gc_alloc(ts, &eval_seq_iter_type, sizeof(IterObj));
            it->a = v;
            it->i = 0;
            return VAL(it);
        }
    }
    return obj_iter(ts, v);
}

/* --------------------------------------------------------- small helpers */

static Value deref_name(CodeObj *co, int i)
{
    if (i < co->ncells) return TUPLE(co->cellvars)->items[i];
    return TUPLE(co->freevars)->items[i - co->ncells];
}

static void unbound_deref_error(ThreadState *ts, CodeObj *co, int i)
{
    if (i < co->ncells)
        err_format(ts, &exc_UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   str_cstr(deref_name(co, i)));
    else
        err_format(ts, &exc_NameError,
                   "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                   str_cstr(deref_name(co, i)));
}

static void name_error(ThreadState *ts, Value name)
{
    err_format(ts, &exc_NameError, "name '%s' is not defined", str_cstr(name));
}

/* CPython's floor division and modulo on int64 (b != 0). */
static inline void floor_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) {
        qq -= 1;
        rr += b;
    }
    *q = qq;
    *r = rr;
}

/* Small-int arithmetic fast path; VAL_NULL = not handled here. */
static inline Value smallint_binop(ThreadState *ts, int op, Value va, Value vb)
{
    int64_t a = val_smallint(va), b = val_smallint(vb), r;
    switch (op) {
    case OP_ADD:
        if (__builtin_add_overflow(a, b, &r)) return VAL_NULL;
        break;
    case OP_SUB:
        if (__builtin_sub_overflow(a, b, &r)) return VAL_NULL;
        break;
    case OP_MUL:
        if (__builtin_mul_overflow(a, b, &r)) return VAL_NULL;
        break;
    case OP_FLOORDIV: {
        if (b == 0) return VAL_NULL;
        int64_t q, m;
        floor_divmod(a, b, &q, &m);
        r = q;
        break;
    }
    case OP_MOD: {
        if (b == 0) return VAL_NULL;
        int64_t q, m;
        floor_divmod(a, b, &q, &m);
        r = m;
        break;
    }
    case OP_BITAND: r = a & b; break;
    case OP_BITOR: r = a | b; break;
    case OP_BITXOR: r = a ^ b; break;
    case OP_RSHIFT:
        if (b < 0) return VAL_NULL;
        r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
        break;
    case OP_LSHIFT:
        if (b < 0 || b >= 62) return VAL_NULL;
        if (a > (INT64_MAX >> b) || a < (INT64_MIN >> b)) return VAL_NULL;
        r = (int64_t)((uint64_t)a << b);   /* a << b is undefined for a < 0 */
        break;
    default:
        return VAL_NULL;
    }
    return smallint_fits(r) ? val_from_smallint(r) : int_from_i64(ts, r);
}

static inline Value float_binop(ThreadState *ts, int op, Value va, Value vb)
{
    double a = float_value(va), b = float_value(vb);
    switch (op) {
    case OP_ADD: return float_new(ts, a + b);
    case OP_SUB: return float_new(ts, a - b);
    case OP_MUL: return float_new(ts, a * b);
    case OP_TRUEDIV: return b == 0.0 ? VAL_NULL : float_new(ts, a / b);
    default: return VAL_NULL;
    }
}

static inline bool is_exact_float(Value v) { return val_is_obj(v) && OBJ(v)->type == &type_float; }

static inline int fast_compare(int op, int c)   /* c: -1, 0, 1 */
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static inline int truthy(ThreadState *ts, Value v)
{
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (val_is_smallint(v)) return v != val_from_smallint(0);
    return obj_truthy(ts, v);
}

/* Sets __context__ of a newly raised exception from the one being handled
 * (C code raising inside an except block), cutting cycles as CPython does. */
static void chain_context(ThreadState *ts)
{
    Value exc = ts->exc, handled = ts->handled_exc;
    if (!handled || handled == VAL_NONE || handled == exc || !val_is(exc, K_EXCEPTION)) return;
    ExcObj *e = (ExcObj *)exc;
    if (e->context) return;
    /* Avoid a cycle: if exc is already in handled's context chain, cut it there. */
    Value o = handled;
    while (val_is(o, K_EXCEPTION)) {
        Value ctx = ((ExcObj *)o)->context;
        if (ctx == exc) {
            ((ExcObj *)o)->context = VAL_NULL;
            break;
        }
        o = ctx;
    }
    e->context = handled;
}

/* The "Value after * must be an iterable" family: when iterating v raised a
 * TypeError because v is not iterable at all, clear it and return true, so
 * that the caller raises CPython's message for its context instead. */
static bool clear_if_not_iterable(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (!err_matches(ts, &exc_TypeError) || t->tp_iter || t->tp_getitem) return false;
    err_clear(ts);
    return true;
}

static int dict_merge_mapping(ThreadState *ts, Value dict, Value m, Value callable, bool check_dups)
{
    char fname[160];
    if (IS_DICT(m)) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(m, &pos, &k, &v)) {
            if (check_dups) {
                Value old = dict_get(ts, dict, k);
                if (!old && err_occurred(ts)) return -1;
                if (old) {
                    func_describe(ts, callable, fname, sizeof fname);
                    if (IS_STR(k))
                        err_format(ts, &exc_TypeError, "%s got multiple values for keyword argument '%s'", fname,
                                   str_cstr(k));
                    else
                        err_format(ts, &exc_TypeError, "keywords must be strings");
                    return -1;
                }
            }
            if (dict_set(ts, dict, k, v) < 0) return -1;
        }
        return 0;
    }
    Value keys_fn = obj_lookup_attr(ts, m, interp_intern_cstr(ts, "keys"));
    if (!keys_fn) {
        if (err_occurred(ts)) return -1;
        if (callable) {
            func_describe(ts, callable, fname, sizeof fname);
            err_format(ts, &exc_TypeError, "%s argument after ** must be a mapping, not %s", fname,
                       val_type_name(m));
        } else {
            err_format(ts, &exc_TypeError, "'%s' object is not a mapping", val_type_name(m));
        }
        return -1;
    }
    gc_push_root(ts, keys_fn);
    Value keys = vm_call0(ts, keys_fn);
    gc_pop_roots(ts, 1);
    if (!keys) return -1;
    gc_push_root(ts, keys);
    Value list = seq_to_list(ts, keys);
    gc_pop_roots(ts, 1);
    if (!list) return -1;
    gc_push_root(ts, list);
    for (int64_t i = 0; i < LIST(list)->length; i++) {
        Value k = LIST(list)->items[i];
        if (check_dups) {
            Value old = dict_get(ts, dict, k);
            if (!old && err_occurred(ts)) goto fail;
            if (old) {
                func_describe(ts, callable, fname, sizeof fname);
                if (IS_STR(k))
                    err_format(ts, &exc_TypeError, "%s got multiple values for keyword argument '%s'", fname,
                               str_cstr(k));
                else
                    err_format(ts, &exc_TypeError, "keywords must be strings");
                goto fail;
            }
        }
        Value v = obj_getitem(ts, m, k);
        if (!v) goto fail;
        if (dict_set(ts, dict, k, v) < 0) goto fail;
    }
    gc_pop_roots(ts, 1);
    return 0;
fail:
    gc_pop_roots(ts, 1);
    return -1;
}

static Value import_from(ThreadState *ts, Value module, Value name)
{
    Value v = obj_lookup_attr(ts, module, name);
    if (v || err_occurred(ts)) return v;
    Value modname = val_is(module, K_MODULE) ? ((ModuleObj *)module)->name : VAL_NULL;
    if (modname && IS_STR(modname)) {
        /* a submodule not yet bound as an attribute */
        Value full = str_printf(ts, "%s.%s", str_cstr(modname), str_cstr(name));
        gc_push_root(ts, full);
        Value sub = interp_import(ts, full);
        gc_pop_roots(ts, 1);
        if (sub) return sub;
        if (!err_matches(ts, &exc_ImportError)) return VAL_NULL;
        err_clear(ts);
    }
    const char *mn = modname && IS_STR(modname) ? str_cstr(modname) : "?";
    Value file = val_is(module, K_MODULE) ? dict_get_str(module_dict(module), ts->interp->names.__file__) : VAL_NULL;
    const char *where = file && IS_STR(file) ? str_cstr(file) : "unknown location";
    if (val_is(module, K_MODULE) && interp_module_initializing(ts->interp, module))
        return err_format(ts, &exc_ImportError,
                          "cannot import name '%s' from partially initialized module '%s' "
                          "(most likely due to a circular import) (%s)", str_cstr(name), mn, where);
    return err_format(ts, &exc_ImportError, "cannot import name '%s' from '%s' (%s)", str_cstr(name), mn, where);
}

static int import_star(ThreadState *ts, Value module, Value dest)
{
    Value mdict = val_is(module, K_MODULE) ? ((ModuleObj *)module)->dict : VAL_NULL;
    if (!mdict) {
        err_format(ts, &exc_TypeError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    Value all = dict_get_str(mdict, ts->interp->names.__all__);
    if (all) {
        Value list = seq_to_list(ts, all);
        if (!list) return -1;
        gc_push_root(ts, list);
        for (int64_t i = 0; i < LIST(list)->length; i++) {
            Value name = LIST(list)->items[i];
            if (!IS_STR(name)) {
                gc_pop_roots(ts, 1);
                err_format(ts, &exc_TypeError, "Item in %s.__all__ must be str, not %s", "module",
                           val_type_name(name));
                return -1;
            }
            Value v = obj_getattr(ts, module, name);
            if (!v || dict_set(ts, dest, name, v) < 0) {
                gc_pop_roots(ts, 1);
                return -1;
            }
        }
        gc_pop_roots(ts, 1);
        return 0;
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next(mdict, &pos, &k, &v)) {
        if (IS_STR(k) && str_cstr(k)[0] != '_')
            if (dict_set_str(ts->interp, dest, k, v) < 0) return -1;
    }
    return 0;
}

/* repr(v) through builtins.print, so the REPL's echo is ordinary output. */
static int print_expr(ThreadState *ts, Value v)
{
    if (v == VAL_NONE) return 0;
    Value builtins = ts->interp->builtins;
    if (dict_set_str(ts->interp, builtins, interp_intern_cstr(ts, "_"), VAL_NONE) < 0) return -1;
    Value r = obj_repr(ts, v);
    if (!r) return -1;
    Value print = dict_get_cstr(builtins, "print");
    if (print) {
        gc_push_root(ts, r);
        Value res = vm_call1(ts, print, r);
        gc_pop_roots(ts, 1);
        if (!res) return -1;
    } else {
        fprintf(ts->interp->out ? ts->interp->out : stdout, "%s\n", str_cstr(r));
    }
    return dict_set_str(ts->interp, builtins, interp_intern_cstr(ts, "_"), v);
}

static Value call_with_self(ThreadState *ts, Value func, Value self, int argc, Value *argv, Value kwnames)
{
    Value small[9];
    Value *buf = argc + 1 <= 9 ? small : xmalloc(sizeof(Value) * (size_t)(argc + 1));
    buf[0] = self;
    if (argc)   /* argv may be NULL then (vm_call0) */
        memcpy(buf + 1, argv, sizeof(Value) * (size_t)argc);
    Value r = vm_call(ts, func, argc + 1, buf, kwnames);
    if (buf != small) free(buf);
    return r;
}

/* Special-method lookup on the type, bound to obj (VAL_NULL if absent). */
static Value lookup_special_bound(ThreadState *ts, Value obj, Value name)
{
    Value d = type_lookup(val_type(obj), name);
    if (!d) return VAL_NULL;
    Type *dt = val_type(d);
    if (dt->tp_descr_get) return dt->tp_descr_get(ts, d, obj, VAL(val_type(obj)));
    return d;
}

/* ----------------------------------------------------------- the loop */

static Value run_frame(ThreadState *ts, Frame *frame, bool throwing);

/* Runs the class body `body` (a function) with a fresh namespace and makes
 * the class. */
static Value build_class(ThreadState *ts, Value body, Value name, Value bases, Value kwargs)
{
    FunctionObj *fn = FUNC(body);
    CodeObj *co = CODE(fn->code);
    if (ts->py_depth >= ts->interp->cfg.recursion_limit || ts->c_depth >= C_RECURSION_LIMIT ||
        obj_c_stack_exhausted(ts))
        return recursion_error(ts);
    Value ns = class_prepare(ts, name, bases, kwargs);   /* the metaclass's __prepare__, else {} */
    if (!ns)
        return VAL_NULL;
    gc_push_root(ts, ns);
    Frame *f = frame_alloc(ts, co);
    if (!f) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    f->func = body;
    f->globals = fn->globals;
    f->locals = ns;
    f->is_entry = 1;
    if (co->ncells || co->nfree) frame_init_cells(ts, f, fn->closure);
    frame_link(ts, f);
    ts->c_depth++;
    Value r = run_frame(ts, f, false);
    ts->c_depth--;
    if (!r) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, r);
    Value cls = class_build(ts, name, bases, ns, kwargs);
    if (cls && val_is(r, K_CELL)) CELL(r)->value = cls;
    gc_pop_roots(ts, 2);
    return cls;
}

#if defined(__GNUC__) && !defined(GILSIM_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1   /* else a plain switch (the vmcase/vmbreak macros hide which) */
#endif

/* CPython 3.9's instructions that end in FAST_DISPATCH(), in gilsim's
 * terms: after them 3.9 goes on without polling the eval breaker; after
 * every other one it polls (Python/ceval.c, 3.9: DISPATCH() continues at the
 * top of the loop when the breaker is set). A conditional jump is fast
 * there only when its operand is exactly True or False, which is how loops
 * and comparisons use it; RESUME and KW_NAMES have no 3.9 counterpart of
 * their own (entering a frame polls, and RESUME polls itself). */
static const bool dispatch_fast_39[OPCODE__COUNT] = {
    [OP_NOP] = true, [OP_RESUME] = true, [OP_LOAD_FAST] = true, [OP_LOAD_CONST] = true,
    [OP_STORE_FAST] = true, [OP_POP_TOP] = true, [OP_COPY] = true, [OP_SWAP] = true,
    [OP_IS_OP] = true, [OP_CONTAINS_OP] = true, [OP_JUMP] = true,
    [OP_POP_JUMP_IF_FALSE] = true, [OP_POP_JUMP_IF_TRUE] = true,
    [OP_JUMP_IF_FALSE_OR_POP] = true, [OP_JUMP_IF_TRUE_OR_POP] = true,
    [OP_LOAD_ASSERTION_ERROR] = true, [OP_KW_NAMES] = true, [OP_JUMP_BACKWARD_NO_INTERRUPT] = true,
};

/* With the breaker set, between instruction `prev` (just executed) and
 * `next`: does the loop poll here (CHECKS_EVERY, CHECKS_DISPATCH)? 3.9
 * never polls before SETUP_WITH (BEFORE_WITH) or YIELD_FROM (SEND). */
static bool polls_between(CheckPoints checks, int prev, int next)
{
    if (checks == CHECKS_EVERY) return true;
    return !dispatch_fast_39[prev] && next != OP_BEFORE_WITH && next != OP_SEND;
}

/* 3.11+ calls len(), isinstance() and list.append() through specialised
 * instructions that do not poll the eval breaker. */
static bool call_is_specialised(Value callable, Value kwnames)
{
    return !kwnames && val_is(callable, K_NATIVE) && (((NativeObj *)OBJ(callable))->def->flags & METH_SPECIALISED);
}

static Value run_frame(ThreadState *ts, Frame *frame, bool throwing)
{
    Interp *interp = ts->interp;
    const CheckPoints checks = profile_checks(sched_profile(interp->sched), (CheckPoints)interp->cfg.switch_points);
    const bool poll_between = checks == CHECKS_EVERY || checks == CHECKS_DISPATCH;
    const bool poll_after_calls = checks != CHECKS_RESUME;   /* 3.10 and older: after every call */
    const bool poll_taken_jumps = checks == CHECKS_CALLS;    /* 3.10: a taken POP_JUMP_IF_* polls */
    int64_t *const budget = ts->budget;
    CodeObj *co;
    const uint32_t *ip;
    Value *sp;
    Value *fast;
    Value *consts;
    Value *names;
    Value kwnames = VAL_NULL;
    uint32_t word;
    int opcode = OP_NOP, oparg;
    gc_bind_thread(interp);   /* GMP's limbs made on this pthread count in this heap */

#define LOAD_FRAME() do { \
        co = frame->code; ip = frame->ip; sp = frame->sp; fast = frame->localsplus; \
        consts = TUPLE(co->consts)->items; names = TUPLE(co->names)->items; \
    } while (0)
#define SAVE_STATE() (frame->ip = ip, frame->sp = sp)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define BREAKER_SET() atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed)
#define CHECK_BREAKER() do { \
        if (UNLIKELY(BREAKER_SET())) { \
            SAVE_STATE(); \
            if (interp_handle_breaker(ts) < 0) goto error; \
        } \
    } while (0)

#ifdef USE_COMPUTED_GOTO
    static const void *const dispatch_table[OPCODE__COUNT] = {
#define OPCODE_LABEL(name, effect, doc) &&L_##name,
        OPCODES(OPCODE_LABEL)
#undef OPCODE_LABEL
    };
#define vmcase(name) L_##name:
#define vmdispatch() goto *dispatch_table[opcode]
#else
#define vmcase(name) case OP_##name:
#define vmdispatch() goto dispatch_switch
#endif
#define vmfetch() do { \
        if (UNLIKELY(poll_between) && UNLIKELY(BREAKER_SET()) \
            && polls_between(checks, opcode, INSTR_OP(*ip))) { \
            SAVE_STATE(); \
            if (interp_handle_breaker(ts) < 0) goto error; \
        } \
        word = *ip++; opcode = INSTR_OP(word); oparg = INSTR_ARG(word); \
        frame->ip = ip; frame->sp = sp; \
        if (UNLIKELY((*budget -= COST_SIMPLE + cost_extra[opcode]) <= 0)) \
            sched_tick(ts->sched); \
    } while (0)
#define vmbreak do { vmfetch(); vmdispatch(); } while (0)
/* The end of an instruction that may have allocated past the memory cap
 * with an allocation that cannot fail (gc.h): between two instructions
 * everything live is reachable, so the collector may run here, and a
 * MemoryError names this instruction (ip - 1), as CPython's traceback names
 * the line whose allocation failed. Only the memory bit is handled: the GIL
 * is not dropped here. */
#define vmbreak_alloc do { \
        if (UNLIKELY(BREAKER_SET() & BREAK_MEMORY)) { \
            SAVE_STATE(); \
            if (gc_safe_collect(ts) < 0) goto error; \
        } \
        vmbreak; \
    } while (0)
#define JUMPTO(target) (ip = co->code + (target))

    LOAD_FRAME();
    if (UNLIKELY(throwing)) {
        /* gen.throw(): raised where the generator stands (a frame not yet
         * started: at its first instruction, the `def` line) */
        if (ip == co->code) frame->ip = ++ip;
        goto error;
    }
    vmbreak;

#ifndef USE_COMPUTED_GOTO
dispatch_switch:
    switch (opcode) {
#endif

    vmcase(NOP) vmbreak;

    vmcase(RESUME) {
        CHECK_BREAKER();
        vmbreak;
    }

    vmcase(POP_TOP) { sp--; vmbreak; }

    vmcase(COPY) {
        Value v = PEEK(oparg);
        PUSH(v);
        vmbreak;
    }

    vmcase(SWAP) {
        Value t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        vmbreak;
    }

    vmcase(LOAD_CONST) { PUSH(consts[oparg]); vmbreak; }

    vmcase(LOAD_FAST) {
        Value v = fast[oparg];
        if (UNLIKELY(!v)) {
            err_format(ts, &exc_UnboundLocalError,
                       "cannot access local variable '%s' where it is not associated with a value",
                       str_cstr(TUPLE(co->varnames)->items[oparg]));
            goto error;
        }
        PUSH(v);
        vmbreak;
    }

    vmcase(STORE_FAST) { fast[oparg] = POP(); vmbreak; }

    vmcase(DELETE_FAST) {
        if (!fast[oparg]) {
            err_format(ts, &exc_UnboundLocalError,
                       "cannot access local variable '%s' where it is not associated with a value",
                       str_cstr(TUPLE(co->varnames)->items[oparg]));
            goto error;
        }
        fast[oparg] = VAL_NULL;
        vmbreak;
    }

    vmcase(LOAD_DEREF) {
        Value v = CELL(fast[co->nlocals + oparg])->value;
        if (UNLIKELY(!v)) {
            unbound_deref_error(ts, co, oparg);
            goto error;
        }
        PUSH(v);
        vmbreak;
    }

    vmcase(STORE_DEREF) {
        CELL(fast[co->nlocals + oparg])->value = POP();
        vmbreak;
    }

    vmcase(DELETE_DEREF) {
        CellObj *cell = CELL(fast[co->nlocals + oparg]);
        if (!cell->value) {
            unbound_deref_error(ts, co, oparg);
            goto error;
        }
        cell->value = VAL_NULL;
        vmbreak;
    }

    vmcase(LOAD_CLOSURE) { PUSH(fast[co->nlocals + oparg]); vmbreak; }

    vmcase(LOAD_CLASSDEREF) {
        Value name = deref_name(co, oparg);
        Value v = frame->locals ? dict_get_str(frame->locals, name) : VAL_NULL;
        if (!v) {
            v = CELL(fast[co->nlocals + oparg])->value;
            if (!v) {
                unbound_deref_error(ts, co, oparg);
                goto error;
            }
        }
        PUSH(v);
        vmbreak;
    }

    vmcase(LOAD_GLOBAL) {
        GlobalCache *gcache = &co->gcache[oparg];
        Value g = frame->globals, b = frame->builtins;
        uint64_t gv = dict_version(g), bv = dict_version(b);
        Value v;
        if (LIKELY(gcache->globals == g && gcache->globals_version == gv && gcache->builtins_version == bv)) {
            v = gcache->value;
        } else {
            Value name = names[oparg];
            v = dict_get_str(g, name);
            if (!v) v = dict_get_str(b, name);
            if (!v) {
                name_error(ts, name);
                goto error;
            }
            gcache->globals = g;
            gcache->globals_version = gv;
            gcache->builtins_version = bv;
            gcache->value = v;
        }
        PUSH(v);
        vmbreak;
    }

    vmcase(STORE_GLOBAL) {
        Value v = POP();
        if (dict_set_str(interp, frame->globals, names[oparg], v) < 0) goto error;
        vmbreak;
    }

    vmcase(DELETE_GLOBAL) {
        int r = dict_del(ts, frame->globals, names[oparg]);
        if (r < 0) goto error;
        if (r == 1) {
            name_error(ts, names[oparg]);
            goto error;
        }
        vmbreak;
    }

    vmcase(LOAD_NAME) {
        Value name = names[oparg];
        Value v = frame->locals ? dict_get_str(frame->locals, name) : VAL_NULL;
        if (!v) v = dict_get_str(frame->globals, name);
        if (!v) v = dict_get_str(frame->builtins, name);
        if (!v) {
            name_error(ts, name);
            goto error;
        }
        PUSH(v);
        vmbreak;
    }

    vmcase(STORE_NAME) {
        Value v = POP();
        Value d = frame->locals ? frame->locals : frame->globals;
        if (dict_set_str(interp, d, names[oparg], v) < 0) goto error;
        vmbreak;
    }

    vmcase(DELETE_NAME) {
        Value d = frame->locals ? frame->locals : frame->globals;
        int r = dict_del(ts, d, names[oparg]);
        if (r < 0) goto error;
        if (r == 1) {
            name_error(ts, names[oparg]);
            goto error;
        }
        vmbreak;
    }

    vmcase(LOAD_ATTR) {
        Value v = obj_getattr(ts, TOP(), names[oparg]);
        if (!v) goto error;
        TOP() = v;
        vmbreak;
    }

    vmcase(STORE_ATTR) {
        Value obj = PEEK(1), v = PEEK(2);
        if (obj_setattr(ts, obj, names[oparg], v) < 0) goto error;
        sp -= 2;
        vmbreak;
    }

    vmcase(DELETE_ATTR) {
        if (obj_delattr(ts, TOP(), names[oparg]) < 0) goto error;
        sp--;
        vmbreak;
    }

    vmcase(LOAD_METHOD) {
        Value obj = TOP();
        Value name = names[oparg];
        Type *t = val_type(obj);
        if (t->tp_getattr == generic_getattr) {
            Value descr = type_lookup(t, name);
            if (descr && (val_is(descr, K_FUNCTION) ||
                          (val_is(descr, K_NATIVE) && !((NativeObj *)descr)->self &&
                           ((NativeObj *)descr)->owner &&
                           !(((NativeObj *)descr)->def->flags & (METH_CLASS | METH_STATIC))))) {
                if (t->dict_offset && val_is_obj(obj)) {
                    Value d = *(Value *)((char *)OBJ(obj) + t->dict_offset);
                    if (d && dict_get_str(d, name)) goto load_method_slow;
                }
                TOP() = descr;
                PUSH(obj);
                vmbreak;
            }
        }
    load_method_slow: {
            Value v = obj_getattr(ts, obj, name);
            if (!v) goto error;
            TOP() = VAL_NULL;
            PUSH(v);
            vmbreak;
        }
    }

    vmcase(BINARY_SUBSCR) {
        Value o = PEEK(2), k = PEEK(1), v;
        if (val_is_smallint(k) && val_is_obj(o)) {
            int64_t i = val_smallint(k);
            if (OBJ(o)->type == &type_list) {
                int64_t n = LIST(o)->length;
                if (i < 0) i += n;
                if ((uint64_t)i < (uint64_t)n) {
                    sp--;
                    TOP() = LIST(o)->items[i];
                    vmbreak;
                }
            } else if (OBJ(o)->type == &type_tuple) {
                int64_t n = TUPLE(o)->length;
                if (i < 0) i += n;
                if ((uint64_t)i < (uint64_t)n) {
                    sp--;
                    TOP() = TUPLE(o)->items[i];
                    vmbreak;
                }
            }
        }
        v = obj_getitem(ts, o, k);
        if (!v) goto error;
        sp--;
        TOP() = v;
        vmbreak_alloc;
    }

    vmcase(STORE_SUBSCR) {
        Value k = PEEK(1), o = PEEK(2), v = PEEK(3);
        if (val_is_smallint(k) && val_is_obj(o) && OBJ(o)->type == &type_list) {
            int64_t i = val_smallint(k), n = LIST(o)->length;
            if (i < 0) i += n;
            if ((uint64_t)i < (uint64_t)n) {
                LIST(o)->items[i] = v;
                sp -= 3;
                vmbreak;
            }
        }
        if (obj_setitem(ts, o, k, v) < 0) goto error;
        sp -= 3;
        vmbreak_alloc;
    }

    vmcase(DELETE_SUBSCR) {
        if (obj_delitem(ts, PEEK(2), PEEK(1)) < 0) goto error;
        sp -= 2;
        vmbreak;
    }

    vmcase(BINARY_OP) {
        Value b = PEEK(1), a = PEEK(2), r = VAL_NULL;
        if (val_is_smallint(a) && val_is_smallint(b)) r = smallint_binop(ts, oparg, a, b);
        else if (is_exact_float(a) && is_exact_float(b)) r = float_binop(ts, oparg, a, b);
        if (!r) {
            r = obj_binop(ts, (BinaryOp)oparg, a, b);
            if (!r) goto error;
            sp--;
            TOP() = r;
            vmbreak_alloc;
        }
        sp--;
        TOP() = r;
        vmbreak;
    }

    vmcase(INPLACE_OP) {
        Value b = PEEK(1), a = PEEK(2), r = VAL_NULL;
        if (val_is_smallint(a) && val_is_smallint(b)) r = smallint_binop(ts, oparg, a, b);
        else if (is_exact_float(a) && is_exact_float(b)) r = float_binop(ts, oparg, a, b);
        if (!r) {
            r = obj_inplace(ts, (BinaryOp)oparg, a, b);
            if (!r) goto error;
            sp--;
            TOP() = r;
            vmbreak_alloc;
        }
        sp--;
        TOP() = r;
        vmbreak;
    }

    vmcase(UNARY_NEG) {
        Value a = TOP(), r;
        if (val_is_smallint(a)) {
            int64_t x = -val_smallint(a);
            r = smallint_fits(x) ? val_from_smallint(x) : int_from_i64(ts, x);
        } else {
            r = obj_unary(ts, NB_NEG, a);
            if (!r) goto error;
        }
        TOP() = r;
        vmbreak;
    }

    vmcase(UNARY_POS) {
        Value a = TOP();
        if (!val_is_smallint(a)) {
            Value r = obj_unary(ts, NB_POS, a);
            if (!r) goto error;
            TOP() = r;
        }
        vmbreak;
    }

    vmcase(UNARY_INVERT) {
        Value a = TOP(), r;
        if (val_is_smallint(a)) {
            r = val_from_smallint(~val_smallint(a));
        } else {
            r = obj_unary(ts, NB_INVERT, a);
            if (!r) goto error;
        }
        TOP() = r;
        vmbreak;
    }

    vmcase(UNARY_NOT) {
        int t = truthy(ts, TOP());
        if (t < 0) goto error;
        TOP() = val_bool(!t);
        vmbreak;
    }

    vmcase(COMPARE_OP) {
        Value b = PEEK(1), a = PEEK(2), r;
        if (val_is_smallint(a) && val_is_smallint(b)) {
            int64_t x = val_smallint(a), y = val_smallint(b);
            r = val_bool(fast_compare(oparg, (x > y) - (x < y)));
        } else if (is_exact_float(a) && is_exact_float(b)) {
            double x = float_value(a), y = float_value(b);
            bool res;
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            r = val_bool(res);
        } else {
            r = obj_richcompare(ts, a, b, oparg);
            if (!r) goto error;
        }
        sp--;
        TOP() = r;
        vmbreak;
    }

    vmcase(IS_OP) {
        Value b = POP(), a = TOP();
        TOP() = val_bool((a == b) != (oparg != 0));
        vmbreak;
    }

    vmcase(CONTAINS_OP) {
        Value b = PEEK(1), a = PEEK(2);
        int r = obj_contains(ts, b, a);
        if (r < 0) goto error;
        sp--;
        TOP() = val_bool((r != 0) != (oparg != 0));
        vmbreak;
    }

    vmcase(JUMP) { JUMPTO(oparg); vmbreak; }

    vmcase(JUMP_BACKWARD) {
        JUMPTO(oparg);
        CHECK_BREAKER();
        vmbreak;
    }

    vmcase(POP_JUMP_IF_FALSE) {
        Value v = TOP();
        int t = truthy(ts, v);
        if (t < 0) goto error;
        sp--;
        if (!t) {
            JUMPTO(oparg);
            if (UNLIKELY(poll_taken_jumps)) CHECK_BREAKER();
        }
        vmbreak;
    }

    vmcase(POP_JUMP_IF_TRUE) {
        Value v = TOP();
        int t = truthy(ts, v);
        if (t < 0) goto error;
        sp--;
        if (t) {
            JUMPTO(oparg);
            if (UNLIKELY(poll_taken_jumps)) CHECK_BREAKER();
        }
        vmbreak;
    }

    vmcase(JUMP_IF_FALSE_OR_POP) {
        int t = truthy(ts, TOP());
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg);
        else sp--;
        vmbreak;
    }

    vmcase(JUMP_IF_TRUE_OR_POP) {
        int t = truthy(ts, TOP());
        if (t < 0) goto error;
        if (t) JUMPTO(oparg);
        else sp--;
        vmbreak;
    }

    vmcase(GET_ITER) {
        Value it = get_iter(ts, TOP());
        if (!it) goto error;
        TOP() = it;
        vmbreak;
    }

    vmcase(FOR_ITER) {
        Value it = TOP();
        Type *t = OBJ(it)->type;
        Value v;
        if (t == &eval_range_iter_type) {
            IterObj *r = (IterObj *)it;
            if (r->n > 0) {
                int64_t x = r->i;
                r->i += r->step;
                r->n--;
                PUSH(smallint_fits(x) ? val_from_smallint(x) : int_from_i64(ts, x));
                vmbreak;
            }
            v = VAL_NULL;
        } else if (t == &eval_seq_iter_type) {
            v = seq_iter_next(ts, it);
        } else {
            v = t->tp_next ? t->tp_next(ts, it) : obj_next(ts, it);
            if (!v && err_occurred(ts)) {
                if (!err_matches(ts, &exc_StopIteration)) goto error;
                err_clear(ts);
            }
        }
        if (v) {
            PUSH(v);
        } else {
            sp--;
            JUMPTO(oparg);
        }
        vmbreak;
    }

    vmcase(BUILD_TUPLE) {
        Value t = oparg ? tuple_from_array(ts, oparg, sp - oparg) : VAL_EMPTY_TUPLE;
        sp -= oparg;
        PUSH(t);
        vmbreak_alloc;
    }

    vmcase(BUILD_LIST) {
        Value l = list_from_array(ts, oparg, sp - oparg);
        sp -= oparg;
        PUSH(l);
        vmbreak_alloc;
    }

    vmcase(BUILD_SET) {
        Value s = set_new(ts);
        gc_push_root(ts, s);
        for (int i = oparg; i > 0; i--)
            if (set_add(ts, s, PEEK(i)) < 0) {
                gc_pop_roots(ts, 1);
                goto error;
            }
        gc_pop_roots(ts, 1);
        sp -= oparg;
        PUSH(s);
        vmbreak_alloc;
    }

    vmcase(BUILD_MAP) {
        Value d = dict_new(ts);
        gc_push_root(ts, d);
        for (int i = oparg; i > 0; i--)
            if (dict_set(ts, d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) {
                gc_pop_roots(ts, 1);
                goto error;
            }
        gc_pop_roots(ts, 1);
        sp -= 2 * oparg;
        PUSH(d);
        vmbreak_alloc;
    }

    vmcase(BUILD_STRING) {
        size_t total = 0;
        for (int i = oparg; i > 0; i--) total += (size_t)STR(PEEK(i))->size;
        char small[256];
        char *buf = total < sizeof small ? small : xmalloc(total + 1);
        size_t off = 0;
        for (int i = oparg; i > 0; i--) {
            StrObj *s = STR(PEEK(i));
            memcpy(buf + off, s->data, (size_t)s->size);
            off += (size_t)s->size;
        }
        Value r = str_new(ts, buf, total);
        if (buf != small) free(buf);
        sp -= oparg;
        PUSH(r);
        vmbreak_alloc;
    }

    vmcase(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : VAL_NONE;
        Value stop = POP(), start = TOP();
        Value s = slice_new(ts, start, stop, step);
        if (!s) goto error;
        TOP() = s;
        vmbreak;
    }

    vmcase(LIST_APPEND) {
        Value v = POP();
        if (list_try_append(ts, PEEK(oparg), v) < 0) goto error;
        vmbreak_alloc;
    }

    vmcase(SET_ADD) {
        Value v = PEEK(1);
        if (set_add(ts, PEEK(oparg + 1), v) < 0) goto error;
        sp--;
        vmbreak_alloc;
    }

    vmcase(MAP_ADD) {
        Value v = PEEK(1), k = PEEK(2);
        if (dict_set(ts, PEEK(oparg + 2), k, v) < 0) goto error;
        sp -= 2;
        vmbreak_alloc;
    }

    vmcase(LIST_EXTEND) {
        Value it = PEEK(1);
        if (list_extend(ts, PEEK(oparg + 1), it) < 0) {
            if (clear_if_not_iterable(ts, it)) {
                err_format(ts, &exc_TypeError, "Value after * must be an iterable, not %s", val_type_name(it));
            }
            goto error;
        }
        sp--;
        vmbreak_alloc;
    }

    vmcase(SET_UPDATE) {
        Value it = PEEK(1);
        if (set_update(ts, PEEK(oparg + 1), it) < 0) {
            if (clear_if_not_iterable(ts, it)) {
                err_format(ts, &exc_TypeError, "Value after * must be an iterable, not %s", val_type_name(it));
            }
            goto error;
        }
        sp--;
        vmbreak_alloc;
    }

    vmcase(DICT_UPDATE) {
        Value m = PEEK(1);
        if (dict_merge_mapping(ts, PEEK(oparg + 1), m, VAL_NULL, false) < 0) goto error;
        sp--;
        vmbreak_alloc;
    }

    vmcase(DICT_MERGE) {
        Value m = PEEK(1);
        /* [callable args dict m] */
        if (dict_merge_mapping(ts, PEEK(oparg + 1), m, PEEK(oparg + 3), true) < 0) goto error;
        sp--;
        vmbreak_alloc;
    }

    vmcase(LIST_TO_TUPLE) {
        TOP() = list_as_tuple(ts, TOP());
        vmbreak_alloc;
    }

    vmcase(UNPACK_SEQUENCE) {
        Value seq = TOP();
        Value *base = sp - 1;
        int n = oparg;
        Value *items = NULL;
        int64_t len = -1;
        if (val_is_obj(seq) && (OBJ(seq)->type == &type_tuple || OBJ(seq)->type == &type_list)) {
            items = IS_TUPLE(seq) ? TUPLE(seq)->items : LIST(seq)->items;
            len = IS_TUPLE(seq) ? TUPLE(seq)->length : LIST(seq)->length;
            if (len == n) {
                for (int i = 0; i < n; i++) base[i] = items[n - 1 - i];
                sp = base + n;
                vmbreak;
            }
            if (len < n) err_format(ts, &exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, (int)len);
            else err_format(ts, &exc_ValueError, "too many values to unpack (expected %d)", n);
            goto error;
        }
        Value it = obj_iter(ts, seq);
        if (!it) {
            if (clear_if_not_iterable(ts, seq)) {
                err_format(ts, &exc_TypeError, "cannot unpack non-iterable %s object", val_type_name(seq));
            }
            goto error;
        }
        gc_push_root(ts, it);
        gc_push_root(ts, seq);
        int got = 0;
        for (; got < n; got++) {
            Value v = obj_next(ts, it);
            if (!v) {
                gc_pop_roots(ts, 2);
                if (!err_occurred(ts))
                    err_format(ts, &exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
                goto error;
            }
            base[got] = v;
            frame->sp = base + got + 1;
        }
        Value extra = obj_next(ts, it);
        gc_pop_roots(ts, 2);
        if (extra) {
            err_format(ts, &exc_ValueError, "too many values to unpack (expected %d)", n);
            goto error;
        }
        if (err_occurred(ts)) goto error;
        for (int i = 0; i < n / 2; i++) {
            Value t = base[i];
            base[i] = base[n - 1 - i];
            base[n - 1 - i] = t;
        }
        sp = base + n;
        vmbreak;
    }

    vmcase(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        Value seq = TOP();
        Value *base = sp - 1;
        Value it = obj_iter(ts, seq);
        if (!it) {
            if (clear_if_not_iterable(ts, seq)) {
                err_format(ts, &exc_TypeError, "cannot unpack non-iterable %s object", val_type_name(seq));
            }
            goto error;
        }
        gc_push_root(ts, it);
        gc_push_root(ts, seq);
        for (int i = 0; i < before; i++) {
            Value v = obj_next(ts, it);
            if (!v) {
                gc_pop_roots(ts, 2);
                if (!err_occurred(ts))
                    err_format(ts, &exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                               before + after, i);
                goto error;
            }
            base[i] = v;
            frame->sp = base + i + 1;
        }
        Value rest = seq_to_list(ts, it);
        gc_pop_roots(ts, 2);
        if (!rest) goto error;
        int64_t nrest = LIST(rest)->length;
        if (nrest < after) {
            err_format(ts, &exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                       before + after, before + (int)nrest);
            goto error;
        }
        /* final layout, top first: before items, the list, after items */
        int total = before + 1 + after;
        Value tmp_small[16];
        Value *tmp = total <= 16 ? tmp_small : xmalloc(sizeof(Value) * (size_t)total);
        for (int i = 0; i < before; i++) tmp[total - 1 - i] = base[i];
        tmp[after] = rest;
        for (int j = 0; j < after; j++) tmp[after - 1 - j] = LIST(rest)->items[nrest - after + j];
        LIST(rest)->length = nrest - after;
        memcpy(base, tmp, sizeof(Value) * (size_t)total);
        if (tmp != tmp_small) free(tmp);
        sp = base + total;
        vmbreak_alloc;
    }

    vmcase(FORMAT_VALUE) {
        Value spec = (oparg & FV_HAVE_SPEC) ? PEEK(1) : VAL_NULL;
        Value v = (oparg & FV_HAVE_SPEC) ? PEEK(2) : PEEK(1);
        switch (oparg & FV_MASK) {
        case FV_STR: v = obj_str(ts, v); break;
        case FV_REPR: v = obj_repr(ts, v); break;
        case FV_ASCII: v = obj_ascii(ts, v); break;
        default: break;
        }
        if (!v) goto error;
        if (spec && STR(spec)->size > 0) {
            v = obj_format(ts, v, spec);
        } else if (!(val_is_obj(v) && OBJ(v)->type == &type_str)) {
            if (val_is_smallint(v) || is_exact_float(v)) v = obj_str(ts, v);
            else v = obj_format(ts, v, spec ? spec : interp_intern_cstr(ts, ""));
        }
        if (!v) goto error;
        if (spec) sp--;
        TOP() = v;
        vmbreak_alloc;
    }

    vmcase(KW_NAMES) {
        kwnames = consts[oparg];
        vmbreak;
    }

    {
        Value callable, *args, *slot;
        int argc;

    vmcase(CALL)
        argc = oparg;
        args = sp - argc;
        slot = args - 1;
        callable = *slot;
        goto do_call;

    vmcase(CALL_METHOD)
        if (PEEK(oparg + 2)) {
            callable = PEEK(oparg + 2);
            argc = oparg + 1;
            args = sp - argc;
        } else {
            callable = PEEK(oparg + 1);
            argc = oparg;
            args = sp - argc;
        }
        slot = sp - oparg - 2;
        goto do_call;

    do_call: {
            Value kw = kwnames;
            kwnames = VAL_NULL;
            if (val_is(callable, K_BOUND_METHOD) && val_is(BOUND(callable)->func, K_FUNCTION)) {
                /* unpack in place: the bound method's slot becomes self */
                args[-1] = BOUND(callable)->self;
                callable = BOUND(callable)->func;
                args--;
                argc++;
            }
            if (val_is(callable, K_FUNCTION)) {
                if (is_generator_function(callable)) {
                    Value g = make_generator(ts, callable, argc, args, kw);
                    if (!g) goto error;
                    sp = slot;
                    PUSH(g);
                    CHECK_BREAKER();
                    vmbreak_alloc;
                }
                Frame *nf = push_function_frame(ts, callable, argc, args, kw);
                if (!nf) goto error;
                frame->sp = slot;
                frame->ip = ip;
                frame = nf;
                LOAD_FRAME();
                vmbreak;
            }
            Value res;
            bool specialised = !poll_after_calls && call_is_specialised(callable, kw);
            if (val_is(callable, K_NATIVE)) res = native_call(ts, callable, argc, args, kw);
            else res = vm_call(ts, callable, argc, args, kw);
            if (!res) goto error;
            sp = slot;
            PUSH(res);
            if (!specialised) CHECK_BREAKER();
            vmbreak;
        }
    }

    vmcase(CALL_FUNCTION_EX) {
        Value *slot = sp - 2 - (oparg & 1);
        Value callable = slot[0];
        Value cargs = slot[1];
        Value ckw = (oparg & 1) ? slot[2] : VAL_NULL;
        if (!IS_TUPLE(cargs)) {
            Value t;
            if (IS_LIST(cargs)) {
                t = list_as_tuple(ts, cargs);
            } else {
                Value l = seq_to_list(ts, cargs);
                if (!l) {
                    if (clear_if_not_iterable(ts, cargs)) {
                        char fname[160];
                        func_describe(ts, callable, fname, sizeof fname);
                        err_format(ts, &exc_TypeError, "%s argument after * must be an iterable, not %s", fname,
                                   val_type_name(cargs));
                    }
                    goto error;
                }
                t = list_as_tuple(ts, l);
            }
            slot[1] = cargs = t;
        }
        int npos = (int)TUPLE(cargs)->length;
        Value res;
        if (!ckw || dict_len(ckw) == 0) {
            res = vm_call(ts, callable, npos, TUPLE(cargs)->items, VAL_NULL);
        } else {
            int64_t nkw = dict_len(ckw);
            Value all = tuple_new(ts, npos + nkw);
            memcpy(TUPLE(all)->items, TUPLE(cargs)->items, sizeof(Value) * (size_t)npos);
            slot[1] = all;
            Value names_t = tuple_new(ts, nkw);
            int64_t pos = 0, i = 0;
            Value k, v;
            while (dict_next(ckw, &pos, &k, &v)) {
                if (!IS_STR(k)) {
                    err_format(ts, &exc_TypeError, "keywords must be strings");
                    goto error;
                }
                TUPLE(names_t)->items[i] = k;
                TUPLE(all)->items[npos + i] = v;
                i++;
            }
            slot[2] = names_t;
            res = vm_call(ts, callable, (int)(npos + nkw), TUPLE(all)->items, names_t);
        }
        if (!res) goto error;
        sp = slot;
        PUSH(res);
        CHECK_BREAKER();
        vmbreak;
    }

    vmcase(MAKE_FUNCTION) {
        Value code = POP();
        Value closure = (oparg & MF_CLOSURE) ? POP() : VAL_NULL;
        Value annotations = (oparg & MF_ANNOTATIONS) ? POP() : VAL_NULL;
        Value kwdefaults = (oparg & MF_KWDEFAULTS) ? POP() : VAL_NULL;
        Value defaults = (oparg & MF_DEFAULTS) ? POP() : VAL_NULL;
        Value fn = func_new(ts, code, frame->globals);
        FUNC(fn)->closure = closure;
        FUNC(fn)->kwdefaults = kwdefaults;
        FUNC(fn)->defaults = defaults;
        FUNC(fn)->annotations = annotations;
        PUSH(fn);
        vmbreak_alloc;
    }

    vmcase(BUILD_CLASS) {
        Value kwargs = oparg ? PEEK(1) : VAL_NULL;
        Value bases = PEEK(1 + oparg), name = PEEK(2 + oparg), body = PEEK(3 + oparg);
        SAVE_STATE();
        Value cls = build_class(ts, body, name, bases, kwargs);
        if (!cls) goto error;
        sp -= 2 + oparg;
        TOP() = cls;
        vmbreak;
    }

    vmcase(RETURN_VALUE) {
        Value retval = POP();
        if (frame->is_entry) {
            frame_pop(ts, frame);
            return retval;
        }
        Frame *prev = frame->prev;
        frame_pop(ts, frame);
        frame = prev;
        LOAD_FRAME();
        PUSH(retval);
        if (poll_after_calls) CHECK_BREAKER();   /* 3.10: the caller's CALL polls */
        vmbreak;
    }

    vmcase(YIELD_VALUE) {
        /* a generator's frame is always an entry frame (eval_resume_frame) */
        Value v = POP();
        SAVE_STATE();
        frame->state = FRAME_SUSPENDED;
        ts->frame = frame->prev;
        ts->py_depth--;
        frame->prev = NULL;
        return v;
    }

    vmcase(GET_YIELD_FROM_ITER) {
        Value o = TOP();
        if (!val_is_gen(o)) {
            Value it = obj_iter(ts, o);
            if (!it) goto error;
            TOP() = it;
        }
        vmbreak;
    }

    vmcase(SEND) {
        Value v = PEEK(1), recv = PEEK(2), res;
        if (val_is_gen(recv)) {
            GenStatus st = gen_send(ts, recv, v, false, &res);
            if (st == GEN_ERROR) goto error;
            if (st == GEN_RETURNED) {
                sp--;
                TOP() = res;
                JUMPTO(oparg);
                vmbreak;
            }
        } else {
            Type *t = val_type(recv);
            if (v != VAL_NONE || !t->tp_next)
                res = vm_call_method(ts, recv, interp_intern_cstr(ts, "send"), 1, &v);
            else if (t->tflags & TF_HEAP)   /* a class's __next__: keep its StopIteration's value */
                res = vm_call_method(ts, recv, interp->names.__next__, 0, NULL);
            else
                res = t->tp_next(ts, recv);
            if (!res) {
                if (err_occurred(ts) && !err_matches(ts, &exc_StopIteration)) goto error;
                res = VAL_NONE;
                if (err_occurred(ts)) {
                    Value e = err_fetch(ts);
                    PEEK(1) = e;   /* reachable while its value is read */
                    res = obj_getattr(ts, e, interp_intern_cstr(ts, "value"));
                    if (!res) goto error;
                }
                sp--;
                TOP() = res;
                JUMPTO(oparg);
                vmbreak;
            }
        }
        TOP() = res;
        vmbreak;
    }

    vmcase(JUMP_BACKWARD_NO_INTERRUPT) { JUMPTO(oparg); vmbreak; }

    vmcase(RAISE_VARARGS) {
        if (oparg == 0) {
            Value h = ts->handled_exc;
            if (!h || h == VAL_NONE) {
                err_format(ts, &exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(ts, h);
            goto exception_unwind;
        }
        if (oparg == 1) {
            err_raise(ts, PEEK(1));
            goto error;
        }
        {
            Value cause = PEEK(1), v = PEEK(2);
            bool valid = exc_is_instance(v, &exc_BaseException) ||
                         (IS_TYPE(v) && type_is_subtype((Type *)v, &exc_BaseException));
            err_raise(ts, v);
            if (!valid || !val_is(ts->exc, K_EXCEPTION)) goto error;
            Value exc = err_fetch(ts);
            Value c = VAL_NULL;
            if (cause == VAL_NONE) {
                c = VAL_NULL;
            } else if (IS_TYPE(cause) && type_is_subtype((Type *)cause, &exc_BaseException)) {
                gc_push_root(ts, exc);
                c = vm_call0(ts, cause);
                gc_pop_roots(ts, 1);
                if (!c) goto error;
            } else if (exc_is_instance(cause, &exc_BaseException)) {
                c = cause;
            } else {
                err_format(ts, &exc_TypeError, "exception causes must derive from BaseException");
                goto error;
            }
            ((ExcObj *)exc)->cause = c;
            ((ExcObj *)exc)->suppress_context = true;
            err_restore(ts, exc);
            goto error;
        }
    }

    vmcase(RERAISE) {
        Value exc = POP();
        err_restore(ts, exc);
        goto exception_unwind;
    }

    vmcase(PUSH_EXC_INFO) {
        Value exc = TOP();
        TOP() = ts->handled_exc ? ts->handled_exc : VAL_NONE;
        PUSH(exc);
        ts->handled_exc = exc;
        frame->exc_depth++;
        vmbreak;
    }

    vmcase(POP_EXCEPT) {
        Value prev = POP();
        ts->handled_exc = prev == VAL_NONE ? VAL_NULL : prev;
        /* A generator out of its last handler sees its current caller's
         * exception again (prev was its caller's when the handler began). */
        if (--frame->exc_depth == 0 && UNLIKELY(frame->owner == FRAME_OWNED_BY_GENERATOR))
            ts->handled_exc = gen_of_frame(frame)->caller_exc;
        vmbreak;
    }

    vmcase(CHECK_EXC_MATCH) {
        Value type = PEEK(1), exc = PEEK(2);
        bool ok = true;
        if (IS_TUPLE(type)) {
            for (int64_t i = 0; i < TUPLE(type)->length && ok; i++) {
                Value t = TUPLE(type)->items[i];
                ok = IS_TYPE(t) && type_is_subtype((Type *)t, &exc_BaseException);
            }
        } else {
            ok = IS_TYPE(type) && type_is_subtype((Type *)type, &exc_BaseException);
        }
        if (!ok) {
            err_format(ts, &exc_TypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        bool match = false;
        if (IS_TUPLE(type)) {
            for (int64_t i = 0; i < TUPLE(type)->length && !match; i++)
                match = obj_isinstance(exc, (Type *)TUPLE(type)->items[i]);
        } else {
            match = obj_isinstance(exc, (Type *)type);
        }
        TOP() = val_bool(match);
        vmbreak;
    }

    vmcase(BEFORE_WITH) {
        Value mgr = TOP();
        Value enter_d = type_lookup(val_type(mgr), interp->names.__enter__);
        if (!enter_d) {
            err_format(ts, &exc_TypeError, "'%s' object does not support the context manager protocol",
                       val_type_name(mgr));
            goto error;
        }
        Value exit_d = type_lookup(val_type(mgr), interp->names.__exit__);
        if (!exit_d) {
            err_format(ts, &exc_TypeError,
                       "'%s' object does not support the context manager protocol (missed __exit__ method)",
                       val_type_name(mgr));
            goto error;
        }
        Value exit_b = lookup_special_bound(ts, mgr, interp->names.__exit__);
        if (!exit_b) goto error;
        TOP() = exit_b;                       /* keeps mgr reachable */
        Value res;
        if (val_is(enter_d, K_FUNCTION) || val_is(enter_d, K_NATIVE)) {
            res = vm_call(ts, enter_d, 1, &mgr, VAL_NULL);
        } else {
            Value enter_b = lookup_special_bound(ts, mgr, interp->names.__enter__);
            res = enter_b ? vm_call0(ts, enter_b) : VAL_NULL;
        }
        if (!res) goto error;
        PUSH(res);
        vmbreak;
    }

    vmcase(WITH_EXCEPT_START) {
        Value exc = PEEK(1), exit_b = PEEK(3);
        Value tb = val_is(exc, K_EXCEPTION) && ((ExcObj *)exc)->traceback ? ((ExcObj *)exc)->traceback : VAL_NONE;
        Value argv[3] = {VAL(val_type(exc)), exc, tb};
        Value res = vm_call(ts, exit_b, 3, argv, VAL_NULL);
        if (!res) goto error;
        PUSH(res);
        vmbreak;
    }

    vmcase(LOAD_ASSERTION_ERROR) {
        PUSH(VAL(&exc_AssertionError));
        vmbreak;
    }

    vmcase(IMPORT_NAME) {
        Value m = str_cstr(names[oparg])[0] == '.' ? interp_import_relative(ts, names[oparg], frame->globals)
                                                  : interp_import(ts, names[oparg]);
        if (!m) goto error;
        PUSH(m);
        vmbreak;
    }

    vmcase(IMPORT_FROM) {
        Value v = import_from(ts, TOP(), names[oparg]);
        if (!v) goto error;
        PUSH(v);
        vmbreak;
    }

    vmcase(IMPORT_STAR) {
        Value m = PEEK(1);
        if (import_star(ts, m, frame->locals ? frame->locals : frame->globals) < 0) goto error;
        sp--;
        vmbreak;
    }

    vmcase(PRINT_EXPR) {
        if (print_expr(ts, PEEK(1)) < 0) goto error;
        sp--;
        vmbreak;
    }

#ifndef USE_COMPUTED_GOTO
    default:
        err_format(ts, &exc_RuntimeError, "unknown opcode %d", opcode);
        goto error;
    }
#endif

error:
    if (UNLIKELY(!ts->exc)) err_format(ts, &exc_RuntimeError, "error return without exception set");
    chain_context(ts);
    if (val_is(ts->exc, K_EXCEPTION)) {
        ExcObj *e = (ExcObj *)ts->exc;
        e->traceback = traceback_new(ts, e->traceback, VAL(co), code_line_at(co, (int)(ip - co->code) - 1));
    }
exception_unwind: {
        kwnames = VAL_NULL;
        const ExcEntry *h = code_find_handler(co, (int)(ip - co->code) - 1);
        if (h) {
            sp = frame_stack_base(frame) + h->depth;
            PUSH(err_fetch(ts));
            JUMPTO(h->target);
            vmbreak;
        }
        if (frame->is_entry) {
            frame_pop(ts, frame);
            return VAL_NULL;
        }
        Frame *prev = frame->prev;
        frame_pop(ts, frame);
        frame = prev;
        LOAD_FRAME();
        goto error;
    }
}

/* ------------------------------------------------------------ calls */

static Value call_function(ThreadState *ts, Value func, int argc, Value *argv, Value kwnames)
{
    if (UNLIKELY(ts->c_depth >= C_RECURSION_LIMIT || obj_c_stack_exhausted(ts)))
        return err_format(ts, &exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    if (is_generator_function(func)) return make_generator(ts, func, argc, argv, kwnames);
    Frame *f = push_function_frame(ts, func, argc, argv, kwnames);
    if (!f) return VAL_NULL;
    f->is_entry = 1;
    ts->c_depth++;
    Value r = run_frame(ts, f, false);
    ts->c_depth--;
    return r;
}

Value vm_call(ThreadState *ts, Value callable, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length == 0) kwnames = VAL_NULL;
    if (val_is_obj(callable)) {
        switch (OBJ(callable)->kind) {
        case K_FUNCTION:
            return call_function(ts, callable, argc, argv, kwnames);
        case K_NATIVE:
            return native_call(ts, callable, argc, argv, kwnames);
        case K_BOUND_METHOD:
            return call_with_self(ts, BOUND(callable)->func, BOUND(callable)->self, argc, argv, kwnames);
        default:
            break;
        }
    }
    Type *t = val_type(callable);
    if (t->tp_call) return t->tp_call(ts, callable, argc, argv, kwnames);
    return err_format(ts, &exc_TypeError, "'%s' object is not callable", val_type_name(callable));
}

Value vm_call0(ThreadState *ts, Value callable) { return vm_call(ts, callable, 0, NULL, VAL_NULL); }

Value vm_call1(ThreadState *ts, Value callable, Value a)
{
    Value argv[1] = {a};
    return vm_call(ts, callable, 1, argv, VAL_NULL);
}

Value vm_call2(ThreadState *ts, Value callable, Value a, Value b)
{
    Value argv[2] = {a, b};
    return vm_call(ts, callable, 2, argv, VAL_NULL);
}

Value vm_call_method(ThreadState *ts, Value v, Value name, int argc, Value *argv)
{
    Type *t = val_type(v);
    if (t->tp_getattr == generic_getattr) {
        Value d = type_lookup(t, name);
        if (d && (val_is(d, K_FUNCTION) ||
                  (val_is(d, K_NATIVE) && !((NativeObj *)d)->self && ((NativeObj *)d)->owner &&
                   !(((NativeObj *)d)->def->flags & (METH_CLASS | METH_STATIC))))) {
            bool shadowed = false;
            if (t->dict_offset && val_is_obj(v)) {
                Value dict = *(Value *)((char *)OBJ(v) + t->dict_offset);
                shadowed = dict && dict_get_str(dict, name);
            }
            if (!shadowed) return call_with_self(ts, d, v, argc, argv, VAL_NULL);
        }
    }
    Value m = obj_getattr(ts, v, name);
    if (!m) return VAL_NULL;
    gc_push_root(ts, m);
    Value r = vm_call(ts, m, argc, argv, VAL_NULL);
    gc_pop_roots(ts, 1);
    return r;
}

bool obj_callable(Value v)
{
    if (val_is_obj(v)) {
        int k = OBJ(v)->kind;
        if (k == K_FUNCTION || k == K_NATIVE || k == K_BOUND_METHOD) return true;
    }
    return val_type(v)->tp_call != NULL;
}

/* ------------------------------------------------------ running code */

Value eval_code_locals(ThreadState *ts, Value code, Value globals, Value locals)
{
    CodeObj *co = CODE(code);
    if (ts->py_depth >= ts->interp->cfg.recursion_limit || ts->c_depth >= C_RECURSION_LIMIT ||
        obj_c_stack_exhausted(ts))
        return recursion_error(ts);
    Frame *f = frame_alloc(ts, co);
    if (!f) return VAL_NULL;
    f->globals = globals;
    f->locals = locals;
    f->is_entry = 1;
    if (co->ncells || co->nfree) frame_init_cells(ts, f, VAL_NULL);
    frame_link(ts, f);
    ts->c_depth++;
    Value r = run_frame(ts, f, false);
    ts->c_depth--;
    return r;
}

Value eval_resume_frame(ThreadState *ts, Frame *f, Value arg, bool throwing)
{
    if (ts->py_depth >= ts->interp->cfg.recursion_limit || ts->c_depth >= C_RECURSION_LIMIT ||
        obj_c_stack_exhausted(ts))
        return recursion_error(ts);
    if (f->state == FRAME_SUSPENDED && !throwing) *f->sp++ = arg;
    f->state = FRAME_RUNNING;
    frame_link(ts, f);
    ts->c_depth++;
    Value r = run_frame(ts, f, throwing);
    ts->c_depth--;
    if (f->state == FRAME_RUNNING) {
        f->state = FRAME_COMPLETED;
        f->sp = f->localsplus;   /* its locals are dead */
    }
    return r;
}

Value eval_module(ThreadState *ts, Value code, Value globals)
{
    return eval_code_locals(ts, code, globals, globals);
}
