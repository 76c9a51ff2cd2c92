/* binasciimod.c — `_binascii`, behind binascii.py and base64.py: crc32
 * (the zlib polynomial, from its definition), and base64 both ways with
 * CPython's non-strict decoding rules (characters outside the alphabet are
 * skipped, decoding stops at complete padding). Errors are ValueError;
 * binascii.py turns them into binascii.Error.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* bytes-like, or (for the decoders) an ASCII str */
static bool data_arg(ThreadState *ts, Value v, bool str_ok, const uint8_t **p, int64_t *n)
{
    if (bytes_view(v, p, n)) return true;
    if (str_ok && IS_STR(v)) {
        if (!(STR(v)->h.flags & STR_ASCII)) {
            err_format(ts, &exc_ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        *p = (const uint8_t *)str_cstr(v);
        *n = STR(v)->size;
        return true;
    }
    if (str_ok)
        err_format(ts, &exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", val_type_name(v));
    else
        err_format(ts, &exc_TypeError, "a bytes-like object is required, not '%s'", val_type_name(v));
    return false;
}

static uint32_t crc_table[256];
static signed char value[256];      /* base64 digit values, -1 outside the alphabet */

static Value f_crc32(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!args_check(ts, "crc32", argc, kw, 1, 2)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    if (!data_arg(ts, argv[0], false, &p, &n)) return VAL_NULL;
    uint32_t crc = 0;
    if (argc == 2) {
        if (!val_is_int(argv[1]))
            return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", val_type_name(argv[1]));
        mpz_t z;
        mpz_init(z);
        int_to_mpz(argv[1], z);
        crc = (uint32_t)mpz_get_ui(z);       /* the low 32 bits, as CPython takes them */
        if (mpz_sgn(z) < 0) crc = (uint32_t)(-(uint32_t)crc);
        mpz_clear(z);
    }
    crc = ~crc;
    for (int64_t i = 0; i < n; i++) crc = crc_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    vm_charge(ts, n / 2);
    return int_from_i64(ts, (int64_t)(uint32_t)~crc);
}

static Value f_b2a_base64(ThreadState *ts, int argc, Value *argv, Value kw)
{
    static const char *const names[] = {NULL, "newline"};
    Value a[2];
    if (!args_bind(ts, "b2a_base64", argc, argv, kw, 2, names, 1, 1, 1, a)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    if (!data_arg(ts, a[0], false, &p, &n)) return VAL_NULL;
    int newline = 1;
    if (a[1] && (newline = obj_truthy(ts, a[1])) < 0) return VAL_NULL;
    int64_t outlen = (n + 2) / 3 * 4 + newline;
    if (!gc_check_size(ts, (size_t)outlen)) return VAL_NULL;
    uint8_t *out = xmalloc((size_t)outlen + 1);
    int64_t o = 0;
    for (int64_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        out[o++] = (uint8_t)b64_alphabet[v >> 18];
        out[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        out[o++] = i + 1 < n ? (uint8_t)b64_alphabet[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? (uint8_t)b64_alphabet[v & 63] : '=';
    }
    if (newline) out[o++] = '\n';
    Value r = bytes_new(ts, out, o);
    free(out);
    return r;
}

static Value f_a2b_base64(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!args_check(ts, "a2b_base64", argc, kw, 1, 1)) return VAL_NULL;
    const uint8_t *p;
    int64_t n;
    if (!data_arg(ts, argv[0], true, &p, &n)) return VAL_NULL;
    uint8_t *out = xmalloc((size_t)(n / 4 * 3 + 3));
    int64_t o = 0;
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool done = false;
    for (int64_t i = 0; i < n && !done; i++) {
        if (p[i] == '=') {
            /* complete padding ends the data; a lone '=' is skipped */
            if (quad >= 2 && quad + ++pads >= 4) done = true;
            continue;
        }
        int v = value[p[i]];
        if (v < 0) continue;
        pads = 0;
        switch (quad) {
        case 0: left = (unsigned)v; quad = 1; break;
        case 1: out[o++] = (uint8_t)(left << 2 | (unsigned)v >> 4); left = (unsigned)v & 15; quad = 2; break;
        case 2: out[o++] = (uint8_t)(left << 4 | (unsigned)v >> 2); left = (unsigned)v & 3; quad = 3; break;
        default: out[o++] = (uint8_t)(left << 6 | (unsigned)v); quad = 0; break;
        }
    }
    if (!done && quad == 1) {
        free(out);
        return err_format(ts, &exc_ValueError,
                          "Invalid base64-encoded string: number of data characters (%lld) cannot be 1 more than a multiple of 4",
                          (long long)(o / 3 * 4 + 1));
    }
    if (!done && quad != 0) {
        free(out);
        return err_format(ts, &exc_ValueError, "Incorrect padding");
    }
    Value r = bytes_new(ts, out, o);
    free(out);
    return r;
}

static const MethodDef binascii_functions[] = {
    {"crc32", f_crc32, 0}, {"b2a_base64", f_b2a_base64, 0}, {"a2b_base64", f_a2b_base64, 0},
    {NULL, NULL, 0},
};

/* Once per process, before any interpreter (lib_init). */
void binasciimod_tables_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    memset(value, -1, sizeof value);
    for (int i = 0; i < 64; i++) value[(uint8_t)b64_alphabet[i]] = (signed char)i;
}

int binasciimod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, binascii_functions);
}
