/* parse.c — recursive-descent parser for Python 3.11 (see parse.h).
 *
 * The parser keeps the current token and at most one token of lookahead;
 * the few places where CPython's PEG grammar needs more (a `match` soft
 * keyword, parenthesised `with` items) scan ahead on a copy of the lexer.
 * Errors longjmp to parse_source: every allocation is in the arena, so
 * nothing leaks. Recursion is bounded: the lexer caps bracket nesting at 200
 * and `depth` caps the other self-recursive rules (unary operators, `not`,
 * `lambda`, conditional expressions), so no input overflows the C stack.
 * Left-associative chains (`1+1+...`, `a.b.c...`, `f()()...`) are loops
 * here, however long; the tree they make is as deep as they are long, and
 * the compiler's own guard (compile.c) reports it.
 *
 * Error positions follow CPython: a generic "invalid syntax" points at the
 * token where parsing stopped; messages from CPython's invalid_* rules point
 * at the offending node. f-string fields are parsed by a sub-parser over the
 * field's text, with positions mapped back into the source.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/lex.h"
#include "vm/parse.h"

/* Rule recursion the parser allows. CPython's parser gives up past 6000
 * levels of rule calls (pegen's MAXSTACK) with a bare MemoryError, and so
 * does gilsim. gilsim counts a level where a rule recurses — one for each
 * unary operator, `not`, conditional expression or nested expression, two
 * for `**` and `lambda`, as pegen spends — whereas pegen counts every rule
 * on the way, some twenty per bracket; so brackets nested and mixed with
 * the others reach the limit later here (the lexer stops brackets at 200
 * anyway). A level costs well under a kilobyte of C stack. */
#define MAX_DEPTH 6000
#define MAX_FSTRING_DEPTH 8     /* f-strings inside f-string fields */

typedef struct Parser {
    Lexer lx;
    Token tok;                  /* current token */
    Token ahead;                /* lookahead, valid when has_ahead */
    bool has_ahead;
    Token prev;                 /* last consumed token: node ends come from it */
    Token prev_real;            /* last consumed token other than INDENT/DEDENT */
    AstArena *arena;
    ParseError *err;
    jmp_buf *jb;
    int depth;
    uintptr_t stack_limit;      /* parse_source's; 0: none */
    int fdepth;                 /* f-string nesting */
    bool in_fstring;            /* errors get the "f-string: " prefix */
    bool err_at_eof;            /* the error happened at the end of input (REPL: need more) */
    ParseMode mode;
} Parser;

/* ---------------------------------------------------------------- errors */

static _Noreturn void verror(Parser *p, const char *kind, int line, int col, int end_col,
                             const char *fmt, va_list ap)
{
    ParseError *e = p->err;
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (p->in_fstring && strcmp(kind, "SyntaxError") == 0 && strncmp(msg, "f-string", 8) != 0
        && strncmp(msg, "(unicode error)", 15) != 0)
        snprintf(e->msg, sizeof e->msg, "f-string: %.240s", msg);
    else
        snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->kind = kind;
    e->line = line;
    e->col = col < 0 ? 0 : col;
    e->end_col = end_col <= e->col ? e->col + 1 : end_col;
    longjmp(*p->jb, 1);
}

static _Noreturn void error_at(Parser *p, int line, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", line, col, end_col, fmt, ap);
}

/* An error covering node e (to its end if on the same line). */
static _Noreturn void error_expr(Parser *p, const Expr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int end = e->loc.end_line == e->loc.line ? e->loc.end_col : e->loc.col + 1;
    verror(p, "SyntaxError", e->loc.line, e->loc.col, end, fmt, ap);
}

/* From the start of a to the end of b. */
static _Noreturn void error_range(Parser *p, const AstLoc *a, const AstLoc *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int end = b->end_line == a->line ? b->end_col : a->col + 1;
    verror(p, "SyntaxError", a->line, a->col, end, fmt, ap);
}

/* An error at the current token. At the end of input (DEDENT/ENDMARKER)
 * CPython points just past the last real token. */
static _Noreturn void error_tok(Parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Token *t = &p->tok;
    if (t->kind == T_END || (t->kind == T_DEDENT && p->lx.cur >= p->lx.end)) {
        p->err_at_eof = true;
        const Token *r = &p->prev_real;
        if (r->kind == T_NEWLINE) verror(p, "SyntaxError", r->line, r->col, r->col, fmt, ap);
        if (r->line > 0) verror(p, "SyntaxError", r->end_line, r->end_col, r->end_col, fmt, ap);
    }
    verror(p, "SyntaxError", t->line, t->col, t->end_line == t->line ? t->end_col : t->col + 1, fmt, ap);
}


static _Noreturn void lexer_error(Parser *p)
{
    Lexer *lx = &p->lx;
    ParseError *e = p->err;
    const char *m = lx->err_msg;
    /* The REPL waits for more input after these. */
    if (strncmp(m, "unterminated triple-quoted", 26) == 0 || strstr(m, "was never closed")
        || strcmp(m, "unexpected EOF while parsing") == 0)
        p->err_at_eof = true;
    if (p->in_fstring && strncmp(m, "f-string", 8) != 0)
        snprintf(e->msg, sizeof e->msg, "f-string: %.240s", m);
    else
        snprintf(e->msg, sizeof e->msg, "%s", m);
    e->kind = lx->err_kind;
    e->line = lx->err_line;
    e->col = lx->err_col;
    e->end_col = lx->err_end_col > lx->err_col ? lx->err_end_col : lx->err_col + 1;
    longjmp(*p->jb, 1);
}

static _Noreturn void indentation_error(Parser *p, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "IndentationError", line, col, col + 1, fmt, ap);
}

/* "invalid syntax" at the current token (or the indentation error it is). */
static _Noreturn void syntax_error(Parser *p)
{
    if (p->tok.kind == T_INDENT) indentation_error(p, p->tok.line, p->tok.col - 1, "unexpected indent");
    error_tok(p, "invalid syntax");
}

/* ---------------------------------------------------------------- tokens */

static void next(Parser *p)
{
    p->prev = p->tok;
    if (p->tok.kind != T_INDENT && p->tok.kind != T_DEDENT) p->prev_real = p->tok;
    if (p->has_ahead) {
        p->tok = p->ahead;
        p->has_ahead = false;
    } else {
        lex_next(&p->lx, &p->tok);
    }
    if (p->tok.kind == T_ERROR) lexer_error(p);
}

static TokKind peek(Parser *p)
{
    if (!p->has_ahead) {
        lex_next(&p->lx, &p->ahead);
        p->has_ahead = true;
        if (p->ahead.kind == T_ERROR) lexer_error(p);
    }
    return p->ahead.kind;
}

static bool check(Parser *p, TokKind k) { return p->tok.kind == k; }

static bool accept(Parser *p, TokKind k)
{
    if (p->tok.kind != k) return false;
    next(p);
    return true;
}

static void expect(Parser *p, TokKind k)
{
    if (!accept(p, k)) syntax_error(p);
}

/* A token CPython requires with "expected 'X'" (its && forced tokens). */
static void expect_forced(Parser *p, TokKind k)
{
    if (!accept(p, k)) error_tok(p, "expected '%s'", lex_kind_name(k));
}

/* ':' after if/elif/while/except: "expected ':'" only when the line ends. */
static void expect_colon(Parser *p)
{
    if (accept(p, T_COLON)) return;
    if (check(p, T_NEWLINE)) error_tok(p, "expected ':'");
    syntax_error(p);
}

static bool tok_is_name(const Token *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == T_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

static const char *tok_str(Parser *p, const Token *t)
{
    return ast_strdup(p->arena, t->start, t->len);
}

static const char *expect_name(Parser *p)
{
    if (!check(p, T_NAME)) syntax_error(p);
    const char *s = tok_str(p, &p->tok);
    next(p);
    return s;
}

/* Tokens that can start an expression (for "Perhaps you forgot a comma?"). */
static bool starts_expr(TokKind k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_NONE: case T_TRUE: case T_FALSE:
    case T_ELLIPSIS: case T_LAMBDA: case T_AWAIT:
        return true;
    default:
        return false;
    }
}

/* ------------------------------------------------------------ lookahead */

/* A throwaway copy of the lexer to look further ahead than one token. */
typedef struct Scan {
    Lexer lx;
    Token pending[2];
    int npending, ipending;
} Scan;

static void scan_init(Parser *p, Scan *s)
{
    s->lx = p->lx;
    s->npending = s->ipending = 0;
    s->pending[s->npending++] = p->tok;
    if (p->has_ahead) s->pending[s->npending++] = p->ahead;
}

static TokKind scan_next(Scan *s, Token *t)
{
    if (s->ipending < s->npending) {
        *t = s->pending[s->ipending++];
        return t->kind;
    }
    return lex_next(&s->lx, t);
}

/* ------------------------------------------------------------- building */

typedef struct Vec { void *items; int n, cap; } Vec;

static void *vec_push(Parser *p, Vec *v, size_t esz)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void *items = ast_alloc(p->arena, (size_t)cap * esz);
        if (v->n) memcpy(items, v->items, (size_t)v->n * esz);
        v->items = items;
        v->cap = cap;
    }
    return (char *)v->items + (size_t)v->n++ * esz;
}

#define VPUSH(p, v, T, x) (*(T *)vec_push((p), &(v), sizeof(T)) = (x))

static ExprList exprs_of(Vec *v) { return (ExprList){v->n, (Expr **)v->items}; }
static StmtList stmts_of(Vec *v) { return (StmtList){v->n, (Stmt **)v->items}; }

static Expr *new_expr(Parser *p, ExprKind k, int line, int col)
{
    Expr *e = ast_alloc(p->arena, sizeof *e);
    e->kind = k;
    e->loc.line = line;
    e->loc.col = col;
    e->loc.end_line = p->prev.end_line;
    e->loc.end_col = p->prev.end_col;
    return e;
}

/* A node starting at token t / at node a; its end is set by finish(). */
#define EXPR_AT_TOK(p, k, t) new_expr((p), (k), (t).line, (t).col)
#define EXPR_AT(p, k, a) new_expr((p), (k), (a)->loc.line, (a)->loc.col)

static Expr *finish(Parser *p, Expr *e)
{
    e->loc.end_line = p->prev.end_line;
    e->loc.end_col = p->prev.end_col;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind k, const Token *t)
{
    Stmt *s = ast_alloc(p->arena, sizeof *s);
    s->kind = k;
    s->loc.line = t->line;
    s->loc.col = t->col;
    return s;
}

/* A statement ends with its last real token: not the DEDENT after a block,
 * nor the NEWLINE (which ends where it starts). */
static Stmt *finish_stmt(Parser *p, Stmt *s)
{
    const Token *t = &p->prev_real;
    s->loc.end_line = t->kind == T_NEWLINE ? t->line : t->end_line;
    s->loc.end_col = t->kind == T_NEWLINE ? t->col : t->end_col;
    return s;
}

static void enter_levels(Parser *p, int levels)
{
    p->depth += levels;
    if (p->depth > MAX_DEPTH
        || (p->stack_limit && (uintptr_t)__builtin_frame_address(0) < p->stack_limit)) {
        ParseError *e = p->err;
        e->kind = "MemoryError";
        e->msg[0] = 0;
        e->line = p->tok.line;
        e->col = p->tok.col;
        e->end_col = e->col + 1;
        longjmp(*p->jb, 1);
    }
}

static void enter(Parser *p) { enter_levels(p, 1); }
static void leave_levels(Parser *p, int levels) { p->depth -= levels; }
static void leave(Parser *p) { leave_levels(p, 1); }

/* -------------------------------------------------------------- targets */

/* CPython's _PyPegen_get_expr_name: what "cannot assign to %s" says. */
static const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARY: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELD_FROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_FSTRING: case E_FORMATTED: return "f-string expression";
    case E_NONE: return "None";
    case E_TRUE: return "True";
    case E_FALSE: return "False";
    case E_ELLIPSIS: return "ellipsis";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    default: return "literal";
    }
}

typedef enum TargetKind { TGT_STAR, TGT_DEL, TGT_FOR } TargetKind;

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that
 * cannot be a target, or NULL. */
static const Expr *invalid_target(const Expr *e, TargetKind tk)
{
    switch (e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.n; i++) {
            const Expr *bad = invalid_target(e->u.seq.items[i], tk);
            if (bad) return bad;
        }
        return NULL;
    case E_STARRED:
        if (tk == TGT_DEL) return e;
        return invalid_target(e->u.starred.value, tk);
    case E_COMPARE:
        /* `for a in b` inside a comprehension-like target parses as a comparison. */
        if (tk == TGT_FOR) return e->u.compare.ops[0] == CMP_IN ? invalid_target(e->u.compare.left, tk) : NULL;
        return e;
    case E_NAME: case E_SUBSCRIPT: case E_ATTR:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprCtx ctx)
{
    e->ctx = ctx;
    switch (e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.n; i++) set_ctx(e->u.seq.items[i], ctx);
        break;
    case E_STARRED:
        set_ctx(e->u.starred.value, ctx);
        break;
    default:
        break;
    }
}

/* Check a target and mark it; `here` adds CPython's "Maybe you meant '=='"
 * hint for a single `target = value`. */
static void store_target(Parser *p, Expr *e, TargetKind tk, bool here)
{
    const Expr *bad = invalid_target(e, tk);
    if (bad) {
        if (tk == TGT_DEL) error_expr(p, bad, "cannot delete %s", expr_name(bad));
        bool bitwise_level = bad == e && e->kind != E_COMPARE && e->kind != E_BOOLOP && e->kind != E_IFEXP
                             && e->kind != E_LAMBDA && e->kind != E_NAMEDEXPR && e->kind != E_TRUE
                             && e->kind != E_FALSE && e->kind != E_NONE
                             && !(e->kind == E_UNARY && e->u.unary.op == UOP_NOT);
        if (here && bitwise_level)
            error_expr(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
        error_expr(p, bad, "cannot assign to %s", expr_name(bad));
    }
    if (tk != TGT_DEL) {
        if (e->kind == E_STARRED) error_expr(p, e, "starred assignment target must be in a list or tuple");
        if (e->kind == E_TUPLE || e->kind == E_LIST) {
            int stars = 0;
            for (int i = 0; i < e->u.seq.n; i++) stars += e->u.seq.items[i]->kind == E_STARRED;
            if (stars > 1) error_expr(p, e, "multiple starred expressions in assignment");
        }
    }
    set_ctx(e, tk == TGT_DEL ? CTX_DEL : CTX_STORE);
}

/* ------------------------------------------------------------ literals */

static Expr *number(Parser *p)
{
    Token t = p->tok;
    next(p);
    char buf[128];
    char *s = t.len < sizeof buf ? buf : ast_alloc(p->arena, t.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t.len; i++)
        if (t.start[i] != '_') s[n++] = t.start[i];
    s[n] = '\0';
    if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        Expr *e = EXPR_AT_TOK(p, E_INT, t);
        e->u.int_lit.base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        e->u.int_lit.digits = ast_strdup(p->arena, s + 2, n - 2);
        return e;
    }
    bool imag = s[n - 1] == 'j' || s[n - 1] == 'J';
    if (imag) s[--n] = '\0';
    if (!imag && !strpbrk(s, ".eE")) {
        Expr *e = EXPR_AT_TOK(p, E_INT, t);
        size_t i = 0;
        while (i + 1 < n && s[i] == '0') i++;
        e->u.int_lit.base = 10;
        e->u.int_lit.digits = ast_strdup(p->arena, s + i, n - i);
        return e;
    }
    /* strtod follows LC_NUMERIC, which a curses UI may have changed. */
    const char *dp = localeconv()->decimal_point;
    if (dp && dp[0] != '.' && dp[0] && !dp[1]) {
        char *dot = strchr(s, '.');
        if (dot) *dot = dp[0];
    }
    Expr *e = EXPR_AT_TOK(p, imag ? E_IMAG : E_FLOAT, t);
    e->u.float_lit = strtod(s, NULL);
    return e;
}

/* The parts of a string token: prefix flags and the body between quotes. */
typedef struct StrTok {
    bool raw, bytes, fmt;
    const char *body;
    size_t len;
    size_t body_off;            /* offset of body in the token text */
} StrTok;

static StrTok split_string(const Token *t)
{
    StrTok s = {0};
    size_t i = 0;
    while (t->start[i] != '\'' && t->start[i] != '"') {
        char c = (char)(t->start[i] | 0x20);
        if (c == 'r') s.raw = true;
        else if (c == 'b') s.bytes = true;
        else if (c == 'f') s.fmt = true;
        i++;
    }
    size_t q = (t->len - i >= 6 && t->start[i + 1] == t->start[i] && t->start[i + 2] == t->start[i]) ? 3 : 1;
    s.body = t->start + i + q;
    s.len = t->len - i - 2 * q;
    s.body_off = i + q;
    return s;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* \N{name}: gilsim carries no Unicode name database, only the names most
 * likely in teaching material. Others are reported as unknown. */
static const struct { const char *name; unsigned cp; } unicode_names[] = {
    {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE},
    {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1}, {"MICRO SIGN", 0xB5}, {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER LAMDA", 0x3BB}, {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"EN DASH", 0x2013}, {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"EURO SIGN", 0x20AC}, {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191},
    {"RIGHTWARDS ARROW", 0x2192}, {"DOWNWARDS ARROW", 0x2193}, {"INFINITY", 0x221E}, {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264}, {"GREATER-THAN OR EQUAL TO", 0x2265}, {"BLACK SQUARE", 0x25A0},
    {"WHITE SQUARE", 0x25A1}, {"FULL BLOCK", 0x2588}, {"LIGHT SHADE", 0x2591}, {"MEDIUM SHADE", 0x2592},
    {"DARK SHADE", 0x2593}, {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603},
    {"CHECK MARK", 0x2713}, {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717}, {"SNAKE", 0x1F40D},
    {"GRINNING FACE", 0x1F600}, {"THUMBS UP SIGN", 0x1F44D}, {"HOURGLASS", 0x231B}, {"LOCK", 0x1F512},
    {"OPEN LOCK", 0x1F513}, {"NULL", 0x0}, {"LINE FEED", 0x0A}, {"CHARACTER TABULATION", 0x09},
    {"ZERO WIDTH SPACE", 0x200B}, {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
};

static unsigned unicode_name_lookup(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof unicode_names / sizeof *unicode_names; i++) {
        const char *name = unicode_names[i].name;
        if (strlen(name) != n) continue;
        size_t k = 0;
        while (k < n && (s[k] >= 'a' && s[k] <= 'z' ? s[k] - 32 : s[k]) == name[k]) k++;
        if (k == n) return unicode_names[i].cp ? unicode_names[i].cp : 0x110000;
    }
    return 0;
}

/* Decode one backslash escape at s[i] == '\\' into out; returns the index
 * after it. Errors are CPython's "(unicode error)" messages, reported at the
 * token after the literal as CPython does. */
static size_t decode_escape(Parser *p, const char *s, size_t i, size_t n, bool bytes, char *out, size_t *o)
{
    size_t start = i++;
    if (i >= n) {   /* cannot happen: the lexer never ends a string on a backslash */
        out[(*o)++] = '\\';
        return i;
    }
    char c = s[i++];
    switch (c) {
    case '\n': return i;
    case '\r': if (i < n && s[i] == '\n') i++; return i;
    case '\\': out[(*o)++] = '\\'; return i;
    case '\'': out[(*o)++] = '\''; return i;
    case '"': out[(*o)++] = '"'; return i;
    case 'a': out[(*o)++] = '\a'; return i;
    case 'b': out[(*o)++] = '\b'; return i;
    case 'f': out[(*o)++] = '\f'; return i;
    case 'n': out[(*o)++] = '\n'; return i;
    case 'r': out[(*o)++] = '\r'; return i;
    case 't': out[(*o)++] = '\t'; return i;
    case 'v': out[(*o)++] = '\v'; return i;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
        if (bytes) out[(*o)++] = (char)(v & 0xFF);
        else *o += (size_t)lex_utf8_encode(out + *o, v);
        return i;
    }
    case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') break;
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        unsigned v = 0;
        for (int k = 0; k < digits; k++) {
            int h = i < n ? hexval((unsigned char)s[i]) : -1;
            if (h < 0) {
                if (bytes) error_tok(p, "(value error) invalid \\x escape at position %zu", start);
                error_tok(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated %s escape",
                          start, i - 1, c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
            }
            v = v * 16 + (unsigned)h;
            i++;
        }
        if (bytes) {
            out[(*o)++] = (char)v;
        } else {
            if (v > 0x10FFFF)
                error_tok(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                          start, i - 1);
            *o += (size_t)lex_utf8_encode(out + *o, v);
        }
        return i;
    }
    case 'N':
        if (bytes) break;
        {
            size_t e = i;
            while (e < n && s[e] != '}') e++;
            unsigned cp = 0;
            if (i < n && s[i] == '{' && e < n && (cp = unicode_name_lookup(s + i + 1, e - i - 1)) != 0) {
                *o += (size_t)lex_utf8_encode(out + *o, cp == 0x110000 ? 0 : cp);
                return e + 1;
            }
            if (i >= n || s[i] != '{' || e >= n)
                error_tok(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                             "malformed \\N character escape", start, e < n ? e : n - 1);
            error_tok(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                         "unknown Unicode character name", start, e);
        }
    default:
        break;
    }
    /* Unknown escapes stay as they are. */
    out[(*o)++] = '\\';
    return i - 1;
}

/* Decode a plain (non-f) string body into out (room for len bytes). */
static size_t decode_plain(Parser *p, const StrTok *st, char *out)
{
    size_t o = 0, n = st->len;
    const char *s = st->body;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '\\' && !st->raw) {
            i = decode_escape(p, s, i, n, st->bytes, out, &o);
        } else if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else {
            out[o++] = c;
            i++;
        }
    }
    return o;
}

/* Line and column of byte `off` of token t's text. */
static void tok_pos(const Token *t, size_t off, int *line, int *col)
{
    int l = t->line;
    size_t ls = 0;
    bool first = true;
    for (size_t i = 0; i < off; i++) {
        if (t->start[i] == '\n' || (t->start[i] == '\r' && (i + 1 >= t->len || t->start[i + 1] != '\n'))) {
            l++;
            ls = i + 1;
            first = false;
        }
    }
    *line = l;
    *col = lex_count_cp(t->start + ls, off - ls) + (first ? t->col : 0);
}

/* f-string assembly: literal text accumulates in `lit` and is flushed as an
 * E_STR part before each field. */
typedef struct FBuild {
    Vec parts;
    char *lit;
    size_t litlen, litcap;
} FBuild;

static void fb_add(Parser *p, FBuild *fb, const char *s, size_t n)
{
    if (n == 0) return;
    if (fb->litlen + n > fb->litcap) {
        size_t cap = fb->litcap ? fb->litcap * 2 : 64;
        while (cap < fb->litlen + n) cap *= 2;
        char *lit = ast_alloc(p->arena, cap);
        if (fb->litlen) memcpy(lit, fb->lit, fb->litlen);
        fb->lit = lit;
        fb->litcap = cap;
    }
    memcpy(fb->lit + fb->litlen, s, n);
    fb->litlen += n;
}

static void fb_flush(Parser *p, FBuild *fb, const Token *t)
{
    if (fb->litlen == 0) return;
    Expr *e = EXPR_AT_TOK(p, E_STR, *t);
    e->u.str_lit.data = ast_strdup(p->arena, fb->lit, fb->litlen);
    e->u.str_lit.len = fb->litlen;
    VPUSH(p, fb->parts, Expr *, e);
    fb->litlen = 0;
}

static Expr *star_expressions(Parser *p);
static void check_missing_comma(Parser *p, const Expr *a);
static size_t fstring_body(Parser *p, const Token *t, const StrTok *st, size_t i, int level, FBuild *fb);

/* Parse the text of one replacement field's expression with a sub-parser. */
static Expr *fstring_expr(Parser *p, const Token *t, const StrTok *st, size_t start, size_t end)
{
    size_t k = start;
    while (k < end && (st->body[k] == ' ' || st->body[k] == '\t' || st->body[k] == '\n' || st->body[k] == '\r'
                       || st->body[k] == '\f'))
        k++;
    if (k == end) error_tok(p, "f-string: empty expression not allowed");
    if (p->fdepth >= MAX_FSTRING_DEPTH) error_tok(p, "f-string: expressions nested too deeply");

    int line, col;
    tok_pos(t, st->body_off + start, &line, &col);
    Parser *sub = ast_alloc(p->arena, sizeof *sub);   /* keeps big structs off the C stack */
    lex_init_sub(&sub->lx, st->body + start, end - start, line, col);
    sub->arena = p->arena;
    sub->err = p->err;
    sub->jb = p->jb;
    sub->depth = p->depth;
    sub->stack_limit = p->stack_limit;
    sub->fdepth = p->fdepth + 1;
    sub->in_fstring = true;
    sub->mode = PARSE_EVAL;
    sub->prev.line = line;
    sub->prev.col = col;
    next(sub);
    Expr *e = star_expressions(sub);
    if (!check(sub, T_END)) {
        check_missing_comma(sub, e);
        syntax_error(sub);
    }
    if (e->kind == E_STARRED) error_expr(sub, e, "f-string: cannot use starred expression here");
    return e;
}

/* One replacement field; i is just after its '{'. Returns the index after '}'. */
static size_t fstring_field(Parser *p, const Token *t, const StrTok *st, size_t i, int level, FBuild *fb)
{
    const char *s = st->body;
    size_t n = st->len, start = i;
    char quote = 0;
    int qsize = 0;
    char stack[LEX_MAXLEVEL];
    int depth = 0;
    /* Find where the expression ends, as CPython's fstring_find_expr. */
    for (; i < n; i++) {
        char c = s[i];
        if (c == '\\') error_tok(p, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote && (qsize == 1 || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                i += (size_t)qsize - 1;
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            qsize = (i + 2 < n && s[i + 1] == c && s[i + 2] == c) ? 3 : 1;
            i += (size_t)qsize - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= LEX_MAXLEVEL) error_tok(p, "f-string: too many nested parenthesis");
            stack[depth++] = c;
            continue;
        }
        if (c == '#') error_tok(p, "f-string expression part cannot include '#'");
        if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
            if (i + 1 < n && s[i + 1] == '=' && c != ':' && c != '}') {
                i++;
                continue;
            }
            if (c == '>' || c == '<') continue;
            break;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) error_tok(p, "f-string: unmatched '%c'", c);
            char open = stack[--depth];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
                error_tok(p, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        }
    }
    if (quote) error_tok(p, "f-string: unterminated string");
    if (depth) error_tok(p, "f-string: unmatched '%c'", stack[depth - 1]);
    if (i >= n) error_tok(p, "f-string: expecting '}'");

    Expr *value = fstring_expr(p, t, st, start, i);
    Expr *fe = EXPR_AT(p, E_FORMATTED, value);
    fe->u.formatted.value = value;

    if (s[i] == '=') {
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')) i++;
        fe->u.formatted.debug_text = ast_strdup(p->arena, s + start, i - start);
    }
    if (i < n && s[i] == '!') {
        i++;
        if (i >= n) error_tok(p, "f-string: expecting '}'");
        char conv = s[i++];
        if (conv != 's' && conv != 'r' && conv != 'a')
            error_tok(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        fe->u.formatted.conversion = conv;
    }
    if (i >= n) error_tok(p, "f-string: expecting '}'");
    if (s[i] == ':') {
        i++;
        FBuild spec = {0};
        i = fstring_body(p, t, st, i, level + 1, &spec);
        fb_flush(p, &spec, t);
        Expr *se = EXPR_AT_TOK(p, E_FSTRING, *t);
        se->u.fstring = exprs_of(&spec.parts);
        fe->u.formatted.format_spec = se;
    }
    if (i >= n || s[i] != '}') error_tok(p, "f-string: expecting '}'");
    i++;
    if (fe->u.formatted.debug_text && !fe->u.formatted.conversion && !fe->u.formatted.format_spec)
        fe->u.formatted.conversion = 'r';
    fb_flush(p, fb, t);
    VPUSH(p, fb->parts, Expr *, fe);
    return i;
}

/* Literal text and fields of an f-string body from i; at level > 0 (a
 * format spec) it stops before the '}' that ends the spec. */
static size_t fstring_body(Parser *p, const Token *t, const StrTok *st, size_t i, int level, FBuild *fb)
{
    const char *s = st->body;
    size_t n = st->len;
    while (i < n) {
        char c = s[i];
        if (c == '{' || c == '}') {
            if (level == 0 && i + 1 < n && s[i + 1] == c) {
                fb_add(p, fb, &c, 1);
                i += 2;
                continue;
            }
            if (c == '}') {
                if (level == 0) error_tok(p, "f-string: single '}' is not allowed");
                return i;
            }
            if (level >= 2) error_tok(p, "f-string: expressions nested too deeply");
            i = fstring_field(p, t, st, i + 1, level, fb);
            continue;
        }
        if (c == '\\' && !st->raw) {
            if (i + 1 < n && (s[i + 1] == '{' || s[i + 1] == '}')) {
                fb_add(p, fb, "\\", 1);
                i++;
                continue;
            }
            char tmp[8];
            size_t o = 0;
            i = decode_escape(p, s, i, n, false, tmp, &o);
            fb_add(p, fb, tmp, o);
            continue;
        }
        if (c == '\r') {
            fb_add(p, fb, "\n", 1);
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        size_t j = i + 1;
        while (j < n && s[j] != '{' && s[j] != '}' && s[j] != '\\' && s[j] != '\r') j++;
        fb_add(p, fb, s + i, j - i);
        i = j;
    }
    return i;
}

/* strings -> STRING+  (adjacent literals concatenated; any f-string makes
 * the whole an E_FSTRING) */
static Expr *strings(Parser *p)
{
    Token first = p->tok;
    Token toks[8];
    Vec more = {0};
    int n = 0;
    bool any_fmt = false, any_bytes = false, any_str = false;
    size_t total = 0;
    while (check(p, T_STRING)) {
        if (n < 8) toks[n] = p->tok;
        else VPUSH(p, more, Token, p->tok);
        StrTok st = split_string(&p->tok);
        any_fmt |= st.fmt;
        if (st.bytes) any_bytes = true;
        else any_str = true;
        total += st.len;
        n++;
        next(p);
    }
    /* Errors in decoding are reported at the token after the literals. */
    if (any_bytes && any_str) error_tok(p, "cannot mix bytes and nonbytes literals");
    if (!any_fmt) {
        char *out = ast_alloc(p->arena, total + 1);
        size_t o = 0;
        for (int i = 0; i < n; i++) {
            const Token *t = i < 8 ? &toks[i] : &((Token *)more.items)[i - 8];
            StrTok st = split_string(t);
            if (st.bytes) {
                for (size_t k = 0; k < st.len; k++)
                    if ((unsigned char)st.body[k] >= 0x80)
                        error_at(p, t->line, t->col, t->end_line == t->line ? t->end_col : t->col + 1,
                                 "bytes can only contain ASCII literal characters");
            }
            o += decode_plain(p, &st, out + o);
        }
        Expr *e = EXPR_AT_TOK(p, any_bytes ? E_BYTES : E_STR, first);
        e->u.str_lit.data = out;
        e->u.str_lit.len = o;
        return e;
    }
    FBuild fb = {0};
    for (int i = 0; i < n; i++) {
        const Token *t = i < 8 ? &toks[i] : &((Token *)more.items)[i - 8];
        StrTok st = split_string(t);
        if (st.fmt) {
            fstring_body(p, t, &st, 0, 0, &fb);
        } else {
            char *out = ast_alloc(p->arena, st.len + 1);
            size_t o = decode_plain(p, &st, out);
            fb_add(p, &fb, out, o);
        }
    }
    fb_flush(p, &fb, &first);
    Expr *e = EXPR_AT_TOK(p, E_FSTRING, first);
    e->u.fstring = exprs_of(&fb.parts);
    return e;
}

/* ---------------------------------------------------------- expressions */

static Expr *expression(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *primary(Parser *p);
static Arguments *parameters(Parser *p, bool lambda);

/* After an element inside brackets: CPython's "Perhaps you forgot a comma?"
 * when another expression follows directly. */
static void check_missing_comma(Parser *p, const Expr *a)
{
    if (!starts_expr(p->tok.kind) || (p->lx.level == 0 && !p->in_fstring)) return;
    if (a->kind == E_LAMBDA || a->kind == E_IFEXP || a->kind == E_STARRED || a->kind == E_NAMEDEXPR) return;
    if (a->kind == E_NAME && check(p, T_STRING)) return;
    Expr *b = expression(p);
    error_range(p, &a->loc, &b->loc, "invalid syntax. Perhaps you forgot a comma?");
}

/* for_if_clauses -> ('for' star_targets 'in' disjunction {'if' disjunction})+ */
static void comprehension_clauses(Parser *p, Expr *e)
{
    Vec gens = {0};
    while (check(p, T_FOR) || check(p, T_ASYNC)) {
        if (check(p, T_ASYNC)) next(p);   /* async comprehensions: parsed, compiler rejects awaits */
        expect(p, T_FOR);
        Comprehension c = {0};
        /* star_targets: a bitwise_or list, so that 'in' is not a comparison */
        Token t0 = p->tok;
        Vec targets = {0};
        bool comma = false;
        for (;;) {
            Expr *t;
            if (check(p, T_STAR)) {
                Token st = p->tok;
                next(p);
                Expr *v = bitwise_or(p);
                t = EXPR_AT_TOK(p, E_STARRED, st);
                t->u.starred.value = v;
            } else {
                t = bitwise_or(p);
            }
            VPUSH(p, targets, Expr *, t);
            if (!accept(p, T_COMMA)) break;
            comma = true;
            if (check(p, T_IN)) break;
        }
        if (comma) {
            c.target = EXPR_AT_TOK(p, E_TUPLE, t0);
            c.target->u.seq = exprs_of(&targets);
        } else {
            c.target = ((Expr **)targets.items)[0];
        }
        store_target(p, c.target, TGT_FOR, false);
        if (!check(p, T_IN)) syntax_error(p);
        next(p);
        c.iter = disjunction(p);
        Vec ifs = {0};
        while (accept(p, T_IF)) VPUSH(p, ifs, Expr *, disjunction(p));
        c.ifs = exprs_of(&ifs);
        VPUSH(p, gens, Comprehension, c);
    }
    e->u.comp.ngens = gens.n;
    e->u.comp.gens = gens.items;
}

static Expr *comprehension(Parser *p, ExprKind k, const Token *open, Expr *elt, Expr *value)
{
    if (elt->kind == E_STARRED) {
        if (k == E_DICTCOMP) syntax_error(p);
        error_expr(p, elt, "iterable unpacking cannot be used in comprehension");
    }
    Expr *e = EXPR_AT_TOK(p, k, *open);
    e->u.comp.elt = elt;
    e->u.comp.value = value;
    comprehension_clauses(p, e);
    return e;
}

/* tuple | group | genexp:
 *   '(' [yield_expr | star_named_expression [for_if_clauses | ',' [star_named_expressions]]] ')' */
static Expr *paren_atom(Parser *p)
{
    Token open = p->tok;
    next(p);
    if (accept(p, T_RPAR)) return finish(p, EXPR_AT_TOK(p, E_TUPLE, open));
    if (check(p, T_YIELD)) {
        Expr *y = yield_expr(p);
        expect(p, T_RPAR);
        return y;
    }
    Expr *first = star_named_expression(p);
    if (check(p, T_FOR) || check(p, T_ASYNC)) {
        Expr *g = comprehension(p, E_GENEXP, &open, first, NULL);
        expect(p, T_RPAR);
        return finish(p, g);
    }
    if (accept(p, T_RPAR)) {
        if (first->kind == E_STARRED) error_expr(p, first, "cannot use starred expression here");
        return first;
    }
    if (!check(p, T_COMMA)) {
        check_missing_comma(p, first);
        syntax_error(p);
    }
    Vec items = {0};
    VPUSH(p, items, Expr *, first);
    while (accept(p, T_COMMA)) {
        if (check(p, T_RPAR)) break;
        Expr *e = star_named_expression(p);
        VPUSH(p, items, Expr *, e);
        if (!check(p, T_COMMA) && !check(p, T_RPAR)) {
            check_missing_comma(p, e);
            syntax_error(p);
        }
    }
    expect(p, T_RPAR);
    Expr *t = finish(p, EXPR_AT_TOK(p, E_TUPLE, open));
    t->u.seq = exprs_of(&items);
    return t;
}

/* list | listcomp: '[' [star_named_expressions] ']' | '[' named_expression for_if_clauses ']' */
static Expr *list_atom(Parser *p)
{
    Token open = p->tok;
    next(p);
    Vec items = {0};
    while (!check(p, T_RSQB)) {
        Expr *e = star_named_expression(p);
        if (items.n == 0 && (check(p, T_FOR) || check(p, T_ASYNC))) {
            Expr *c = comprehension(p, E_LISTCOMP, &open, e, NULL);
            expect(p, T_RSQB);
            return finish(p, c);
        }
        VPUSH(p, items, Expr *, e);
        if (!accept(p, T_COMMA)) {
            if (!check(p, T_RSQB)) {
                check_missing_comma(p, e);
                syntax_error(p);
            }
            break;
        }
    }
    expect(p, T_RSQB);
    Expr *l = finish(p, EXPR_AT_TOK(p, E_LIST, open));
    l->u.seq = exprs_of(&items);
    return l;
}

/* dict | set | dictcomp | setcomp:
 *   '{' [double_starred_kvpairs] '}' | '{' star_named_expressions '}'
 *   | '{' kvpair for_if_clauses '}' | '{' named_expression for_if_clauses '}' */
static Expr *brace_atom(Parser *p)
{
    Token open = p->tok;
    next(p);
    if (accept(p, T_RBRACE)) return finish(p, EXPR_AT_TOK(p, E_DICT, open));
    Vec keys = {0}, values = {0};
    int is_dict = -1;   /* decided by the first element */
    for (;;) {
        Expr *k = NULL, *v;
        bool kv;
        if (check(p, T_DOUBLESTAR)) {
            if (is_dict == 0) syntax_error(p);
            Token st = p->tok;
            next(p);
            if (is_dict < 0) {
                /* {**a for a in b} */
                Expr *probe = bitwise_or(p);
                if (check(p, T_FOR) || check(p, T_ASYNC))
                    error_at(p, st.line, st.col, probe->loc.end_line == st.line ? probe->loc.end_col : st.col + 2,
                             "dict unpacking cannot be used in dict comprehension");
                v = probe;
                kv = true;
                goto have_item;
            }
            v = bitwise_or(p);
            kv = true;
        } else {
            k = star_named_expression(p);
            kv = is_dict != 0 && check(p, T_COLON);
            if (kv) {
                if (k->kind == E_STARRED) syntax_error(p);
                next(p);
                if (check(p, T_STAR)) error_tok(p, "cannot use a starred expression in a dictionary value");
                v = expression(p);
            } else {
                v = k;
                k = NULL;
            }
        }
    have_item:
        if (is_dict < 0) {
            is_dict = kv;
            if (check(p, T_FOR) || check(p, T_ASYNC)) {
                if (kv && !k) syntax_error(p);   /* {**a for ...} */
                Expr *c = kv ? comprehension(p, E_DICTCOMP, &open, k, v) : comprehension(p, E_SETCOMP, &open, v, NULL);
                expect(p, T_RBRACE);
                return finish(p, c);
            }
        } else if (is_dict != kv) {
            syntax_error(p);
        }
        if (is_dict) VPUSH(p, keys, Expr *, k);
        VPUSH(p, values, Expr *, v);
        if (!accept(p, T_COMMA)) {
            if (!check(p, T_RBRACE)) {
                check_missing_comma(p, v);
                syntax_error(p);
            }
            break;
        }
        if (check(p, T_RBRACE)) break;
    }
    expect(p, T_RBRACE);
    if (is_dict) {
        Expr *d = finish(p, EXPR_AT_TOK(p, E_DICT, open));
        d->u.dict.keys = exprs_of(&keys);
        d->u.dict.values = exprs_of(&values);
        return d;
    }
    Expr *st = finish(p, EXPR_AT_TOK(p, E_SET, open));
    st->u.seq = exprs_of(&values);
    return st;
}

/* atom -> NAME | 'True' | 'False' | 'None' | strings | NUMBER
 *       | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...' */
static Expr *atom(Parser *p)
{
    Token t = p->tok;
    Expr *e;
    switch (t.kind) {
    case T_NAME:
        next(p);
        e = EXPR_AT_TOK(p, E_NAME, t);
        e->u.name = tok_str(p, &t);
        return e;
    case T_NUMBER: return number(p);
    case T_STRING: return strings(p);
    case T_NONE: next(p); return EXPR_AT_TOK(p, E_NONE, t);
    case T_TRUE: next(p); return EXPR_AT_TOK(p, E_TRUE, t);
    case T_FALSE: next(p); return EXPR_AT_TOK(p, E_FALSE, t);
    case T_ELLIPSIS: next(p); return EXPR_AT_TOK(p, E_ELLIPSIS, t);
    case T_LPAR: return paren_atom(p);
    case T_LSQB: return list_atom(p);
    case T_LBRACE: return brace_atom(p);
    default:
        syntax_error(p);
    }
}

/* slice -> [expression] ':' [expression] [':' [expression]] | named_expression
 * slices -> slice !',' | ','.(slice | starred_expression)+ [','] */
static Expr *slice(Parser *p)
{
    Token t0 = p->tok;
    Expr *lower = NULL;
    if (check(p, T_STAR)) {
        Token st = p->tok;
        next(p);
        Expr *v = bitwise_or(p);
        Expr *s = EXPR_AT_TOK(p, E_STARRED, st);
        s->u.starred.value = v;
        return s;
    }
    if (!check(p, T_COLON)) {
        lower = named_expression(p);
        if (!check(p, T_COLON)) return lower;
    }
    next(p);
    Expr *s = EXPR_AT_TOK(p, E_SLICE, t0);
    s->u.slice.lower = lower;
    if (!check(p, T_COLON) && !check(p, T_COMMA) && !check(p, T_RSQB)) s->u.slice.upper = expression(p);
    if (accept(p, T_COLON)) {
        if (!check(p, T_COMMA) && !check(p, T_RSQB)) s->u.slice.step = expression(p);
    }
    return finish(p, s);
}

static Expr *subscript_index(Parser *p)
{
    Token t0 = p->tok;
    Expr *first = slice(p);
    if (!check(p, T_COMMA) && first->kind != E_STARRED) {
        if (!check(p, T_RSQB)) {
            check_missing_comma(p, first);
            syntax_error(p);
        }
        return first;
    }
    Vec items = {0};
    VPUSH(p, items, Expr *, first);
    while (accept(p, T_COMMA)) {
        if (check(p, T_RSQB)) break;
        VPUSH(p, items, Expr *, slice(p));
    }
    Expr *t = finish(p, EXPR_AT_TOK(p, E_TUPLE, t0));
    t->u.seq = exprs_of(&items);
    return t;
}

/* arguments -> args [','] &')'
 * args -> ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
 * kwargs -> ','.(NAME '=' expression | '*' expression)+ [',' ','.('**' expression)+] | ','.('**' expression)+
 * Also the lone generator argument: primary genexp. */
static void call_args(Parser *p, ExprList *args, int *nkw, Keyword **kws, bool is_class)
{
    next(p);   /* '(' */
    Vec pos = {0}, kw = {0};
    bool seen_kw = false, seen_kwunpack = false;
    Expr *last = NULL;
    while (!check(p, T_RPAR)) {
        Token t0 = p->tok;
        if (check(p, T_STAR)) {
            next(p);
            Expr *v = expression(p);
            Expr *s = EXPR_AT_TOK(p, E_STARRED, t0);
            s->u.starred.value = v;
            finish(p, s);
            if (seen_kwunpack) error_expr(p, s, "iterable argument unpacking follows keyword argument unpacking");
            VPUSH(p, pos, Expr *, s);
            last = s;
        } else if (check(p, T_DOUBLESTAR)) {
            next(p);
            Keyword k = {NULL, expression(p), {t0.line, t0.col, 0, 0}};
            k.loc.end_line = p->prev.end_line;
            k.loc.end_col = p->prev.end_col;
            VPUSH(p, kw, Keyword, k);
            seen_kwunpack = true;
            last = k.value;
        } else {
            Expr *e = named_expression(p);
            if (check(p, T_EQUAL)) {
                next(p);
                Expr *v = expression(p);
                if (e->kind != E_NAME) {
                    if (e->kind == E_TRUE || e->kind == E_FALSE || e->kind == E_NONE)
                        error_range(p, &e->loc, &v->loc, "cannot assign to %s", expr_name(e));
                    error_range(p, &e->loc, &v->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                Keyword k = {e->u.name, v, {t0.line, t0.col, p->prev.end_line, p->prev.end_col}};
                for (int i = 0; i < kw.n; i++) {
                    const Keyword *o = &((Keyword *)kw.items)[i];
                    if (o->name && strcmp(o->name, k.name) == 0)
                        error_range(p, &k.loc, &k.loc, "keyword argument repeated: %s", k.name);
                }
                VPUSH(p, kw, Keyword, k);
                seen_kw = true;
                last = v;
            } else if (!is_class && (check(p, T_FOR) || check(p, T_ASYNC))) {
                Expr *g = comprehension(p, E_GENEXP, &t0, e, NULL);
                finish(p, g);
                if (pos.n + kw.n > 0 || !check(p, T_RPAR)) {
                    if (check(p, T_COMMA) && peek(p) == T_RPAR && pos.n + kw.n == 0) {
                        next(p);   /* f(x for x in y,) is fine */
                        VPUSH(p, pos, Expr *, g);
                        break;
                    }
                    error_expr(p, g, "Generator expression must be parenthesized");
                }
                VPUSH(p, pos, Expr *, g);
                last = g;
            } else {
                /* CPython points just after the argument */
                if (seen_kwunpack) error_tok(p, "positional argument follows keyword argument unpacking");
                if (seen_kw) error_tok(p, "positional argument follows keyword argument");
                VPUSH(p, pos, Expr *, e);
                last = e;
            }
        }
        if (!accept(p, T_COMMA)) {
            if (!check(p, T_RPAR)) {
                if (last) check_missing_comma(p, last);
                syntax_error(p);
            }
            break;
        }
    }
    expect(p, T_RPAR);
    *args = exprs_of(&pos);
    *nkw = kw.n;
    *kws = kw.items;
}

/* primary -> atom {'.' NAME | genexp | '(' [arguments] ')' | '[' slices ']'} */
static Expr *primary(Parser *p)
{
    Expr *e = atom(p);
    for (;;) {
        if (check(p, T_DOT)) {
            next(p);
            const char *name = expect_name(p);
            Expr *a = EXPR_AT(p, E_ATTR, e);
            a->u.attr.value = e;
            a->u.attr.name = name;
            e = a;
        } else if (check(p, T_LPAR)) {
            Expr *c = EXPR_AT(p, E_CALL, e);
            c->u.call.func = e;
            call_args(p, &c->u.call.args, &c->u.call.nkeywords, &c->u.call.keywords, false);
            e = finish(p, c);
        } else if (check(p, T_LSQB)) {
            next(p);
            Expr *s = EXPR_AT(p, E_SUBSCRIPT, e);
            s->u.subscript.value = e;
            s->u.subscript.index = subscript_index(p);
            expect(p, T_RSQB);
            e = finish(p, s);
        } else {
            return e;
        }
    }
}

static Expr *factor(Parser *p);

/* power -> await_primary ['**' factor]
 * await_primary -> 'await' primary | primary */
static Expr *power(Parser *p)
{
    Expr *e;
    if (check(p, T_AWAIT)) {
        Token t = p->tok;
        next(p);
        Expr *v = primary(p);
        e = EXPR_AT_TOK(p, E_AWAIT, t);
        e->u.yield.value = v;
    } else {
        e = primary(p);
    }
    if (check(p, T_DOUBLESTAR)) {
        next(p);
        enter_levels(p, 2);
        Expr *r = factor(p);
        leave_levels(p, 2);
        Expr *b = EXPR_AT(p, E_BINOP, e);
        b->u.binop.op = OP_POW;
        b->u.binop.left = e;
        b->u.binop.right = r;
        e = b;
    }
    return e;
}

/* factor -> ('+' | '-' | '~') factor | power */
static Expr *factor(Parser *p)
{
    UnaryOp op;
    switch (p->tok.kind) {
    case T_PLUS: op = UOP_POS; break;
    case T_MINUS: op = UOP_NEG; break;
    case T_TILDE: op = UOP_INVERT; break;
    default: return power(p);
    }
    Token t = p->tok;
    next(p);
    enter(p);
    Expr *operand = factor(p);
    leave(p);
    Expr *e = EXPR_AT_TOK(p, E_UNARY, t);
    e->u.unary.op = op;
    e->u.unary.operand = operand;
    return e;
}

/* Binary operators from '|' (level 1) to '*' (level 6), by precedence climbing:
 * bitwise_or -> bitwise_or '|' bitwise_xor | ...   term -> term '*' factor | ... */
static int binop_level(TokKind k, BinaryOp *op)
{
    switch (k) {
    case T_VBAR: *op = OP_BITOR; return 1;
    case T_CIRCUMFLEX: *op = OP_BITXOR; return 2;
    case T_AMPER: *op = OP_BITAND; return 3;
    case T_LEFTSHIFT: *op = OP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = OP_RSHIFT; return 4;
    case T_PLUS: *op = OP_ADD; return 5;
    case T_MINUS: *op = OP_SUB; return 5;
    case T_STAR: *op = OP_MUL; return 6;
    case T_SLASH: *op = OP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = OP_FLOORDIV; return 6;
    case T_PERCENT: *op = OP_MOD; return 6;
    case T_AT: *op = OP_MATMUL; return 6;
    default: return 0;
    }
}

static Expr *binary(Parser *p, int min_level)
{
    Expr *left = factor(p);
    for (;;) {
        BinaryOp op;
        int level = binop_level(p->tok.kind, &op);
        if (level < min_level || level == 0) return left;
        next(p);
        Expr *right = level < 6 ? binary(p, level + 1) : factor(p);
        Expr *b = EXPR_AT(p, E_BINOP, left);
        b->u.binop.op = op;
        b->u.binop.left = left;
        b->u.binop.right = right;
        left = b;
    }
}

static Expr *bitwise_or(Parser *p) { return binary(p, 1); }

/* comparison -> bitwise_or {compare_op_bitwise_or_pair} */
static Expr *comparison(Parser *p)
{
    Expr *left = bitwise_or(p);
    Vec ops = {0}, rights = {0};
    for (;;) {
        CmpOp op;
        switch (p->tok.kind) {
        case T_LESS: op = CMP_LT; break;
        case T_LESSEQUAL: op = CMP_LE; break;
        case T_EQEQUAL: op = CMP_EQ; break;
        case T_NOTEQUAL: op = CMP_NE; break;
        case T_GREATER: op = CMP_GT; break;
        case T_GREATEREQUAL: op = CMP_GE; break;
        case T_IN: op = CMP_IN; break;
        case T_IS:
            op = CMP_IS;
            if (peek(p) == T_NOT) {
                next(p);
                op = CMP_IS_NOT;
            }
            break;
        case T_NOT:
            if (peek(p) != T_IN) goto done;
            next(p);
            op = CMP_NOT_IN;
            break;
        default:
            goto done;
        }
        next(p);
        VPUSH(p, ops, CmpOp, op);
        VPUSH(p, rights, Expr *, bitwise_or(p));
    }
done:
    if (ops.n == 0) return left;
    Expr *e = EXPR_AT(p, E_COMPARE, left);
    e->u.compare.left = left;
    e->u.compare.n = ops.n;
    e->u.compare.ops = ops.items;
    e->u.compare.comparators = rights.items;
    return e;
}

/* inversion -> 'not' inversion | comparison */
static Expr *inversion(Parser *p)
{
    if (!check(p, T_NOT)) return comparison(p);
    Token t = p->tok;
    next(p);
    enter(p);
    Expr *operand = inversion(p);
    leave(p);
    Expr *e = EXPR_AT_TOK(p, E_UNARY, t);
    e->u.unary.op = UOP_NOT;
    e->u.unary.operand = operand;
    return e;
}

/* conjunction -> inversion {'and' inversion}
 * disjunction -> conjunction {'or' conjunction} */
static Expr *boolop(Parser *p, bool is_and)
{
    Expr *first = is_and ? inversion(p) : boolop(p, true);
    TokKind k = is_and ? T_AND : T_OR;
    if (!check(p, k)) return first;
    Vec values = {0};
    VPUSH(p, values, Expr *, first);
    while (accept(p, k)) VPUSH(p, values, Expr *, is_and ? inversion(p) : boolop(p, true));
    Expr *e = EXPR_AT(p, E_BOOLOP, first);
    e->u.boolop.is_and = is_and;
    e->u.boolop.values = exprs_of(&values);
    return e;
}

static Expr *disjunction(Parser *p) { return boolop(p, false); }

/* lambdef -> 'lambda' [lambda_params] ':' expression */
static Expr *lambdef(Parser *p)
{
    Token t = p->tok;
    next(p);
    Arguments *args = parameters(p, true);
    expect_forced(p, T_COLON);
    enter(p);
    Expr *body = expression(p);
    leave(p);
    Expr *e = EXPR_AT_TOK(p, E_LAMBDA, t);
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}

/* expression -> disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static Expr *expression(Parser *p)
{
    enter(p);
    Expr *e;
    if (check(p, T_LAMBDA)) {
        e = lambdef(p);
    } else {
        e = disjunction(p);
        if (check(p, T_IF)) {
            next(p);
            Expr *test = disjunction(p);
            if (!check(p, T_ELSE)) {
                if (check(p, T_NEWLINE) || check(p, T_RPAR) || check(p, T_RSQB) || check(p, T_RBRACE)
                    || check(p, T_COMMA) || check(p, T_COLON) || check(p, T_SEMI) || check(p, T_END))
                    error_range(p, &e->loc, &test->loc, "expected 'else' after 'if' expression");
                syntax_error(p);
            }
            next(p);
            Expr *orelse = expression(p);
            Expr *c = EXPR_AT(p, E_IFEXP, e);
            c->u.ifexp.test = test;
            c->u.ifexp.body = e;
            c->u.ifexp.orelse = orelse;
            e = c;
        }
    }
    leave(p);
    return e;
}

/* named_expression -> NAME ':=' expression | expression !':=' */
static Expr *named_expression(Parser *p)
{
    if (check(p, T_NAME) && peek(p) == T_COLONEQUAL) {
        Token t = p->tok;
        next(p);
        Expr *target = EXPR_AT_TOK(p, E_NAME, t);
        target->u.name = tok_str(p, &t);
        target->ctx = CTX_STORE;
        next(p);
        Expr *value = expression(p);
        Expr *e = EXPR_AT_TOK(p, E_NAMEDEXPR, t);
        e->u.namedexpr.target = target;
        e->u.namedexpr.value = value;
        return e;
    }
    Expr *e = expression(p);
    if (check(p, T_COLONEQUAL)) error_expr(p, e, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

/* star_named_expression -> '*' bitwise_or | named_expression */
static Expr *star_named_expression(Parser *p)
{
    if (!check(p, T_STAR)) return named_expression(p);
    Token t = p->tok;
    next(p);
    Expr *v = bitwise_or(p);
    Expr *e = EXPR_AT_TOK(p, E_STARRED, t);
    e->u.starred.value = v;
    return e;
}

/* star_expression -> '*' bitwise_or | expression */
static Expr *star_expression(Parser *p)
{
    if (!check(p, T_STAR)) return expression(p);
    Token t = p->tok;
    next(p);
    Expr *v = bitwise_or(p);
    Expr *e = EXPR_AT_TOK(p, E_STARRED, t);
    e->u.starred.value = v;
    return e;
}

/* Whether the current token ends an expression list (after a trailing comma). */
static bool ends_list(Parser *p)
{
    switch (p->tok.kind) {
    case T_NEWLINE: case T_SEMI: case T_EQUAL: case T_COLON: case T_RPAR: case T_RSQB: case T_RBRACE:
    case T_END: case T_IN:
    case T_PLUSEQUAL: case T_MINEQUAL: case T_STAREQUAL: case T_SLASHEQUAL: case T_PERCENTEQUAL:
    case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL: case T_LEFTSHIFTEQUAL:
    case T_RIGHTSHIFTEQUAL: case T_DOUBLESTAREQUAL: case T_DOUBLESLASHEQUAL: case T_ATEQUAL:
        return true;
    default:
        return false;
    }
}

/* star_expressions -> star_expression {',' star_expression} [','] */
static Expr *star_expressions(Parser *p)
{
    Token t0 = p->tok;
    Expr *first = star_expression(p);
    if (!check(p, T_COMMA)) return first;
    Vec items = {0};
    VPUSH(p, items, Expr *, first);
    while (accept(p, T_COMMA)) {
        if (ends_list(p)) break;
        VPUSH(p, items, Expr *, star_expression(p));
    }
    Expr *e = EXPR_AT_TOK(p, E_TUPLE, t0);
    e->u.seq = exprs_of(&items);
    return e;
}

/* yield_expr -> 'yield' 'from' expression | 'yield' [star_expressions] */
static Expr *yield_expr(Parser *p)
{
    Token t = p->tok;
    next(p);
    if (accept(p, T_FROM)) {
        Expr *v = expression(p);
        Expr *e = EXPR_AT_TOK(p, E_YIELD_FROM, t);
        e->u.yield.value = v;
        return e;
    }
    Expr *v = NULL;
    if (!ends_list(p) && !check(p, T_COMMA)) v = star_expressions(p);
    Expr *e = EXPR_AT_TOK(p, E_YIELD, t);
    e->u.yield.value = v;
    return e;
}

/* ----------------------------------------------------------- parameters */

/* parameters -> slash_no_default param_no_default* param_with_default* [star_etc] | ...
 * param -> NAME [':' expression] ['=' expression]
 * star_etc -> '*' (param | ',') {param_maybe_default} [kwds] | kwds
 * kwds -> '**' param
 * lambda_params are the same without annotations; they end at ':' instead of ')'. */
static Arguments *parameters(Parser *p, bool lambda)
{
    Arguments *a = ast_alloc(p->arena, sizeof *a);
    TokKind close = lambda ? T_COLON : T_RPAR;
    Vec args = {0}, defaults = {0}, kwonly = {0}, kwdefs = {0}, names = {0};
    bool seen_slash = false, seen_star = false;
    while (!check(p, close)) {
        Token t0 = p->tok;
        if (check(p, T_SLASH)) {
            if (seen_slash) error_tok(p, "/ may appear only once");
            if (seen_star) error_tok(p, "/ must be ahead of *");
            if (args.n == 0) syntax_error(p);
            next(p);
            seen_slash = true;
            a->nposonly = args.n;
        } else if (check(p, T_STAR) || check(p, T_DOUBLESTAR)) {
            bool dbl = check(p, T_DOUBLESTAR);
            if (!dbl && seen_star) error_tok(p, "* argument may appear only once");
            next(p);
            if (!dbl && !check(p, T_NAME)) {
                /* bare '*': keyword-only arguments must follow */
                if (!check(p, T_COMMA) || (peek(p) == close || p->ahead.kind == T_DOUBLESTAR))
                    error_at(p, t0.line, t0.col, t0.end_col, "named arguments must follow bare *");
                seen_star = true;
            } else {
                Arg *arg = ast_alloc(p->arena, sizeof *arg);
                arg->loc = (AstLoc){p->tok.line, p->tok.col, p->tok.end_line, p->tok.end_col};
                arg->name = expect_name(p);
                if (!lambda && accept(p, T_COLON)) arg->annotation = check(p, T_STAR) ? star_expression(p) : expression(p);
                if (check(p, T_EQUAL))
                    error_tok(p, dbl ? "var-keyword argument cannot have default value"
                                     : "var-positional argument cannot have default value");
                VPUSH(p, names, const char *, arg->name);
                if (dbl) {
                    a->kwarg = arg;
                    if (accept(p, T_COMMA) && !check(p, close)) {
                        if (check(p, T_NAME) || check(p, T_STAR) || check(p, T_DOUBLESTAR))
                            error_tok(p, "arguments cannot follow var-keyword argument");
                        syntax_error(p);
                    }
                    if (!check(p, close)) syntax_error(p);
                    break;
                }
                a->vararg = arg;
                seen_star = true;
            }
        } else if (check(p, T_NAME)) {
            Arg arg = {0};
            arg.loc = (AstLoc){t0.line, t0.col, t0.end_line, t0.end_col};
            arg.name = expect_name(p);
            if (!lambda && accept(p, T_COLON)) arg.annotation = expression(p);
            Expr *def = NULL;
            if (accept(p, T_EQUAL)) def = expression(p);
            VPUSH(p, names, const char *, arg.name);
            if (seen_star) {
                VPUSH(p, kwonly, Arg, arg);
                VPUSH(p, kwdefs, Expr *, def);
            } else {
                if (def) VPUSH(p, defaults, Expr *, def);
                else if (defaults.n)
                    error_at(p, t0.line, t0.col, t0.end_col, "non-default argument follows default argument");
                VPUSH(p, args, Arg, arg);
            }
        } else {
            syntax_error(p);
        }
        if (!accept(p, T_COMMA)) {
            if (!check(p, close)) syntax_error(p);
            break;
        }
    }
    /* Duplicates: CPython's symtable reports them. */
    const char **nm = names.items;
    for (int i = 1; i < names.n; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(nm[i], nm[j]) == 0) {
                const Arg *dup = NULL;
                for (int k = 0; k < args.n && !dup; k++)
                    if (((Arg *)args.items)[k].name == nm[i]) dup = &((Arg *)args.items)[k];
                for (int k = 0; k < kwonly.n && !dup; k++)
                    if (((Arg *)kwonly.items)[k].name == nm[i]) dup = &((Arg *)kwonly.items)[k];
                if (!dup && a->vararg && a->vararg->name == nm[i]) dup = a->vararg;
                if (!dup && a->kwarg && a->kwarg->name == nm[i]) dup = a->kwarg;
                error_at(p, dup->loc.line, dup->loc.col, dup->loc.end_col,
                         "duplicate argument '%s' in function definition", nm[i]);
            }
    a->nargs = args.n;
    a->args = args.items;
    a->ndefaults = defaults.n;
    a->defaults = defaults.items;
    a->nkwonly = kwonly.n;
    a->kwonly = kwonly.items;
    a->kw_defaults = kwdefs.items;
    return a;
}

/* ------------------------------------------------------------ statements */

static Stmt *statement(Parser *p, Vec *out);
static StmtList block(Parser *p, const char *what, int line);
static void simple_stmts(Parser *p, Vec *out);

static const char *augassign_op(TokKind k, BinaryOp *op)
{
    switch (k) {
    case T_PLUSEQUAL: *op = OP_ADD; return "+=";
    case T_MINEQUAL: *op = OP_SUB; return "-=";
    case T_STAREQUAL: *op = OP_MUL; return "*=";
    case T_ATEQUAL: *op = OP_MATMUL; return "@=";
    case T_SLASHEQUAL: *op = OP_TRUEDIV; return "/=";
    case T_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return "//=";
    case T_PERCENTEQUAL: *op = OP_MOD; return "%=";
    case T_DOUBLESTAREQUAL: *op = OP_POW; return "**=";
    case T_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return "<<=";
    case T_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return ">>=";
    case T_AMPEREQUAL: *op = OP_BITAND; return "&=";
    case T_VBAREQUAL: *op = OP_BITOR; return "|=";
    case T_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return "^=";
    default: return NULL;
    }
}

/* annotated_rhs -> yield_expr | star_expressions */
static Expr *rhs(Parser *p)
{
    Expr *e = check(p, T_YIELD) ? yield_expr(p) : star_expressions(p);
    if (e->kind == E_STARRED) error_expr(p, e, "can't use starred expression here");
    return e;
}

/* assignment -> NAME ':' expression ['=' annotated_rhs]
 *   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *   | (star_targets '=')+ (yield_expr | star_expressions) !'='
 *   | single_target augassign (yield_expr | star_expressions)
 * star_expressions (an expression statement) otherwise. */
static Stmt *expr_stmt(Parser *p)
{
    Token t0 = p->tok;
    Expr *e = check(p, T_YIELD) ? yield_expr(p) : star_expressions(p);
    BinaryOp op;

    if (check(p, T_COLON)) {
        if (e->kind == E_TUPLE || e->kind == E_LIST)
            error_expr(p, e->u.seq.n ? e->u.seq.items[0] : e, "only single target (not %s) can be annotated",
                       e->kind == E_TUPLE ? "tuple" : "list");
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            error_expr(p, e, "illegal target for annotation");
        next(p);
        Stmt *s = new_stmt(p, S_ANNASSIGN, &t0);
        set_ctx(e, CTX_STORE);
        s->u.annassign.target = e;
        s->u.annassign.simple = e->kind == E_NAME && t0.kind == T_NAME;
        s->u.annassign.annotation = expression(p);
        if (accept(p, T_EQUAL)) s->u.annassign.value = rhs(p);
        return finish_stmt(p, s);
    }
    if (augassign_op(p->tok.kind, &op)) {
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            error_expr(p, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        next(p);
        Stmt *s = new_stmt(p, S_AUGASSIGN, &t0);
        set_ctx(e, CTX_STORE);
        s->u.augassign.target = e;
        s->u.augassign.op = op;
        s->u.augassign.value = check(p, T_YIELD) ? yield_expr(p) : star_expressions(p);
        return finish_stmt(p, s);
    }
    if (check(p, T_EQUAL)) {
        Vec targets = {0};
        VPUSH(p, targets, Expr *, e);
        Expr *value = NULL;
        while (accept(p, T_EQUAL)) {
            value = check(p, T_YIELD) ? yield_expr(p) : star_expressions(p);
            if (check(p, T_EQUAL)) VPUSH(p, targets, Expr *, value);
        }
        Expr **ts = targets.items;
        for (int i = 0; i < targets.n; i++) {
            if (ts[i]->kind == E_YIELD || ts[i]->kind == E_YIELD_FROM)
                if (i > 0 || t0.kind == T_YIELD) error_expr(p, ts[i], "assignment to yield expression not possible");
            store_target(p, ts[i], TGT_STAR, targets.n == 1);
        }
        if (value->kind == E_STARRED) error_expr(p, value, "can't use starred expression here");
        Stmt *s = new_stmt(p, S_ASSIGN, &t0);
        s->u.assign.targets = exprs_of(&targets);
        s->u.assign.value = value;
        return finish_stmt(p, s);
    }
    /* `print x`: CPython's legacy-statement hint. */
    if (e->kind == E_NAME && (strcmp(e->u.name, "print") == 0 || strcmp(e->u.name, "exec") == 0)
        && starts_expr(p->tok.kind)) {
        Expr *arg = star_expressions(p);
        error_range(p, &e->loc, &arg->loc, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                    e->u.name, e->u.name);
    }
    if (e->kind == E_STARRED) error_expr(p, e, "can't use starred expression here");
    Stmt *s = new_stmt(p, S_EXPR, &t0);
    s->u.expr = e;
    return finish_stmt(p, s);
}

/* del_stmt -> 'del' del_targets &(';' | NEWLINE) */
static Stmt *del_stmt(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    Vec targets = {0};
    do {
        if (check(p, T_NEWLINE) || check(p, T_SEMI)) {
            if (targets.n) break;
            syntax_error(p);
        }
        Expr *e = expression(p);
        store_target(p, e, TGT_DEL, false);
        VPUSH(p, targets, Expr *, e);
    } while (accept(p, T_COMMA));
    if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) syntax_error(p);
    Stmt *s = new_stmt(p, S_DEL, &t0);
    s->u.del.targets = exprs_of(&targets);
    return finish_stmt(p, s);
}

/* dotted_name -> NAME {'.' NAME} */
static const char *dotted_name(Parser *p)
{
    if (!check(p, T_NAME)) syntax_error(p);
    size_t total = 0;
    char buf[256];
    char *out = buf;
    for (;;) {
        Token t = p->tok;
        next(p);
        if (total + t.len + 1 >= sizeof buf && out == buf) {
            out = ast_alloc(p->arena, total + t.len + 4096);
            memcpy(out, buf, total);
        }
        memcpy(out + total, t.start, t.len);
        total += t.len;
        if (!check(p, T_DOT)) break;
        next(p);
        if (!check(p, T_NAME)) syntax_error(p);
        out[total++] = '.';
    }
    return ast_strdup(p->arena, out, total);
}

/* import_name -> 'import' dotted_as_names
 * dotted_as_name -> dotted_name ['as' NAME] */
static Stmt *import_name(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    Vec names = {0};
    do {
        Alias a = {0};
        a.loc = (AstLoc){p->tok.line, p->tok.col, 0, 0};
        a.name = dotted_name(p);
        if (accept(p, T_AS)) a.asname = expect_name(p);
        a.loc.end_line = p->prev.end_line;
        a.loc.end_col = p->prev.end_col;
        VPUSH(p, names, Alias, a);
    } while (accept(p, T_COMMA));
    Stmt *s = new_stmt(p, S_IMPORT, &t0);
    s->u.import.n = names.n;
    s->u.import.names = names.items;
    return finish_stmt(p, s);
}

/* import_from -> 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *              | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets -> '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' */
static Stmt *import_from(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) level++;
        else if (accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (level == 0 || check(p, T_NAME)) module = dotted_name(p);
    if (!check(p, T_IMPORT)) syntax_error(p);
    next(p);
    Vec names = {0};
    if (check(p, T_STAR)) {
        Alias a = {"*", NULL, {p->tok.line, p->tok.col, p->tok.end_line, p->tok.end_col}};
        next(p);
        VPUSH(p, names, Alias, a);
    } else {
        bool paren = accept(p, T_LPAR);
        for (;;) {
            Alias a = {0};
            a.loc = (AstLoc){p->tok.line, p->tok.col, 0, 0};
            a.name = expect_name(p);
            if (accept(p, T_AS)) a.asname = expect_name(p);
            a.loc.end_line = p->prev.end_line;
            a.loc.end_col = p->prev.end_col;
            VPUSH(p, names, Alias, a);
            if (!accept(p, T_COMMA)) break;
            if (paren && check(p, T_RPAR)) break;
            if (!paren && (check(p, T_NEWLINE) || check(p, T_SEMI)))
                error_tok(p, "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(p, T_RPAR);
    }
    Stmt *s = new_stmt(p, S_IMPORTFROM, &t0);
    s->u.importfrom.module = module;
    s->u.importfrom.level = level;
    s->u.importfrom.n = names.n;
    s->u.importfrom.names = names.items;
    return finish_stmt(p, s);
}

/* simple_stmt -> assignment | star_expressions | return_stmt | import_stmt | raise_stmt
 *   | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt */
static Stmt *simple_stmt(Parser *p)
{
    Token t0 = p->tok;
    Stmt *s;
    switch (t0.kind) {
    case T_PASS: next(p); return finish_stmt(p, new_stmt(p, S_PASS, &t0));
    case T_BREAK: next(p); return finish_stmt(p, new_stmt(p, S_BREAK, &t0));
    case T_CONTINUE: next(p); return finish_stmt(p, new_stmt(p, S_CONTINUE, &t0));
    case T_RETURN:
        /* return_stmt -> 'return' [star_expressions] */
        next(p);
        s = new_stmt(p, S_RETURN, &t0);
        if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) s->u.ret.value = star_expressions(p);
        return finish_stmt(p, s);
    case T_RAISE:
        /* raise_stmt -> 'raise' expression ['from' expression] | 'raise' */
        next(p);
        s = new_stmt(p, S_RAISE, &t0);
        if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) {
            s->u.raise.exc = expression(p);
            if (accept(p, T_FROM)) s->u.raise.cause = expression(p);
        }
        return finish_stmt(p, s);
    case T_GLOBAL: case T_NONLOCAL: {
        /* global_stmt -> 'global' ','.NAME+ */
        next(p);
        s = new_stmt(p, t0.kind == T_GLOBAL ? S_GLOBAL : S_NONLOCAL, &t0);
        Vec names = {0};
        do VPUSH(p, names, const char *, expect_name(p));
        while (accept(p, T_COMMA));
        s->u.names.n = names.n;
        s->u.names.names = names.items;
        return finish_stmt(p, s);
    }
    case T_ASSERT:
        /* assert_stmt -> 'assert' expression [',' expression] */
        next(p);
        s = new_stmt(p, S_ASSERT, &t0);
        s->u.assert_.test = expression(p);
        if (accept(p, T_COMMA)) s->u.assert_.msg = expression(p);
        return finish_stmt(p, s);
    case T_DEL: return del_stmt(p);
    case T_IMPORT: return import_name(p);
    case T_FROM: return import_from(p);
    default:
        return expr_stmt(p);
    }
}

/* simple_stmts -> simple_stmt {';' simple_stmt} [';'] NEWLINE */
static void simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        VPUSH(p, *out, Stmt *, simple_stmt(p));
        if (!accept(p, T_SEMI)) break;
        if (check(p, T_NEWLINE)) break;
    }
    if (!check(p, T_NEWLINE)) syntax_error(p);
    next(p);
}

/* block -> NEWLINE INDENT statements DEDENT | simple_stmts */
static StmtList block(Parser *p, const char *what, int line)
{
    Vec body = {0};
    if (!check(p, T_NEWLINE)) {
        simple_stmts(p, &body);
        return stmts_of(&body);
    }
    next(p);
    if (!check(p, T_INDENT)) {
        p->err_at_eof = check(p, T_END) || (check(p, T_DEDENT) && p->lx.cur >= p->lx.end);
        Token *t = p->err_at_eof ? &p->prev : &p->tok;
        indentation_error(p, t->line, t->col, "expected an indented block after %s on line %d", what, line);
    }
    next(p);
    while (!check(p, T_DEDENT) && !check(p, T_END)) statement(p, &body);
    next(p);
    return stmts_of(&body);
}

/* `if x = 1:` gets CPython's invalid_named_expression hints. */
static void check_test_assign(Parser *p, Expr *test)
{
    if (!check(p, T_EQUAL)) return;
    next(p);
    if (test->kind == E_NAME) {
        Expr *v = bitwise_or(p);
        error_range(p, &test->loc, &v->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (test->kind != E_COMPARE && test->kind != E_BOOLOP && test->kind != E_IFEXP && test->kind != E_LAMBDA
        && test->kind != E_NAMEDEXPR && !(test->kind == E_UNARY && test->u.unary.op == UOP_NOT))
        error_expr(p, test, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(test));
    syntax_error(p);
}

/* if_stmt -> 'if' named_expression ':' block (elif_stmt | [else_block])
 * elif_stmt -> 'elif' named_expression ':' block (elif_stmt | [else_block])
 * else_block -> 'else' &&':' block */
static Stmt *if_stmt(Parser *p)
{
    Token t0 = p->tok;
    bool elif = check(p, T_ELIF);
    next(p);
    Stmt *s = new_stmt(p, S_IF, &t0);
    s->u.if_.test = named_expression(p);
    check_test_assign(p, s->u.if_.test);
    expect_colon(p);
    s->u.if_.body = block(p, elif ? "'elif' statement" : "'if' statement", t0.line);
    if (check(p, T_ELIF)) {
        Vec orelse = {0};
        VPUSH(p, orelse, Stmt *, if_stmt(p));
        s->u.if_.orelse = stmts_of(&orelse);
    } else if (check(p, T_ELSE)) {
        Token e = p->tok;
        next(p);
        expect_forced(p, T_COLON);
        s->u.if_.orelse = block(p, "'else' statement", e.line);
    }
    return finish_stmt(p, s);
}

static StmtList else_block(Parser *p)
{
    StmtList none = {0};
    if (!check(p, T_ELSE)) return none;
    Token e = p->tok;
    next(p);
    expect_forced(p, T_COLON);
    return block(p, "'else' statement", e.line);
}

/* while_stmt -> 'while' named_expression ':' block [else_block] */
static Stmt *while_stmt(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_WHILE, &t0);
    s->u.while_.test = named_expression(p);
    check_test_assign(p, s->u.while_.test);
    expect_colon(p);
    s->u.while_.body = block(p, "'while' statement", t0.line);
    s->u.while_.orelse = else_block(p);
    return finish_stmt(p, s);
}

/* star_targets -> star_target {',' star_target} [','], stopping before 'in' */
static Expr *star_targets(Parser *p, TokKind stop)
{
    Token t0 = p->tok;
    Vec items = {0};
    bool comma = false;
    for (;;) {
        Expr *t;
        if (check(p, T_STAR)) {
            Token st = p->tok;
            next(p);
            Expr *v = bitwise_or(p);
            t = EXPR_AT_TOK(p, E_STARRED, st);
            t->u.starred.value = v;
        } else {
            t = bitwise_or(p);
        }
        VPUSH(p, items, Expr *, t);
        if (!accept(p, T_COMMA)) break;
        comma = true;
        if (check(p, stop)) break;
    }
    if (!comma) return ((Expr **)items.items)[0];
    Expr *e = EXPR_AT_TOK(p, E_TUPLE, t0);
    e->u.seq = exprs_of(&items);
    return e;
}

/* for_stmt -> 'for' star_targets 'in' star_expressions &&':' block [else_block] */
static Stmt *for_stmt(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_FOR, &t0);
    s->u.for_.target = star_targets(p, T_IN);
    store_target(p, s->u.for_.target, TGT_FOR, false);
    if (!check(p, T_IN)) syntax_error(p);
    next(p);
    s->u.for_.iter = star_expressions(p);
    expect_forced(p, T_COLON);
    s->u.for_.body = block(p, "'for' statement", t0.line);
    s->u.for_.orelse = else_block(p);
    return finish_stmt(p, s);
}

/* with_item -> expression 'as' star_target &(',' | ')' | ':') | expression */
static WithItem with_item(Parser *p)
{
    WithItem w = {0};
    w.context = expression(p);
    if (accept(p, T_AS)) {
        Token t0 = p->tok;
        Expr *t;
        if (check(p, T_STAR)) {
            next(p);
            Expr *v = bitwise_or(p);
            t = EXPR_AT_TOK(p, E_STARRED, t0);
            t->u.starred.value = v;
        } else {
            t = bitwise_or(p);
        }
        if (!check(p, T_COMMA) && !check(p, T_RPAR) && !check(p, T_COLON)) syntax_error(p);
        store_target(p, t, TGT_STAR, false);
        w.target = t;
    }
    return w;
}

/* Whether '(' starts parenthesised with-items: its ')' is followed by ':'. */
static bool with_parenthesised(Parser *p)
{
    if (peek(p) == T_YIELD) return false;
    Scan *s = ast_alloc(p->arena, sizeof *s);
    scan_init(p, s);
    Token t;
    int depth = 0;
    for (;;) {
        TokKind k = scan_next(s, &t);
        if (k == T_ERROR || k == T_END || k == T_NEWLINE) return false;
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) depth++;
        else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
            if (--depth == 0) return scan_next(s, &t) == T_COLON;
        }
    }
}

/* with_stmt -> 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
static Stmt *with_stmt(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_WITH, &t0);
    Vec items = {0};
    if (check(p, T_LPAR) && with_parenthesised(p)) {
        next(p);
        do {
            if (check(p, T_RPAR)) break;
            VPUSH(p, items, WithItem, with_item(p));
        } while (accept(p, T_COMMA));
        expect(p, T_RPAR);
    } else {
        do VPUSH(p, items, WithItem, with_item(p));
        while (accept(p, T_COMMA));
    }
    expect_colon(p);
    s->u.with.nitems = items.n;
    s->u.with.items = items.items;
    s->u.with.body = block(p, "'with' statement", t0.line);
    return finish_stmt(p, s);
}

/* try_stmt -> 'try' &&':' block finally_block
 *           | 'try' &&':' block except_block+ [else_block] [finally_block]
 * except_block -> 'except' expression ['as' NAME] ':' block | 'except' ':' block
 * finally_block -> 'finally' &&':' block */
static Stmt *try_stmt(Parser *p)
{
    Token t0 = p->tok;
    next(p);
    expect_forced(p, T_COLON);
    Stmt *s = new_stmt(p, S_TRY, &t0);
    s->u.try_.body = block(p, "'try' statement", t0.line);
    Vec handlers = {0};
    int bare = -1;
    while (check(p, T_EXCEPT)) {
        Token et = p->tok;
        if (bare >= 0) {
            const ExceptHandler *b = &((ExceptHandler *)handlers.items)[bare];
            error_at(p, b->loc.line, b->loc.col, b->loc.col + 6, "default 'except:' must be last");
        }
        next(p);
        ExceptHandler h = {0};
        h.loc = (AstLoc){et.line, et.col, et.end_line, et.end_col};
        if (accept(p, T_STAR)) s->u.try_.star = 1;
        if (!check(p, T_COLON)) {
            h.type = expression(p);
            if (check(p, T_COMMA)) {
                next(p);
                Expr *more = expression(p);
                error_range(p, &h.type->loc, &more->loc, "multiple exception types must be parenthesized");
            }
            if (accept(p, T_AS)) h.name = expect_name(p);
        } else if (s->u.try_.star) {
            error_tok(p, "expected one or more exception types");
        }
        expect_colon(p);
        h.body = block(p, "'except' statement", et.line);
        VPUSH(p, handlers, ExceptHandler, h);
        if (!h.type) bare = handlers.n - 1;
    }
    s->u.try_.nhandlers = handlers.n;
    s->u.try_.handlers = handlers.items;
    if (handlers.n) s->u.try_.orelse = else_block(p);
    if (check(p, T_FINALLY)) {
        Token f = p->tok;
        next(p);
        expect_forced(p, T_COLON);
        s->u.try_.finalbody = block(p, "'finally' statement", f.line);
    } else if (!handlers.n) {
        error_tok(p, "expected 'except' or 'finally' block");
    }
    return finish_stmt(p, s);
}

/* function_def -> decorators? 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
static Stmt *funcdef(Parser *p, ExprList decorators, const Token *start)
{
    Token t0 = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_FUNCDEF, start ? start : &t0);
    s->u.funcdef.name = expect_name(p);
    s->u.funcdef.decorators = decorators;
    s->u.funcdef.def_line = t0.line;
    expect_forced(p, T_LPAR);
    s->u.funcdef.args = parameters(p, false);
    expect(p, T_RPAR);
    if (accept(p, T_RARROW)) s->u.funcdef.returns = expression(p);
    expect_forced(p, T_COLON);
    s->u.funcdef.body = block(p, "function definition", t0.line);
    return finish_stmt(p, s);
}

/* class_def -> decorators? 'class' NAME ['(' [arguments] ')'] &&':' block */
static Stmt *classdef(Parser *p, ExprList decorators, const Token *start)
{
    Token t0 = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_CLASSDEF, start ? start : &t0);
    s->u.classdef.name = expect_name(p);
    s->u.classdef.decorators = decorators;
    s->u.classdef.def_line = t0.line;
    if (check(p, T_LPAR))
        call_args(p, &s->u.classdef.bases, &s->u.classdef.nkeywords, &s->u.classdef.keywords, true);
    expect_forced(p, T_COLON);
    s->u.classdef.body = block(p, "class definition", t0.line);
    return finish_stmt(p, s);
}

/* async_stmt -> 'async' (function_def | for_stmt | with_stmt): parsed in
 * full, kept only as S_ASYNC for the compiler to report. */
static Stmt *async_stmt(Parser *p, ExprList decorators, const Token *start)
{
    Token t0 = p->tok;
    next(p);
    const char *what;
    switch (p->tok.kind) {
    case T_DEF: funcdef(p, decorators, start); what = "async def"; break;
    case T_FOR: for_stmt(p); what = "async for"; break;
    case T_WITH: with_stmt(p); what = "async with"; break;
    default: syntax_error(p);
    }
    Stmt *s = new_stmt(p, S_ASYNC, start ? start : &t0);
    s->u.unsupported.what = what;
    return finish_stmt(p, s);
}

/* decorators -> ('@' named_expression NEWLINE)+ (function_def | class_def) */
static Stmt *decorated(Parser *p)
{
    Token t0 = p->tok;
    Vec decs = {0};
    while (accept(p, T_AT)) {
        VPUSH(p, decs, Expr *, named_expression(p));
        if (!check(p, T_NEWLINE)) syntax_error(p);
        next(p);
    }
    ExprList d = exprs_of(&decs);
    if (check(p, T_DEF)) return funcdef(p, d, &t0);
    if (check(p, T_CLASS)) return classdef(p, d, &t0);
    if (check(p, T_ASYNC)) return async_stmt(p, d, &t0);
    syntax_error(p);
}

/* match_stmt -> "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 * Only recognised, not parsed: the statement becomes S_MATCH. */
static bool is_match_stmt(Parser *p)
{
    if (!tok_is_name(&p->tok, "match")) return false;
    TokKind k = peek(p);
    if (k == T_EQUAL || k == T_DOT || k == T_COLON || k == T_NEWLINE || k == T_COMMA || k == T_SEMI
        || k == T_END || augassign_op(k, &(BinaryOp){0}))
        return false;
    Scan *s = ast_alloc(p->arena, sizeof *s);
    scan_init(p, s);
    Token t, last = {0};
    for (;;) {
        TokKind tk = scan_next(s, &t);
        if (tk == T_ERROR || tk == T_END) return false;
        if (tk == T_NEWLINE) break;
        last = t;
    }
    if (last.kind != T_COLON) return false;
    if (scan_next(s, &t) != T_INDENT) return false;
    scan_next(s, &t);
    return tok_is_name(&t, "case");
}

static Stmt *match_stmt(Parser *p)
{
    Token t0 = p->tok;
    while (!check(p, T_NEWLINE)) next(p);
    next(p);
    int depth = 0;
    do {
        if (check(p, T_INDENT)) depth++;
        else if (check(p, T_DEDENT)) depth--;
        else if (check(p, T_END)) break;
        next(p);
    } while (depth > 0);
    Stmt *s = new_stmt(p, S_MATCH, &t0);
    s->u.unsupported.what = "match statement";
    return finish_stmt(p, s);
}

/* statement -> compound_stmt | simple_stmts
 * compound_stmt -> function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt | match_stmt */
static Stmt *statement(Parser *p, Vec *out)
{
    Stmt *s;
    ExprList none = {0};
    switch (p->tok.kind) {
    case T_IF: s = if_stmt(p); break;
    case T_WHILE: s = while_stmt(p); break;
    case T_FOR: s = for_stmt(p); break;
    case T_TRY: s = try_stmt(p); break;
    case T_WITH: s = with_stmt(p); break;
    case T_DEF: s = funcdef(p, none, NULL); break;
    case T_CLASS: s = classdef(p, none, NULL); break;
    case T_AT: s = decorated(p); break;
    case T_ASYNC: s = async_stmt(p, none, NULL); break;
    case T_INDENT:
        indentation_error(p, p->tok.line, p->tok.col - 1, "unexpected indent");
    case T_DEDENT:
        indentation_error(p, p->tok.line, p->tok.col, "unexpected unindent");
    case T_NAME:
        if (is_match_stmt(p)) {
            s = match_stmt(p);
            break;
        }
        /* fallthrough */
    default:
        simple_stmts(p, out);
        return NULL;
    }
    VPUSH(p, *out, Stmt *, s);
    return s;
}

/* ------------------------------------------------------------ top level */

static bool has_nul(const char *src, size_t len, int *line)
{
    const char *z = memchr(src, '\0', len);
    if (!z) return false;
    *line = 1;
    for (const char *q = src; q < z; q++) *line += *q == '\n';
    return true;
}

/* Invalid UTF-8 anywhere (even in comments) is an error, as for CPython's file reader. */
static bool bad_utf8(const char *src, size_t len, ParseError *err)
{
    const char *s = src, *end = src + len, *line_start = src;
    int line = 1;
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x80) {
            if (c == '\n') {
                line++;
                line_start = s + 1;
            }
            s++;
            continue;
        }
        unsigned cp;
        int n = lex_utf8_decode(s, end, &cp);
        if (n == 0) {
            err->kind = "SyntaxError";
            bool start = c < 0xC2 || c > 0xF4;
            snprintf(err->msg, sizeof err->msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c,
                     (int)(s - line_start), start ? "invalid start byte" : "invalid continuation byte");
            err->line = line;
            err->col = lex_count_cp(line_start, (size_t)(s - line_start));
            err->end_col = err->col + 1;
            return true;
        }
        s += n;
    }
    return false;
}

static Module *parse_inner(Parser *p, const char *src, size_t len, ParseMode mode)
{
    Module *m = ast_alloc(p->arena, sizeof *m);
    Vec body = {0};
    if (mode == PARSE_EVAL) {
        /* eval() ignores leading blanks */
        while (len && (*src == ' ' || *src == '\t')) src++, len--;
    }
    lex_init(&p->lx, src, len);
    p->mode = mode;
    next(p);
    if (mode == PARSE_EVAL) {
        /* eval -> expressions NEWLINE* ENDMARKER */
        Token t0 = p->tok;
        Expr *e = star_expressions(p);
        if (e->kind == E_STARRED) error_expr(p, e, "can't use starred expression here");
        while (accept(p, T_NEWLINE)) {}
        if (!check(p, T_END)) syntax_error(p);
        Stmt *s = new_stmt(p, S_EXPR, &t0);
        s->u.expr = e;
        finish_stmt(p, s);
        VPUSH(p, body, Stmt *, s);
    } else if (mode == PARSE_SINGLE) {
        /* interactive -> statement_newline */
        while (accept(p, T_NEWLINE)) {}
        if (!check(p, T_END)) {
            statement(p, &body);
            while (accept(p, T_NEWLINE)) {}
            if (!check(p, T_END))
                error_tok(p, "multiple statements found while compiling a single statement");
        }
    } else {
        /* file -> [statements] ENDMARKER */
        while (!check(p, T_END)) {
            if (accept(p, T_NEWLINE)) continue;
            statement(p, &body);
        }
    }
    m->body = stmts_of(&body);
    return m;
}

static Module *parse_run(AstArena *arena, const char *src, size_t len, ParseMode mode,
                         uintptr_t stack_limit, ParseError *err, bool *at_eof)
{
    memset(err, 0, sizeof *err);
    *at_eof = false;
    int nul_line;
    if (has_nul(src, len, &nul_line)) {
        err->kind = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
        err->line = nul_line;
        err->col = 0;
        err->end_col = 1;
        return NULL;
    }
    if (bad_utf8(src, len, err)) return NULL;
    /* The parser state is big (the lexer's stacks): keep it off the C stack. */
    Parser *p = calloc(1, sizeof *p);
    if (!p) {
        fputs("gilsim: out of memory\n", stderr);
        abort();
    }
    jmp_buf jb;
    p->arena = arena;
    p->err = err;
    p->jb = &jb;
    p->stack_limit = stack_limit;
    Module *m = NULL;
    if (setjmp(jb) == 0) {
        m = parse_inner(p, src, len, mode);
    } else {
        m = NULL;
        *at_eof = p->err_at_eof;
    }
    free(p);
    return m;
}

Module *parse_source(AstArena *arena, const char *src, size_t len, ParseMode mode, uintptr_t stack_limit,
                     ParseError *err)
{
    bool at_eof;
    return parse_run(arena, src, len, mode, stack_limit, err, &at_eof);
}

bool parse_is_incomplete(const char *src, size_t len)
{
    AstArena *arena = ast_arena_new();
    ParseError err;
    bool at_eof;
    Module *m = parse_run(arena, src, len, PARSE_SINGLE, 0, &err, &at_eof);
    bool incomplete;
    if (!m) {
        incomplete = at_eof;
    } else {
        /* A compound statement goes on until a blank line, as in CPython's REPL. */
        bool compound = false;
        if (m->body.n == 1) {
            StmtKind k = m->body.items[0]->kind;
            compound = k == S_IF || k == S_WHILE || k == S_FOR || k == S_TRY || k == S_WITH || k == S_FUNCDEF
                       || k == S_CLASSDEF || k == S_ASYNC || k == S_MATCH;
        }
        size_t n = len;
        while (n && (src[n - 1] == ' ' || src[n - 1] == '\t')) n--;
        bool blank_end = n >= 2 && src[n - 1] == '\n' && src[n - 2] == '\n';
        if (!blank_end && n >= 1 && src[n - 1] == '\n') {
            /* the last line holds only blanks */
            size_t i = n - 1;
            while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t')) i--;
            blank_end = i > 0 && src[i - 1] == '\n';
        }
        incomplete = compound && !blank_end;
    }
    ast_arena_free(arena);
    return incomplete;
}
