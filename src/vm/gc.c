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
 * gave it), buffers count what their owners asked for. The
 * collection threshold follows the live heap (twice the survivors, at least
 * GC_MIN_THRESHOLD), so the cost of marking is amortised over as many bytes of
 * allocation as are live, and never passes the memory cap: a program near the
 * cap collects before it is judged.
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

#include "vm/gc.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/interp.h"

/* A stress build (-DGC_MIN_THRESHOLD=16384) collects all the time. */
#ifndef GC_MIN_THRESHOLD
#define GC_MIN_THRESHOLD ((size_t)32 << 20)
#endif

struct GC {
    Obj **grey;
    size_t ngrey, cap;
};

/* ---- xmalloc family ---- */

static void out_of_memory(size_t n)
{
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

static void note_growth(Interp *in)
{
    if (heap_bytes(&in->heap) > in->heap.threshold)
        atomic_fetch_or_explicit(&in->eval_breaker, BREAK_GC, memory_order_relaxed);
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
        in->heap.buffer_bytes += size;
        note_growth(in);
    }
    return p;
}

void *gc_buf_realloc(Interp *in, void *p, size_t old_size, size_t new_size)
{
    void *q = xrealloc(p, new_size);
    if (in) {
        in->heap.buffer_bytes += new_size;
        in->heap.buffer_bytes -= old_size < in->heap.buffer_bytes ? old_size : in->heap.buffer_bytes;
        note_growth(in);
    }
    return q;
}

void gc_buf_free(Interp *in, void *p, size_t size)
{
    if (!p) return;
    free(p);
    if (in) in->heap.buffer_bytes -= size < in->heap.buffer_bytes ? size : in->heap.buffer_bytes;
}

bool gc_check_size(ThreadState *ts, size_t bytes)
{
    Heap *h = &ts->interp->heap;
    if (bytes > h->max_bytes || h->live_after_gc + bytes > h->max_bytes) {
        err_no_memory(ts);
        return false;
    }
    return true;
}

/* ---- marking ---- */

void gc_mark_obj(GC *gc, Obj *o)
{
    if (!o || (o->gc_flags & (OF_IMMORTAL | OF_MARKED))) return;
    o->gc_flags |= OF_MARKED;
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
    for (int64_t i = 0; i < n; i++) gc_mark(gc, v[i]);
}

static void drain(GC *gc)
{
    while (gc->ngrey) {
        Obj *o = gc->grey[--gc->ngrey];
        gc_mark_obj(gc, &o->type->h);          /* heap types are objects too */
        if (o->type->trace) o->type->trace(gc, o);
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

void gc_collect(Interp *in)
{
    GC gc = {0};
    mark_roots(&gc, in);
    drain(&gc);
    free(gc.grey);

    /* Buffers were counted as they came and went (finalizers free theirs);
     * objects are recounted. */
    Heap *h = &in->heap;
    h->object_bytes = sweep(h);
    h->live_after_gc = heap_bytes(h);
    size_t next = h->live_after_gc * 2;
    if (next < GC_MIN_THRESHOLD) next = GC_MIN_THRESHOLD;
    if (next > h->max_bytes) next = h->max_bytes;
    h->threshold = next;
    h->collections++;
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
    memset(h, 0, sizeof *h);
    h->max_bytes = max_bytes;
    h->threshold = GC_MIN_THRESHOLD < max_bytes ? GC_MIN_THRESHOLD : max_bytes;
}

void heap_free_all(Heap *h)
{
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
}
