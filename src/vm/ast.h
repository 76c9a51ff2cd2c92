/* ast.h — the abstract syntax tree: what the parser builds and the compiler reads.
 *
 * Nodes live in an arena (AstArena) owned by whoever parsed; the compiler reads
 * the tree and the arena is freed in one go afterwards. Nothing here knows
 * about runtime objects: literals are kept as C data (digit strings, doubles,
 * UTF-8 bytes) and turned into values by the compiler.
 *
 * Locations: `line` is 1-based, `col` is the 0-based offset in code points
 * from the start of the line (what a caret under the source needs);
 * end_line/end_col point just past the node.
 */
#ifndef GILSIM_AST_H
#define GILSIM_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct AstArena AstArena;

AstArena *ast_arena_new(void);
void *ast_alloc(AstArena *a, size_t size);     /* zeroed; aborts on OOM */
char *ast_strdup(AstArena *a, const char *s, size_t n);   /* NUL-terminated copy */
void ast_arena_free(AstArena *a);

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprList { int n; Expr **items; } ExprList;
typedef struct StmtList { int n; Stmt **items; } StmtList;

typedef struct AstLoc { int line, col, end_line, end_col; } AstLoc;

typedef enum BinaryOp {           /* order shared with the VM's binary-op slots */
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR,
    OP__BINARY_COUNT
} BinaryOp;

typedef enum UnaryOp { UOP_NEG, UOP_POS, UOP_INVERT, UOP_NOT } UnaryOp;

typedef enum CmpOp {              /* the first six match the rich-compare order */
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpOp;

typedef enum ExprKind {
    E_NAME,        /* name */
    E_INT,         /* int_lit */
    E_FLOAT,       /* float_lit */
    E_IMAG,        /* float_lit holds the imaginary part: complex is outside the subset, the compiler reports it */
    E_STR,         /* str_lit */
    E_BYTES,       /* str_lit holds the bytes; outside the subset, the compiler reports it */
    E_NONE, E_TRUE, E_FALSE, E_ELLIPSIS,
    E_FSTRING,     /* fstring: parts are E_STR and E_FORMATTED */
    E_FORMATTED,   /* formatted: one {expr!conv:spec} of an f-string */
    E_BINOP,       /* binop */
    E_UNARY,       /* unary */
    E_BOOLOP,      /* boolop: and/or over two or more operands */
    E_COMPARE,     /* compare: left op1 c1 op2 c2 ... */
    E_CALL,        /* call */
    E_ATTR,        /* attr: value.name */
    E_SUBSCRIPT,   /* subscript: value[index] */
    E_SLICE,       /* slice: lower:upper:step, each may be NULL (only inside a subscript) */
    E_TUPLE, E_LIST, E_SET,   /* seq (elements may be E_STARRED) */
    E_DICT,        /* dict: keys[i] NULL means **values[i] */
    E_LISTCOMP, E_SETCOMP, E_GENEXP, E_DICTCOMP,   /* comp */
    E_LAMBDA,      /* lambda */
    E_IFEXP,       /* ifexp: body if test else orelse */
    E_STARRED,     /* starred: *value (in calls, displays, assignment targets) */
    E_NAMEDEXPR,   /* namedexpr: target := value */
    E_YIELD, E_YIELD_FROM, E_AWAIT   /* outside the subset: compiler reports them */
} ExprKind;

typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

typedef struct Keyword { const char *name; /* NULL for **value */ Expr *value; AstLoc loc; } Keyword;

typedef struct Arg { const char *name; Expr *annotation; AstLoc loc; } Arg;

/* parameters -> [posonly '/'] args ['*' [vararg]] kwonly ['**' kwarg]
 * defaults belong to the last ndefaults of posonly+args; kw_defaults[i] may be NULL. */
typedef struct Arguments {
    int nposonly;          /* the first nposonly of args are positional-only */
    int nargs; Arg *args;
    int ndefaults; Expr **defaults;
    Arg *vararg;           /* NULL if none */
    int nkwonly; Arg *kwonly; Expr **kw_defaults;
    Arg *kwarg;            /* NULL if none */
} Arguments;

typedef struct Comprehension {    /* for target in iter if ifs... */
    Expr *target, *iter;
    ExprList ifs;
} Comprehension;

struct Expr {
    ExprKind kind;
    ExprCtx ctx;          /* for E_NAME, E_ATTR, E_SUBSCRIPT, E_TUPLE, E_LIST, E_STARRED */
    AstLoc loc;
    union {
        const char *name;                              /* E_NAME */
        struct { const char *digits; int base; } int_lit;  /* E_INT: digits without prefix or underscores */
        double float_lit;                              /* E_FLOAT, E_IMAG */
        struct { const char *data; size_t len; } str_lit;  /* E_STR, E_BYTES: decoded, adjacent literals joined */
        ExprList fstring;                              /* E_FSTRING */
        struct {
            Expr *value;
            int conversion;          /* 0, 's', 'r' or 'a' */
            Expr *format_spec;       /* NULL or an E_FSTRING */
            const char *debug_text;  /* for f'{x=}': the text "x=" to emit first, else NULL */
        } formatted;
        struct { BinaryOp op; Expr *left, *right; } binop;
        struct { UnaryOp op; Expr *operand; } unary;
        struct { int is_and; ExprList values; } boolop;
        struct { Expr *left; int n; CmpOp *ops; Expr **comparators; } compare;
        struct { Expr *func; ExprList args; int nkeywords; Keyword *keywords; } call;
        struct { Expr *value; const char *name; } attr;
        struct { Expr *value, *index; } subscript;
        struct { Expr *lower, *upper, *step; } slice;
        ExprList seq;                                  /* E_TUPLE, E_LIST, E_SET */
        struct { ExprList keys, values; } dict;
        struct {
            Expr *elt;             /* E_LISTCOMP, E_SETCOMP, E_GENEXP; the key for E_DICTCOMP */
            Expr *value;           /* E_DICTCOMP only */
            int ngens; Comprehension *gens;
        } comp;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { Expr *value; } starred;
        struct { Expr *target, *value; } namedexpr;
        struct { Expr *value; } yield;                 /* E_YIELD (value may be NULL), E_YIELD_FROM, E_AWAIT */
    } u;
};

typedef enum StmtKind {
    S_EXPR, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN,
    S_IF, S_WHILE, S_FOR, S_BREAK, S_CONTINUE, S_PASS, S_RETURN,
    S_FUNCDEF, S_CLASSDEF, S_TRY, S_RAISE, S_WITH,
    S_GLOBAL, S_NONLOCAL, S_ASSERT, S_DEL, S_IMPORT, S_IMPORTFROM,
    S_ASYNC,       /* async def/for/with: outside the subset, the compiler reports it */
    S_MATCH        /* match statement: outside the subset, the compiler reports it */
} StmtKind;

typedef struct ExceptHandler {
    Expr *type;            /* NULL for a bare except */
    const char *name;      /* except T as name */
    StmtList body;
    AstLoc loc;
} ExceptHandler;

typedef struct WithItem { Expr *context; Expr *target; /* may be NULL */ } WithItem;

typedef struct Alias { const char *name; /* dotted for import, or "*" */ const char *asname; AstLoc loc; } Alias;

struct Stmt {
    StmtKind kind;
    AstLoc loc;
    union {
        Expr *expr;                                              /* S_EXPR */
        struct { ExprList targets; Expr *value; } assign;        /* a = b = value */
        struct { Expr *target; BinaryOp op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; int simple; } annassign;   /* value may be NULL */
        struct { Expr *test; StmtList body, orelse; } if_;       /* elif becomes a nested S_IF in orelse */
        struct { Expr *test; StmtList body, orelse; } while_;
        struct { Expr *target, *iter; StmtList body, orelse; } for_;
        struct { Expr *value; } ret;                             /* value may be NULL */
        struct {
            const char *name; Arguments *args; StmtList body;
            ExprList decorators;   /* applied bottom-up after the def */
            Expr *returns;         /* annotation, may be NULL: into __annotations__ */
            int def_line;          /* the `def` keyword's line (loc starts at the first decorator) */
        } funcdef;
        struct {
            const char *name; ExprList bases; int nkeywords; Keyword *keywords;
            StmtList body; ExprList decorators;
            int def_line;          /* the `class` keyword's line */
        } classdef;
        struct {
            StmtList body; int nhandlers; ExceptHandler *handlers;
            StmtList orelse, finalbody;
            int star;              /* except*: outside the subset */
        } try_;
        struct { Expr *exc, *cause; } raise;                     /* both may be NULL */
        struct { int nitems; WithItem *items; StmtList body; } with;
        struct { int n; const char **names; } names;             /* S_GLOBAL, S_NONLOCAL */
        struct { Expr *test, *msg; } assert_;
        struct { ExprList targets; } del;
        struct { int n; Alias *names; } import;                  /* import a.b as c, d */
        struct { const char *module; /* may be NULL with level > 0 */ int n; Alias *names; int level; } importfrom;
        struct { const char *what; } unsupported;                /* S_ASYNC, S_MATCH: "async def", "match statement" */
    } u;
};

typedef struct Module { StmtList body; } Module;

/* A printable dump of a tree (one node per line, indented), for tests and --dump-ast.
 * Returns a malloc'd string. */
char *ast_dump_module(const Module *m);
char *ast_dump_expr(const Expr *e);

#endif
