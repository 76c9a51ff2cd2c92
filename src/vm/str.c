/* str.c — Python str.
 *
 * A str is immutable UTF-8 (StrObj in object.h) that knows its length in code
 * points. When every byte is ASCII (h.flags & STR_ASCII, the common case) a
 * code-point index is a byte index, so indexing and slicing are O(1); other
 * strings walk the bytes, which is fine for the short non-ASCII text programs
 * print. Because UTF-8 preserves code-point order, comparisons are memcmp.
 *
 * The empty string and the 128 one-character ASCII strings are static
 * immortal objects shared by every interpreter: iterating over a string or
 * indexing it allocates nothing.
 *
 * Unicode character properties (case, digits, spaces, printability) are small
 * hand-written tables covering ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic; outside those, characters are treated as uncased letters, which is
 * what CPython says for most of CJK.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/str.h"
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
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- static strings: '' and the ASCII characters ---- */

/* Same layout as StrObj with room for one character and its NUL. */
typedef struct StaticStr { Obj h; int64_t hash, length, size; char data[2]; } StaticStr;
_Static_assert(offsetof(StaticStr, data) == offsetof(StrObj, data), "StaticStr mirrors StrObj");

#define STATIC_STR_HDR {.type = &type_str, .kind = K_STR, .gc_flags = OF_IMMORTAL, .flags = STR_ASCII}
static StaticStr str_empty_obj = {STATIC_STR_HDR, -1, 0, 0, {0, 0}};
#define CH1(c) {STATIC_STR_HDR, -1, 1, 1, {(char)(c), 0}},
#define CH4(c) CH1(c) CH1((c) + 1) CH1((c) + 2) CH1((c) + 3)
#define CH16(c) CH4(c) CH4((c) + 4) CH4((c) + 8) CH4((c) + 12)
#define CH64(c) CH16(c) CH16((c) + 16) CH16((c) + 32) CH16((c) + 48)
static StaticStr str_ascii_chars[128] = {CH64(0) CH64(64)};
#undef CH1
#undef CH4
#undef CH16
#undef CH64

#define VAL_EMPTY_STR ((Value)&str_empty_obj)

static inline Value ascii_char(unsigned char c) { return (Value)&str_ascii_chars[c]; }

/* ---- allocation ---- */

/* An uninitialised str of nbytes (caller fills data, length, flags). */
static StrObj *str_alloc(ThreadState *ts, size_t nbytes)
{
    StrObj *s = gc_alloc(ts, &type_str, sizeof(StrObj) + nbytes + 1);
    s->hash = -1;
    s->size = (int64_t)nbytes;
    s->data[nbytes] = 0;
    return s;
}

static bool bytes_ascii(const char *p, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & UINT64_C(0x8080808080808080))
            return false;
    }
    for (; i < n; i++)
        if ((unsigned char)p[i] >= 0x80)
            return false;
    return true;
}

static int64_t utf8_count(const char *p, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

/* A str from bytes whose length in code points is known (-1: count). */
static Value str_make(ThreadState *ts, const char *p, size_t n, int64_t nchars, int ascii)
{
    if (n == 0)
        return VAL_EMPTY_STR;
    if (n == 1 && (unsigned char)p[0] < 0x80)
        return ascii_char((unsigned char)p[0]);
    if (ascii < 0)
        ascii = bytes_ascii(p, n);
    StrObj *s = str_alloc(ts, n);
    memcpy(s->data, p, n);
    s->length = ascii ? (int64_t)n : (nchars >= 0 ? nchars : utf8_count(p, n));
    s->h.flags = ascii ? STR_ASCII : 0;
    return VAL(s);
}

Value str_new(ThreadState *ts, const char *utf8, size_t nbytes)
{
    return str_make(ts, utf8, nbytes, -1, -1);
}

Value str_from_cstr(ThreadState *ts, const char *s) { return str_new(ts, s, strlen(s)); }

Value str_printf(ThreadState *ts, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return str_new(ts, small, (size_t)n);
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Value r = str_new(ts, big, (size_t)n);
    free(big);
    return r;
}

Value str_new_immortal(const char *c)
{
    size_t n = strlen(c);
    if (n == 0)
        return VAL_EMPTY_STR;
    if (n == 1 && (unsigned char)c[0] < 0x80)
        return ascii_char((unsigned char)c[0]);
    StrObj *s = gc_alloc_immortal(&type_str, sizeof(StrObj) + n + 1);
    s->h.gc_flags |= OF_IMMORTAL;
    s->hash = -1;
    s->size = (int64_t)n;
    memcpy(s->data, c, n + 1);
    bool ascii = bytes_ascii(c, n);
    s->length = ascii ? (int64_t)n : utf8_count(c, n);
    s->h.flags = ascii ? STR_ASCII : 0;
    return VAL(s);
}

Value str_concat(ThreadState *ts, Value a, Value b)
{
    StrObj *x = STR(a), *y = STR(b);
    if (y->size == 0 && val_type(a) == &type_str)
        return a;
    if (x->size == 0 && val_type(b) == &type_str)
        return b;
    size_t n = (size_t)x->size + (size_t)y->size;
    if (n > (1u << 20) && !gc_check_size(ts, n))
        return VAL_NULL;
    StrObj *s = str_alloc(ts, n);
    memcpy(s->data, x->data, (size_t)x->size);
    memcpy(s->data + x->size, y->data, (size_t)y->size);
    s->length = x->length + y->length;
    s->h.flags = (x->h.flags & y->h.flags & STR_ASCII);
    return VAL(s);
}

/* ---- hashing, equality, order ---- */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A fast 64-bit multiplicative hash over 8-byte words (deterministic). */
static int64_t bytes_hash(const char *p, size_t n)
{
    const uint64_t k1 = UINT64_C(0x9E3779B97F4A7C15), k2 = UINT64_C(0xC2B2AE3D27D4EB4F);
    uint64_t h = UINT64_C(0x27D4EB2F165667C5) ^ (n * k1);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = rotl64(h ^ (w * k2), 31) * k1;
    }
    uint64_t tail = 0;
    for (size_t j = 0; i < n; i++, j += 8)
        tail |= (uint64_t)(unsigned char)p[i] << j;
    h = rotl64(h ^ (tail * k2), 27) * k1;
    h ^= h >> 33;
    h *= k2;
    h ^= h >> 29;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash_bytes(const char *p, size_t n) { return bytes_hash(p, n); }

int64_t str_hash(Value v)
{
    StrObj *s = STR(v);
    if (s->hash != -1)
        return s->hash;
    int64_t h = bytes_hash(s->data, (size_t)s->size);
    s->hash = h;
    return h;
}

bool str_eq(Value a, Value b)
{
    if (a == b)
        return true;
    StrObj *x = STR(a), *y = STR(b);
    if (x->size != y->size)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

int str_cmp(Value a, Value b)
{
    StrObj *x = STR(a), *y = STR(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c)
        return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

bool str_eq_cstr(Value s, const char *c)
{
    size_t n = strlen(c);
    return (size_t)STR(s)->size == n && memcmp(STR(s)->data, c, n) == 0;
}

/* ---- UTF-8 ---- */

int utf8_decode(const char *p, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    if (u[0] < 0xE0) { *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2; }
    if (u[0] < 0xF0) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
          ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return 4;
}

bool utf8_valid(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p, *end = u + n;
    while (u < end) {
        unsigned c = *u;
        int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || (len == 2 && c < 0xC2) || end - u < len) return false;
        for (int i = 1; i < len; i++)
            if ((u[i] & 0xC0) != 0x80) return false;
        if (len == 3) {
            uint32_t cp = ((c & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        } else if (len == 4) {
            uint32_t cp = ((c & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
            if (cp < 0x10000 || cp > 0x10FFFF) return false;
        }
        u += len;
    }
    return true;
}

int utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int64_t str_byte_offset(Value v, int64_t i)
{
    StrObj *s = STR(v);
    if (s->h.flags & STR_ASCII)
        return i;
    if (i >= s->length)
        return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    if (i > s->length / 2) {              /* nearer the end: walk backwards */
        int64_t off = s->size, k = s->length;
        while (k > i) {
            off--;
            while ((p[off] & 0xC0) == 0x80)
                off--;
            k--;
        }
        return off;
    }
    int64_t off = 0;
    for (int64_t k = 0; k < i; k++) {
        off++;
        while (off < s->size && (p[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

/* Code-point index of a byte offset (at a character boundary). */
static int64_t char_index(StrObj *s, int64_t off)
{
    if (s->h.flags & STR_ASCII)
        return off;
    return utf8_count(s->data, (size_t)off);
}

Value str_char_at_byte(ThreadState *ts, Value v, int64_t off, int *nbytes)
{
    StrObj *s = STR(v);
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) {
        *nbytes = 1;
        return ascii_char(c);
    }
    uint32_t cp;
    int n = utf8_decode(s->data + off, &cp);
    *nbytes = n;
    return str_make(ts, s->data + off, (size_t)n, 1, 0);
}

Value str_char_at(ThreadState *ts, Value v, int64_t i)
{
    StrObj *s = STR(v);
    if (s->h.flags & STR_ASCII)
        return ascii_char((unsigned char)s->data[i]);
    int64_t off = str_byte_offset(v, i);
    uint32_t cp;
    int n = utf8_decode(s->data + off, &cp);
    return str_make(ts, s->data + off, (size_t)n, 1, cp < 0x80);
}

/* ---- character properties ---- */

static bool uc_isspace(uint32_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool uc_islinebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

static uint32_t uc_toupper(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c < 0x100) {
        if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
        if (c == 0xFF) return 0x178;
        if (c == 0xB5) return 0x39C;
        return c;
    }
    if (c < 0x180) {
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? c - 1 : c;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? c : c - 1;
        return c;
    }
    if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
    if (c == 0x3C2) return 0x3A3;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF))
        return (c & 1) ? c - 1 : c;
    return c;
}

static uint32_t uc_tolower(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c < 0x100)
        return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130) return 'i';
        if (c == 0x178) return 0xFF;
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? c : c + 1;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? c + 1 : c;
        return c;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF))
        return (c & 1) ? c : c + 1;
    return c;
}

static bool uc_isupper(uint32_t c) { return uc_tolower(c) != c || c == 0x130; }
static bool uc_islower(uint32_t c)
{
    return uc_toupper(c) != c || c == 0xDF || c == 0x149 || c == 0x138 || c == 0xAA || c == 0xBA;
}
static bool uc_iscased(uint32_t c) { return uc_isupper(c) || uc_islower(c); }

static bool uc_isdecimal(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (c >= 0x966 && c <= 0x96F) ||
           (c >= 0xFF10 && c <= 0xFF19);
}

static bool uc_isdigit(uint32_t c)
{
    return uc_isdecimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}

static bool uc_isnumeric(uint32_t c)
{
    return uc_isdigit(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2182) ||
           (c >= 0x3007 && c == 0x3007) || c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB ||
           c == 0x4E94 || c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341;
}

static bool uc_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (c < 0x100)
        return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (c < 0x2C0) return true;                            /* Latin extended, IPA */
    if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387;
    if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
    if (c >= 0x5D0 && c <= 0x5EA) return true;             /* Hebrew */
    if (c >= 0x620 && c <= 0x64A) return true;             /* Arabic */
    if (c >= 0x3041 && c <= 0x30FF) return c != 0x30FB && c != 0x30A0 && !(c >= 0x3099 && c <= 0x309C);
    if (c >= 0x3400 && c <= 0x9FFF) return true;           /* CJK */
    if (c >= 0xAC00 && c <= 0xD7A3) return true;           /* Hangul */
    if (c >= 0x1E00 && c <= 0x1FFF) return true;           /* Latin/Greek extended */
    return false;
}

static bool uc_isalnum(uint32_t c) { return uc_isalpha(c) || uc_isnumeric(c); }

/* CPython: printable unless Unicode category Other or Separator (but ' '). */
static bool uc_isprintable(uint32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F;
    if (c <= 0xA0 || c == 0xAD)
        return false;
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF ||
        (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
        (c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x180E)
        return false;
    if ((c >= 0xD800 && c <= 0xF8FF) || c >= 0xF0000 || (c >= 0xE0000 && c <= 0xE0FFF))
        return false;
    return true;
}

/* ---- repr ---- */

Value str_repr(ThreadState *ts, Value v)
{
    StrObj *s = STR(v);
    bool has_sq = memchr(s->data, '\'', (size_t)s->size) != NULL;
    bool has_dq = memchr(s->data, '"', (size_t)s->size) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    /* fast path: nothing to escape */
    bool plain = (s->h.flags & STR_ASCII) && !(has_sq && has_dq);
    if (plain) {
        for (int64_t i = 0; i < s->size; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (c < 0x20 || c == 0x7F || c == '\\') { plain = false; break; }
        }
    }
    if (plain) {
        StrObj *r = str_alloc(ts, (size_t)s->size + 2);
        r->data[0] = quote;
        memcpy(r->data + 1, s->data, (size_t)s->size);
        r->data[s->size + 1] = quote;
        r->length = s->size + 2;
        r->h.flags = STR_ASCII;
        return VAL(r);
    }
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, quote);
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        uint32_t c;
        int n = utf8_decode(p, &c);
        if (c == (uint32_t)quote || c == '\\') {
            sb_putc(&sb, '\\');
            sb_putc(&sb, (char)c);
        } else if (c == '\n') {
            sb_puts(&sb, "\\n");
        } else if (c == '\t') {
            sb_puts(&sb, "\\t");
        } else if (c == '\r') {
            sb_puts(&sb, "\\r");
        } else if (uc_isprintable(c)) {
            sb_append(&sb, p, (size_t)n);
        } else if (c < 0x100) {
            sb_printf(&sb, "\\x%02x", c);
        } else if (c < 0x10000) {
            sb_printf(&sb, "\\u%04x", c);
        } else {
            sb_printf(&sb, "\\U%08x", c);
        }
        p += n;
    }
    sb_putc(&sb, quote);
    return sb_finish(ts, &sb);
}

static Value str_tp_repr(ThreadState *ts, Value self) { return str_repr(ts, self); }

static Value str_tp_str(ThreadState *ts, Value self)
{
    if (val_type(self) == &type_str)
        return self;
    StrObj *s = STR(self);
    return str_make(ts, s->data, (size_t)s->size, s->length, s->h.flags & STR_ASCII);
}

static int64_t str_tp_hash(ThreadState *ts, Value self) { return str_hash(self); }
static int64_t str_tp_len(ThreadState *ts, Value self) { return STR(self)->length; }

static Value str_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!IS_STR(a) || !IS_STR(b))
        return VAL_NOTIMPL;
    if (op == CMP_EQ)
        return val_bool(str_eq(a, b));
    if (op == CMP_NE)
        return val_bool(!str_eq(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_GT: return val_bool(c > 0);
    default:     return val_bool(c >= 0);
    }
}

/* ---- building results ---- */

/* A str from a byte range of s (character count computed unless ASCII). */
static Value substr_bytes(ThreadState *ts, StrObj *s, int64_t from, int64_t to)
{
    if (from == 0 && to == s->size && s->h.type == &type_str)
        return VAL(s);
    int ascii = (s->h.flags & STR_ASCII) ? 1 : -1;
    return str_make(ts, s->data + from, (size_t)(to - from), -1, ascii);
}

/* Repeat s n times. */
static Value str_repeat(ThreadState *ts, Value v, int64_t n)
{
    StrObj *s = STR(v);
    if (n <= 0 || s->size == 0)
        return VAL_EMPTY_STR;
    if (n == 1 && val_type(v) == &type_str)
        return v;
    if (s->size > INT64_MAX / n)
        return err_no_memory(ts);
    size_t total = (size_t)(s->size * n);
    if (!gc_check_size(ts, total))
        return VAL_NULL;
    StrObj *r = str_alloc(ts, total);
    if (s->size == 1) {
        memset(r->data, s->data[0], total);
    } else {
        size_t done = (size_t)s->size;
        memcpy(r->data, s->data, done);
        while (done < total) {              /* doubling copies */
            size_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    r->length = s->length * n;
    r->h.flags = s->h.flags & STR_ASCII;
    return VAL(r);
}

/* ---- operators ---- */

static Value str_add(ThreadState *ts, Value a, Value b)
{
    if (!IS_STR(a))
        return VAL_NOTIMPL;
    if (!IS_STR(b))
        return VAL_NOTIMPL;   /* b.__radd__ may take it; else obj_binop says "can only concatenate" */
    return str_concat(ts, a, b);
}

/* seq * n for str, list and tuple: which operand is the count, and CPython's
 * message when it is not an int. Returns 1 with *n set, 0 for NotImplemented,
 * -1 on error. Shared by the sequence types (declared in tuple.h). */
int seq_repeat_count(ThreadState *ts, Value a, Value b, ObjKind k, Value *seq, int64_t *n)
{
    Value other;
    bool self_left = val_is(a, k);
    if (self_left) { *seq = a; other = b; }
    else { *seq = b; other = a; }
    if (val_is_smallint(other)) {
        *n = val_smallint(other);
        return 1;
    }
    Type *to = val_type(other);
    if (val_is_int(other) || to->nb_index) {
        Value iv = val_is_int(other) ? other : obj_index(ts, other);
        if (!iv)
            return -1;
        if (!int_to_i64(iv, n)) {
            if (int_sign(iv) < 0) { *n = 0; return 1; }
            err_format(ts, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return 1;
    }
    if (self_left && (to->tflags & TF_HEAP) && to->nb_binary[OP_MUL])
        return 0;                          /* b.__rmul__ may know */
    err_format(ts, &exc_TypeError, "can't multiply sequence by non-int of type '%s'", to->name);
    return -1;
}

static Value str_mul(ThreadState *ts, Value a, Value b)
{
    Value s;
    int64_t n;
    int r = seq_repeat_count(ts, a, b, K_STR, &s, &n);
    if (r <= 0)
        return r < 0 ? VAL_NULL : VAL_NOTIMPL;
    return str_repeat(ts, s, n);
}

static Value str_mod(ThreadState *ts, Value a, Value b)
{
    if (!IS_STR(a))
        return VAL_NOTIMPL;
    return format_percent(ts, a, b);
}

/* Find needle in [from, to) of hay; byte offset or -1. */
static int64_t find_bytes(const char *hay, int64_t from, int64_t to, const char *needle, int64_t n)
{
    if (n == 0)
        return from <= to ? from : -1;
    if (to - from < n)
        return -1;
    if (n == 1) {
        const char *p = memchr(hay + from, needle[0], (size_t)(to - from));
        return p ? p - hay : -1;
    }
    const char *p = memmem(hay + from, (size_t)(to - from), needle, (size_t)n);
    return p ? p - hay : -1;
}

static int64_t rfind_bytes(const char *hay, int64_t from, int64_t to, const char *needle, int64_t n)
{
    if (n == 0)
        return from <= to ? to : -1;
    for (int64_t i = to - n; i >= from; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)n) == 0)
            return i;
    return -1;
}

static int str_contains(ThreadState *ts, Value self, Value x)
{
    if (!IS_STR(x)) {
        err_format(ts, &exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   val_type_name(x));
        return -1;
    }
    StrObj *s = STR(self), *n = STR(x);
    return find_bytes(s->data, 0, s->size, n->data, n->size) >= 0;
}

/* ---- indexing ---- */

/* An index argument (int or __index__) as int64, clamping huge values so that
 * the caller's range check fails. Declared in tuple.h. */
bool seq_index_arg(ThreadState *ts, Value key, int64_t *out)
{
    if (val_is_smallint(key)) {
        *out = val_smallint(key);
        return true;
    }
    Value iv = val_is_int(key) ? key : obj_index(ts, key);
    if (!iv)
        return false;
    if (!int_to_i64(iv, out)) {
        err_format(ts, &exc_IndexError, "cannot fit '%s' into an index-sized integer", val_type_name(key));
        return false;
    }
    return true;
}

static Value str_getitem(ThreadState *ts, Value self, Value key)
{
    StrObj *s = STR(self);
    if (val_is_smallint(key) || val_is_int(key) || (val_is_obj(key) && OBJ(key)->kind != K_SLICE && val_type(key)->nb_index)) {
        int64_t i;
        if (!seq_index_arg(ts, key, &i))
            return VAL_NULL;
        if (i < 0)
            i += s->length;
        if (i < 0 || i >= s->length)
            return err_format(ts, &exc_IndexError, "string index out of range");
        return str_char_at(ts, self, i);
    }
    if (val_is(key, K_SLICE)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, s->length, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (n <= 0)
            return VAL_EMPTY_STR;
        if (step == 1) {
            int64_t b0 = str_byte_offset(self, start);
            int64_t b1 = (s->h.flags & STR_ASCII) ? stop : b0 + (str_byte_offset(self, stop) - b0);
            return substr_bytes(ts, s, b0, b1);
        }
        if (s->h.flags & STR_ASCII) {
            StrObj *r = str_alloc(ts, (size_t)n);
            for (int64_t i = 0, j = start; i < n; i++, j += step)
                r->data[i] = s->data[j];
            r->length = n;
            r->h.flags = STR_ASCII;
            if (n == 1)
                return ascii_char((unsigned char)r->data[0]);
            return VAL(r);
        }
        /* non-ASCII with a step: collect code point offsets */
        int64_t *offs = xmalloc(sizeof(int64_t) * (size_t)(s->length + 1));
        int64_t k = 0;
        for (int64_t off = 0; off < s->size; k++) {
            offs[k] = off;
            off++;
            while (off < s->size && ((unsigned char)s->data[off] & 0xC0) == 0x80)
                off++;
        }
        offs[k] = s->size;
        StrBuf sb;
        sb_init(&sb);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            sb_append(&sb, s->data + offs[j], (size_t)(offs[j + 1] - offs[j]));
        free(offs);
        return sb_finish(ts, &sb);
    }
    return err_format(ts, &exc_TypeError, "string indices must be integers, not '%s'", val_type_name(key));
}

/* ---- argument helpers ---- */

static bool want_str(ThreadState *ts, Value v)
{
    if (IS_STR(v))
        return true;
    err_format(ts, &exc_TypeError, "must be str, not %s", val_type_name(v));
    return false;
}

/* start/end of find & co: None or an index, adjusted like a slice. */
static bool get_range(ThreadState *ts, StrObj *s, Value vstart, Value vend, int64_t *start, int64_t *end)
{
    int64_t len = s->length;
    *start = 0;
    *end = len;
    if (vstart && vstart != VAL_NONE && !slice_index_arg(ts, vstart, start))
        return false;
    if (vend && vend != VAL_NONE && !slice_index_arg(ts, vend, end))
        return false;
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    return true;
}

/* Parses (sub, start=None, end=None) of find/count/startswith... */
static bool sub_args(ThreadState *ts, const char *name, int argc, Value *argv, Value kwnames,
                     Value *sub, int64_t *start, int64_t *end)
{
    if (!argc_range_old(ts, name, argc, kwnames, 1, 3))
        return false;
    *sub = argv[1];
    return get_range(ts, STR(argv[0]), argc > 2 ? argv[2] : VAL_NULL, argc > 3 ? argv[3] : VAL_NULL,
                     start, end);
}

/* find in code-point range; returns code-point index or -1 (-2 error-free "start > len"). */
static int64_t str_find_impl(StrObj *s, StrObj *sub, int64_t start, int64_t end, bool reverse)
{
    if (start > s->length || end - start < sub->length)
        return -1;
    Value sv = VAL(s);
    int64_t b0 = str_byte_offset(sv, start), b1 = str_byte_offset(sv, end);
    int64_t r = reverse ? rfind_bytes(s->data, b0, b1, sub->data, sub->size)
                        : find_bytes(s->data, b0, b1, sub->data, sub->size);
    return r < 0 ? -1 : char_index(s, r);
}

static Value find_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name,
                         bool reverse, bool raise)
{
    Value sub;
    int64_t start, end;
    if (!sub_args(ts, name, argc, argv, kwnames, &sub, &start, &end) || !want_str(ts, sub))
        return VAL_NULL;
    int64_t r = str_find_impl(STR(argv[0]), STR(sub), start, end, reverse);
    if (r < 0 && raise)
        return err_format(ts, &exc_ValueError, "substring not found");
    return val_from_smallint(r);
}

static Value str_find(ThreadState *ts, int argc, Value *argv, Value kw) { return find_common(ts, argc, argv, kw, "find", false, false); }
static Value str_rfind(ThreadState *ts, int argc, Value *argv, Value kw) { return find_common(ts, argc, argv, kw, "rfind", true, false); }
static Value str_index(ThreadState *ts, int argc, Value *argv, Value kw) { return find_common(ts, argc, argv, kw, "index", false, true); }
static Value str_rindex(ThreadState *ts, int argc, Value *argv, Value kw) { return find_common(ts, argc, argv, kw, "rindex", true, true); }

static Value str_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value subv;
    int64_t start, end;
    if (!sub_args(ts, "count", argc, argv, kwnames, &subv, &start, &end) || !want_str(ts, subv))
        return VAL_NULL;
    StrObj *s = STR(argv[0]), *sub = STR(subv);
    if (start > s->length || end < start)
        return val_from_smallint(0);
    if (sub->size == 0)
        return val_from_smallint(end - start + 1);
    int64_t b0 = str_byte_offset(argv[0], start), b1 = str_byte_offset(argv[0], end), c = 0;
    for (;;) {
        int64_t r = find_bytes(s->data, b0, b1, sub->data, sub->size);
        if (r < 0)
            break;
        c++;
        b0 = r + sub->size;
    }
    return val_from_smallint(c);
}

static Value starts_ends(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, bool ends)
{
    Value prefix;
    int64_t start, end;
    if (!sub_args(ts, name, argc, argv, kwnames, &prefix, &start, &end))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    Value *items = &prefix;
    int64_t n = 1;
    if (IS_TUPLE(prefix)) {
        items = TUPLE(prefix)->items;
        n = TUPLE(prefix)->length;
    } else if (!IS_STR(prefix)) {
        return err_format(ts, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                          name, val_type_name(prefix));
    }
    for (int64_t i = 0; i < n; i++) {
        if (!IS_STR(items[i]))
            return err_format(ts, &exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              val_type_name(items[i]));
        StrObj *p = STR(items[i]);
        if (start > s->length || end - start < p->length)
            continue;
        int64_t b0 = str_byte_offset(argv[0], start), b1 = str_byte_offset(argv[0], end);
        if (ends ? memcmp(s->data + b1 - p->size, p->data, (size_t)p->size) == 0
                 : memcmp(s->data + b0, p->data, (size_t)p->size) == 0)
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value str_startswith(ThreadState *ts, int argc, Value *argv, Value kw) { return starts_ends(ts, argc, argv, kw, "startswith", false); }
static Value str_endswith(ThreadState *ts, int argc, Value *argv, Value kw) { return starts_ends(ts, argc, argv, kw, "endswith", true); }

/* ---- split & co ---- */

static bool split_args(ThreadState *ts, const char *name, int argc, Value *argv, Value kwnames,
                       Value *sep, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value out[2];
    if (!args_bind(ts, name, argc - 1, argv + 1, kwnames, 2, names, 0, 2, 0, out))
        return false;
    *sep = out[0] ? out[0] : VAL_NONE;
    *maxsplit = -1;
    if (*sep != VAL_NONE) {
        if (!IS_STR(*sep)) {
            err_format(ts, &exc_TypeError, "must be str or None, not %s", val_type_name(*sep));
            return false;
        }
        if (STR(*sep)->size == 0) {
            err_format(ts, &exc_ValueError, "empty separator");
            return false;
        }
    }
    if (out[1] && !int_arg(ts, out[1], maxsplit))
        return false;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return true;
}

/* Byte length of the whitespace char at p (0 if not whitespace). */
static int space_at(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) ? 1 : 0;
    uint32_t cp;
    int n = utf8_decode(p, &cp);
    (void)end;
    return uc_isspace(cp) ? n : 0;
}

/* Byte length of the whitespace char ending just before p (0 if none). */
static int space_before(const char *start, const char *p)
{
    const char *q = p - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    return space_at(q, p) == (int)(p - q) ? (int)(p - q) : 0;
}

static Value str_split(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (!split_args(ts, "split", argc, argv, kwnames, &sep, &maxsplit))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    Value list = list_new_empty(ts, 4);
    const char *p = s->data, *end = s->data + s->size;
    if (sep == VAL_NONE) {
        for (;;) {
            int k;
            while (p < end && (k = space_at(p, end)) > 0)
                p += k;
            if (p >= end)
                break;
            if (maxsplit == 0) {             /* the rest, as it is */
                if (list_try_append(ts, list, substr_bytes(ts, s, p - s->data, s->size)) < 0)
                    return VAL_NULL;
                break;
            }
            const char *w = p;
            while (p < end && space_at(p, end) == 0)
                p++;
            if (list_try_append(ts, list, substr_bytes(ts, s, w - s->data, p - s->data)) < 0)
                return VAL_NULL;
            maxsplit--;
        }
        return list;
    }
    StrObj *sp = STR(sep);
    int64_t pos = 0;
    while (maxsplit-- > 0) {
        int64_t r = find_bytes(s->data, pos, s->size, sp->data, sp->size);
        if (r < 0)
            break;
        if (list_try_append(ts, list, substr_bytes(ts, s, pos, r)) < 0)
            return VAL_NULL;
        pos = r + sp->size;
    }
    if (list_try_append(ts, list, substr_bytes(ts, s, pos, s->size)) < 0)
        return VAL_NULL;
    return list;
}

static void list_reverse_items(Value list)
{
    ListObj *l = LIST(list);
    for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value str_rsplit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (!split_args(ts, "rsplit", argc, argv, kwnames, &sep, &maxsplit))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    Value list = list_new_empty(ts, 4);
    const char *start = s->data, *e = s->data + s->size;
    if (sep == VAL_NONE) {
        for (;;) {
            int k;
            while (e > start && (k = space_before(start, e)) > 0)
                e -= k;
            if (e <= start)
                break;
            if (maxsplit == 0) {
                if (list_try_append(ts, list, substr_bytes(ts, s, 0, e - s->data)) < 0)
                    return VAL_NULL;
                break;
            }
            const char *w = e;
            while (e > start && space_before(start, e) == 0)
                e--;
            if (list_try_append(ts, list, substr_bytes(ts, s, e - s->data, w - s->data)) < 0)
                return VAL_NULL;
            maxsplit--;
        }
        list_reverse_items(list);
        return list;
    }
    StrObj *sp = STR(sep);
    int64_t pos = s->size;
    while (maxsplit-- > 0) {
        int64_t r = rfind_bytes(s->data, 0, pos, sp->data, sp->size);
        if (r < 0)
            break;
        if (list_try_append(ts, list, substr_bytes(ts, s, r + sp->size, pos)) < 0)
            return VAL_NULL;
        pos = r;
    }
    if (list_try_append(ts, list, substr_bytes(ts, s, 0, pos)) < 0)
        return VAL_NULL;
    list_reverse_items(list);
    return list;
}

static Value str_splitlines(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"keepends"};
    Value out[1];
    if (!args_bind(ts, "splitlines", argc - 1, argv + 1, kwnames, 1, names, 0, 1, 0, out))
        return VAL_NULL;
    int keep = 0;
    if (out[0] && (keep = obj_truthy(ts, out[0])) < 0)
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    Value list = list_new_empty(ts, 4);
    const char *p = s->data, *end = s->data + s->size, *line = p;
    while (p < end) {
        uint32_t c;
        int n = utf8_decode(p, &c);
        if (uc_islinebreak(c)) {
            const char *eol = p;
            p += n;
            if (c == '\r' && p < end && *p == '\n')
                p++;
            if (list_try_append(ts, list, substr_bytes(ts, s, line - s->data, (keep ? p : eol) - s->data)) < 0)
                return VAL_NULL;
            line = p;
        } else {
            p += n;
        }
    }
    if (line < end)
        if (list_try_append(ts, list, substr_bytes(ts, s, line - s->data, s->size)) < 0)
            return VAL_NULL;
    return list;
}

static Value partition_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, bool rev)
{
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    Value sepv = argv[1];
    if (!want_str(ts, sepv))
        return VAL_NULL;
    StrObj *s = STR(argv[0]), *sep = STR(sepv);
    if (sep->size == 0)
        return err_format(ts, &exc_ValueError, "empty separator");
    int64_t r = rev ? rfind_bytes(s->data, 0, s->size, sep->data, sep->size)
                    : find_bytes(s->data, 0, s->size, sep->data, sep->size);
    Value t = tuple_new(ts, 3);
    Value *it = TUPLE(t)->items;
    if (r < 0) {
        if (rev) {
            it[0] = VAL_EMPTY_STR; it[1] = VAL_EMPTY_STR; it[2] = substr_bytes(ts, s, 0, s->size);
        } else {
            it[0] = substr_bytes(ts, s, 0, s->size); it[1] = VAL_EMPTY_STR; it[2] = VAL_EMPTY_STR;
        }
        return t;
    }
    it[0] = substr_bytes(ts, s, 0, r);
    it[1] = sepv;
    it[2] = substr_bytes(ts, s, r + sep->size, s->size);
    return t;
}

static Value str_partition(ThreadState *ts, int argc, Value *argv, Value kw) { return partition_common(ts, argc, argv, kw, "str.partition", false); }
static Value str_rpartition(ThreadState *ts, int argc, Value *argv, Value kw) { return partition_common(ts, argc, argv, kw, "str.rpartition", true); }

/* ---- join ---- */

Value str_join(ThreadState *ts, Value sep, Value iterable)
{
    Value holder = VAL_NULL;
    Value *items;
    int64_t n;
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        items = IS_LIST(iterable) ? LIST(iterable)->items : TUPLE(iterable)->items;
        n = IS_LIST(iterable) ? LIST(iterable)->length : TUPLE(iterable)->length;
    } else {
        Value it = obj_iter(ts, iterable);
        if (!it) {
            if (err_matches(ts, &exc_TypeError)) {
                err_clear(ts);
                err_format(ts, &exc_TypeError, "can only join an iterable");
            }
            return VAL_NULL;
        }
        holder = list_new_empty(ts, 8);
        gc_push_root(ts, holder);
        int r = list_extend(ts, holder, it);
        gc_pop_roots(ts, 1);
        if (r < 0)
            return VAL_NULL;
        items = LIST(holder)->items;
        n = LIST(holder)->length;
    }
    if (n == 0)
        return VAL_EMPTY_STR;
    if (n == 1 && val_type(items[0]) == &type_str)
        return items[0];
    StrObj *sp = STR(sep);
    size_t total = 0;
    int64_t chars = 0;
    bool ascii = (sp->h.flags & STR_ASCII) != 0;
    for (int64_t i = 0; i < n; i++) {
        if (!IS_STR(items[i]))
            return err_format(ts, &exc_TypeError, "sequence item %lld: expected str instance, %s found",
                              (long long)i, val_type_name(items[i]));
        StrObj *x = STR(items[i]);
        total += (size_t)x->size;
        chars += x->length;
        ascii = ascii && (x->h.flags & STR_ASCII);
    }
    total += (size_t)sp->size * (size_t)(n - 1);
    chars += sp->length * (n - 1);
    if (total > (1u << 20) && !gc_check_size(ts, total))
        return VAL_NULL;
    StrObj *r = str_alloc(ts, total);
    char *q = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && sp->size) {
            memcpy(q, sp->data, (size_t)sp->size);
            q += sp->size;
        }
        StrObj *x = STR(items[i]);
        memcpy(q, x->data, (size_t)x->size);
        q += x->size;
    }
    r->length = chars;
    r->h.flags = ascii ? STR_ASCII : 0;
    if (total == 1)
        return ascii_char((unsigned char)r->data[0]);
    return VAL(r);
}

static Value str_join_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "str.join", argc, kwnames))
        return VAL_NULL;
    return str_join(ts, argv[0], argv[1]);
}

/* ---- strip ---- */

static bool in_chars(StrObj *chars, uint32_t c)
{
    const char *p = chars->data, *end = p + chars->size;
    while (p < end) {
        uint32_t d;
        p += utf8_decode(p, &d);
        if (d == c)
            return true;
    }
    return false;
}

static Value strip_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int sides)
{
    if (!argc_range(ts, name, argc, kwnames, 0, 1))
        return VAL_NULL;
    StrObj *chars = NULL;
    if (argc > 1 && argv[1] != VAL_NONE) {
        if (!IS_STR(argv[1]))
            return err_format(ts, &exc_TypeError, "%s arg must be None or str", name);
        chars = STR(argv[1]);
    }
    StrObj *s = STR(argv[0]);
    const char *b = s->data, *e = s->data + s->size;
    if (sides & 1) {
        while (b < e) {
            uint32_t c;
            int n = utf8_decode(b, &c);
            if (chars ? !in_chars(chars, c) : !uc_isspace(c))
                break;
            b += n;
        }
    }
    if (sides & 2) {
        while (e > b) {
            const char *q = e - 1;
            while (q > b && ((unsigned char)*q & 0xC0) == 0x80)
                q--;
            uint32_t c;
            utf8_decode(q, &c);
            if (chars ? !in_chars(chars, c) : !uc_isspace(c))
                break;
            e = q;
        }
    }
    return substr_bytes(ts, s, b - s->data, e - s->data);
}

static Value str_strip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_common(ts, argc, argv, kw, "strip", 3); }
static Value str_lstrip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_common(ts, argc, argv, kw, "lstrip", 1); }
static Value str_rstrip(ThreadState *ts, int argc, Value *argv, Value kw) { return strip_common(ts, argc, argv, kw, "rstrip", 2); }

/* ---- replace ---- */

/* Whether the heap has room for s.replace(old, new, count): the result is
 * built in a StrBuf, then copied into the str. Only a replacement that could
 * make the result much longer counts its matches first. */
static bool replace_fits(ThreadState *ts, StrObj *s, StrObj *old, StrObj *new, int64_t count)
{
    if (new->size <= old->size)
        return true;
    int64_t most = old->size ? s->size / old->size : s->length + 1;
    if (most > count)
        most = count;
    if ((double)most * (double)(new->size - old->size) < (double)(1 << 20))
        return true;
    int64_t matches = 0;
    if (!old->size) {
        matches = most;
    } else {
        for (int64_t pos = 0; matches < most; matches++) {
            int64_t r = find_bytes(s->data, pos, s->size, old->data, old->size);
            if (r < 0)
                break;
            pos = r + old->size;
        }
    }
    double size = (double)s->size + (double)matches * (double)(new->size - old->size);
    if (size >= (double)(SIZE_MAX / 4))
        return gc_check_size(ts, SIZE_MAX);
    return gc_check_size(ts, 2 * (size_t)size);
}

static Value str_replace(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "replace", argc, kwnames, 2, 3))
        return VAL_NULL;
    for (int i = 1; i <= 2; i++)
        if (!IS_STR(argv[i]))
            return err_format(ts, &exc_TypeError, "replace() argument %d must be str, not %s", i,
                              val_type_name(argv[i]));
    int64_t count = -1;
    if (argc > 3 && !int_arg(ts, argv[3], &count))
        return VAL_NULL;
    if (count < 0)
        count = INT64_MAX;
    StrObj *s = STR(argv[0]), *old = STR(argv[1]), *new = STR(argv[2]);
    if (count == 0 || (old->size == 0 && new->size == 0))
        return substr_bytes(ts, s, 0, s->size);
    if (!replace_fits(ts, s, old, new, count))
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb);
    if (old->size == 0) {
        const char *p = s->data, *end = p + s->size;
        while (count > 0) {
            sb_append(&sb, new->data, (size_t)new->size);
            count--;
            if (p >= end)
                break;
            uint32_t c;
            int n = utf8_decode(p, &c);
            sb_append(&sb, p, (size_t)n);
            p += n;
        }
        sb_append(&sb, p, (size_t)(end - p));
        return sb_finish(ts, &sb);
    }
    int64_t pos = 0;
    bool any = false;
    while (count-- > 0) {
        int64_t r = find_bytes(s->data, pos, s->size, old->data, old->size);
        if (r < 0)
            break;
        any = true;
        sb_append(&sb, s->data + pos, (size_t)(r - pos));
        sb_append(&sb, new->data, (size_t)new->size);
        pos = r + old->size;
    }
    if (!any) {
        sb_free(&sb);
        return substr_bytes(ts, s, 0, s->size);
    }
    sb_append(&sb, s->data + pos, (size_t)(s->size - pos));
    return sb_finish(ts, &sb);
}

/* ---- case ---- */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

static void put_cp(StrBuf *sb, uint32_t c)
{
    char buf[4];
    sb_append(sb, buf, (size_t)utf8_encode(c, buf));
}

static void put_upper(StrBuf *sb, uint32_t c)
{
    if (c == 0xDF) { sb_append(sb, "SS", 2); return; }
    put_cp(sb, uc_toupper(c));
}

static void put_lower(StrBuf *sb, uint32_t c, bool fold)
{
    if (c == 0x130) { sb_append(sb, "i\xcc\x87", 3); return; }
    if (fold) {
        if (c == 0xDF) { sb_append(sb, "ss", 2); return; }
        if (c == 0x3C2) { put_cp(sb, 0x3C3); return; }
        if (c == 0xB5) { put_cp(sb, 0x3BC); return; }
        if (c == 0x17F) { sb_putc(sb, 's'); return; }
    }
    put_cp(sb, uc_tolower(c));
}

static Value case_map(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int mode)
{
    if (!argc_none(ts, name, argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    if (s->h.flags & STR_ASCII) {
        StrObj *r = str_alloc(ts, (size_t)s->size);
        bool prev_cased = false;
        for (int64_t i = 0; i < s->size; i++) {
            char c = s->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case CASE_UPPER: if (lo) c -= 32; break;
            case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
            case CASE_SWAP: if (lo) c -= 32; else if (up) c += 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (up) c += 32; }
                else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            case CASE_CAPITALIZE:
                if (i == 0) { if (lo) c -= 32; }
                else if (up) c += 32;
                break;
            }
            r->data[i] = c;
        }
        r->length = s->length;
        r->h.flags = STR_ASCII;
        if (s->size <= 1)
            return s->size ? ascii_char((unsigned char)r->data[0]) : VAL_EMPTY_STR;
        return VAL(r);
    }
    StrBuf sb;
    sb_init(&sb);
    const char *p = s->data, *end = p + s->size;
    bool prev_cased = false, first = true;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        switch (mode) {
        case CASE_UPPER: put_upper(&sb, c); break;
        case CASE_LOWER:
            if (c == 0x3A3 && prev_cased) {   /* final sigma: at the end of a word */
                uint32_t next = 0;
                if (p < end)
                    utf8_decode(p, &next);
                put_cp(&sb, uc_iscased(next) ? 0x3C3 : 0x3C2);
            } else {
                put_lower(&sb, c, false);
            }
            prev_cased = uc_iscased(c);
            break;
        case CASE_FOLD: put_lower(&sb, c, true); break;
        case CASE_SWAP:
            if (uc_isupper(c)) put_lower(&sb, c, false);
            else if (uc_islower(c)) put_upper(&sb, c);
            else put_cp(&sb, c);
            break;
        case CASE_TITLE:
            if (prev_cased) put_lower(&sb, c, false);
            else if (c == 0xDF) sb_append(&sb, "Ss", 2);
            else put_cp(&sb, uc_toupper(c));
            prev_cased = uc_iscased(c);
            break;
        case CASE_CAPITALIZE:
            if (first) {
                if (c == 0xDF) sb_append(&sb, "Ss", 2);
                else put_cp(&sb, uc_toupper(c));
            } else {
                put_lower(&sb, c, false);
            }
            break;
        }
        first = false;
    }
    return sb_finish(ts, &sb);
}

static Value str_upper(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.upper", CASE_UPPER); }
static Value str_lower(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.lower", CASE_LOWER); }
static Value str_swapcase(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.swapcase", CASE_SWAP); }
static Value str_title(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.title", CASE_TITLE); }
static Value str_capitalize(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.capitalize", CASE_CAPITALIZE); }
static Value str_casefold(ThreadState *ts, int argc, Value *argv, Value kw) { return case_map(ts, argc, argv, kw, "str.casefold", CASE_FOLD); }

/* ---- predicates ---- */

enum { IS_DIGIT, IS_DECIMAL, IS_NUMERIC, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_PRINTABLE, IS_ASCII };

static Value char_pred(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int which)
{
    if (!argc_none(ts, name, argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    if (which == IS_ASCII)
        return val_bool(s->h.flags & STR_ASCII);
    if (s->size == 0)
        return val_bool(which == IS_PRINTABLE);
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        bool ok;
        switch (which) {
        case IS_DIGIT: ok = uc_isdigit(c); break;
        case IS_DECIMAL: ok = uc_isdecimal(c); break;
        case IS_NUMERIC: ok = uc_isnumeric(c); break;
        case IS_ALPHA: ok = uc_isalpha(c); break;
        case IS_ALNUM: ok = uc_isalnum(c); break;
        case IS_SPACE: ok = uc_isspace(c); break;
        default: ok = uc_isprintable(c); break;
        }
        if (!ok)
            return VAL_FALSE;
    }
    return VAL_TRUE;
}

static Value str_isdigit(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isdigit", IS_DIGIT); }
static Value str_isdecimal(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isdecimal", IS_DECIMAL); }
static Value str_isnumeric(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isnumeric", IS_NUMERIC); }
static Value str_isalpha(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isalpha", IS_ALPHA); }
static Value str_isalnum(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isalnum", IS_ALNUM); }
static Value str_isspace(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isspace", IS_SPACE); }
static Value str_isprintable(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isprintable", IS_PRINTABLE); }
static Value str_isascii(ThreadState *ts, int argc, Value *argv, Value kw) { return char_pred(ts, argc, argv, kw, "str.isascii", IS_ASCII); }

static Value case_pred(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int which)
{
    if (!argc_none(ts, name, argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    const char *p = s->data, *end = p + s->size;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        bool up = uc_isupper(c), lo = uc_islower(c);
        if (which == 0) {                  /* isupper */
            if (lo) return VAL_FALSE;
            cased |= up;
        } else if (which == 1) {           /* islower */
            if (up) return VAL_FALSE;
            cased |= lo;
        } else {                           /* istitle */
            if (up) {
                if (prev_cased) return VAL_FALSE;
                prev_cased = cased = true;
            } else if (lo) {
                if (!prev_cased) return VAL_FALSE;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        }
    }
    return val_bool(cased);
}

static Value str_isupper(ThreadState *ts, int argc, Value *argv, Value kw) { return case_pred(ts, argc, argv, kw, "str.isupper", 0); }
static Value str_islower(ThreadState *ts, int argc, Value *argv, Value kw) { return case_pred(ts, argc, argv, kw, "str.islower", 1); }
static Value str_istitle(ThreadState *ts, int argc, Value *argv, Value kw) { return case_pred(ts, argc, argv, kw, "str.istitle", 2); }

static Value str_isidentifier(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "str.isidentifier", argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    if (s->size == 0)
        return VAL_FALSE;
    const char *p = s->data, *end = p + s->size;
    bool first = true;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        bool ok = c == '_' || uc_isalpha(c) || (!first && (uc_isdecimal(c) || (c >= 0x80 && uc_isdigit(c))));
        if (!ok)
            return VAL_FALSE;
        first = false;
    }
    return VAL_TRUE;
}

/* ---- padding ---- */

static bool fill_arg(ThreadState *ts, Value v, const char **fill, int *fill_n)
{
    if (!IS_STR(v)) {
        err_format(ts, &exc_TypeError, "The fill character must be a unicode character, not %s",
                   val_type_name(v));
        return false;
    }
    if (STR(v)->length != 1) {
        err_format(ts, &exc_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *fill = STR(v)->data;
    *fill_n = (int)STR(v)->size;
    return true;
}

static Value pad(ThreadState *ts, Value self, int64_t left, int64_t right, const char *fill, int fill_n)
{
    StrObj *s = STR(self);
    if (left <= 0 && right <= 0)
        return substr_bytes(ts, s, 0, s->size);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    size_t total = (size_t)s->size + (size_t)(left + right) * (size_t)fill_n;
    if (!gc_check_size(ts, total))
        return VAL_NULL;
    StrObj *r = str_alloc(ts, total);
    char *q = r->data;
    for (int64_t i = 0; i < left; i++, q += fill_n)
        memcpy(q, fill, (size_t)fill_n);
    memcpy(q, s->data, (size_t)s->size);
    q += s->size;
    for (int64_t i = 0; i < right; i++, q += fill_n)
        memcpy(q, fill, (size_t)fill_n);
    r->length = s->length + left + right;
    r->h.flags = ((s->h.flags & STR_ASCII) && fill_n == 1) ? STR_ASCII : 0;
    return VAL(r);
}

static Value just_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int how)
{
    if (!argc_range(ts, name, argc, kwnames, 1, 2))
        return VAL_NULL;
    int64_t width;
    if (!int_arg(ts, argv[1], &width))
        return VAL_NULL;
    const char *fill = " ";
    int fill_n = 1;
    if (argc > 2 && !fill_arg(ts, argv[2], &fill, &fill_n))
        return VAL_NULL;
    int64_t len = STR(argv[0])->length, marg = width - len;
    if (marg <= 0)
        return pad(ts, argv[0], 0, 0, fill, fill_n);
    switch (how) {
    case 0: return pad(ts, argv[0], 0, marg, fill, fill_n);       /* ljust */
    case 1: return pad(ts, argv[0], marg, 0, fill, fill_n);       /* rjust */
    default: {                                                    /* center, CPython's rounding */
        int64_t left = marg / 2 + (marg & width & 1);
        return pad(ts, argv[0], left, marg - left, fill, fill_n);
    }
    }
}

static Value str_ljust(ThreadState *ts, int argc, Value *argv, Value kw) { return just_common(ts, argc, argv, kw, "ljust", 0); }
static Value str_rjust(ThreadState *ts, int argc, Value *argv, Value kw) { return just_common(ts, argc, argv, kw, "rjust", 1); }
static Value str_center(ThreadState *ts, int argc, Value *argv, Value kw) { return just_common(ts, argc, argv, kw, "center", 2); }

static Value str_zfill(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "str.zfill", argc, kwnames))
        return VAL_NULL;
    int64_t width;
    if (!int_arg(ts, argv[1], &width))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    int64_t fill = width - s->length;
    if (fill <= 0)
        return substr_bytes(ts, s, 0, s->size);
    Value r = pad(ts, argv[0], fill, 0, "0", 1);
    if (!r)
        return VAL_NULL;
    StrObj *rs = STR(r);
    if (s->size > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        rs->data[0] = s->data[0];
        rs->data[fill] = '0';
    }
    return r;
}

static Value str_expandtabs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"tabsize"};
    Value out[1];
    if (!args_bind(ts, "expandtabs", argc - 1, argv + 1, kwnames, 1, names, 0, 1, 0, out))
        return VAL_NULL;
    int64_t tab = 8;
    if (out[0] && !int_arg(ts, out[0], &tab))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    if (!memchr(s->data, '\t', (size_t)s->size))
        return substr_bytes(ts, s, 0, s->size);
    StrBuf sb;
    sb_init(&sb);
    int64_t col = 0;
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        uint32_t c;
        int n = utf8_decode(p, &c);
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t i = 0; i < k; i++)
                    sb_putc(&sb, ' ');
                col += k;
            }
        } else {
            sb_append(&sb, p, (size_t)n);
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
        p += n;
    }
    return sb_finish(ts, &sb);
}

static Value affix_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, bool suffix)
{
    char qual[32];
    snprintf(qual, sizeof qual, "str.%s", name);
    if (!argc_one(ts, qual, argc, kwnames))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "%s() argument must be str, not %s", name, val_type_name(argv[1]));
    StrObj *s = STR(argv[0]), *a = STR(argv[1]);
    if (a->size > 0 && a->size <= s->size) {
        if (!suffix && memcmp(s->data, a->data, (size_t)a->size) == 0)
            return substr_bytes(ts, s, a->size, s->size);
        if (suffix && memcmp(s->data + s->size - a->size, a->data, (size_t)a->size) == 0)
            return substr_bytes(ts, s, 0, s->size - a->size);
    }
    return substr_bytes(ts, s, 0, s->size);
}

static Value str_removeprefix(ThreadState *ts, int argc, Value *argv, Value kw) { return affix_common(ts, argc, argv, kw, "removeprefix", false); }
static Value str_removesuffix(ThreadState *ts, int argc, Value *argv, Value kw) { return affix_common(ts, argc, argv, kw, "removesuffix", true); }

/* ---- format, encode, translate ---- */

static Value str_format_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return format_str_method(ts, argc, argv, kwnames);
}

static Value str_format_map(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "str.format_map", argc, kwnames))
        return VAL_NULL;
    if (!IS_DICT(argv[1]))
        return err_format(ts, &exc_NotImplementedError, "format_map() with a non-dict mapping is not supported by gilsim");
    /* fmt.format(**mapping): keyword names and values from the dict */
    int64_t n = dict_len(argv[1]);
    Value names = tuple_new(ts, n);
    gc_push_root(ts, names);
    Value *args = xmalloc(sizeof(Value) * (size_t)(n + 1));
    args[0] = argv[0];
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(argv[1], &pos, &k, &v)) {
        if (!IS_STR(k)) {
            free(args);
            gc_pop_roots(ts, 1);
            return err_format(ts, &exc_TypeError, "keywords must be strings");
        }
        TUPLE(names)->items[i] = k;
        args[1 + i++] = v;
    }
    for (int64_t j = 0; j < n; j++)      /* keep the values reachable during the call */
        gc_push_root(ts, args[1 + j]);
    Value r = format_str_method(ts, (int)(n + 1), args, n ? names : VAL_NULL);
    gc_pop_roots(ts, (int)n + 1);
    free(args);
    return r;
}

static Value str_dunder_format(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "str.__format__", argc, kwnames))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "__format__() argument must be str, not %s", val_type_name(argv[1]));
    return format_str(ts, argv[0], argv[1]);
}

static Value str_tp_format(ThreadState *ts, Value self, Value spec) { return format_str(ts, self, spec); }

static Value str_encode(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "encoding", "errors"};
    Value a[3];
    if (!args_bind(ts, "encode", argc, argv, kwnames, 3, names, 1, 3, 1, a))
        return VAL_NULL;
    return bytes_encode_str(ts, argv[0], a[1], a[2]);
}

/* str.maketrans(x[, y[, z]]): a dict from code points to str/int/None. */
static Value str_maketrans(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "maketrans", argc + 1, kwnames, 1, 3))   /* static: no self in argv */
        return VAL_NULL;
    Value d = dict_new(ts);
    gc_push_root(ts, d);
    Value r = d;
    if (argc == 1) {
        if (!IS_DICT(argv[0])) {
            r = err_format(ts, &exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto out;
        }
        int64_t pos = 0;
        Value k, v;
        while (dict_next(argv[0], &pos, &k, &v)) {
            Value key = k;
            if (IS_STR(k)) {
                if (STR(k)->length != 1) {
                    r = err_format(ts, &exc_ValueError, "string keys in translate table must be of length 1");
                    goto out;
                }
                uint32_t c;
                utf8_decode(STR(k)->data, &c);
                key = val_from_smallint(c);
            } else if (!val_is_int(k)) {
                r = err_format(ts, &exc_TypeError, "keys in translate table must be strings or integers");
                goto out;
            }
            if (dict_set(ts, d, key, v) < 0) { r = VAL_NULL; goto out; }
        }
        goto out;
    }
    if (!IS_STR(argv[0]) || !IS_STR(argv[1])) {
        r = err_format(ts, &exc_TypeError, "maketrans() argument %d must be str, not %s", IS_STR(argv[0]) ? 2 : 1,
                       val_type_name(IS_STR(argv[0]) ? argv[1] : argv[0]));
        goto out;
    }
    if (STR(argv[0])->length != STR(argv[1])->length) {
        r = err_format(ts, &exc_ValueError, "the first two maketrans arguments must have equal length");
        goto out;
    }
    {
        const char *p = STR(argv[0])->data, *q = STR(argv[1])->data, *e = p + STR(argv[0])->size;
        while (p < e) {
            uint32_t a, b;
            p += utf8_decode(p, &a);
            q += utf8_decode(q, &b);
            if (dict_set(ts, d, val_from_smallint(a), val_from_smallint(b)) < 0) { r = VAL_NULL; goto out; }
        }
        if (argc > 2) {
            if (!IS_STR(argv[2])) {
                r = err_format(ts, &exc_TypeError, "maketrans() argument 3 must be str, not %s", val_type_name(argv[2]));
                goto out;
            }
            p = STR(argv[2])->data;
            e = p + STR(argv[2])->size;
            while (p < e) {
                uint32_t a;
                p += utf8_decode(p, &a);
                if (dict_set(ts, d, val_from_smallint(a), VAL_NONE) < 0) { r = VAL_NULL; goto out; }
            }
        }
    }
out:
    gc_pop_roots(ts, 1);
    return r;
}

static Value str_translate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "str.translate", argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    Value table = argv[1];
    StrBuf sb;
    sb_init(&sb);
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        uint32_t c;
        int n = utf8_decode(p, &c);
        Value key = val_from_smallint(c);
        Value v = obj_getitem(ts, table, key);
        if (!v) {
            if (!err_matches(ts, &exc_LookupError)) {
                sb_free(&sb);
                return VAL_NULL;
            }
            err_clear(ts);
            sb_append(&sb, p, (size_t)n);
        } else if (v == VAL_NONE) {
            /* deleted */
        } else if (IS_STR(v)) {
            sb_append_str(&sb, v);
        } else if (val_is_int(v)) {
            int64_t cp;
            if (!int_to_i64(v, &cp) || cp < 0 || cp > 0x10FFFF) {
                sb_free(&sb);
                return err_format(ts, &exc_ValueError, "character mapping must be in range(0x110000)");
            }
            put_cp(&sb, (uint32_t)cp);
        } else {
            sb_free(&sb);
            return err_format(ts, &exc_TypeError, "character mapping must return integer, None or str");
        }
        p += n;
    }
    return sb_finish(ts, &sb);
}

static Value str_getnewargs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "str.__getnewargs__", argc, kwnames))
        return VAL_NULL;
    StrObj *s = STR(argv[0]);
    return tuple_pack(ts, 1, str_make(ts, s->data, (size_t)s->size, s->length, s->h.flags & STR_ASCII));
}

/* ---- constructor ---- */

static Value str_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    Value out[3];
    if (!args_bind(ts, "str", argc, argv, kwnames, 3, names, 0, 3, 0, out))
        return VAL_NULL;
    Value s;
    if (out[1] || out[2]) {
        const uint8_t *p;
        int64_t n;
        if (!out[0])
            s = VAL_EMPTY_STR;
        else if (IS_STR(out[0]))
            return err_format(ts, &exc_TypeError, "decoding str is not supported");
        else if (!bytes_view(out[0], &p, &n))
            return err_format(ts, &exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                              val_type_name(out[0]));
        else
            s = bytes_decode(ts, p, n, out[1], out[2]);
    } else
        s = out[0] ? obj_str(ts, out[0]) : VAL_EMPTY_STR;
    if (!s || t == &type_str)
        return s;
    /* a subclass instance: a copy of the text with type t */
    StrObj *src = STR(s);
    size_t base = t->instance_size > sizeof(StrObj) ? t->instance_size : sizeof(StrObj);
    StrObj *r = gc_alloc(ts, t, base + (size_t)src->size + 1);
    r->hash = -1;
    r->size = src->size;
    r->length = src->length;
    r->h.flags = src->h.flags & STR_ASCII;
    memcpy(r->data, src->data, (size_t)src->size + 1);
    return VAL(r);
}

static Value str_tp_iter(ThreadState *ts, Value self)
{
    IterObj *it = gc_alloc(ts, &type_str_iter, sizeof(IterObj));
    it->a = self;
    it->i = 0;         /* byte offset */
    it->n = 0;
    return VAL(it);
}

static void str_trace(GC *gc, Obj *self) { (void)gc; (void)self; }   /* refers to nothing */

DUNDER_LEN(str_dlen, "str.__len__", str_tp_len)
DUNDER_BINARY(str_dgetitem, "str.__getitem__", str_getitem)
DUNDER_CONTAINS(str_dcontains, "str.__contains__", str_contains)
DUNDER_UNARY(str_diter, "str.__iter__", str_tp_iter)
DUNDER_UNARY(str_drepr, "str.__repr__", str_tp_repr)
DUNDER_UNARY(str_dstr, "str.__str__", str_tp_str)
DUNDER_HASH(str_dhash, "str.__hash__", str_tp_hash)
DUNDER_BINARY(str_dadd, "str.__add__", str_add)
DUNDER_BINARY(str_dmul, "str.__mul__", str_mul)
DUNDER_RBINARY(str_drmul, "str.__rmul__", str_mul)
DUNDER_BINARY(str_dmod, "str.__mod__", str_mod)
DUNDER_CMP(str_deq, "str.__eq__", str_richcompare, CMP_EQ)
DUNDER_CMP(str_dne, "str.__ne__", str_richcompare, CMP_NE)
DUNDER_CMP(str_dlt, "str.__lt__", str_richcompare, CMP_LT)
DUNDER_CMP(str_dle, "str.__le__", str_richcompare, CMP_LE)
DUNDER_CMP(str_dgt, "str.__gt__", str_richcompare, CMP_GT)
DUNDER_CMP(str_dge, "str.__ge__", str_richcompare, CMP_GE)
DUNDER_NEW(str_dnew, &type_str, str_tp_new)

static const MethodDef str_methods[] = {
    {"__len__", str_dlen, 0}, {"__getitem__", str_dgetitem, 0}, {"__contains__", str_dcontains, 0},
    {"__iter__", str_diter, 0}, {"__repr__", str_drepr, 0}, {"__str__", str_dstr, 0}, {"__hash__", str_dhash, 0},
    {"__add__", str_dadd, 0}, {"__mul__", str_dmul, 0}, {"__rmul__", str_drmul, 0}, {"__mod__", str_dmod, 0},
    {"__eq__", str_deq, 0}, {"__ne__", str_dne, 0}, {"__lt__", str_dlt, 0}, {"__le__", str_dle, 0},
    {"__gt__", str_dgt, 0}, {"__ge__", str_dge, 0}, {"__new__", str_dnew, METH_STATIC},
    {"split", str_split, 0}, {"rsplit", str_rsplit, 0}, {"join", str_join_meth, 0},
    {"strip", str_strip, 0}, {"lstrip", str_lstrip, 0}, {"rstrip", str_rstrip, 0},
    {"replace", str_replace, 0}, {"find", str_find, 0}, {"rfind", str_rfind, 0},
    {"index", str_index, 0}, {"rindex", str_rindex, 0}, {"count", str_count, 0},
    {"startswith", str_startswith, 0}, {"endswith", str_endswith, 0},
    {"upper", str_upper, 0}, {"lower", str_lower, 0}, {"title", str_title, 0},
    {"capitalize", str_capitalize, 0}, {"swapcase", str_swapcase, 0}, {"casefold", str_casefold, 0},
    {"center", str_center, 0}, {"ljust", str_ljust, 0}, {"rjust", str_rjust, 0}, {"zfill", str_zfill, 0},
    {"isdigit", str_isdigit, 0}, {"isdecimal", str_isdecimal, 0}, {"isnumeric", str_isnumeric, 0},
    {"isalpha", str_isalpha, 0}, {"isalnum", str_isalnum, 0}, {"isspace", str_isspace, 0},
    {"isupper", str_isupper, 0}, {"islower", str_islower, 0}, {"istitle", str_istitle, 0},
    {"isidentifier", str_isidentifier, 0}, {"isprintable", str_isprintable, 0}, {"isascii", str_isascii, 0},
    {"partition", str_partition, 0}, {"rpartition", str_rpartition, 0}, {"splitlines", str_splitlines, 0},
    {"expandtabs", str_expandtabs, 0}, {"format", str_format_meth, 0}, {"format_map", str_format_map, 0},
    {"encode", str_encode, 0}, {"removeprefix", str_removeprefix, 0}, {"removesuffix", str_removesuffix, 0},
    {"__format__", str_dunder_format, 0}, {"maketrans", str_maketrans, METH_STATIC},
    {"translate", str_translate, 0}, {"__getnewargs__", str_getnewargs, 0},
    {NULL, NULL, 0},
};

Type type_str = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "str",
    .layout = K_STR,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(StrObj),
    .methods = str_methods,
    .tp_new = str_tp_new,
    .tp_repr = str_tp_repr,
    .tp_str = str_tp_str,
    .tp_hash = str_tp_hash,
    .tp_richcompare = str_richcompare,
    .tp_len = str_tp_len,
    .tp_getitem = str_getitem,
    .tp_contains = str_contains,
    .tp_iter = str_tp_iter,
    .tp_format = str_tp_format,
    .nb_binary = {[OP_ADD] = str_add, [OP_MUL] = str_mul, [OP_MOD] = str_mod},
    .trace = str_trace,
};
