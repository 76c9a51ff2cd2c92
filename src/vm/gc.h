/* gc.h — one allocator for interpreter objects, and a mark-and-sweep collector.
 *
 * Every heap object of an interpreter is allocated by gc_alloc and linked into
 * that interpreter's all-objects list. Collection never happens inside an
 * allocation: allocating only counts bytes, and when the count passes the
 * threshold it raises a request on the eval breaker. The collector then runs
 * at the next safe point of the eval loop (function entry, backward jump), when
 * every live value is reachable from a root:
 *   - the interpreter (modules, builtins, interned strings, sys state),
 *   - every thread's frames and value stacks (eval.c traces them),
 *   - every thread's temporary root stack (gc_push_root) and current exception.
 *
 * So C code may hold new objects in locals freely, EXCEPT across a call that
 * can run Python code (vm_call, obj_repr of an instance, a dict lookup that
 * calls __eq__ ...): values kept across such a call must be reachable, or
 * pushed with gc_push_root and popped after. Arguments (argv) are reachable.
 *
 * Memory cap: after a collection, if the live heap still exceeds
 * cfg.max_memory the safe point raises MemoryError. Before allocating
 * something huge in one go (list * n, str * n, big-int powers) call
 * gc_check_size, which raises MemoryError instead of trying.
 */
#ifndef GILSIM_GC_H
#define GILSIM_GC_H

#include "vm/object.h"

/* A new object of type t with `size` bytes (>= sizeof(Obj)), zeroed, header
 * filled (type, kind = t->layout), owned by ts's interpreter. Never NULL. */
void *gc_alloc(ThreadState *ts, Type *t, size_t size);
/* The same for a static/immortal object made at types_init (no interpreter). */
void *gc_alloc_immortal(Type *t, size_t size);

/* Buffers owned by objects (list items, dict tables): counted toward the GC's
 * accounting. Never NULL. gc_buf_free(NULL...) is fine. The Interp may be NULL
 * for immortal objects. */
void *gc_buf_alloc(Interp *in, size_t size);
void *gc_buf_realloc(Interp *in, void *p, size_t old_size, size_t new_size);
void gc_buf_free(Interp *in, void *p, size_t size);

/* false + MemoryError if allocating `bytes` more would pass the cap. */
bool gc_check_size(ThreadState *ts, size_t bytes);

/* Marking, for Type.trace functions. */
void gc_mark(GC *gc, Value v);
void gc_mark_obj(GC *gc, Obj *o);
void gc_mark_array(GC *gc, const Value *v, int64_t n);

/* Temporary roots (a per-thread stack). */
void gc_push_root(ThreadState *ts, Value v);
void gc_pop_roots(ThreadState *ts, int n);

/* Collect now (at a safe point, called from interp_handle_breaker). */
void gc_collect(Interp *in);

/* Per-interpreter heap state (lives inside Interp). */
typedef struct Heap {
    Obj *objects;              /* all-objects list */
    size_t object_bytes;       /* bytes of objects (recounted at each collection) */
    size_t buffer_bytes;       /* bytes of buffers owned by objects */
    size_t live_after_gc;      /* object + buffer bytes after the last collection */
    size_t threshold;          /* collect when object + buffer bytes pass this */
    size_t max_bytes;          /* the cap (cfg.max_memory) */
    uint64_t collections;
    /* pools of small objects (gc.c) */
#define GC_POOL_CLASSES 17       /* size classes of 16 bytes: 16 .. 256 */
    void *free_list[GC_POOL_CLASSES];
    char *slab_cur;
    size_t slab_left;
    char **slabs;
    size_t nslabs, slabs_cap;
} Heap;

static inline size_t heap_bytes(const Heap *h) { return h->object_bytes + h->buffer_bytes; }

void heap_init(Heap *h, size_t max_bytes);
void heap_free_all(Heap *h);   /* at interpreter exit: finalize and free everything */

/* xmalloc family: abort with a message on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
