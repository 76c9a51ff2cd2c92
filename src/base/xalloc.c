/* xalloc.c — allocation that never returns NULL (xalloc.h). */
#include "config.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

/* Set once at start-up, read from any thread: an atomic pointer keeps that
 * free of data races even if a later run installs another. */
static _Atomic(void (*)(size_t)) failure_hook;

void xalloc_set_failure_hook(void (*hook)(size_t n)) { atomic_store(&failure_hook, hook); }

static _Noreturn void out_of_memory(size_t n)
{
    void (*hook)(size_t) = atomic_load(&failure_hook);
    if (hook) hook(n);
    fprintf(stderr, "gilsim: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory(n * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}
