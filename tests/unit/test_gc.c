/* test_gc.c — the heap's accounting against --max-memory: fallible buffers,
 * GMP's limbs charged through its hooks to the interpreter bound to the
 * calling thread, and the hooks' backstop (BREAK_MEMORY, then MemoryError at
 * the next safe collection); the pages: survivors intact, the slots of the
 * dead reused, the finalizers of the dead (and only theirs) run, large
 * objects freed, a threshold that follows the live heap. */
#include "config.h"

#include <gmp.h>
#include <stdio.h>

#include "tap.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"

static size_t bytes_of(Interp *in) { return heap_bytes(&in->heap); }

static unsigned breaker(Interp *in) { return atomic_load(&in->eval_breaker); }

static Interp *make(size_t cap)
{
    InterpConfig cfg;
    interp_config_default(&cfg);
    cfg.max_memory = cap;
    return interp_new(&cfg);
}

/* Many small objects, one in ten kept (a rooted list holds them), lists
 * among them (their item buffers are freed by a finalizer), and large
 * strings: a collection keeps exactly the reachable ones. */
static void pages(Interp *in)
{
    ThreadState *ts = interp_main_thread(in);
    const size_t MB = (size_t)1 << 20;
    enum { N = 200000, KEEP = 10 };
    gc_collect(in);
    size_t base = bytes_of(in);
    Value keep = list_new(ts, N / KEEP);
    gc_push_root(ts, keep);
    char text[1000];
    memset(text, 'x', sizeof text);
    for (int i = 0; i < N; i++) {
        Value f = float_new(ts, i);
        if (i % KEEP == 0) LIST(keep)->items[i / KEEP] = f;
        if (i % 1000 == 0) (void)list_new(ts, 100);       /* garbage with a finalizer */
        if (i % 1000 == 1) (void)str_new(ts, text, sizeof text);   /* large garbage */
    }
    size_t full = bytes_of(in);
    gc_collect(in);
    int intact = 0;
    for (int i = 0; i < N / KEEP; i++) {
        Value f = LIST(keep)->items[i];
        intact += val_is_obj(f) && float_value(f) == (double)(i * KEEP);
    }
    ok(intact == N / KEEP, "every kept object survives with its value (%d of %d)", intact, N / KEEP);
    size_t live = bytes_of(in) - base;
    ok(live < (full - base) / 4, "the dead are gone: %zu live bytes of %zu", live, full - base);
    ok(in->heap.threshold <= 2 * MB + 2 * bytes_of(in),
       "the next collection follows the live heap (%zu bytes)", in->heap.threshold);

    size_t arenas = in->heap.narenas;
    for (int i = 0; i < N / 2; i++) (void)float_new(ts, i);
    ok(in->heap.narenas == arenas, "new objects reuse the slots of the dead (%zu arenas)", arenas);
    gc_collect(in);
    ok(bytes_of(in) - base == live, "collecting again keeps the same live bytes");

    gc_pop_roots(ts, 1);
    gc_collect(in);
    ok(bytes_of(in) <= base, "once unrooted, all of them die");
    ok(in->heap.collections >= 4, "%llu collections", (unsigned long long)in->heap.collections);
}

int main(void)
{
    types_init();
    plan(20);
    const size_t MB = (size_t)1 << 20;

    /* A roomy interpreter: limbs come and go in its heap. */
    Interp *a = make(64 * MB);
    ThreadState *ta = interp_main_thread(a);
    size_t before = bytes_of(a);
    mpz_t z;
    mpz_init(z);
    mpz_setbit(z, 8 * MB);                 /* 1 MiB of limbs */
    ok(bytes_of(a) >= before + MB, "GMP's limbs are charged to the bound heap (+%zu bytes)",
       bytes_of(a) - before);
    mpz_clear(z);
    ok(bytes_of(a) == before, "and refunded when GMP frees them");

    gc_bind_thread(NULL);
    mpz_init(z);
    mpz_setbit(z, 8 * MB);
    ok(bytes_of(a) == before, "an unbound thread charges no heap");
    mpz_clear(z);
    gc_bind_thread(a);

    /* A big int object made in a's heap, then collected: its limbs go back. */
    mpz_init(z);
    mpz_setbit(z, 16 * MB);
    Value big = int_take_mpz(ta, z);
    ok(val_is_obj(big) && bytes_of(a) >= before + 2 * MB, "an int object holds its limbs in the heap");
    gc_collect(a);                         /* big is not a root: it dies */
    ok(bytes_of(a) < before + MB, "collecting it refunds them (%zu bytes left over)",
       bytes_of(a) > before ? bytes_of(a) - before : 0);

    /* A small cap: fallible buffers refuse, the hooks raise the bit. */
    Interp *b = make(4 * MB);
    ThreadState *tb = interp_main_thread(b);
    ok(gc_buf_try_alloc(tb, 8 * MB) == NULL && err_matches(tb, &exc_MemoryError),
       "gc_buf_try_alloc past the cap: NULL and MemoryError");
    err_clear(tb);
    ok(!gc_check_array(tb, INT64_MAX / 2, sizeof(Value)) && err_matches(tb, &exc_MemoryError),
       "gc_check_array of an absurd count: MemoryError, no overflow");
    err_clear(tb);
    ok(!int_room(tb, 1e12, 4) && err_matches(tb, &exc_MemoryError),
       "int_room for a result far past the cap: MemoryError");
    err_clear(tb);

    size_t b_before = bytes_of(b);
    mpz_init(z);
    mpz_setbit(z, 5 * 8 * MB);             /* 5 MiB: over the 4 MiB cap */
    ok(breaker(b) & BREAK_MEMORY, "limbs past the cap raise BREAK_MEMORY");
    ok(gc_safe_collect(tb) < 0 && err_matches(tb, &exc_MemoryError),
       "the next safe collection raises MemoryError (the limbs are live)");
    err_clear(tb);
    mpz_clear(z);
    ok(gc_safe_collect(tb) == 0 && !b->heap.over_cap && bytes_of(b) <= b_before + MB,
       "once they are freed the heap is back under the cap");

    /* Freeing b from a thread bound to a leaves a's accounting alone. */
    mpz_init(z);
    mpz_setbit(z, 8 * MB);
    Value in_b = int_take_mpz(tb, z);
    (void)in_b;
    gc_bind_thread(a);
    size_t a_now = bytes_of(a);
    interp_free(b);
    ok(bytes_of(a) == a_now, "freeing another interpreter refunds its own heap, not the bound one");
    mpz_init(z);
    mpz_setbit(z, 8 * MB);
    ok(bytes_of(a) >= a_now + MB, "and the thread stays bound to its interpreter");
    mpz_clear(z);

    pages(a);
    interp_free(a);
    return done();
}
