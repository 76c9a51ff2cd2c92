/* randommod.c — _random: the Mersenne Twister core of the random module.
 *
 * The generator is MT19937 exactly as CPython's Modules/_randommodule.c uses
 * it, so that a seed gives CPython's numbers:
 *   - seed(n) for an int: init_by_array with the 32-bit words of abs(n), least
 *     significant first ([0] for 0); for any other hashable value, the words of
 *     hash(x) taken as an unsigned 64-bit number (CPython's (size_t) cast);
 *   - random() = (a * 2**26 + b) / 2**53 with a = next >> 5, b = next >> 6;
 *   - getrandbits(k): k <= 32 -> next >> (32 - k); more: little-endian 32-bit
 *     words, the last one shifted right to keep k bits in all.
 *
 * One deliberate difference: seed(None) (and Random() without a seed) does
 * not read the operating system's entropy. It seeds from the run's --seed
 * (InterpConfig.seed) and a counter of such seedings kept in the module, so a
 * gilsim run is reproducible and two unseeded generators still differ.
 *
 * sha512_seed(s) is gilsim's addition: CPython's random.seed() turns a str
 * into int.from_bytes(s.encode() + sha512(s.encode()).digest()); random.py
 * calls this instead of hashlib, which gilsim does not have.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/float.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* ---- MT19937 (the reference algorithm of Matsumoto and Nishimura) ---- */
/* MT-BEGIN */
enum { MT_N = 624, MT_M = 397 };

typedef struct MTState {
    uint32_t mt[MT_N];
    int index;             /* next word of mt to temper; MT_N: regenerate first */
} MTState;

static void mt_init_genrand(MTState *s, uint32_t seed)
{
    s->mt[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++)
        s->mt[i] = 1812433253U * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + i;
    s->index = MT_N;
}

static void mt_init_by_array(MTState *s, const uint32_t *key, size_t keylen)
{
    uint32_t *mt = s->mt;
    mt_init_genrand(s, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > keylen ? MT_N : keylen; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   /* MSB is 1, assuring a non-zero initial array */
}

static uint32_t mt_next(MTState *s)
{
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t *mt = s->mt, y;
    if (s->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static double mt_random(MTState *s)
{
    uint32_t a = mt_next(s) >> 5, b = mt_next(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* ---- SHA-512 (FIPS 180-4), only for str seeds ---- */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int b = 0; b < 8; b++)
            w[i] = (w[i] << 8) | p[i * 8 + b];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g))
                      + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *msg, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128 * 128;
    for (size_t off = 0; off < full; off += 128)
        sha512_block(h, msg + off);
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, msg + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;   /* the high 64 bits of the length stay 0 */
    for (int b = 0; b < 8; b++)
        tail[tlen - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t off = 0; off < tlen; off += 128)
        sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}
/* MT-END */

/* ---- the Random type ---- */

typedef struct RandomObj {
    OpaqueObj base;
    MTState state;
} RandomObj;

static Type random_type;

static MTState *state_of(Value self) { return &((RandomObj *)self)->state; }

/* The key words of a non-negative mpz, least significant first. */
static void seed_from_mpz(MTState *s, mpz_t z)
{
    size_t count = 0;
    size_t words = mpz_sizeinbase(z, 2) / 32 + 1;
    uint32_t small[8];
    uint32_t *key = words <= 8 ? small : xmalloc(words * sizeof *key);
    mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
    if (count == 0) {
        key[0] = 0;
        count = 1;
    }
    mt_init_by_array(s, key, count);
    if (key != small)
        free(key);
}

static void seed_from_u64(MTState *s, uint64_t u)
{
    uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    mt_init_by_array(s, key, key[1] ? 2 : 1);
}

/* seed(None): the run's seed and a per-interpreter count of such seedings. */
static void seed_deterministic(ThreadState *ts, MTState *s)
{
    int64_t count = 0;
    Value mod = dict_get_cstr(ts->interp->modules, "_random");
    Value counter = VAL_NULL;
    if (mod && val_is(mod, K_MODULE)) {
        counter = dict_get_cstr(((ModuleObj *)mod)->dict, "_unseeded_count");
        if (counter && val_is_smallint(counter))
            count = val_smallint(counter);
        dict_set_str(ts->interp, ((ModuleObj *)mod)->dict,
                     interp_intern_cstr(ts, "_unseeded_count"), val_from_smallint(count + 1));
    }
    uint64_t seed = ts->interp->cfg.seed;
    uint32_t key[4] = {(uint32_t)seed, (uint32_t)(seed >> 32), (uint32_t)count, 0x67696c73U};
    mt_init_by_array(s, key, 4);
}

static int random_seed_value(ThreadState *ts, MTState *s, Value arg)
{
    if (!arg || arg == VAL_NONE) {
        seed_deterministic(ts, s);
        return 0;
    }
    if (val_is_smallint(arg)) {
        int64_t i = val_smallint(arg);
        seed_from_u64(s, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i);
        return 0;
    }
    if (val_is_int(arg)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(arg, z);
        mpz_abs(z, z);
        seed_from_mpz(s, z);
        mpz_clear(z);
        return 0;
    }
    int64_t h = obj_hash(ts, arg);
    if (h == -1 && err_occurred(ts))
        return -1;
    seed_from_u64(s, (uint64_t)h);
    return 0;
}

static Value random_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (t == &random_type && kwnames && TUPLE(kwnames)->length > 0)
        return err_format(ts, &exc_TypeError, "Random() takes no keyword arguments");
    int npos = kwnames ? argc - (int)TUPLE(kwnames)->length : argc;
    if (npos > 1)
        return err_format(ts, &exc_TypeError, "Random expected at most 1 argument, got %d", npos);
    size_t size = t->instance_size > sizeof(RandomObj) ? t->instance_size : sizeof(RandomObj);
    RandomObj *r = gc_alloc(ts, t, size);
    if (random_seed_value(ts, &r->state, npos == 1 ? argv[0] : VAL_NULL) < 0)
        return VAL_NULL;
    return VAL(r);
}

static Value random_seed(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "seed", argc - 1, kwnames, 0, 1))
        return VAL_NULL;
    if (random_seed_value(ts, state_of(argv[0]), argc == 2 ? argv[1] : VAL_NULL) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value random_random(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if ((argc != 1 || kwnames) && !lib_check_none(ts, "Random.random", argc - 1, kwnames))
        return VAL_NULL;
    return float_new(ts, mt_random(state_of(argv[0])));
}

static Value random_getrandbits(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "Random.getrandbits", argc - 1, kwnames))
        return VAL_NULL;
    int64_t k;
    if (!lib_index_i64(ts, argv[1], &k, "int"))
        return VAL_NULL;
    if (k > INT32_MAX || k < INT32_MIN)
        return err_format(ts, &exc_OverflowError, "Python int too large to convert to C int");
    if (k < 0)
        return err_format(ts, &exc_ValueError, "number of bits must be non-negative");
    MTState *s = state_of(argv[0]);
    if (k == 0)
        return val_from_smallint(0);
    if (k <= 32)
        return val_from_smallint(mt_next(s) >> (32 - k));
    if (k <= 64) {
        uint64_t lo = mt_next(s);
        uint64_t hi = mt_next(s) >> (64 - k);
        return int_from_u64(ts, lo | hi << 32);
    }
    size_t words = (size_t)(k - 1) / 32 + 1;
    if (!gc_check_size(ts, words * 4))
        return VAL_NULL;
    uint32_t *w = xmalloc(words * sizeof *w);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = mt_next(s);
        if (k < 32)
            r >>= 32 - k;   /* drop least significant bits */
        w[i] = r;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    free(w);
    Value v = int_from_mpz(ts, z);
    mpz_clear(z);
    return v;
}

static Value random_getstate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "Random.getstate", argc - 1, kwnames))
        return VAL_NULL;
    MTState *s = state_of(argv[0]);
    Value t = tuple_new(ts, MT_N + 1);
    for (int i = 0; i < MT_N; i++)
        TUPLE(t)->items[i] = val_from_smallint(s->mt[i]);
    TUPLE(t)->items[MT_N] = val_from_smallint(s->index);
    return t;
}

static Value random_setstate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "Random.setstate", argc - 1, kwnames))
        return VAL_NULL;
    Value state = argv[1];
    if (!IS_TUPLE(state))
        return err_format(ts, &exc_TypeError, "state vector must be a tuple");
    if (TUPLE(state)->length != MT_N + 1)
        return err_format(ts, &exc_ValueError, "state vector is the wrong size");
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value x = TUPLE(state)->items[i];
        if (!val_is_int(x))
            return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              val_type_name(x));
        int64_t v;
        if (!int_to_i64(x, &v) || v < 0 || v > (int64_t)UINT32_MAX) {
            if (int_sign(x) < 0)
                return err_format(ts, &exc_OverflowError, "can't convert negative int to unsigned");
            if (!int_to_i64(x, &v))
                return err_format(ts, &exc_OverflowError, "Python int too large to convert to C unsigned long");
        }
        mt[i] = (uint32_t)v;   /* CPython truncates to 32 bits too */
    }
    int64_t index;
    if (!lib_index_i64(ts, TUPLE(state)->items[MT_N], &index, "long"))
        return VAL_NULL;
    if (index < 0 || index > MT_N)
        return err_format(ts, &exc_ValueError, "invalid state");
    MTState *s = state_of(argv[0]);
    memcpy(s->mt, mt, sizeof mt);
    s->index = (int)index;
    return VAL_NONE;
}

static Value random_repr(ThreadState *ts, Value self)
{
    return str_printf(ts, "<_random.Random object at %p>", (void *)self);
}

static const MethodDef random_methods[] = {
    {"seed", random_seed, METH_DEFAULT},
    {"random", random_random, METH_DEFAULT},
    {"getrandbits", random_getrandbits, METH_DEFAULT},
    {"getstate", random_getstate, METH_DEFAULT},
    {"setstate", random_setstate, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Type random_type = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "_random.Random",
    .base = &type_object,
    .layout = K_OPAQUE,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(RandomObj),
    .methods = random_methods,
    .tp_new = random_tp_new,
    .tp_repr = random_repr,
};

/* sha512_seed(s): int.from_bytes(b + sha512(b).digest(), 'big') with b = s.encode() */
static Value random_sha512_seed(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "sha512_seed", argc, kwnames))
        return VAL_NULL;
    if (!IS_STR(argv[0]))
        return err_format(ts, &exc_TypeError, "sha512_seed() argument must be str, not %s",
                          val_type_name(argv[0]));
    size_t n = (size_t)STR(argv[0])->size;
    unsigned char *buf = xmalloc(n + 64);
    memcpy(buf, str_cstr(argv[0]), n);
    sha512(buf, n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 0, 0, buf);
    free(buf);
    Value v = int_from_mpz(ts, z);
    mpz_clear(z);
    return v;
}

static const MethodDef randommod_functions[] = {
    {"sha512_seed", random_sha512_seed, METH_DEFAULT},
    {NULL, NULL, 0},
};

void randommod_types_init(void)
{
    type_ready(&random_type);
}

int randommod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, randommod_functions) < 0)
        return -1;
    return module_add_value(ts, module, "Random", VAL(&random_type));
}
