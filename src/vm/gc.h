/* gc.h — one allocator for interpreter objects, and a mark-and-sweep collector.
 *
 * Every heap object of an interpreter is allocated by gc_alloc, in that
 * interpreter's heap. Collection never happens inside an
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
 * Memory cap (cfg.max_memory, per interpreter: each simulated process has
 * its own heap, as each CPython process has its own RSS). The accounting
 * covers everything a program can grow: objects, the buffers they own
 * (gc_buf_*), the frames' stack chunks (eval.c) and GMP's limbs (charged
 * through GMP's allocation hooks to the heap of the interpreter whose thread
 * calls GMP: see gc_bind_thread). Three ways keep the heap under the cap:
 *   - growth that can fail does: gc_buf_try_alloc/realloc and gc_check_size
 *     raise MemoryError when the heap would pass the cap, before anything is
 *     allocated — list/dict/set growth, frames, str and list repeats, big-int
 *     results (int.c estimates them, GMP's scratch space included);
 *   - growth that cannot fail (gc_alloc, gc_buf_alloc, GMP's own hooks)
 *     raises BREAK_MEMORY on the eval breaker once the heap passes the cap;
 *     the eval loop looks at that bit right after each instruction that
 *     allocates, where everything live is reachable, and collects there
 *     (gc_safe_collect), so MemoryError names the instruction whose
 *     allocation passed the cap, as CPython's traceback does;
 *   - every collection at a check point judges again: a heap still over the
 *     cap after collecting raises MemoryError.
 * The collection threshold is never more than halfway from the live heap to
 * the cap, so garbage alone rarely makes a fallible allocation fail (it
 * cannot collect: C code may hold unrooted values there).
 */
#ifndef GILSIM_GC_H
#define GILSIM_GC_H

#include "base/xalloc.h"   /* the xmalloc family, for every includer of gc.h */
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

/* Fallible buffers: NULL with MemoryError set (nothing allocated) when the
 * heap would pass its cap. The realloc charges `owner` (a buffer remembers
 * whose heap counts it; see list.c) and checks the growth only. */
void *gc_buf_try_alloc(ThreadState *ts, size_t size);
void *gc_buf_try_realloc(ThreadState *ts, Interp *owner, void *p, size_t old_size, size_t new_size);

/* Is there room for `bytes` more in the heap? */
bool gc_has_room(Interp *in, size_t bytes);
/* false + MemoryError if allocating `bytes` more would pass the cap. Call it
 * before anything big that would be allocated in one go (l * n, s * n,
 * big-int results). */
bool gc_check_size(ThreadState *ts, size_t bytes);
/* The same for n items of item_size bytes (n < 0 or an overflow: MemoryError). */
bool gc_check_array(ThreadState *ts, int64_t n, size_t item_size);

/* A collection at a point where every live value is reachable (a check
 * point, or between two instructions: see eval.c). -1 with MemoryError set
 * if the heap is still over its cap afterwards (once that has been raised,
 * over the cap plus a sixteenth, so that handlers can run and drop what
 * they built; back under the cap, the plain cap again). */
int gc_safe_collect(ThreadState *ts);

/* GMP's limbs are charged to the interpreter bound to the calling pthread
 * (a thread-local: GMP's hooks have no context argument). Each pthread runs
 * one ThreadState for its life, so the eval loop binds it on entry; the
 * collector binds the heap it sweeps while it frees. NULL: not charged. */
void gc_bind_thread(Interp *in);

/* Marking, for Type.trace functions. */
void gc_mark(GC *gc, Value v);
void gc_mark_obj(GC *gc, Obj *o);
void gc_mark_array(GC *gc, const Value *v, int64_t n);

/* Temporary roots (a per-thread stack). */
void gc_push_root(ThreadState *ts, Value v);
void gc_pop_roots(ThreadState *ts, int n);

/* Collect now (at a safe point, called from interp_handle_breaker). */
void gc_collect(Interp *in);

/* Per-interpreter heap state (lives inside Interp). Small objects live in
 * pages of one size class each (gc.c), large ones in a list. */
typedef struct GcPage GcPage;
typedef struct GcLarge GcLarge;
typedef struct Heap {
    GcLarge *large;            /* objects too big for a page: a list */
    size_t object_bytes;       /* bytes of objects (recounted at each collection) */
    size_t buffer_bytes;       /* bytes of buffers owned by objects */
    size_t live_after_gc;      /* object + buffer bytes after the last collection */
    size_t threshold;          /* collect when object + buffer bytes pass this */
    size_t max_bytes;          /* the cap (cfg.max_memory) */
    bool over_cap;             /* MemoryError was raised and the heap is still over the cap */
    uint64_t collections;
#define GC_POOL_CLASSES 33       /* size classes of 8 bytes: 8 .. 256 */
    GcPage *pages[GC_POOL_CLASSES];   /* each class's pages */
    GcPage *cur[GC_POOL_CLASSES];     /* the page allocation looks at first */
    GcPage *free_pages;               /* empty pages, for any class */
    char **arenas;                    /* where the pages come from */
    size_t narenas, arenas_cap;
    char *arena_cur;
    size_t arena_left;                /* pages not yet carved from arena_cur */
} Heap;

static inline size_t heap_bytes(const Heap *h) { return h->object_bytes + h->buffer_bytes; }
/* gc_has_room, inline for hot paths (big-int arithmetic). */
static inline bool heap_has_room(const Heap *h, size_t bytes)
{
    return bytes <= h->max_bytes && heap_bytes(h) <= h->max_bytes - bytes;
}

void heap_init(Heap *h, size_t max_bytes);
void heap_free_all(Interp *in);   /* at interpreter exit: finalize and free everything in in's heap */
/* The process is about to exit: from now on heap_free_all leaves the heaps
 * to the system (except in the leak-checking build, where it frees them). */
void gc_process_exiting(void);

#endif
