/* lex.h — the tokenizer: UTF-8 source bytes in, Python tokens out.
 *
 * It follows CPython's tokenizer: INDENT/DEDENT from a stack of indentation
 * columns (tabs advance to the next multiple of 8, and a second column
 * counted with tabs as 1 catches inconsistent tab use), NEWLINE only at
 * bracket depth 0 and never for blank lines, a stack of open brackets for the
 * "never closed"/"unmatched" messages, and the same error messages.
 *
 * The lexer does not decode literals: a STRING token is the raw text with its
 * prefix and quotes (the parser decodes escapes and f-strings), a NUMBER the
 * raw digits (checked here for shape). Tokens point into the source, so the
 * source must outlive them. No allocation: a Lexer is a plain struct that can
 * be copied to save and restore a position (the parser's lookahead for soft
 * keywords does that).
 */
#ifndef GILSIM_LEX_H
#define GILSIM_LEX_H

#include <stdbool.h>
#include <stddef.h>

#define LEX_MAXINDENT 100   /* CPython's MAXINDENT: "too many levels of indentation" */
#define LEX_MAXLEVEL 200    /* CPython's MAXLEVEL: "too many nested parentheses" */

/* X(kind, text): operators and keywords carry their spelling. Order matters
 * only in that keywords run from T_FALSE to T_YIELD. */
#define LEX_TOKENS(X) \
    X(T_END, "<end>") X(T_ERROR, "<error>") X(T_NEWLINE, "<newline>") \
    X(T_INDENT, "<indent>") X(T_DEDENT, "<dedent>") \
    X(T_NAME, "<name>") X(T_NUMBER, "<number>") X(T_STRING, "<string>") \
    X(T_LPAR, "(") X(T_RPAR, ")") X(T_LSQB, "[") X(T_RSQB, "]") \
    X(T_LBRACE, "{") X(T_RBRACE, "}") X(T_COLON, ":") X(T_COMMA, ",") \
    X(T_SEMI, ";") X(T_PLUS, "+") X(T_MINUS, "-") X(T_STAR, "*") \
    X(T_SLASH, "/") X(T_VBAR, "|") X(T_AMPER, "&") X(T_LESS, "<") \
    X(T_GREATER, ">") X(T_EQUAL, "=") X(T_DOT, ".") X(T_PERCENT, "%") \
    X(T_EQEQUAL, "==") X(T_NOTEQUAL, "!=") X(T_LESSEQUAL, "<=") \
    X(T_GREATEREQUAL, ">=") X(T_TILDE, "~") X(T_CIRCUMFLEX, "^") \
    X(T_LEFTSHIFT, "<<") X(T_RIGHTSHIFT, ">>") X(T_DOUBLESTAR, "**") \
    X(T_PLUSEQUAL, "+=") X(T_MINEQUAL, "-=") X(T_STAREQUAL, "*=") \
    X(T_SLASHEQUAL, "/=") X(T_PERCENTEQUAL, "%=") X(T_AMPEREQUAL, "&=") \
    X(T_VBAREQUAL, "|=") X(T_CIRCUMFLEXEQUAL, "^=") X(T_LEFTSHIFTEQUAL, "<<=") \
    X(T_RIGHTSHIFTEQUAL, ">>=") X(T_DOUBLESTAREQUAL, "**=") \
    X(T_DOUBLESLASH, "//") X(T_DOUBLESLASHEQUAL, "//=") X(T_AT, "@") \
    X(T_ATEQUAL, "@=") X(T_RARROW, "->") X(T_ELLIPSIS, "...") \
    X(T_COLONEQUAL, ":=") X(T_OTHER, "<op>") \
    X(T_FALSE, "False") X(T_NONE, "None") X(T_TRUE, "True") X(T_AND, "and") \
    X(T_AS, "as") X(T_ASSERT, "assert") X(T_ASYNC, "async") X(T_AWAIT, "await") \
    X(T_BREAK, "break") X(T_CLASS, "class") X(T_CONTINUE, "continue") \
    X(T_DEF, "def") X(T_DEL, "del") X(T_ELIF, "elif") X(T_ELSE, "else") \
    X(T_EXCEPT, "except") X(T_FINALLY, "finally") X(T_FOR, "for") \
    X(T_FROM, "from") X(T_GLOBAL, "global") X(T_IF, "if") X(T_IMPORT, "import") \
    X(T_IN, "in") X(T_IS, "is") X(T_LAMBDA, "lambda") X(T_NONLOCAL, "nonlocal") \
    X(T_NOT, "not") X(T_OR, "or") X(T_PASS, "pass") X(T_RAISE, "raise") \
    X(T_RETURN, "return") X(T_TRY, "try") X(T_WHILE, "while") X(T_WITH, "with") \
    X(T_YIELD, "yield")

typedef enum TokKind {
#define LEX_ENUM(k, s) k,
    LEX_TOKENS(LEX_ENUM)
#undef LEX_ENUM
    T__COUNT
} TokKind;

/* T_OTHER is a character that starts no token ('$', '?', '!', '`'): the
 * parser reports "invalid syntax" at it, as CPython's ERRORTOKEN. */

typedef struct Token {
    TokKind kind;
    const char *start;        /* raw text in the source */
    size_t len;
    int line, col;            /* 1-based line, 0-based code-point column */
    int end_line, end_col;
} Token;

typedef struct Lexer {
    const char *src, *cur, *end;
    const char *line_start;   /* start of the current physical line */
    int line;
    const char *col_pos;      /* column cache: col_val code points before col_pos on this line */
    int col_val;

    int indstack[LEX_MAXINDENT + 1], altindstack[LEX_MAXINDENT + 1];
    int indent;               /* top of indstack */
    int pendin;               /* > 0: INDENTs to emit; < 0: DEDENTs */
    bool atbol;               /* at the beginning of a logical line */
    bool interactive;         /* PARSE_SINGLE: a blank line ends the input */
    bool sub;                 /* lexing an f-string expression: no NEWLINE/INDENT */
    bool last_was_newline;    /* for the implicit NEWLINE at end of input */
    bool done;                /* T_END was returned */
    TokKind last_kind;

    int level;                /* bracket depth */
    char paren[LEX_MAXLEVEL];
    int paren_line[LEX_MAXLEVEL], paren_col[LEX_MAXLEVEL];

    /* Where line 1 of this text sits in the enclosing source (f-string
       sub-lexers): reported lines are shifted by first_line - 1, and
       columns on the first line by col_offset. */
    int first_line, col_offset;

    /* The error, when a T_ERROR token was returned. */
    const char *err_kind;     /* "SyntaxError", "IndentationError", "TabError" */
    char err_msg[256];
    int err_line, err_col, err_end_col;
} Lexer;

/* Start lexing src[0..len). The bytes must stay alive. */
void lex_init(Lexer *lx, const char *src, size_t len);
/* Start lexing an f-string replacement field's text, which begins at
 * (line, col) of the enclosing source: positions are reported there. */
void lex_init_sub(Lexer *lx, const char *src, size_t len, int line, int col);
/* The next token. After T_ERROR the error fields are set and every further
 * call returns T_ERROR again; after T_END, T_END again. */
TokKind lex_next(Lexer *lx, Token *t);
/* Display name of a token kind ("(", "if", "<name>"). */
const char *lex_kind_name(TokKind k);
/* Columns of a byte position on the lexer's current line, in code points. */
int lex_col(Lexer *lx, const char *pos);
/* Whether s is a keyword; returns its kind or T_NAME. */
TokKind lex_keyword(const char *s, size_t n);

/* UTF-8 helpers shared with the parser. */
int lex_utf8_decode(const char *s, const char *end, unsigned *cp); /* bytes used, 0 if invalid */
int lex_utf8_encode(char *out, unsigned cp);                       /* 1..4 bytes */
int lex_count_cp(const char *s, size_t n);                         /* code points in s[0..n) */

#endif
