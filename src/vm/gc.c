/* gc.c — the allocator and the mark-and-sweep collector (protocol in gc.h).
 *
 * Small objects (most of them: ints, floats, instances, short tuples) live
 * in 64 KiB pages, one size class (a multiple of 8 bytes) a page, with bitmaps in the page
 * header: marking sets a bit in the page of the object (found by masking
 * its address), and sweeping a page is a few word operations on its
 * bitmaps (the marked become the used) — it never touches a dead object
 * except to run a finalizer, for the objects whose type has one (a third
 * bitmap tells which). So a collection costs about the live data: marking
 * follows the live objects, sweeping costs a few words a page. Allocation
 * takes the first free bit of the page it is at, in address order, and
 * moves to the class's next page when that is full. Larger objects use
 * malloc, after a prefix that links them in a list (few, and each big). Sanitizer builds with ASan use
 * malloc for everything, so that ASan still sees every use after free.
 *
 * Accounting: an object's bytes are its size class (or what malloc really
 * gave it), buffers count what their owners asked for, GMP's limbs what GMP
 * asked for (its hooks pass the sizes back on free). The collection
 * threshold follows the live heap (GC_GROWTH times the survivors: twice; at least
 * GC_MIN_THRESHOLD, 2 MiB, or a quarter of the cap), so the cost of marking is
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
 * the dead objects' finalizers first, while all types are still in memory
 * (a heap type may die in the same collection as its last instances), then
 * the frees.
 *
 * At the exit of the process (gc_process_exiting), the heaps are not freed
 * object by object: the system takes the memory back. The finalizers only
 * free memory. The ASan build (LeakSanitizer) still frees everything.
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
#define GC_MIN_THRESHOLD ((size_t)2 << 20)
#endif
/* The next collection when the heap has grown by this factor over the live
 * data of the last one (a fraction: GC_GROWTH_NUM / GC_GROWTH_DEN). */
#ifndef GC_GROWTH_NUM
#define GC_GROWTH_NUM 2
#define GC_GROWTH_DEN 1
#endif

/* The grey stack holds objects whose children are still to be marked, and
 * the rest of big arrays (a list of a million items is marked a slice at a
 * time), so that marking needs little memory of its own: it runs when the
 * heap is near its cap. */
typedef struct GreyRange { const Value *v; int64_t n; } GreyRange;

/* An object to mark is first prefetched and parked in a small ring; it is
 * looked at when MARK_AHEAD more have come after it, by which time its
 * header is in the cache (reading it is most of marking's cost). */
#define MARK_AHEAD 8

struct GC {
    Obj **grey;
    size_t ngrey, cap;
    GreyRange *ranges;
    size_t nranges, ranges_cap;
    Obj *ahead[MARK_AHEAD];
    unsigned next_ahead;
};

#define MARK_SLICE 256

/* ---- pages ---- */

#if defined(__SANITIZE_ADDRESS__)
#define GC_POOLS 0
#define GC_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_POOLS 0
#define GC_LEAK_CHECK 1
#endif
#endif
#ifndef GC_POOLS
#define GC_POOLS 1
#endif
#ifndef GC_LEAK_CHECK
#define GC_LEAK_CHECK 0
#endif

#define POOL_GRAIN 8
/* The size class lives in gc_flags' upper bits: 0 = a large (malloc'd) object. */
#define CLASS_SHIFT 2
#define OBJ_CLASS(o) ((o)->gc_flags >> CLASS_SHIFT)
#define CLASS_BYTES(c) ((size_t)(c) * POOL_GRAIN)
_Static_assert((GC_POOL_CLASSES - 1) << CLASS_SHIFT <= 0xff, "size classes fit gc_flags");

/* A page holds objects of one size class; its header (at the page's start:
 * pages are aligned, so an object finds its page by masking its address)
 * has three bitmaps, one bit a slot: used (allocated, or alive at the last
 * collection), mark (reached by the current marking), fin (the object's
 * type has a finalizer). Pages are carved from arenas of ARENA_PAGES. */
#define PAGE_SHIFT 16
#define PAGE_BYTES ((size_t)1 << PAGE_SHIFT)
#define PAGE_WORDS (PAGE_BYTES / sizeof(Obj) / 64)   /* no object is smaller than its header */
_Static_assert(sizeof(Obj) % POOL_GRAIN == 0 && sizeof(Obj) >= 16, "headers fill whole grains");
#define ARENA_PAGES 16

struct GcPage {
    GcPage *next;          /* the next page of its class (or of the free pages) */
    uint32_t size;         /* bytes of a slot */
    uint32_t recip;        /* ceil(2^32 / size): a slot's index by multiplication */
    uint32_t nwords;       /* bitmap words in use */
    uint32_t word;         /* allocation resumes at this word of `used` */
    uint64_t used[PAGE_WORDS];   /* bits past the last slot are set */
    uint64_t mark[PAGE_WORDS];
    uint64_t fin[PAGE_WORDS];
};

#define PAGE_HEADER ((sizeof(GcPage) + 15) & ~(size_t)15)
#define PAGE_BASE(p) ((char *)(p) + PAGE_HEADER)

/* A large object follows a prefix that links it into its heap's list. */
struct GcLarge {
    GcLarge *next;
    size_t pad;            /* objects stay 16-byte aligned, as malloc's */
};
#define LARGE_OBJ(l) ((Obj *)((l) + 1))

static inline GcPage *page_of(const Obj *o)
{
    return (GcPage *)((uintptr_t)o & ~(uintptr_t)(PAGE_BYTES - 1));
}

/* Exact for offsets below 2^16 and sizes up to 2^8: the error of the
 * rounded reciprocal stays under 2^-16 < 1/size. */
static inline uint32_t slot_of(const GcPage *p, const Obj *o)
{
    uint64_t off = (uint64_t)((const char *)o - PAGE_BASE(p));
    return (uint32_t)((off * p->recip) >> 32);
}

static void page_reset(GcPage *p, unsigned cls)
{
    uint32_t size = (uint32_t)CLASS_BYTES(cls);
    uint32_t nslots = (uint32_t)((PAGE_BYTES - PAGE_HEADER) / size);
    p->next = NULL;
    p->size = size;
    p->recip = (uint32_t)((((uint64_t)1 << 32) + size - 1) / size);
    p->nwords = (nslots + 63) / 64;
    p->word = 0;
    memset(p->used, 0, sizeof p->used);
    memset(p->mark, 0, sizeof p->mark);
    memset(p->fin, 0, sizeof p->fin);
    if (nslots % 64) p->used[p->nwords - 1] = ~(uint64_t)0 << (nslots % 64);
}

static GcPage *page_new(Heap *h, unsigned cls)
{
    GcPage *p = h->free_pages;
    if (p) {
        h->free_pages = p->next;
    } else {
        if (!h->arena_left) {
            char *a = aligned_alloc(PAGE_BYTES, PAGE_BYTES * ARENA_PAGES);
            if (!a) {
                fputs("gilsim: out of memory (a heap arena)\n", stderr);
                abort();
            }
            if (h->narenas == h->arenas_cap) {
                h->arenas_cap = h->arenas_cap ? h->arenas_cap * 2 : 8;
                h->arenas = xrealloc(h->arenas, h->arenas_cap * sizeof *h->arenas);
            }
            h->arenas[h->narenas++] = a;
            h->arena_cur = a;
            h->arena_left = ARENA_PAGES;
        }
        p = (GcPage *)h->arena_cur;
        h->arena_cur += PAGE_BYTES;
        h->arena_left--;
    }
    page_reset(p, cls);
    return p;
}

/* A free slot of p (marked used), or NULL when p is full. */
static inline char *page_take(GcPage *p, bool fin)
{
    for (uint32_t w = p->word; w < p->nwords; w++) {
        uint64_t free_bits = ~p->used[w];
        if (free_bits) {
            uint64_t bit = free_bits & -free_bits;
            p->used[w] |= bit;
            if (fin) p->fin[w] |= bit;
            p->word = w;
            return PAGE_BASE(p) + ((size_t)w * 64 + (size_t)__builtin_ctzll(free_bits)) * p->size;
        }
    }
    p->word = p->nwords;
    return NULL;
}

/* A zeroed slot of class cls: from the page allocation is at, else the
 * next page of the class with room, else a new page at the list's end. */
static inline void *pool_alloc(Heap *h, unsigned cls, bool fin)
{
    GcPage *p = h->cur[cls];
    char *o = NULL;
    while (!p || !(o = page_take(p, fin))) {
        if (p && p->next) {
            p = p->next;
        } else {
            GcPage *q = page_new(h, cls);
            if (p) p->next = q;
            else h->pages[cls] = q;
            p = q;
        }
        h->cur[cls] = p;
    }
    /* constant sizes, so that the common small ones become a few stores */
    switch (cls) {
#define ZERO_CLASS(c) case c: return memset(o, 0, CLASS_BYTES(c));
    ZERO_CLASS(2) ZERO_CLASS(3) ZERO_CLASS(4) ZERO_CLASS(5) ZERO_CLASS(6) ZERO_CLASS(7) ZERO_CLASS(8)
#undef ZERO_CLASS
    default: return memset(o, 0, CLASS_BYTES(cls));
    }
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
    Heap *h = &in->heap;
    Obj *o;
    unsigned cls = (unsigned)((size + POOL_GRAIN - 1) / POOL_GRAIN);
    if (GC_POOLS && cls < GC_POOL_CLASSES) {
        o = pool_alloc(h, cls, t->finalize != NULL);
        o->gc_flags = (uint8_t)(cls << CLASS_SHIFT);
        h->object_bytes += CLASS_BYTES(cls);
    } else {
        GcLarge *l = xcalloc(1, sizeof(GcLarge) + size);
        l->next = h->large;
        h->large = l;
        o = LARGE_OBJ(l);
        h->object_bytes += malloc_usable_size(l);
    }
    o->type = t;
    o->kind = t->layout;
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

static void mark_now(GC *gc, Obj *o)
{
    uint8_t f = o->gc_flags;
    if (f & OF_IMMORTAL) return;
    unsigned cls = (unsigned)f >> CLASS_SHIFT;
    if (cls) {
        GcPage *p = page_of(o);
        uint32_t i = slot_of(p, o);
        uint64_t bit = (uint64_t)1 << (i & 63);
        if (p->mark[i >> 6] & bit) return;
        p->mark[i >> 6] |= bit;
    } else {
        if (f & OF_MARKED) return;
        o->gc_flags = (uint8_t)(f | OF_MARKED);
    }
    /* nothing to trace in an object of a static type without children */
    if (!o->type->trace && (o->type->h.gc_flags & OF_IMMORTAL)) return;
    if (gc->ngrey == gc->cap) {
        gc->cap = gc->cap ? gc->cap * 2 : 1024;
        gc->grey = xrealloc(gc->grey, gc->cap * sizeof *gc->grey);
    }
    gc->grey[gc->ngrey++] = o;
}

void gc_mark_obj(GC *gc, Obj *o)
{
    if (!o) return;
    __builtin_prefetch(o);
    Obj *due = gc->ahead[gc->next_ahead];
    gc->ahead[gc->next_ahead] = o;
    gc->next_ahead = (gc->next_ahead + 1) % MARK_AHEAD;
    if (due) mark_now(gc, due);
}

/* The parked objects, now: false if there were none. */
static bool mark_parked(GC *gc)
{
    bool any = false;
    for (unsigned i = 0; i < MARK_AHEAD; i++) {
        Obj *o = gc->ahead[i];
        if (o) {
            gc->ahead[i] = NULL;
            mark_now(gc, o);
            any = true;
        }
    }
    return any;
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
        if (gc->nranges) {
            GreyRange r = gc->ranges[--gc->nranges];
            gc_mark_array(gc, r.v, r.n);
        } else if (!mark_parked(gc)) {
            break;
        }
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

/* Calls f on every object of a page whose bit is set in bits[]. */
static void page_each(GcPage *p, const uint64_t *bits, void (*f)(Obj *))
{
    for (uint32_t w = 0; w < p->nwords; w++)
        for (uint64_t b = bits[w]; b; b &= b - 1)
            f((Obj *)(PAGE_BASE(p) + ((size_t)w * 64 + (size_t)__builtin_ctzll(b)) * p->size));
}

static void finalize_obj(Obj *o) { o->type->finalize(o); }

/* The finalizers of the dead (not marked) objects that have one: first,
 * while every type is still in memory (a heap type may die in the same
 * collection as its last instances). Only the finalizable dead are visited. */
static void finalize_dead(Heap *h)
{
    for (unsigned c = 1; c < GC_POOL_CLASSES; c++)
        for (GcPage *p = h->pages[c]; p; p = p->next) {
            uint64_t dead[PAGE_WORDS];
            bool any = false;
            for (uint32_t w = 0; w < p->nwords; w++) {
                dead[w] = p->fin[w] & ~p->mark[w];
                any |= dead[w] != 0;
                p->fin[w] &= p->mark[w];
            }
            if (any) page_each(p, dead, finalize_obj);
        }
    for (GcLarge *l = h->large; l; l = l->next) {
        Obj *o = LARGE_OBJ(l);
        if (!(o->gc_flags & OF_MARKED) && o->type->finalize) o->type->finalize(o);
    }
}

/* Then the frees: a page's marked slots become its used ones (a word at a
 * time: the dead are never touched), pages left empty go to the free pages
 * (one stays per class), dead large objects go back to malloc. Returns the
 * bytes of the live objects. */
static size_t sweep(Heap *h)
{
    size_t live = 0;
    for (unsigned c = 1; c < GC_POOL_CLASSES; c++) {
        bool kept_empty = false;
        GcPage **link = &h->pages[c];
        while (*link) {
            GcPage *p = *link;
            uint32_t tail = (uint32_t)((PAGE_BYTES - PAGE_HEADER) / p->size) % 64;
            size_t n = 0;
            for (uint32_t w = 0; w < p->nwords; w++) {
                n += (size_t)__builtin_popcountll(p->mark[w]);
                p->used[w] = p->mark[w];
                p->mark[w] = 0;
            }
            if (tail) p->used[p->nwords - 1] |= ~(uint64_t)0 << tail;
            p->word = 0;
            if (!n && kept_empty) {
                *link = p->next;
                p->next = h->free_pages;
                h->free_pages = p;
                continue;
            }
            kept_empty |= !n;
            live += n * p->size;
            link = &p->next;
        }
        h->cur[c] = h->pages[c];
    }
    GcLarge **link = &h->large;
    while (*link) {
        GcLarge *l = *link;
        Obj *o = LARGE_OBJ(l);
        if (o->gc_flags & OF_MARKED) {
            o->gc_flags &= (uint8_t)~OF_MARKED;
            live += malloc_usable_size(l);
            link = &l->next;
        } else {
            *link = l->next;
            free(l);
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

/* The live heap times GC_GROWTH (at least min_step), but at most halfway
 * to the cap (a sixteenth of the cap at the least, so that a heap filling
 * up with live data is not marked over and over on its way; never past the
 * cap). */
static size_t next_threshold(const Heap *h)
{
    size_t live = h->live_after_gc, cap = h->max_bytes;
    size_t grown = live / GC_GROWTH_DEN * GC_GROWTH_NUM;
    size_t step = grown > min_step(h) ? grown - live : min_step(h) - live;
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
    finalize_dead(h);
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

static bool process_exiting;

void gc_process_exiting(void) { process_exiting = true; }

void heap_free_all(Interp *in)
{
    Heap *h = &in->heap;
    /* The process ends: its memory goes back to the system in one go. The
     * finalizers only free memory (buffers, limbs, scheduler queues). Under
     * LeakSanitizer everything is freed, so that a real leak stands out. */
    if (process_exiting && !GC_LEAK_CHECK) {
        if (limb_owner == in) limb_owner = NULL;
        return;
    }
    Interp *bound = limb_owner;
    limb_owner = in;            /* the ints' finalizers refund their limbs here */
    for (unsigned c = 1; c < GC_POOL_CLASSES; c++)
        for (GcPage *p = h->pages[c]; p; p = p->next) page_each(p, p->fin, finalize_obj);
    for (GcLarge *l = h->large; l; l = l->next)
        if (LARGE_OBJ(l)->type->finalize) LARGE_OBJ(l)->type->finalize(LARGE_OBJ(l));
    GcLarge *l = h->large;
    while (l) {
        GcLarge *next = l->next;
        free(l);
        l = next;
    }
    for (size_t i = 0; i < h->narenas; i++) free(h->arenas[i]);
    free(h->arenas);
    size_t max_bytes = h->max_bytes;
    memset(h, 0, sizeof *h);
    h->max_bytes = max_bytes;
    limb_owner = bound == in ? NULL : bound;   /* in is about to be freed */
}
