/* tap.h — a tiny Test Anything Protocol producer for gilsim's C unit tests.
 *
 *     #include "tap.h"
 *     int main(void)
 *     {
 *         plan(2);
 *         ok(1 + 1 == 2, "addition");
 *         is_str(lex_token_name(TOK_IF), "if", "name of %s", "TOK_IF");
 *         return done();
 *     }
 *
 * Output goes to stdout and is read by build-aux/tap-driver.sh under
 * `make check`; each failure also prints where it happened as a "# "
 * diagnostic. plan(0) or no plan: done() prints "1..N" at the end.
 * done() returns the exit status: 0 if every test passed and the plan
 * matched, else 1. Header-only; include it from one .c file per program.
 */
#ifndef GILSIM_TESTS_TAP_H
#define GILSIM_TESTS_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int tap_planned = -1;
static int tap_run;
static int tap_failed;

static inline void plan(int n)
{
    if (n > 0) {
        tap_planned = n;
        printf("1..%d\n", n);
    }
}

static inline bool tap_report(bool pass, const char *file, int line,
                              const char *fmt, va_list ap)
{
    tap_run++;
    printf("%s %d - ", pass ? "ok" : "not ok", tap_run);
    vprintf(fmt, ap);
    printf("\n");
    if (!pass) {
        tap_failed++;
        printf("#   failed at %s:%d\n", file, line);
    }
    fflush(stdout);
    return pass;
}

static inline bool tap_ok(bool pass, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static inline bool tap_ok(bool pass, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pass = tap_report(pass, file, line, fmt, ap);
    va_end(ap);
    return pass;
}

static inline bool tap_is_str(const char *got, const char *want, const char *file,
                              int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static inline bool tap_is_str(const char *got, const char *want, const char *file,
                              int line, const char *fmt, ...)
{
    bool pass = (got == NULL && want == NULL)
                || (got != NULL && want != NULL && strcmp(got, want) == 0);
    va_list ap;
    va_start(ap, fmt);
    pass = tap_report(pass, file, line, fmt, ap);
    va_end(ap);
    if (!pass) {
        printf("#        got: %s%s%s\n", got ? "\"" : "", got ? got : "NULL", got ? "\"" : "");
        printf("#   expected: %s%s%s\n", want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
    }
    return pass;
}

/* ok(cond, "what %s", ...) and is_str(got, want, "what %s", ...): the
   description is required (it names the test in the log). */
#define ok(cond, ...) tap_ok((cond) ? true : false, __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) tap_is_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)

/* A diagnostic line (not a test). */
static inline void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline void diag(const char *fmt, ...)
{
    va_list ap;
    printf("# ");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static inline int done(void)
{
    if (tap_planned < 0)
        printf("1..%d\n", tap_run);
    else if (tap_run != tap_planned)
        printf("# planned %d tests but ran %d\n", tap_planned, tap_run);
    fflush(stdout);
    return tap_failed == 0 && (tap_planned < 0 || tap_run == tap_planned) ? 0 : 1;
}

#endif
