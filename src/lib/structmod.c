/* structmod.c — `_struct`, behind struct.py: pack, unpack, unpack_from,
 * pack_into and calcsize for the formats b B h H i I l L q Q n N e? f d s p
 * ? x with the byte orders @ = < > !, counts and whitespace, with CPython's
 * sizes (x86-64 native: l is 8 bytes, @ aligns) and messages. Every error is
 * raised as ValueError; struct.py turns it into struct.error.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"

typedef struct Item { char code; int64_t count; int size; int64_t offset; } Item;

typedef struct Layout {
    bool little, native;
    Item *items;
    int nitems;
    int64_t size;              /* calcsize */
    int64_t nvalues;           /* how many values pack takes */
} Layout;

static int code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : -1;
    default: return -1;
    }
}

static bool struct_error(ThreadState *ts, const char *msg)
{
    err_format(ts, &exc_ValueError, "%s", msg);
    return false;
}

static bool parse_format(ThreadState *ts, Value fmt, Layout *L)
{
    const char *s;
    if (IS_STR(fmt)) s = str_cstr(fmt);
    else if (IS_BYTES(fmt)) s = (const char *)BYTES(fmt)->data;
    else {
        err_format(ts, &exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", val_type_name(fmt));
        return false;
    }
    memset(L, 0, sizeof *L);
    L->little = true;
    L->native = true;
    switch (*s) {
    case '@': s++; break;
    case '=': L->native = false; s++; break;
    case '<': L->native = false; s++; break;
    case '>': case '!': L->native = false; L->little = false; s++; break;
    }
    int cap = 0;
    int64_t off = 0;
    while (*s) {
        if (*s == ' ' || (*s >= '\t' && *s <= '\r')) {
            s++;
            continue;
        }
        int64_t count = 1;
        if (*s >= '0' && *s <= '9') {
            count = 0;
            while (*s >= '0' && *s <= '9') {
                if (count > INT64_MAX / 10 - 10) return struct_error(ts, "total struct size too long");
                count = count * 10 + (*s++ - '0');
            }
            if (!*s) return struct_error(ts, "repeat count given without format specifier");
        }
        char c = *s++;
        int size = code_size(c, L->native);
        if (size < 0 || c == 'e' || c == 'P' || c == 'c') {
            if (size > 0 && (c == 'e' || c == 'P' || c == 'c')) {
                err_format(ts, &exc_NotImplementedError, "struct format '%c' is not supported by gilsim", c);
                return false;
            }
            return struct_error(ts, "bad char in struct format");
        }
        if (L->native && size > 1 && c != 's' && c != 'p') off = (off + size - 1) / size * size;
        if (L->nitems == cap) {
            cap = cap ? cap * 2 : 8;
            L->items = xrealloc(L->items, sizeof(Item) * (size_t)cap);
        }
        L->items[L->nitems++] = (Item){c, count, size, off};
        if (count > (INT64_MAX >> 4) / size) return struct_error(ts, "total struct size too long");
        off += count * size;
        if (c == 's' || c == 'p') L->nvalues++;
        else if (c != 'x') L->nvalues += count;
    }
    L->size = off;
    return true;
}

static void put_uint(uint8_t *p, uint64_t v, int size, bool little)
{
    for (int i = 0; i < size; i++) p[little ? i : size - 1 - i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_uint(const uint8_t *p, int size, bool little)
{
    uint64_t v = 0;
    for (int i = 0; i < size; i++) v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    return v;
}

static bool pack_int(ThreadState *ts, const Item *it, bool little, Value v, uint8_t *p)
{
    if (!val_is_int(v) && !val_type(v)->nb_index) return struct_error(ts, "required argument is not an integer");
    Value iv = val_is_int(v) ? v : obj_index(ts, v);
    if (!iv) return false;
    bool is_signed = it->code >= 'a' && it->code <= 'z' && it->code != '?';
    int size = it->size;
    int64_t i;
    bool fits = int_to_i64(iv, &i);
    uint64_t u = (uint64_t)i;
    bool ok;
    if (!fits) {
        /* unsigned 8-byte values above INT64_MAX */
        ok = !is_signed && size == 8 && int_sign(iv) > 0;
        if (ok) {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(iv, z);
            ok = mpz_sizeinbase(z, 2) <= 64;
            u = ok ? (uint64_t)mpz_getlimbn(z, 0) : 0;
            mpz_clear(z);
        }
    } else if (is_signed) ok = size == 8 || (i >= -(INT64_C(1) << (8 * size - 1)) && i < (INT64_C(1) << (8 * size - 1)));
    else ok = i >= 0 && (size == 8 || i < (INT64_C(1) << (8 * size)));
    if (!ok) {
        static const char *const names[] = {"byte", "short"};
        if (size <= 2)
            err_format(ts, &exc_ValueError, "%s%s format requires %lld <= number <= %lld", is_signed ? "" : "u",
                       names[size - 1], is_signed ? -(1LL << (8 * size - 1)) : 0LL,
                       is_signed ? (1LL << (8 * size - 1)) - 1 : (1LL << (8 * size)) - 1);
        else if (size == 4 && is_signed)
            err_format(ts, &exc_ValueError, "'%c' format requires -2147483648 <= number <= 2147483647", it->code);
        else
            err_format(ts, &exc_ValueError, "argument out of range");
        return false;
    }
    put_uint(p, u, size, little);
    return true;
}

static bool pack_into_buf(ThreadState *ts, const Layout *L, int nargs, Value *args, uint8_t *out)
{
    if (nargs != L->nvalues) {
        err_format(ts, &exc_ValueError, "pack expected %lld items for packing (got %d)", (long long)L->nvalues, nargs);
        return false;
    }
    memset(out, 0, (size_t)L->size);
    int k = 0;
    for (int n = 0; n < L->nitems; n++) {
        const Item *it = &L->items[n];
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            const uint8_t *p;
            int64_t len;
            if (!bytes_view(args[k], &p, &len)) {
                err_format(ts, &exc_ValueError, "argument for '%c' must be a bytes object", it->code);
                return false;
            }
            k++;
            int64_t room = it->code == 'p' ? (it->count ? it->count - 1 : 0) : it->count;
            if (len > room) len = room;
            uint8_t *dst = out + it->offset + (it->code == 'p' && it->count ? 1 : 0);
            if (len) memcpy(dst, p, (size_t)len);
            if (it->code == 'p' && it->count) out[it->offset] = (uint8_t)(len > 255 ? 255 : len);
            continue;
        }
        for (int64_t r = 0; r < it->count; r++, k++) {
            uint8_t *dst = out + it->offset + r * it->size;
            Value v = args[k];
            if (it->code == '?') {
                int t = obj_truthy(ts, v);
                if (t < 0) return false;
                *dst = (uint8_t)t;
            } else if (it->code == 'f' || it->code == 'd') {
                double d;
                if (!val_is_int(v) && !IS_FLOAT(v) && !val_type(v)->nb_float && !val_type(v)->nb_index)
                    return struct_error(ts, "required argument is not a float");
                if (!float_as_double(ts, v, &d)) return false;
                uint64_t bits;
                if (it->code == 'f') {
                    float f = (float)d;
                    if (isinf(f) && !isinf(d)) {
                        err_format(ts, &exc_OverflowError, "float too large to pack with f format");
                        return false;
                    }
                    uint32_t b32;
                    memcpy(&b32, &f, 4);
                    bits = b32;
                } else memcpy(&bits, &d, 8);
                put_uint(dst, bits, it->size, L->little);
            } else if (!pack_int(ts, it, L->little, v, dst)) return false;
        }
    }
    return true;
}

static Value unpack_buf(ThreadState *ts, const Layout *L, const uint8_t *buf)
{
    Value out = list_new_empty(ts, L->nvalues);
    gc_push_root(ts, out);
    for (int n = 0; n < L->nitems; n++) {
        const Item *it = &L->items[n];
        if (it->code == 'x') continue;
        const uint8_t *src = buf + it->offset;
        if (it->code == 's' || it->code == 'p') {
            int64_t len = it->count;
            if (it->code == 'p') {
                len = it->count ? (src[0] < it->count ? src[0] : it->count - 1) : 0;
                src++;
            }
            list_append(ts, out, bytes_new(ts, src, len));
            continue;
        }
        for (int64_t r = 0; r < it->count; r++, src += it->size) {
            uint64_t u = get_uint(src, it->size, L->little);
            Value v;
            if (it->code == '?') v = val_bool(u != 0);
            else if (it->code == 'f') {
                uint32_t b32 = (uint32_t)u;
                float f;
                memcpy(&f, &b32, 4);
                v = float_new(ts, f);
            } else if (it->code == 'd') {
                double d;
                memcpy(&d, &u, 8);
                v = float_new(ts, d);
            } else if (it->code >= 'a' && it->code <= 'z') {
                int shift = 64 - 8 * it->size;
                v = int_from_i64(ts, (int64_t)(u << shift) >> shift);
            } else if (u <= (uint64_t)INT64_MAX) v = int_from_i64(ts, (int64_t)u);
            else {
                mpz_t z;
                mpz_init(z);
                mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
                v = int_take_mpz(ts, z);
            }
            list_append(ts, out, v);
        }
    }
    Value t = tuple_from_array(ts, LIST(out)->length, LIST(out)->items);
    gc_pop_roots(ts, 1);
    return t;
}

static Value f_calcsize(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!args_check(ts, "calcsize", argc, kw, 1, 1)) return VAL_NULL;
    Layout L;
    if (!parse_format(ts, argv[0], &L)) return free(L.items), VAL_NULL;
    free(L.items);
    return int_from_i64(ts, L.size);
}

static Value f_pack(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (kw) return err_format(ts, &exc_TypeError, "pack() takes no keyword arguments");
    if (argc < 1) return err_format(ts, &exc_TypeError, "pack expected at least 1 argument, got 0");
    Layout L;
    if (!parse_format(ts, argv[0], &L)) return free(L.items), VAL_NULL;
    if (!gc_check_size(ts, (size_t)L.size)) return free(L.items), VAL_NULL;
    uint8_t *buf = xmalloc((size_t)L.size + 1);
    Value r = pack_into_buf(ts, &L, argc - 1, argv + 1, buf) ? bytes_new(ts, buf, L.size) : VAL_NULL;
    free(buf);
    free(L.items);
    return r;
}

static Value f_pack_into(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (kw) return err_format(ts, &exc_TypeError, "pack_into() takes no keyword arguments");
    if (argc < 3) return err_format(ts, &exc_TypeError, "pack_into expected buffer argument");
    Layout L;
    int64_t offset;
    if (!parse_format(ts, argv[0], &L)) return free(L.items), VAL_NULL;
    Value r = VAL_NULL;
    if (!IS_BYTEARRAY(argv[1])) {
        err_format(ts, &exc_TypeError, "argument must be read-write bytes-like object, not %s", val_type_name(argv[1]));
        goto done;
    }
    if (!int_arg(ts, argv[2], &offset)) goto done;
    int64_t len = BYTES(argv[1])->length;
    if (offset < 0 && offset + len < 0) {
        err_format(ts, &exc_ValueError, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len);
        goto done;
    }
    if (offset < 0) offset += len;
    if (len - offset < L.size) {
        err_format(ts, &exc_ValueError, "pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld (actual buffer size is %lld)",
                   (long long)(L.size + offset), (long long)L.size, (long long)offset, (long long)len);
        goto done;
    }
    uint8_t *buf = xmalloc((size_t)L.size + 1);
    if (pack_into_buf(ts, &L, argc - 3, argv + 3, buf)) {
        if (L.size) memcpy(BYTES(argv[1])->data + offset, buf, (size_t)L.size);
        r = VAL_NONE;
    }
    free(buf);
done:
    free(L.items);
    return r;
}

static Value unpack_common(ThreadState *ts, Value fmt, Value buffer, int64_t offset, bool from)
{
    Layout L;
    if (!parse_format(ts, fmt, &L)) return free(L.items), VAL_NULL;
    const uint8_t *p;
    int64_t n;
    Value r = VAL_NULL;
    if (!bytes_view(buffer, &p, &n)) {
        err_format(ts, &exc_TypeError, "a bytes-like object is required, not '%s'", val_type_name(buffer));
    } else if (!from && n != L.size) {
        err_format(ts, &exc_ValueError, "unpack requires a buffer of %lld bytes", (long long)L.size);
    } else if (from && (offset < 0 ? (offset += n) < 0 : false)) {
        err_format(ts, &exc_ValueError, "offset %lld out of range for %lld-byte buffer", (long long)(offset - n), (long long)n);
    } else if (from && n - offset < L.size) {
        err_format(ts, &exc_ValueError, "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                   (long long)(L.size + offset), (long long)L.size, (long long)offset, (long long)n);
    } else {
        uint8_t *copy = xmalloc((size_t)L.size + 1);   /* a bytearray may move while we build ints */
        if (L.size) memcpy(copy, p + offset, (size_t)L.size);
        r = unpack_buf(ts, &L, copy);
        free(copy);
    }
    free(L.items);
    return r;
}

static Value f_unpack(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!args_check(ts, "unpack", argc, kw, 2, 2)) return VAL_NULL;
    return unpack_common(ts, argv[0], argv[1], 0, false);
}

static Value f_unpack_from(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, "buffer", "offset"};
    Value a[3];
    if (!args_bind(ts, "unpack_from", argc, argv, kw, 3, names, 1, 3, 2, a)) return VAL_NULL;
    int64_t offset = 0;
    if (a[2] && !int_arg(ts, a[2], &offset)) return VAL_NULL;
    return unpack_common(ts, a[0], a[1], offset, true);
}

static const MethodDef struct_functions[] = {
    {"calcsize", f_calcsize, 0}, {"pack", f_pack, 0}, {"pack_into", f_pack_into, 0},
    {"unpack", f_unpack, 0}, {"unpack_from", f_unpack_from, 0},
    {NULL, NULL, 0},
};

int structmod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, struct_functions);
}
