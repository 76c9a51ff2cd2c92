/* int.c — Python ints and bool.
 *
 * Ints in [SMALLINT_MIN, SMALLINT_MAX] (62 bits) live inside the Value; the
 * rest are IntObj holding a GMP mpz. Every result goes through int_from_i64 /
 * int_from_mpz, which normalise, so a K_INT object is never in the small
 * range and equal ints have one representation (bool aside: True/False are
 * BoolObj, and every operation below reads them as 1/0).
 *
 * Each operation has a fast path on two int64 values (two small ints never
 * overflow int64 when added; products are checked with __builtin_mul_overflow)
 * and a GMP fallback. Semantics are CPython's: floor division and modulo
 * round toward negative infinity, true division is correctly rounded even for
 * huge operands, a negative exponent gives a float, shifts and bitwise ops act
 * on infinite two's complement, and str <-> int conversions of more than
 * 4300 decimal digits raise ValueError (CPython 3.11's limit; gilsim has no
 * sys.set_int_max_str_digits, so the limit is fixed).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/int.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define BIG(v) (((IntObj *)(v))->z)
#define MAX_STR_DIGITS 4300
#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)

/* ---- construction and access ---- */

static void int_finalize(Obj *o) { mpz_clear(((IntObj *)o)->z); }

Value int_from_i64(ThreadState *ts, int64_t i)
{
    if (smallint_fits(i))
        return val_from_smallint(i);
    IntObj *o = gc_alloc(ts, &type_int, sizeof(IntObj));
    mpz_init_set_si(o->z, i);
    return VAL(o);
}

Value int_from_u64(ThreadState *ts, uint64_t u)
{
    if (u <= (uint64_t)SMALLINT_MAX)
        return val_from_smallint((int64_t)u);
    IntObj *o = gc_alloc(ts, &type_int, sizeof(IntObj));
    mpz_init_set_ui(o->z, u);
    return VAL(o);
}

Value int_from_mpz(ThreadState *ts, const mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (smallint_fits(l))
            return val_from_smallint(l);
    }
    IntObj *o = gc_alloc(ts, &type_int, sizeof(IntObj));
    mpz_init_set(o->z, z);
    return VAL(o);
}

Value int_take_mpz(ThreadState *ts, mpz_t z)
{
    Value r;
    if (mpz_fits_slong_p(z) && smallint_fits(mpz_get_si(z))) {
        r = val_from_smallint(mpz_get_si(z));
        mpz_clear(z);
    } else {
        IntObj *o = gc_alloc(ts, &type_int, sizeof(IntObj));
        o->z[0] = z[0];   /* move: the object now owns the limbs */
        r = VAL(o);
    }
    return r;
}

/* The value as int64 when it is a small int or a bool. */
static inline bool small_of(Value v, int64_t *out)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    if (OBJ(v)->kind == K_BOOL) {
        *out = ((BoolObj *)v)->value;
        return true;
    }
    return false;
}

/* The value as an mpz: tmp (initialised by the caller) for small values. */
static mpz_srcptr as_mpz(Value v, mpz_t tmp)
{
    int64_t i;
    if (small_of(v, &i)) {
        mpz_set_si(tmp, i);
        return tmp;
    }
    return BIG(v);
}

/* The value as a read-only mpz without allocating: a small value lives in
 * *limb (mpz_roinit_n), so the view must not be cleared or written. */
static inline mpz_srcptr view_mpz(Value v, mpz_t view, mp_limb_t *limb)
{
    int64_t i;
    if (small_of(v, &i)) {
        *limb = i < 0 ? -(mp_limb_t)i : (mp_limb_t)i;
        return mpz_roinit_n(view, limb, i < 0 ? -1 : i > 0);
    }
    return BIG(v);
}

bool int_to_i64(Value v, int64_t *out)
{
    if (small_of(v, out))
        return true;
    if (mpz_fits_slong_p(BIG(v))) {
        *out = mpz_get_si(BIG(v));
        return true;
    }
    return false;
}

void int_to_mpz(Value v, mpz_t out)
{
    int64_t i;
    if (small_of(v, &i))
        mpz_set_si(out, i);
    else
        mpz_set(out, BIG(v));
}

int int_sign(Value v)
{
    int64_t i;
    if (small_of(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(BIG(v));
}

int int_cmp(Value a, Value b)
{
    int64_t x, y;
    bool sa = small_of(a, &x), sb = small_of(b, &y);
    if (sa && sb)
        return (x > y) - (x < y);
    int c;
    if (sa)
        c = -mpz_cmp_si(BIG(b), x);
    else if (sb)
        c = mpz_cmp_si(BIG(a), y);
    else
        c = mpz_cmp(BIG(a), BIG(b));
    return (c > 0) - (c < 0);
}

/* ---- conversion to double, correctly rounded ---- */

/* q * 2**-shift (q > 0), plus a little more if `sticky`, rounded half-even to
 * a double (with subnormals). false on overflow. */
static bool mpz_scaled_to_double(mpz_srcptr q, long shift, bool sticky, double *out)
{
    long n = (long)mpz_sizeinbase(q, 2);
    long top = n - 1 - shift;                 /* exponent of the leading bit */
    if (top > 1023)
        return false;
    long prec = 53;
    if (top < -1022)
        prec = 53 - (-1022 - top);
    if (prec <= 0) {
        /* below the smallest subnormal: round to 0 or 2**-1074 */
        bool above_half = prec == 0 && ((long)mpz_scan1(q, 0) != n - 1 || sticky);
        *out = above_half ? ldexp(1.0, -1074) : 0.0;
        return true;
    }
    long extra = n - prec;
    uint64_t m;
    if (extra <= 0) {
        m = mpz_get_ui(q);
        *out = ldexp((double)m, (int)-shift);
        return true;
    }
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, q, (mp_bitcnt_t)extra);
    m = mpz_get_ui(t);
    mpz_clear(t);
    bool half = mpz_tstbit(q, (mp_bitcnt_t)(extra - 1));
    bool rest = sticky || (long)mpz_scan1(q, 0) < extra - 1;
    if (half && (rest || (m & 1)))
        m++;
    double d = ldexp((double)m, (int)(extra - shift));
    if (isinf(d))
        return false;
    *out = d;
    return true;
}

static bool mpz_to_double(mpz_srcptr z, double *out)
{
    int s = mpz_sgn(z);
    if (s == 0) {
        *out = 0.0;
        return true;
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    bool ok = mpz_scaled_to_double(a, 0, false, out);
    mpz_clear(a);
    if (s < 0)
        *out = -*out;
    return ok;
}

double int_to_double(ThreadState *ts, Value v)
{
    int64_t i;
    if (small_of(v, &i))
        return (double)i;
    double d;
    if (!mpz_to_double(BIG(v), &d)) {
        err_format(ts, &exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

Value int_from_double(ThreadState *ts, double d)
{
    if (isnan(d))
        return err_format(ts, &exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return err_format(ts, &exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d > -9.2e18 && d < 9.2e18)
        return int_from_i64(ts, (int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_take_mpz(ts, z);
}

/* ---- hashing ---- */

int64_t int_hash(Value v)
{
    int64_t x;
    uint64_t h;
    bool neg;
    if (small_of(v, &x)) {
        neg = x < 0;
        h = (neg ? -(uint64_t)x : (uint64_t)x) % HASH_MODULUS;
    } else {
        neg = mpz_sgn(BIG(v)) < 0;
        h = mpz_tdiv_ui(BIG(v), HASH_MODULUS);
    }
    int64_t r = neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* ---- text ---- */

static Value digits_limit_error(ThreadState *ts)
{
    return err_format(ts, &exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
}

Value int_to_base_str(ThreadState *ts, Value v, int base, bool prefix)
{
    const char *pfx = !prefix ? "" : base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    int64_t i;
    if (base == 10 && small_of(v, &i)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)i);
        return str_new(ts, buf, (size_t)n);
    }
    mpz_t tmp;
    mpz_init(tmp);
    mpz_srcptr z = as_mpz(v, tmp);
    size_t est = mpz_sizeinbase(z, base);
    if (base == 10 && est > MAX_STR_DIGITS + 1) {
        mpz_clear(tmp);
        return digits_limit_error(ts);
    }
    if (!gc_check_size(ts, 2 * est)) {   /* the digits, then the str */
        mpz_clear(tmp);
        return VAL_NULL;
    }
    char *buf = xmalloc(est + 8);
    bool neg = mpz_sgn(z) < 0;
    size_t pos = 0;
    if (neg)
        buf[pos++] = '-';
    memcpy(buf + pos, pfx, strlen(pfx));
    pos += strlen(pfx);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(buf + pos, base, a);
    mpz_clear(a);
    mpz_clear(tmp);
    size_t len = strlen(buf);
    if (base == 10 && len - neg > MAX_STR_DIGITS) {
        free(buf);
        return digits_limit_error(ts);
    }
    Value s = str_new(ts, buf, len);
    free(buf);
    return s;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Value invalid_literal(ThreadState *ts, const char *s, size_t n, int base)
{
    if (n > 200) {   /* CPython quotes at most 200 characters */
        n = 200;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    Value str = str_new(ts, s, n);
    Value r = str_repr(ts, str);
    if (r == VAL_NULL)
        return VAL_NULL;
    return err_format(ts, &exc_ValueError, "invalid literal for int() with base %d: %s", base, str_cstr(r));
}

/* Parses digits of `base` with single underscores between them (and, after a
 * prefix, one leading underscore) into buf; returns the digit count, -1 if
 * malformed. */
static long collect_digits(const char *p, const char *end, int base, bool after_prefix, char *buf)
{
    long nd = 0;
    bool prev_underscore = after_prefix;   /* "0x_1f" is valid */
    bool allow_leading_underscore = after_prefix;
    if (p < end && *p == '_') {
        if (!allow_leading_underscore)
            return -1;
        p++;
        prev_underscore = true;
    } else {
        prev_underscore = false;
    }
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_underscore || nd == 0)
                return -1;
            prev_underscore = true;
            continue;
        }
        if (digit_value(*p) >= base)
            return -1;
        buf[nd++] = *p;
        prev_underscore = false;
    }
    if (prev_underscore || nd == 0)
        return -1;
    buf[nd] = 0;
    return nd;
}

static Value parse_digits(ThreadState *ts, const char *digits, long nd, int base, bool neg)
{
    if (nd <= 18 && base == 10) {
        int64_t x = strtoll(digits, NULL, 10);
        return int_from_i64(ts, neg ? -x : x);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (neg)
        mpz_neg(z, z);
    return int_take_mpz(ts, z);
}

Value int_from_string(ThreadState *ts, const char *s, size_t n, int base)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (b == 0)
        b = 10;
    char small[64];
    char *buf = (size_t)(end - p) < sizeof small ? small : xmalloc((size_t)(end - p) + 1);
    long nd = collect_digits(p, end, b, prefixed, buf);
    Value r;
    if (nd < 0) {
        r = invalid_literal(ts, s, n, base);
    } else if (base == 0 && !prefixed && buf[0] == '0' && strspn(buf, "0") != (size_t)nd) {
        r = invalid_literal(ts, s, n, base);   /* "010" is not a base-0 literal */
    } else if ((b & (b - 1)) != 0 && nd > MAX_STR_DIGITS) {
        r = err_format(ts, &exc_ValueError,
                       "Exceeds the limit (%d digits) for integer string conversion: value has %ld digits; "
                       "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS, nd);
    } else {
        r = parse_digits(ts, buf, nd, b, neg);
    }
    if (buf != small)
        free(buf);
    return r;
}

Value int_from_digits(ThreadState *ts, const char *digits, int base)
{
    size_t n = strlen(digits);
    char *buf = xmalloc(n + 1);
    long nd = 0;
    for (size_t i = 0; i < n; i++)
        if (digits[i] != '_')
            buf[nd++] = digits[i];
    buf[nd] = 0;
    Value r = nd ? parse_digits(ts, buf, nd, base, false) : val_from_smallint(0);
    free(buf);
    return r;
}

/* ---- arithmetic ---- */

#define BOTH_INTS(a, b) do { if (!val_is_int(a) || !val_is_int(b)) return VAL_NOTIMPL; } while (0)

/* ---- memory ----
 * GMP cannot fail an allocation (gc.c), so every operation that can make a
 * big number asks first whether the heap has room for `work` times the size
 * of its result: the result and GMP's scratch space (the INT_WORK_* factors,
 * int.h). */

bool int_room(ThreadState *ts, double bits, double work)
{
    double bytes = bits / 8 * work + 64;
    if (bytes >= (double)(SIZE_MAX / 2) || !gc_has_room(ts->interp, (size_t)bytes)) {
        err_no_memory(ts);
        return false;
    }
    return true;
}

/* Limbs an int occupies in GMP (a small int: one). */
static inline size_t limbs_of(Value v)
{
    int64_t i;
    return small_of(v, &i) ? 1 : mpz_size(BIG(v));
}

double int_bits(Value v) { return (double)limbs_of(v) * GMP_NUMB_BITS; }

static inline size_t max_limbs(Value a, Value b)
{
    size_t x = limbs_of(a), y = limbs_of(b);
    return x > y ? x : y;
}

/* int_room in limbs, for the arithmetic below (sizes of numbers that exist:
 * no overflow). */
static inline bool room_limbs(ThreadState *ts, size_t limbs, unsigned work)
{
    if (__builtin_expect(heap_has_room(&ts->interp->heap, (limbs * work + 8) * sizeof(mp_limb_t)), 1))
        return true;
    err_no_memory(ts);
    return false;
}

/* Slow path of a binary op: r = f(x, y) on mpz, if there is room for
 * `limbs` limbs `work` times over. */
#define MPZ_BINOP(ts, a, b, call, limbs, work) \
    do { \
        if (!room_limbs(ts, limbs, work)) \
            return VAL_NULL; \
        mpz_t va_, vb_, r_; \
        mp_limb_t la_, lb_; \
        mpz_srcptr x_ = view_mpz(a, va_, &la_), y_ = view_mpz(b, vb_, &lb_); \
        mpz_init(r_); \
        call(r_, x_, y_); \
        return int_take_mpz(ts, r_); \
    } while (0)

/* Dividing by one limb needs no scratch space. */
static inline unsigned div_work(Value divisor) { return limbs_of(divisor) <= 1 ? 1 : INT_WORK_DIV; }

static Value int_add(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return int_from_i64(ts, x + y);
    MPZ_BINOP(ts, a, b, mpz_add, max_limbs(a, b) + 1, 1);
}

static Value int_sub(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return int_from_i64(ts, x - y);
    MPZ_BINOP(ts, a, b, mpz_sub, max_limbs(a, b) + 1, 1);
}

static Value int_mul(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (small_of(a, &x) && small_of(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return int_from_i64(ts, r);
    MPZ_BINOP(ts, a, b, mpz_mul, limbs_of(a) + limbs_of(b), INT_WORK_MUL);
}

static Value int_floordiv(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    if (int_sign(b) == 0)
        return err_format(ts, &exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        int64_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            q--;
        return int_from_i64(ts, q);
    }
    MPZ_BINOP(ts, a, b, mpz_fdiv_q, limbs_of(a), div_work(b));
}

static Value int_mod(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    if (int_sign(b) == 0)
        return err_format(ts, &exc_ZeroDivisionError, "integer modulo by zero");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return int_from_i64(ts, r);
    }
    MPZ_BINOP(ts, a, b, mpz_fdiv_r, limbs_of(a), div_work(b));
}

Value int_divmod(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    Value q = int_floordiv(ts, a, b);
    if (q == VAL_NULL)
        return VAL_NULL;
    gc_push_root(ts, q);
    Value r = int_mod(ts, a, b);
    Value t = r ? tuple_pack(ts, 2, q, r) : VAL_NULL;
    gc_pop_roots(ts, 1);
    return t;
}

static Value int_truediv(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    const int64_t exact = INT64_C(1) << 53;
    if (small_of(a, &x) && small_of(b, &y) && x <= exact && x >= -exact && y <= exact && y >= -exact) {
        if (y == 0)
            return err_format(ts, &exc_ZeroDivisionError, "division by zero");
        return float_new(ts, (double)x / (double)y);
    }
    if (int_sign(b) == 0)
        return err_format(ts, &exc_ZeroDivisionError, "division by zero");
    if (int_sign(a) == 0)
        return float_new(ts, 0.0 / (double)int_sign(b));
    if (!room_limbs(ts, max_limbs(a, b) + 1, INT_WORK_DIV))
        return VAL_NULL;
    mpz_t ta, tb, na, nb, q, r;
    mpz_inits(ta, tb, na, nb, q, r, NULL);
    mpz_abs(na, as_mpz(a, ta));
    mpz_abs(nb, as_mpz(b, tb));
    long bits_a = (long)mpz_sizeinbase(na, 2), bits_b = (long)mpz_sizeinbase(nb, 2);
    long shift = 56 - (bits_a - bits_b);
    if (shift < 0)
        shift = 0;
    mpz_mul_2exp(na, na, (mp_bitcnt_t)shift);
    mpz_tdiv_qr(q, r, na, nb);
    double d;
    bool ok = mpz_scaled_to_double(q, shift, mpz_sgn(r) != 0, &d);
    bool neg = int_sign(a) != int_sign(b);
    mpz_clears(ta, tb, na, nb, q, r, NULL);
    if (!ok)
        return err_format(ts, &exc_OverflowError, "integer division result too large for a float");
    return float_new(ts, neg ? -d : d);
}

static Value int_pow(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) {
        double x = int_to_double(ts, a);
        if (x == -1.0 && err_occurred(ts))
            return VAL_NULL;
        double y = int_to_double(ts, b);
        if (y == -1.0 && err_occurred(ts))
            return VAL_NULL;
        return float_pow_d(ts, x, y);
    }
    int64_t x, e;
    if (small_of(a, &x) && small_of(b, &e)) {
        /* square-and-multiply while it fits */
        int64_t result = 1, base = x, n = e;
        bool overflow = false;
        while (n > 0) {
            if (n & 1 && __builtin_mul_overflow(result, base, &result)) {
                overflow = true;
                break;
            }
            n >>= 1;
            if (n > 0 && __builtin_mul_overflow(base, base, &base)) {
                overflow = true;
                break;
            }
        }
        if (!overflow)
            return int_from_i64(ts, result);
    }
    mpz_t ta, tb;
    mpz_inits(ta, tb, NULL);
    mpz_srcptr za = as_mpz(a, ta), zb = as_mpz(b, tb);
    /* 0, 1 and -1 to any power are cheap; anything else is huge */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        int s = mpz_sgn(za);
        int64_t r = s == 0 ? (mpz_sgn(zb) == 0 ? 1 : 0) : s > 0 ? 1 : (mpz_odd_p(zb) ? -1 : 1);
        mpz_clears(ta, tb, NULL);
        return val_from_smallint(r);
    }
    if (!mpz_fits_ulong_p(zb)) {
        mpz_clears(ta, tb, NULL);
        return err_no_memory(ts);
    }
    unsigned long n = mpz_get_ui(zb);
    if (!int_room(ts, (double)n * (double)mpz_sizeinbase(za, 2), INT_WORK_MUL)) {
        mpz_clears(ta, tb, NULL);
        return VAL_NULL;
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, n);
    mpz_clears(ta, tb, NULL);
    return int_take_mpz(ts, r);
}

Value int_pow_mod(ThreadState *ts, Value a, Value b, Value m)
{
    if (!val_is_int(a) || !val_is_int(b) || !val_is_int(m))
        return err_format(ts, &exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_sign(m) == 0)
        return err_format(ts, &exc_ValueError, "pow() 3rd argument cannot be 0");
    if (!room_limbs(ts, max_limbs(a, m), INT_WORK_DIV) || !room_limbs(ts, limbs_of(m), INT_WORK_GCD))
        return VAL_NULL;
    mpz_t ta, tb, tm, base, am, r;
    mpz_inits(ta, tb, tm, base, am, r, NULL);
    mpz_srcptr za = as_mpz(a, ta), zb = as_mpz(b, tb), zm = as_mpz(m, tm);
    mpz_abs(am, zm);
    mpz_mod(base, za, am);
    bool ok = true;
    if (mpz_sgn(zb) < 0) {
        if (!mpz_invert(base, base, am))
            ok = false;
        mpz_neg(r, zb);
        mpz_powm(r, base, r, am);
    } else {
        mpz_powm(r, base, zb, am);
    }
    if (ok && mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
        mpz_add(r, r, zm);     /* the result takes the modulus's sign */
    mpz_clears(ta, tb, tm, base, am, NULL);
    if (!ok) {
        mpz_clear(r);
        return err_format(ts, &exc_ValueError, "base is not invertible for the given modulus");
    }
    return int_take_mpz(ts, r);
}

static Value int_lshift(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    if (int_sign(b) < 0)
        return err_format(ts, &exc_ValueError, "negative shift count");
    if (int_sign(a) == 0)
        return val_from_smallint(0);
    int64_t x, n;
    if (!int_to_i64(b, &n))
        return err_no_memory(ts);   /* CPython: MemoryError */
    if (small_of(a, &x) && n < 64) {
        __int128 r = (__int128)x * ((__int128)1 << n);   /* not x << n: UB for negative x */
        if (r >= INT64_MIN && r <= INT64_MAX)
            return int_from_i64(ts, (int64_t)r);
    }
    if (!int_room(ts, int_bits(a) + (double)n, 1))
        return VAL_NULL;
    mpz_t t, r;
    mpz_inits(t, r, NULL);
    mpz_mul_2exp(r, as_mpz(a, t), (mp_bitcnt_t)n);
    mpz_clear(t);
    return int_take_mpz(ts, r);
}

static Value int_rshift(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    if (int_sign(b) < 0)
        return err_format(ts, &exc_ValueError, "negative shift count");
    int64_t x, n;
    if (!int_to_i64(b, &n))
        return val_from_smallint(int_sign(a) < 0 ? -1 : 0);
    if (small_of(a, &x))
        return int_from_i64(ts, n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, BIG(a), (mp_bitcnt_t)n);
    return int_take_mpz(ts, r);
}

static Value int_and(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return int_from_i64(ts, x & y);
    MPZ_BINOP(ts, a, b, mpz_and, max_limbs(a, b) + 1, 1);
}

static Value int_or(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return int_from_i64(ts, x | y);
    MPZ_BINOP(ts, a, b, mpz_ior, max_limbs(a, b) + 1, 1);
}

static Value int_xor(ThreadState *ts, Value a, Value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return int_from_i64(ts, x ^ y);
    MPZ_BINOP(ts, a, b, mpz_xor, max_limbs(a, b) + 1, 1);
}

#define MPZ_UNARY(ts, a, call) \
    do { \
        if (!room_limbs(ts, limbs_of(a) + 1, 1)) \
            return VAL_NULL; \
        mpz_t r_; \
        mpz_init(r_); \
        call(r_, BIG(a)); \
        return int_take_mpz(ts, r_); \
    } while (0)

static Value int_neg(ThreadState *ts, Value a)
{
    int64_t x;
    if (small_of(a, &x))
        return int_from_i64(ts, -x);
    MPZ_UNARY(ts, a, mpz_neg);
}

static Value int_pos(ThreadState *ts, Value a)
{
    int64_t x;
    if (small_of(a, &x))
        return val_from_smallint(x);
    if (OBJ(a)->type != &type_int)
        return int_from_mpz(ts, BIG(a));   /* +I(5) and int(I(5)) are plain ints */
    return a;
}

static Value int_invert(ThreadState *ts, Value a)
{
    int64_t x;
    if (small_of(a, &x))
        return int_from_i64(ts, -x - 1);
    MPZ_UNARY(ts, a, mpz_com);
}

static Value int_abs(ThreadState *ts, Value a)
{
    int64_t x;
    if (small_of(a, &x))
        return int_from_i64(ts, x < 0 ? -x : x);
    if (mpz_sgn(BIG(a)) >= 0)
        return a;
    MPZ_UNARY(ts, a, mpz_neg);
}

Value int_round(ThreadState *ts, Value i, Value ndigits)
{
    if (ndigits == VAL_NULL || ndigits == VAL_NONE)
        return int_pos(ts, i);
    Value nd = obj_index(ts, ndigits);
    if (nd == VAL_NULL)
        return VAL_NULL;
    if (int_sign(nd) >= 0)
        return int_pos(ts, i);
    if (!room_limbs(ts, limbs_of(i) + 1, INT_WORK_DIV))
        return VAL_NULL;
    int64_t n;
    mpz_t ti, p, q, r, twice;
    mpz_inits(ti, p, q, r, twice, NULL);
    mpz_srcptr z = as_mpz(i, ti);
    /* rounding to more digits than the value has gives 0 */
    if (!int_to_i64(nd, &n) || (uint64_t)(-n) > mpz_sizeinbase(z, 10) + 1) {
        mpz_clears(ti, p, q, r, twice, NULL);
        return val_from_smallint(0);
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)(-n));
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(ti, p, r, twice, NULL);
    return int_take_mpz(ts, q);
}

/* ---- the int type ---- */

static Value int_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!val_is_int(a) || !val_is_int(b))
        return VAL_NOTIMPL;
    int c = int_cmp(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return val_bool(r);
}

static int64_t int_tp_hash(ThreadState *ts, Value v) { return int_hash(v); }
static int int_bool(ThreadState *ts, Value v) { return int_sign(v) != 0; }
static Value int_repr(ThreadState *ts, Value v) { return int_to_base_str(ts, v, 10, false); }
static Value int_format(ThreadState *ts, Value v, Value spec) { return format_int(ts, v, spec); }
static Value int_index(ThreadState *ts, Value v) { return int_pos(ts, v); }
static Value int_float(ThreadState *ts, Value v)
{
    double d = int_to_double(ts, v);
    if (d == -1.0 && err_occurred(ts))
        return VAL_NULL;
    return float_new(ts, d);
}

static Value int_value_new(ThreadState *ts, int argc, Value *argv, Value kwnames);

/* int(x=0) / int(x, base); a subclass's instance is an IntObj of its type
 * (holding any value, small ones too: the int code reads it through mpz). */
static Value int_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value v = int_value_new(ts, argc, argv, kwnames);
    if (!v || t == &type_int)
        return v;
    IntObj *o = gc_alloc(ts, t, t->instance_size > sizeof(IntObj) ? t->instance_size : sizeof(IntObj));
    mpz_init(o->z);
    int_to_mpz(v, o->z);
    return VAL(o);
}

DUNDER_NEW(int_dnew, &type_int, int_new)

static Value int_getnewargs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "int.__getnewargs__", argc, kwnames))
        return VAL_NULL;
    Value v = int_pos(ts, argv[0]);
    return v ? tuple_pack(ts, 1, v) : VAL_NULL;
}

static Value int_value_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "base"};
    Value a[2];
    if (!args_bind(ts, "int", argc, argv, kwnames, 2, names, 1, 2, 0, a))
        return VAL_NULL;
    Value x = a[0], base_v = a[1];
    if (base_v) {
        int64_t base;
        if (!obj_index_i64(ts, base_v, &base))
            return VAL_NULL;
        if (x == VAL_NULL)
            return err_format(ts, &exc_TypeError, "int() missing string argument");
        if (!IS_STR(x))
            return err_format(ts, &exc_TypeError, "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36))
            return err_format(ts, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return int_from_string(ts, str_cstr(x), (size_t)STR(x)->size, (int)base);
    }
    if (x == VAL_NULL)
        return val_from_smallint(0);
    if (val_is_int(x))
        return int_pos(ts, x);
    if (IS_FLOAT(x))
        return int_from_double(ts, float_value(x));
    if (IS_STR(x))
        return int_from_string(ts, str_cstr(x), (size_t)STR(x)->size, 10);
    Type *xt = val_type(x);
    if (xt->nb_int) {
        Value r = xt->nb_int(ts, x);
        if (r && !val_is_int(r))
            return err_format(ts, &exc_TypeError, "__int__ returned non-int (type %s)", val_type_name(r));
        return r ? int_pos(ts, r) : r;
    }
    if (xt->nb_index) {
        Value r = xt->nb_index(ts, x);
        if (r && !val_is_int(r))
            return err_format(ts, &exc_TypeError, "__index__ returned non-int (type %s)", val_type_name(r));
        return r ? int_pos(ts, r) : r;
    }
    return err_format(ts, &exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      xt->name);
}

static bool self_int(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int nargs)
{
    if (argc < 1 || !val_is_int(argv[0])) {
        err_format(ts, &exc_TypeError, "descriptor '%s' requires a 'int' object", name);
        return false;
    }
    return args_check(ts, name, argc - 1, kwnames, nargs, nargs);
}

static Value m_bit_length(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "bit_length", 0))
        return VAL_NULL;
    int64_t x;
    if (small_of(argv[0], &x)) {
        uint64_t ax = x < 0 ? -(uint64_t)x : (uint64_t)x;
        return val_from_smallint(ax ? 64 - __builtin_clzll(ax) : 0);
    }
    return int_from_u64(ts, mpz_sizeinbase(BIG(argv[0]), 2));
}

static Value m_bit_count(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "bit_count", 0))
        return VAL_NULL;
    int64_t x;
    if (small_of(argv[0], &x))
        return val_from_smallint(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, BIG(argv[0]));
    Value r = int_from_u64(ts, mpz_popcount(a));
    mpz_clear(a);
    return r;
}

static Value m_conjugate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "conjugate", 0))
        return VAL_NULL;
    return int_pos(ts, argv[0]);
}

static Value m_as_integer_ratio(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "as_integer_ratio", 0))
        return VAL_NULL;
    return tuple_pack(ts, 2, int_pos(ts, argv[0]), val_from_smallint(1));
}

static Value m_int_format(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "__format__", 1))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "__format__() argument must be str, not %s", val_type_name(argv[1]));
    return val_type(argv[0])->tp_format(ts, argv[0], argv[1]);
}

static Value m_int_index(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_int(ts, argc, argv, kwnames, "__index__", 0))
        return VAL_NULL;
    return int_pos(ts, argv[0]);
}

/* ---- int.to_bytes / int.from_bytes ---- */

static bool byteorder_arg(ThreadState *ts, const char *fname, Value v, bool *little)
{
    *little = false;
    if (!v) return true;
    if (!IS_STR(v)) {
        err_format(ts, &exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, val_type_name(v));
        return false;
    }
    if (str_eq_cstr(v, "little")) *little = true;
    else if (!str_eq_cstr(v, "big")) {
        err_format(ts, &exc_ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

static Value m_to_bytes(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "length", "byteorder", "signed"};
    Value a[4];
    if (!args_bind(ts, "to_bytes", argc, argv, kwnames, 4, names, 1, 3, 1, a)) return VAL_NULL;
    int64_t len = 1;
    bool little;
    int sign = 0;
    if (a[1] && !int_arg(ts, a[1], &len)) return VAL_NULL;
    if (len < 0) return err_format(ts, &exc_ValueError, "length argument must be non-negative");
    if (!byteorder_arg(ts, "to_bytes", a[2], &little)) return VAL_NULL;
    if (a[3] && (sign = obj_truthy(ts, a[3])) < 0) return VAL_NULL;
    if (!gc_check_size(ts, (size_t)len)) return VAL_NULL;
    mpz_t z, lim;
    mpz_init(z);
    mpz_init(lim);
    int_to_mpz(argv[0], z);
    Value r = VAL_NULL;
    if (mpz_sgn(z) < 0 && !sign) {
        err_format(ts, &exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    /* in range: [0, 256**len) unsigned, [-256**len/2, 256**len/2) signed */
    mpz_ui_pow_ui(lim, 256, (unsigned long)len);
    if (sign) mpz_tdiv_q_2exp(lim, lim, 1);
    if (mpz_cmp(z, lim) >= 0 || (sign && (mpz_neg(lim, lim), mpz_cmp(z, lim) < 0))) {
        err_format(ts, &exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {
        mpz_ui_pow_ui(lim, 256, (unsigned long)len);
        mpz_add(z, z, lim);
    }
    uint8_t *buf = xcalloc((size_t)len + 1, 1);
    if (mpz_sgn(z)) {   /* into the buffer itself: GMP's own allocator is the GC's */
        size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
        mpz_export(buf + len - (int64_t)count, &count, 1, 1, 1, 0, z);
    }
    if (little)
        for (int64_t i = 0, j = len - 1; i < j; i++, j--) {
            uint8_t t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    r = bytes_new(ts, buf, len);
    free(buf);
done:
    mpz_clear(z);
    mpz_clear(lim);
    return r;
}

static Value m_from_bytes(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "bytes", "byteorder", "signed"};
    Value a[4];
    if (!args_bind(ts, "from_bytes", argc, argv, kwnames, 4, names, 1, 3, 2, a)) return VAL_NULL;
    bool little;
    int sign = 0;
    if (!byteorder_arg(ts, "from_bytes", a[2], &little)) return VAL_NULL;
    if (a[3] && (sign = obj_truthy(ts, a[3])) < 0) return VAL_NULL;
    Value b = a[1];
    const uint8_t *p;
    int64_t n;
    if (!bytes_view(b, &p, &n)) {
        if (IS_STR(b))
            return err_format(ts, &exc_TypeError, "cannot convert 'str' object to bytes");
        b = vm_call1(ts, VAL(&type_bytes), b);
        if (!b) return VAL_NULL;
        bytes_view(b, &p, &n);
    }
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, p);
    if (sign && n && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_ui_pow_ui(lim, 256, (unsigned long)n);
        mpz_sub(z, z, lim);
        mpz_clear(lim);
    }
    Value r = int_take_mpz(ts, z);
    if (r && (Type *)argv[0] != &type_int) r = vm_call1(ts, argv[0], r);
    return r;
}

static const MethodDef int_methods[] = {
    {"__new__", int_dnew, METH_STATIC},
    {"__getnewargs__", int_getnewargs, METH_DEFAULT},
    {"bit_length", m_bit_length, METH_DEFAULT},
    {"bit_count", m_bit_count, METH_DEFAULT},
    {"conjugate", m_conjugate, METH_DEFAULT},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT},
    {"__format__", m_int_format, METH_DEFAULT},
    {"__index__", m_int_index, METH_DEFAULT},
    {"__int__", m_int_index, METH_DEFAULT},
    {"to_bytes", m_to_bytes, METH_DEFAULT},
    {"from_bytes", m_from_bytes, METH_CLASS},
    {NULL, NULL, 0},
};

static Value g_real(ThreadState *ts, Value self) { return int_pos(ts, self); }
static Value g_imag(ThreadState *ts, Value self) { return val_from_smallint(0); }
static Value g_one(ThreadState *ts, Value self) { return val_from_smallint(1); }

static const GetSetDef int_getsets[] = {
    {"real", g_real, NULL},
    {"imag", g_imag, NULL},
    {"numerator", g_real, NULL},
    {"denominator", g_one, NULL},
    {NULL, NULL, NULL},
};

Type type_int = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "int",
    .layout = K_INT,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(IntObj),
    .methods = int_methods,
    .getsets = int_getsets,
    .tp_new = int_new,
    .tp_repr = int_repr,
    .tp_hash = int_tp_hash,
    .tp_richcompare = int_richcompare,
    .tp_bool = int_bool,
    .tp_format = int_format,
    .nb_binary = {
        [OP_ADD] = int_add, [OP_SUB] = int_sub, [OP_MUL] = int_mul,
        [OP_TRUEDIV] = int_truediv, [OP_FLOORDIV] = int_floordiv, [OP_MOD] = int_mod,
        [OP_POW] = int_pow, [OP_LSHIFT] = int_lshift, [OP_RSHIFT] = int_rshift,
        [OP_BITAND] = int_and, [OP_BITOR] = int_or, [OP_BITXOR] = int_xor,
    },
    .nb_unary = {[NB_NEG] = int_neg, [NB_POS] = int_pos, [NB_INVERT] = int_invert, [NB_ABS] = int_abs},
    .nb_index = int_index,
    .nb_int = int_index,
    .nb_float = int_float,
    .finalize = int_finalize,
};

/* ---- bool ---- */

static Value bool_repr(ThreadState *ts, Value v)
{
    return str_from_cstr(ts, v == VAL_TRUE ? "True" : "False");
}

static Value bool_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "bool() takes no keyword arguments");
    if (argc > 1)
        return err_format(ts, &exc_TypeError, "bool expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return VAL_FALSE;
    int r = obj_truthy(ts, argv[0]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value bool_and(ThreadState *ts, Value a, Value b)
{
    if (val_is(a, K_BOOL) && val_is(b, K_BOOL))
        return val_bool(a == VAL_TRUE && b == VAL_TRUE);
    return int_and(ts, a, b);
}

static Value bool_or(ThreadState *ts, Value a, Value b)
{
    if (val_is(a, K_BOOL) && val_is(b, K_BOOL))
        return val_bool(a == VAL_TRUE || b == VAL_TRUE);
    return int_or(ts, a, b);
}

static Value bool_xor(ThreadState *ts, Value a, Value b)
{
    if (val_is(a, K_BOOL) && val_is(b, K_BOOL))
        return val_bool((a == VAL_TRUE) != (b == VAL_TRUE));
    return int_xor(ts, a, b);
}

static Value bool_format(ThreadState *ts, Value v, Value spec)
{
    if (IS_STR(spec) && STR(spec)->length == 0)
        return bool_repr(ts, v);
    return format_int(ts, val_from_smallint(v == VAL_TRUE), spec);
}

Type type_bool = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "bool",
    .base = &type_int,
    .layout = K_BOOL,
    .instance_size = sizeof(BoolObj),
    .tp_new = bool_new,
    .tp_repr = bool_repr,
    .tp_format = bool_format,
    .nb_binary = {[OP_BITAND] = bool_and, [OP_BITOR] = bool_or, [OP_BITXOR] = bool_xor},
};
