/* gc.c — the allocator and the mark-and-sweep collector (protocol in gc.h).
 *
 * Small objects (most of them: ints, floats, instances, short tuples) come
 * from per-heap pools, one free list per 16-byte size class carved from
 * 64 KiB slabs; the sweep puts dead ones back on their list. This halves the
 * cost of allocation-heavy code against malloc/free. Larger objects use
 * malloc. Sanitizer builds use malloc for everything, so that ASan still
 * sees every use after free.
 *
 * Accounting: an object's bytes are its size class (or what malloc really
 * gave it), buffers count what their owners asked for, GMP's limbs what GMP
 * asked for (its hooks pass the sizes back on free). The collection
 * threshold follows the live heap (twice the survivors, at least
 * GC_MIN_THRESHOLD or a quarter of the cap), so the cost of marking is
 * amortised over as many bytes of allocation as are live; and it stays
 * about halfway from the live heap to the cap, so that garbage made since
 * the last collection leaves room for a fallible allocation (which cannot
 * collect: C code may hold unrooted values there) to succeed.
 *
 * GMP. Its allocation functions cannot fail gracefully (the manual: they
 * must not return NULL, and a longjmp out of them is undefined), so the
 * hooks always allocate; the heap they charge is the calling pthread's
 * (gc_bind_thread). Big-int operations estimate their results and GMP's
 * scratch space and refuse with MemoryError before calling GMP (int.c,
 * mathmod.c); the hooks are the backstop: past the cap they raise
 * BREAK_MEMORY, and the eval loop raises MemoryError right after the
 * instruction (the result is dropped). Only past twice the cap — GMP
 * working far beyond any estimate, where carrying on would risk the
 * machine — does a hook stop the run, with "MemoryError" and exit status 1,
 * through exit() so that the terminal is restored. The counters need no
 * atomics: a heap is only touched by the thread holding its interpreter's
 * GIL (or, after the interpreter's threads are done, by whoever frees it).
 *
 * Marking is iterative (a grey stack), so deep structures — a linked list of
 * a million nodes — cannot overflow the C stack. Sweeping runs in two passes:
 * every dead object's finalizer first, while all types are still in memory
 * (a heap type may die in the same collection as its last instances), then
 * the frees.
 */
#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gmp.h>

#include "vm/gc.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/interp.h"

/* A stress build (-DGC_MIN_THRESHOLD=16384) collects all the time. */
#ifndef GC_MIN_THRESHOLD
#define GC_MIN_THRESHOLD ((size_t)32 << 20)
#endif

/* The grey stack holds objects whose children are still to be marked, and
 * the rest of big arrays (a list of a million items is marked a slice at a
 * time), so that marking needs little memory of its own: it runs when the
 * heap is near its cap. */
typedef struct GreyRange { const Value *v; int64_t n; } GreyRange;

struct GC {
    Obj **grey;
    size_t ngrey, cap;
    GreyRange *ranges;
    size_t nranges, ranges_cap;
};

#define MARK_SLICE 256

/* ---- pools ---- */

#if defined(__SANITIZE_ADDRESS__)
#define GC_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_POOLS 0
#endif
#endif
#ifndef GC_POOLS
#define GC_POOLS 1
#endif

#define POOL_GRAIN 16
#define SLAB_BYTES ((size_t)64 << 10)
/* The size class lives in gc_flags' upper bits: 0 = malloc'd. */
#define CLASS_SHIFT 3
#define OBJ_CLASS(o) ((o)->gc_flags >> CLASS_SHIFT)
#define CLASS_BYTES(c) ((size_t)(c) * POOL_GRAIN)

static void *pool_alloc(Heap *h, unsigned cls)
{
    void *p = h->free_list[cls];
    if (p) {
        h->free_list[cls] = *(void **)p;
        return memset(p, 0, CLASS_BYTES(cls));
    }
    size_t bytes = CLASS_BYTES(cls);
    if (h->slab_left < bytes) {
        if (h->nslabs == h->slabs_cap) {
            h->slabs_cap = h->slabs_cap ? h->slabs_cap * 2 : 16;
            h->slabs = xrealloc(h->slabs, h->slabs_cap * sizeof *h->slabs);
        }
        h->slab_cur = xcalloc(1, SLAB_BYTES);
        h->slabs[h->nslabs++] = h->slab_cur;
        h->slab_left = SLAB_BYTES;
    }
    p = h->slab_cur;
    h->slab_cur += bytes;
    h->slab_left -= bytes;
    return p;   /* slabs come zeroed */
}

static size_t obj_bytes(Obj *o)
{
    unsigned cls = OBJ_CLASS(o);
    return cls ? CLASS_BYTES(cls) : malloc_usable_size(o);
}

/* ---- allocation ---- */

/* Where infallible growth raises MemoryError: the cap; once MemoryError has
 * been raised, a little beyond, so that the handlers and the unwinding that
 * follow (tracebacks, `except MemoryError:` code that drops what it built)
 * can run until a collection brings the heap back under the cap. */
static size_t memory_limit(const Heap *h)
{
    return h->over_cap ? h->max_bytes + h->max_bytes / 16 : h->max_bytes;
}

/* Past the threshold: a collection at the next check point; past the limit:
 * MemoryError at the end of the current instruction (gc_safe_collect). */
static void note_growth(Interp *in)
{
    Heap *h = &in->heap;
    size_t bytes = heap_bytes(h);
    if (__builtin_expect(bytes > h->threshold, 0)) {
        unsigned bits = bytes > memory_limit(h) ? BREAK_GC | BREAK_MEMORY : BREAK_GC;
        if ((atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) & bits) != bits)
            atomic_fetch_or_explicit(&in->eval_breaker, bits, memory_order_relaxed);
    }
}

static inline void buffer_charge(Heap *h, size_t size) { h->buffer_bytes += size; }

static inline void buffer_refund(Heap *h, size_t size)
{
    h->buffer_bytes -= size < h->buffer_bytes ? size : h->buffer_bytes;
}

void *gc_alloc(ThreadState *ts, Type *t, size_t size)
{
    assert(size >= sizeof(Obj));
    Interp *in = ts->interp;
    Obj *o;
    unsigned cls = (unsigned)((size + POOL_GRAIN - 1) / POOL_GRAIN);
    if (GC_POOLS && cls < GC_POOL_CLASSES) {
        o = pool_alloc(&in->heap, cls);
        o->gc_flags = (uint8_t)(cls << CLASS_SHIFT);
    } else {
        o = xcalloc(1, size);
    }
    o->type = t;
    o->kind = t->layout;
    o->gc_next = in->heap.objects;
    in->heap.objects = o;
    in->heap.object_bytes += obj_bytes(o);
    note_growth(in);
    return o;
}

void *gc_alloc_immortal(Type *t, size_t size)
{
    Obj *o = xcalloc(1, size);
    o->type = t;
    o->kind = t->layout;
    o->gc_flags = OF_IMMORTAL;
    return o;
}

void *gc_buf_alloc(Interp *in, size_t size)
{
    void *p = xmalloc(size);
    if (in) {
        buffer_charge(&in->heap, size);
        note_growth(in);
    }
    return p;
}

void *gc_buf_realloc(Interp *in, void *p, size_t old_size, size_t new_size)
{
    void *q = xrealloc(p, new_size);
    if (in) {
        buffer_charge(&in->heap, new_size);
        buffer_refund(&in->heap, old_size);
        note_growth(in);
    }
    return q;
}

void gc_buf_free(Interp *in, void *p, size_t size)
{
    if (!p) return;
    free(p);
    if (in) buffer_refund(&in->heap, size);
}

bool gc_has_room(Interp *in, size_t bytes) { return heap_has_room(&in->heap, bytes); }

bool gc_check_size(ThreadState *ts, size_t bytes)
{
    if (!gc_has_room(ts->interp, bytes)) {
        err_no_memory(ts);
        return false;
    }
    return true;
}

bool gc_check_array(ThreadState *ts, int64_t n, size_t item_size)
{
    if (n < 0 || (uint64_t)n > SIZE_MAX / item_size) {
        err_no_memory(ts);
        return false;
    }
    return gc_check_size(ts, (size_t)n * item_size);
}

void *gc_buf_try_alloc(ThreadState *ts, size_t size)
{
    if (!gc_check_size(ts, size)) return NULL;
    return gc_buf_alloc(ts->interp, size);
}

void *gc_buf_try_realloc(ThreadState *ts, Interp *owner, void *p, size_t old_size, size_t new_size)
{
    if (new_size > old_size && !gc_check_size(ts, new_size - old_size)) return NULL;
    return gc_buf_realloc(owner, p, old_size, new_size);
}

/* ---- GMP's limbs ---- */

static _Thread_local Interp *limb_owner;   /* the heap charged on this pthread */

void gc_bind_thread(Interp *in) { limb_owner = in; }

/* The system refused memory (base/xalloc.c aborts after this): say how big
 * the calling thread's heap had grown, which tells a heap that ran away
 * from a machine that is simply out of memory. No allocation here. */
static void out_of_memory(size_t n)
{
    Interp *in = limb_owner;
    if (in)
        fprintf(stderr, "gilsim: allocating %zu bytes failed with the interpreter's heap at %zu bytes "
                "(--max-memory %zu)\n", n, heap_bytes(&in->heap), in->heap.max_bytes);
}

/* Past the threshold (rare): the breaker bits, and the backstop. */
static void limb_growth(Interp *in, size_t n)
{
    Heap *h = &in->heap;
    note_growth(in);
    if (n > h->max_bytes / 4 && heap_bytes(h) / 2 > h->max_bytes) {
        fprintf(stderr, "MemoryError: big-int arithmetic needs more than twice --max-memory "
                "(%zu bytes); stopping\n", h->max_bytes);
        exit(1);
    }
}

static inline void limb_charge(size_t n)
{
    Interp *in = limb_owner;
    if (!in) return;
    buffer_charge(&in->heap, n);
    if (__builtin_expect(heap_bytes(&in->heap) > in->heap.threshold, 0)) limb_growth(in, n);
}

static inline void limb_refund(size_t n)
{
    Interp *in = limb_owner;
    if (in) buffer_refund(&in->heap, n);
}

static void *limb_alloc(size_t n)
{
    void *p = xmalloc(n);
    limb_charge(n);
    return p;
}

static void *limb_realloc(void *p, size_t old_size, size_t new_size)
{
    void *q = xrealloc(p, new_size);
    if (new_size > old_size) limb_charge(new_size - old_size);
    else limb_refund(old_size - new_size);
    return q;
}

static void limb_free(void *p, size_t size)
{
    free(p);
    limb_refund(size);
}

/* ---- marking ---- */

void gc_mark_obj(GC *gc, Obj *o)
{
    if (!o || (o->gc_flags & (OF_IMMORTAL | OF_MARKED))) return;
    o->gc_flags |= OF_MARKED;
    /* nothing to trace in an object of a static type without children */
    if (!o->type->trace && (o->type->h.gc_flags & OF_IMMORTAL)) return;
    if (gc->ngrey == gc->cap) {
        gc->cap = gc->cap ? gc->cap * 2 : 1024;
        gc->grey = xrealloc(gc->grey, gc->cap * sizeof *gc->grey);
    }
    gc->grey[gc->ngrey++] = o;
}

void gc_mark(GC *gc, Value v)
{
    if (val_is_obj(v)) gc_mark_obj(gc, OBJ(v));
}

void gc_mark_array(GC *gc, const Value *v, int64_t n)
{
    if (n > MARK_SLICE) {
        if (gc->nranges == gc->ranges_cap) {
            gc->ranges_cap = gc->ranges_cap ? gc->ranges_cap * 2 : 16;
            gc->ranges = xrealloc(gc->ranges, gc->ranges_cap * sizeof *gc->ranges);
        }
        gc->ranges[gc->nranges++] = (GreyRange){v + MARK_SLICE, n - MARK_SLICE};
        n = MARK_SLICE;
    }
    for (int64_t i = 0; i < n; i++) gc_mark(gc, v[i]);
}

static void drain(GC *gc)
{
    for (;;) {
        while (gc->ngrey) {
            Obj *o = gc->grey[--gc->ngrey];
            gc_mark_obj(gc, &o->type->h);          /* heap types are objects too */
            if (o->type->trace) o->type->trace(gc, o);
        }
        if (!gc->nranges) break;
        GreyRange r = gc->ranges[--gc->nranges];
        gc_mark_array(gc, r.v, r.n);
    }
}

static void mark_thread(GC *gc, ThreadState *ts)
{
    gc_mark(gc, ts->exc);
    gc_mark(gc, ts->handled_exc);
    gc_mark(gc, ts->thread_obj);
    gc_mark_array(gc, ts->roots, ts->nroots);
    gc_mark_array(gc, ts->repr_active, ts->nrepr_active);
    eval_trace_thread(gc, ts);
}

static void mark_roots(GC *gc, Interp *in)
{
    gc_mark(gc, in->modules);
    gc_mark(gc, in->builtins);
    gc_mark(gc, in->interned);
    gc_mark(gc, in->main_module);
#define MARK_NAME(n) gc_mark(gc, in->names.n);
    INTERP_NAMES(MARK_NAME)
#undef MARK_NAME
    for (ThreadState *ts = in->threads; ts; ts = ts->next) mark_thread(gc, ts);
}

/* ---- sweeping ---- */

static size_t sweep(Heap *h)
{
    for (Obj *o = h->objects; o; o = o->gc_next)
        if (!(o->gc_flags & OF_MARKED) && o->type->finalize) o->type->finalize(o);

    size_t live = 0;
    Obj **link = &h->objects;
    while (*link) {
        Obj *o = *link;
        if (o->gc_flags & OF_MARKED) {
            o->gc_flags &= (uint8_t)~OF_MARKED;
            live += obj_bytes(o);
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            unsigned cls = OBJ_CLASS(o);
            if (cls) {
                *(void **)o = h->free_list[cls];
                h->free_list[cls] = o;
            } else {
                free(o);
            }
        }
    }
    return live;
}

/* The smallest step between collections: GC_MIN_THRESHOLD, or a quarter of
 * a small cap (so that a small cap still leaves room for garbage). */
static size_t min_step(const Heap *h)
{
    return GC_MIN_THRESHOLD < h->max_bytes / 4 ? GC_MIN_THRESHOLD : h->max_bytes / 4;
}

/* Twice the live heap (at least min_step), but at most halfway to the cap
 * (a sixteenth of the cap at the least, so that a heap filling up with live
 * data is not marked over and over on its way; never past the cap). */
static size_t next_threshold(const Heap *h)
{
    size_t live = h->live_after_gc, cap = h->max_bytes;
    size_t step = live * 2 > min_step(h) ? live : min_step(h) - live;
    size_t room = cap > live ? cap - live : 0;
    size_t most = room / 2 > cap / 16 ? room / 2 : cap / 16;
    if (step > most) step = most;
    return live + step < cap ? live + step : cap > live ? cap : live;
}

void gc_collect(Interp *in)
{
    GC gc = {0};
    mark_roots(&gc, in);
    drain(&gc);
    free(gc.grey);
    free(gc.ranges);

    /* Buffers were counted as they came and went (finalizers free theirs,
     * GMP's limbs are refunded to the heap bound here); objects are
     * recounted. */
    Heap *h = &in->heap;
    Interp *bound = limb_owner;
    limb_owner = in;
    h->object_bytes = sweep(h);
    limb_owner = bound;
    h->live_after_gc = heap_bytes(h);
    h->threshold = next_threshold(h);
    h->collections++;
}

int gc_safe_collect(ThreadState *ts)
{
    Interp *in = ts->interp;
    atomic_fetch_and_explicit(&in->eval_breaker, ~(unsigned)(BREAK_GC | BREAK_MEMORY),
                              memory_order_relaxed);
    gc_collect(in);
    Heap *h = &in->heap;
    if (heap_bytes(h) <= h->max_bytes) {
        h->over_cap = false;
        return 0;
    }
    if (heap_bytes(h) <= memory_limit(h)) return 0;
    h->over_cap = true;
    err_no_memory(ts);
    return -1;
}

/* ---- temporary roots ---- */

void gc_push_root(ThreadState *ts, Value v)
{
    if (ts->nroots == ts->roots_cap) {
        ts->roots_cap = ts->roots_cap ? ts->roots_cap * 2 : 64;
        ts->roots = xrealloc(ts->roots, (size_t)ts->roots_cap * sizeof *ts->roots);
    }
    ts->roots[ts->nroots++] = v;
}

void gc_pop_roots(ThreadState *ts, int n)
{
    assert(n <= ts->nroots);
    ts->nroots -= n;
}

/* ---- heaps ---- */

void heap_init(Heap *h, size_t max_bytes)
{
    /* The first heap is made before any other thread exists, so this runs
     * before any GMP call that could race with it. */
    static bool limb_hooks;
    if (!limb_hooks) {
        limb_hooks = true;
        mp_set_memory_functions(limb_alloc, limb_realloc, limb_free);
        xalloc_set_failure_hook(out_of_memory);
    }
    memset(h, 0, sizeof *h);
    h->max_bytes = max_bytes;
    h->threshold = next_threshold(h);
}

void heap_free_all(Interp *in)
{
    Heap *h = &in->heap;
    Interp *bound = limb_owner;
    limb_owner = in;            /* the ints' finalizers refund their limbs here */
    for (Obj *o = h->objects; o; o = o->gc_next)
        if (o->type->finalize) o->type->finalize(o);
    Obj *o = h->objects;
    while (o) {
        Obj *next = o->gc_next;
        if (!OBJ_CLASS(o)) free(o);
        o = next;
    }
    for (size_t i = 0; i < h->nslabs; i++) free(h->slabs[i]);
    free(h->slabs);
    h->slabs = NULL;
    h->nslabs = h->slabs_cap = 0;
    h->objects = NULL;
    h->object_bytes = h->buffer_bytes = 0;
    limb_owner = bound == in ? NULL : bound;   /* in is about to be freed */
}
