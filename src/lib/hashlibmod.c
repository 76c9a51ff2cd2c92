/* hashlibmod.c — the `_hashlib` module behind hashlib: md5 (RFC 1321), sha1,
 * sha224 and sha256 (FIPS 180-4), written from the specifications.
 *
 * All three hash 64-byte blocks into 32-bit words and pad the same way
 * (0x80, zeros, the bit length in the last 8 bytes); MD5 is little-endian,
 * the SHAs big-endian. One context type serves the three.
 *
 * Cost: hashing charges virtual time per byte, calibrated on CPython 3.11's
 * OpenSSL-backed hashlib. As CPython does, an update with more than 2047
 * bytes (HASHLIB_GIL_MINSIZE) releases the GIL while it hashes: the work is
 * charged through sched_cpu with the GIL released, so other threads run
 * meanwhile; smaller ones keep the GIL.
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
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define GIL_MINSIZE 2048

typedef struct HashAlgo {
    const char *name;
    int digest_size;
    int nwords;                 /* words of state in the digest */
    bool big_endian;
    void (*block)(uint32_t *h, const uint8_t *p);
    uint32_t init[8];
    int ns_per_kib;             /* virtual cost of hashing 1 KiB */
} HashAlgo;

typedef struct HashCtx {
    uint32_t h[8];
    uint64_t nbytes;
    uint8_t buf[64];
    int nbuf;
} HashCtx;

static inline uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint32_t load_be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t load_le(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* ---- MD5 (RFC 1321) ---- */

static uint32_t md5_t[64];       /* floor(|sin(i + 1)| * 2^32), filled at init */

static void md5_block(uint32_t *h, const uint8_t *p)
{
    static const int shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = load_le(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i / 16;
        switch (round) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol(a + f + md5_t[i] + m[g], shift[round][i % 4]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* ---- SHA-1 (FIPS 180-4, 6.1) ---- */

static void sha1_block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else f = b ^ c ^ d, k = 0xCA62C1D6;
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* ---- SHA-256 (FIPS 180-4, 6.2) ---- */

static uint32_t sha256_k[64];    /* first 32 bits of the fractional parts of the cube roots of the first 64 primes */

static void sha256_block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t v[8];
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ror(v[4], 6) ^ ror(v[4], 11) ^ ror(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = ror(v[0], 2) ^ ror(v[0], 13) ^ ror(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + S0 + maj;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

static HashAlgo algos[] = {
    {"md5", 16, 4, false, md5_block, {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476}, 1500},
    {"sha1", 20, 5, true, sha1_block, {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}, 1100},
    {"sha256", 32, 8, true, sha256_block, {0}, 2300},   /* init: square roots of the first 8 primes */
    {"sha224", 28, 7, true, sha256_block,               /* FIPS 180-4 5.3.2; the digest drops the last word */
     {0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4}, 2300},
};

static void tables_init(void)
{
    for (int i = 0; i < 64; i++) md5_t[i] = (uint32_t)floor(fabs(sin((double)(i + 1))) * 4294967296.0);
    int primes[64], np = 0;
    for (int c = 2; np < 64; c++) {
        bool prime = true;
        for (int k = 0; k < np && primes[k] * primes[k] <= c; k++)
            if (c % primes[k] == 0) prime = false;
        if (prime) primes[np++] = c;
    }
    for (int i = 0; i < 64; i++) {
        long double r = cbrtl((long double)primes[i]);
        sha256_k[i] = (uint32_t)((r - floorl(r)) * 4294967296.0L);
    }
    for (int i = 0; i < 8; i++) {
        long double r = sqrtl((long double)primes[i]);
        algos[2].init[i] = (uint32_t)((r - floorl(r)) * 4294967296.0L);
    }
}

static void ctx_init(HashCtx *c, const HashAlgo *a)
{
    memset(c, 0, sizeof *c);
    memcpy(c->h, a->init, sizeof c->h);
}

static void ctx_update(HashCtx *c, const HashAlgo *a, const uint8_t *p, size_t n)
{
    c->nbytes += n;
    if (c->nbuf) {
        size_t take = 64 - (size_t)c->nbuf < n ? 64 - (size_t)c->nbuf : n;
        memcpy(c->buf + c->nbuf, p, take);
        c->nbuf += (int)take;
        p += take;
        n -= take;
        if (c->nbuf < 64) return;
        a->block(c->h, c->buf);
        c->nbuf = 0;
    }
    for (; n >= 64; p += 64, n -= 64) a->block(c->h, p);
    memcpy(c->buf, p, n);
    c->nbuf = (int)n;
}

static void ctx_final(const HashCtx *in, const HashAlgo *a, uint8_t *out)
{
    HashCtx c = *in;                 /* digest() may be called again, and update after it */
    uint64_t bits = c.nbytes * 8;
    uint8_t pad[72] = {0x80};
    size_t padlen = (size_t)(c.nbuf < 56 ? 56 - c.nbuf : 120 - c.nbuf);
    for (int i = 0; i < 8; i++)
        pad[padlen + (size_t)i] = (uint8_t)(a->big_endian ? bits >> (56 - 8 * i) : bits >> (8 * i));
    ctx_update(&c, a, pad, padlen + 8);
    for (int i = 0; i < a->nwords; i++)
        for (int k = 0; k < 4; k++)
            out[4 * i + k] = (uint8_t)(a->big_endian ? c.h[i] >> (24 - 8 * k) : c.h[i] >> (8 * k));
}

/* ---- the HASH object ---- */

typedef struct HashObj {
    OpaqueObj base;
    const HashAlgo *algo;
    HashCtx ctx;
} HashObj;

static Type hash_type;
#define HASH(v) ((HashObj *)(v))

/* Hash data into h, charging its cost; with more than 2047 bytes the GIL is
 * released for it, as CPython's hashlib does. */
static int hash_data(ThreadState *ts, HashObj *h, Value data)
{
    const uint8_t *p;
    int64_t n;
    if (IS_STR(data)) {
        err_format(ts, &exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!bytes_view(data, &p, &n)) {
        err_format(ts, &exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    ctx_update(&h->ctx, h->algo, p, (size_t)n);
    int64_t ns = 150 + n * h->algo->ns_per_kib / 1024;
    if (n >= GIL_MINSIZE) sched_cpu(ts->sched, ns, true);
    else vm_charge(ts, ns);
    return 0;
}

static Value hash_make(ThreadState *ts, const HashAlgo *a, Value data)
{
    HashObj *h = gc_alloc(ts, &hash_type, sizeof(HashObj));
    h->algo = a;
    ctx_init(&h->ctx, a);
    if (data && hash_data(ts, h, data) < 0) return VAL_NULL;
    return VAL(h);
}

static Value h_update(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_one(ts, "update", argc, kw)) return VAL_NULL;
    return hash_data(ts, HASH(argv[0]), argv[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value h_digest(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "digest", argc, kw)) return VAL_NULL;
    uint8_t out[32];
    ctx_final(&HASH(argv[0])->ctx, HASH(argv[0])->algo, out);
    return bytes_new(ts, out, HASH(argv[0])->algo->digest_size);
}

static Value h_hexdigest(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "hexdigest", argc, kw)) return VAL_NULL;
    uint8_t out[32];
    char hex[65];
    const HashAlgo *a = HASH(argv[0])->algo;
    ctx_final(&HASH(argv[0])->ctx, a, out);
    for (int i = 0; i < a->digest_size; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return str_new(ts, hex, (size_t)a->digest_size * 2);
}

static Value h_copy(ThreadState *ts, int argc, Value *argv, Value kw)
{
    if (!argc_none(ts, "copy", argc, kw)) return VAL_NULL;
    HashObj *h = gc_alloc(ts, &hash_type, sizeof(HashObj));
    h->algo = HASH(argv[0])->algo;
    h->ctx = HASH(argv[0])->ctx;
    return VAL(h);
}

static Value g_name(ThreadState *ts, Value self) { return str_from_cstr(ts, HASH(self)->algo->name); }
static Value g_digest_size(ThreadState *ts, Value self) { (void)ts; return val_from_smallint(HASH(self)->algo->digest_size); }
static Value g_block_size(ThreadState *ts, Value self) { (void)ts; (void)self; return val_from_smallint(64); }

static Value hash_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<%s _hashlib.HASH object @ %p>", HASH(self)->algo->name, (void *)self);
}

static const MethodDef hash_methods[] = {
    {"update", h_update, 0}, {"digest", h_digest, 0}, {"hexdigest", h_hexdigest, 0}, {"copy", h_copy, 0},
    {NULL, NULL, 0},
};

static const GetSetDef hash_getsets[] = {
    {"name", g_name, NULL}, {"digest_size", g_digest_size, NULL}, {"block_size", g_block_size, NULL},
    {NULL, NULL, NULL},
};

static Type hash_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_hashlib.HASH",
    .base = &type_object,
    .layout = K_OPAQUE,
    .instance_size = sizeof(HashObj),
    .methods = hash_methods,
    .getsets = hash_getsets,
    .tp_repr = hash_repr,
};

/* ---- constructors ---- */

static Value construct(ThreadState *ts, const HashAlgo *a, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"string", "usedforsecurity"};
    Value v[2];
    char fname[16];
    snprintf(fname, sizeof fname, "openssl_%s", a->name);
    if (!args_bind(ts, fname, argc, argv, kwnames, 2, names, 0, 1, 0, v)) return VAL_NULL;
    return hash_make(ts, a, v[0]);
}

static Value f_md5(ThreadState *ts, int argc, Value *argv, Value kw) { return construct(ts, &algos[0], argc, argv, kw); }
static Value f_sha1(ThreadState *ts, int argc, Value *argv, Value kw) { return construct(ts, &algos[1], argc, argv, kw); }
static Value f_sha256(ThreadState *ts, int argc, Value *argv, Value kw) { return construct(ts, &algos[2], argc, argv, kw); }
static Value f_sha224(ThreadState *ts, int argc, Value *argv, Value kw) { return construct(ts, &algos[3], argc, argv, kw); }

static Value f_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"name", "string", "usedforsecurity"};
    Value v[3];
    if (!args_bind(ts, "new", argc, argv, kwnames, 3, names, 0, 2, 1, v)) return VAL_NULL;
    if (!IS_STR(v[0]))
        return err_format(ts, &exc_TypeError, "new() argument 'name' must be str, not %s", val_type_name(v[0]));
    char low[32];
    const char *s = str_cstr(v[0]);
    size_t k = 0;
    for (; s[k] && k < sizeof low - 1; k++) low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    low[k] = 0;
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strcmp(low, algos[i].name) == 0) return hash_make(ts, &algos[i], v[1]);
    static const char *const elsewhere[] = {"sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
                                            "sha3_512", "blake2b", "blake2s", "shake_128", "shake_256",
                                            "sha512_224", "sha512_256", "md5-sha1", "sm3", "ripemd160"};
    for (size_t i = 0; i < sizeof elsewhere / sizeof elsewhere[0]; i++)
        if (strcmp(low, elsewhere[i]) == 0)
            return err_format(ts, &exc_NotImplementedError,
                              "hashlib.%s is not supported by gilsim (it has md5, sha1, sha224 and sha256)", s);
    return err_format(ts, &exc_ValueError, "unsupported hash type %s", s);
}

static const MethodDef hashlib_functions[] = {
    {"openssl_md5", f_md5, 0}, {"openssl_sha1", f_sha1, 0}, {"openssl_sha256", f_sha256, 0}, {"openssl_sha224", f_sha224, 0},
    {"new", f_new, 0},
    {NULL, NULL, 0},
};

void hashlibmod_types_init(void)
{
    tables_init();
    type_ready(&hash_type);
}

int hashlibmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, hashlib_functions) < 0) return -1;
    return module_add_value(ts, module, "HASH", VAL(&hash_type));
}
