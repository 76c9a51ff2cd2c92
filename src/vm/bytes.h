/* bytes.h — Python bytes (immutable, hashable) and bytearray (mutable), and
 * the codecs that cross between them and str (utf-8, ascii, latin-1). */
#ifndef GILSIM_BYTES_H
#define GILSIM_BYTES_H

#include "vm/object.h"

/* One layout for both. A bytes keeps its data inline (`data` points at
 * `inline_data`); a bytearray's data is a GC buffer that grows. */
typedef struct BytesObj {
    Obj h;
    int64_t hash;          /* bytes: -1 until computed */
    int64_t length;
    int64_t capacity;      /* bytearray: room in data */
    uint8_t *data;
    uint8_t inline_data[];
} BytesObj;
#define BYTES(v) ((BytesObj *)(v))
#define IS_BYTES(v) val_is((v), K_BYTES)
#define IS_BYTEARRAY(v) val_is((v), K_BYTEARRAY)

extern Type type_bytes, type_bytearray, type_bytes_iter;

/* A new bytes holding a copy of p[0..n). */
Value bytes_new(ThreadState *ts, const void *p, int64_t n);
Value bytearray_new(ThreadState *ts, const void *p, int64_t n);
/* bytes or bytearray: its data and length (true), else false. */
bool bytes_view(Value v, const uint8_t **p, int64_t *n);
/* The same, else TypeError "a bytes-like object is required, not 'str'". */
bool bytes_arg(ThreadState *ts, Value v, const uint8_t **p, int64_t *n);

/* str.encode(encoding, errors) and bytes.decode / str(b, encoding). NULL
 * encoding/errors: utf-8 / strict. */
Value bytes_encode_str(ThreadState *ts, Value s, Value encoding, Value errors);
Value bytes_decode(ThreadState *ts, const uint8_t *p, int64_t n, Value encoding, Value errors);

#endif
