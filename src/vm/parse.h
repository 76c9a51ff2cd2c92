/* parse.h — the parser: UTF-8 source in, an AST (ast.h) out, or a SyntaxError
 * with CPython 3.11's message and position.
 *
 * A recursive-descent parser over lex.h's tokens, one function per grammar
 * rule of CPython's python.gram (each carries its rule as a comment). Targets
 * of assignments are parsed as expressions and then checked and marked
 * CTX_STORE/CTX_DEL, as CPython's invalid_* rules would report them.
 * Nothing here touches runtime objects.
 */
#ifndef GILSIM_PARSE_H
#define GILSIM_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/ast.h"

typedef enum ParseMode { PARSE_FILE, PARSE_SINGLE /* REPL: one interactive statement */, PARSE_EVAL /* one expression */ } ParseMode;

typedef struct ParseError {
    const char *kind;   /* "SyntaxError", "IndentationError", "TabError", or "MemoryError"
                           (nested too deeply for the parser, as CPython's; no message) */
    char msg[256];      /* CPython 3.11's message, e.g. "invalid syntax", "expected ':'" */
    int line;           /* 1-based */
    int col;            /* 0-based, in code points: where the caret goes */
    int end_col;        /* caret range end (exclusive), code points; == col+1 if unsure */
} ParseError;

/* Parses UTF-8 source. Returns NULL on error with *err filled. The returned
   Module (PARSE_FILE/PARSE_SINGLE) lives in the arena. For PARSE_EVAL the
   module body holds one S_EXPR. stack_limit: the lowest C stack address the
   parser may reach (the thread's ThreadState.c_stack_limit), or 0 for none;
   nesting past it is a MemoryError, as nesting past CPython's limit is. */
Module *parse_source(AstArena *arena, const char *src, size_t len, ParseMode mode, uintptr_t stack_limit,
                     ParseError *err);

/* For the REPL: does `src` need more lines (an open block, bracket or triple-quoted string)? */
bool parse_is_incomplete(const char *src, size_t len);

#endif
