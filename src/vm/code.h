/* code.h — code objects: the compiled form of a module, function, class body,
 * lambda or comprehension, which the eval loop runs.
 *
 * A frame's "localsplus" area is laid out as
 *     [ locals (nlocals) | cells (ncells) | free vars (nfree) | value stack (stacksize) ]
 * The first argcount + kwonlyargcount locals are the parameters, then *args,
 * then **kwargs. A parameter captured by an inner function also has a cell
 * (cell2arg maps the cell to its parameter): frame entry copies it in.
 * LOAD_DEREF and friends index the combined cells+frees with arg, relative to
 * nlocals: localsplus[nlocals + arg].
 *
 * Line numbers: one int per instruction (lines[i] for code[i]); the source
 * text of the whole file is kept (a str) so tracebacks can show lines.
 */
#ifndef GILSIM_CODE_H
#define GILSIM_CODE_H

#include "vm/object.h"
#include "vm/strbuf.h"

enum {
    CO_VARARGS = 1,        /* has *args */
    CO_VARKEYWORDS = 2,    /* has **kwargs */
    CO_MODULE = 4,         /* module-level code (globals == locals) */
    CO_CLASSBODY = 8,      /* a class body: names live in a locals dict */
    CO_COMPREHENSION = 16, /* a comprehension's implicit function */
    CO_LAMBDA = 32,
    CO_GENERATOR = 64,     /* has yield (or is a generator expression): calling it makes a generator */
};

/* An exception-table entry: instructions [start, end) are protected by the
 * handler at `target`, which runs with the value stack cut to `depth`. */
typedef struct ExcEntry { int start, end, target, depth; } ExcEntry;

/* Cache of one LOAD_GLOBAL name: valid while both dicts keep their versions. */
typedef struct GlobalCache {
    Value globals;
    uint64_t globals_version, builtins_version;
    Value value;
} GlobalCache;

typedef struct CodeObj {
    Obj h;
    uint32_t *code; int ncode;
    int32_t *lines;          /* per instruction */
    Value consts;            /* tuple */
    Value names;             /* tuple of interned strs: globals, attributes, imports */
    Value varnames;          /* tuple: names of locals (parameters first) */
    Value cellvars;          /* tuple: names of cells made by this code */
    Value freevars;          /* tuple: names of free variables (from the closure) */
    Value name, qualname;    /* strs */
    Value filename;          /* str */
    Value source;            /* str: the whole source text, or VAL_NULL */
    Value doc;               /* the docstring or None */
    int argcount;            /* positional parameters (including positional-only) */
    int posonlyargcount;
    int kwonlyargcount;
    int flags;               /* CO_* */
    int nlocals, ncells, nfree;
    int stacksize;
    int framesize;           /* nlocals + ncells + nfree + stacksize */
    int firstlineno;
    int *cell2arg;           /* ncells entries: parameter index or -1 (NULL if none) */
    ExcEntry *exctable; int nexc;
    GlobalCache *gcache;     /* one per name (LOAD_GLOBAL), lazily filled */
} CodeObj;

#define CODE(v) ((CodeObj *)(v))

/* The line of instruction index i (0 if unknown). */
int code_line_at(const CodeObj *co, int i);
/* The exception-table entry covering instruction i, or NULL. */
const ExcEntry *code_find_handler(const CodeObj *co, int i);
/* A listing of co and (after it) of the code objects among its constants:
 *   "  3     0 LOAD_FAST                0 (x)" — line (on its first
 *   instruction), index, name, argument and its meaning; then the exception
 *   table. Deterministic (no addresses), for tests. */
void code_disassemble(ThreadState *ts, Value code, StrBuf *out);
/* The source line `line` (1-based) of co's source, without leading/trailing
 * whitespace, into out; false if unavailable. */
bool code_source_line(const CodeObj *co, int line, StrBuf *out);

#endif
