/* compile.h — from source text to a code object: parse (parse.h), build the
 * symbol table (which names are local, cell, free, global), then emit
 * bytecode (opcodes.h) with an exception table, line numbers and constants.
 *
 * Features outside gilsim's subset (async and await, match, complex
 * literals, except*) are rejected here with a SyntaxError naming the
 * feature, so a program never starts half-supported.
 */
#ifndef GILSIM_COMPILE_H
#define GILSIM_COMPILE_H

#include "vm/object.h"

/* mode is a ParseMode (PARSE_FILE, PARSE_SINGLE, PARSE_EVAL). Returns a code
 * object, or VAL_NULL with SyntaxError/IndentationError/TabError raised; the
 * exception carries msg, filename, lineno, offset (1-based), text,
 * end_lineno and end_offset. */
Value compile_source(ThreadState *ts, const char *src, size_t len, Value filename, int mode);
/* Or'd into mode by compile(), exec() and eval(): module-level names go
 * through the frame's locals dict (NAME ops, as CPython's module code always
 * does), so the code can run with locals apart from globals; and the code
 * keeps no source text, so tracebacks show no lines (CPython cannot read
 * "<string>" back either). */
#define COMPILE_DYNAMIC 0x100

/* Raises a SyntaxError-like exception of type t with CPython's attributes.
 * col and end_col are 0-based code-point columns (end_col < 0: unknown).
 * Also used for errors found after parsing. Returns VAL_NULL. */
Value compile_raise_syntax_error(ThreadState *ts, Type *t, const char *msg, Value filename,
                                 const char *src, size_t len, int line, int col, int end_line,
                                 int end_col);

#endif
