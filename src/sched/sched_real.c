/* sched_real.c — the real backend: a GIL on real pthreads, the protocol of
 * CPython's Python/ceval_gil.c (3.11/3.12), on CLOCK_MONOTONIC.
 *
 * Notes on the protocol (the same design as CPython's, in our own words):
 *
 * - The GIL is a flag (`locked`) guarded by a mutex (`gil_mu`); changes to
 *   it are announced on a condition variable (`gil_cond`). The mutex is held
 *   only for a few instructions at a time, so it is mostly uncontended: a
 *   thread holding the GIL does not hold gil_mu.
 *
 * - A thread that finds the GIL taken waits on gil_cond for one switch
 *   interval. If the wait times out, the GIL is still taken and no switch
 *   happened meanwhile (`switch_number` unchanged), it sets the drop request:
 *   `drop_request` plus the process's eval-breaker bit, with an atomic OR so
 *   the VM's other bits (GC, signals) survive. Then it waits another interval.
 *   The interval is a request period, not a slice: the holder drops at its
 *   next eval-breaker check point, however long the current instruction or
 *   builtin takes (CPython's "doesn't enforce it").
 *
 * - The holder sees the bit at a check point and calls sched_gil_yield: it
 *   drops the GIL and asks for it again, queueing behind the waiters.
 *
 * - Forced switching (CPython's FORCE_SWITCHING). On a multi-core machine the
 *   thread that just dropped the GIL is still on its CPU and would usually
 *   win the race to take it back before the signalled waiter has even woken
 *   up, making slices much longer than the interval. So a thread that drops
 *   the GIL while a drop request is pending clears the request and waits on
 *   a second condition variable (`switch_cond`, with `switch_mu`) until
 *   `last_holder` is somebody else. The thread that takes the GIL updates
 *   last_holder under switch_mu and signals switch_cond. As in CPython, this
 *   happens whatever the reason for the drop — a blocking call too — which is
 *   why sleep(0) or an I/O call beside a CPU-bound thread costs a whole
 *   interval (the convoy effect, bpo-7946).
 *
 * - Nothing hands the GIL to a particular waiter: a dropped GIL goes to
 *   whoever locks gil_mu first, and a thread coming back from I/O may barge
 *   in ahead of a signalled waiter, which then waits a whole new interval.
 *
 * Everything else. Program time is CLOCK_MONOTONIC since the Sched was made;
 * every condition variable waits on that clock. Blocking calls (locks,
 * queues, join, events, sleep) enqueue the thread on a WaitQueue under the
 * scheduler mutex `mu` with the GIL still held — so a waker, which needs the
 * GIL, always finds it there — then drop the GIL and sleep on the thread's
 * own condition variable until woken, timed out or interrupted (SIGINT for
 * the main thread), and take the GIL back. A lock's waiter
 * (sched_block_claim) takes the lock when it wakes, before the GIL, as
 * CPython's acquire_timed does inside Py_BEGIN_ALLOW_THREADS; so a lock
 * changes hands as soon as its holder blocks, not at the next GIL switch. Under `mu` the scheduler also
 * counts live threads and threads blocked with no deadline: when the two are
 * equal nothing can ever wake anyone, which is a deadlock. A service thread
 * turns SIGINT (through a semaphore, the one thing a signal handler may
 * post) into a wake-up of the main thread, and fires --timeout.
 *
 * The live view. When SchedConfig.on_ui_tick is set, the service thread
 * also calls it every ui_tick_ns of real time, holding ev_mu: the view
 * reads the log while appends wait, and the threads run on. The view
 * pauses the run with sched_pause, which the service thread carries out
 * between heartbeats: program time is frozen (`frozen`; on resume, `offset`
 * grows by the pause, so program time continues where it stopped and every
 * deadline moves with it), each process's pause bit is set in its eval
 * breaker, and threads stop where they are: the GIL holder at its next
 * check point (sched_pause_point, GIL held, so the GIL lane stays true),
 * waiters for the GIL in take_gil (no drop requests), blocked threads and
 * native work at their return. All of them wait on `resume_cond` (with mu),
 * or gil_cond in take_gil.
 *
 * Events. Views read the same event log as on the virtual backend. Appends
 * come from several pthreads, so they go through `ev_mu`; the timestamp is
 * read under it, which keeps the log in time order. Events are rare (a few
 * per switch, per blocking call, per print), so the lock is uncontended and
 * costs tens of ns per event (tests/bench/real_events.sh measures the whole
 * cost). Once the program ends (or a deadlock / timeout is reported) the log
 * is closed: later appends by abandoned daemon threads are dropped, so the
 * views can read it without a lock.
 *
 * Lock order: mu -> ev_mu; gil_mu -> switch_mu -> ev_mu; mu and gil_mu are
 * never held together.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sched/sched.h"
#include "sched/sched_impl.h"
#include "base/xalloc.h"

#define BUDGET_NS ((int64_t)1 << 40)   /* no virtual costs: the eval loop's budget never runs out in practice */
#define WHAT_MAX 160

/* Only what deadlock reports need: the rest of a thread's state is in the
 * GIL's variables and the event log. */
typedef enum RealState { R_ACTIVE, R_BLOCK, R_DONE } RealState;

struct SchedThread {
    THREAD_HEAD                  /* wait: under s->mu */
    int64_t budget;              /* the VM decrements it; only this thread touches it */
    pthread_cond_t cv;           /* its blocking waits, with s->mu */
    /* under s->mu: */
    RealState state;
    bool woken, interrupted;
    bool stuck;                  /* blocked with no deadline, counted in s->nstuck */
    bool claiming;               /* in sched_block_claim: logs its own wake-up */
    int waker;                   /* who woke it, for that log entry */
    char what[WHAT_MAX];         /* what it waits for, for deadlock reports */

    void (*entry)(SchedThread *self, void *arg);
    void *entry_arg;
};

struct SchedProcess {
    PROCESS_HEAD
    unsigned pause_bit;          /* set before the process runs Python code */
    /* The GIL. */
    pthread_mutex_t gil_mu;
    pthread_cond_t gil_cond;
    bool locked;                 /* under gil_mu */
    SchedThread *holder;         /* under gil_mu */
    uint64_t switch_number;      /* under gil_mu */
    atomic_int drop_request;
    /* Forced switching. */
    pthread_mutex_t switch_mu;
    pthread_cond_t switch_cond;
    _Atomic(SchedThread *) last_holder;   /* written under gil_mu and switch_mu */
    atomic_bool killed;          /* sched_process_kill: its threads park at their next chance */
};

struct Sched {
    SCHED_HEAD                   /* first: sched.c dispatches through ops; waitq_mu is &mu */
    struct timespec start;
    /* Program time: mono_ns() - offset, or `frozen` (>= 0) while paused.
     * Written under ev_mu by the service thread; offset before frozen, so
     * a reader that sees frozen < 0 sees the offset that goes with it. */
    atomic_llong offset;
    atomic_llong frozen;
    atomic_llong interval_ns;
    pthread_condattr_t cattr;    /* CLOCK_MONOTONIC */

    pthread_mutex_t mu;          /* threads, wait queues, counts */
    int nlive, nstuck;
    int nzombies;                /* threads of killed processes that have not exited */
    atomic_bool ended;           /* the first process's main thread has finished */

    pthread_mutex_t ev_mu;       /* the event log */
    bool ev_closed;              /* under ev_mu */
    bool recording;              /* GILSIM_EVENTS=off turns it off (benchmarks) */

    /* The service thread: SIGINT wake-ups and --timeout. */
    pthread_t service;
    bool has_service;
    sem_t service_sem;
    atomic_bool service_stop;
    atomic_int interrupt_pending;

    /* The live view (see the notes at the top). */
    atomic_llong ui_tick_ns;
    atomic_int pause_want;       /* -1 none, else what sched_pause asked */
    atomic_bool paused;          /* written under mu */
    pthread_cond_t resume_cond;  /* with mu: broadcast on resume */
};

static _Thread_local SchedThread *current;   /* the thread running on this pthread */
static bool sigint_pending(Sched *s, SchedThread *t);
static _Thread_local bool on_service;         /* this pthread is a service thread */

static void cond_init(Sched *s, pthread_cond_t *c)
{
    pthread_check(pthread_cond_init(c, &s->cattr), "pthread_cond_init");
}

/* ---- the clock ---- */

#define mono_ns sched_mono_ns

static int64_t start_ns(Sched *s) { return (int64_t)s->start.tv_sec * 1000000000 + s->start.tv_nsec; }

static int64_t r_now(Sched *s)
{
    int64_t frozen = atomic_load(&s->frozen);
    if (frozen >= 0) return frozen;
    return mono_ns() - atomic_load(&s->offset);
}

/* Program time -> an absolute CLOCK_MONOTONIC time for timed waits (valid
 * until the next pause: waiters recompute it after one). */
static struct timespec abs_time(Sched *s, int64_t program_ns)
{
    return sched_timespec(atomic_load(&s->offset) + program_ns);
}

/* ---- events ---- */

static void emit(SchedThread *t, EventType type, int other, uint32_t arg)
{
    Sched *s = t->s;
    if (!s->recording || atomic_load_explicit(&t->p->killed, memory_order_relaxed)) return;
    MUTEX_LOCK(&s->ev_mu);
    if (!s->ev_closed) ev_append(s->log, r_now(s), type, t->id, t->p->id, other, arg, 0);
    MUTEX_UNLOCK(&s->ev_mu);
}

/* An event with a text argument (stored in the log's string table). */
static void emit_text(SchedThread *t, EventType type, int other, const char *text, size_t n)
{
    Sched *s = t->s;
    if (!s->recording || atomic_load_explicit(&t->p->killed, memory_order_relaxed)) return;
    MUTEX_LOCK(&s->ev_mu);
    if (!s->ev_closed)
        ev_append(s->log, r_now(s), type, t->id, t->p->id, other, ev_string(s->log, text, n), 0);
    MUTEX_UNLOCK(&s->ev_mu);
}

/* After this, appends are dropped and readers need no lock. */
static void log_close(Sched *s, bool closed)
{
    MUTEX_LOCK(&s->ev_mu);
    s->ev_closed = closed;
    MUTEX_UNLOCK(&s->ev_mu);
}

/* ---- the GIL ---- */

static void drop_request_set(SchedProcess *p)
{
    atomic_store_explicit(&p->drop_request, 1, memory_order_relaxed);
    atomic_fetch_or_explicit(p->eval_breaker, p->drop_bit, memory_order_relaxed);
}

static void drop_request_reset(SchedProcess *p)
{
    atomic_store_explicit(&p->drop_request, 0, memory_order_relaxed);
    atomic_fetch_and_explicit(p->eval_breaker, ~p->drop_bit, memory_order_relaxed);
}

/* After the program has ended, threads left behind (daemons) never run
 * Python code again: a thread that would take the GIL parks here for good
 * (CPython makes such threads exit or hang: bpo-39877, bpo-36475). So do
 * the threads of a killed process, at their first scheduler call. */
static void park_forever(SchedProcess *p)
{
    MUTEX_LOCK(&p->gil_mu);
    for (;;) COND_WAIT(&p->gil_cond, &p->gil_mu);
}

static bool killed(SchedThread *t) { return atomic_load(&t->p->killed); }

static void take_gil(SchedThread *t)
{
    SchedProcess *p = t->p;
    Sched *s = t->s;
    if (atomic_load(&s->ended) || killed(t)) park_forever(p);
    MUTEX_LOCK(&p->gil_mu);
    if (p->locked) {
        emit(t, EV_GIL_WAIT, p->holder ? p->holder->id : EV_NONE, 0);
        while (p->locked) {
            if (killed(t)) {
                MUTEX_UNLOCK(&p->gil_mu);
                park_forever(p);
            }
            if (atomic_load(&s->paused) && !atomic_load(&s->ended)) {
                /* No drop requests while paused: resume broadcasts gil_cond. */
                COND_WAIT(&p->gil_cond, &p->gil_mu);
                continue;
            }
            uint64_t saved_switch = p->switch_number;
            int64_t interval = atomic_load_explicit(&s->interval_ns, memory_order_relaxed);
            struct timespec until = abs_time(s, r_now(s) + (interval > 0 ? interval : 1));
            bool timed_out = COND_TIMEDWAIT(&p->gil_cond, &p->gil_mu, &until);
            if (atomic_load(&s->ended)) {
                /* gh-96387: never leave a request of ours behind for a
                 * holder that would then wait for us in the switch wait. */
                drop_request_reset(p);
                MUTEX_UNLOCK(&p->gil_mu);
                park_forever(p);
            }
            /* Timed out with no switch meanwhile: ask the holder to drop it. */
            if (timed_out && p->locked && p->switch_number == saved_switch) {
                drop_request_set(p);
                emit(t, EV_DROP_REQUEST, p->holder ? p->holder->id : EV_NONE, 0);
            }
        }
    }
    /* switch_mu must be held to change last_holder: see drop_gil. */
    MUTEX_LOCK(&p->switch_mu);
    p->locked = true;
    p->holder = t;
    SchedThread *prev = atomic_load_explicit(&p->last_holder, memory_order_relaxed);
    if (prev != t) {
        atomic_store_explicit(&p->last_holder, t, memory_order_relaxed);
        p->switch_number++;
    }
    COND_SIGNAL(&p->switch_cond);
    MUTEX_UNLOCK(&p->switch_mu);
    /* Whoever takes the GIL satisfies any request (with bpo-40010's care
     * for the other eval-breaker bits: only ours is cleared). */
    if (atomic_load_explicit(&p->drop_request, memory_order_relaxed)) drop_request_reset(p);
    emit(t, EV_GIL_TAKE, prev ? prev->id : EV_NONE, 0);
    MUTEX_UNLOCK(&p->gil_mu);
}

/* Drops the GIL; with a drop request pending (and unless the thread is
 * leaving for good), waits until another thread has taken it. */
static void drop_gil(SchedThread *t, DropReason reason)
{
    SchedProcess *p = t->p;
    MUTEX_LOCK(&p->gil_mu);
    if (!p->locked || p->holder != t) {
        fprintf(stderr, "gilsim: fatal: drop_gil: thread %s does not hold the GIL\n", t->name);
        abort();
    }
    /* Logged before the GIL is free, so the next GIL_TAKE follows it. */
    emit(t, EV_GIL_DROP, EV_NONE, reason);
    atomic_store_explicit(&p->last_holder, t, memory_order_relaxed);
    p->locked = false;
    p->holder = NULL;
    COND_SIGNAL(&p->gil_cond);
    MUTEX_UNLOCK(&p->gil_mu);

    /* FORCE_SWITCHING. A thread that leaves for good must not touch the
     * process any more (gh-104341): it skips the wait. */
    if (reason != DROP_EXIT && atomic_load_explicit(&p->drop_request, memory_order_relaxed)) {
        MUTEX_LOCK(&p->switch_mu);
        if (atomic_load_explicit(&p->last_holder, memory_order_relaxed) == t) {
            drop_request_reset(p);
            /* CPython waits once; we wait until the switch really happened,
             * so a spurious wake-up cannot shorten the handshake. switch_mu
             * is released atomically by the wait, so a taker cannot slip
             * through between the test and the wait. */
            while (atomic_load_explicit(&p->last_holder, memory_order_relaxed) == t && !atomic_load(&t->s->ended)
                   && !killed(t))
                COND_WAIT(&p->switch_cond, &p->switch_mu);
        }
        MUTEX_UNLOCK(&p->switch_mu);
    }
}

/* ---- pausing (the live view) ---- */

/* Under mu: the run is paused (and has not ended: an ending run is never
 * held back). */
static bool paused_locked(Sched *s)
{
    return atomic_load(&s->paused) && !atomic_load(&s->ended);
}

/* Waits until the run is resumed. */
static void pause_wait(Sched *s)
{
    MUTEX_LOCK(&s->mu);
    while (paused_locked(s)) COND_WAIT(&s->resume_cond, &s->mu);
    MUTEX_UNLOCK(&s->mu);
}

/* The service thread carries out a pause or a resume (never inside the
 * heartbeat: it takes ev_mu). */
static void apply_pause(Sched *s, bool on)
{
    if (on == atomic_load(&s->paused) || (on && atomic_load(&s->ended))) return;
    MUTEX_LOCK(&s->ev_mu);
    if (on) {
        atomic_store(&s->frozen, r_now(s));
    } else {
        /* Program time goes on from where it stopped. */
        atomic_store(&s->offset, mono_ns() - atomic_load(&s->frozen));
        atomic_store(&s->frozen, -1);
    }
    MUTEX_UNLOCK(&s->ev_mu);
    MUTEX_LOCK(&s->mu);
    atomic_store(&s->paused, on);
    int nprocs = s->nprocs;
    for (int i = 0; i < nprocs; i++) {
        SchedProcess *p = s->procs[i];
        if (!p->pause_bit) continue;
        if (on) atomic_fetch_or_explicit(p->eval_breaker, p->pause_bit, memory_order_relaxed);
        else atomic_fetch_and_explicit(p->eval_breaker, ~p->pause_bit, memory_order_relaxed);
    }
    if (!on) pthread_check(pthread_cond_broadcast(&s->resume_cond), "pthread_cond_broadcast(resume_cond)");
    MUTEX_UNLOCK(&s->mu);
    if (on) return;
    /* Waiters for the GIL wait untimed while paused. Processes are only
     * ever added, and a process made during the pause waited on nothing. */
    for (int i = 0; i < nprocs; i++) {
        SchedProcess *p = s->procs[i];
        MUTEX_LOCK(&p->gil_mu);
        pthread_check(pthread_cond_broadcast(&p->gil_cond), "pthread_cond_broadcast(gil_cond)");
        MUTEX_UNLOCK(&p->gil_mu);
    }
}

static void r_pause(Sched *s, bool paused)
{
    atomic_store(&s->pause_want, paused ? 1 : 0);
    if (!on_service && sem_post(&s->service_sem) != 0)
        perror("gilsim: sem_post");
}

static void r_process_set_pause_bit(SchedProcess *p, unsigned pause_bit)
{
    Sched *s = p->s;
    MUTEX_LOCK(&s->mu);
    p->pause_bit = pause_bit;
    /* A process started during a pause stops at its first check point. */
    if (atomic_load(&s->paused)) atomic_fetch_or_explicit(p->eval_breaker, pause_bit, memory_order_relaxed);
    MUTEX_UNLOCK(&s->mu);
}

static void r_pause_point(SchedThread *t)
{
    pause_wait(t->s);
}

/* The heartbeat, with the log locked; not once it is closed. */
static void ui_tick(Sched *s)
{
    MUTEX_LOCK(&s->ev_mu);
    if (!s->ev_closed && atomic_load(&s->ui_tick_ns) > 0 && !atomic_load(&s->ended))
        s->cfg.on_ui_tick(s, r_now(s), s->cfg.on_ui_tick_arg);
    MUTEX_UNLOCK(&s->ev_mu);
}

/* ---- the service thread: SIGINT wake-ups, --timeout, the heartbeat ---- */

static void deliver_interrupt(Sched *s)
{
    MUTEX_LOCK(&s->mu);
    SchedThread *main = s->nthreads ? s->threads[0] : NULL;
    if (main && main->state == R_BLOCK && !main->woken) {
        main->interrupted = true;
        COND_SIGNAL(&main->cv);
    }
    MUTEX_UNLOCK(&s->mu);
}

static void *service_main(void *arg)
{
    Sched *s = arg;
    on_service = true;
    int64_t next_tick = 0;       /* mono_ns() of the next heartbeat */
    for (;;) {
        int r;
        /* Wait for a post, the next heartbeat or the timeout. */
        int64_t until_ns = -1;
        int64_t tick = s->cfg.on_ui_tick ? atomic_load(&s->ui_tick_ns) : 0;
        if (tick > 0) {
            if (tick < 1000000) tick = 1000000;
            int64_t now = mono_ns();
            if (next_tick <= 0 || next_tick > now + tick) next_tick = now + tick;
            until_ns = next_tick;
        }
        if (s->cfg.timeout_ns > 0 && !atomic_load(&s->paused)) {
            struct timespec t = abs_time(s, s->cfg.timeout_ns);
            int64_t ns = (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
            if (until_ns < 0 || ns < until_ns) until_ns = ns;
        }
        if (until_ns >= 0) {
            struct timespec until = sched_timespec(until_ns);
            r = sem_clockwait(&s->service_sem, CLOCK_MONOTONIC, &until);
        } else {
            r = sem_wait(&s->service_sem);
        }
        if (r != 0 && errno != ETIMEDOUT && errno != EINTR) {
            perror("gilsim: fatal: sem_wait");
            abort();
        }
        if (atomic_load(&s->service_stop)) return NULL;
        if (atomic_exchange(&s->interrupt_pending, 0)) deliver_interrupt(s);
        if (s->cfg.timeout_ns > 0 && r_now(s) >= s->cfg.timeout_ns && !atomic_load(&s->ended)) {
            if (s->cfg.on_timeout) {
                log_close(s, true);
                s->cfg.on_timeout(s, s->cfg.on_timeout_arg);
                log_close(s, false);
            }
            s->cfg.timeout_ns = 0;   /* fired once; only this thread reads it now */
        }
        if (tick > 0 && mono_ns() >= next_tick) {
            ui_tick(s);
            next_tick += tick;
            int64_t now = mono_ns();
            if (next_tick < now) next_tick = now + tick;   /* behind: no burst to catch up */
        }
        /* A pause asked for from the heartbeat or from elsewhere. */
        int want = atomic_exchange(&s->pause_want, -1);
        if (want >= 0) apply_pause(s, want == 1);
    }
}

/* ---- deadlock detection ---- */

/* Under s->mu: every live thread is blocked with nothing to wake it — while
 * the program runs: once the first main thread has ended, what is left
 * (daemon threads, processes ending after a terminate()) is abandoned. */
static bool deadlocked(Sched *s)
{
    return !atomic_load(&s->ended) && s->nlive > 0 && s->nstuck == s->nlive;
}

static void report_deadlock(Sched *s)
{
    if (!s->cfg.on_deadlock) return;
    log_close(s, true);
    s->cfg.on_deadlock(s, s->cfg.on_deadlock_arg);
    log_close(s, false);
}

/* ---- the interface ---- */

static const SchedOps real_ops;

static void r_free(Sched *s)
{
    if (!s) return;
    if (s->has_service) {
        atomic_store(&s->service_stop, true);
        if (sem_post(&s->service_sem) != 0) perror("gilsim: sem_post");
        pthread_check(pthread_join(s->service, NULL), "pthread_join(service)");
    }
    MUTEX_LOCK(&s->mu);
    bool busy = s->nlive > 0 || s->nzombies > 0;
    MUTEX_UNLOCK(&s->mu);
    /* Daemon threads left behind and threads of killed processes still use
     * their structures: leave them. */
    if (busy) return;
    for (int i = 0; i < s->nthreads; i++) {
        SchedThread *t = s->threads[i];
        pthread_cond_destroy(&t->cv);
        free(t->name);
        free(t);
    }
    for (int i = 0; i < s->nprocs; i++) {
        SchedProcess *p = s->procs[i];
        pthread_cond_destroy(&p->gil_cond);
        pthread_mutex_destroy(&p->gil_mu);
        pthread_cond_destroy(&p->switch_cond);
        pthread_mutex_destroy(&p->switch_mu);
        free(p->name);
        free(p);
    }
    free(s->threads);
    free(s->procs);
    sem_destroy(&s->service_sem);
    pthread_cond_destroy(&s->resume_cond);
    pthread_condattr_destroy(&s->cattr);
    pthread_mutex_destroy(&s->mu);
    pthread_mutex_destroy(&s->ev_mu);
    free(s);
}

Sched *sched_real_new(const SchedConfig *cfg, EventLog *log)
{
    Sched *s = xcalloc(1, sizeof *s);
    s->ops = &real_ops;
    s->waitq_mu = &s->mu;
    s->cfg = *cfg;
    s->log = log;
    if (clock_gettime(CLOCK_MONOTONIC, &s->start) != 0) {
        perror("gilsim: fatal: clock_gettime(CLOCK_MONOTONIC)");
        abort();
    }
    atomic_init(&s->offset, start_ns(s));
    atomic_init(&s->frozen, -1);
    atomic_init(&s->ui_tick_ns, cfg->ui_tick_ns > 0 ? cfg->ui_tick_ns : 0);
    atomic_init(&s->pause_want, -1);
    atomic_init(&s->paused, false);
    atomic_init(&s->interval_ns, cfg->switch_interval_ns);
    pthread_check(pthread_condattr_init(&s->cattr), "pthread_condattr_init");
    pthread_check(pthread_condattr_setclock(&s->cattr, CLOCK_MONOTONIC), "pthread_condattr_setclock(CLOCK_MONOTONIC)");
    pthread_check(pthread_mutex_init(&s->mu, NULL), "pthread_mutex_init(mu)");
    pthread_check(pthread_mutex_init(&s->ev_mu, NULL), "pthread_mutex_init(ev_mu)");
    cond_init(s, &s->resume_cond);
    const char *ev = getenv("GILSIM_EVENTS");
    s->recording = !(ev && strcmp(ev, "off") == 0);
    if (sem_init(&s->service_sem, 0, 0) != 0) {
        perror("gilsim: fatal: sem_init");
        abort();
    }
    pthread_check(pthread_create(&s->service, NULL, service_main, s), "pthread_create(service)");
    s->has_service = true;
    return s;
}


static void r_set_switch_interval(Sched *s, int64_t ns)
{
    atomic_store_explicit(&s->interval_ns, ns, memory_order_relaxed);
}

static void r_set_ui_tick(Sched *s, int64_t ns)
{
    atomic_store(&s->ui_tick_ns, ns > 0 ? ns : 0);
    if (ns > 0) {
        if (!on_service && sem_post(&s->service_sem) != 0)
            perror("gilsim: sem_post");
        return;
    }
    /* Off: a heartbeat in progress holds ev_mu; let it return. */
    if (!on_service) {
        MUTEX_LOCK(&s->ev_mu);
        MUTEX_UNLOCK(&s->ev_mu);
    }
}
/* Cores and the free-threaded model belong to the virtual backend's model. */
static void r_set_cores(Sched *s, int cores) { (void)s; (void)cores; }
static void r_set_gil_off(Sched *s, bool gil_off) { (void)s; (void)gil_off; }
static void r_cell(SchedThread *t, int number) { emit(t, EV_CELL, EV_NONE, (uint32_t)number); }

static SchedProcess *r_process_new(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit)
{
    SchedProcess *p = sched_process_alloc(sizeof *p, s, name, eval_breaker, drop_bit);
    pthread_check(pthread_mutex_init(&p->gil_mu, NULL), "pthread_mutex_init(gil_mu)");
    pthread_check(pthread_mutex_init(&p->switch_mu, NULL), "pthread_mutex_init(switch_mu)");
    cond_init(s, &p->gil_cond);
    cond_init(s, &p->switch_cond);
    atomic_init(&p->drop_request, 0);
    atomic_init(&p->last_holder, NULL);
    atomic_init(&p->killed, false);
    MUTEX_LOCK(&s->mu);
    sched_procs_add(s, p);
    MUTEX_UNLOCK(&s->mu);
    if (s->recording) {
        MUTEX_LOCK(&s->ev_mu);
        ev_append(s->log, r_now(s), EV_PROCESS_START, 0, p->id, EV_NONE, ev_string(s->log, name, strlen(name)), 0);
        MUTEX_UNLOCK(&s->ev_mu);
    }
    return p;
}

static SchedThread *thread_new(SchedProcess *p, const char *name, void *user)
{
    Sched *s = p->s;
    SchedThread *t = sched_thread_alloc(sizeof *t, p, name, user);
    t->budget = BUDGET_NS;
    t->state = R_ACTIVE;
    cond_init(s, &t->cv);
    MUTEX_LOCK(&s->mu);
    sched_threads_add(s, t);
    s->nlive++;
    MUTEX_UNLOCK(&s->mu);
    return t;
}

static SchedThread *r_main_thread(SchedProcess *p, const char *name, void *user)
{
    SchedThread *t = thread_new(p, name, user);
    current = t;
    emit_text(t, EV_THREAD_START, EV_NONE, name, strlen(name));
    take_gil(t);
    return t;
}

static void *thread_main(void *arg)
{
    SchedThread *t = arg;
    current = t;
    take_gil(t);
    t->entry(t, t->entry_arg);
    return NULL;
}

static SchedThread *r_thread_start(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                   void (*entry)(SchedThread *self, void *arg), void *arg)
{
    Sched *s = parent->s;
    SchedThread *t = thread_new(p ? p : parent->p, name, user);
    t->entry = entry;
    t->entry_arg = arg;
    /* Logged only once the thread exists, and before any event of its
     * own: those wait for ev_mu. */
    pthread_t pt;
    MUTEX_LOCK(&s->ev_mu);
    int err = sched_create_pthread(&pt, thread_main, t);
    if (!err && s->recording && !s->ev_closed)
        ev_append(s->log, r_now(s), EV_THREAD_START, t->id, t->p->id, parent->id,
                  ev_string(s->log, name, strlen(name)), 0);
    MUTEX_UNLOCK(&s->ev_mu);
    if (err) {
        /* It never ran and has no lane: taken back (its number too, unless
         * another thread has been made meanwhile). */
        MUTEX_LOCK(&s->mu);
        s->nlive--;
        bool last = s->threads[s->nthreads - 1] == t;
        if (last) s->nthreads--;
        else t->state = R_DONE;
        MUTEX_UNLOCK(&s->mu);
        if (last) {
            pthread_cond_destroy(&t->cv);
            free(t->name);
            free(t);
        }
        return NULL;
    }
    return t;
}

/* The thread's lane ends; returns true if that leaves everyone else stuck. */
static bool thread_done(SchedThread *t)
{
    Sched *s = t->s;
    emit(t, EV_THREAD_EXIT, EV_NONE, 0);
    MUTEX_LOCK(&s->mu);
    if (t->state == R_DONE) {
        s->nzombies--;           /* killed, and it got to its end before a park */
    } else {
        t->state = R_DONE;
        s->nlive--;
    }
    bool dead = deadlocked(s);
    MUTEX_UNLOCK(&s->mu);
    /* Without a deadlock, r_free may free t from now on. */
    return dead;
}

static void r_thread_exit(SchedThread *t)
{
    Sched *s = t->s;
    drop_gil(t, DROP_EXIT);
    current = NULL;
    if (thread_done(t)) report_deadlock(s);
}

static void r_main_exit(SchedThread *t)
{
    Sched *s = t->s;
    emit(t, EV_GIL_DROP, EV_NONE, DROP_EXIT);
    if (t->p->id == 0) {
        /* The program ends. The GIL stays locked, so threads left behind
         * can never run Python code again (they park in take_gil), and the
         * log is closed for the views. */
        emit(t, EV_THREAD_EXIT, EV_NONE, 0);
        atomic_store(&s->ended, true);
        log_close(s, true);
        MUTEX_LOCK(&s->mu);
        t->state = R_DONE;
        s->nlive--;
        /* An ending run is never held back by a pause. */
        pthread_check(pthread_cond_broadcast(&s->resume_cond), "pthread_cond_broadcast(resume_cond)");
        MUTEX_UNLOCK(&s->mu);
        /* Wake anything parked in a forced-switch wait. */
        for (int i = 0; i < s->nprocs; i++) {
            MUTEX_LOCK(&s->procs[i]->switch_mu);
            pthread_check(pthread_cond_broadcast(&s->procs[i]->switch_cond), "pthread_cond_broadcast(switch_cond)");
            MUTEX_UNLOCK(&s->procs[i]->switch_mu);
        }
        return;
    }
    drop_gil(t, DROP_EXIT);
    if (thread_done(t)) report_deadlock(s);
}

static void unstick(SchedThread *t);

/* The threads of p end now (their lanes, their waits); each parks at its
 * next scheduler call, or at the next check point of the one running
 * Python code (the drop bit makes it call sched_gil_yield). Until then a
 * thread may still run on a little, unseen: its events are dropped. */
static void r_process_kill(SchedThread *killer, SchedProcess *p)
{
    Sched *s = killer->s;
    if (p == killer->p) return;
    atomic_store(&p->killed, true);
    MUTEX_LOCK(&s->mu);
    for (int i = 0; i < s->nthreads; i++) {
        SchedThread *t = s->threads[i];
        if (t->p != p || t->state == R_DONE) continue;
        if (t->state == R_BLOCK) {
            sched_waitq_unlink(t);
            unstick(t);
            COND_SIGNAL(&t->cv);
        }
        t->state = R_DONE;
        s->nlive--;
        s->nzombies++;
        if (s->recording) {
            MUTEX_LOCK(&s->ev_mu);
            if (!s->ev_closed) ev_append(s->log, r_now(s), EV_THREAD_EXIT, t->id, p->id, EV_NONE, 0, 0);
            MUTEX_UNLOCK(&s->ev_mu);
        }
    }
    MUTEX_UNLOCK(&s->mu);
    atomic_fetch_or_explicit(p->eval_breaker, p->drop_bit, memory_order_relaxed);
    MUTEX_LOCK(&p->gil_mu);
    pthread_check(pthread_cond_broadcast(&p->gil_cond), "pthread_cond_broadcast(gil_cond)");
    MUTEX_UNLOCK(&p->gil_mu);
    MUTEX_LOCK(&p->switch_mu);
    pthread_check(pthread_cond_broadcast(&p->switch_cond), "pthread_cond_broadcast(switch_cond)");
    MUTEX_UNLOCK(&p->switch_mu);
}


static bool r_thread_alive(SchedThread *t)
{
    MUTEX_LOCK(&t->s->mu);
    bool alive = t->state != R_DONE;
    MUTEX_UNLOCK(&t->s->mu);
    return alive;
}

static const char *r_thread_waiting_for(SchedThread *t)
{
    MUTEX_LOCK(&t->s->mu);
    const char *what = t->state == R_BLOCK ? t->what : NULL;
    MUTEX_UNLOCK(&t->s->mu);
    return what;
}

static int64_t *r_budget(SchedThread *t) { return &t->budget; }

/* Real time passes by itself: the budget only has to stay positive. */
static void r_tick(SchedThread *t) { t->budget = BUDGET_NS; }

static void r_charge(SchedThread *t, int64_t ns) { (void)t; (void)ns; }

static void r_gil_yield(SchedThread *t)
{
    SchedProcess *p = t->p;
    if (killed(t)) park_forever(p);
    if (!atomic_load_explicit(&p->drop_request, memory_order_relaxed)) {
        atomic_fetch_and_explicit(p->eval_breaker, ~p->drop_bit, memory_order_relaxed);
        /* A request set between the test and the clear must not be lost. */
        if (!atomic_load_explicit(&p->drop_request, memory_order_relaxed)) return;
        atomic_fetch_or_explicit(p->eval_breaker, p->drop_bit, memory_order_relaxed);
    }
    drop_gil(t, DROP_INTERVAL);
    take_gil(t);
}

/* ---- blocking ---- */


/* Under s->mu: t no longer counts as stuck. */
static void unstick(SchedThread *t)
{
    if (t->stuck) {
        t->stuck = false;
        t->s->nstuck--;
    }
}

/* Under s->mu: t goes on q (at the back), before it tests what it waits
 * for. A waker looks at q->len without mu (r_wake: a lock released
 * 300,000 times a second must not take the scheduler's mutex each time,
 * which the woken waiter needs too), so the two sides are Dekker's: the
 * waker writes what ready/claim read, then a full fence, then reads len;
 * the waiter raises len, a full fence, then tests. One of them sees the
 * other: the waiter sees the write, or the waker sees len > 0 and takes mu,
 * which the waiter holds until it sleeps on its cv. */
static void link_waiter(SchedThread *t, WaitQueue *q)
{
    sched_waitq_append(q, t);   /* the fence is there */
    t->woken = false;
}

/* Under s->mu: t, on its queue, waits; with no deadline it counts as
 * stuck. Returns whether that leaves every live thread stuck. */
static bool start_waiting(SchedThread *t, int64_t deadline)
{
    Sched *s = t->s;
    t->stuck = deadline < 0;
    if (t->stuck) s->nstuck++;
    return deadlocked(s);
}

/* The wait of sched_block_unless (ready) and sched_block_claim (claim).
 *
 * Preconditions: t holds the GIL; s->mu not held. ready and claim are
 * tested under s->mu with t already on q (link_waiter): a waker changes
 * what they read before it calls sched_wake, so it either did so before
 * the test, or finds us on q.
 *
 * A claiming waiter (acquire_timed's Py_BEGIN_ALLOW_THREADS around
 * PyThread_acquire_lock_timed) tries its lock each time it is woken, still
 * under mu and without the GIL; if the releaser or another waiter got there
 * first, it goes back on q and sleeps again, as glibc's sem_wait does after a
 * lost race. Going back can leave every thread stuck (the one that took the
 * lock has blocked on something else meanwhile): then it is this thread
 * that reports the deadlock. */
static SchedWait block_on(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg),
                          bool (*claim)(void *arg), void *arg)
{
    Sched *s = t->s;
    if (killed(t)) park_forever(t->p);
    MUTEX_LOCK(&s->mu);
    link_waiter(t, q);
    if ((ready && ready(arg)) || (claim && claim(arg))) {
        sched_waitq_unlink(t);
        MUTEX_UNLOCK(&s->mu);
        return SCHED_WOKEN;
    }
    bool dead = start_waiting(t, deadline);
    t->claiming = claim != NULL;
    /* A SIGINT that came before the wait (deliver_interrupt found us not
     * blocked yet) interrupts it at once, as EINTR would. */
    t->interrupted = sigint_pending(s, t);
    snprintf(t->what, sizeof t->what, "%s", q->what);
    t->state = R_BLOCK;
    MUTEX_UNLOCK(&s->mu);
    emit_text(t, EV_BLOCK, EV_NONE, t->what, strlen(t->what));

    if (dead) {
        /* Nobody can wake us: we still hold the GIL. */
        report_deadlock(s);
        MUTEX_LOCK(&s->mu);
        sched_waitq_unlink(t);
        unstick(t);
        t->state = R_ACTIVE;
        MUTEX_UNLOCK(&s->mu);
        return SCHED_DEADLOCK;
    }

    drop_gil(t, DROP_BLOCKING);

    SchedWait result = SCHED_WOKEN;
    bool claimed = false;
    MUTEX_LOCK(&s->mu);
    for (;;) {
        /* Paused: whatever happens meanwhile is seen after the resume. */
        if (paused_locked(s)) {
            COND_WAIT(&s->resume_cond, &s->mu);
            continue;
        }
        if (killed(t)) {
            MUTEX_UNLOCK(&s->mu);
            park_forever(t->p);
        }
        if (t->woken && claim) {
            link_waiter(t, q);
            if (claim(arg)) {
                sched_waitq_unlink(t);
                t->woken = claimed = true;
                break;
            }
            /* Lost the race for the lock: wait for the next release. */
            if (start_waiting(t, deadline)) {
                MUTEX_UNLOCK(&s->mu);
                report_deadlock(s);
                MUTEX_LOCK(&s->mu);
                sched_waitq_unlink(t);
                unstick(t);
                result = SCHED_DEADLOCK;
                break;
            }
            continue;
        }
        if (t->woken) break;
        if (t->interrupted) {
            /* SIGINT: back to the eval loop, which raises KeyboardInterrupt
             * at the check point after this call. */
            result = SCHED_TIMEOUT;
            break;
        }
        if (deadline < 0) {
            COND_WAIT(&t->cv, &s->mu);
            continue;
        }
        /* Recomputed each time round: a pause moves the deadline. */
        struct timespec until = abs_time(s, deadline);
        if (COND_TIMEDWAIT(&t->cv, &s->mu, &until) && !t->woken && !paused_locked(s) && r_now(s) >= deadline) {
            /* A claiming waiter tries its lock a last time. */
            result = claim && claim(arg) ? SCHED_WOKEN : SCHED_TIMEOUT;
            break;
        }
    }
    bool woken = t->woken;
    if (!woken) {
        sched_waitq_unlink(t);
        unstick(t);
    }
    t->interrupted = false;
    t->claiming = false;
    t->state = R_ACTIVE;
    int waker = t->waker;
    MUTEX_UNLOCK(&s->mu);
    if (claimed) emit(t, EV_WAKE, waker, WAKE_NOTIFIED);
    else if (!woken && result != SCHED_DEADLOCK) emit(t, EV_WAKE, EV_NONE, WAKE_TIMEOUT);
    take_gil(t);
    return result;
}

static SchedWait r_block_unless(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg), void *arg)
{
    return block_on(t, q, deadline, ready, NULL, arg);
}

static SchedWait r_block_claim(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg)
{
    return block_on(t, q, deadline, NULL, claim, arg);
}

static int r_wake(WaitQueue *q, int n)
{
    Sched *s = q->s;
    int woken = 0;
    SchedThread *waker = current;
    /* The first few are signalled after mu is released, so that they do
     * not wake up only to block on it (glibc does no wait morphing). A
     * thread struct lives as long as the Sched, so this is safe even if
     * the thread has gone on meanwhile; a stray signal is harmless. */
    SchedThread *later[8];
    int nlater = 0;
    /* Nobody waiting: no mutex (link_waiter's notes). */
    atomic_thread_fence(memory_order_seq_cst);
    if (atomic_load(&q->len) == 0) return 0;
    MUTEX_LOCK(&s->mu);
    while (q->head && (n < 0 || woken < n)) {
        SchedThread *t = sched_waitq_pop(q);
        unstick(t);
        t->woken = true;
        t->waker = waker ? waker->id : EV_NONE;
        /* A claiming waiter is logged awake once it has its lock. */
        if (!t->claiming) emit(t, EV_WAKE, t->waker, WAKE_NOTIFIED);
        if (nlater < 8) later[nlater++] = t;
        else COND_SIGNAL(&t->cv);
        woken++;
    }
    MUTEX_UNLOCK(&s->mu);
    for (int i = 0; i < nlater; i++) COND_SIGNAL(&later[i]->cv);
    return woken;
}

static void r_sleep(SchedThread *t, int64_t ns, const char *what)
{
    WaitQueue q = {.s = t->s, .what = (char *)what};
    block_on(t, &q, r_now(t->s) + (ns > 0 ? ns : 0), NULL, NULL, NULL);
}

/* Burns CPU until `ns` of monotonic time have passed. The monotonic clock
 * (not the thread's CPU clock) keeps the duration exact on a loaded machine,
 * like a numpy call that takes s seconds of wall time. */
static void burn(SchedThread *t, int64_t ns)
{
    Sched *s = t->s;
    int64_t end = r_now(s) + ns;
    volatile uint64_t sink = 0;
    while (r_now(s) < end && !killed(t)) {
        if (atomic_load_explicit(&s->paused, memory_order_relaxed)) pause_wait(s);
        for (int i = 0; i < 1000; i++) sink += (uint64_t)i;
    }
    (void)sink;
}

static void r_cpu(SchedThread *t, int64_t ns, bool release_gil)
{
    if (!release_gil) {
        emit(t, EV_NATIVE_BEGIN, EV_NONE, 1);
        burn(t, ns);
        emit(t, EV_NATIVE_END, EV_NONE, 1);
        return;
    }
    drop_gil(t, DROP_NATIVE);
    emit(t, EV_NATIVE_BEGIN, EV_NONE, 0);
    burn(t, ns);
    emit(t, EV_NATIVE_END, EV_NONE, 0);
    take_gil(t);
}

static void r_mark(SchedThread *t, const char *label)
{
    emit_text(t, EV_MARK, EV_NONE, label, strlen(label));
}

static void r_output(SchedThread *t, const char *text, size_t n)
{
    emit_text(t, EV_OUTPUT, EV_NONE, text, n);
}

static const SchedOps real_ops = {
    .free = r_free, .now = r_now,
    .set_switch_interval = r_set_switch_interval, .set_ui_tick = r_set_ui_tick, .set_cores = r_set_cores,
    .pause = r_pause, .process_set_pause_bit = r_process_set_pause_bit, .pause_point = r_pause_point,
    .set_gil_off = r_set_gil_off, .cell = r_cell, .process_new = r_process_new,
    .main_thread = r_main_thread, .thread_start = r_thread_start, .thread_exit = r_thread_exit,
    .main_exit = r_main_exit, .process_kill = r_process_kill,
    .thread_alive = r_thread_alive, .thread_waiting_for = r_thread_waiting_for,
    .budget = r_budget, .tick = r_tick, .charge = r_charge, .gil_yield = r_gil_yield,
    .block_claim = r_block_claim, .block_unless = r_block_unless, .wake = r_wake,
    .sleep = r_sleep, .cpu = r_cpu, .mark = r_mark, .output = r_output,
};

/* ---- SIGINT (both backends) ---- */

/* What the handler touches: set once before it is installed. */
static Sched *sigint_sched;
static atomic_uint *sigint_breaker;
static unsigned sigint_bit;
static void (*sigint_last_words)(void);

void sched_set_interrupt_last_words(void (*last_words)(void)) { sigint_last_words = last_words; }

/* Async-signal-safe only: an atomic OR, sem_post, write, _exit. */
static void on_sigint(int sig)
{
    (void)sig;
    unsigned old = atomic_fetch_or(sigint_breaker, sigint_bit);
    if (old & sigint_bit) {
        /* The first one has not been handled yet: the user insists. */
        static const char msg[] = "\ngilsim: interrupted\n";
        if (sigint_last_words) sigint_last_words();
        ssize_t r = write(STDERR_FILENO, msg, sizeof msg - 1);
        (void)r;
        _exit(130);
    }
    Sched *s = sigint_sched;
    if (s->ops == &real_ops) {
        atomic_store(&s->interrupt_pending, 1);
        sem_post(&s->service_sem);
    }
}

/* Under s->mu: t is the main thread SIGINT interrupts, and one is pending
 * (the eval breaker's bit, set by the handler before it posts). */
static bool sigint_pending(Sched *s, SchedThread *t)
{
    return sigint_sched == s && s->nthreads && s->threads[0] == t && sigint_breaker
           && (atomic_load(sigint_breaker) & sigint_bit);
}

void sched_catch_sigint(Sched *s, atomic_uint *eval_breaker, unsigned signal_bit)
{
    /* As CPython: a SIGINT ignored by whoever started us (nohup, a
     * background job of a script) stays ignored. */
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    sigint_sched = s;
    sigint_breaker = eval_breaker;
    sigint_bit = signal_bit;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (sigaction(SIGINT, &sa, NULL) != 0) perror("gilsim: sigaction(SIGINT)");
}
