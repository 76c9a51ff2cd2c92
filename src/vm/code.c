/* code.c — code objects, the opcode tables, line and exception tables, and the
 * disassembler. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/abstract.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"

/* ---- opcode tables ---- */

const char *const opcode_names[OPCODE__COUNT] = {
#define OPCODE_NAME(name, effect, doc) #name,
    OPCODES(OPCODE_NAME)
#undef OPCODE_NAME
};

int opcode_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    default: break;
    }
    switch (op) {
#define OPCODE_EFFECT(name, effect, doc) case OP_##name: return (effect);
    OPCODES(OPCODE_EFFECT)
#undef OPCODE_EFFECT
    default: return 0;
    }
}

int opcode_is_check_point(int op)
{
    return op == OP_RESUME || op == OP_JUMP_BACKWARD || op == OP_CALL || op == OP_CALL_METHOD ||
           op == OP_CALL_FUNCTION_EX;
}

int opcode_has_jump(int op)
{
    switch (op) {
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SEND: case OP_JUMP_BACKWARD_NO_INTERRUPT:
        return 1;
    default:
        return 0;
    }
}

/* ---- the code type ---- */

static void code_trace(GC *gc, Obj *self)
{
    CodeObj *co = (CodeObj *)self;
    gc_mark(gc, co->consts);
    gc_mark(gc, co->names);
    gc_mark(gc, co->varnames);
    gc_mark(gc, co->cellvars);
    gc_mark(gc, co->freevars);
    gc_mark(gc, co->name);
    gc_mark(gc, co->qualname);
    gc_mark(gc, co->filename);
    gc_mark(gc, co->source);
    gc_mark(gc, co->doc);
    if (co->gcache && co->names) {
        int64_t n = TUPLE(co->names)->length;
        for (int64_t i = 0; i < n; i++) {
            GlobalCache *c = &co->gcache[i];
            if (c->globals) {
                gc_mark(gc, c->globals);
                gc_mark(gc, c->value);
            }
        }
    }
}

static void code_finalize(Obj *self)
{
    CodeObj *co = (CodeObj *)self;
    free(co->code);
    free(co->lines);
    free(co->cell2arg);
    free(co->exctable);
    free(co->gcache);
    co->code = NULL; co->lines = NULL; co->cell2arg = NULL; co->exctable = NULL; co->gcache = NULL;
}

static Value code_repr(ThreadState *ts, Value self)
{
    CodeObj *co = CODE(self);
    return str_printf(ts, "<code object %s at %p, file \"%s\", line %d>", str_cstr(co->name),
                      (void *)co, str_cstr(co->filename), co->firstlineno);
}

static Value code_get_name(ThreadState *ts, Value self) { return CODE(self)->name; }
static Value code_get_qualname(ThreadState *ts, Value self) { return CODE(self)->qualname; }
static Value code_get_filename(ThreadState *ts, Value self) { return CODE(self)->filename; }
static Value code_get_firstlineno(ThreadState *ts, Value self) { return val_from_smallint(CODE(self)->firstlineno); }
static Value code_get_argcount(ThreadState *ts, Value self) { return val_from_smallint(CODE(self)->argcount); }
static Value code_get_varnames(ThreadState *ts, Value self) { return CODE(self)->varnames; }
static Value code_get_consts(ThreadState *ts, Value self) { return CODE(self)->consts; }
static Value code_get_names(ThreadState *ts, Value self) { return CODE(self)->names; }
static Value code_get_freevars(ThreadState *ts, Value self) { return CODE(self)->freevars; }
static Value code_get_cellvars(ThreadState *ts, Value self) { return CODE(self)->cellvars; }

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {NULL, NULL, NULL},
};

Type type_code = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "code",
    .base = &type_object,
    .layout = K_CODE,
    .instance_size = sizeof(CodeObj),
    .getsets = code_getsets,
    .tp_repr = code_repr,
    .trace = code_trace,
    .finalize = code_finalize,
};

/* ---- line and exception tables ---- */

int code_line_at(const CodeObj *co, int i)
{
    if (i < 0) i = 0;
    if (!co->lines || co->ncode == 0) return co->firstlineno;
    if (i >= co->ncode) i = co->ncode - 1;
    return co->lines[i];
}

const ExcEntry *code_find_handler(const CodeObj *co, int i)
{
    /* Entries are sorted by start and do not overlap: binary search. */
    int lo = 0, hi = co->nexc - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const ExcEntry *e = &co->exctable[mid];
        if (i < e->start) hi = mid - 1;
        else if (i >= e->end) lo = mid + 1;
        else return e;
    }
    return NULL;
}

bool code_source_line(const CodeObj *co, int line, StrBuf *out)
{
    if (!co->source || !IS_STR(co->source) || line < 1) return false;
    const char *p = str_cstr(co->source), *end = p + STR(co->source)->size;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end) return false;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) e--;
    sb_append(out, p, (size_t)(e - p));
    return true;
}

/* ---- disassembler ---- */

static const char *const binop_symbols[OP__BINARY_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static void dis_name(StrBuf *out, Value tuple, int i)
{
    if (tuple && IS_TUPLE(tuple) && i >= 0 && i < TUPLE(tuple)->length) {
        sb_puts(out, " (");
        sb_append_str(out, TUPLE(tuple)->items[i]);
        sb_putc(out, ')');
    }
}

static void dis_repr(ThreadState *ts, StrBuf *out, Value v)
{
    if (sb_append_repr(ts, out, v) < 0) {
        err_clear(ts);
        sb_putc(out, '?');
    }
}

static void dis_deref_name(StrBuf *out, const CodeObj *co, int i)
{
    int nc = (int)TUPLE(co->cellvars)->length;
    if (i < nc) dis_name(out, co->cellvars, i);
    else dis_name(out, co->freevars, i - nc);
}

static void dis_one(ThreadState *ts, const CodeObj *co, StrBuf *out)
{
    sb_puts(out, "Disassembly of ");
    sb_append_str(out, co->qualname);
    sb_puts(out, ":\n");
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        int op = INSTR_OP(w), arg = INSTR_ARG(w);
        int line = co->lines[i];
        if (line != last_line) {
            if (i > 0) sb_putc(out, '\n');
            sb_printf(out, "%4d", line);
            last_line = line;
        } else {
            sb_puts(out, "    ");
        }
        sb_printf(out, " %5d %-20s", i, op < OPCODE__COUNT ? opcode_names[op] : "???");
        sb_printf(out, " %d", arg);
        switch (op) {
        case OP_LOAD_CONST: {
            Value c = TUPLE(co->consts)->items[arg];
            sb_puts(out, " (");
            if (val_is(c, K_CODE)) {
                sb_puts(out, "<code object ");
                sb_append_str(out, CODE(c)->name);
                sb_putc(out, '>');
            } else {
                dis_repr(ts, out, c);
            }
            sb_putc(out, ')');
            break;
        }
        case OP_KW_NAMES:
            sb_puts(out, " (");
            dis_repr(ts, out, TUPLE(co->consts)->items[arg]);
            sb_putc(out, ')');
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            dis_name(out, co->varnames, arg);
            break;
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        case OP_LOAD_CLASSDEREF:
            dis_deref_name(out, co, arg);
            break;
        case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
        case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
        case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            dis_name(out, co->names, arg);
            break;
        case OP_BINARY_OP:
            if (arg < OP__BINARY_COUNT) sb_printf(out, " (%s)", binop_symbols[arg]);
            break;
        case OP_INPLACE_OP:
            if (arg < OP__BINARY_COUNT) sb_printf(out, " (%s=)", binop_symbols[arg]);
            break;
        case OP_COMPARE_OP:
            if (arg < 6) sb_printf(out, " (%s)", cmp_symbols[arg]);
            break;
        case OP_IS_OP: sb_puts(out, arg ? " (is not)" : " (is)"); break;
        case OP_CONTAINS_OP: sb_puts(out, arg ? " (not in)" : " (in)"); break;
        case OP_FORMAT_VALUE: {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            if ((arg & FV_MASK) || (arg & FV_HAVE_SPEC)) {
                sb_puts(out, " (");
                sb_puts(out, conv[arg & FV_MASK]);
                if ((arg & FV_MASK) && (arg & FV_HAVE_SPEC)) sb_puts(out, ", ");
                if (arg & FV_HAVE_SPEC) sb_puts(out, "with format");
                sb_putc(out, ')');
            }
            break;
        }
        default:
            if (opcode_has_jump(op)) sb_printf(out, " (to %d)", arg);
            break;
        }
        sb_putc(out, '\n');
    }
    if (co->nexc) {
        sb_puts(out, "ExceptionTable:\n");
        for (int i = 0; i < co->nexc; i++)
            sb_printf(out, "  %d to %d -> %d [%d]\n", co->exctable[i].start, co->exctable[i].end - 1,
                      co->exctable[i].target, co->exctable[i].depth);
    }
}

void code_disassemble(ThreadState *ts, Value code, StrBuf *out)
{
    const CodeObj *co = CODE(code);
    dis_one(ts, co, out);
    int64_t n = TUPLE(co->consts)->length;
    for (int64_t i = 0; i < n; i++) {
        Value c = TUPLE(co->consts)->items[i];
        if (val_is(c, K_CODE)) {
            sb_putc(out, '\n');
            code_disassemble(ts, c, out);
        }
    }
}
