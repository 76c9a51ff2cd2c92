/* compile.h — from source text to a code object: parse (parse.h), build the
 * symbol table (which names are local, cell, free, global), then emit
 * bytecode (opcodes.h) with an exception table, line numbers and constants.
 *
 * Features outside gilsim's subset (generators, async, match,
 * walrus, complex and bytes literals, except*) are rejected here with a
 * SyntaxError naming the feature, so a program never starts half-supported.
 * Generator expressions: with one `for` clause they are lazy iterators (a
 * per-item function applied as the source is consumed, so any()/all()
 * short-circuit as in CPython); with several `for` clauses they are evaluated
 * eagerly into a list and the value is an iterator over it (a documented
 * deviation). Neither supports send()/throw()/close().
 */
#ifndef GILSIM_COMPILE_H
#define GILSIM_COMPILE_H

#include "vm/object.h"

/* mode is a ParseMode (PARSE_FILE, PARSE_SINGLE, PARSE_EVAL). Returns a code
 * object, or VAL_NULL with SyntaxError/IndentationError/TabError raised; the
 * exception carries msg, filename, lineno, offset (1-based), text,
 * end_lineno and end_offset. */
Value compile_source(ThreadState *ts, const char *src, size_t len, Value filename, int mode);

/* Raises a SyntaxError-like exception of type t with CPython's attributes.
 * col and end_col are 0-based code-point columns (end_col < 0: unknown).
 * Also used for errors found after parsing. Returns VAL_NULL. */
Value compile_raise_syntax_error(ThreadState *ts, Type *t, const char *msg, Value filename,
                                 const char *src, size_t len, int line, int col, int end_line,
                                 int end_col);

#endif
