/* compile.c — the compiler: AST (ast.h) to code objects (code.h).
 *
 * Two passes, as CPython's:
 *  1. The symbol table walks the whole tree once, making a Scope per module,
 *     function, lambda, class body and comprehension, and recording how each
 *     name is used there (bound, parameter, used, declared global/nonlocal).
 *     `analyze` then decides for every name whether it is a fast local, a
 *     cell (a local captured by an inner function), a free variable (a cell
 *     of an enclosing function), or global; free names are threaded through
 *     the scopes in between, and a method that says `super` gets the class's
 *     implicit `__class__` cell.
 *  2. Code generation walks the tree again, one Unit per scope, emitting
 *     instructions with their line and the exception handler that covers
 *     them. Handlers are compile-time only: the assembler turns runs of
 *     instructions with the same handler into the code object's exception
 *     table. `finally` bodies are duplicated on every exit path (normal,
 *     exceptional, and each break/continue/return that leaves them) — the
 *     "frame blocks" stack (fblocks) says what each jump out has to undo.
 *
 * The tree can be deep: `1+1+...+1` is a left-leaning tree as deep as the
 * chain is long, and `a.b.c...`, `f()()...`, `a[0][0]...` the same. Every
 * recursive walk (symbol table, analysis, code generation) counts its depth
 * as CPython's symtable does — three levels per level of the recursion limit
 * (COMPILER_STACK_FRAME_SCALE), starting from three times the current Python
 * depth — and checks the C stack too (for a limit raised out of its reach),
 * raising RecursionError "maximum recursion depth exceeded during
 * compilation".
 *
 * The compiler runs without safe points, so the GC cannot run during it:
 * constants and child code objects can live in C arrays until the code object
 * is built. The first error longjmps out; all compiler memory is tracked and
 * freed in one place.
 */
#include "config.h"

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/compile.h"
#include "vm/bytes.h"
#include "vm/abstract.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/parse.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* ---------------------------------------------------------------- memory */

typedef struct Compiler Compiler;

static void *cmem_track(Compiler *c, void *p);
static const char *first_component(Compiler *c, const char *dotted);

/* ---------------------------------------------------------- string index */

/* An open-addressing map from NUL-terminated names to ints. */
typedef struct StrIndex { const char **keys; int *vals; int cap, n; } StrIndex;

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static int sidx_get(const StrIndex *x, const char *k)
{
    if (!x->cap) return -1;
    uint32_t m = (uint32_t)x->cap - 1;
    for (uint32_t i = name_hash(k) & m;; i = (i + 1) & m) {
        if (!x->keys[i]) return -1;
        if (strcmp(x->keys[i], k) == 0) return x->vals[i];
    }
}

static void sidx_put(StrIndex *x, const char *k, int v)
{
    if ((x->n + 1) * 2 > x->cap) {
        int ncap = x->cap ? x->cap * 2 : 16;
        const char **ok = x->keys;
        int *ov = x->vals, ocap = x->cap;
        x->keys = xcalloc((size_t)ncap, sizeof(char *));
        x->vals = xcalloc((size_t)ncap, sizeof(int));
        x->cap = ncap;
        x->n = 0;
        for (int i = 0; i < ocap; i++)
            if (ok[i]) sidx_put(x, ok[i], ov[i]);
        free(ok);
        free(ov);
    }
    uint32_t m = (uint32_t)x->cap - 1;
    for (uint32_t i = name_hash(k) & m;; i = (i + 1) & m) {
        if (!x->keys[i]) {
            x->keys[i] = k;
            x->vals[i] = v;
            x->n++;
            return;
        }
        if (strcmp(x->keys[i], k) == 0) {
            x->vals[i] = v;
            return;
        }
    }
}

static void sidx_free(StrIndex *x)
{
    free(x->keys);
    free(x->vals);
    memset(x, 0, sizeof *x);
}

/* -------------------------------------------------------- constant index */

/* A code object's constants, found by value and type as CPython's consts
 * dict does with its type-aware keys: 1, 1.0 and True are three constants,
 * and so are 0.0 and -0.0. Open addressing over indices into Unit.consts
 * (slot = index + 1; 0 is empty). Code objects and tuples are never shared,
 * so never indexed. */
typedef struct ConstIndex { int *slots; int cap, n; } ConstIndex;

static uint64_t const_hash(Value v)
{
    uint64_t h;
    if (IS_STR(v)) h = (uint64_t)str_hash(v);
    else if (IS_FLOAT(v)) {
        double d = ((FloatObj *)v)->value;
        memcpy(&h, &d, sizeof h);
    } else if (val_is_smallint(v) || IS_BIGINT(v)) h = (uint64_t)int_hash(v);
    else h = (uint64_t)v;                     /* None, True, False, Ellipsis: by identity */
    h ^= (uint64_t)(uintptr_t)val_type(v) * 0x9e3779b97f4a7c15u;
    return h ^ (h >> 29);
}

static void cidx_free(ConstIndex *x)
{
    free(x->slots);
    memset(x, 0, sizeof *x);
}

/* ----------------------------------------------------------- symbol table */

enum {
    DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16,
    DEF_FREE_CLASS = 32,   /* class scope: bound here and also free in a child */
};
typedef enum { SC_UNKNOWN, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL } SymScope;
typedef enum { SK_MODULE, SK_FUNCTION, SK_CLASS } ScopeKind;

typedef struct Symbol {
    const char *name;
    int flags;
    SymScope scope;
    AstLoc decl;           /* location of its global/nonlocal declaration */
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    const char *name;
    struct Scope *parent;
    struct Scope **children; int nchildren, capchildren;
    Symbol *syms; int nsyms, capsyms;
    StrIndex index;
    const void *node;      /* the AST node that opened it */
    int is_lambda, is_comprehension;
    int is_generator;      /* has yield, or is a generator expression */
    int needs_class_cell;  /* class: a method uses __class__ (super) */
    const char **params; int nparams, capparams;
} Scope;

/* ---------------------------------------------------------- code units */

typedef struct Instr { uint8_t op; int arg; int line; int handler; } Instr;
typedef struct Handler { int label; int depth; } Handler;

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER_CLEANUP, FB_WITH,
    FB_POP_VALUE,   /* a return value kept on the stack while a finally body is inlined */
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int label_continue, label_break;   /* loops */
    const StmtList *finalbody;         /* FB_FINALLY_TRY */
    const char *name;                  /* FB_HANDLER_CLEANUP: `except E as name` */
    int outer_handler;                 /* the handler in force outside the block */
} FBlock;

#define MAX_FBLOCKS 64

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Instr *instrs; int ninstrs, capinstrs;
    int *labels; int nlabels, caplabels;
    Handler *handlers; int nhandlers, caphandlers;
    int cur_handler;
    Value *consts; int nconsts, capconsts; ConstIndex const_index;
    const char **names; int nnames, capnames; StrIndex names_index;
    const char **varnames; int nvarnames, capvarnames; StrIndex var_index;
    const char **cellvars; int ncellvars, capcellvars; StrIndex cell_index;
    const char **freevars; int nfreevars, capfreevars; StrIndex free_index;
    int depth, maxdepth;
    FBlock fblocks[MAX_FBLOCKS]; int nfblocks;
    int line;
    int argcount, posonly, kwonly, flags;
    const char *name;
    const char *qualname;
    Value doc;
    int firstlineno;
} Unit;

struct Compiler {
    ThreadState *ts;
    jmp_buf fail;
    const char *src; size_t srclen;
    Value filename;
    Value source;          /* the source as a str, shared by all code objects */
    int mode;
    bool dynamic;          /* COMPILE_DYNAMIC: NAME ops at module level, no source kept */
    Scope *module_scope;
    Scope *cur;            /* symtable pass: the scope being filled */
    int in_comp_iter;      /* symtable pass: inside a comprehension's iterable (no `:=` there) */
    /* node -> Scope map (pointer keys) */
    const void **node_keys; Scope **node_vals; int node_cap, node_n;
    Unit *u;
    void **mem; int nmem, capmem;
    int depth, depth_limit;  /* AST recursion (enter_node) */
    /* the error */
    Type *err_type;
    char err_msg[320];
    AstLoc err_loc;
};

static void *cmem_track(Compiler *c, void *p)
{
    if (c->nmem == c->capmem) {
        c->capmem = c->capmem ? c->capmem * 2 : 64;
        c->mem = xrealloc(c->mem, sizeof(void *) * (size_t)c->capmem);
    }
    c->mem[c->nmem++] = p;
    return p;
}

static void *calloc_tracked(Compiler *c, size_t n) { return cmem_track(c, xcalloc(1, n)); }

/* Grow a tracked array: *arr has *cap elements of size sz. */
static void grow(Compiler *c, void **arr, int *cap, int need, size_t sz)
{
    if (need <= *cap) return;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need) ncap *= 2;
    void *old = *arr;
    void *p = xrealloc(old, sz * (size_t)ncap);
    if (old != p) {
        /* replace the tracked pointer */
        int found = 0;
        for (int i = c->nmem - 1; i >= 0; i--)
            if (c->mem[i] == old && old) { c->mem[i] = p; found = 1; break; }
        if (!found) cmem_track(c, p);
    }
    *arr = p;
    *cap = ncap;
}
#define GROW(c, arr, cap, need) grow((c), (void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* ------------------------------------------------------------------ errors */

static _Noreturn void compile_error_at(Compiler *c, AstLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static _Noreturn void compile_error_at(Compiler *c, AstLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err_msg, sizeof c->err_msg, fmt, ap);
    va_end(ap);
    c->err_type = &exc_SyntaxError;
    c->err_loc = loc;
    longjmp(c->fail, 1);
}

static _Noreturn void unsupported(Compiler *c, AstLoc loc, const char *what)
{
    compile_error_at(c, loc, "%s not supported by gilsim", what);
}

/* ------------------------------------------------------ recursion guard */

#define COMPILER_STACK_FRAME_SCALE 3

static int scaled(int n) { return n < INT_MAX / COMPILER_STACK_FRAME_SCALE ? n * COMPILER_STACK_FRAME_SCALE : n; }

/* Every recursive walk of the tree enters here once per level. */
static void enter_node(Compiler *c)
{
    if (++c->depth > c->depth_limit || obj_c_stack_exhausted(c->ts)) {
        snprintf(c->err_msg, sizeof c->err_msg, "maximum recursion depth exceeded during compilation");
        c->err_type = &exc_RecursionError;
        longjmp(c->fail, 1);
    }
}

static void leave_node(Compiler *c) { c->depth--; }

/* ------------------------------------------------------ node -> scope map */

static uint32_t ptr_hash(const void *p) { uintptr_t x = (uintptr_t)p; return (uint32_t)((x >> 4) ^ (x >> 20)) * 2654435761u; }

static void node_map_put(Compiler *c, const void *node, Scope *s)
{
    if ((c->node_n + 1) * 2 > c->node_cap) {
        int ocap = c->node_cap;
        const void **ok = c->node_keys;
        Scope **ov = c->node_vals;
        c->node_cap = ocap ? ocap * 2 : 32;
        c->node_keys = xcalloc((size_t)c->node_cap, sizeof(void *));
        c->node_vals = xcalloc((size_t)c->node_cap, sizeof(Scope *));
        c->node_n = 0;
        for (int i = 0; i < ocap; i++)
            if (ok[i]) node_map_put(c, ok[i], ov[i]);
        free(ok);
        free(ov);
    }
    uint32_t m = (uint32_t)c->node_cap - 1;
    for (uint32_t i = ptr_hash(node) & m;; i = (i + 1) & m)
        if (!c->node_keys[i] || c->node_keys[i] == node) {
            if (!c->node_keys[i]) c->node_n++;
            c->node_keys[i] = node;
            c->node_vals[i] = s;
            return;
        }
}

static Scope *node_map_get(Compiler *c, const void *node)
{
    if (!c->node_cap) return NULL;
    uint32_t m = (uint32_t)c->node_cap - 1;
    for (uint32_t i = ptr_hash(node) & m;; i = (i + 1) & m) {
        if (!c->node_keys[i]) return NULL;
        if (c->node_keys[i] == node) return c->node_vals[i];
    }
}

/* ------------------------------------------------------ symtable: build */

static Scope *scope_new(Compiler *c, ScopeKind kind, const char *name, const void *node)
{
    Scope *s = calloc_tracked(c, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = c->cur;
    if (c->cur) {
        GROW(c, c->cur->children, c->cur->capchildren, c->cur->nchildren + 1);
        c->cur->children[c->cur->nchildren++] = s;
    }
    if (node) node_map_put(c, node, s);
    return s;
}

static Symbol *sym_lookup(Scope *s, const char *name)
{
    int i = sidx_get(&s->index, name);
    return i < 0 ? NULL : &s->syms[i];
}

static Symbol *sym_add(Compiler *c, Scope *s, const char *name, int flags)
{
    Symbol *sym = sym_lookup(s, name);
    if (!sym) {
        GROW(c, s->syms, s->capsyms, s->nsyms + 1);
        sym = &s->syms[s->nsyms];
        memset(sym, 0, sizeof *sym);
        sym->name = name;
        sidx_put(&s->index, name, s->nsyms);
        s->nsyms++;
    }
    sym->flags |= flags;
    return sym;
}

static void st_expr(Compiler *c, const Expr *e);
static void st_stmts(Compiler *c, const StmtList *l);

static void st_exprs(Compiler *c, const ExprList *l)
{
    for (int i = 0; i < l->n; i++) st_expr(c, l->items[i]);
}

static void st_param(Compiler *c, Scope *s, const char *name)
{
    sym_add(c, s, name, DEF_PARAM);
    GROW(c, s->params, s->capparams, s->nparams + 1);
    s->params[s->nparams++] = name;
}

static void st_arguments_defaults(Compiler *c, const Arguments *a)
{
    if (!a) return;
    for (int i = 0; i < a->ndefaults; i++) st_expr(c, a->defaults[i]);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults && a->kw_defaults[i]) st_expr(c, a->kw_defaults[i]);
    /* annotations are evaluated where the def is (compile_annotations) */
    for (int i = 0; i < a->nargs; i++) if (a->args[i].annotation) st_expr(c, a->args[i].annotation);
    for (int i = 0; i < a->nkwonly; i++) if (a->kwonly[i].annotation) st_expr(c, a->kwonly[i].annotation);
    if (a->vararg && a->vararg->annotation) st_expr(c, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) st_expr(c, a->kwarg->annotation);
}

static void st_arguments_params(Compiler *c, Scope *s, const Arguments *a)
{
    if (!a) return;
    for (int i = 0; i < a->nargs; i++) st_param(c, s, a->args[i].name);
    for (int i = 0; i < a->nkwonly; i++) st_param(c, s, a->kwonly[i].name);
    if (a->vararg) st_param(c, s, a->vararg->name);
    if (a->kwarg) st_param(c, s, a->kwarg->name);
}

static void st_comprehension(Compiler *c, const Expr *e)
{
    /* The outermost iterable is evaluated in the enclosing scope. */
    c->in_comp_iter++;
    st_expr(c, e->u.comp.gens[0].iter);
    c->in_comp_iter--;
    const char *name = e->kind == E_LISTCOMP ? "<listcomp>" : e->kind == E_SETCOMP ? "<setcomp>"
                       : e->kind == E_DICTCOMP ? "<dictcomp>" : "<genexpr>";
    Scope *s = scope_new(c, SK_FUNCTION, name, e);
    s->is_comprehension = 1;
    s->is_generator = e->kind == E_GENEXP;
    Scope *saved = c->cur;
    c->cur = s;
    st_param(c, s, ".0");
    for (int i = 0; i < e->u.comp.ngens; i++) {
        const Comprehension *g = &e->u.comp.gens[i];
        if (i > 0) {
            c->in_comp_iter++;
            st_expr(c, g->iter);
            c->in_comp_iter--;
        }
        st_expr(c, g->target);
        st_exprs(c, &g->ifs);
    }
    st_expr(c, e->u.comp.elt);
    if (e->u.comp.value) st_expr(c, e->u.comp.value);
    c->cur = saved;
}

/* `name := value` binds name where a plain assignment would, except inside
 * a comprehension: there it binds in the nearest enclosing scope that is not
 * a comprehension (PEP 572), as if every comprehension between had declared
 * it nonlocal (or global, at module level or where the name is global). */
static void st_namedexpr_target(Compiler *c, const Expr *e)
{
    const char *name = e->u.namedexpr.target->u.name;
    if (c->in_comp_iter)
        compile_error_at(c, e->loc, "assignment expression cannot be used in a comprehension iterable expression");
    if (!c->cur->is_comprehension) {
        sym_add(c, c->cur, name, DEF_LOCAL);
        return;
    }
    Scope *s = c->cur;
    for (; s->is_comprehension; s = s->parent) {
        Symbol *it = sym_lookup(s, name);
        if (it && (it->flags & DEF_LOCAL))   /* only the `for` targets bind inside a comprehension */
            compile_error_at(c, e->u.namedexpr.target->loc,
                             "assignment expression cannot rebind comprehension iteration variable '%s'", name);
    }
    if (s->kind == SK_CLASS)
        compile_error_at(c, e->u.namedexpr.target->loc,
                         "assignment expression within a comprehension cannot be used in a class body");
    Symbol *outer = sym_lookup(s, name);
    int global = s->kind == SK_MODULE || (outer && (outer->flags & DEF_GLOBAL));
    for (Scope *q = c->cur; q != s; q = q->parent) {
        Symbol *sym = sym_add(c, q, name, global ? DEF_GLOBAL : DEF_NONLOCAL);
        if (!sym->decl.line) sym->decl = e->loc;
    }
    if (!outer || !(outer->flags & (DEF_GLOBAL | DEF_NONLOCAL)))
        sym_add(c, s, name, DEF_LOCAL);
}

static void st_expr_node(Compiler *c, const Expr *e)
{
    if (!e) return;
    switch (e->kind) {
    case E_NAME:
        if (e->ctx == CTX_LOAD) {
            sym_add(c, c->cur, e->u.name, USE);
            if (c->cur->kind == SK_FUNCTION && strcmp(e->u.name, "super") == 0)
                sym_add(c, c->cur, "__class__", USE);
        } else {
            sym_add(c, c->cur, e->u.name, DEF_LOCAL);
        }
        break;
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_NONE: case E_TRUE:
    case E_FALSE: case E_ELLIPSIS:
        break;
    case E_FSTRING: st_exprs(c, &e->u.fstring); break;
    case E_FORMATTED:
        st_expr(c, e->u.formatted.value);
        st_expr(c, e->u.formatted.format_spec);
        break;
    case E_BINOP: st_expr(c, e->u.binop.left); st_expr(c, e->u.binop.right); break;
    case E_UNARY: st_expr(c, e->u.unary.operand); break;
    case E_BOOLOP: st_exprs(c, &e->u.boolop.values); break;
    case E_COMPARE:
        st_expr(c, e->u.compare.left);
        for (int i = 0; i < e->u.compare.n; i++) st_expr(c, e->u.compare.comparators[i]);
        break;
    case E_CALL:
        st_expr(c, e->u.call.func);
        st_exprs(c, &e->u.call.args);
        for (int i = 0; i < e->u.call.nkeywords; i++) st_expr(c, e->u.call.keywords[i].value);
        break;
    case E_ATTR: st_expr(c, e->u.attr.value); break;
    case E_SUBSCRIPT: st_expr(c, e->u.subscript.value); st_expr(c, e->u.subscript.index); break;
    case E_SLICE:
        st_expr(c, e->u.slice.lower);
        st_expr(c, e->u.slice.upper);
        st_expr(c, e->u.slice.step);
        break;
    case E_TUPLE: case E_LIST: case E_SET: st_exprs(c, &e->u.seq); break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.values.n; i++) {
            if (e->u.dict.keys.items[i]) st_expr(c, e->u.dict.keys.items[i]);
            st_expr(c, e->u.dict.values.items[i]);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        st_comprehension(c, e);
        break;
    case E_LAMBDA: {
        st_arguments_defaults(c, e->u.lambda.args);
        Scope *s = scope_new(c, SK_FUNCTION, "<lambda>", e);
        s->is_lambda = 1;
        Scope *saved = c->cur;
        c->cur = s;
        st_arguments_params(c, s, e->u.lambda.args);
        st_expr(c, e->u.lambda.body);
        c->cur = saved;
        break;
    }
    case E_IFEXP:
        st_expr(c, e->u.ifexp.test);
        st_expr(c, e->u.ifexp.body);
        st_expr(c, e->u.ifexp.orelse);
        break;
    case E_STARRED: st_expr(c, e->u.starred.value); break;
    case E_NAMEDEXPR:
        st_expr(c, e->u.namedexpr.value);
        st_namedexpr_target(c, e);
        break;
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT:
        if (e->kind != E_AWAIT && c->cur->kind == SK_FUNCTION) c->cur->is_generator = 1;
        st_expr(c, e->u.yield.value);
        break;
    }
}

static void st_expr(Compiler *c, const Expr *e)
{
    if (!e) return;
    enter_node(c);
    st_expr_node(c, e);
    leave_node(c);
}

static void st_declare(Compiler *c, const Stmt *s, int global)
{
    Scope *sc = c->cur;
    for (int i = 0; i < s->u.names.n; i++) {
        const char *name = s->u.names.names[i];
        if (!global && sc->kind == SK_MODULE)
            compile_error_at(c, s->loc, "nonlocal declaration not allowed at module level");
        Symbol *sym = sym_lookup(sc, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | USE)) {
            const char *what = global ? "global" : "nonlocal";
            if (cur & DEF_PARAM) compile_error_at(c, s->loc, "name '%s' is parameter and %s", name, what);
            if (cur & USE) compile_error_at(c, s->loc, "name '%s' is used prior to %s declaration", name, what);
            compile_error_at(c, s->loc, "name '%s' is assigned to before %s declaration", name, what);
        }
        sym = sym_add(c, sc, name, global ? DEF_GLOBAL : DEF_NONLOCAL);
        if ((sym->flags & DEF_GLOBAL) && (sym->flags & DEF_NONLOCAL))
            compile_error_at(c, sym->decl, "name '%s' is nonlocal and global", name);
        if (!(sym->decl.line)) sym->decl = s->loc;
    }
}

static void st_stmt(Compiler *c, const Stmt *s);

static void st_stmt_node(Compiler *c, const Stmt *s)
{
    switch (s->kind) {
    case S_EXPR: st_expr(c, s->u.expr); break;
    case S_ASSIGN: st_exprs(c, &s->u.assign.targets); st_expr(c, s->u.assign.value); break;
    case S_AUGASSIGN:
        st_expr(c, s->u.augassign.value);
        if (s->u.augassign.target->kind == E_NAME) {
            sym_add(c, c->cur, s->u.augassign.target->u.name, USE | DEF_LOCAL);
        } else {
            st_expr(c, s->u.augassign.target);
        }
        break;
    case S_ANNASSIGN:
        if (s->u.annassign.value) st_expr(c, s->u.annassign.value);
        if (c->cur->kind == SK_CLASS && s->u.annassign.simple && s->u.annassign.target->kind == E_NAME)
            st_expr(c, s->u.annassign.annotation);   /* evaluated into __annotations__ */
        if (s->u.annassign.target->kind == E_NAME) {
            if (s->u.annassign.value || c->cur->kind == SK_FUNCTION)
                sym_add(c, c->cur, s->u.annassign.target->u.name, DEF_LOCAL);
        } else {
            st_expr(c, s->u.annassign.target);
        }
        break;
    case S_IF: st_expr(c, s->u.if_.test); st_stmts(c, &s->u.if_.body); st_stmts(c, &s->u.if_.orelse); break;
    case S_WHILE:
        st_expr(c, s->u.while_.test);
        st_stmts(c, &s->u.while_.body);
        st_stmts(c, &s->u.while_.orelse);
        break;
    case S_FOR:
        st_expr(c, s->u.for_.iter);
        st_expr(c, s->u.for_.target);
        st_stmts(c, &s->u.for_.body);
        st_stmts(c, &s->u.for_.orelse);
        break;
    case S_BREAK: case S_CONTINUE: case S_PASS: break;
    case S_RETURN: st_expr(c, s->u.ret.value); break;
    case S_FUNCDEF: {
        st_exprs(c, &s->u.funcdef.decorators);
        st_arguments_defaults(c, s->u.funcdef.args);
        if (s->u.funcdef.returns) st_expr(c, s->u.funcdef.returns);
        sym_add(c, c->cur, s->u.funcdef.name, DEF_LOCAL);
        Scope *sc = scope_new(c, SK_FUNCTION, s->u.funcdef.name, s);
        Scope *saved = c->cur;
        c->cur = sc;
        st_arguments_params(c, sc, s->u.funcdef.args);
        st_stmts(c, &s->u.funcdef.body);
        c->cur = saved;
        break;
    }
    case S_CLASSDEF: {
        st_exprs(c, &s->u.classdef.decorators);
        st_exprs(c, &s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.nkeywords; i++) st_expr(c, s->u.classdef.keywords[i].value);
        sym_add(c, c->cur, s->u.classdef.name, DEF_LOCAL);
        Scope *sc = scope_new(c, SK_CLASS, s->u.classdef.name, s);
        Scope *saved = c->cur;
        c->cur = sc;
        st_stmts(c, &s->u.classdef.body);
        c->cur = saved;
        break;
    }
    case S_TRY:
        st_stmts(c, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &s->u.try_.handlers[i];
            st_expr(c, h->type);
            if (h->name) sym_add(c, c->cur, h->name, DEF_LOCAL);
            st_stmts(c, &h->body);
        }
        st_stmts(c, &s->u.try_.orelse);
        st_stmts(c, &s->u.try_.finalbody);
        break;
    case S_RAISE: st_expr(c, s->u.raise.exc); st_expr(c, s->u.raise.cause); break;
    case S_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            st_expr(c, s->u.with.items[i].context);
            st_expr(c, s->u.with.items[i].target);
        }
        st_stmts(c, &s->u.with.body);
        break;
    case S_GLOBAL: st_declare(c, s, 1); break;
    case S_NONLOCAL: st_declare(c, s, 0); break;
    case S_ASSERT: st_expr(c, s->u.assert_.test); st_expr(c, s->u.assert_.msg); break;
    case S_DEL: st_exprs(c, &s->u.del.targets); break;
    case S_IMPORT:
        for (int i = 0; i < s->u.import.n; i++) {
            const Alias *a = &s->u.import.names[i];
            if (a->asname) {
                sym_add(c, c->cur, a->asname, DEF_LOCAL);
            } else {
                const char *dot = strchr(a->name, '.');
                (void)dot;
                const char *first = first_component(c, a->name);
                sym_add(c, c->cur, first, DEF_LOCAL);
            }
        }
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.n; i++) {
            const Alias *a = &s->u.importfrom.names[i];
            if (strcmp(a->name, "*") == 0) {
                if (c->cur->kind != SK_MODULE)
                    compile_error_at(c, s->loc, "import * only allowed at module level");
                continue;
            }
            sym_add(c, c->cur, a->asname ? a->asname : a->name, DEF_LOCAL);
        }
        break;
    case S_ASYNC: case S_MATCH: break;
    }
}

static void st_stmt(Compiler *c, const Stmt *s)
{
    enter_node(c);
    st_stmt_node(c, s);
    leave_node(c);
}

static void st_stmts(Compiler *c, const StmtList *l)
{
    for (int i = 0; i < l->n; i++) st_stmt(c, l->items[i]);
}

/* ---------------------------------------------------- symtable: analyze */

/* A small set of names (linear: enclosing scopes bind few names). */
typedef struct NameSet { const char **items; int n, cap; } NameSet;

static int nameset_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) return 1;
    return 0;
}

static void nameset_add(Compiler *c, NameSet *s, const char *name)
{
    if (nameset_has(s, name)) return;
    GROW(c, s->items, s->cap, s->n + 1);
    s->items[s->n++] = name;
}

static void nameset_copy(Compiler *c, NameSet *dst, const NameSet *src)
{
    memset(dst, 0, sizeof *dst);
    for (int i = 0; i < src->n; i++) nameset_add(c, dst, src->items[i]);
}

static void nameset_remove(NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static void analyze(Compiler *c, Scope *s, const NameSet *bound);

static void analyze_node(Compiler *c, Scope *s, const NameSet *bound)
{
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & DEF_GLOBAL) {
            sym->scope = SC_GLOBAL_EXPLICIT;
        } else if (sym->flags & DEF_NONLOCAL) {
            if (!nameset_has(bound, sym->name))
                compile_error_at(c, sym->decl, "no binding for nonlocal '%s' found", sym->name);
            sym->scope = SC_FREE;
        } else if (sym->flags & (DEF_LOCAL | DEF_PARAM)) {
            sym->scope = s->kind == SK_MODULE ? SC_GLOBAL_IMPLICIT : SC_LOCAL;
        } else if (s->kind != SK_MODULE && nameset_has(bound, sym->name)) {
            sym->scope = SC_FREE;
        } else {
            sym->scope = SC_GLOBAL_IMPLICIT;
        }
    }
    NameSet newbound;
    if (s->kind == SK_MODULE) {
        memset(&newbound, 0, sizeof newbound);
    } else {
        nameset_copy(c, &newbound, bound);
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (s->kind == SK_FUNCTION && (sym->scope == SC_LOCAL || sym->scope == SC_FREE))
                nameset_add(c, &newbound, sym->name);
            if (sym->scope == SC_GLOBAL_EXPLICIT) nameset_remove(&newbound, sym->name);
        }
        if (s->kind == SK_CLASS) nameset_add(c, &newbound, "__class__");
    }
    for (int k = 0; k < s->nchildren; k++) {
        Scope *ch = s->children[k];
        analyze(c, ch, &newbound);
        for (int i = 0; i < ch->nsyms; i++) {
            Symbol *fs = &ch->syms[i];
            if (fs->scope != SC_FREE) continue;
            Symbol *mine = sym_lookup(s, fs->name);
            if (s->kind == SK_FUNCTION) {
                if (mine && (mine->scope == SC_LOCAL || mine->scope == SC_CELL)) mine->scope = SC_CELL;
                else if (!mine) sym_add(c, s, fs->name, 0)->scope = SC_FREE;
                /* mine FREE already: passes through */
            } else if (s->kind == SK_CLASS) {
                if (strcmp(fs->name, "__class__") == 0) {
                    s->needs_class_cell = 1;
                    Symbol *cs = sym_add(c, s, "__class__", 0);
                    cs->scope = SC_CELL;
                } else if (!mine) {
                    sym_add(c, s, fs->name, 0)->scope = SC_FREE;
                } else if (mine->scope == SC_LOCAL || mine->scope == SC_GLOBAL_IMPLICIT) {
                    mine->flags |= DEF_FREE_CLASS;
                }
            }
        }
    }
}

static void analyze(Compiler *c, Scope *s, const NameSet *bound)
{
    enter_node(c);
    analyze_node(c, s, bound);
    leave_node(c);
}

/* Helper for `import a.b`: the first component, tracked. */
static const char *first_component(Compiler *c, const char *dotted)
{
    const char *dot = strchr(dotted, '.');
    if (!dot) return dotted;
    size_t n = (size_t)(dot - dotted);
    char *p = cmem_track(c, xmalloc(n + 1));
    memcpy(p, dotted, n);
    p[n] = 0;
    return p;
}

/* ------------------------------------------------------- emitting code */

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    GROW(c, u->labels, u->caplabels, u->nlabels + 1);
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind_label(Compiler *c, int label) { c->u->labels[label] = c->u->ninstrs; }

static void emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (arg < 0 || arg > INSTR_ARG_MAX)
        compile_error_at(c, (AstLoc){u->line, 0, u->line, 0}, "too many constants, names or instructions (gilsim limit)");
    GROW(c, u->instrs, u->capinstrs, u->ninstrs + 1);
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->line = u->line;
    in->handler = u->cur_handler;
    u->depth += opcode_stack_effect(op, arg, 0);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

/* Conditional and forward jumps (labels not yet bound) */
static void emit_jump(Compiler *c, int op, int label) { emit(c, op, label); }

/* An unconditional jump: backward (a check point) if the label is bound. */
static void emit_goto(Compiler *c, int label)
{
    emit(c, c->u->labels[label] >= 0 ? OP_JUMP_BACKWARD : OP_JUMP, label);
}

static int push_handler(Compiler *c, int label, int depth)
{
    Unit *u = c->u;
    GROW(c, u->handlers, u->caphandlers, u->nhandlers + 1);
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].depth = depth;
    int prev = u->cur_handler;
    u->cur_handler = u->nhandlers++;
    return prev;
}

static void pop_handler(Compiler *c, int prev) { c->u->cur_handler = prev; }

static int const_equal(Value a, Value b)
{
    if (a == b) return 1;
    if (val_type(a) != val_type(b)) return 0;
    if (IS_STR(a)) return str_eq(a, b);
    if (IS_FLOAT(a)) return memcmp(&((FloatObj *)a)->value, &((FloatObj *)b)->value, sizeof(double)) == 0;
    if (IS_BIGINT(a)) return int_cmp(a, b) == 0;
    return 0;
}

/* The slot of the index where v is, or where it would go. */
static int *cidx_slot(const ConstIndex *x, const Value *consts, Value v)
{
    uint32_t m = (uint32_t)x->cap - 1;
    for (uint32_t i = (uint32_t)const_hash(v) & m;; i = (i + 1) & m) {
        int k = x->slots[i];
        if (!k || const_equal(consts[k - 1], v)) return &x->slots[i];
    }
}

static void cidx_grow(ConstIndex *x, const Value *consts)
{
    ConstIndex old = *x;
    x->cap = old.cap ? old.cap * 2 : 16;
    x->slots = xcalloc((size_t)x->cap, sizeof(int));
    for (int i = 0; i < old.cap; i++)
        if (old.slots[i]) *cidx_slot(x, consts, consts[old.slots[i] - 1]) = old.slots[i];
    free(old.slots);
}

static int add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    bool shared = !val_is(v, K_CODE) && !IS_TUPLE(v);
    if (shared) {
        if ((u->const_index.n + 1) * 2 > u->const_index.cap) cidx_grow(&u->const_index, u->consts);
        int *slot = cidx_slot(&u->const_index, u->consts, v);
        if (*slot) return *slot - 1;
        *slot = u->nconsts + 1;
        u->const_index.n++;
    }
    GROW(c, u->consts, u->capconsts, u->nconsts + 1);
    u->consts[u->nconsts] = v;
    return u->nconsts++;
}

static void emit_const(Compiler *c, Value v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }

static int add_name(Compiler *c, const char *name)
{
    Unit *u = c->u;
    int i = sidx_get(&u->names_index, name);
    if (i >= 0) return i;
    GROW(c, u->names, u->capnames, u->nnames + 1);
    u->names[u->nnames] = name;
    sidx_put(&u->names_index, name, u->nnames);
    return u->nnames++;
}

static int add_to(Compiler *c, const char ***arr, int *n, int *cap, StrIndex *idx, const char *name)
{
    int i = sidx_get(idx, name);
    if (i >= 0) return i;
    grow(c, (void **)arr, cap, *n + 1, sizeof(char *));
    (*arr)[*n] = name;
    sidx_put(idx, name, *n);
    return (*n)++;
}

static Value cstr_value(Compiler *c, const char *s) { return interp_intern_cstr(c->ts, s); }

/* ---------------------------------------------------------- units */

static void unit_enter(Compiler *c, Scope *s, const char *name, const char *qualname, int firstline)
{
    Unit *u = calloc_tracked(c, sizeof(Unit));
    u->parent = c->u;
    u->scope = s;
    u->cur_handler = -1;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstline;
    u->line = firstline;
    u->doc = VAL_NONE;
    if (s->is_generator) u->flags |= CO_GENERATOR;
    c->u = u;
    if (s->kind == SK_FUNCTION) {
        for (int i = 0; i < s->nparams; i++)
            add_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, &u->var_index, s->params[i]);
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_LOCAL || (s->syms[i].scope == SC_CELL && (s->syms[i].flags & DEF_PARAM)))
                add_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, &u->var_index, s->syms[i].name);
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_CELL)
            add_to(c, &u->cellvars, &u->ncellvars, &u->capcellvars, &u->cell_index, s->syms[i].name);
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_FREE || (s->kind == SK_CLASS && (s->syms[i].flags & DEF_FREE_CLASS)))
            add_to(c, &u->freevars, &u->nfreevars, &u->capfreevars, &u->free_index, s->syms[i].name);
}

static Value strs_tuple(Compiler *c, const char **names, int n)
{
    Value t = tuple_new(c->ts, n);
    for (int i = 0; i < n; i++) TUPLE(t)->items[i] = cstr_value(c, names[i]);
    return t;
}

static Value unit_assemble(Compiler *c)
{
    Unit *u = c->u;
    ThreadState *ts = c->ts;
    CodeObj *co = gc_alloc(ts, &type_code, sizeof(CodeObj));
    co->ncode = u->ninstrs;
    co->code = xmalloc(sizeof(uint32_t) * (size_t)(u->ninstrs ? u->ninstrs : 1));
    co->lines = xmalloc(sizeof(int32_t) * (size_t)(u->ninstrs ? u->ninstrs : 1));
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        int arg = in->arg;
        if (opcode_has_jump(in->op)) arg = u->labels[arg];
        co->code[i] = INSTR_MAKE(in->op, arg);
        co->lines[i] = in->line;
    }
    /* exception table: runs of instructions with the same handler */
    int nexc = 0, cap = 0;
    ExcEntry *tab = NULL;
    for (int i = 0; i < u->ninstrs;) {
        int h = u->instrs[i].handler;
        int j = i + 1;
        while (j < u->ninstrs && u->instrs[j].handler == h) j++;
        if (h >= 0) {
            if (nexc == cap) {
                cap = cap ? cap * 2 : 8;
                tab = xrealloc(tab, sizeof(ExcEntry) * (size_t)cap);
            }
            tab[nexc].start = i;
            tab[nexc].end = j;
            tab[nexc].target = u->labels[u->handlers[h].label];
            tab[nexc].depth = u->handlers[h].depth;
            nexc++;
        }
        i = j;
    }
    co->exctable = tab;
    co->nexc = nexc;
    co->consts = tuple_from_array(ts, u->nconsts, u->consts);
    co->names = strs_tuple(c, u->names, u->nnames);
    co->varnames = strs_tuple(c, u->varnames, u->nvarnames);
    co->cellvars = strs_tuple(c, u->cellvars, u->ncellvars);
    co->freevars = strs_tuple(c, u->freevars, u->nfreevars);
    co->name = cstr_value(c, u->name);
    co->qualname = str_from_cstr(ts, u->qualname);
    co->filename = c->filename;
    co->source = c->source;
    co->doc = u->doc;
    Scope *s = u->scope;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags;
    co->nlocals = u->nvarnames;
    co->ncells = u->ncellvars;
    co->nfree = u->nfreevars;
    co->stacksize = u->maxdepth + 2;
    co->framesize = co->nlocals + co->ncells + co->nfree + co->stacksize;
    co->firstlineno = u->firstlineno;
    if (s->kind == SK_FUNCTION && u->ncellvars) {
        int any = 0;
        int *c2a = xmalloc(sizeof(int) * (size_t)u->ncellvars);
        for (int i = 0; i < u->ncellvars; i++) {
            c2a[i] = -1;
            int nparams = s->nparams;
            for (int p = 0; p < nparams; p++)
                if (strcmp(s->params[p], u->cellvars[i]) == 0) {
                    c2a[i] = p;
                    any = 1;
                    break;
                }
        }
        if (any) co->cell2arg = c2a;
        else free(c2a);
    }
    if (u->nnames) co->gcache = xcalloc((size_t)u->nnames, sizeof(GlobalCache));
    sidx_free(&u->names_index);
    sidx_free(&u->var_index);
    sidx_free(&u->cell_index);
    sidx_free(&u->free_index);
    cidx_free(&u->const_index);
    c->u = u->parent;
    return VAL(co);
}

/* ---------------------------------------------------------- names */

static int deref_index(Compiler *c, Unit *u, const char *name)
{
    int i = sidx_get(&u->cell_index, name);
    if (i >= 0) return i;
    i = sidx_get(&u->free_index, name);
    if (i >= 0) return u->ncellvars + i;
    return -1;
}

static void compile_name(Compiler *c, const char *name, ExprCtx ctx)
{
    Unit *u = c->u;
    Scope *s = u->scope;
    Symbol *sym = sym_lookup(s, name);
    SymScope sc = sym ? sym->scope : SC_GLOBAL_IMPLICIT;
    static const int global_ops[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const int name_ops[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    static const int fast_ops[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const int deref_ops[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    if (s->kind == SK_MODULE) {
        emit(c, (c->dynamic && sc != SC_GLOBAL_EXPLICIT ? name_ops : global_ops)[ctx], add_name(c, name));
        return;
    }
    if (s->kind == SK_CLASS) {
        if (sc == SC_FREE) {
            int i = deref_index(c, u, name);
            emit(c, ctx == CTX_LOAD ? OP_LOAD_CLASSDEREF : deref_ops[ctx], i);
        } else if (sc == SC_GLOBAL_EXPLICIT) {
            emit(c, global_ops[ctx], add_name(c, name));
        } else {
            emit(c, name_ops[ctx], add_name(c, name));
        }
        return;
    }
    switch (sc) {
    case SC_LOCAL:
        emit(c, fast_ops[ctx], sidx_get(&u->var_index, name));
        break;
    case SC_CELL: case SC_FREE:
        emit(c, deref_ops[ctx], deref_index(c, u, name));
        break;
    default:
        emit(c, global_ops[ctx], add_name(c, name));
        break;
    }
}

/* --------------------------------------------------------- fblocks */

static void push_fblock(Compiler *c, FBlockKind kind, int outer_handler)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        compile_error_at(c, (AstLoc){u->line, 0, u->line, 0}, "too many statically nested blocks");
    FBlock *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->outer_handler = outer_handler;
}

static FBlock *top_fblock(Compiler *c) { return &c->u->fblocks[c->u->nfblocks - 1]; }
static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static void compile_stmts(Compiler *c, const StmtList *l);
static void compile_expr(Compiler *c, const Expr *e);
static void compile_store(Compiler *c, const Expr *target);

static void emit_exit_call(Compiler *c)
{
    emit_const(c, VAL_NONE);
    emit_const(c, VAL_NONE);
    emit_const(c, VAL_NONE);
    emit(c, OP_CALL, 3);
    emit(c, OP_POP_TOP, 0);
}

static void unwind_fblock(Compiler *c, const FBlock *fb, int preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE: case FB_TRY_EXCEPT:
        break;
    case FB_FOR:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY:
        /* A break/continue inside the inlined body must drop the value kept
         * for the return (CPython's POP_VALUE block). */
        if (preserve_tos) push_fblock(c, FB_POP_VALUE, c->u->cur_handler);
        compile_stmts(c, fb->finalbody);
        if (preserve_tos) pop_fblock(c);
        break;
    case FB_POP_VALUE:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_END:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);           /* the exception */
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        if (fb->name) {
            emit_const(c, VAL_NONE);
            compile_name(c, fb->name, CTX_STORE);
            compile_name(c, fb->name, CTX_DEL);
        }
        break;
    case FB_WITH:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit_exit_call(c);
        break;
    }
}

/* Emits what leaving blocks [stop, top] requires, innermost first. Each
 * block's code is compiled as if outside it (a `return` inside a finally body
 * being inlined sees only the outer blocks). */
static void unwind_fblocks(Compiler *c, int stop, int preserve_tos)
{
    Unit *u = c->u;
    int saved_n = u->nfblocks, saved_handler = u->cur_handler;
    FBlock saved[MAX_FBLOCKS];
    memcpy(saved, u->fblocks, sizeof(FBlock) * (size_t)saved_n);
    for (int i = saved_n - 1; i >= stop; i--) {
        FBlock fb = saved[i];
        u->nfblocks = i;
        u->cur_handler = fb.outer_handler;
        unwind_fblock(c, &fb, preserve_tos);
    }
    memcpy(u->fblocks, saved, sizeof(FBlock) * (size_t)saved_n);
    u->nfblocks = saved_n;
    u->cur_handler = saved_handler;
}

static int innermost_loop(Compiler *c)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (c->u->fblocks[i].kind == FB_WHILE || c->u->fblocks[i].kind == FB_FOR) return i;
    return -1;
}

/* ------------------------------------------------------- expressions */

static int is_const_expr(const Expr *e)
{
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_BYTES: case E_NONE: case E_TRUE: case E_FALSE: case E_ELLIPSIS:
        return 1;
    case E_UNARY:
        return e->u.unary.op == UOP_NEG && (e->u.unary.operand->kind == E_INT || e->u.unary.operand->kind == E_FLOAT);
    case E_TUPLE:
        for (int i = 0; i < e->u.seq.n; i++)
            if (!is_const_expr(e->u.seq.items[i])) return 0;
        return 1;
    default:
        return 0;
    }
}

static Value const_value(Compiler *c, const Expr *e)
{
    ThreadState *ts = c->ts;
    switch (e->kind) {
    case E_INT: return int_from_digits(ts, e->u.int_lit.digits, e->u.int_lit.base);
    case E_FLOAT: return float_new(ts, e->u.float_lit);
    case E_STR: return str_new(ts, e->u.str_lit.data, e->u.str_lit.len);
    case E_BYTES: return bytes_new(ts, e->u.str_lit.data, (int64_t)e->u.str_lit.len);
    case E_NONE: return VAL_NONE;
    case E_TRUE: return VAL_TRUE;
    case E_FALSE: return VAL_FALSE;
    case E_ELLIPSIS: return VAL_ELLIPSIS;
    case E_UNARY: {
        const Expr *o = e->u.unary.operand;
        if (o->kind == E_FLOAT) return float_new(ts, -o->u.float_lit);
        Value v = int_from_digits(ts, o->u.int_lit.digits, o->u.int_lit.base);
        if (val_is_smallint(v)) return val_from_smallint(-val_smallint(v));
        Value r = obj_unary(ts, NB_NEG, v);
        if (!r) { err_clear(ts); return v; }
        return r;
    }
    case E_TUPLE: {
        if (e->u.seq.n == 0) return VAL_EMPTY_TUPLE;
        Value t = tuple_new(ts, e->u.seq.n);
        for (int i = 0; i < e->u.seq.n; i++) TUPLE(t)->items[i] = const_value(c, e->u.seq.items[i]);
        return t;
    }
    default:
        return VAL_NONE;
    }
}

static int has_starred(const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED) return 1;
    return 0;
}

enum { SEQ_LIST, SEQ_TUPLE, SEQ_SET };

static void compile_seq_build(Compiler *c, const ExprList *l, int kind)
{
    if (!has_starred(l)) {
        if (kind == SEQ_TUPLE && l->n > 0) {
            int all = 1;
            for (int i = 0; i < l->n && all; i++) all = is_const_expr(l->items[i]);
            if (all) {
                Value t = tuple_new(c->ts, l->n);
                for (int i = 0; i < l->n; i++) TUPLE(t)->items[i] = const_value(c, l->items[i]);
                emit_const(c, t);
                return;
            }
        }
        if (kind == SEQ_TUPLE && l->n == 0) {
            emit_const(c, VAL_EMPTY_TUPLE);
            return;
        }
        for (int i = 0; i < l->n; i++) compile_expr(c, l->items[i]);
        emit(c, kind == SEQ_LIST ? OP_BUILD_LIST : kind == SEQ_TUPLE ? OP_BUILD_TUPLE : OP_BUILD_SET, l->n);
        return;
    }
    int i = 0;
    while (i < l->n && l->items[i]->kind != E_STARRED) compile_expr(c, l->items[i++]);
    emit(c, kind == SEQ_SET ? OP_BUILD_SET : OP_BUILD_LIST, i);
    for (; i < l->n; i++) {
        const Expr *x = l->items[i];
        if (x->kind == E_STARRED) {
            compile_expr(c, x->u.starred.value);
            emit(c, kind == SEQ_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, x);
            emit(c, kind == SEQ_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == SEQ_TUPLE) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, const Expr *e)
{
    int n = e->u.dict.values.n;
    Expr **keys = e->u.dict.keys.items, **vals = e->u.dict.values.items;
    int i = 0, run = 0, have_dict = 0;
    while (i < n) {
        if (keys[i]) {
            compile_expr(c, keys[i]);
            compile_expr(c, vals[i]);
            run++;
            i++;
            continue;
        }
        /* **mapping */
        if (run || !have_dict) {
            emit(c, OP_BUILD_MAP, run);
            if (have_dict) emit(c, OP_DICT_UPDATE, 1);
            have_dict = 1;
            run = 0;
        }
        compile_expr(c, vals[i]);
        emit(c, OP_DICT_UPDATE, 1);
        i++;
    }
    if (run || !have_dict) {
        emit(c, OP_BUILD_MAP, run);
        if (have_dict) emit(c, OP_DICT_UPDATE, 1);
    }
}

static void compile_jump_if(Compiler *c, const Expr *e, int cond, int label);

static void compile_jump_if_node(Compiler *c, const Expr *e, int cond, int label)
{
    if (e->kind == E_UNARY && e->u.unary.op == UOP_NOT) {
        compile_jump_if(c, e->u.unary.operand, !cond, label);
        return;
    }
    if (e->kind == E_BOOLOP) {
        const ExprList *vs = &e->u.boolop.values;
        int is_and = e->u.boolop.is_and;
        if (cond != is_and) {
            /* and-false / or-true: any operand decides */
            for (int i = 0; i < vs->n; i++) compile_jump_if(c, vs->items[i], cond, label);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < vs->n - 1; i++) compile_jump_if(c, vs->items[i], !cond, skip);
            compile_jump_if(c, vs->items[vs->n - 1], cond, label);
            bind_label(c, skip);
        }
        return;
    }
    compile_expr(c, e);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_jump_if(Compiler *c, const Expr *e, int cond, int label)
{
    enter_node(c);
    compile_jump_if_node(c, e, cond, label);
    leave_node(c);
}

static void emit_compare_op(Compiler *c, CmpOp op)
{
    switch (op) {
    case CMP_IS: emit(c, OP_IS_OP, 0); break;
    case CMP_IS_NOT: emit(c, OP_IS_OP, 1); break;
    case CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMP_NOT_IN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, (int)op); break;
    }
}

static void compile_compare(Compiler *c, const Expr *e)
{
    int n = e->u.compare.n;
    compile_expr(c, e->u.compare.left);
    if (n == 1) {
        compile_expr(c, e->u.compare.comparators[0]);
        emit_compare_op(c, e->u.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    int depth_at_cleanup = 0;
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->u.compare.comparators[i]);   /* [a b] */
        emit(c, OP_SWAP, 2);                             /* [b a] */
        emit(c, OP_COPY, 2);                             /* [b a b] */
        emit_compare_op(c, e->u.compare.ops[i]);         /* [b r] */
        depth_at_cleanup = c->u->depth;
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup); /* [b] */
    }
    compile_expr(c, e->u.compare.comparators[n - 1]);
    emit_compare_op(c, e->u.compare.ops[n - 1]);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    c->u->depth = depth_at_cleanup;                      /* [b r] */
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
}

static Value kwnames_tuple(Compiler *c, const Keyword *kws, int n)
{
    Value t = tuple_new(c->ts, n);
    for (int i = 0; i < n; i++) TUPLE(t)->items[i] = cstr_value(c, kws[i].name);
    return t;
}

static void compile_call(Compiler *c, const Expr *e)
{
    const Expr *f = e->u.call.func;
    const ExprList *args = &e->u.call.args;
    int nkw = e->u.call.nkeywords;
    const Keyword *kws = e->u.call.keywords;
    int dstar = 0;
    for (int i = 0; i < nkw; i++) {
        if (!kws[i].name) { dstar = 1; continue; }
        for (int j = 0; j < i; j++)
            if (kws[j].name && strcmp(kws[j].name, kws[i].name) == 0)
                compile_error_at(c, kws[i].loc, "keyword argument repeated: %s", kws[i].name);
    }
    int star = has_starred(args);
    if (!star && !dstar) {
        int method = f->kind == E_ATTR;
        if (method) {
            compile_expr(c, f->u.attr.value);
            emit(c, OP_LOAD_METHOD, add_name(c, f->u.attr.name));
        } else {
            compile_expr(c, f);
        }
        for (int i = 0; i < args->n; i++) compile_expr(c, args->items[i]);
        for (int i = 0; i < nkw; i++) compile_expr(c, kws[i].value);
        if (nkw) emit(c, OP_KW_NAMES, add_const(c, kwnames_tuple(c, kws, nkw)));
        emit(c, method ? OP_CALL_METHOD : OP_CALL, args->n + nkw);
        return;
    }
    compile_expr(c, f);
    if (args->n == 1 && args->items[0]->kind == E_STARRED) {
        compile_expr(c, args->items[0]->u.starred.value);   /* CALL_FUNCTION_EX makes it a tuple */
    } else if (args->n == 0) {
        emit_const(c, VAL_EMPTY_TUPLE);
    } else {
        compile_seq_build(c, args, SEQ_TUPLE);
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, 0);
        int i = 0;
        while (i < nkw) {
            if (kws[i].name) {
                int run = 0;
                while (i < nkw && kws[i].name) {
                    emit_const(c, cstr_value(c, kws[i].name));
                    compile_expr(c, kws[i].value);
                    run++;
                    i++;
                }
                emit(c, OP_BUILD_MAP, run);
                emit(c, OP_DICT_MERGE, 1);
            } else {
                compile_expr(c, kws[i].value);
                emit(c, OP_DICT_MERGE, 1);
                i++;
            }
        }
        emit(c, OP_CALL_FUNCTION_EX, 1);
    } else {
        emit(c, OP_CALL_FUNCTION_EX, 0);
    }
}

static const char *make_qualname(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (!p || p->scope->kind == SK_MODULE) return name;
    Symbol *sym = sym_lookup(p->scope, name);
    if (sym && sym->scope == SC_GLOBAL_EXPLICIT) return name;
    const char *sep = p->scope->kind == SK_FUNCTION ? ".<locals>." : ".";
    size_t n = strlen(p->qualname) + strlen(sep) + strlen(name) + 1;
    char *q = cmem_track(c, xmalloc(n));
    snprintf(q, n, "%s%s%s", p->qualname, sep, name);
    return q;
}

/* Pushes the closure tuple (if code has free variables), the code, and
 * MAKE_FUNCTION with `flags` (defaults/kwdefaults already pushed). */
static void emit_make_function(Compiler *c, Value code, int flags)
{
    CodeObj *co = CODE(code);
    if (co->nfree) {
        for (int i = 0; i < co->nfree; i++) {
            const char *name = str_cstr(TUPLE(co->freevars)->items[i]);
            int idx = deref_index(c, c->u, name);
            if (idx < 0)
                compile_error_at(c, (AstLoc){c->u->line, 0, c->u->line, 0},
                                 "internal compiler error: no cell for free variable '%s'", name);
            emit(c, OP_LOAD_CLOSURE, idx);
        }
        emit(c, OP_BUILD_TUPLE, co->nfree);
        flags |= MF_CLOSURE;
    }
    emit_const(c, code);
    emit(c, OP_MAKE_FUNCTION, flags);
}

static int compile_defaults(Compiler *c, const Arguments *a)
{
    int flags = 0;
    if (!a) return 0;
    if (a->ndefaults) {
        for (int i = 0; i < a->ndefaults; i++) compile_expr(c, a->defaults[i]);
        emit(c, OP_BUILD_TUPLE, a->ndefaults);
        flags |= MF_DEFAULTS;
    }
    int nkwd = 0;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults && a->kw_defaults[i]) {
            emit_const(c, cstr_value(c, a->kwonly[i].name));
            compile_expr(c, a->kw_defaults[i]);
            nkwd++;
        }
    if (nkwd) {
        emit(c, OP_BUILD_MAP, nkwd);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

/* A def's annotations as a dict, in CPython's order: the parameters after
 * the positional-only ones, those, *args, keyword-only, **kwargs, return. */
static int annotation_pair(Compiler *c, const char *name, const Expr *annotation)
{
    if (!annotation) return 0;
    emit_const(c, cstr_value(c, name));
    compile_expr(c, annotation);
    return 1;
}

static int compile_annotations(Compiler *c, const Arguments *a, const Expr *returns)
{
    int n = 0;
    if (a) {
        for (int i = a->nposonly; i < a->nargs; i++) n += annotation_pair(c, a->args[i].name, a->args[i].annotation);
        for (int i = 0; i < a->nposonly; i++) n += annotation_pair(c, a->args[i].name, a->args[i].annotation);
        if (a->vararg) n += annotation_pair(c, a->vararg->name, a->vararg->annotation);
        for (int i = 0; i < a->nkwonly; i++) n += annotation_pair(c, a->kwonly[i].name, a->kwonly[i].annotation);
        if (a->kwarg) n += annotation_pair(c, a->kwarg->name, a->kwarg->annotation);
    }
    n += annotation_pair(c, "return", returns);
    if (!n) return 0;
    emit(c, OP_BUILD_MAP, n);
    return MF_ANNOTATIONS;
}

static void set_arg_counts(Unit *u, const Arguments *a)
{
    if (!a) return;
    u->argcount = a->nargs;
    u->posonly = a->nposonly;
    u->kwonly = a->nkwonly;
    if (a->vararg) u->flags |= CO_VARARGS;
    if (a->kwarg) u->flags |= CO_VARKEYWORDS;
}

static void compile_lambda(Compiler *c, const Expr *e)
{
    int flags = compile_defaults(c, e->u.lambda.args);
    Scope *s = node_map_get(c, e);
    unit_enter(c, s, "<lambda>", make_qualname(c, "<lambda>"), e->loc.line);
    set_arg_counts(c->u, e->u.lambda.args);
    c->u->flags |= CO_LAMBDA;
    emit(c, OP_RESUME, 0);
    compile_expr(c, e->u.lambda.body);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_assemble(c);
    emit_make_function(c, code, flags);
}

static void compile_comp_gen(Compiler *c, const Expr *e, int i)
{
    const Comprehension *g = &e->u.comp.gens[i];
    if (i > 0) {
        compile_expr(c, g->iter);
        emit(c, OP_GET_ITER, 0);
    }
    int top = new_label(c), end = new_label(c), cont = new_label(c);
    bind_label(c, top);
    int d = c->u->depth;
    emit_jump(c, OP_FOR_ITER, end);
    compile_store(c, g->target);
    for (int k = 0; k < g->ifs.n; k++) compile_jump_if(c, g->ifs.items[k], 0, cont);
    if (i + 1 < e->u.comp.ngens) {
        compile_comp_gen(c, e, i + 1);
    } else if (e->kind == E_DICTCOMP) {
        compile_expr(c, e->u.comp.elt);
        compile_expr(c, e->u.comp.value);
        emit(c, OP_MAP_ADD, e->u.comp.ngens + 1);
    } else if (e->kind == E_GENEXP) {
        compile_expr(c, e->u.comp.elt);
        emit(c, OP_YIELD_VALUE, 0);
        emit(c, OP_RESUME, 1);
        emit(c, OP_POP_TOP, 0);
    } else {
        compile_expr(c, e->u.comp.elt);
        emit(c, e->kind == E_SETCOMP ? OP_SET_ADD : OP_LIST_APPEND, e->u.comp.ngens + 1);
    }
    bind_label(c, cont);
    emit_goto(c, top);
    bind_label(c, end);
    c->u->depth = d - 1;
}

/* A comprehension is a function of the outermost iterator (.0), called at
 * once; a generator expression's is a generator function (CO_GENERATOR),
 * so the call makes the generator. */
static void compile_comprehension(Compiler *c, const Expr *e)
{
    Scope *s = node_map_get(c, e);
    unit_enter(c, s, s->name, make_qualname(c, s->name), e->loc.line);
    c->u->argcount = 1;
    c->u->flags |= CO_COMPREHENSION;
    emit(c, OP_RESUME, 0);
    if (e->kind != E_GENEXP)
        emit(c, e->kind == E_SETCOMP ? OP_BUILD_SET : e->kind == E_DICTCOMP ? OP_BUILD_MAP : OP_BUILD_LIST, 0);
    emit(c, OP_LOAD_FAST, 0);
    compile_comp_gen(c, e, 0);
    if (e->kind == E_GENEXP) emit_const(c, VAL_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_assemble(c);
    emit_make_function(c, code, 0);
    compile_expr(c, e->u.comp.gens[0].iter);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
}

/* yield v: YIELD_VALUE, then RESUME (the check point of every resumption).
 * yield from it: a SEND loop; the delegate stays on the stack (gen.c finds
 * it there to forward throw() and close()). */
static void compile_yield(Compiler *c, const Expr *e)
{
    Scope *s = c->u->scope;
    if (s->kind != SK_FUNCTION) compile_error_at(c, e->loc, "'yield' outside function");
    if (s->is_comprehension) {
        const Expr *comp = s->node;
        const char *what = comp->kind == E_LISTCOMP ? "list comprehension"
                           : comp->kind == E_SETCOMP ? "set comprehension"
                           : comp->kind == E_DICTCOMP ? "dict comprehension" : "generator expression";
        compile_error_at(c, e->loc, "'yield' inside %s", what);
    }
    if (e->kind == E_YIELD) {
        if (e->u.yield.value) compile_expr(c, e->u.yield.value);
        else emit_const(c, VAL_NONE);
        emit(c, OP_YIELD_VALUE, 0);
        emit(c, OP_RESUME, 1);
        return;
    }
    compile_expr(c, e->u.yield.value);
    emit(c, OP_GET_YIELD_FROM_ITER, 0);
    emit_const(c, VAL_NONE);
    int loop = new_label(c), end = new_label(c);
    bind_label(c, loop);
    int d = c->u->depth;                        /* [it v] */
    emit_jump(c, OP_SEND, end);
    emit(c, OP_YIELD_VALUE, 0);
    emit(c, OP_RESUME, 2);
    emit(c, OP_JUMP_BACKWARD_NO_INTERRUPT, loop);
    bind_label(c, end);
    c->u->depth = d - 1;                        /* [result] */
}

static int compile_formatted(Compiler *c, const Expr *e)
{
    int parts = 0;
    int conv = e->u.formatted.conversion;
    const Expr *spec = e->u.formatted.format_spec;
    if (e->u.formatted.debug_text) {
        emit_const(c, str_from_cstr(c->ts, e->u.formatted.debug_text));
        parts++;
        if (!conv && !spec) conv = 'r';
    }
    compile_expr(c, e->u.formatted.value);
    int flags = conv == 's' ? FV_STR : conv == 'r' ? FV_REPR : conv == 'a' ? FV_ASCII : FV_NONE;
    if (spec) {
        compile_expr(c, spec);
        flags |= FV_HAVE_SPEC;
    }
    emit(c, OP_FORMAT_VALUE, flags);
    return parts + 1;
}

static void compile_fstring(Compiler *c, const Expr *e)
{
    const ExprList *p = &e->u.fstring;
    if (p->n == 0) {
        emit_const(c, str_new(c->ts, "", 0));
        return;
    }
    if (p->n == 1 && p->items[0]->kind == E_STR) {
        compile_expr(c, p->items[0]);
        return;
    }
    int n = 0;
    for (int i = 0; i < p->n; i++) {
        if (p->items[i]->kind == E_FORMATTED) n += compile_formatted(c, p->items[i]);
        else {
            compile_expr(c, p->items[i]);
            n++;
        }
    }
    if (n != 1 || p->items[0]->kind != E_FORMATTED || p->items[0]->u.formatted.debug_text)
        emit(c, OP_BUILD_STRING, n);
}

static void compile_expr_node(Compiler *c, const Expr *e)
{
    Unit *u = c->u;
    int saved_line = u->line;
    if (e->loc.line > 0) u->line = e->loc.line;
    switch (e->kind) {
    case E_NAME:
        compile_name(c, e->u.name, CTX_LOAD);
        break;
    case E_INT: case E_FLOAT: case E_STR: case E_BYTES: case E_NONE: case E_TRUE: case E_FALSE: case E_ELLIPSIS:
        emit_const(c, const_value(c, e));
        break;
    case E_IMAG: unsupported(c, e->loc, "complex numbers are");
    case E_FSTRING: compile_fstring(c, e); break;
    case E_FORMATTED: compile_formatted(c, e); break;
    case E_BINOP:
        compile_expr(c, e->u.binop.left);
        compile_expr(c, e->u.binop.right);
        emit(c, OP_BINARY_OP, (int)e->u.binop.op);
        break;
    case E_UNARY:
        if (is_const_expr(e)) {
            emit_const(c, const_value(c, e));
            break;
        }
        compile_expr(c, e->u.unary.operand);
        emit(c, e->u.unary.op == UOP_NEG ? OP_UNARY_NEG : e->u.unary.op == UOP_POS ? OP_UNARY_POS
                : e->u.unary.op == UOP_INVERT ? OP_UNARY_INVERT : OP_UNARY_NOT, 0);
        break;
    case E_BOOLOP: {
        int end = new_label(c);
        const ExprList *vs = &e->u.boolop.values;
        for (int i = 0; i < vs->n - 1; i++) {
            compile_expr(c, vs->items[i]);
            emit_jump(c, e->u.boolop.is_and ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
        }
        compile_expr(c, vs->items[vs->n - 1]);
        bind_label(c, end);
        break;
    }
    case E_COMPARE: compile_compare(c, e); break;
    case E_CALL: compile_call(c, e); break;
    case E_ATTR:
        compile_expr(c, e->u.attr.value);
        emit(c, OP_LOAD_ATTR, add_name(c, e->u.attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, e->u.subscript.value);
        compile_expr(c, e->u.subscript.index);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case E_SLICE: {
        int n = 2;
        if (e->u.slice.lower) compile_expr(c, e->u.slice.lower); else emit_const(c, VAL_NONE);
        if (e->u.slice.upper) compile_expr(c, e->u.slice.upper); else emit_const(c, VAL_NONE);
        if (e->u.slice.step) { compile_expr(c, e->u.slice.step); n = 3; }
        emit(c, OP_BUILD_SLICE, n);
        break;
    }
    case E_TUPLE: compile_seq_build(c, &e->u.seq, SEQ_TUPLE); break;
    case E_LIST: compile_seq_build(c, &e->u.seq, SEQ_LIST); break;
    case E_SET: compile_seq_build(c, &e->u.seq, SEQ_SET); break;
    case E_DICT: compile_dict(c, e); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        compile_comprehension(c, e);
        break;
    case E_LAMBDA: compile_lambda(c, e); break;
    case E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, e->u.ifexp.test, 0, orelse);
        int d = u->depth;
        compile_expr(c, e->u.ifexp.body);
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        u->depth = d;
        compile_expr(c, e->u.ifexp.orelse);
        bind_label(c, end);
        break;
    }
    case E_STARRED:
        compile_error_at(c, e->loc, "can't use starred expression here");
    case E_NAMEDEXPR:
        compile_expr(c, e->u.namedexpr.value);
        emit(c, OP_COPY, 1);
        compile_name(c, e->u.namedexpr.target->u.name, CTX_STORE);
        break;
    case E_YIELD: case E_YIELD_FROM: compile_yield(c, e); break;
    case E_AWAIT:
        if (u->scope->kind != SK_FUNCTION) compile_error_at(c, e->loc, "'await' outside function");
        unsupported(c, e->loc, "'await' is");
    }
    u->line = saved_line;
}

static void compile_expr(Compiler *c, const Expr *e)
{
    enter_node(c);
    compile_expr_node(c, e);
    leave_node(c);
}

/* ------------------------------------------------------- assignment */

static void compile_unpack_targets(Compiler *c, const Expr *target)
{
    const ExprList *l = &target->u.seq;
    int star = -1;
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED) {
            if (star >= 0) compile_error_at(c, l->items[i]->loc, "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, l->n);
    } else {
        int after = l->n - star - 1;
        if (star > 255 || after > 0xFFFF)
            compile_error_at(c, target->loc, "too many expressions in star-unpacking assignment");
        emit(c, OP_UNPACK_EX, star | (after << 8));
    }
    for (int i = 0; i < l->n; i++) {
        const Expr *t = l->items[i];
        compile_store(c, t->kind == E_STARRED ? t->u.starred.value : t);
    }
}

static void compile_store(Compiler *c, const Expr *t)
{
    Unit *u = c->u;
    int saved_line = u->line;
    if (t->loc.line > 0) u->line = t->loc.line;
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->u.name, CTX_STORE);
        break;
    case E_ATTR:
        compile_expr(c, t->u.attr.value);
        emit(c, OP_STORE_ATTR, add_name(c, t->u.attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST:
        compile_unpack_targets(c, t);
        break;
    case E_STARRED:
        compile_error_at(c, t->loc, "starred assignment target must be in a list or tuple");
    default:
        compile_error_at(c, t->loc, "cannot assign to expression");
    }
    u->line = saved_line;
}

static void compile_delete(Compiler *c, const Expr *t)
{
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->u.name, CTX_DEL);
        break;
    case E_ATTR:
        compile_expr(c, t->u.attr.value);
        emit(c, OP_DELETE_ATTR, add_name(c, t->u.attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.n; i++) compile_delete(c, t->u.seq.items[i]);
        break;
    default:
        compile_error_at(c, t->loc, "cannot delete expression");
    }
}

static void compile_augassign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->u.augassign.target;
    int op = (int)s->u.augassign.op;
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->u.name, CTX_LOAD);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_INPLACE_OP, op);
        compile_name(c, t->u.name, CTX_STORE);
        break;
    case E_ATTR: {
        int name = add_name(c, t->u.attr.name);
        compile_expr(c, t->u.attr.value);
        emit(c, OP_COPY, 1);
        emit(c, OP_LOAD_ATTR, name);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_INPLACE_OP, op);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, name);
        break;
    }
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_INPLACE_OP, op);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        compile_error_at(c, t->loc, "'%s' is an illegal expression for augmented assignment",
                         t->kind == E_TUPLE ? "tuple" : t->kind == E_LIST ? "list" : "expression");
    }
}

/* ------------------------------------------------------- statements */

static const Expr *docstring_of(const StmtList *body)
{
    if (body->n > 0 && body->items[0]->kind == S_EXPR && body->items[0]->u.expr->kind == E_STR)
        return body->items[0]->u.expr;
    return NULL;
}

/* Decorators, as CPython: every decorator expression is evaluated, top to
 * bottom, before the def; after it they are applied bottom-up, each call
 * attributed to its decorator's line (the line a traceback shows). */
static void compile_decorators(Compiler *c, const ExprList *decorators, int def_line)
{
    for (int i = 0; i < decorators->n; i++)
        compile_expr(c, decorators->items[i]);
    c->u->line = def_line;
}

static void apply_decorators(Compiler *c, const ExprList *decorators, int def_line)
{
    for (int i = decorators->n - 1; i >= 0; i--) {
        c->u->line = decorators->items[i]->loc.line;
        emit(c, OP_CALL, 1);
    }
    c->u->line = def_line;
}

static void compile_function_def(Compiler *c, const Stmt *s)
{
    int def_line = s->u.funcdef.def_line > 0 ? s->u.funcdef.def_line : s->loc.line;
    compile_decorators(c, &s->u.funcdef.decorators, def_line);
    const Arguments *a = s->u.funcdef.args;
    int flags = compile_defaults(c, a);
    flags |= compile_annotations(c, a, s->u.funcdef.returns);
    Scope *sc = node_map_get(c, s);
    unit_enter(c, sc, s->u.funcdef.name, make_qualname(c, s->u.funcdef.name), s->loc.line);
    set_arg_counts(c->u, a);
    const Expr *doc = docstring_of(&s->u.funcdef.body);
    if (doc) c->u->doc = const_value(c, doc);
    emit(c, OP_RESUME, 0);
    compile_stmts(c, &s->u.funcdef.body);
    emit_const(c, VAL_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_assemble(c);
    emit_make_function(c, code, flags);
    apply_decorators(c, &s->u.funcdef.decorators, def_line);
    compile_name(c, s->u.funcdef.name, CTX_STORE);
}

/* Does a class body hold `name: annotation` statements (outside nested
 * defs)? Then it gets an __annotations__ dict, as CPython's
 * SETUP_ANNOTATIONS makes. */
static bool has_annotations(const StmtList *l)
{
    for (int i = 0; i < l->n; i++) {
        const Stmt *s = l->items[i];
        switch (s->kind) {
        case S_ANNASSIGN: return true;
        case S_IF: if (has_annotations(&s->u.if_.body) || has_annotations(&s->u.if_.orelse)) return true; break;
        case S_WHILE: if (has_annotations(&s->u.while_.body) || has_annotations(&s->u.while_.orelse)) return true; break;
        case S_FOR: if (has_annotations(&s->u.for_.body) || has_annotations(&s->u.for_.orelse)) return true; break;
        case S_WITH: if (has_annotations(&s->u.with.body)) return true; break;
        case S_TRY:
            if (has_annotations(&s->u.try_.body) || has_annotations(&s->u.try_.orelse) ||
                has_annotations(&s->u.try_.finalbody)) return true;
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                if (has_annotations(&s->u.try_.handlers[h].body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static void compile_class_def(Compiler *c, const Stmt *s)
{
    int def_line = s->u.classdef.def_line > 0 ? s->u.classdef.def_line : s->loc.line;
    compile_decorators(c, &s->u.classdef.decorators, def_line);
    Scope *sc = node_map_get(c, s);
    const char *qualname = make_qualname(c, s->u.classdef.name);
    unit_enter(c, sc, s->u.classdef.name, qualname, s->loc.line);
    Unit *u = c->u;
    u->flags |= CO_CLASSBODY;
    emit(c, OP_RESUME, 0);
    emit(c, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    emit_const(c, str_from_cstr(c->ts, qualname));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    const Expr *doc = docstring_of(&s->u.classdef.body);
    if (doc) {
        emit_const(c, const_value(c, doc));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
    }
    if (has_annotations(&s->u.classdef.body)) {
        emit(c, OP_BUILD_MAP, 0);
        emit(c, OP_STORE_NAME, add_name(c, "__annotations__"));
    }
    compile_stmts(c, &s->u.classdef.body);
    if (sc->needs_class_cell) emit(c, OP_LOAD_CLOSURE, deref_index(c, u, "__class__"));
    else emit_const(c, VAL_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_assemble(c);
    emit_make_function(c, code, 0);
    emit_const(c, str_from_cstr(c->ts, s->u.classdef.name));
    compile_seq_build(c, &s->u.classdef.bases, SEQ_TUPLE);
    int nkw = s->u.classdef.nkeywords;
    if (nkw) {
        /* class C(Base, metaclass=M, **kw): the keywords as one dict */
        const Keyword *kws = s->u.classdef.keywords;
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < nkw; i++) {
            if (kws[i].name) {
                emit_const(c, cstr_value(c, kws[i].name));
                compile_expr(c, kws[i].value);
                emit(c, OP_BUILD_MAP, 1);
            } else {
                compile_expr(c, kws[i].value);
            }
            emit(c, OP_DICT_UPDATE, 1);
        }
    }
    emit(c, OP_BUILD_CLASS, nkw > 0);
    apply_decorators(c, &s->u.classdef.decorators, def_line);
    compile_name(c, s->u.classdef.name, CTX_STORE);
}

static void compile_try_except(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    int base = u->depth;
    int l_handler = new_label(c), l_end = new_label(c), l_cleanup = new_label(c);
    int outer = push_handler(c, l_handler, base);
    push_fblock(c, FB_TRY_EXCEPT, outer);
    compile_stmts(c, &s->u.try_.body);
    pop_fblock(c);
    pop_handler(c, outer);
    compile_stmts(c, &s->u.try_.orelse);
    emit_goto(c, l_end);

    bind_label(c, l_handler);
    u->depth = base + 1;                                   /* [exc] */
    int h_cleanup = push_handler(c, l_cleanup, base + 1);
    (void)h_cleanup;
    emit(c, OP_PUSH_EXC_INFO, 0);                          /* [prev exc] */
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        const ExceptHandler *h = &s->u.try_.handlers[i];
        u->line = h->loc.line;
        if (!h->type && i < s->u.try_.nhandlers - 1)
            compile_error_at(c, h->loc, "default 'except:' must be last");
        int l_next = new_label(c);
        if (h->type) {
            compile_expr(c, h->type);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, l_next);
        }
        if (h->name) {
            compile_name(c, h->name, CTX_STORE);            /* [prev] */
            int l_body_cleanup = new_label(c);
            int cur = push_handler(c, l_body_cleanup, base + 1);
            push_fblock(c, FB_HANDLER_CLEANUP, outer);
            top_fblock(c)->name = h->name;
            compile_stmts(c, &h->body);
            pop_fblock(c);
            pop_handler(c, cur);
            emit(c, OP_POP_EXCEPT, 0);
            emit_const(c, VAL_NONE);
            compile_name(c, h->name, CTX_STORE);
            compile_name(c, h->name, CTX_DEL);
            emit_goto(c, l_end);
            bind_label(c, l_body_cleanup);
            u->depth = base + 2;                           /* [prev exc2] */
            emit_const(c, VAL_NONE);
            compile_name(c, h->name, CTX_STORE);
            compile_name(c, h->name, CTX_DEL);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);                        /* [prev] */
            push_fblock(c, FB_HANDLER_CLEANUP, outer);
            compile_stmts(c, &h->body);
            pop_fblock(c);
            emit(c, OP_POP_EXCEPT, 0);
            emit_goto(c, l_end);
        }
        bind_label(c, l_next);
        u->depth = base + 2;                               /* [prev exc] */
    }
    emit(c, OP_RERAISE, 0);                                /* no handler matched */
    pop_handler(c, outer);
    bind_label(c, l_cleanup);
    u->depth = base + 2;                                   /* [prev exc2] */
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    bind_label(c, l_end);
    u->depth = base;
}

static void compile_try(Compiler *c, const Stmt *s)
{
    if (s->u.try_.star) unsupported(c, s->loc, "'except*' is");
    if (!s->u.try_.finalbody.n) {
        compile_try_except(c, s);
        return;
    }
    Unit *u = c->u;
    int base = u->depth;
    int l_exc = new_label(c), l_end = new_label(c), l_cleanup = new_label(c);
    int outer = push_handler(c, l_exc, base);
    push_fblock(c, FB_FINALLY_TRY, outer);
    top_fblock(c)->finalbody = &s->u.try_.finalbody;
    if (s->u.try_.nhandlers) compile_try_except(c, s);
    else compile_stmts(c, &s->u.try_.body);
    pop_fblock(c);
    pop_handler(c, outer);
    compile_stmts(c, &s->u.try_.finalbody);
    emit_goto(c, l_end);

    bind_label(c, l_exc);
    u->depth = base + 1;                                   /* [exc] */
    push_handler(c, l_cleanup, base + 1);
    emit(c, OP_PUSH_EXC_INFO, 0);                          /* [prev exc] */
    push_fblock(c, FB_FINALLY_END, outer);
    compile_stmts(c, &s->u.try_.finalbody);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    pop_handler(c, outer);
    bind_label(c, l_cleanup);
    u->depth = base + 2;
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    bind_label(c, l_end);
    u->depth = base;
}

static void compile_with(Compiler *c, const Stmt *s, int item)
{
    if (item == s->u.with.nitems) {
        compile_stmts(c, &s->u.with.body);
        return;
    }
    Unit *u = c->u;
    const WithItem *wi = &s->u.with.items[item];
    int base = u->depth;
    int l_exc = new_label(c), l_end = new_label(c), l_cleanup = new_label(c), l_suppress = new_label(c);
    u->line = s->loc.line;
    compile_expr(c, wi->context);
    emit(c, OP_BEFORE_WITH, 0);                            /* [exit res] */
    int outer = push_handler(c, l_exc, base + 1);
    if (wi->target) compile_store(c, wi->target);
    else emit(c, OP_POP_TOP, 0);
    push_fblock(c, FB_WITH, outer);
    compile_with(c, s, item + 1);
    pop_fblock(c);
    pop_handler(c, outer);
    u->line = s->loc.line;
    emit_exit_call(c);
    emit_goto(c, l_end);

    bind_label(c, l_exc);
    u->depth = base + 2;                                   /* [exit exc] */
    push_handler(c, l_cleanup, base + 2);
    emit(c, OP_PUSH_EXC_INFO, 0);                          /* [exit prev exc] */
    emit(c, OP_WITH_EXCEPT_START, 0);                      /* [exit prev exc res] */
    emit_jump(c, OP_POP_JUMP_IF_TRUE, l_suppress);
    emit(c, OP_RERAISE, 0);
    bind_label(c, l_suppress);
    u->depth = base + 3;
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    pop_handler(c, outer);
    emit_goto(c, l_end);
    bind_label(c, l_cleanup);
    u->depth = base + 3;                                   /* [exit prev exc2] */
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    bind_label(c, l_end);
    u->depth = base;
}

static void compile_import(Compiler *c, const Stmt *s)
{
    for (int i = 0; i < s->u.import.n; i++) {
        const Alias *a = &s->u.import.names[i];
        emit(c, OP_IMPORT_NAME, add_name(c, a->name));
        if (a->asname) {
            compile_name(c, a->asname, CTX_STORE);
        } else if (strchr(a->name, '.')) {
            const char *first = first_component(c, a->name);
            emit(c, OP_POP_TOP, 0);
            emit(c, OP_IMPORT_NAME, add_name(c, first));
            compile_name(c, first, CTX_STORE);
        } else {
            compile_name(c, a->name, CTX_STORE);
        }
    }
}

static void compile_import_from(Compiler *c, const Stmt *s)
{
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    int level = s->u.importfrom.level;
    if (level > 0) {
        /* a relative import: its name carries the dots (interp_import_relative) */
        size_t n = strlen(module);
        char *p = cmem_track(c, xmalloc((size_t)level + n + 1));
        memset(p, '.', (size_t)level);
        memcpy(p + level, module, n + 1);
        module = p;
    }
    emit(c, OP_IMPORT_NAME, add_name(c, module));
    for (int i = 0; i < s->u.importfrom.n; i++) {
        const Alias *a = &s->u.importfrom.names[i];
        if (strcmp(a->name, "*") == 0) {
            emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        emit(c, OP_IMPORT_FROM, add_name(c, a->name));
        compile_name(c, a->asname ? a->asname : a->name, CTX_STORE);
    }
    emit(c, OP_POP_TOP, 0);
}

static void compile_stmt(Compiler *c, const Stmt *s);

static void compile_stmt_node(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    if (s->loc.line > 0) u->line = s->loc.line;
    switch (s->kind) {
    case S_EXPR: {
        const Expr *e = s->u.expr;
        if (c->mode == PARSE_SINGLE && u->scope->kind == SK_MODULE) {
            compile_expr(c, e);
            emit(c, OP_PRINT_EXPR, 0);
        } else if (is_const_expr(e) && e->kind != E_TUPLE) {
            /* a docstring or a bare constant: no effect */
        } else {
            compile_expr(c, e);
            emit(c, OP_POP_TOP, 0);
        }
        break;
    }
    case S_ASSIGN: {
        compile_expr(c, s->u.assign.value);
        const ExprList *ts = &s->u.assign.targets;
        for (int i = 0; i < ts->n; i++) {
            if (i < ts->n - 1) emit(c, OP_COPY, 1);
            compile_store(c, ts->items[i]);
        }
        break;
    }
    case S_AUGASSIGN: compile_augassign(c, s); break;
    case S_ANNASSIGN:
        if (s->u.annassign.value) {
            compile_expr(c, s->u.annassign.value);
            compile_store(c, s->u.annassign.target);
        }
        if (u->scope->kind == SK_CLASS && s->u.annassign.simple && s->u.annassign.target->kind == E_NAME) {
            /* __annotations__[name] = annotation, after the value (CPython's order) */
            compile_expr(c, s->u.annassign.annotation);
            emit(c, OP_LOAD_NAME, add_name(c, "__annotations__"));
            emit_const(c, cstr_value(c, s->u.annassign.target->u.name));
            emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case S_IF: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, s->u.if_.test, 0, orelse);
        compile_stmts(c, &s->u.if_.body);
        if (s->u.if_.orelse.n) emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        compile_stmts(c, &s->u.if_.orelse);
        bind_label(c, end);
        break;
    }
    case S_WHILE: {
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        /* The check point of JUMP_BACKWARD reports the line of the
         * instruction before the loop top (the ip has moved there): a NOP on
         * the `while` line makes that the loop's line, as in CPython. */
        emit(c, OP_NOP, 0);
        bind_label(c, top);
        const Expr *test = s->u.while_.test;
        int always = test->kind == E_TRUE || (test->kind == E_INT && strcmp(test->u.int_lit.digits, "0") != 0);
        if (!always) compile_jump_if(c, test, 0, orelse);
        push_fblock(c, FB_WHILE, u->cur_handler);
        top_fblock(c)->label_continue = top;
        top_fblock(c)->label_break = end;
        compile_stmts(c, &s->u.while_.body);
        pop_fblock(c);
        u->line = s->loc.line;
        emit_goto(c, top);
        bind_label(c, orelse);
        compile_stmts(c, &s->u.while_.orelse);
        bind_label(c, end);
        break;
    }
    case S_FOR: {
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        compile_expr(c, s->u.for_.iter);
        emit(c, OP_GET_ITER, 0);
        bind_label(c, top);
        int d = u->depth;
        emit_jump(c, OP_FOR_ITER, orelse);
        push_fblock(c, FB_FOR, u->cur_handler);
        top_fblock(c)->label_continue = top;
        top_fblock(c)->label_break = end;
        compile_store(c, s->u.for_.target);
        compile_stmts(c, &s->u.for_.body);
        pop_fblock(c);
        u->line = s->loc.line;
        emit_goto(c, top);
        bind_label(c, orelse);
        u->depth = d - 1;
        compile_stmts(c, &s->u.for_.orelse);
        bind_label(c, end);
        break;
    }
    case S_BREAK: case S_CONTINUE: {
        int loop = innermost_loop(c);
        if (loop < 0) {
            if (s->kind == S_BREAK) compile_error_at(c, s->loc, "'break' outside loop");
            compile_error_at(c, s->loc, "'continue' not properly in loop");
        }
        int saved_depth = u->depth;
        FBlock lb = u->fblocks[loop];
        unwind_fblocks(c, loop + 1, 0);
        if (s->kind == S_BREAK) {
            if (lb.kind == FB_FOR) emit(c, OP_POP_TOP, 0);
            emit_goto(c, lb.label_break);
        } else {
            emit_goto(c, lb.label_continue);
        }
        u->depth = saved_depth;
        break;
    }
    case S_PASS: break;
    case S_RETURN: {
        if (u->scope->kind != SK_FUNCTION || u->scope->is_comprehension)
            compile_error_at(c, s->loc, "'return' outside function");
        int saved_depth = u->depth;
        if (s->u.ret.value) compile_expr(c, s->u.ret.value);
        else emit_const(c, VAL_NONE);
        u->line = s->loc.line;
        unwind_fblocks(c, 0, 1);
        u->line = s->loc.line;
        emit(c, OP_RETURN_VALUE, 0);
        u->depth = saved_depth;
        break;
    }
    case S_FUNCDEF: compile_function_def(c, s); break;
    case S_CLASSDEF: compile_class_def(c, s); break;
    case S_TRY: compile_try(c, s); break;
    case S_RAISE: {
        int n = 0;
        if (s->u.raise.exc) {
            compile_expr(c, s->u.raise.exc);
            n = 1;
            if (s->u.raise.cause) {
                compile_expr(c, s->u.raise.cause);
                n = 2;
            }
        }
        u->line = s->loc.line;
        emit(c, OP_RAISE_VARARGS, n);
        break;
    }
    case S_WITH: compile_with(c, s, 0); break;
    case S_GLOBAL: case S_NONLOCAL: break;
    case S_ASSERT: {
        int end = new_label(c);
        compile_jump_if(c, s->u.assert_.test, 1, end);
        u->line = s->loc.line;
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (s->u.assert_.msg) {
            compile_expr(c, s->u.assert_.msg);
            u->line = s->loc.line;
            emit(c, OP_CALL, 1);
        }
        emit(c, OP_RAISE_VARARGS, 1);
        bind_label(c, end);
        break;
    }
    case S_DEL:
        for (int i = 0; i < s->u.del.targets.n; i++) compile_delete(c, s->u.del.targets.items[i]);
        break;
    case S_IMPORT: compile_import(c, s); break;
    case S_IMPORTFROM: compile_import_from(c, s); break;
    case S_ASYNC: unsupported(c, s->loc, "'async' is");
    case S_MATCH: unsupported(c, s->loc, "'match' statements are");
    }
}

static void compile_stmt(Compiler *c, const Stmt *s)
{
    enter_node(c);
    compile_stmt_node(c, s);
    leave_node(c);
}

static void compile_stmts(Compiler *c, const StmtList *l)
{
    for (int i = 0; i < l->n; i++) compile_stmt(c, l->items[i]);
}

/* --------------------------------------------------------- entry point */

static Value source_line_str(ThreadState *ts, const char *src, size_t len, int line)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return VAL_NONE;
        p = nl + 1;
    }
    if (line < 1 || p > end) return VAL_NONE;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    e = e ? e + 1 : end;
    return str_new(ts, p, (size_t)(e - p));
}

Value compile_raise_syntax_error(ThreadState *ts, Type *t, const char *msg, Value filename,
                                 const char *src, size_t len, int line, int col, int end_line,
                                 int end_col)
{
    Value text = src ? source_line_str(ts, src, len, line) : VAL_NONE;
    gc_push_root(ts, text);
    Value vmsg = str_from_cstr(ts, msg);
    gc_push_root(ts, vmsg);
    Value lineno = val_from_smallint(line);
    Value offset = val_from_smallint(col + 1);
    Value end_lineno = val_from_smallint(end_line > 0 ? end_line : line);
    Value end_offset = val_from_smallint(end_col >= 0 ? end_col + 1 : col + 1);
    if (end_col < col && (end_line <= 0 || end_line == line)) end_offset = offset;
    Value fname = filename ? filename : VAL_NONE;
    Value details = tuple_pack(ts, 6, fname, lineno, offset, text, end_lineno, end_offset);
    gc_push_root(ts, details);
    Value args[2] = {vmsg, details};
    Value exc = exc_new(ts, t, 2, args);
    gc_pop_roots(ts, 3);
    if (!exc) return VAL_NULL;
    /* Set the attributes explicitly, whatever exc_new made of the args. */
    static const char *const names[] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    Value vals[] = {vmsg, fname, lineno, offset, text, end_lineno, end_offset};
    gc_push_root(ts, exc);
    for (int i = 0; i < 7; i++)
        if (obj_setattr(ts, exc, interp_intern_cstr(ts, names[i]), vals[i]) < 0) err_clear(ts);
    gc_pop_roots(ts, 1);
    return err_raise(ts, exc);
}

static void compiler_free(Compiler *c)
{
    for (int i = 0; i < c->nmem; i++) free(c->mem[i]);
    free(c->mem);
    free(c->node_keys);
    free(c->node_vals);
    /* Scopes' and units' StrIndexes: walk the scope tree. */
}

static void free_scope_indexes(Scope *s)
{
    if (!s) return;
    sidx_free(&s->index);
    for (int i = 0; i < s->nchildren; i++) free_scope_indexes(s->children[i]);
}

static void free_unit_indexes(Compiler *c)
{
    for (Unit *u = c->u; u; u = u->parent) {
        sidx_free(&u->names_index);
        sidx_free(&u->var_index);
        sidx_free(&u->cell_index);
        sidx_free(&u->free_index);
        cidx_free(&u->const_index);
    }
}

Value compile_source(ThreadState *ts, const char *src, size_t len, Value filename, int mode_flags)
{
    func_init_types();
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    AstArena *arena = ast_arena_new();
    const bool dynamic = (mode_flags & COMPILE_DYNAMIC) != 0;
    const int mode = mode_flags & ~COMPILE_DYNAMIC;
    Module *m = parse_source(arena, src, len, (ParseMode)mode, obj_c_stack_limit(ts), &perr);
    if (!m) {
        if (perr.kind && strcmp(perr.kind, "MemoryError") == 0) {
            ast_arena_free(arena);
            return err_no_memory(ts);
        }
        Type *t = &exc_SyntaxError;
        if (perr.kind && strcmp(perr.kind, "IndentationError") == 0) t = &exc_IndentationError;
        else if (perr.kind && strcmp(perr.kind, "TabError") == 0) t = &exc_TabError;
        ast_arena_free(arena);
        return compile_raise_syntax_error(ts, t, perr.msg, filename, src, len, perr.line, perr.col,
                                          perr.line, perr.end_col);
    }
    Compiler *c = xcalloc(1, sizeof(Compiler));
    c->ts = ts;
    c->src = src;
    c->srclen = len;
    c->filename = filename;
    c->mode = mode;
    c->dynamic = dynamic;
    c->depth = scaled(ts->py_depth);
    c->depth_limit = scaled(ts->interp->cfg.recursion_limit);
    Value result = VAL_NULL;
    if (setjmp(c->fail) == 0) {
        c->source = dynamic ? VAL_NONE : str_new(ts, src, len);
        gc_push_root(ts, c->source);
        c->module_scope = scope_new(c, SK_MODULE, "<module>", m);
        c->cur = c->module_scope;
        st_stmts(c, &m->body);
        c->cur = NULL;
        NameSet none = {0};
        analyze(c, c->module_scope, &none);
        unit_enter(c, c->module_scope, "<module>", "<module>", 1);
        c->u->flags |= CO_MODULE;
        emit(c, OP_RESUME, 0);
        if (mode == PARSE_EVAL) {
            if (m->body.n == 1 && m->body.items[0]->kind == S_EXPR) {
                compile_expr(c, m->body.items[0]->u.expr);
            } else {
                compile_stmts(c, &m->body);
                emit_const(c, VAL_NONE);
            }
            emit(c, OP_RETURN_VALUE, 0);
        } else {
            const Expr *doc = mode == PARSE_FILE ? docstring_of(&m->body) : NULL;
            if (doc) {
                emit_const(c, const_value(c, doc));
                emit(c, OP_STORE_GLOBAL, add_name(c, "__doc__"));
            }
            compile_stmts(c, &m->body);
            emit_const(c, VAL_NONE);
            emit(c, OP_RETURN_VALUE, 0);
        }
        result = unit_assemble(c);
        gc_pop_roots(ts, 1);
    } else {
        free_unit_indexes(c);
        gc_pop_roots(ts, 1);
        if (c->err_type == &exc_RecursionError)
            err_format(ts, c->err_type, "%s", c->err_msg);
        else
            compile_raise_syntax_error(ts, c->err_type, c->err_msg, filename, src, len, c->err_loc.line,
                                       c->err_loc.col, c->err_loc.end_line, c->err_loc.end_col);
        result = VAL_NULL;
    }
    free_scope_indexes(c->module_scope);
    compiler_free(c);
    free(c);
    ast_arena_free(arena);
    return result;
}
