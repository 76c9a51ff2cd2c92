/* int.h — Python ints: small ints inline in the Value, GMP beyond; bool. */
#ifndef GILSIM_INT_H
#define GILSIM_INT_H

#include <gmp.h>
#include "vm/object.h"

typedef struct IntObj { Obj h; mpz_t z; } IntObj;   /* only for values outside the small range */

Value int_from_i64(ThreadState *ts, int64_t i);
Value int_from_u64(ThreadState *ts, uint64_t u);
Value int_from_mpz(ThreadState *ts, const mpz_t z);   /* normalised: small when it fits */
Value int_take_mpz(ThreadState *ts, mpz_t z);         /* the same, moving z's limbs (z is cleared) */
Value int_from_double(ThreadState *ts, double d);     /* truncates; OverflowError/ValueError for inf/nan */
/* Parse an int literal / int(str, base): base 0 = by prefix; accepts
 * underscores and surrounding whitespace like CPython; ValueError with
 * CPython's message ("invalid literal for int() with base 10: 'x'") on error. */
Value int_from_string(ThreadState *ts, const char *s, size_t n, int base);
/* Digits (without prefix/underscores) from the parser, in a given base. Never fails. */
Value int_from_digits(ThreadState *ts, const char *digits, int base);

bool int_to_i64(Value v, int64_t *out);          /* false if it does not fit (v must be int/bool) */
void int_to_mpz(Value v, mpz_t out);             /* out must be mpz_init'ed */
double int_to_double(ThreadState *ts, Value v);  /* OverflowError -> returns -1.0 with error set; check err_occurred */
int int_sign(Value v);
int int_cmp(Value a, Value b);                   /* -1, 0, 1 */
Value int_to_base_str(ThreadState *ts, Value v, int base, bool prefix);  /* bin/oct/hex/str */
int64_t int_hash(Value v);                       /* CPython's: modulo 2**61-1 */

/* The bytes GMP holds at the peak of one call, as a multiple of its result
 * (measured through GMP 6.2's allocation hooks): multiplication and powers
 * about 3.6 times the result, factorials 3.8, square roots 3; division up to
 * 5.1 times the dividend; gcd up to 6.7 times the larger operand. Additions,
 * shifts and bitwise operations need only their result (1). */
enum { INT_WORK_MUL = 4, INT_WORK_DIV = 6, INT_WORK_GCD = 7 };

/* false + MemoryError unless the heap has room for a GMP result of about
 * `bits` bits and GMP's scratch space: `work` (INT_WORK_*) times that in
 * all. Call before any GMP operation whose result can be big. */
bool int_room(ThreadState *ts, double bits, double work);
/* The bits an int occupies in GMP (whole limbs). */
double int_bits(Value v);

/* pow(a, b, m) for ints (builtins' 3-argument pow), CPython's errors. */
Value int_pow_mod(ThreadState *ts, Value a, Value b, Value m);
/* round(i, ndigits): ndigits VAL_NULL/None -> i; negative -> round half even to 10**-ndigits. */
Value int_round(ThreadState *ts, Value i, Value ndigits);
/* divmod(a, b) of two ints as a tuple; NotImplemented if either is not an int. */
Value int_divmod(ThreadState *ts, Value a, Value b);

#endif
