/* ast.c — the AST arena and the tree dumper.
 *
 * The arena is a list of big chunks with bump allocation: the parser makes
 * one allocation per node and the whole tree is freed at once. It uses plain
 * malloc (aborting on failure) rather than xmalloc so that the frontend links
 * on its own, without the runtime, in the unit tests.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/ast.h"

#define CHUNK_SIZE (64 * 1024)
#define ALIGN 8

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} Chunk;

struct AstArena {
    Chunk *head;
};

static void *alloc_or_die(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fputs("gilsim: out of memory\n", stderr);
        abort();
    }
    return p;
}

AstArena *ast_arena_new(void)
{
    AstArena *a = alloc_or_die(sizeof *a);
    a->head = NULL;
    return a;
}

void *ast_alloc(AstArena *a, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) size = ALIGN;
    Chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        if (size > CHUNK_SIZE / 4) {
            /* A big block gets its own chunk, behind the current one so that
               the current chunk's free space stays in use. */
            Chunk *big = alloc_or_die(sizeof *big + size);
            big->used = big->size = size;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                big->next = NULL;
                a->head = big;
            }
            memset(big->data, 0, size);
            return big->data;
        }
        c = alloc_or_die(sizeof *c + CHUNK_SIZE);
        c->size = CHUNK_SIZE;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_strdup(AstArena *a, const char *s, size_t n)
{
    char *p = ast_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void ast_arena_free(AstArena *a)
{
    if (!a) return;
    Chunk *c = a->head;
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

/* ------------------------------------------------------------------ dump */

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void buf_grow(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) {
        fputs("gilsim: out of memory\n", stderr);
        abort();
    }
    b->s = s;
    b->cap = cap;
}

static void buf_add(Buf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        buf_add(b, tmp, (size_t)n);
        return;
    }
    buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Start a line at depth d. */
static void line(Buf *b, int d, const char *fmt, ...)
{
    if (b->len) buf_add(b, "\n", 1);
    for (int i = 0; i < d; i++) buf_add(b, "  ", 2);
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Append to the current line. */
static void quoted(Buf *b, const char *s, size_t n, bool bytes)
{
    buf_add(b, " \"", 2);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\n': buf_add(b, "\\n", 2); break;
        case '\t': buf_add(b, "\\t", 2); break;
        case '\r': buf_add(b, "\\r", 2); break;
        case '\\': buf_add(b, "\\\\", 2); break;
        case '"': buf_add(b, "\\\"", 2); break;
        default:
            if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) buf_printf(b, "\\x%02x", c);
            else buf_add(b, (const char *)&c, 1);
        }
    }
    buf_add(b, "\"", 1);
}

static const char *const binop_names[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const unop_names[] = {"-", "+", "~", "not"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};

static const char *ctx_name(const Expr *e)
{
    switch (e->ctx) {
    case CTX_STORE: return " store";
    case CTX_DEL: return " del";
    default: return "";
    }
}

static void dump_expr(Buf *b, const Expr *e, int d);
static void dump_stmts(Buf *b, const StmtList *l, int d);

static void dump_opt(Buf *b, const Expr *e, int d)
{
    if (e) dump_expr(b, e, d);
    else line(b, d, "-");
}

static void dump_labelled(Buf *b, const char *label, const Expr *e, int d)
{
    if (!e) return;
    line(b, d, "%s:", label);
    dump_expr(b, e, d + 1);
}

static void dump_list(Buf *b, const ExprList *l, int d)
{
    for (int i = 0; i < l->n; i++) dump_expr(b, l->items[i], d);
}

static void dump_arg(Buf *b, const char *what, const Arg *a, const Expr *def, int d)
{
    line(b, d, "%s %s", what, a->name);
    dump_labelled(b, "annotation", a->annotation, d + 1);
    dump_labelled(b, "default", def, d + 1);
}

static void dump_arguments(Buf *b, const Arguments *a, int d)
{
    line(b, d, "Arguments");
    int first_default = a->nargs - a->ndefaults;
    for (int i = 0; i < a->nargs; i++)
        dump_arg(b, i < a->nposonly ? "PosOnlyArg" : "Arg", &a->args[i],
                 i >= first_default ? a->defaults[i - first_default] : NULL, d + 1);
    if (a->vararg) dump_arg(b, "VarArg", a->vararg, NULL, d + 1);
    for (int i = 0; i < a->nkwonly; i++) dump_arg(b, "KwOnlyArg", &a->kwonly[i], a->kw_defaults[i], d + 1);
    if (a->kwarg) dump_arg(b, "KwArg", a->kwarg, NULL, d + 1);
}

static void dump_keywords(Buf *b, int n, const Keyword *k, int d)
{
    for (int i = 0; i < n; i++) {
        line(b, d, "Keyword %s", k[i].name ? k[i].name : "**");
        dump_expr(b, k[i].value, d + 1);
    }
}

static void dump_float(Buf *b, double v)
{
    char tmp[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v) break;
    }
    buf_printf(b, " %s", tmp);
}

static void dump_expr(Buf *b, const Expr *e, int d)
{
    switch (e->kind) {
    case E_NAME: line(b, d, "Name %s%s", e->u.name, ctx_name(e)); break;
    case E_INT: {
        const char *pre = e->u.int_lit.base == 16 ? "0x" : e->u.int_lit.base == 8 ? "0o" : e->u.int_lit.base == 2 ? "0b" : "";
        line(b, d, "Int %s%s", pre, e->u.int_lit.digits);
        break;
    }
    case E_FLOAT: line(b, d, "Float"); dump_float(b, e->u.float_lit); break;
    case E_IMAG: line(b, d, "Imag"); dump_float(b, e->u.float_lit); break;
    case E_STR: line(b, d, "Str"); quoted(b, e->u.str_lit.data, e->u.str_lit.len, false); break;
    case E_BYTES: line(b, d, "Bytes"); quoted(b, e->u.str_lit.data, e->u.str_lit.len, true); break;
    case E_NONE: line(b, d, "None"); break;
    case E_TRUE: line(b, d, "True"); break;
    case E_FALSE: line(b, d, "False"); break;
    case E_ELLIPSIS: line(b, d, "Ellipsis"); break;
    case E_FSTRING: line(b, d, "FString"); dump_list(b, &e->u.fstring, d + 1); break;
    case E_FORMATTED:
        line(b, d, "Formatted");
        if (e->u.formatted.conversion) buf_printf(b, " !%c", e->u.formatted.conversion);
        if (e->u.formatted.debug_text) {
            buf_add(b, " debug", 6);
            quoted(b, e->u.formatted.debug_text, strlen(e->u.formatted.debug_text), false);
        }
        dump_expr(b, e->u.formatted.value, d + 1);
        dump_labelled(b, "spec", e->u.formatted.format_spec, d + 1);
        break;
    case E_BINOP:
        line(b, d, "BinOp %s", binop_names[e->u.binop.op]);
        dump_expr(b, e->u.binop.left, d + 1);
        dump_expr(b, e->u.binop.right, d + 1);
        break;
    case E_UNARY:
        line(b, d, "UnaryOp %s", unop_names[e->u.unary.op]);
        dump_expr(b, e->u.unary.operand, d + 1);
        break;
    case E_BOOLOP:
        line(b, d, "BoolOp %s", e->u.boolop.is_and ? "and" : "or");
        dump_list(b, &e->u.boolop.values, d + 1);
        break;
    case E_COMPARE:
        line(b, d, "Compare");
        for (int i = 0; i < e->u.compare.n; i++) buf_printf(b, " %s", cmp_names[e->u.compare.ops[i]]);
        dump_expr(b, e->u.compare.left, d + 1);
        for (int i = 0; i < e->u.compare.n; i++) dump_expr(b, e->u.compare.comparators[i], d + 1);
        break;
    case E_CALL:
        line(b, d, "Call");
        dump_expr(b, e->u.call.func, d + 1);
        dump_list(b, &e->u.call.args, d + 1);
        dump_keywords(b, e->u.call.nkeywords, e->u.call.keywords, d + 1);
        break;
    case E_ATTR:
        line(b, d, "Attribute %s%s", e->u.attr.name, ctx_name(e));
        dump_expr(b, e->u.attr.value, d + 1);
        break;
    case E_SUBSCRIPT:
        line(b, d, "Subscript%s", ctx_name(e));
        dump_expr(b, e->u.subscript.value, d + 1);
        dump_expr(b, e->u.subscript.index, d + 1);
        break;
    case E_SLICE:
        line(b, d, "Slice");
        dump_opt(b, e->u.slice.lower, d + 1);
        dump_opt(b, e->u.slice.upper, d + 1);
        dump_opt(b, e->u.slice.step, d + 1);
        break;
    case E_TUPLE: line(b, d, "Tuple%s", ctx_name(e)); dump_list(b, &e->u.seq, d + 1); break;
    case E_LIST: line(b, d, "List%s", ctx_name(e)); dump_list(b, &e->u.seq, d + 1); break;
    case E_SET: line(b, d, "Set"); dump_list(b, &e->u.seq, d + 1); break;
    case E_DICT:
        line(b, d, "Dict");
        for (int i = 0; i < e->u.dict.keys.n; i++) {
            if (e->u.dict.keys.items[i]) dump_expr(b, e->u.dict.keys.items[i], d + 1);
            else line(b, d + 1, "**");
            dump_expr(b, e->u.dict.values.items[i], d + 1);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        line(b, d, "%s", e->kind == E_LISTCOMP ? "ListComp" : e->kind == E_SETCOMP ? "SetComp"
                         : e->kind == E_GENEXP ? "GenExp" : "DictComp");
        dump_expr(b, e->u.comp.elt, d + 1);
        if (e->u.comp.value) dump_expr(b, e->u.comp.value, d + 1);
        for (int i = 0; i < e->u.comp.ngens; i++) {
            const Comprehension *g = &e->u.comp.gens[i];
            line(b, d + 1, "For");
            dump_expr(b, g->target, d + 2);
            dump_expr(b, g->iter, d + 2);
            for (int j = 0; j < g->ifs.n; j++) {
                line(b, d + 2, "If");
                dump_expr(b, g->ifs.items[j], d + 3);
            }
        }
        break;
    case E_LAMBDA:
        line(b, d, "Lambda");
        dump_arguments(b, e->u.lambda.args, d + 1);
        dump_expr(b, e->u.lambda.body, d + 1);
        break;
    case E_IFEXP:
        line(b, d, "IfExp");
        dump_expr(b, e->u.ifexp.test, d + 1);
        dump_expr(b, e->u.ifexp.body, d + 1);
        dump_expr(b, e->u.ifexp.orelse, d + 1);
        break;
    case E_STARRED: line(b, d, "Starred%s", ctx_name(e)); dump_expr(b, e->u.starred.value, d + 1); break;
    case E_NAMEDEXPR:
        line(b, d, "NamedExpr");
        dump_expr(b, e->u.namedexpr.target, d + 1);
        dump_expr(b, e->u.namedexpr.value, d + 1);
        break;
    case E_YIELD: line(b, d, "Yield"); if (e->u.yield.value) dump_expr(b, e->u.yield.value, d + 1); break;
    case E_YIELD_FROM: line(b, d, "YieldFrom"); dump_expr(b, e->u.yield.value, d + 1); break;
    case E_AWAIT: line(b, d, "Await"); dump_expr(b, e->u.yield.value, d + 1); break;
    }
}

static void dump_block(Buf *b, const char *label, const StmtList *l, int d)
{
    if (l->n == 0) return;
    line(b, d, "%s:", label);
    dump_stmts(b, l, d + 1);
}

static void dump_decorators(Buf *b, const ExprList *l, int d)
{
    if (l->n == 0) return;
    line(b, d, "decorators:");
    dump_list(b, l, d + 1);
}

static void dump_stmt(Buf *b, const Stmt *s, int d)
{
    switch (s->kind) {
    case S_EXPR: line(b, d, "Expr"); dump_expr(b, s->u.expr, d + 1); break;
    case S_ASSIGN:
        line(b, d, "Assign");
        dump_list(b, &s->u.assign.targets, d + 1);
        dump_expr(b, s->u.assign.value, d + 1);
        break;
    case S_AUGASSIGN:
        line(b, d, "AugAssign %s=", binop_names[s->u.augassign.op]);
        dump_expr(b, s->u.augassign.target, d + 1);
        dump_expr(b, s->u.augassign.value, d + 1);
        break;
    case S_ANNASSIGN:
        line(b, d, "AnnAssign%s", s->u.annassign.simple ? " simple" : "");
        dump_expr(b, s->u.annassign.target, d + 1);
        dump_expr(b, s->u.annassign.annotation, d + 1);
        if (s->u.annassign.value) dump_expr(b, s->u.annassign.value, d + 1);
        break;
    case S_IF:
        line(b, d, "If");
        dump_expr(b, s->u.if_.test, d + 1);
        dump_block(b, "body", &s->u.if_.body, d + 1);
        dump_block(b, "orelse", &s->u.if_.orelse, d + 1);
        break;
    case S_WHILE:
        line(b, d, "While");
        dump_expr(b, s->u.while_.test, d + 1);
        dump_block(b, "body", &s->u.while_.body, d + 1);
        dump_block(b, "orelse", &s->u.while_.orelse, d + 1);
        break;
    case S_FOR:
        line(b, d, "For");
        dump_expr(b, s->u.for_.target, d + 1);
        dump_expr(b, s->u.for_.iter, d + 1);
        dump_block(b, "body", &s->u.for_.body, d + 1);
        dump_block(b, "orelse", &s->u.for_.orelse, d + 1);
        break;
    case S_BREAK: line(b, d, "Break"); break;
    case S_CONTINUE: line(b, d, "Continue"); break;
    case S_PASS: line(b, d, "Pass"); break;
    case S_RETURN: line(b, d, "Return"); if (s->u.ret.value) dump_expr(b, s->u.ret.value, d + 1); break;
    case S_FUNCDEF:
        line(b, d, "FunctionDef %s", s->u.funcdef.name);
        dump_decorators(b, &s->u.funcdef.decorators, d + 1);
        dump_arguments(b, s->u.funcdef.args, d + 1);
        dump_labelled(b, "returns", s->u.funcdef.returns, d + 1);
        dump_block(b, "body", &s->u.funcdef.body, d + 1);
        break;
    case S_CLASSDEF:
        line(b, d, "ClassDef %s", s->u.classdef.name);
        dump_decorators(b, &s->u.classdef.decorators, d + 1);
        dump_list(b, &s->u.classdef.bases, d + 1);
        dump_keywords(b, s->u.classdef.nkeywords, s->u.classdef.keywords, d + 1);
        dump_block(b, "body", &s->u.classdef.body, d + 1);
        break;
    case S_TRY:
        line(b, d, "Try%s", s->u.try_.star ? "Star" : "");
        dump_block(b, "body", &s->u.try_.body, d + 1);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &s->u.try_.handlers[i];
            if (h->name) line(b, d + 1, "ExceptHandler as %s", h->name);
            else line(b, d + 1, "ExceptHandler");
            if (h->type) dump_expr(b, h->type, d + 2);
            dump_block(b, "body", &h->body, d + 2);
        }
        dump_block(b, "orelse", &s->u.try_.orelse, d + 1);
        dump_block(b, "finally", &s->u.try_.finalbody, d + 1);
        break;
    case S_RAISE:
        line(b, d, "Raise");
        if (s->u.raise.exc) dump_expr(b, s->u.raise.exc, d + 1);
        dump_labelled(b, "cause", s->u.raise.cause, d + 1);
        break;
    case S_WITH:
        line(b, d, "With");
        for (int i = 0; i < s->u.with.nitems; i++) {
            line(b, d + 1, "WithItem");
            dump_expr(b, s->u.with.items[i].context, d + 2);
            if (s->u.with.items[i].target) dump_expr(b, s->u.with.items[i].target, d + 2);
        }
        dump_block(b, "body", &s->u.with.body, d + 1);
        break;
    case S_GLOBAL: case S_NONLOCAL:
        line(b, d, "%s", s->kind == S_GLOBAL ? "Global" : "Nonlocal");
        for (int i = 0; i < s->u.names.n; i++) buf_printf(b, " %s", s->u.names.names[i]);
        break;
    case S_ASSERT:
        line(b, d, "Assert");
        dump_expr(b, s->u.assert_.test, d + 1);
        if (s->u.assert_.msg) dump_expr(b, s->u.assert_.msg, d + 1);
        break;
    case S_DEL: line(b, d, "Delete"); dump_list(b, &s->u.del.targets, d + 1); break;
    case S_IMPORT:
        line(b, d, "Import");
        for (int i = 0; i < s->u.import.n; i++) {
            const Alias *a = &s->u.import.names[i];
            if (a->asname) line(b, d + 1, "Alias %s as %s", a->name, a->asname);
            else line(b, d + 1, "Alias %s", a->name);
        }
        break;
    case S_IMPORTFROM:
        line(b, d, "ImportFrom ");
        for (int i = 0; i < s->u.importfrom.level; i++) buf_add(b, ".", 1);
        if (s->u.importfrom.module) buf_printf(b, "%s", s->u.importfrom.module);
        for (int i = 0; i < s->u.importfrom.n; i++) {
            const Alias *a = &s->u.importfrom.names[i];
            if (a->asname) line(b, d + 1, "Alias %s as %s", a->name, a->asname);
            else line(b, d + 1, "Alias %s", a->name);
        }
        break;
    case S_ASYNC: line(b, d, "Async %s", s->u.unsupported.what); break;
    case S_MATCH: line(b, d, "Match %s", s->u.unsupported.what); break;
    }
}

static void dump_stmts(Buf *b, const StmtList *l, int d)
{
    for (int i = 0; i < l->n; i++) dump_stmt(b, l->items[i], d);
}

char *ast_dump_module(const Module *m)
{
    Buf b = {0};
    line(&b, 0, "Module");
    dump_stmts(&b, &m->body, 1);
    buf_add(&b, "\n", 1);
    return b.s;
}

char *ast_dump_expr(const Expr *e)
{
    Buf b = {0};
    dump_expr(&b, e, 0);
    buf_add(&b, "\n", 1);
    return b.s;
}
