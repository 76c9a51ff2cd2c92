/* bytes.c — Python bytes and bytearray, and the three codecs gilsim has.
 *
 * Both types share one layout (BytesObj) and most of their methods: a method
 * reads its receiver through bytes_view and builds its result with
 * make_like, which gives a bytes for a bytes and a bytearray for a
 * bytearray, as CPython's do. A bytes keeps its data inline; a bytearray's
 * data is a GC buffer (counted toward the memory cap) whose first word
 * records the interpreter whose heap counts it, as list.c does, so finalize
 * gives the bytes back to the right heap.
 *
 * A bytearray's buffer moves when it grows, and Python code (an iterator's
 * __next__, an __index__) can run in the middle of a method: code that
 * appends re-reads `data` after each such call, and an operand that is the
 * receiver itself is copied first.
 *
 * Codecs: utf-8, ascii and latin-1, with errors 'strict', 'replace' and
 * 'ignore', and CPython's UnicodeDecodeError / UnicodeEncodeError messages
 * (the utf-8 decoder reports the maximal invalid subpart as CPython's does).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vm/bytes.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/range.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- storage ---- */

static BytesObj *bytes_alloc(ThreadState *ts, int64_t n)
{
    BytesObj *b = gc_alloc(ts, &type_bytes, sizeof(BytesObj) + (size_t)n + 1);
    b->hash = -1;
    b->length = n;
    b->capacity = n;
    b->data = b->inline_data;
    return b;
}

Value bytes_new(ThreadState *ts, const void *p, int64_t n)
{
    BytesObj *b = bytes_alloc(ts, n);
    if (n) memcpy(b->data, p, (size_t)n);
    return VAL(b);
}

static inline size_t buf_size(int64_t cap) { return sizeof(Interp *) + (size_t)cap; }

/* Room for `need` bytes in a bytearray; -1 with MemoryError. */
static int ba_reserve(ThreadState *ts, BytesObj *b, int64_t need)
{
    if (need <= b->capacity) return 0;
    if (need > INT64_MAX / 4) {
        err_no_memory(ts);
        return -1;
    }
    int64_t cap = need + (need >> 3) + 8;
    if (!gc_check_size(ts, (size_t)(cap - b->capacity))) return -1;
    Interp **p;
    if (!b->data) {
        p = gc_buf_alloc(ts->interp, buf_size(cap));
        *p = ts->interp;
    } else {
        Interp **old = (Interp **)b->data - 1;
        p = gc_buf_realloc(*old, old, buf_size(b->capacity), buf_size(cap));
    }
    b->data = (uint8_t *)(p + 1);
    b->capacity = cap;
    return 0;
}

static void bytearray_finalize(Obj *self)
{
    BytesObj *b = (BytesObj *)self;
    if (b->data) {
        Interp **p = (Interp **)b->data - 1;
        gc_buf_free(*p, p, buf_size(b->capacity));
        b->data = NULL;
    }
}

static BytesObj *bytearray_alloc(ThreadState *ts)
{
    BytesObj *b = gc_alloc(ts, &type_bytearray, sizeof(BytesObj));
    b->hash = -1;
    return b;
}

Value bytearray_new(ThreadState *ts, const void *p, int64_t n)
{
    BytesObj *b = bytearray_alloc(ts);
    if (n && ba_reserve(ts, b, n) < 0) return VAL_NULL;
    if (n) memcpy(b->data, p, (size_t)n);
    b->length = n;
    return VAL(b);
}

bool bytes_view(Value v, const uint8_t **p, int64_t *n)
{
    if (!IS_BYTES(v) && !IS_BYTEARRAY(v)) return false;
    static const uint8_t empty[1];
    *p = BYTES(v)->data ? BYTES(v)->data : empty;
    *n = BYTES(v)->length;
    return true;
}

bool bytes_arg(ThreadState *ts, Value v, const uint8_t **p, int64_t *n)
{
    if (bytes_view(v, p, n)) return true;
    err_format(ts, &exc_TypeError, "a bytes-like object is required, not '%s'", val_type_name(v));
    return false;
}

/* A result of the receiver's kind. */
static Value make_like(ThreadState *ts, Value self, const void *p, int64_t n)
{
    return IS_BYTEARRAY(self) ? bytearray_new(ts, p, n) : bytes_new(ts, p, n);
}

/* A growable C buffer for results of unknown size; its growth is checked
 * against the memory cap. */
typedef struct ByteBuf { uint8_t *p; int64_t n, cap; } ByteBuf;

static bool bb_reserve(ThreadState *ts, ByteBuf *bb, int64_t more)
{
    if (bb->n + more <= bb->cap) return true;
    if (more > INT64_MAX / 4 - bb->n) {
        err_no_memory(ts);
        return false;
    }
    int64_t cap = (bb->n + more) * 2 + 16;
    if (cap > 4096 && !gc_check_size(ts, (size_t)(cap - bb->cap))) return false;
    bb->p = xrealloc(bb->p, (size_t)cap);
    bb->cap = cap;
    return true;
}

static bool bb_put(ThreadState *ts, ByteBuf *bb, const void *p, int64_t n)
{
    if (!bb_reserve(ts, bb, n)) return false;
    if (n) memcpy(bb->p + bb->n, p, (size_t)n);
    bb->n += n;
    return true;
}

static Value bb_finish(ThreadState *ts, ByteBuf *bb, bool bytearray)
{
    Value r = bytearray ? bytearray_new(ts, bb->p, bb->n) : bytes_new(ts, bb->p, bb->n);
    free(bb->p);
    return r;
}

/* ---- byte values ---- */

/* An int argument in range(0, 256): ValueError `range_msg` beyond it. */
static bool byte_value(ThreadState *ts, Value v, const char *range_msg, uint8_t *out)
{
    int64_t i;
    if (!val_is_int(v) && !val_type(v)->nb_index) {
        err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", val_type_name(v));
        return false;
    }
    if (!int_arg(ts, v, &i)) {
        if (!err_occurred(ts) || !obj_isinstance(ts->exc, &exc_OverflowError)) return false;
        err_clear(ts);
        i = -1;
    }
    if (i < 0 || i > 255) {
        err_format(ts, &exc_ValueError, "%s", range_msg);
        return false;
    }
    *out = (uint8_t)i;
    return true;
}

/* The bytes of an iterable of ints (bytes(iterable), bytearray.extend). */
static bool iter_into(ThreadState *ts, Value iterable, ByteBuf *bb, const char *range_msg)
{
    const uint8_t *p;
    int64_t n;
    if (bytes_view(iterable, &p, &n)) return bb_put(ts, bb, p, n);
    Value it = obj_iter(ts, iterable);
    if (!it) return false;
    gc_push_root(ts, it);
    bool ok = true;
    for (;;) {
        Value x = obj_next(ts, it);
        if (!x) {
            ok = !err_occurred(ts);
            break;
        }
        uint8_t c;
        if (!byte_value(ts, x, range_msg, &c) || !bb_put(ts, bb, &c, 1)) {
            ok = false;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    return ok;
}

/* ---- codecs ---- */

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;
typedef enum ErrMode { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_UNKNOWN } ErrMode;
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

static bool codec_arg(ThreadState *ts, const char *fname, Value encoding, Codec *out)
{
    if (!encoding) {
        *out = CODEC_UTF8;
        return true;
    }
    if (!IS_STR(encoding)) {
        err_format(ts, &exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                   encoding == VAL_NONE ? "None" : val_type_name(encoding));
        return false;
    }
    /* CPython's normalisation: case and the separators do not matter */
    char norm[32];
    const char *s = str_cstr(encoding);
    size_t k = 0;
    for (; *s && k < sizeof norm - 1; s++)
        norm[k++] = (*s == '-' || *s == ' ') ? '_' : (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    norm[k] = 0;
    static const struct { const char *name; Codec c; } known[] = {
        {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
        {"l1", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
    };
    if (*s == 0)
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(norm, known[i].name) == 0) {
                *out = known[i].c;
                return true;
            }
    static const char *const elsewhere[] = {
        "utf_16", "utf16", "utf_16_le", "utf_16_be", "utf_32", "utf32", "utf_32_le", "utf_32_be",
        "utf_8_sig", "cp1252", "cp437", "cp850", "idna", "punycode", "iso_8859_15", "koi8_r",
        "shift_jis", "euc_jp", "gbk", "gb2312", "big5", "mbcs", "unicode_escape", "raw_unicode_escape",
        "utf_7", "hex", "base64", "rot13", "rot_13",
    };
    for (size_t i = 0; i < sizeof elsewhere / sizeof elsewhere[0]; i++)
        if (strcmp(norm, elsewhere[i]) == 0) {
            err_format(ts, &exc_NotImplementedError,
                       "the '%s' codec is not supported by gilsim (it has utf-8, ascii and latin-1)",
                       str_cstr(encoding));
            return false;
        }
    err_format(ts, &exc_LookupError, "unknown encoding: %s", str_cstr(encoding));
    return false;
}

static bool errors_arg(ThreadState *ts, const char *fname, Value errors, ErrMode *out)
{
    *out = ERR_STRICT;
    if (!errors) return true;
    if (!IS_STR(errors)) {
        err_format(ts, &exc_TypeError, "%s() argument 'errors' must be str, not %s", fname,
                   errors == VAL_NONE ? "None" : val_type_name(errors));
        return false;
    }
    const char *e = str_cstr(errors);
    if (strcmp(e, "strict") == 0) return true;
    if (strcmp(e, "replace") == 0) *out = ERR_REPLACE;
    else if (strcmp(e, "ignore") == 0) *out = ERR_IGNORE;
    else if (!strcmp(e, "backslashreplace") || !strcmp(e, "xmlcharrefreplace") || !strcmp(e, "namereplace")
             || !strcmp(e, "surrogateescape") || !strcmp(e, "surrogatepass")) {
        err_format(ts, &exc_NotImplementedError, "errors='%s' is not supported by gilsim", e);
        return false;
    } else *out = ERR_UNKNOWN;    /* CPython complains only when an error happens */
    return true;
}

/* Raise t with message msg and CPython's attributes (encoding, object,
 * start, end, reason). */
static void raise_codec_error(ThreadState *ts, Type *t, const char *msg, Codec c, Value object,
                              int64_t start, int64_t end, const char *reason)
{
    err_format(ts, t, "%s", msg);
    Value e = err_fetch(ts);
    gc_push_root(ts, e);
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    Value vals[5] = {str_from_cstr(ts, codec_names[c]), object, int_from_i64(ts, start),
                     int_from_i64(ts, end), str_from_cstr(ts, reason)};
    for (int i = 0; i < 5; i++) {
        gc_push_root(ts, vals[i]);
        obj_setattr(ts, e, interp_intern_cstr(ts, names[i]), vals[i]);
        gc_pop_roots(ts, 1);
    }
    gc_pop_roots(ts, 1);
    err_clear(ts);
    err_restore(ts, e);
}

static bool unknown_handler(ThreadState *ts, Value errors)
{
    err_format(ts, &exc_LookupError, "unknown error handler name '%s'", str_cstr(errors));
    return false;
}

/* The length of the utf-8 sequence starting at p[i] if it is well formed
 * (>0), else -(the length of its maximal invalid subpart) with *reason set. */
static int utf8_seq(const uint8_t *p, int64_t i, int64_t n, const char **reason)
{
    uint8_t c = p[i];
    if (c < 0x80) return 1;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        return -1;
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= n) {
            *reason = "unexpected end of data";
            return -(int)(n - i);
        }
        uint8_t d = p[i + k];
        if (d < lo || d > hi) {
            *reason = "invalid continuation byte";
            return -k;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

Value bytes_decode(ThreadState *ts, const uint8_t *p, int64_t n, Value encoding, Value errors)
{
    Codec c;
    ErrMode mode;
    if (n == 0 && (!encoding || IS_STR(encoding)) && (!errors || IS_STR(errors)))
        return str_new(ts, "", 0);    /* CPython looks no codec up for b'' */
    if (!codec_arg(ts, "decode", encoding, &c) || !errors_arg(ts, "decode", errors, &mode)) return VAL_NULL;
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < n;) {
        int len;
        const char *reason = NULL;
        if (p[i] < 0x80) len = 1;
        else if (c == CODEC_LATIN1) {
            char out[4];
            sb_append(&sb, out, (size_t)utf8_encode(p[i], out));
            i++;
            continue;
        } else if (c == CODEC_ASCII) {
            len = -1;
            reason = "ordinal not in range(128)";
        } else len = utf8_seq(p, i, n, &reason);
        if (len > 0) {
            sb_append(&sb, (const char *)p + i, (size_t)len);
            i += len;
            continue;
        }
        int64_t end = i - len;
        if (mode == ERR_REPLACE) sb_append(&sb, "\xEF\xBF\xBD", 3);
        else if (mode != ERR_IGNORE) {
            sb_free(&sb);
            if (mode == ERR_UNKNOWN) return unknown_handler(ts, errors), VAL_NULL;
            char msg[160];
            if (end - i == 1)
                snprintf(msg, sizeof msg, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                         codec_names[c], p[i], (long long)i, reason);
            else
                snprintf(msg, sizeof msg, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                         codec_names[c], (long long)i, (long long)end - 1, reason);
            Value obj = bytes_new(ts, p, n);
            gc_push_root(ts, obj);
            raise_codec_error(ts, &exc_UnicodeDecodeError, msg, c, obj, i, end, reason);
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        i = end;
    }
    return sb_finish(ts, &sb);
}

Value bytes_encode_str(ThreadState *ts, Value s, Value encoding, Value errors)
{
    Codec c;
    ErrMode mode;
    if (!codec_arg(ts, "encode", encoding, &c) || !errors_arg(ts, "encode", errors, &mode)) return VAL_NULL;
    StrObj *so = STR(s);
    if (c == CODEC_UTF8 || (so->h.flags & STR_ASCII)) return bytes_new(ts, so->data, so->size);
    uint32_t limit = c == CODEC_ASCII ? 0x80 : 0x100;
    ByteBuf bb = {0};
    int64_t pos = 0;
    for (int64_t off = 0; off < so->size;) {
        uint32_t cp;
        off += utf8_decode(so->data + off, &cp);
        if (cp < limit) {
            uint8_t b = (uint8_t)cp;
            if (!bb_put(ts, &bb, &b, 1)) goto fail;
            pos++;
            continue;
        }
        /* a run of characters this codec cannot encode */
        int64_t start = pos, end = pos + 1, next = off;
        uint32_t first = cp;
        while (next < so->size) {
            uint32_t d;
            int k = utf8_decode(so->data + next, &d);
            if (d < limit) break;
            next += k;
            end++;
        }
        if (mode == ERR_STRICT || mode == ERR_UNKNOWN) {
            free(bb.p);
            if (mode == ERR_UNKNOWN) return unknown_handler(ts, errors), VAL_NULL;
            const char *reason = c == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
            char msg[160];
            if (end - start == 1)
                snprintf(msg, sizeof msg, first <= 0xFF ? "'%s' codec can't encode character '\\x%02x' in position %lld: %s"
                                          : first <= 0xFFFF ? "'%s' codec can't encode character '\\u%04x' in position %lld: %s"
                                          : "'%s' codec can't encode character '\\U%08x' in position %lld: %s",
                         codec_names[c], (unsigned)first, (long long)start, reason);
            else
                snprintf(msg, sizeof msg, "'%s' codec can't encode characters in position %lld-%lld: %s",
                         codec_names[c], (long long)start, (long long)end - 1, reason);
            raise_codec_error(ts, &exc_UnicodeEncodeError, msg, c, s, start, end, reason);
            return VAL_NULL;
        }
        if (mode == ERR_REPLACE)
            for (int64_t k = start; k < end; k++)
                if (!bb_put(ts, &bb, "?", 1)) goto fail;
        pos = end;
        off = next;
    }
    return bb_finish(ts, &bb, false);
fail:
    free(bb.p);
    return VAL_NULL;
}

/* ---- construction ---- */

static Value construct(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    bool ba = t == &type_bytearray;
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (!args_bind(ts, t->name, argc, argv, kwnames, 3, names, 0, 3, 0, a)) return VAL_NULL;
    Value src = a[0];
    if (!src) {
        if (a[1] || a[2])
            return err_format(ts, &exc_TypeError, a[1] ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return ba ? VAL(bytearray_alloc(ts)) : bytes_new(ts, "", 0);
    }
    if (IS_STR(src)) {
        if (!a[1]) return err_format(ts, &exc_TypeError, "string argument without an encoding");
        Value b = bytes_encode_str(ts, src, a[1], a[2]);
        if (!b || !ba) return b;
        return bytearray_new(ts, BYTES(b)->data, BYTES(b)->length);
    }
    if (a[1] || a[2])
        return err_format(ts, &exc_TypeError, a[1] ? "encoding without a string argument"
                                                   : "errors without a string argument");
    const uint8_t *p;
    int64_t n;
    if (bytes_view(src, &p, &n)) return ba ? bytearray_new(ts, p, n) : bytes_new(ts, p, n);
    Value conv = ba ? VAL_NULL : type_lookup(val_type(src), interp_intern_cstr(ts, "__bytes__"));
    if (conv) {
        Value r = vm_call_method(ts, src, interp_intern_cstr(ts, "__bytes__"), 0, NULL);
        if (r && !IS_BYTES(r))
            return err_format(ts, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", val_type_name(r));
        return r;
    }
    if (val_is_int(src) || (val_is_obj(src) && val_type(src)->nb_index)) {
        if (!seq_index_arg(ts, src, &n)) {
            if (obj_isinstance(ts->exc, &exc_IndexError)) {   /* CPython's words, as an OverflowError */
                err_clear(ts);
                err_format(ts, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return VAL_NULL;
        }
        if (n < 0) return err_format(ts, &exc_ValueError, "negative count");
        if (!gc_check_size(ts, (size_t)n)) return VAL_NULL;
        if (!ba) return VAL(bytes_alloc(ts, n));    /* zeroed */
        Value r = VAL(bytearray_alloc(ts));
        if (n && ba_reserve(ts, BYTES(r), n) < 0) return VAL_NULL;
        if (n) memset(BYTES(r)->data, 0, (size_t)n);
        BYTES(r)->length = n;
        return r;
    }
    if (!type_lookup(val_type(src), interp_intern_cstr(ts, "__iter__")) &&
        !type_lookup(val_type(src), interp_intern_cstr(ts, "__getitem__")))
        return err_format(ts, &exc_TypeError, "cannot convert '%s' object to %s", val_type_name(src), t->name);
    ByteBuf bb = {0};
    if (!iter_into(ts, src, &bb, "byte must be in range(0, 256)")) {
        free(bb.p);
        if (!ba && obj_isinstance(ts->exc, &exc_ValueError) && !obj_isinstance(ts->exc, &exc_UnicodeError)) {
            err_clear(ts);
            err_format(ts, &exc_ValueError, "bytes must be in range(0, 256)");
        }
        return VAL_NULL;
    }
    return bb_finish(ts, &bb, ba);
}

static Value bytes_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return construct(ts, t, argc, argv, kwnames);
}

static int bytearray_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    (void)self;
    (void)ts;
    (void)argc;
    (void)argv;
    (void)kwnames;
    return 0;   /* tp_new did the work */
}

/* ---- repr, hash, comparison ---- */

/* bytearray's repr escapes ' even inside double quotes, as CPython's does */
static void repr_into(StrBuf *sb, const uint8_t *p, int64_t n, bool always_escape_squote)
{
    bool squote = memchr(p, '\'', (size_t)n) != NULL, dquote = memchr(p, '"', (size_t)n) != NULL;
    char q = squote && !dquote ? '"' : '\'';
    sb_putc(sb, 'b');
    sb_putc(sb, q);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == q || c == '\\' || (c == '\'' && always_escape_squote)) {
            sb_putc(sb, '\\');
            sb_putc(sb, (char)c);
        } else if (c == '\t') sb_puts(sb, "\\t");
        else if (c == '\n') sb_puts(sb, "\\n");
        else if (c == '\r') sb_puts(sb, "\\r");
        else if (c < 0x20 || c >= 0x7F) sb_printf(sb, "\\x%02x", c);
        else sb_putc(sb, (char)c);
    }
    sb_putc(sb, q);
}

static Value bytes_repr(ThreadState *ts, Value self)
{
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    StrBuf sb;
    sb_init(&sb);
    if (IS_BYTEARRAY(self)) sb_puts(&sb, "bytearray(");
    repr_into(&sb, p, n, IS_BYTEARRAY(self));
    if (IS_BYTEARRAY(self)) sb_putc(&sb, ')');
    return sb_finish(ts, &sb);
}

static int64_t bytes_hash(ThreadState *ts, Value self)
{
    (void)ts;
    BytesObj *b = BYTES(self);
    if (b->hash == -1) b->hash = str_hash_bytes((const char *)b->data, (size_t)b->length);
    return b->hash;
}

static Value bytes_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    (void)ts;
    const uint8_t *p, *q;
    int64_t n, m;
    if (!bytes_view(a, &p, &n) || !bytes_view(b, &q, &m)) return VAL_NOTIMPL;
    if ((op == CMP_EQ || op == CMP_NE) && n != m) return val_bool(op == CMP_NE);
    int c = memcmp(p, q, (size_t)(n < m ? n : m));
    if (c == 0) c = n < m ? -1 : n > m;
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_EQ: return val_bool(c == 0);
    case CMP_NE: return val_bool(c != 0);
    case CMP_GT: return val_bool(c > 0);
    default: return val_bool(c >= 0);
    }
}

static int64_t bytes_len(ThreadState *ts, Value self)
{
    (void)ts;
    return BYTES(self)->length;
}

/* ---- sequence operations ---- */

static Value bytes_getitem(ThreadState *ts, Value self, Value key)
{
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, len;
        if (slice_indices(ts, key, n, &start, &stop, &step, &len) < 0) return VAL_NULL;
        if (len <= 0) return make_like(ts, self, "", 0);
        if (step == 1) return make_like(ts, self, p + start, len);
        uint8_t *tmp = xmalloc((size_t)len);
        for (int64_t i = 0, j = start; i < len; i++, j += step) tmp[i] = p[j];
        Value r = make_like(ts, self, tmp, len);
        free(tmp);
        return r;
    }
    if (val_is_int(key) || val_type(key)->nb_index) {
        int64_t i;
        if (!seq_index_arg(ts, key, &i)) return VAL_NULL;
        bytes_view(self, &p, &n);      /* __index__ may have run */
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            return err_format(ts, &exc_IndexError, IS_BYTEARRAY(self) ? "bytearray index out of range"
                                                                      : "index out of range");
        return val_from_smallint(p[i]);
    }
    return err_format(ts, &exc_TypeError, "%s indices must be integers or slices, not %s",
                      IS_BYTEARRAY(self) ? "bytearray" : "byte", val_type_name(key));
}

static int bytes_contains(ThreadState *ts, Value self, Value x)
{
    const uint8_t *p, *q;
    int64_t n, m;
    if (bytes_view(x, &q, &m)) {
        bytes_view(self, &p, &n);
        if (m == 0) return 1;
        return memmem(p, (size_t)n, q, (size_t)m) != NULL;
    }
    if (!val_is_int(x) && !val_type(x)->nb_index) {
        err_format(ts, &exc_TypeError, "a bytes-like object is required, not '%s'", val_type_name(x));
        return -1;
    }
    uint8_t c;
    if (!byte_value(ts, x, "byte must be in range(0, 256)", &c)) return -1;
    bytes_view(self, &p, &n);
    return memchr(p, c, (size_t)n) != NULL;
}

/* ---- the iterator: a (the bytes or bytearray), i (the next index) ---- */

static Value bytes_iter(ThreadState *ts, Value self)
{
    IterObj *it = gc_alloc(ts, &type_bytes_iter, sizeof(IterObj));
    it->a = self;
    return VAL(it);
}

static Value bytes_iter_next(ThreadState *ts, Value self)
{
    (void)ts;
    IterObj *it = (IterObj *)self;
    if (!it->a) return VAL_NULL;
    if (it->i >= BYTES(it->a)->length) {      /* a bytearray may have shrunk meanwhile */
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    return val_from_smallint(BYTES(it->a)->data[it->i++]);
}

static Value bytes_iter_self(ThreadState *ts, Value self)
{
    (void)ts;
    return self;
}

static void bytes_iter_trace(GC *gc, Obj *self) { gc_mark(gc, ((IterObj *)self)->a); }

DUNDER_NEXT(bi_dnext, bytes_iter_next)
DUNDER_UNARY(bi_diter, "__iter__", bytes_iter_self)

static Value bi_length_hint(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "__length_hint__", argc, kw)) return VAL_NULL;
    IterObj *it = (IterObj *)argv[0];
    return val_from_smallint(it->a ? BYTES(it->a)->length - it->i : 0);
}

static const MethodDef bytes_iter_methods[] = {
    {"__next__", bi_dnext, 0}, {"__iter__", bi_diter, 0}, {"__length_hint__", bi_length_hint, 0},
    {NULL, NULL, 0},
};

Type type_bytes_iter = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "bytes_iterator",
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .methods = bytes_iter_methods,
    .tp_iter = bytes_iter_self,
    .tp_next = bytes_iter_next,
    .trace = bytes_iter_trace,
};

static Value bytes_add(ThreadState *ts, Value a, Value b)
{
    const uint8_t *p, *q;
    int64_t n, m;
    if (!bytes_view(a, &p, &n)) return VAL_NOTIMPL;
    if (!bytes_view(b, &q, &m)) {
        if (val_type(b)->tflags & TF_HEAP) return VAL_NOTIMPL;
        return err_format(ts, &exc_TypeError, "can't concat %s to %s", val_type_name(b), val_type_name(a));
    }
    if (!gc_check_size(ts, (size_t)(n + m))) return VAL_NULL;
    ByteBuf bb = {0};
    if (!bb_put(ts, &bb, p, n) || !bb_put(ts, &bb, q, m)) {
        free(bb.p);
        return VAL_NULL;
    }
    return bb_finish(ts, &bb, IS_BYTEARRAY(a));
}

static Value repeat(ThreadState *ts, Value seq, int64_t k)
{
    const uint8_t *p;
    int64_t n;
    bytes_view(seq, &p, &n);
    if (k < 0) k = 0;
    if (n && k > INT64_MAX / n)
        return err_format(ts, &exc_OverflowError, "repeated %s are too long", IS_BYTEARRAY(seq) ? "bytearray" : "bytes");
    int64_t total = n * k;
    if (!gc_check_size(ts, (size_t)total)) return VAL_NULL;
    Value r = make_like(ts, seq, "", 0);
    if (!r) return VAL_NULL;
    if (IS_BYTEARRAY(r)) {
        if (total && ba_reserve(ts, BYTES(r), total) < 0) return VAL_NULL;
    } else {
        r = VAL(bytes_alloc(ts, total));
    }
    bytes_view(seq, &p, &n);
    for (int64_t i = 0; n && i < k; i++) memcpy(BYTES(r)->data + i * n, p, (size_t)n);
    BYTES(r)->length = total;
    return r;
}

static Value bytes_mul(ThreadState *ts, Value a, Value b)
{
    Value seq;
    int64_t k;
    int r = seq_repeat_count(ts, a, b, IS_BYTEARRAY(a) || IS_BYTEARRAY(b) ? K_BYTEARRAY : K_BYTES, &seq, &k);
    if (r <= 0) return r < 0 ? VAL_NULL : VAL_NOTIMPL;
    return repeat(ts, seq, k);
}

/* ---- %-formatting ----
 * fmt % args runs str's %-formatting on the latin-1 reading of fmt, after
 * converting each argument as its conversion wants: %s/%b take a bytes-like
 * object (read as latin-1), %r/%a give ascii(), %c an int in range(256) or
 * one byte; numbers pass as they are (they format to ASCII). The latin-1
 * result, encoded back, is the bytes CPython makes. A mapping's keys are the
 * bytes in the %(...) names. */

static Value latin1_str(ThreadState *ts, const uint8_t *p, int64_t n)
{
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < n; i++) {
        char out[4];
        sb_append(&sb, out, (size_t)utf8_encode(p[i], out));
    }
    return sb_finish(ts, &sb);
}

static Value percent_arg(ThreadState *ts, char conv, Value v)
{
    const uint8_t *p;
    int64_t n;
    switch (conv) {
    case 's': case 'b':
        if (!bytes_view(v, &p, &n))
            return err_format(ts, &exc_TypeError,
                              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              val_type_name(v));
        return latin1_str(ts, p, n);
    case 'r': case 'a':
        return obj_ascii(ts, v);
    case 'c': {
        uint8_t c;
        if (bytes_view(v, &p, &n) && n == 1) c = p[0];
        else if (!val_is_int(v))
            return err_format(ts, &exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        else if (!byte_value(ts, v, "", &c)) {
            err_clear(ts);
            return err_format(ts, &exc_OverflowError, "%%c arg not in range(256)");
        }
        return latin1_str(ts, &c, 1);
    }
    default:
        return v;
    }
}

/* The conversions of fmt in order ('*' for a star width/precision), and
 * whether it names mapping keys; the keys go to `keys` (latin-1 strs). */
static int64_t percent_specs(ThreadState *ts, uint8_t *f, int64_t n, char *convs, Value keys, Value *key_of)
{
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        if (f[i] != '%') continue;
        if (++i >= n) break;
        Value key = VAL_NULL;
        if (f[i] == '(') {
            int depth = 1;
            int64_t start = ++i;
            while (i < n && depth) {
                if (f[i] == '(') depth++;
                else if (f[i] == ')') depth--;
                i++;
            }
            key = latin1_str(ts, f + start, i - start - 1);
            list_append(ts, keys, key);
        }
        while (i < n && strchr("-+ #0", f[i])) i++;
        if (i < n && f[i] == '*') convs[k++] = '*', i++;
        while (i < n && f[i] >= '0' && f[i] <= '9') i++;
        if (i < n && f[i] == '.') {
            i++;
            if (i < n && f[i] == '*') convs[k++] = '*', i++;
            while (i < n && f[i] >= '0' && f[i] <= '9') i++;
        }
        while (i < n && strchr("hlL", f[i])) i++;
        if (i >= n) break;
        if (f[i] == '%' && !key) continue;
        if (key) key_of[LIST(keys)->length - 1] = (Value)(uint8_t)f[i];
        else convs[k++] = (char)f[i];
        if (strchr("rabc", f[i])) f[i] = 's';    /* the argument is converted to its text already */
    }
    return k;
}

static Value bytes_mod(ThreadState *ts, Value a, Value b)
{
    const uint8_t *f;
    int64_t n;
    if (!bytes_view(a, &f, &n)) return VAL_NOTIMPL;
    uint8_t *fmt = xmalloc((size_t)n + 1);      /* an argument's __repr__ could change a bytearray */
    if (n) memcpy(fmt, f, (size_t)n);
    char *convs = xmalloc((size_t)n + 1);
    Value *key_conv = xcalloc((size_t)n + 1, sizeof(Value));
    Value keys = list_new_empty(ts, 0);
    gc_push_root(ts, keys);
    Value r = VAL_NULL, args = VAL_NULL;
    int64_t nconv = percent_specs(ts, fmt, n, convs, keys, key_conv);   /* rewrites %r %a %b %c as %s */
    bool mapping = LIST(keys)->length > 0 && !IS_TUPLE(b) && !IS_STR(b) && !IS_BYTES(b) && !IS_BYTEARRAY(b) &&
                   type_lookup(val_type(b), interp_intern_cstr(ts, "__getitem__"));
    if (mapping) {
        args = dict_new(ts);
        gc_push_root(ts, args);
        for (int64_t i = 0; i < LIST(keys)->length; i++) {
            Value key = LIST(keys)->items[i];
            Value bkey = bytes_encode_str(ts, key, str_from_cstr(ts, "latin-1"), VAL_NULL);
            Value v = bkey ? obj_getitem(ts, b, bkey) : VAL_NULL;
            if (v) v = percent_arg(ts, (char)key_conv[i], v);
            if (!v || dict_set(ts, args, key, v) < 0) goto done;
        }
    } else {
        int64_t count = IS_TUPLE(b) ? TUPLE(b)->length : 1;
        args = tuple_new(ts, count);
        gc_push_root(ts, args);
        for (int64_t i = 0; i < count; i++) {
            Value v = IS_TUPLE(b) ? TUPLE(b)->items[i] : b;
            if (i < nconv && convs[i] != '*' && !(v = percent_arg(ts, convs[i], v))) goto done;
            TUPLE(args)->items[i] = v;
        }
        if (!IS_TUPLE(b)) args = nconv == 0 ? b : TUPLE(args)->items[0];   /* a single value, as given */
    }
    Value fs = latin1_str(ts, fmt, n);
    gc_push_root(ts, fs);
    Value out = format_percent(ts, fs, args);
    gc_pop_roots(ts, 1);
    if (!out) {
        if (obj_isinstance(ts->exc, &exc_TypeError)) {
            Value e = err_fetch(ts);
            Value msg = obj_str(ts, e);
            if (msg && str_eq_cstr(msg, "not all arguments converted during string formatting"))
                err_format(ts, &exc_TypeError, "not all arguments converted during bytes formatting");
            else
                err_restore(ts, e);
        }
        goto done;
    }
    Value enc = bytes_encode_str(ts, out, str_from_cstr(ts, "latin-1"), VAL_NULL);
    if (enc && IS_BYTEARRAY(a)) enc = bytearray_new(ts, BYTES(enc)->data, BYTES(enc)->length);
    r = enc;
done:
    gc_pop_roots(ts, 2);
    free(fmt);
    free(convs);
    free(key_conv);
    return r;
}

/* ---- bytearray mutation ---- */

static int ba_append_bytes(ThreadState *ts, Value self, const uint8_t *p, int64_t n)
{
    BytesObj *b = BYTES(self);
    uint8_t *copy = NULL;
    if (n && b->data && p >= b->data && p < b->data + b->capacity) {   /* ba += ba */
        copy = xmalloc((size_t)n);
        memcpy(copy, p, (size_t)n);
        p = copy;
    }
    int r = ba_reserve(ts, b, b->length + n);
    if (r == 0 && n) {
        memcpy(b->data + b->length, p, (size_t)n);
        b->length += n;
    }
    free(copy);
    return r;
}

static Value bytearray_iadd(ThreadState *ts, Value a, Value b)
{
    const uint8_t *q;
    int64_t m;
    if (!IS_BYTEARRAY(a)) return VAL_NOTIMPL;
    if (!bytes_view(b, &q, &m)) {
        if (val_type(b)->tflags & TF_HEAP) return VAL_NOTIMPL;
        return err_format(ts, &exc_TypeError, "can't concat %s to bytearray", val_type_name(b));
    }
    if (a == b)   /* CPython holds a buffer export of b while it resizes a */
        return err_format(ts, &exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return ba_append_bytes(ts, a, q, m) < 0 ? VAL_NULL : a;
}

static Value bytearray_imul(ThreadState *ts, Value a, Value b)
{
    if (!IS_BYTEARRAY(a)) return VAL_NOTIMPL;
    if (!val_is_int(b) && !val_type(b)->nb_index) return VAL_NOTIMPL;
    int64_t k;
    if (!int_arg(ts, b, &k)) return VAL_NULL;
    Value r = repeat(ts, a, k);
    if (!r) return VAL_NULL;
    BYTES(a)->length = 0;
    return ba_append_bytes(ts, a, BYTES(r)->data, BYTES(r)->length) < 0 ? VAL_NULL : a;
}

/* Replace data[start, stop) with p[0..m). */
static int ba_splice(ThreadState *ts, Value self, int64_t start, int64_t stop, const uint8_t *p, int64_t m)
{
    BytesObj *b = BYTES(self);
    int64_t grow = m - (stop - start);
    if (grow > 0 && ba_reserve(ts, b, b->length + grow) < 0) return -1;
    if (b->length) memmove(b->data + start + m, b->data + stop, (size_t)(b->length - stop));
    if (m) memcpy(b->data + start, p, (size_t)m);
    b->length += grow;
    return 0;
}

static int bytearray_setitem(ThreadState *ts, Value self, Value key, Value v)
{
    BytesObj *b = BYTES(self);
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, len;
        if (slice_indices(ts, key, b->length, &start, &stop, &step, &len) < 0) return -1;
        ByteBuf bb = {0};
        if (v) {
            if (IS_STR(v) || val_is_int(v) || (!bytes_view(v, &(const uint8_t *){0}, &(int64_t){0}) &&
                                                !type_lookup(val_type(v), interp_intern_cstr(ts, "__iter__")))) {
                err_format(ts, &exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (!iter_into(ts, v, &bb, "byte must be in range(0, 256)")) {
                free(bb.p);
                return -1;
            }
        }
        int r = 0;
        if (step == 1) {
            if (stop < start) stop = start;
            r = ba_splice(ts, self, start, stop, bb.p, bb.n);
        } else if (!v) {
            /* delete every step-th byte: compact the kept ones */
            if (step < 0) {
                start = start + (len - 1) * step;
                step = -step;
            }
            int64_t w = 0;
            for (int64_t i = 0; i < b->length; i++)
                if (!(i >= start && (i - start) % step == 0 && (i - start) / step < len)) b->data[w++] = b->data[i];
            b->length = w;
        } else if (bb.n != len) {
            err_format(ts, &exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                       (long long)bb.n, (long long)len);
            r = -1;
        } else {
            for (int64_t i = 0, j = start; i < len; i++, j += step) b->data[j] = bb.p[i];
        }
        free(bb.p);
        return r;
    }
    if (!val_is_int(key) && !val_type(key)->nb_index) {
        err_format(ts, &exc_TypeError, "bytearray indices must be integers or slices, not %s", val_type_name(key));
        return -1;
    }
    int64_t i;
    if (!seq_index_arg(ts, key, &i)) return -1;
    uint8_t c = 0;
    if (v && !byte_value(ts, v, "byte must be in range(0, 256)", &c)) return -1;
    if (i < 0) i += b->length;
    if (i < 0 || i >= b->length) {
        err_format(ts, &exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v) b->data[i] = c;
    else ba_splice(ts, self, i, i + 1, NULL, 0);
    return 0;
}

static Value ba_append(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "bytearray.append", argc, kw)) return VAL_NULL;
    uint8_t c;
    if (!byte_value(ts, argv[1], "byte must be in range(0, 256)", &c)) return VAL_NULL;
    return ba_append_bytes(ts, argv[0], &c, 1) < 0 ? VAL_NULL : VAL_NONE;
}

static Value ba_extend(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "bytearray.extend", argc, kw)) return VAL_NULL;
    Value v = argv[1];
    const uint8_t *p;
    int64_t n;
    if (bytes_view(v, &p, &n)) return ba_append_bytes(ts, argv[0], p, n) < 0 ? VAL_NULL : VAL_NONE;
    if (!type_lookup(val_type(v), interp_intern_cstr(ts, "__iter__")) &&
        !type_lookup(val_type(v), interp_intern_cstr(ts, "__getitem__")))
        return err_format(ts, &exc_TypeError, "can't extend bytearray with %s", val_type_name(v));
    ByteBuf bb = {0};
    bool ok = iter_into(ts, v, &bb, "byte must be in range(0, 256)") && ba_append_bytes(ts, argv[0], bb.p, bb.n) == 0;
    free(bb.p);
    return ok ? VAL_NONE : VAL_NULL;
}

static Value ba_pop(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_range(ts, "pop", argc, kw, 0, 1)) return VAL_NULL;
    int64_t i = -1;
    if (argc == 2 && !int_arg(ts, argv[1], &i)) return VAL_NULL;
    BytesObj *b = BYTES(argv[0]);
    if (b->length == 0) return err_format(ts, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->length;
    if (i < 0 || i >= b->length) return err_format(ts, &exc_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    ba_splice(ts, argv[0], i, i + 1, NULL, 0);
    return val_from_smallint(c);
}

static Value ba_insert(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_range(ts, "insert", argc, kw, 2, 2)) return VAL_NULL;
    int64_t i;
    uint8_t c;
    if (!int_arg(ts, argv[1], &i) || !byte_value(ts, argv[2], "byte must be in range(0, 256)", &c)) return VAL_NULL;
    BytesObj *b = BYTES(argv[0]);
    if (i < 0) i = i + b->length < 0 ? 0 : i + b->length;
    if (i > b->length) i = b->length;
    return ba_splice(ts, argv[0], i, i, &c, 1) < 0 ? VAL_NULL : VAL_NONE;
}

static Value ba_remove(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "bytearray.remove", argc, kw)) return VAL_NULL;
    uint8_t c;
    if (!byte_value(ts, argv[1], "byte must be in range(0, 256)", &c)) return VAL_NULL;
    BytesObj *b = BYTES(argv[0]);
    const uint8_t *at = b->length ? memchr(b->data, c, (size_t)b->length) : NULL;
    if (!at) return err_format(ts, &exc_ValueError, "value not found in bytearray");
    ba_splice(ts, argv[0], at - b->data, at - b->data + 1, NULL, 0);
    return VAL_NONE;
}

static Value ba_clear(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "bytearray.clear", argc, kw)) return VAL_NULL;
    BYTES(argv[0])->length = 0;
    return VAL_NONE;
}

static Value ba_copy(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "bytearray.copy", argc, kw)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    return bytearray_new(ts, p, n);
}

static Value ba_reverse(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "bytearray.reverse", argc, kw)) return VAL_NULL;
    BytesObj *b = BYTES(argv[0]);
    for (int64_t i = 0, j = b->length - 1; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return VAL_NONE;
}

/* ---- methods shared by bytes and bytearray ---- */

static Value m_decode(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, "encoding", "errors"};
    Value a[3];
    if (!args_bind(ts, "decode", argc, argv, kw, 3, names, 1, 3, 1, a)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    return bytes_decode(ts, p, n, a[1], a[2]);
}

static Value m_hex(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, "sep", "bytes_per_sep"};
    Value a[3];
    if (!args_bind(ts, "hex", argc, argv, kw, 3, names, 1, 3, 1, a)) return VAL_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[1]) {
        const uint8_t *sp;
        int64_t sn;
        if (IS_STR(a[1])) {
            if (STR(a[1])->length != 1 || !(STR(a[1])->h.flags & STR_ASCII))
                return err_format(ts, &exc_ValueError, STR(a[1])->length != 1 ? "sep must be length 1."
                                                                               : "sep must be ASCII.");
            sep = str_cstr(a[1])[0];
        } else if (bytes_view(a[1], &sp, &sn)) {
            if (sn != 1) return err_format(ts, &exc_ValueError, "sep must be length 1.");
            sep = (char)sp[0];
        } else
            return err_format(ts, &exc_TypeError, "sep must be str or bytes.");
    }
    if (a[2] && val_is_int(a[2]) && !int_to_i64(a[2], &per)) per = INT64_MAX;
    else if (a[2] && !int_arg(ts, a[2], &per)) return VAL_NULL;
    if (per > INT32_MAX || per < INT32_MIN) return err_format(ts, &exc_OverflowError, "Python int too large to convert to C int");
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    static const char digits[] = "0123456789abcdef";
    StrBuf sb;
    sb_init(&sb);
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (cut) sb_putc(&sb, sep);
        }
        sb_putc(&sb, digits[p[i] >> 4]);
        sb_putc(&sb, digits[p[i] & 15]);
    }
    return sb_finish(ts, &sb);
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static bool is_ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Value m_fromhex(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "fromhex", argc, kw)) return VAL_NULL;
    Value s = argv[1];
    if (!IS_STR(s))
        return err_format(ts, &exc_TypeError, "fromhex() argument must be str, not %s", val_type_name(s));
    const uint8_t *d = (const uint8_t *)str_cstr(s);
    int64_t n = STR(s)->size;
    ByteBuf bb = {0};
    int64_t pos = 0;   /* in code points, for the message */
    for (int64_t i = 0; i < n;) {
        if (is_ascii_space(d[i])) {
            i++;
            pos++;
            continue;
        }
        int hi = hexval(d[i]), lo = i + 1 < n ? hexval(d[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            free(bb.p);
            return err_format(ts, &exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                              (long long)(hi < 0 ? pos : pos + 1));
        }
        uint8_t c = (uint8_t)(hi * 16 + lo);
        if (!bb_put(ts, &bb, &c, 1)) {
            free(bb.p);
            return VAL_NULL;
        }
        i += 2;
        pos += 2;
    }
    Value r = bb_finish(ts, &bb, (Type *)argv[0] == &type_bytearray);
    return r;
}

/* The needle of find/count/index/in: bytes-like, or an int 0..255. */
static bool needle_arg(ThreadState *ts, Value v, uint8_t *one, const uint8_t **p, int64_t *n)
{
    if (bytes_view(v, p, n)) return true;
    if (val_is_int(v) || val_type(v)->nb_index) {
        if (!byte_value(ts, v, "byte must be in range(0, 256)", one)) return false;
        *p = one;
        *n = 1;
        return true;
    }
    err_format(ts, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'", val_type_name(v));
    return false;
}

/* start/end arguments argv[2], argv[3], clamped as slices are. */
static bool range_args(ThreadState *ts, int argc, Value *argv, int64_t len, int64_t *start, int64_t *end)
{
    *start = 0;
    *end = len;
    if (argc > 2 && argv[2] != VAL_NONE && !slice_index_arg(ts, argv[2], start)) return false;
    if (argc > 3 && argv[3] != VAL_NONE && !slice_index_arg(ts, argv[3], end)) return false;
    if (*start < 0) *start = *start + len < 0 ? 0 : *start + len;
    if (*end < 0) *end = *end + len < 0 ? 0 : *end + len;
    if (*end > len) *end = len;
    return true;
}

static int64_t search(const uint8_t *p, int64_t start, int64_t end, const uint8_t *q, int64_t m, bool last)
{
    if (end - start < m) return -1;
    if (!last) {
        if (m == 0) return start;
        const uint8_t *at = memmem(p + start, (size_t)(end - start), q, (size_t)m);
        return at ? at - p : -1;
    }
    for (int64_t i = end - m; i >= start; i--)
        if (memcmp(p + i, q, (size_t)m) == 0) return i;
    return -1;
}

enum { F_FIND, F_RFIND, F_INDEX, F_RINDEX, F_COUNT };

/* find, rfind, index, rindex and count: (sub[, start[, end]]) */
static Value find_like(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, int how)
{
    if (!argc_range_old(ts, name, argc, kw, 1, 3)) return VAL_NULL;
    uint8_t one;
    const uint8_t *q, *p;
    int64_t m, n, start, end;
    if (!needle_arg(ts, argv[1], &one, &q, &m)) return VAL_NULL;
    bytes_view(argv[0], &p, &n);
    if (!range_args(ts, argc, argv, n, &start, &end)) return VAL_NULL;
    if (how == F_COUNT) {
        if (start > n || end < start) return val_from_smallint(0);
        if (m == 0) return val_from_smallint(end - start + 1);
        int64_t count = 0;
        for (int64_t i = start; (i = search(p, i, end, q, m, false)) >= 0; i += m) count++;
        return val_from_smallint(count);
    }
    bool last = how == F_RFIND || how == F_RINDEX;
    int64_t i = start > n ? -1 : search(p, start, end, q, m, last);
    if (i < 0 && (how == F_INDEX || how == F_RINDEX)) return err_format(ts, &exc_ValueError, "subsection not found");
    return val_from_smallint(i);
}

static Value m_find(ThreadState *ts, int argc, Value *argv, Value kw) { return find_like(ts, argc, argv, kw, "find", F_FIND); }
static Value m_rfind(ThreadState *ts, int argc, Value *argv, Value kw) { return find_like(ts, argc, argv, kw, "rfind", F_RFIND); }
static Value m_index(ThreadState *ts, int argc, Value *argv, Value kw) { return find_like(ts, argc, argv, kw, "index", F_INDEX); }
static Value m_rindex(ThreadState *ts, int argc, Value *argv, Value kw) { return find_like(ts, argc, argv, kw, "rindex", F_RINDEX); }
static Value m_count(ThreadState *ts, int argc, Value *argv, Value kw) { return find_like(ts, argc, argv, kw, "count", F_COUNT); }

static Value affix(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, bool ends)
{
    if (!argc_range_old(ts, name, argc, kw, 1, 3)) return VAL_NULL;
    const uint8_t *p;
    int64_t n, start, end;
    bytes_view(argv[0], &p, &n);
    if (!range_args(ts, argc, argv, n, &start, &end)) return VAL_NULL;
    Value arg = argv[1];
    int64_t count = IS_TUPLE(arg) ? TUPLE(arg)->length : 1;
    for (int64_t k = 0; k < count; k++) {
        Value x = IS_TUPLE(arg) ? TUPLE(arg)->items[k] : arg;
        const uint8_t *q;
        int64_t m;
        if (!bytes_view(x, &q, &m)) {
            if (IS_TUPLE(arg))
                return err_format(ts, &exc_TypeError, "a bytes-like object is required, not '%s'", val_type_name(x));
            return err_format(ts, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              val_type_name(x));
        }
        if (start > n || end - start < m) continue;
        if (memcmp(p + (ends ? end - m : start), q, (size_t)m) == 0) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value m_startswith(ThreadState *ts, int argc, Value *argv, Value kw) { return affix(ts, argc, argv, kw, "startswith", false); }
static Value m_endswith(ThreadState *ts, int argc, Value *argv, Value kw) { return affix(ts, argc, argv, kw, "endswith", true); }

/* (sep=None, maxsplit=-1) of split and rsplit; *q NULL: split on whitespace */
static bool split_args(ThreadState *ts, const char *name, int argc, Value *argv, Value kw,
                       const uint8_t **q, int64_t *m, int64_t *maxsplit)
{
    static const char *const names[] = {NULL, "sep", "maxsplit"};
    Value a[3];
    if (!args_bind(ts, name, argc, argv, kw, 3, names, 1, 3, 1, a)) return false;
    *maxsplit = -1;
    *q = NULL;
    *m = 0;
    if (a[2] && !int_arg(ts, a[2], maxsplit)) return false;
    if (a[1] && a[1] != VAL_NONE) {
        if (!bytes_arg(ts, a[1], q, m)) return false;
        if (*m == 0) {
            err_format(ts, &exc_ValueError, "empty separator");
            return false;
        }
    }
    return true;
}

static Value m_split(ThreadState *ts, int argc, Value *argv, Value kw)
{
    const uint8_t *q;
    int64_t m, maxsplit;
    if (!split_args(ts, "split", argc, argv, kw, &q, &m, &maxsplit)) return VAL_NULL;
    Value self = argv[0];
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    uint8_t *copy = xmalloc((size_t)n + 1);      /* make_like may not move what we read */
    if (n) memcpy(copy, p, (size_t)n);
    p = copy;
    Value out = list_new_empty(ts, 0);
    gc_push_root(ts, out);
    int64_t i = 0;
    bool ok = true;
    if (!q) {
        for (;;) {
            while (i < n && is_ascii_space(p[i])) i++;
            if (i >= n) break;
            int64_t j = i;
            if (maxsplit == 0) j = n;
            else while (j < n && !is_ascii_space(p[j])) j++;
            Value piece = make_like(ts, self, p + i, j - i);
            if (!piece) { ok = false; break; }
            list_append(ts, out, piece);
            if (maxsplit == 0) break;
            if (maxsplit > 0) maxsplit--;
            i = j;
        }
    } else {
        for (;;) {
            int64_t j = maxsplit == 0 ? -1 : search(p, i, n, q, m, false);
            int64_t e = j < 0 ? n : j;
            Value piece = make_like(ts, self, p + i, e - i);
            if (!piece) { ok = false; break; }
            list_append(ts, out, piece);
            if (j < 0) break;
            if (maxsplit > 0) maxsplit--;
            i = j + m;
        }
    }
    free(copy);
    gc_pop_roots(ts, 1);
    return ok ? out : VAL_NULL;
}

static Value m_join(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "join", argc, kw)) return VAL_NULL;
    Value items = seq_to_list(ts, argv[1]);
    if (!items) return VAL_NULL;
    gc_push_root(ts, items);
    ByteBuf bb = {0};
    Value r = VAL_NULL;
    for (int64_t k = 0; k < LIST(items)->length; k++) {
        const uint8_t *p, *s;
        int64_t n, sn;
        Value x = LIST(items)->items[k];
        if (!bytes_view(x, &p, &n)) {
            err_format(ts, &exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                       (long long)k, val_type_name(x));
            goto done;
        }
        bytes_view(argv[0], &s, &sn);
        if ((k && !bb_put(ts, &bb, s, sn)) || !bb_put(ts, &bb, p, n)) goto done;
    }
    r = bb_finish(ts, &bb, IS_BYTEARRAY(argv[0]));
    bb.p = NULL;
done:
    free(bb.p);
    gc_pop_roots(ts, 1);
    return r;
}

static Value strip_like(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, int sides)
{
    if (!argc_range(ts, name, argc, kw, 0, 1)) return VAL_NULL;
    const uint8_t *chars = NULL, *p;
    int64_t nchars = 0, n;
    if (argc == 2 && argv[1] != VAL_NONE && !bytes_arg(ts, argv[1], &chars, &nchars)) return VAL_NULL;
    bytes_view(argv[0], &p, &n);
    int64_t i = 0, j = n;
#define STRIPPED(c) (chars ? memchr(chars, (c), (size_t)nchars) != NULL : is_ascii_space(c))
    if (sides & 1) while (i < j && STRIPPED(p[i])) i++;
    if (sides & 2) while (j > i && STRIPPED(p[j - 1])) j--;
#undef STRIPPED
    return make_like(ts, argv[0], p + i, j - i);
}

static Value m_strip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_like(ts, argc, argv, kw, "strip", 3); }
static Value m_lstrip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_like(ts, argc, argv, kw, "lstrip", 1); }
static Value m_rstrip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_like(ts, argc, argv, kw, "rstrip", 2); }

static Value m_replace(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_range(ts, "replace", argc, kw, 2, 3)) return VAL_NULL;
    const uint8_t *old, *new, *p;
    int64_t no, nn, n, count = -1;
    if (!bytes_arg(ts, argv[1], &old, &no) || !bytes_arg(ts, argv[2], &new, &nn)) return VAL_NULL;
    if (argc == 4 && !int_arg(ts, argv[3], &count)) return VAL_NULL;
    bytes_view(argv[0], &p, &n);
    ByteBuf bb = {0};
    int64_t i = 0;
    bool ok = true;
    while (count != 0) {
        int64_t j;
        if (no == 0) {
            if (i > n) break;
            j = i;
        } else if ((j = search(p, i, n, old, no, false)) < 0) break;
        ok = bb_put(ts, &bb, p + i, j - i) && bb_put(ts, &bb, new, nn);
        if (!ok) break;
        if (no == 0) {
            if (j < n) ok = bb_put(ts, &bb, p + j, 1);
            i = j + 1;
        } else i = j + no;
        if (count > 0) count--;
    }
    if (ok && i < n) ok = bb_put(ts, &bb, p + i, n - i);
    if (!ok) {
        free(bb.p);
        return VAL_NULL;
    }
    return bb_finish(ts, &bb, IS_BYTEARRAY(argv[0]));
}


enum { P_DIGIT, P_ALPHA, P_ALNUM, P_SPACE };

static Value predicate(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, int which)
{
    if (!argc_none(ts, name, argc, kw)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    if (n == 0) return VAL_FALSE;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        bool digit = c >= '0' && c <= '9', alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool ok = which == P_DIGIT ? digit : which == P_ALPHA ? alpha : which == P_ALNUM ? digit || alpha
                                                                                         : is_ascii_space(c);
        if (!ok) return VAL_FALSE;
    }
    return VAL_TRUE;
}

static Value m_isdigit(ThreadState *ts, int argc, Value *argv, Value kw) { return predicate(ts, argc, argv, kw, "isdigit", P_DIGIT); }
static Value m_isalpha(ThreadState *ts, int argc, Value *argv, Value kw) { return predicate(ts, argc, argv, kw, "isalpha", P_ALPHA); }
static Value m_isalnum(ThreadState *ts, int argc, Value *argv, Value kw) { return predicate(ts, argc, argv, kw, "isalnum", P_ALNUM); }
static Value m_isspace(ThreadState *ts, int argc, Value *argv, Value kw) { return predicate(ts, argc, argv, kw, "isspace", P_SPACE); }

static Value m_partition_like(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, bool last)
{
    if (!argc_one(ts, name, argc, kw)) return VAL_NULL;
    const uint8_t *q, *p;
    int64_t m, n;
    if (!bytes_arg(ts, argv[1], &q, &m)) return VAL_NULL;
    if (m == 0) return err_format(ts, &exc_ValueError, "empty separator");
    bytes_view(argv[0], &p, &n);
    int64_t i = search(p, 0, n, q, m, last);
    Value parts[3];
    /* not found: (self, b'', b'') / (b'', b'', self) */
    int64_t a = i < 0 ? (last ? 0 : n) : i, b = i < 0 ? a : i + m;
    uint8_t *copy = xmalloc((size_t)n + (size_t)m + 1);
    memcpy(copy, p, (size_t)n);
    memcpy(copy + n, q, (size_t)m);
    parts[0] = make_like(ts, argv[0], copy, a);
    gc_push_root(ts, parts[0]);
    parts[1] = i < 0 ? make_like(ts, argv[0], "", 0) : make_like(ts, argv[0], copy + n, m);
    gc_push_root(ts, parts[1]);
    parts[2] = make_like(ts, argv[0], copy + b, n - b);
    gc_pop_roots(ts, 2);
    free(copy);
    if (!parts[0] || !parts[1] || !parts[2]) return VAL_NULL;
    return tuple_from_array(ts, 3, parts);
}

static Value m_partition(ThreadState *ts, int argc, Value *argv, Value kw) { return m_partition_like(ts, argc, argv, kw, "partition", false); }
static Value m_rpartition(ThreadState *ts, int argc, Value *argv, Value kw) { return m_partition_like(ts, argc, argv, kw, "rpartition", true); }

static Value fix_like(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, bool suffix)
{
    if (!argc_one(ts, name, argc, kw)) return VAL_NULL;
    const uint8_t *q, *p;
    int64_t m, n;
    if (!bytes_arg(ts, argv[1], &q, &m)) return VAL_NULL;
    bytes_view(argv[0], &p, &n);
    if (m <= n && memcmp(suffix ? p + n - m : p, q, (size_t)m) == 0)
        return make_like(ts, argv[0], suffix ? p : p + m, n - m);
    return make_like(ts, argv[0], p, n);
}

static Value m_removeprefix(ThreadState *ts, int argc, Value *argv, Value kw) { return fix_like(ts, argc, argv, kw, "removeprefix", false); }
static Value m_removesuffix(ThreadState *ts, int argc, Value *argv, Value kw) { return fix_like(ts, argc, argv, kw, "removesuffix", true); }

static Value m_rsplit(ThreadState *ts, int argc, Value *argv, Value kw)
{
    const uint8_t *q, *p;
    int64_t m, n, maxsplit;
    if (!split_args(ts, "rsplit", argc, argv, kw, &q, &m, &maxsplit)) return VAL_NULL;
    Value self = argv[0];
    bytes_view(self, &p, &n);
    uint8_t *copy = xmalloc((size_t)n + 1);
    if (n) memcpy(copy, p, (size_t)n);
    p = copy;
    Value out = list_new_empty(ts, 0);
    gc_push_root(ts, out);
    bool ok = true;
    int64_t j = n;         /* the end of the part being cut, walking left */
    for (;;) {
        int64_t start;
        if (!q) {
            while (j > 0 && is_ascii_space(p[j - 1])) j--;
            if (j == 0) break;
            start = j;
            if (maxsplit == 0) start = 0;
            else while (start > 0 && !is_ascii_space(p[start - 1])) start--;
        } else {
            int64_t i = maxsplit == 0 ? -1 : search(p, 0, j, q, m, true);
            start = i < 0 ? 0 : i + m;
        }
        Value piece = make_like(ts, self, p + start, j - start);
        if (!piece) { ok = false; break; }
        list_append(ts, out, piece);
        if (start == 0 && (!q || maxsplit == 0 || search(p, 0, j, q, m, true) < 0)) break;
        if (maxsplit > 0) maxsplit--;
        j = q ? start - m : start;
    }
    free(copy);
    if (ok) {   /* cut right to left: put the parts back in order */
        ListObj *l = LIST(out);
        for (int64_t x = 0, y = l->length - 1; x < y; x++, y--) {
            Value t = l->items[x];
            l->items[x] = l->items[y];
            l->items[y] = t;
        }
    }
    gc_pop_roots(ts, 1);
    return ok ? out : VAL_NULL;
}

static Value m_splitlines(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, "keepends"};
    Value a[2];
    if (!args_bind(ts, "splitlines", argc, argv, kw, 2, names, 1, 2, 1, a)) return VAL_NULL;
    int keep = 0;
    if (a[1] && (keep = obj_truthy(ts, a[1])) < 0) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    uint8_t *copy = xmalloc((size_t)n + 1);
    if (n) memcpy(copy, p, (size_t)n);
    Value out = list_new_empty(ts, 0);
    gc_push_root(ts, out);
    for (int64_t i = 0; i < n;) {
        int64_t j = i;
        while (j < n && copy[j] != '\n' && copy[j] != '\r') j++;
        int64_t eol = j;
        if (j < n) j += copy[j] == '\r' && j + 1 < n && copy[j + 1] == '\n' ? 2 : 1;
        list_append(ts, out, make_like(ts, argv[0], copy + i, (keep ? j : eol) - i));
        i = j;
    }
    free(copy);
    gc_pop_roots(ts, 1);
    return out;
}

static Value justify(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, int how)
{
    if (!argc_range(ts, name, argc, kw, 1, 2)) return VAL_NULL;
    int64_t width;
    if (!int_arg(ts, argv[1], &width)) return VAL_NULL;
    uint8_t fill = ' ';
    if (argc == 3) {
        const uint8_t *f;
        int64_t fn;
        if (!bytes_view(argv[2], &f, &fn) || fn != 1)
            return err_format(ts, &exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                              val_type_name(argv[2]));
        fill = f[0];
    }
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    if (width <= n) return make_like(ts, argv[0], p, n);
    if (!gc_check_size(ts, (size_t)width)) return VAL_NULL;
    int64_t pad = width - n, left = how == 0 ? 0 : how == 2 ? pad / 2 + (pad & width & 1) : pad;
    uint8_t *buf = xmalloc((size_t)width);
    memset(buf, fill, (size_t)width);
    memcpy(buf + left, p, (size_t)n);
    if (how == 3 && n && (p[0] == '+' || p[0] == '-')) {   /* zfill keeps the sign in front */
        buf[0] = p[0];
        buf[left] = '0';
    }
    Value r = make_like(ts, argv[0], buf, width);
    free(buf);
    return r;
}

static Value m_ljust(ThreadState *ts, int argc, Value *argv, Value kw) { return justify(ts, argc, argv, kw, "ljust", 0); }
static Value m_rjust(ThreadState *ts, int argc, Value *argv, Value kw) { return justify(ts, argc, argv, kw, "rjust", 1); }
static Value m_center(ThreadState *ts, int argc, Value *argv, Value kw) { return justify(ts, argc, argv, kw, "center", 2); }

static Value m_zfill(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "zfill", argc, kw)) return VAL_NULL;
    Value args[3] = {argv[0], argv[1], VAL_NULL};
    Value zero = bytes_new(ts, "0", 1);
    args[2] = zero;
    return justify(ts, 3, args, VAL_NULL, "zfill", 3);
}

static Value m_translate(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, NULL, "delete"};
    Value a[3];
    if (!args_bind(ts, "translate", argc, argv, kw, 3, names, 2, 3, 2, a)) return VAL_NULL;
    const uint8_t *table = NULL, *del = NULL, *p;
    int64_t tn = 0, dn = 0, n;
    if (a[1] != VAL_NONE) {
        if (!bytes_arg(ts, a[1], &table, &tn)) return VAL_NULL;
        if (tn != 256) return err_format(ts, &exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[2] && !bytes_arg(ts, a[2], &del, &dn)) return VAL_NULL;
    bytes_view(argv[0], &p, &n);
    uint8_t *buf = xmalloc((size_t)n + 1);
    int64_t o = 0;
    for (int64_t i = 0; i < n; i++) {
        if (del && memchr(del, p[i], (size_t)dn)) continue;
        buf[o++] = table ? table[p[i]] : p[i];
    }
    Value r = make_like(ts, argv[0], buf, o);
    free(buf);
    return r;
}

static Value m_maketrans(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!args_check(ts, "maketrans", argc, kw, 2, 2)) return VAL_NULL;
    const uint8_t *f, *t;
    int64_t fn, tn;
    if (!bytes_arg(ts, argv[0], &f, &fn) || !bytes_arg(ts, argv[1], &t, &tn)) return VAL_NULL;
    if (fn != tn) return err_format(ts, &exc_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (int64_t i = 0; i < fn; i++) table[f[i]] = t[i];
    return bytes_new(ts, table, 256);
}

static Value case_pred(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, bool upper)
{
    if (!argc_none(ts, name, argc, kw)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    bool cased = false;
    for (int64_t i = 0; i < n; i++) {
        bool up = p[i] >= 'A' && p[i] <= 'Z', low = p[i] >= 'a' && p[i] <= 'z';
        if (upper ? low : up) return VAL_FALSE;
        cased |= up || low;
    }
    return val_bool(cased);
}

static Value m_isupper(ThreadState *ts, int argc, Value *argv, Value kw) { return case_pred(ts, argc, argv, kw, "isupper", true); }
static Value m_islower(ThreadState *ts, int argc, Value *argv, Value kw) { return case_pred(ts, argc, argv, kw, "islower", false); }

enum { C_UPPER, C_LOWER, C_TITLE, C_CAPITALIZE, C_SWAPCASE };

/* ASCII-only case changes: upper, lower, title (upper after a non-letter), capitalize, swapcase */
static Value case_change(ThreadState *ts, int argc, Value *argv, Value kw, const char *name, int how)
{
    if (!argc_none(ts, name, argc, kw)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    uint8_t *buf = xmalloc((size_t)n + 1);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool want_upper = how == C_UPPER || (how == C_SWAPCASE ? low : how == C_TITLE ? !prev_cased : how == C_CAPITALIZE && i == 0);
        if (want_upper && low) c -= 32;
        else if (!want_upper && up) c += 32;
        buf[i] = c;
        prev_cased = up || low;
    }
    Value r = make_like(ts, argv[0], buf, n);
    free(buf);
    return r;
}

static Value m_title(ThreadState *ts, int argc, Value *argv, Value kw) { return case_change(ts, argc, argv, kw, "title", C_TITLE); }
static Value m_capitalize(ThreadState *ts, int argc, Value *argv, Value kw) { return case_change(ts, argc, argv, kw, "capitalize", C_CAPITALIZE); }
static Value m_swapcase(ThreadState *ts, int argc, Value *argv, Value kw) { return case_change(ts, argc, argv, kw, "swapcase", C_SWAPCASE); }
static Value m_upper(ThreadState *ts, int argc, Value *argv, Value kw) { return case_change(ts, argc, argv, kw, "upper", C_UPPER); }
static Value m_lower(ThreadState *ts, int argc, Value *argv, Value kw) { return case_change(ts, argc, argv, kw, "lower", C_LOWER); }

static Value m_isascii(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "isascii", argc, kw)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(argv[0], &p, &n);
    for (int64_t i = 0; i < n; i++)
        if (p[i] >= 0x80) return VAL_FALSE;
    return VAL_TRUE;
}

/* ---- dunders as methods (bytes.__len__(b) ...) ---- */

DUNDER_LEN(b_dlen, "bytes.__len__", bytes_len)
DUNDER_BINARY(b_dgetitem, "bytes.__getitem__", bytes_getitem)
DUNDER_CONTAINS(b_dcontains, "bytes.__contains__", bytes_contains)
DUNDER_UNARY(b_diter, "bytes.__iter__", bytes_iter)
DUNDER_UNARY(b_drepr, "bytes.__repr__", bytes_repr)
DUNDER_HASH(b_dhash, "bytes.__hash__", bytes_hash)
DUNDER_BINARY(b_dadd, "bytes.__add__", bytes_add)
DUNDER_BINARY(b_dmul, "bytes.__mul__", bytes_mul)
DUNDER_CMP(b_deq, "bytes.__eq__", bytes_richcompare, CMP_EQ)
DUNDER_CMP(b_dne, "bytes.__ne__", bytes_richcompare, CMP_NE)
DUNDER_CMP(b_dlt, "bytes.__lt__", bytes_richcompare, CMP_LT)
DUNDER_CMP(b_dle, "bytes.__le__", bytes_richcompare, CMP_LE)
DUNDER_CMP(b_dgt, "bytes.__gt__", bytes_richcompare, CMP_GT)
DUNDER_CMP(b_dge, "bytes.__ge__", bytes_richcompare, CMP_GE)
DUNDER_SETITEM(ba_dsetitem, "bytearray.__setitem__", bytearray_setitem)
DUNDER_DELITEM(ba_ddelitem, "bytearray.__delitem__", bytearray_setitem)
DUNDER_BINARY(ba_diadd, "bytearray.__iadd__", bytearray_iadd)
DUNDER_BINARY(ba_dimul, "bytearray.__imul__", bytearray_imul)

#define SHARED_METHODS                                                                              \
    {"__len__", b_dlen, 0}, {"__getitem__", b_dgetitem, 0}, {"__contains__", b_dcontains, 0},       \
    {"__iter__", b_diter, 0}, {"__repr__", b_drepr, 0}, {"__add__", b_dadd, 0},                     \
    {"__mul__", b_dmul, 0}, {"__eq__", b_deq, 0}, {"__ne__", b_dne, 0}, {"__lt__", b_dlt, 0},       \
    {"__le__", b_dle, 0}, {"__gt__", b_dgt, 0}, {"__ge__", b_dge, 0},                               \
    {"decode", m_decode, 0}, {"hex", m_hex, 0}, {"fromhex", m_fromhex, METH_CLASS},                 \
    {"find", m_find, 0}, {"rfind", m_rfind, 0}, {"index", m_index, 0}, {"rindex", m_rindex, 0},     \
    {"count", m_count, 0}, {"startswith", m_startswith, 0}, {"endswith", m_endswith, 0},            \
    {"split", m_split, 0}, {"join", m_join, 0}, {"strip", m_strip, 0}, {"lstrip", m_lstrip, 0},     \
    {"rstrip", m_rstrip, 0}, {"replace", m_replace, 0}, {"upper", m_upper, 0},                      \
    {"lower", m_lower, 0}, {"isdigit", m_isdigit, 0}, {"isalpha", m_isalpha, 0},                    \
    {"isalnum", m_isalnum, 0}, {"isspace", m_isspace, 0}, {"partition", m_partition, 0},             \
    {"rpartition", m_rpartition, 0}, {"removeprefix", m_removeprefix, 0},                           \
    {"removesuffix", m_removesuffix, 0}, {"rsplit", m_rsplit, 0}, {"splitlines", m_splitlines, 0},  \
    {"ljust", m_ljust, 0}, {"rjust", m_rjust, 0}, {"center", m_center, 0}, {"zfill", m_zfill, 0},   \
    {"translate", m_translate, 0}, {"maketrans", m_maketrans, METH_STATIC},                         \
    {"isupper", m_isupper, 0}, {"islower", m_islower, 0}, {"title", m_title, 0},                   \
    {"capitalize", m_capitalize, 0}, {"swapcase", m_swapcase, 0}, {"isascii", m_isascii, 0}

static const MethodDef bytes_methods[] = {
    SHARED_METHODS, {"__hash__", b_dhash, 0},
    {NULL, NULL, 0},
};

static const MethodDef bytearray_methods[] = {
    SHARED_METHODS, {"__setitem__", ba_dsetitem, 0}, {"__delitem__", ba_ddelitem, 0},
    {"__iadd__", ba_diadd, 0}, {"__imul__", ba_dimul, 0}, {"append", ba_append, 0}, {"extend", ba_extend, 0},
    {"pop", ba_pop, 0}, {"insert", ba_insert, 0}, {"remove", ba_remove, 0}, {"clear", ba_clear, 0},
    {"copy", ba_copy, 0}, {"reverse", ba_reverse, 0},
    {NULL, NULL, 0},
};

static void bytes_trace(GC *gc, Obj *self) { (void)gc; (void)self; }   /* refers to nothing */

Type type_bytes = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "bytes",
    .layout = K_BYTES,
    .instance_size = sizeof(BytesObj),
    .methods = bytes_methods,
    .tp_new = bytes_tp_new,
    .tp_repr = bytes_repr,
    .tp_hash = bytes_hash,
    .tp_richcompare = bytes_richcompare,
    .tp_len = bytes_len,
    .tp_getitem = bytes_getitem,
    .tp_contains = bytes_contains,
    .tp_iter = bytes_iter,
    .nb_binary = {[OP_ADD] = bytes_add, [OP_MUL] = bytes_mul, [OP_MOD] = bytes_mod},
    .trace = bytes_trace,
};

Type type_bytearray = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "bytearray",
    .layout = K_BYTEARRAY,
    .instance_size = sizeof(BytesObj),
    .methods = bytearray_methods,
    .tp_new = bytes_tp_new,
    .tp_init = bytearray_tp_init,
    .tp_repr = bytes_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = bytes_richcompare,
    .tp_len = bytes_len,
    .tp_getitem = bytes_getitem,
    .tp_setitem = bytearray_setitem,
    .tp_contains = bytes_contains,
    .tp_iter = bytes_iter,
    .nb_binary = {[OP_ADD] = bytes_add, [OP_MUL] = bytes_mul, [OP_MOD] = bytes_mod},
    .nb_inplace = {[OP_ADD] = bytearray_iadd, [OP_MUL] = bytearray_imul},
    .trace = bytes_trace,
    .finalize = bytearray_finalize,
};
