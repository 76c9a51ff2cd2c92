/* xalloc.h — the ground floor's allocation: malloc and friends that never
 * return NULL.
 *
 * Every layer uses these (the scheduler, the event log, the interpreter, the
 * views), so they live below all of them and include nothing of gilsim's.
 * On failure a hook runs (the interpreter installs one; see gc.c), then, if
 * it returns, a message goes to stderr and the process aborts: running on
 * with a NULL would only move the crash elsewhere.
 */
#ifndef GILSIM_BASE_XALLOC_H
#define GILSIM_BASE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Called with the size that could not be had, before the abort (NULL: none).
 * It may end the process itself; it must not allocate with these. */
void xalloc_set_failure_hook(void (*hook)(size_t n));

#endif
