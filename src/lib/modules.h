/* modules.h — the init functions of the native modules (lib_native_modules in
 * lib.c) and the static types they define, which lib_init readies. */
#ifndef GILSIM_LIB_MODULES_H
#define GILSIM_LIB_MODULES_H

#include <stdio.h>

#include "vm/object.h"

int mathmod_init(ThreadState *ts, Value module);
int randommod_init(ThreadState *ts, Value module);
int sysmod_init(ThreadState *ts, Value module);
int osmod_init(ThreadState *ts, Value module);
int timemod_init(ThreadState *ts, Value module);
int gilsimmod_init(ThreadState *ts, Value module);
int threadmod_init(ThreadState *ts, Value module);     /* _thread (threadmod.c) */
int mpmod_init(ThreadState *ts, Value module);         /* _multiprocessing (mpmod.c) */
int tracebackmod_init(ThreadState *ts, Value module);  /* _traceback (tracebackmod.c) */
int collectionsmod_init(ThreadState *ts, Value module);   /* _collections (collectionsmod.c) */
int operatormod_init(ThreadState *ts, Value module);   /* operator (operatormod.c) */
int itertoolsmod_init(ThreadState *ts, Value module);  /* itertools (itertoolsmod.c) */
int heapqmod_init(ThreadState *ts, Value module);      /* _heapq (heapqmod.c) */
int hashlibmod_init(ThreadState *ts, Value module);    /* _hashlib (hashlibmod.c) */
int structmod_init(ThreadState *ts, Value module);     /* _struct (structmod.c) */
int binasciimod_init(ThreadState *ts, Value module);   /* _binascii (binasciimod.c) */
int numpymod_init(ThreadState *ts, Value module);      /* _numpy (numpymod.c) */
int numbamod_init(ThreadState *ts, Value module);      /* _numba (numbamod.c) */

/* sys.stdout as it is now (VAL_NULL if sys was never imported), and the FILE
 * behind one of sys's own stdout/stderr objects (NULL for any other object):
 * print()'s fast path. */
Value sysmod_stdout(ThreadState *ts);
FILE *sysmod_stdio_file(ThreadState *ts, Value file);

/* A timeout in seconds (int, float or __index__) to ns, with CPython's
 * errors for NaN, overflow and other types (timemod.c). ceiling: round up,
 * else away from zero (_PyTime_ROUND_CEILING / _PyTime_ROUND_TIMEOUT). */
bool time_seconds_to_ns(ThreadState *ts, Value v, bool ceiling, int64_t *ns);

/* Called by lib_init: type_ready for the module's static types. */
void randommod_types_init(void);
void sysmod_types_init(void);
void threadmod_types_init(void);
void mpmod_types_init(void);
void timemod_types_init(void);
void collectionsmod_types_init(void);
void operatormod_types_init(void);
void itertoolsmod_types_init(void);
void hashlibmod_types_init(void);
void binasciimod_tables_init(void);
void numbamod_types_init(void);

#endif
