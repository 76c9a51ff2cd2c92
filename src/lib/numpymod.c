/* numpymod.c — `_numpy`: the element kernels behind the simulated numpy
 * (src/lib/py/numpy.py holds the ndarray class: shapes, strides, views,
 * broadcasting, printing and the cost model).
 *
 * An array's data is a plain list of Python floats/ints/bools; a kernel reads
 * it through (offset, stride0, stride1) over a shape (n0, n1) — a 1-D array
 * is n0 = 1, stride0 = 0 — and returns a new contiguous list. The kind says
 * in which domain the elements are computed, as numpy's type resolution
 * picked it: 0 float64 (IEEE doubles, no exceptions: 1/0 is inf), 1 int64
 * (wrapping, numpy's // and % by zero give 0), 2 bool.
 *
 * The kernels charge nothing themselves: numpy.py charges the calibrated
 * cost of the whole operation (gilsim.cpu, GIL released over the threshold).
 *   binop(op, kind, a, ao, as0, as1, b, bo, bs0, bs1, n0, n1) -> list
 *   unop(op, a, o, s0, s1, n0, n1) -> list
 *   reduce(op, kind, a, o, s, n, pairwise) -> scalar (1-D strided)
 *   matmul(kind, a, ao, as0, as1, b, bo, bs0, bs1, n, k, m) -> list (n*m)
 *   arange(kind, start, step, n) / linspace(start, stop, num, endpoint)
 *   fmt_pos(x, precision) / fmt_sci(x, precision) -> str (dragon4-style
 *       shortest digits, cut at precision fractional digits, trim '.')
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/str.h"

enum { K_F = 0, K_I = 1, K_B = 2 };
enum { NP_ADD, NP_SUB, NP_MUL, NP_DIV, NP_FLOORDIV, NP_MOD, NP_POW, NP_LT, NP_LE, NP_GT, NP_GE,
       NP_EQ, NP_NE, NP_AND, NP_OR, NP_XOR };
enum { U_NEG, U_ABS, U_SQRT, U_SIN, U_COS, U_EXP, U_LOG, U_FLOAT, U_INT, U_BOOL, U_COPY, U_NOT };
enum { R_SUM, R_MIN, R_MAX, R_ARGMAX, R_ARGMIN };

static double el_d(Value v)
{
    if (val_is_smallint(v)) return (double)val_smallint(v);
    if (IS_FLOAT(v)) return float_value(v);
    if (v == VAL_TRUE) return 1.0;
    if (v == VAL_FALSE) return 0.0;
    int64_t i = 0;
    if (val_is_int(v) && int_to_i64(v, &i)) return (double)i;
    return NAN;
}

static int64_t el_i(Value v)
{
    if (val_is_smallint(v)) return val_smallint(v);
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE) return 0;
    if (IS_FLOAT(v)) {
        double d = float_value(v);
        /* numpy's out-of-range float -> int64 cast gives INT64_MIN on x86 */
        return (d >= -9223372036854775808.0 && d < 9223372036854775808.0) ? (int64_t)d : INT64_MIN;
    }
    int64_t i = 0;
    if (val_is_int(v)) int_to_i64(v, &i);
    return i;
}

static bool get_i64(ThreadState *ts, Value v, int64_t *out)
{
    if (!val_is_int(v) || !int_to_i64(v, out)) {
        err_format(ts, &exc_TypeError, "_numpy: int64 argument expected");
        return false;
    }
    return true;
}

/* Four int64 arguments at the given positions. */
static bool get_i64x4(ThreadState *ts, Value *argv, const int at[4], int64_t *out[4])
{
    for (int i = 0; i < 4; i++)
        if (!get_i64(ts, argv[at[i]], out[i])) return false;
    return true;
}

/* The view arguments: list, offset, stride0, stride1, checked against n0 x n1. */
typedef struct View { Value *items; int64_t off, s0, s1; } View;

static bool get_view(ThreadState *ts, Value *argv, int64_t n0, int64_t n1, View *v)
{
    if (!IS_LIST(argv[0])) {
        err_format(ts, &exc_TypeError, "_numpy: list expected");
        return false;
    }
    if (!get_i64(ts, argv[1], &v->off) || !get_i64(ts, argv[2], &v->s0) || !get_i64(ts, argv[3], &v->s1))
        return false;
    if (n0 < 0 || n1 < 0 || n0 > (INT64_C(1) << 31) || n1 > (INT64_C(1) << 31)
        || n0 * n1 > (INT64_C(1) << 31)) {
        err_format(ts, &exc_ValueError, "_numpy: bad view size");
        return false;
    }
    int64_t len = LIST(argv[0])->length;
    v->items = LIST(argv[0])->items;
    if (n0 > 0 && n1 > 0) {
        int64_t lo = v->off, hi = v->off;
        int64_t e0 = v->s0 * (n0 - 1), e1 = v->s1 * (n1 - 1);
        if (e0 < 0) lo += e0; else hi += e0;
        if (e1 < 0) lo += e1; else hi += e1;
        if (lo < 0 || hi >= len) {
            err_format(ts, &exc_IndexError, "_numpy: view outside its buffer");
            return false;
        }
    }
    return true;
}

static double f_floordiv(double a, double b)
{
    if (b == 0) return a / b;
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div == 0) return copysign(0.0, a / b);
    double fl = floor(div);
    if (div - fl > 0.5) fl += 1.0;
    return fl;
}

static double f_mod(double a, double b)
{
    if (b == 0) return fmod(a, b);
    double mod = fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

static int64_t i_wrap(uint64_t u) { int64_t r; memcpy(&r, &u, sizeof r); return r; }

static int64_t i_floordiv(int64_t a, int64_t b)
{
    if (b == 0) return 0;
    if (b == -1) return i_wrap(0 - (uint64_t)a);
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}

static int64_t i_mod(int64_t a, int64_t b)
{
    if (b == 0 || b == -1) return 0;
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

static int64_t i_pow(int64_t a, int64_t e)
{
    uint64_t r = 1, base = (uint64_t)a;
    while (e > 0) {
        if (e & 1) r *= base;
        base *= base;
        e >>= 1;
    }
    return i_wrap(r);
}

static Value binop_elem(ThreadState *ts, int op, int kind, Value x, Value y)
{
    if (kind == K_F) {
        double a = el_d(x), b = el_d(y);
        switch (op) {
        case NP_ADD: return float_new(ts, a + b);
        case NP_SUB: return float_new(ts, a - b);
        case NP_MUL: return float_new(ts, a * b);
        case NP_DIV: return float_new(ts, a / b);
        case NP_FLOORDIV: return float_new(ts, f_floordiv(a, b));
        case NP_MOD: return float_new(ts, f_mod(a, b));
        case NP_POW: return float_new(ts, pow(a, b));
        case NP_LT: return val_bool(a < b);
        case NP_LE: return val_bool(a <= b);
        case NP_GT: return val_bool(a > b);
        case NP_GE: return val_bool(a >= b);
        case NP_EQ: return val_bool(a == b);
        case NP_NE: return val_bool(a != b);
        default: break;
        }
    } else {
        int64_t a = el_i(x), b = el_i(y);
        switch (op) {
        case NP_ADD: return kind == K_B ? val_bool(a || b) : int_from_i64(ts, i_wrap((uint64_t)a + (uint64_t)b));
        case NP_SUB: return int_from_i64(ts, i_wrap((uint64_t)a - (uint64_t)b));
        case NP_MUL: return kind == K_B ? val_bool(a && b) : int_from_i64(ts, i_wrap((uint64_t)a * (uint64_t)b));
        case NP_DIV: return float_new(ts, (double)a / (double)b);
        case NP_FLOORDIV: return int_from_i64(ts, i_floordiv(a, b));
        case NP_MOD: return int_from_i64(ts, i_mod(a, b));
        case NP_POW:
            if (b < 0)
                return err_format(ts, &exc_ValueError, "Integers to negative integer powers are not allowed.");
            return int_from_i64(ts, i_pow(a, b));
        case NP_LT: return val_bool(a < b);
        case NP_LE: return val_bool(a <= b);
        case NP_GT: return val_bool(a > b);
        case NP_GE: return val_bool(a >= b);
        case NP_EQ: return val_bool(a == b);
        case NP_NE: return val_bool(a != b);
        case NP_AND: return kind == K_B ? val_bool(a && b) : int_from_i64(ts, a & b);
        case NP_OR: return kind == K_B ? val_bool(a || b) : int_from_i64(ts, a | b);
        case NP_XOR: return kind == K_B ? val_bool((a != 0) != (b != 0)) : int_from_i64(ts, a ^ b);
        default: break;
        }
    }
    return err_format(ts, &exc_NotImplementedError, "numpy (simulated): this operation on this dtype");
}

static Value np_binop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "binop", argc, kwnames, 12, 12)) return VAL_NULL;
    int64_t op, kind, n0, n1;
    if (!get_i64x4(ts, argv, (const int[4]){0, 1, 10, 11}, (int64_t *[4]){&op, &kind, &n0, &n1}))
        return VAL_NULL;
    View a, b;
    if (!get_view(ts, argv + 2, n0, n1, &a) || !get_view(ts, argv + 6, n0, n1, &b)) return VAL_NULL;
    Value out = list_new(ts, n0 * n1);
    Value *o = LIST(out)->items;
    for (int64_t i = 0; i < n0; i++)
        for (int64_t j = 0; j < n1; j++) {
            Value r = binop_elem(ts, (int)op, (int)kind, a.items[a.off + i * a.s0 + j * a.s1],
                                 b.items[b.off + i * b.s0 + j * b.s1]);
            if (!r) return VAL_NULL;
            o[i * n1 + j] = r;
        }
    return out;
}

static Value unop_elem(ThreadState *ts, int op, Value x)
{
    bool fl = IS_FLOAT(x);
    bool bo = x == VAL_TRUE || x == VAL_FALSE;
    switch (op) {
    case U_NEG:
        if (fl) return float_new(ts, -float_value(x));
        if (bo) return err_format(ts, &exc_TypeError, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
        return int_from_i64(ts, i_wrap(0 - (uint64_t)el_i(x)));
    case U_ABS:
        if (fl) return float_new(ts, fabs(float_value(x)));
        if (bo) return x;
        { int64_t i = el_i(x); return int_from_i64(ts, i < 0 ? i_wrap(0 - (uint64_t)i) : i); }
    case U_SQRT: return float_new(ts, sqrt(el_d(x)));
    case U_SIN: return float_new(ts, sin(el_d(x)));
    case U_COS: return float_new(ts, cos(el_d(x)));
    case U_EXP: return float_new(ts, exp(el_d(x)));
    case U_LOG: return float_new(ts, log(el_d(x)));
    case U_FLOAT: return float_new(ts, el_d(x));
    case U_INT: return int_from_i64(ts, el_i(x));
    case U_BOOL: return val_bool(fl ? float_value(x) != 0 : el_i(x) != 0);
    case U_COPY: return x;
    case U_NOT:
        if (fl) return err_format(ts, &exc_TypeError, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
        if (bo) return val_bool(x == VAL_FALSE);
        return int_from_i64(ts, ~el_i(x));
    default:
        return err_format(ts, &exc_NotImplementedError, "numpy (simulated): unknown unary kernel");
    }
}

static Value np_unop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "unop", argc, kwnames, 7, 7)) return VAL_NULL;
    int64_t op, n0, n1;
    if (!get_i64(ts, argv[0], &op) || !get_i64(ts, argv[5], &n0) || !get_i64(ts, argv[6], &n1))
        return VAL_NULL;
    View a;
    if (!get_view(ts, argv + 1, n0, n1, &a)) return VAL_NULL;
    Value out = list_new(ts, n0 * n1);
    Value *o = LIST(out)->items;
    for (int64_t i = 0; i < n0; i++)
        for (int64_t j = 0; j < n1; j++) {
            Value r = unop_elem(ts, (int)op, a.items[a.off + i * a.s0 + j * a.s1]);
            if (!r) return VAL_NULL;
            o[i * n1 + j] = r;
        }
    return out;
}

/* numpy's pairwise summation (the float add reduction): blocks of up to 128
 * summed with eight accumulators, bigger runs split in halves. */
static double pairwise_sum(const Value *items, int64_t off, int64_t s, int64_t n)
{
    if (n < 8) {
        double r = 0.0;
        for (int64_t i = 0; i < n; i++) r += el_d(items[off + i * s]);
        return r;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; j++) r[j] = el_d(items[off + j * s]);
        int64_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; j++) r[j] += el_d(items[off + (i + j) * s]);
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) res += el_d(items[off + i * s]);
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(items, off, s, n2) + pairwise_sum(items, off + n2 * s, s, n - n2);
}

static Value np_reduce(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "reduce", argc, kwnames, 7, 7)) return VAL_NULL;
    int64_t op, kind, n, pw;
    if (!get_i64x4(ts, argv, (const int[4]){0, 1, 5, 6}, (int64_t *[4]){&op, &kind, &n, &pw}))
        return VAL_NULL;
    Value va[4] = {argv[2], argv[3], val_from_smallint(0), argv[4]};
    View a;
    if (!get_view(ts, va, 1, n, &a)) return VAL_NULL;
    const Value *it = a.items;
    int64_t s = a.s1, o = a.off;
    if (n == 0) {
        if (op == R_SUM) return kind == K_F ? float_new(ts, 0.0) : val_from_smallint(0);
        if (op == R_ARGMAX || op == R_ARGMIN)
            return err_format(ts, &exc_ValueError, "attempt to get %s of an empty sequence", op == R_ARGMAX ? "argmax" : "argmin");
        return err_format(ts, &exc_ValueError, "zero-size array to reduction operation %s which has no identity",
                          op == R_MIN ? "minimum" : "maximum");
    }
    if (op == R_SUM) {
        if (kind == K_F) {
            if (pw) {
                /* numpy's reduction iterator hands the loop buffers of
                 * 8192 elements: pairwise within each, added in turn */
                double r = 0.0;
                for (int64_t c = 0; c < n; c += 8192)
                    r += pairwise_sum(it, o + c * s, s, n - c < 8192 ? n - c : 8192);
                return float_new(ts, r);
            }
            double r = el_d(it[o]);
            for (int64_t i = 1; i < n; i++) r += el_d(it[o + i * s]);
            return float_new(ts, r);
        }
        uint64_t r = 0;
        for (int64_t i = 0; i < n; i++) r += (uint64_t)el_i(it[o + i * s]);
        return int_from_i64(ts, i_wrap(r));
    }
    bool want_max = op == R_MAX || op == R_ARGMAX;
    int64_t best = 0;
    if (kind == K_F) {
        double bv = el_d(it[o]);
        for (int64_t i = 1; i < n && !isnan(bv); i++) {
            double x = el_d(it[o + i * s]);
            if (isnan(x) || (want_max ? x > bv : x < bv)) { bv = x; best = i; }
        }
        if (op == R_MIN || op == R_MAX) return float_new(ts, bv);
    } else {
        int64_t bv = el_i(it[o]);
        for (int64_t i = 1; i < n; i++) {
            int64_t x = el_i(it[o + i * s]);
            if (want_max ? x > bv : x < bv) { bv = x; best = i; }
        }
        if (op == R_MIN || op == R_MAX) return kind == K_B ? val_bool(bv != 0) : int_from_i64(ts, bv);
    }
    return int_from_i64(ts, best);
}

static Value np_matmul(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "matmul", argc, kwnames, 12, 12)) return VAL_NULL;
    int64_t kind, n, k, m;
    if (!get_i64x4(ts, argv, (const int[4]){0, 9, 10, 11}, (int64_t *[4]){&kind, &n, &k, &m}))
        return VAL_NULL;
    View a, b;
    if (!get_view(ts, argv + 1, n, k, &a) || !get_view(ts, argv + 5, k, m, &b)) return VAL_NULL;
    Value out = list_new(ts, n * m);
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < m; j++) {
            Value r;
            if (kind == K_F) {
                double acc = 0.0;
                for (int64_t t = 0; t < k; t++)
                    acc += el_d(a.items[a.off + i * a.s0 + t * a.s1]) * el_d(b.items[b.off + t * b.s0 + j * b.s1]);
                r = float_new(ts, acc);
            } else {
                uint64_t acc = 0;
                for (int64_t t = 0; t < k; t++)
                    acc += (uint64_t)el_i(a.items[a.off + i * a.s0 + t * a.s1])
                           * (uint64_t)el_i(b.items[b.off + t * b.s0 + j * b.s1]);
                r = kind == K_B ? val_bool(acc != 0) : int_from_i64(ts, i_wrap(acc));
            }
            LIST(out)->items[i * m + j] = r;
        }
    return out;
}

static bool get_d(ThreadState *ts, Value v, double *d)
{
    if (IS_FLOAT(v)) { *d = float_value(v); return true; }
    return float_as_double(ts, v, d);
}

static Value np_arange(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "arange", argc, kwnames, 4, 4)) return VAL_NULL;
    int64_t kind, n;
    if (!get_i64(ts, argv[0], &kind) || !get_i64(ts, argv[3], &n)) return VAL_NULL;
    if (n > (INT64_C(1) << 31))
        return err_format(ts, &exc_ValueError, "_numpy: bad arange size");
    Value out = list_new(ts, n > 0 ? n : 0);
    if (kind == K_F) {
        double start, step;
        if (!get_d(ts, argv[1], &start) || !get_d(ts, argv[2], &step)) return VAL_NULL;
        double delta = (start + step) - start;   /* numpy fills from its first two values */
        for (int64_t i = 0; i < n; i++)
            LIST(out)->items[i] = float_new(ts, i == 0 ? start : i == 1 ? start + step : start + (double)i * delta);
    } else {
        int64_t start, step;
        if (!get_i64(ts, argv[1], &start) || !get_i64(ts, argv[2], &step)) return VAL_NULL;
        for (int64_t i = 0; i < n; i++)
            LIST(out)->items[i] = int_from_i64(ts, i_wrap((uint64_t)start + (uint64_t)i * (uint64_t)step));
    }
    return out;
}

static Value np_linspace(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "linspace", argc, kwnames, 4, 4)) return VAL_NULL;
    double start, stop;
    int64_t num, endpoint;
    if (!get_d(ts, argv[0], &start) || !get_d(ts, argv[1], &stop) || !get_i64(ts, argv[2], &num)
        || !get_i64(ts, argv[3], &endpoint))
        return VAL_NULL;
    if (num < 0 || num > (INT64_C(1) << 31))
        return err_format(ts, &exc_ValueError, "_numpy: bad linspace size");
    int64_t div = endpoint ? num - 1 : num;
    double delta = stop - start;
    Value out = list_new(ts, num);
    double step = div > 0 ? delta / (double)div : NAN;
    for (int64_t i = 0; i < num; i++) {
        double y;
        if (div > 0 && step == 0) y = (double)i / (double)div * delta + start;
        else y = (double)i * step + start;
        if (endpoint && num > 1 && i == num - 1) y = stop;
        LIST(out)->items[i] = float_new(ts, y);
    }
    return out;
}

/* The shortest "%.*e" digits that read back as x (1..17 significant). */
static int shortest_digits(double x, char *digits, int *exp10)
{
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (strtod(buf, NULL) == x || p == 17) {
            int nd = 0;
            const char *c = buf;
            if (*c == '-') c++;
            for (; *c && *c != 'e'; c++)
                if (*c >= '0' && *c <= '9') digits[nd++] = *c;
            digits[nd] = 0;
            *exp10 = atoi(strchr(buf, 'e') + 1);
            while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
            return nd;
        }
    }
    return 0;
}

/* nan, inf, -inf as numpy prints them: NULL for a finite x. */
static Value non_finite(ThreadState *ts, double x)
{
    if (isnan(x)) return str_from_cstr(ts, "nan");
    if (isinf(x)) return str_from_cstr(ts, x > 0 ? "inf" : "-inf");
    return VAL_NULL;
}

/* fmt_pos(x, precision): positional, unique digits, at most precision after
 * the point (rounded exactly), trailing zeros trimmed but the point kept. */
static Value np_fmt_pos(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "fmt_pos", argc, kwnames, 2, 2)) return VAL_NULL;
    double x;
    int64_t prec;
    if (!get_d(ts, argv[0], &x) || !get_i64(ts, argv[1], &prec)) return VAL_NULL;
    if (prec < 0 || prec > 60) prec = 8;
    if (!isfinite(x)) return non_finite(ts, x);
    char digits[32], out[400];
    int e;
    int nd = shortest_digits(x, digits, &e);
    int frac = nd - 1 - e;   /* fractional digits of the shortest form */
    if (frac > prec) {
        snprintf(out, sizeof out, "%.*f", (int)prec, x);
    } else {
        snprintf(out, sizeof out, "%.*f", frac > 0 ? frac : 0, x);
        /* %.*f of the exact value at the shortest form's length: the
         * same digits when the shortest form has that many */
        if (frac > 0) {
            char alt[400];
            int pos = 0;
            if (signbit(x)) alt[pos++] = '-';
            /* rebuild from the shortest digits to avoid exact-value tails */
            int intlen = e + 1;
            if (intlen <= 0) {
                alt[pos++] = '0';
                alt[pos++] = '.';
                for (int i = 0; i < -intlen; i++) alt[pos++] = '0';
                for (int i = 0; i < nd; i++) alt[pos++] = digits[i];
            } else {
                for (int i = 0; i < intlen; i++) alt[pos++] = i < nd ? digits[i] : '0';
                alt[pos++] = '.';
                for (int i = intlen; i < nd; i++) alt[pos++] = digits[i];
            }
            alt[pos] = 0;
            memcpy(out, alt, (size_t)pos + 1);
        }
    }
    if (!strchr(out, '.')) strcat(out, ".");
    size_t len = strlen(out);
    while (len > 0 && out[len - 1] == '0' && strchr(out, '.')) out[--len] = 0;
    return str_from_cstr(ts, out);
}

/* fmt_sci(x, precision): d.ddd e±XX with unique digits, at most precision
 * after the point, trailing zeros trimmed but the point kept. */
static Value np_fmt_sci(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!args_check(ts, "fmt_sci", argc, kwnames, 2, 2)) return VAL_NULL;
    double x;
    int64_t prec;
    if (!get_d(ts, argv[0], &x) || !get_i64(ts, argv[1], &prec)) return VAL_NULL;
    if (prec < 0 || prec > 30) prec = 8;
    if (!isfinite(x)) return non_finite(ts, x);
    char digits[32], mant[64], out[96];
    int e;
    int nd = shortest_digits(x, digits, &e);
    if (nd - 1 > prec) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*e", (int)prec, fabs(x));
        nd = 0;
        for (const char *c = buf; *c && *c != 'e'; c++)
            if (*c >= '0' && *c <= '9') digits[nd++] = *c;
        digits[nd] = 0;
        e = atoi(strchr(buf, 'e') + 1);
        while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
    }
    int pos = 0;
    if (signbit(x)) mant[pos++] = '-';
    mant[pos++] = digits[0];
    mant[pos++] = '.';
    for (int i = 1; i < nd; i++) mant[pos++] = digits[i];
    mant[pos] = 0;
    snprintf(out, sizeof out, "%se%c%02d", mant, e < 0 ? '-' : '+', abs(e));
    return str_from_cstr(ts, out);
}

static const MethodDef numpy_functions[] = {
    {"binop", np_binop, 0},
    {"unop", np_unop, 0},
    {"reduce", np_reduce, 0},
    {"matmul", np_matmul, 0},
    {"arange", np_arange, 0},
    {"linspace", np_linspace, 0},
    {"fmt_pos", np_fmt_pos, 0},
    {"fmt_sci", np_fmt_sci, 0},
    {NULL, NULL, 0},
};

int numpymod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, numpy_functions);
}
