/* str.h — Python str: immutable UTF-8 with code-point indexing (O(1) for
 * all-ASCII strings, the common case). */
#ifndef GILSIM_STR_H
#define GILSIM_STR_H

#include "vm/object.h"

/* A new str from UTF-8 bytes (must be valid UTF-8). Never fails. */
Value str_new(ThreadState *ts, const char *utf8, size_t nbytes);
Value str_from_cstr(ThreadState *ts, const char *s);
Value str_printf(ThreadState *ts, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An immortal str for static tables (no interpreter). */
Value str_new_immortal(const char *s);
Value str_concat(ThreadState *ts, Value a, Value b);
bool str_eq(Value a, Value b);                  /* both str */
int str_cmp(Value a, Value b);                  /* by code point, -1/0/1 */
int64_t str_hash(Value s);                      /* cached; siphash-like is fine, but deterministic per run */
bool str_eq_cstr(Value s, const char *c);
/* str_hash of the str these bytes would make (lookups by C string). */
int64_t str_hash_bytes(const char *p, size_t n);
/* repr of a str with CPython's quoting rules. */
Value str_repr(ThreadState *ts, Value s);
/* The i-th code point (0 <= i < length) as a 1-char str. */
Value str_char_at(ThreadState *ts, Value s, int64_t i);
/* Byte offset of code point i. */
int64_t str_byte_offset(Value s, int64_t i);
/* Decode one UTF-8 code point at p; returns its byte length. */
int utf8_decode(const char *p, uint32_t *cp);
int utf8_encode(uint32_t cp, char out[4]);
/* Is p[0..n) well-formed UTF-8 (no surrogates, no overlong forms)? */
bool utf8_valid(const char *p, size_t n);
/* The code point starting at byte offset off as a 1-char str; *nbytes = its
 * UTF-8 length (the str iterator walks with it). */
Value str_char_at_byte(ThreadState *ts, Value s, int64_t off, int *nbytes);
/* s.join(iterable) */
Value str_join(ThreadState *ts, Value sep, Value iterable);

#endif
