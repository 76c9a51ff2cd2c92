/* mathmod.c — the math module.
 *
 * Results are glibc's libm results (CPython 3.11 calls the same functions on
 * Linux), wrapped in CPython's error rules (math_1/math_2 in mathmodule.c): a
 * NaN out of a non-NaN input is "math domain error" (ValueError); an infinity
 * out of a finite input is "math range error" (OverflowError) for the
 * functions that can overflow, else a domain error; an underflow is not an
 * error. Where CPython does not simply call libm, it is followed here: the
 * logarithms of ints too big for a double (frexp-style), hypot/dist (scaled,
 * compensated vector_norm), fsum (Shewchuk's exact partials), pow's IEEE
 * special cases, and the integer functions (gcd, lcm, factorial, comb, perm,
 * isqrt), exact on arbitrary-precision ints through GMP.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"

static inline bool as_double(ThreadState *ts, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = float_value(v);
        return true;
    }
    if (val_is_smallint(v)) {
        *out = (double)val_smallint(v);
        return true;
    }
    return float_as_double(ts, v, out);
}

static Value domain_error(ThreadState *ts)
{
    return err_format(ts, &exc_ValueError, "math domain error");
}

static Value range_error(ThreadState *ts)
{
    return err_format(ts, &exc_OverflowError, "math range error");
}

/* CPython's is_error(): errno after a libm call. Underflow is not an error. */
static bool is_error(ThreadState *ts, double r)
{
    if (errno == EDOM) {
        domain_error(ts);
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return false;
        range_error(ts);
        return true;
    }
    return false;
}

/* One double in, one double out, with CPython's math_1 error rules. */
static Value math_1(ThreadState *ts, Value arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (!as_double(ts, arg, &x))
        return VAL_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(ts);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(ts) : domain_error(ts);
    if (isfinite(r) && errno && is_error(ts, r))
        return VAL_NULL;
    return float_new(ts, r);
}

/* Two doubles in (math_2): atan2, copysign, remainder. */
static Value math_2(ThreadState *ts, const char *name, int argc, Value *argv, Value kwnames,
                    double (*f)(double, double))
{
    double x, y;
    if (!lib_check_positional(ts, name, argc, kwnames, 2, 2) || !as_double(ts, argv[0], &x)
        || !as_double(ts, argv[1], &y))
        return VAL_NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(ts, r))
        return VAL_NULL;
    return float_new(ts, r);
}

#define MATH_FUNC1(name, cfunc, can_overflow)                                          \
    static Value math_##name(ThreadState *ts, int argc, Value *argv, Value kwnames)    \
    {                                                                                  \
        if (!lib_check_one(ts, "math." #name, argc, kwnames))                          \
            return VAL_NULL;                                                           \
        return math_1(ts, argv[0], cfunc, can_overflow);                               \
    }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

/* degrees and radians are plain products in CPython: no range check */
static Value math_degrees(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.degrees", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    return float_new(ts, x * (180.0 / M_PI));
}

static Value math_radians(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.radians", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    return float_new(ts, x * (M_PI / 180.0));
}

static Value math_atan2(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return math_2(ts, "atan2", argc, argv, kwnames, atan2);
}

static Value math_copysign(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return math_2(ts, "copysign", argc, argv, kwnames, copysign);
}

static Value math_remainder(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return math_2(ts, "remainder", argc, argv, kwnames, remainder);
}

static Value math_fmod(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x, y;
    if (!lib_check_positional(ts, "fmod", argc, kwnames, 2, 2) || !as_double(ts, argv[0], &x)
        || !as_double(ts, argv[1], &y))
        return VAL_NULL;
    if (isinf(y) && isfinite(x))   /* fmod(x, +/-inf) is x for finite x */
        return float_new(ts, x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(ts, r))
        return VAL_NULL;
    return float_new(ts, r);
}

static Value math_pow(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x, y, r;
    if (!lib_check_positional(ts, "pow", argc, kwnames, 2, 2) || !as_double(ts, argv[0], &x)
        || !as_double(ts, argv[1], &y))
        return VAL_NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE special values, as C99 Annex F wants them */
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {   /* y is infinite */
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r))
                errno = EDOM;   /* (-ve) ** (finite non-integer) */
            else
                errno = x == 0.0 ? EDOM : ERANGE;   /* 0 ** -ve, or overflow */
        } else {
            errno = 0;
        }
    }
    if (errno && is_error(ts, r))
        return VAL_NULL;
    return float_new(ts, r);
}

/* ---- rounding to ints ---- */

static Value call_special(ThreadState *ts, Value v, const char *name, bool *found)
{
    Value fn = type_lookup(val_type(v), interp_intern_cstr(ts, name));
    *found = fn != VAL_NULL;
    if (!fn)
        return VAL_NULL;
    return vm_call1(ts, fn, v);
}

static Value int_of(ThreadState *ts, Value v)
{
    if (val_is(v, K_BOOL))
        return val_from_smallint(v == VAL_TRUE);
    return v;
}

static Value round_to_int(ThreadState *ts, Value v, const char *dunder, double (*f)(double))
{
    if (IS_FLOAT(v))
        return int_from_double(ts, f(float_value(v)));
    if (val_is_smallint(v) || IS_BIGINT(v) || val_is(v, K_BOOL))
        return int_of(ts, v);
    bool found;
    Value r = call_special(ts, v, dunder, &found);
    if (found)
        return r;
    double d;
    if (!as_double(ts, v, &d))
        return VAL_NULL;
    return int_from_double(ts, f(d));
}

static Value math_floor(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.floor", argc, kwnames))
        return VAL_NULL;
    return round_to_int(ts, argv[0], "__floor__", floor);
}

static Value math_ceil(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.ceil", argc, kwnames))
        return VAL_NULL;
    return round_to_int(ts, argv[0], "__ceil__", ceil);
}

static Value math_trunc(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.trunc", argc, kwnames))
        return VAL_NULL;
    Value v = argv[0];
    if (IS_FLOAT(v))
        return int_from_double(ts, trunc(float_value(v)));
    if (val_is_smallint(v) || IS_BIGINT(v) || val_is(v, K_BOOL))
        return int_of(ts, v);
    bool found;
    Value r = call_special(ts, v, "__trunc__", &found);
    if (!found && !err_occurred(ts))
        return err_format(ts, &exc_TypeError, "type %s doesn't define __trunc__ method",
                          val_type_name(v));
    return r;
}

/* ---- decomposition ---- */

static Value math_frexp(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.frexp", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return tuple_pack(ts, 2, float_new(ts, x), val_from_smallint(e));
}

static Value math_ldexp(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x, r;
    if (!lib_check_positional(ts, "ldexp", argc, kwnames, 2, 2) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    Value i = argv[1];
    if (!val_is_int(i))
        return err_format(ts, &exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(i, &e))
        e = int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    errno = 0;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT32_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            errno = ERANGE;
    }
    if (errno && is_error(ts, r))
        return VAL_NULL;
    return float_new(ts, r);
}

static Value math_modf(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x, ip;
    if (!lib_check_one(ts, "math.modf", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    if (isinf(x))
        return tuple_pack(ts, 2, float_new(ts, copysign(0.0, x)), float_new(ts, x));
    double fp = modf(x, &ip);
    return tuple_pack(ts, 2, float_new(ts, fp), float_new(ts, ip));
}

/* ---- logarithms ---- */

/* A positive big int as m * 2**e with 0.5 <= m <= 1, m rounded half-even to
 * 53 bits (CPython's _PyLong_Frexp). */
static double bigint_frexp(Value v, int64_t *e)
{
    mpz_t z, q;
    mpz_init(z);
    mpz_init(q);
    int_to_mpz(v, z);
    mpz_abs(z, z);
    int64_t bits = (int64_t)mpz_sizeinbase(z, 2);
    int64_t shift = bits - 54;   /* keep 54 bits: 53 and a rounding bit */
    mpz_fdiv_q_2exp(q, z, (mp_bitcnt_t)shift);
    bool sticky = mpz_scan1(z, 0) < (mp_bitcnt_t)shift;
    uint64_t t = mpz_get_ui(q);
    uint64_t m = t >> 1;
    if ((t & 1) && (sticky || (m & 1)))
        m++;
    mpz_clear(z);
    mpz_clear(q);
    *e = bits;
    return ldexp((double)m, -53);
}

static Value loghelper(ThreadState *ts, Value arg, double (*f)(double))
{
    if (val_is_int(arg)) {
        if (int_sign(arg) <= 0)
            return domain_error(ts);
        int64_t small;
        if (int_to_i64(arg, &small))
            return float_new(ts, f((double)small));
        double x = int_to_double(ts, arg);
        if (x == -1.0 && err_occurred(ts)) {
            if (!err_matches(ts, &exc_OverflowError))
                return VAL_NULL;
            err_clear(ts);
            int64_t e;
            x = bigint_frexp(arg, &e);
            return float_new(ts, f(x) + f(2.0) * (double)e);
        }
        return float_new(ts, f(x));
    }
    return math_1(ts, arg, f, false);
}

static Value math_log(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if ((kwnames && TUPLE(kwnames)->length) || argc < 1 || argc > 2)
        return err_format(ts, &exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = loghelper(ts, argv[0], log);
    if (!num || argc == 1)
        return num;
    Value den = loghelper(ts, argv[1], log);
    if (!den)
        return VAL_NULL;
    if (float_value(den) == 0.0)
        return err_format(ts, &exc_ZeroDivisionError, "float division by zero");
    return float_new(ts, float_value(num) / float_value(den));
}

static Value math_log2(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.log2", argc, kwnames))
        return VAL_NULL;
    return loghelper(ts, argv[0], log2);
}

static Value math_log10(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.log10", argc, kwnames))
        return VAL_NULL;
    return loghelper(ts, argv[0], log10);
}

/* ---- predicates ---- */

static Value math_isnan(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.isnan", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    return val_bool(isnan(x));
}

static Value math_isinf(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.isinf", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    return val_bool(isinf(x));
}

static Value math_isfinite(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.isfinite", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    return val_bool(isfinite(x));
}

static Value math_isclose(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value av[4];
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!args_bind(ts, "isclose", argc, argv, kwnames, 4, names, 0, 2, 2, av))
        return VAL_NULL;
    if (!as_double(ts, av[0], &a) || !as_double(ts, av[1], &b)
        || (av[2] && !as_double(ts, av[2], &rel_tol)) || (av[3] && !as_double(ts, av[3], &abs_tol)))
        return VAL_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(ts, &exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return VAL_TRUE;   /* also catches two infinities of the same sign */
    if (isinf(a) || isinf(b))
        return VAL_FALSE;
    double diff = fabs(b - a);
    return val_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- hypot and dist: CPython's vector_norm ----
 * Scale by a power of two so the largest coordinate is in [0.5, 1), square
 * each coordinate exactly (Veltkamp-Dekker split), add the squares with
 * compensation, then correct the square root by one Newton step. */
static double vector_norm(int64_t n, double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0;   /* ldexp(1.0, 27) + 1.0 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;

    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal first */
        for (int64_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
        x = vec[i] * scale;   /* lossless scaling */
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static Value math_hypot(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "hypot() takes no keyword arguments");
    double stack[16], *coords = argc <= 16 ? stack : xmalloc((size_t)argc * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (!as_double(ts, argv[i], &x)) {
            if (coords != stack)
                free(coords);
            return VAL_NULL;
        }
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(argc, coords, max, found_nan);
    if (coords != stack)
        free(coords);
    return float_new(ts, r);
}

static Value dist_of(ThreadState *ts, Value *p, Value *q, int64_t m, int64_t n);

static Value math_dist(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "dist", argc, kwnames, 2, 2))
        return VAL_NULL;
    Value hp = VAL_NULL, hq = VAL_NULL;
    int64_t m, n;
    Value *p = seq_items(ts, argv[0], &m, &hp);
    if (!p)
        return VAL_NULL;
    gc_push_root(ts, hp ? hp : VAL_NONE);
    Value *q = seq_items(ts, argv[1], &n, &hq);
    if (!q) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, hq ? hq : VAL_NONE);
    Value r = dist_of(ts, p, q, m, n);
    gc_pop_roots(ts, 2);
    return r;
}

static Value dist_of(ThreadState *ts, Value *p, Value *q, int64_t m, int64_t n)
{
    if (m != n)
        return err_format(ts, &exc_ValueError, "both points must have the same number of dimensions");
    double stack[16], *diffs = n <= 16 ? stack : xmalloc((size_t)n * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double px, qx;
        if (!as_double(ts, p[i], &px) || !as_double(ts, q[i], &qx)) {
            if (diffs != stack)
                free(diffs);
            return VAL_NULL;
        }
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(n, diffs, max, found_nan);
    if (diffs != stack)
        free(diffs);
    return float_new(ts, r);
}

/* ---- fsum: Shewchuk's algorithm, exact sum of the partials ---- */
static Value math_fsum(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.fsum", argc, kwnames))
        return VAL_NULL;
    Value it = obj_iter(ts, argv[0]);
    if (!it)
        return VAL_NULL;
    gc_push_root(ts, it);
    double stack[32], *p = stack;
    int64_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    Value result = VAL_NULL;
    for (;;) {
        Value item = obj_next(ts, it);
        if (!item) {
            if (err_occurred(ts))
                goto done;
            break;
        }
        double x;
        if (!as_double(ts, item, &x))
            goto done;
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {   /* for y in partials */
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an inf or nan summand, or an intermediate overflow */
                if (isfinite(xsave)) {
                    err_format(ts, &exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;   /* reset the partials */
            } else {
                if (n >= cap) {
                    double *np = xmalloc((size_t)cap * 2 * sizeof(double));
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != stack)
                        free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            err_format(ts, &exc_ValueError, "-inf + inf in fsum");
        else
            result = float_new(ts, special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double x, y, yr, lo = 0.0;
        hi = p[--n];
        /* sum_exact(ps, hi) from the top, stop when the sum becomes inexact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* Make half-even rounding work across multiple partials: if the
         * remaining partial has the same sign as lo, round hi by hand. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(ts, hi);
done:
    if (p != stack)
        free(p);
    gc_pop_roots(ts, 1);
    return result;
}

/* prod(iterable, /, *, start=1) */
static Value math_prod(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "start"};
    Value av[2];
    if (!args_bind(ts, "prod", argc, argv, kwnames, 2, names, 1, 1, 1, av))
        return VAL_NULL;
    Value result = av[1] ? av[1] : val_from_smallint(1);
    Value it = obj_iter(ts, av[0]);
    if (!it)
        return VAL_NULL;
    int base = ts->nroots;
    gc_push_root(ts, it);
    gc_push_root(ts, result);
    for (;;) {
        Value item = obj_next(ts, it);
        if (!item) {
            if (err_occurred(ts))
                result = VAL_NULL;
            break;
        }
        int64_t a, b, c;
        if (val_is_smallint(result) && val_is_smallint(item)
            && !__builtin_mul_overflow(a = val_smallint(result), b = val_smallint(item), &c)
            && smallint_fits(c)) {
            result = val_from_smallint(c);
        } else if (IS_FLOAT(result) && IS_FLOAT(item)) {
            result = float_new(ts, float_value(result) * float_value(item));
        } else {
            result = obj_binop(ts, OP_MUL, result, item);
            if (!result)
                break;
        }
        ts->roots[base + 1] = result;
    }
    gc_pop_roots(ts, 2);
    return result;
}

/* ---- integer functions ---- */

static Value index_of(ThreadState *ts, Value v)
{
    return val_is_int(v) ? int_of(ts, v) : obj_index(ts, v);
}

/* Memory (int_room): an lcm's result is the sum of its operands; a
 * factorial has lgamma(n + 1) / ln 2 bits, comb(n, k) and perm(n, k) at most
 * k times n's; all of them multiply on the way. */

static Value math_gcd(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "gcd() takes no keyword arguments");
    mpz_t g, z;
    mpz_init(g);
    mpz_init(z);
    Value result = VAL_NULL;
    for (int i = 0; i < argc; i++) {
        Value v = index_of(ts, argv[i]);
        if (!v || !int_room(ts, int_bits(v), INT_WORK_GCD))
            goto done;
        int_to_mpz(v, z);
        mpz_gcd(g, g, z);
    }
    result = int_take_mpz(ts, g);
    mpz_init(g);
done:
    mpz_clear(g);
    mpz_clear(z);
    return result;
}

static Value math_lcm(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length)
        return err_format(ts, &exc_TypeError, "lcm() takes no keyword arguments");
    mpz_t l, z;
    mpz_init_set_ui(l, 1);
    mpz_init(z);
    Value result = VAL_NULL;
    for (int i = 0; i < argc; i++) {
        Value v = index_of(ts, argv[i]);
        if (!v || !int_room(ts, (double)mpz_size(l) * GMP_NUMB_BITS + int_bits(v), INT_WORK_GCD))
            goto done;
        int_to_mpz(v, z);
        mpz_lcm(l, l, z);
    }
    result = int_take_mpz(ts, l);
    mpz_init(l);
done:
    mpz_clear(l);
    mpz_clear(z);
    return result;
}

static Value math_isqrt(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.isqrt", argc, kwnames))
        return VAL_NULL;
    Value n = index_of(ts, argv[0]);
    if (!n)
        return VAL_NULL;
    if (int_sign(n) < 0)
        return err_format(ts, &exc_ValueError, "isqrt() argument must be nonnegative");
    if (val_is_smallint(n)) {
        uint64_t x = (uint64_t)val_smallint(n), r = (uint64_t)sqrt((double)x);
        while (r * r > x)
            r--;
        while ((r + 1) * (r + 1) <= x)
            r++;
        return val_from_smallint((int64_t)r);
    }
    if (!int_room(ts, int_bits(n), INT_WORK_MUL))
        return VAL_NULL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_sqrt(z, z);
    return int_take_mpz(ts, z);
}

static Value math_factorial(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "math.factorial", argc, kwnames))
        return VAL_NULL;
    Value v = index_of(ts, argv[0]);
    if (!v)
        return VAL_NULL;
    int64_t n;
    if (!int_to_i64(v, &n)) {
        if (int_sign(v) < 0)
            return err_format(ts, &exc_ValueError, "factorial() not defined for negative values");
        return err_format(ts, &exc_OverflowError,
                          "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    }
    if (n < 0)
        return err_format(ts, &exc_ValueError, "factorial() not defined for negative values");
    if (n > 20 && !int_room(ts, lgamma((double)n + 1) / M_LN2, INT_WORK_MUL))
        return VAL_NULL;
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    return int_take_mpz(ts, z);
}

/* Bits of perm(n, k) <= n**k, bounded above; comb(n, k) <= 2**n too. */
static double perm_bits(mpz_srcptr n, unsigned long k)
{
    return (double)k * (double)mpz_sizeinbase(n, 2) + 64;
}

static double comb_bits(mpz_srcptr n, unsigned long k)
{
    double nd = mpz_get_d(n) + 64, p = perm_bits(n, k);
    return nd < p ? nd : p;
}

/* comb(n, k) and perm(n, k): n and k non-negative ints. */
static bool comb_args(ThreadState *ts, Value nv, Value kv, mpz_t n, mpz_t k)
{
    Value a = index_of(ts, nv);
    if (!a)
        return false;
    Value b = kv ? index_of(ts, kv) : a;
    if (!b)
        return false;
    if (int_sign(a) < 0) {
        err_format(ts, &exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (int_sign(b) < 0) {
        err_format(ts, &exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    int_to_mpz(a, n);
    int_to_mpz(b, k);
    return true;
}

static Value math_comb(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "comb", argc, kwnames, 2, 2))
        return VAL_NULL;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Value result = VAL_NULL;
    if (!comb_args(ts, argv[0], argv[1], n, k))
        goto done;
    if (mpz_cmp(k, n) > 0) {
        result = val_from_smallint(0);
        goto done;
    }
    mpz_sub(r, n, k);
    if (mpz_cmp(r, k) < 0)
        mpz_set(k, r);   /* comb(n, k) == comb(n, n - k) */
    if (!mpz_fits_slong_p(k)) {
        err_format(ts, &exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        goto done;
    }
    if (!int_room(ts, comb_bits(n, mpz_get_ui(k)), INT_WORK_MUL))
        goto done;
    mpz_bin_ui(r, n, mpz_get_ui(k));
    result = int_take_mpz(ts, r);
    mpz_init(r);
done:
    mpz_clears(n, k, r, NULL);
    return result;
}

static Value math_perm(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "perm", argc, kwnames, 1, 2))
        return VAL_NULL;
    if (argc == 1 || argv[1] == VAL_NONE)   /* perm(n) is n!, with factorial's errors, as in CPython */
        return math_factorial(ts, 1, argv, VAL_NULL);
    mpz_t n, k, r, f;
    mpz_inits(n, k, r, f, NULL);
    Value result = VAL_NULL;
    if (!comb_args(ts, argv[0], argv[1], n, k))
        goto done;
    if (mpz_cmp(k, n) > 0) {
        result = val_from_smallint(0);
        goto done;
    }
    if (!mpz_fits_slong_p(k)) {
        err_format(ts, &exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
        goto done;
    }
    unsigned long kk = mpz_get_ui(k);
    if (!int_room(ts, perm_bits(n, kk), INT_WORK_MUL))
        goto done;
    /* perm(n, k) = comb(n, k) * k! */
    mpz_bin_ui(r, n, kk);
    mpz_fac_ui(f, kk);
    mpz_mul(r, r, f);
    result = int_take_mpz(ts, r);
    mpz_init(r);
done:
    mpz_clears(n, k, r, f, NULL);
    return result;
}

/* ---- floating-point neighbours ---- */

static Value math_nextafter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x, y;
    if (!lib_check_positional(ts, "nextafter", argc, kwnames, 2, 2) || !as_double(ts, argv[0], &x)
        || !as_double(ts, argv[1], &y))
        return VAL_NULL;
    return float_new(ts, nextafter(x, y));
}

static Value math_ulp(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    double x;
    if (!lib_check_one(ts, "math.ulp", argc, kwnames) || !as_double(ts, argv[0], &x))
        return VAL_NULL;
    if (isnan(x))
        return float_new(ts, x);
    x = fabs(x);
    if (isinf(x))
        return float_new(ts, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {   /* x is the largest finite double */
        x2 = nextafter(x, -INFINITY);
        return float_new(ts, x - x2);
    }
    return float_new(ts, x2 - x);
}

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0}, {"acosh", math_acosh, 0}, {"asin", math_asin, 0},
    {"asinh", math_asinh, 0}, {"atan", math_atan, 0}, {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0}, {"cbrt", math_cbrt, 0}, {"ceil", math_ceil, 0},
    {"comb", math_comb, 0}, {"copysign", math_copysign, 0}, {"cos", math_cos, 0},
    {"cosh", math_cosh, 0}, {"degrees", math_degrees, 0}, {"dist", math_dist, 0},
    {"erf", math_erf, 0}, {"erfc", math_erfc, 0}, {"exp", math_exp, 0},
    {"exp2", math_exp2, 0}, {"expm1", math_expm1, 0}, {"fabs", math_fabs, 0},
    {"factorial", math_factorial, 0}, {"floor", math_floor, 0}, {"fmod", math_fmod, 0},
    {"frexp", math_frexp, 0}, {"fsum", math_fsum, 0}, {"gcd", math_gcd, 0},
    {"hypot", math_hypot, 0}, {"isclose", math_isclose, 0}, {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0}, {"isnan", math_isnan, 0}, {"isqrt", math_isqrt, 0},
    {"lcm", math_lcm, 0}, {"ldexp", math_ldexp, 0}, {"log", math_log, 0},
    {"log10", math_log10, 0}, {"log1p", math_log1p, 0}, {"log2", math_log2, 0},
    {"modf", math_modf, 0}, {"nextafter", math_nextafter, 0}, {"perm", math_perm, 0},
    {"pow", math_pow, 0}, {"prod", math_prod, 0}, {"radians", math_radians, 0},
    {"remainder", math_remainder, 0}, {"sin", math_sin, 0}, {"sinh", math_sinh, 0},
    {"sqrt", math_sqrt, 0}, {"tan", math_tan, 0}, {"tanh", math_tanh, 0},
    {"trunc", math_trunc, 0}, {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

int mathmod_init(ThreadState *ts, Value module)
{
    if (module_add_functions(ts, module, math_functions) < 0)
        return -1;
    static const struct { const char *name; double value; } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (module_add_value(ts, module, constants[i].name, float_new(ts, constants[i].value)) < 0)
            return -1;
    return 0;
}
