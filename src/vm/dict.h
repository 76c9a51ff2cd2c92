/* dict.h — Python dict: insertion-ordered hash table (CPython's compact layout:
 * an index table into a dense entry array). Also the namespace of modules,
 * classes and instances, so lookups by interned str are the fast path. */
#ifndef GILSIM_DICT_H
#define GILSIM_DICT_H

#include <stdatomic.h>

#include "vm/object.h"

Value dict_new(ThreadState *ts);
Value dict_new_immortal(void);                               /* for static types */
/* The value for key, or VAL_NULL if absent. If hashing/comparing raised, returns
 * VAL_NULL with the error set: check err_occurred when it matters. */
Value dict_get(ThreadState *ts, Value d, Value key);
/* Lookup by a str key without calling Python code (str keys compare by text). */
Value dict_get_str(Value d, Value strkey);
Value dict_get_cstr(Value d, const char *key);
int dict_set(ThreadState *ts, Value d, Value key, Value v);
int dict_set_str(Interp *in, Value d, Value strkey, Value v);   /* str key; never calls Python; in may be NULL for immortal dicts */
/* 0 removed, 1 absent (no error), -1 error. */
int dict_del(ThreadState *ts, Value d, Value key);
int64_t dict_len(Value d);
/* Iterate: pos starts at 0; returns false at the end. */
bool dict_next(Value d, int64_t *pos, Value *key, Value *value);
Value dict_copy(ThreadState *ts, Value d);
int dict_update(ThreadState *ts, Value d, Value other);      /* dict or iterable of pairs */
void dict_clear(ThreadState *ts, Value d);
/* A counter bumped on every change, for caches (e.g. global lookups). */
uint64_t dict_version(Value d);

/* d becomes a type's namespace: from now on every change to it also bumps
 * dict_namespace_epoch, which type_lookup's per-type caches are valid for.
 * Atomic because simulated processes run in parallel on the real backend
 * (each on its own types; the counter is the one thing they share). */
void dict_set_namespace(Value d);
extern _Atomic uint64_t dict_namespace_epoch;

#endif
