/* float.c — Python floats (IEEE doubles).
 *
 * Arithmetic accepts float op float, float op int and int op float (int's
 * slots decline floats, so mixed operations land here either way round); an
 * int too large for a double raises OverflowError as in CPython. Comparisons
 * between floats and ints are exact (2**53 + 1 != 2.0**53), floor division and
 * modulo follow CPython's fmod-based algorithm with its signed zeros, and the
 * hash is CPython's, so hash(2.0) == hash(2) and dict keys 1 and 1.0 collide.
 *
 * A negative float to a fractional power is complex in CPython; gilsim has no
 * complex numbers and raises ValueError("complex numbers are not supported by
 * gilsim") instead.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/float.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/class.h"
#include "vm/exc.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)

Value float_new(ThreadState *ts, double d)
{
    FloatObj *f = gc_alloc(ts, &type_float, sizeof(FloatObj));
    f->value = d;
    return VAL(f);
}

/* 1: *out set; 0: not a number (NotImplemented); -1: error (huge int). */
static int to_double(ThreadState *ts, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = float_value(v);
        return 1;
    }
    if (val_is_smallint(v)) {
        *out = (double)val_smallint(v);
        return 1;
    }
    if (val_is_int(v)) {
        double d = int_to_double(ts, v);
        if (d == -1.0 && err_occurred(ts))
            return -1;
        *out = d;
        return 1;
    }
    return 0;
}

bool float_as_double(ThreadState *ts, Value v, double *out)
{
    int r = to_double(ts, v, out);
    if (r > 0)
        return true;
    if (r < 0)
        return false;
    Type *t = val_type(v);
    if (t->nb_float) {
        Value f = t->nb_float(ts, v);
        if (f == VAL_NULL)
            return false;
        if (!IS_FLOAT(f)) {
            err_format(ts, &exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, val_type_name(f));
            return false;
        }
        *out = float_value(f);
        return true;
    }
    if (t->nb_index) {
        Value i = obj_index(ts, v);
        if (i == VAL_NULL)
            return false;
        return to_double(ts, i, out) > 0;
    }
    err_format(ts, &exc_TypeError, "must be real number, not %s", t->name);
    return false;
}

/* ---- hashing (CPython's _Py_HashDouble) ---- */

int64_t float_hash(double d)
{
    if (!isfinite(d))
        return isinf(d) ? (d > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_tp_hash(ThreadState *ts, Value v)
{
    double d = float_value(v);
    if (isnan(d))
        return object_hash_identity(ts, v);   /* 3.10+: NaNs hash by identity */
    return float_hash(d);
}

/* ---- comparison ---- */

/* d vs the int i, exactly: -1, 0, 1 (d not NaN). */
static int cmp_double_int(double d, Value i)
{
    if (isinf(d))
        return d > 0 ? 1 : -1;
    int64_t x;
    if (int_to_i64(i, &x) && x <= (INT64_C(1) << 53) && x >= -(INT64_C(1) << 53)) {
        double y = (double)x;
        return (d > y) - (d < y);
    }
    double whole = trunc(d), frac = d - whole;
    mpz_t zi, zd;
    mpz_init(zi);
    mpz_init_set_d(zd, whole);
    int_to_mpz(i, zi);
    int c = mpz_cmp(zd, zi);
    mpz_clears(zi, zd, NULL);
    if (c != 0)
        return c > 0 ? 1 : -1;
    return (frac > 0) - (frac < 0);
}

static Value float_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!IS_FLOAT(a))
        return VAL_NOTIMPL;
    double x = float_value(a);
    int c;
    if (IS_FLOAT(b)) {
        double y = float_value(b);
        if (isnan(x) || isnan(y))
            return val_bool(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (val_is_int(b)) {
        if (isnan(x))
            return val_bool(op == CMP_NE);
        c = cmp_double_int(x, b);
    } else {
        return VAL_NOTIMPL;
    }
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

/* ---- arithmetic ---- */

#define OPERANDS(ts, a, b, x, y) \
    double x, y; \
    do { \
        int ra_ = to_double(ts, a, &x); \
        if (ra_ <= 0) \
            return ra_ < 0 ? VAL_NULL : VAL_NOTIMPL; \
        int rb_ = to_double(ts, b, &y); \
        if (rb_ <= 0) \
            return rb_ < 0 ? VAL_NULL : VAL_NOTIMPL; \
    } while (0)

static Value float_add(ThreadState *ts, Value a, Value b) { OPERANDS(ts, a, b, x, y); return float_new(ts, x + y); }
static Value float_sub(ThreadState *ts, Value a, Value b) { OPERANDS(ts, a, b, x, y); return float_new(ts, x - y); }
static Value float_mul(ThreadState *ts, Value a, Value b) { OPERANDS(ts, a, b, x, y); return float_new(ts, x * y); }

static Value float_truediv(ThreadState *ts, Value a, Value b)
{
    OPERANDS(ts, a, b, x, y);
    if (y == 0.0)
        return err_format(ts, &exc_ZeroDivisionError, "float division by zero");
    return float_new(ts, x / y);
}

/* CPython's float_divmod: mod has the divisor's sign; signed zeros kept. */
static void divmod_d(double vx, double wx, double *floordiv, double *modp)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

static Value float_floordiv(ThreadState *ts, Value a, Value b)
{
    OPERANDS(ts, a, b, x, y);
    if (y == 0.0)
        return err_format(ts, &exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    divmod_d(x, y, &q, &r);
    return float_new(ts, q);
}

static Value float_mod(ThreadState *ts, Value a, Value b)
{
    OPERANDS(ts, a, b, x, y);
    if (y == 0.0)
        return err_format(ts, &exc_ZeroDivisionError, "float modulo");
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0))
            mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return float_new(ts, mod);
}

Value float_divmod(ThreadState *ts, Value a, Value b)
{
    if (!IS_FLOAT(a) && !IS_FLOAT(b))
        return VAL_NOTIMPL;
    OPERANDS(ts, a, b, x, y);
    if (y == 0.0)
        return err_format(ts, &exc_ZeroDivisionError, "float divmod()");
    double q, r;
    divmod_d(x, y, &q, &r);
    Value fq = float_new(ts, q);
    gc_push_root(ts, fq);
    Value fr = float_new(ts, r);
    Value t = tuple_pack(ts, 2, fq, fr);
    gc_pop_roots(ts, 1);
    return t;
}

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

Value float_pow_d(ThreadState *ts, double iv, double iw)
{
    if (iw == 0)
        return float_new(ts, 1.0);
    if (isnan(iv))
        return float_new(ts, iv);
    if (isnan(iw))
        return float_new(ts, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double av = fabs(iv);
        if (av == 1.0)
            return float_new(ts, 1.0);
        if ((iw > 0) == (av > 1.0))
            return float_new(ts, fabs(iw));
        return float_new(ts, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0)
            return float_new(ts, odd ? iv : fabs(iv));
        return float_new(ts, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0)
            return err_format(ts, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(ts, odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return err_format(ts, &exc_ValueError, "complex numbers are not supported by gilsim");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_new(ts, negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (negate)
        ix = -ix;
    if (isinf(ix)) {
        Value args[2] = {val_from_smallint(34), str_from_cstr(ts, "Numerical result out of range")};
        Value e = exc_new(ts, &exc_OverflowError, 2, args);
        if (e)
            err_raise(ts, e);
        return VAL_NULL;
    }
    return float_new(ts, ix);
}

static Value float_pow(ThreadState *ts, Value a, Value b)
{
    OPERANDS(ts, a, b, x, y);
    return float_pow_d(ts, x, y);
}

static Value float_neg(ThreadState *ts, Value a) { return float_new(ts, -float_value(a)); }
static Value float_pos(ThreadState *ts, Value a) { return a; }
static Value float_abs(ThreadState *ts, Value a) { return float_new(ts, fabs(float_value(a))); }
static int float_bool(ThreadState *ts, Value a) { return float_value(a) != 0.0; }
static Value float_repr(ThreadState *ts, Value a) { return format_float_repr_str(ts, float_value(a)); }
static Value float_format(ThreadState *ts, Value a, Value spec) { return format_float(ts, float_value(a), spec); }
static Value float_int(ThreadState *ts, Value a) { return int_from_double(ts, float_value(a)); }
static Value float_float(ThreadState *ts, Value a) { return a; }

/* ---- rounding ---- */

/* Round the exact decimal expansion of x to a multiple of 10**k (k >= 1),
 * half to even: glibc prints doubles exactly, so this is correct rounding. */
static double round_to_tens(double x, int k)
{
    char buf[400];
    double ax = fabs(x);
    snprintf(buf, sizeof buf, "%.60f", ax);
    char *dot = strchr(buf, '.');
    int ilen = (int)(dot - buf);
    if (ilen < k || (ilen == 1 && buf[0] == '0'))
        return copysign(0.0, x);
    int keep = ilen - k;   /* digits kept */
    char first = buf[keep];
    bool rest_nonzero = false;
    for (const char *p = buf + keep + 1; *p; p++)
        if (*p != '0' && *p != '.') {
            rest_nonzero = true;
            break;
        }
    char kept[400];
    memcpy(kept, buf, (size_t)keep);
    kept[keep] = 0;
    bool up;
    if (first > '5' || (first == '5' && rest_nonzero))
        up = true;
    else if (first == '5')
        up = keep > 0 && ((kept[keep - 1] - '0') & 1);
    else
        up = false;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && kept[i] == '9')
            kept[i--] = '0';
        if (i >= 0) {
            kept[i]++;
        } else {
            memmove(kept + 1, kept, (size_t)keep + 1);
            kept[0] = '1';
            keep++;
        }
    }
    if (keep == 0)
        return copysign(0.0, x);
    char num[460];
    snprintf(num, sizeof num, "%se%d", kept, k);
    double r = strtod(num, NULL);
    return copysign(r, x);
}

Value float_round(ThreadState *ts, double x, Value ndigits)
{
    if (ndigits == VAL_NULL || ndigits == VAL_NONE) {
        if (!isfinite(x))
            return int_from_double(ts, x);
        return int_from_double(ts, nearbyint(x));
    }
    Value nd = obj_index(ts, ndigits);
    if (nd == VAL_NULL)
        return VAL_NULL;
    int64_t n;
    if (!int_to_i64(nd, &n))
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    if (!isfinite(x) || x == 0.0)
        return float_new(ts, x);
    if (n > 323)
        return float_new(ts, x);
    if (n < -308)
        return float_new(ts, 0.0 * x);
    double r;
    if (n >= 0) {
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
    } else {
        r = round_to_tens(x, (int)-n);
    }
    if (isinf(r))
        return err_format(ts, &exc_OverflowError, "rounded value too large to represent");
    return float_new(ts, r);
}

/* ---- parsing ---- */

static bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value float_from_string(ThreadState *ts, const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    size_t len = (size_t)(end - p);
    char small[128];
    char *buf = len < sizeof small ? small : xmalloc(len + 1);
    size_t bn = 0;
    const char *q = p;
    bool ok = true;
    double result = 0.0;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-'))
        neg = *q++ == '-';
    size_t rest = (size_t)(end - q);
    if ((rest == 3 && strncasecmp(q, "inf", 3) == 0) || (rest == 8 && strncasecmp(q, "infinity", 8) == 0)) {
        result = neg ? -INFINITY : INFINITY;
        goto done;
    }
    if (rest == 3 && strncasecmp(q, "nan", 3) == 0) {
        result = neg ? -NAN : NAN;
        goto done;
    }
    /* [sign] (digits [. digits?] | . digits) [e [sign] digits], with single
     * underscores only between digits */
    if (neg)
        buf[bn++] = '-';
    int mant_digits = 0;
    bool seen_dot = false, seen_exp = false;
    int exp_digits = 0;
    for (const char *c = q; c < end; c++) {
        if (isdigit((unsigned char)*c)) {
            buf[bn++] = *c;
            if (seen_exp)
                exp_digits++;
            else
                mant_digits++;
        } else if (*c == '_') {
            if (c == q || !isdigit((unsigned char)c[-1]) || c + 1 >= end || !isdigit((unsigned char)c[1])) {
                ok = false;
                break;
            }
        } else if (*c == '.' && !seen_dot && !seen_exp) {
            seen_dot = true;
            buf[bn++] = '.';
        } else if ((*c == 'e' || *c == 'E') && !seen_exp && mant_digits > 0) {
            seen_exp = true;
            buf[bn++] = 'e';
            if (c + 1 < end && (c[1] == '+' || c[1] == '-'))
                buf[bn++] = *++c;
        } else {
            ok = false;
            break;
        }
    }
    if (mant_digits == 0 || (seen_exp && exp_digits == 0))
        ok = false;
    if (ok) {
        buf[bn] = 0;
        result = strtod(buf, NULL);
    }
done:
    if (buf != small)
        free(buf);
    if (!ok) {
        Value str = str_new(ts, s, n);
        Value r = str_repr(ts, str);
        if (r == VAL_NULL)
            return VAL_NULL;
        return err_format(ts, &exc_ValueError, "could not convert string to float: %s", str_cstr(r));
    }
    return float_new(ts, result);
}

/* ---- the type ---- */

static Value float_value_new(ThreadState *ts, int argc, Value *argv, Value kwnames);

/* float(x); a subclass's instance is a FloatObj of its type. */
static Value float_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    Value v = float_value_new(ts, argc, argv, kwnames);
    if (!v || t == &type_float)
        return v;
    FloatObj *f = gc_alloc(ts, t, t->instance_size > sizeof(FloatObj) ? t->instance_size : sizeof(FloatObj));
    f->value = float_value(v);
    return VAL(f);
}

DUNDER_NEW(float_dnew, &type_float, float_tp_new)

static Value float_getnewargs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "float.__getnewargs__", argc, kwnames))
        return VAL_NULL;
    Value v = float_new(ts, float_value(argv[0]));
    return tuple_pack(ts, 1, v);
}

static Value float_value_new(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "float() takes no keyword arguments");
    if (argc > 1)
        return err_format(ts, &exc_TypeError, "float expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return float_new(ts, 0.0);
    Value x = argv[0];
    if (IS_FLOAT(x))
        return val_type(x) == &type_float ? x : float_new(ts, float_value(x));
    if (IS_STR(x))
        return float_from_string(ts, str_cstr(x), (size_t)STR(x)->size);
    double d;
    int r = to_double(ts, x, &d);
    if (r > 0)
        return float_new(ts, d);
    if (r < 0)
        return VAL_NULL;
    Type *xt = val_type(x);
    if (xt->nb_float) {
        Value f = xt->nb_float(ts, x);
        if (f && !IS_FLOAT(f))
            return err_format(ts, &exc_TypeError, "%s.__float__ returned non-float (type %s)", xt->name, val_type_name(f));
        return f;
    }
    if (xt->nb_index) {
        Value i = obj_index(ts, x);
        if (i == VAL_NULL)
            return VAL_NULL;
        if (to_double(ts, i, &d) < 0)
            return VAL_NULL;
        return float_new(ts, d);
    }
    return err_format(ts, &exc_TypeError, "float() argument must be a string or a real number, not '%s'", xt->name);
}

static bool self_float(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, int nargs)
{
    return args_check(ts, name, argc - 1, kwnames, nargs, nargs);
}

static Value m_is_integer(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_float(ts, argc, argv, kwnames, "is_integer", 0))
        return VAL_NULL;
    double d = float_value(argv[0]);
    return val_bool(isfinite(d) && d == floor(d));
}

static Value m_as_integer_ratio(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_float(ts, argc, argv, kwnames, "as_integer_ratio", 0))
        return VAL_NULL;
    double d = float_value(argv[0]);
    if (isinf(d))
        return err_format(ts, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return err_format(ts, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value vn = int_from_mpz(ts, num);
    gc_push_root(ts, vn);
    Value vd = int_from_mpz(ts, den);
    mpz_clears(num, den, NULL);
    Value t = tuple_pack(ts, 2, vn, vd);
    gc_pop_roots(ts, 1);
    return t;
}

static Value m_conjugate(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_float(ts, argc, argv, kwnames, "conjugate", 0))
        return VAL_NULL;
    return argv[0];
}

static Value m_float_format(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!self_float(ts, argc, argv, kwnames, "__format__", 1))
        return VAL_NULL;
    if (!IS_STR(argv[1]))
        return err_format(ts, &exc_TypeError, "__format__() argument must be str, not %s", val_type_name(argv[1]));
    return format_float(ts, float_value(argv[0]), argv[1]);
}

static Value m_float_round(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "__round__", argc - 1, kwnames, 0, 1))
        return VAL_NULL;
    return float_round(ts, float_value(argv[0]), argc > 1 ? argv[1] : VAL_NULL);
}

static const MethodDef float_methods[] = {
    {"__new__", float_dnew, METH_STATIC},
    {"__getnewargs__", float_getnewargs, METH_DEFAULT},
    {"is_integer", m_is_integer, METH_DEFAULT},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT},
    {"conjugate", m_conjugate, METH_DEFAULT},
    {"__format__", m_float_format, METH_DEFAULT},
    {"__round__", m_float_round, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value g_real(ThreadState *ts, Value self) { return self; }
static Value g_imag(ThreadState *ts, Value self) { return float_new(ts, 0.0); }

static const GetSetDef float_getsets[] = {
    {"real", g_real, NULL},
    {"imag", g_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "float",
    .layout = K_FLOAT,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(FloatObj),
    .methods = float_methods,
    .getsets = float_getsets,
    .tp_new = float_tp_new,
    .tp_repr = float_repr,
    .tp_hash = float_tp_hash,
    .tp_richcompare = float_richcompare,
    .tp_bool = float_bool,
    .tp_format = float_format,
    .nb_binary = {
        [OP_ADD] = float_add, [OP_SUB] = float_sub, [OP_MUL] = float_mul,
        [OP_TRUEDIV] = float_truediv, [OP_FLOORDIV] = float_floordiv, [OP_MOD] = float_mod,
        [OP_POW] = float_pow,
    },
    .nb_unary = {[NB_NEG] = float_neg, [NB_POS] = float_pos, [NB_ABS] = float_abs},
    .nb_int = float_int,
    .nb_float = float_float,
};
