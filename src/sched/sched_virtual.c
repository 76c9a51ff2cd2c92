/* sched_virtual.c — the virtual backend: a deterministic discrete-event
 * simulation of CPython's GIL (Python/ceval_gil.c, 3.11/3.12).
 *
 * The baton. Every Python thread runs on its own pthread, but only the
 * pthread holding the baton executes; everything in this file is touched by
 * the baton holder alone, and the baton passes under `mu` (a mutex and a
 * condition variable per thread), which orders every access. So the
 * simulation needs no other locking and is the same on every machine.
 *
 * Clocks. Each thread that is executing (state T_RUN) has its own clock; the
 * VM advances it by charging costs (sched_tick, sched_charge). Timers — a
 * waiter's switch interval running out, a sleeper's deadline, the end of
 * native work, a woken thread getting the CPU — sit in one heap ordered by
 * time (ties by sequence, shuffled reproducibly by --seed). The scheduler
 * always advances the earliest thing: it fires the next timer if it is due no
 * later than the earliest running clock, else lets the thread with the
 * earliest clock run until the next timer or until it gets `quantum` ahead of
 * the next running thread. With the GIL on and one process only one thread
 * runs at a time and there is one clock; with --gil=off or several processes,
 * threads run in parallel in virtual time, interleaved finely enough
 * (QUANTUM_NS) that unprotected read-modify-writes lose updates.
 *
 * The GIL, as ceval_gil.c does it:
 *   take: if the GIL is free, take it. Otherwise wait on the GIL's condition
 *     for one interval; if the wait times out and no switch happened in the
 *     meantime (switch_number unchanged), set gil_drop_request (and the
 *     holder's eval breaker) and wait again — at the back of the queue, as a
 *     new futex wait is.
 *   drop: mark the GIL free and signal the longest current waiter, who wakes
 *     up a wake-up latency later and takes the GIL if it is still free — a
 *     thread coming back from I/O in between can barge in, and the woken
 *     waiter then waits a whole new interval (the convoy effect).
 *     If a drop request is pending (FORCE_SWITCHING), the dropping thread
 *     resets it and waits until another thread has taken the GIL before it
 *     goes on, whether it dropped for the request or for a blocking call;
 *     the thread that takes the GIL also clears the drop request.
 * The operating system under all this (osmodel.c): wake-up latencies, the
 * cost of a signal to the signalling thread, timer slack, and the odd lost
 * wake-up of a forced switch, drawn from distributions measured on a real
 * machine and seeded by --seed.
 * Locks (sched_block_claim): a waiter woken by a release takes the lock
 * when its wake-up latency has passed, without the GIL (CPython's
 * acquire_timed), or waits again if somebody took it first; only holding it
 * does it ask for the GIL. Its lane stays `block` until then.
 * A thread's timeline is the sequence of its states: run (holds the GIL and
 * executes), wait (wants the GIL), native (native code without the GIL),
 * block (sleep, lock, queue, join, I/O).
 *
 * --timeout and the wall clock. Program time can lag far behind wall time
 * (a long builtin or a compilation costs little or nothing; exceptions and
 * deep recursion cost more wall time than virtual), so --timeout also
 * holds on the wall clock: a watchdog thread counts the wall time the run
 * uses (from sched_new on, less the time spent in the live view's heartbeat,
 * where slow motion, pauses and stepping hold the run). When it reaches the
 * timeout, the watchdog first asks (`wall_expired`, and the drop bit in the
 * baton holder's eval breaker, so that it reaches a check point): the run
 * then stops at its next tick as for program time. If it is stuck in C code
 * (a compilation, a huge factorial) and has not stopped after a grace of
 * 5 % + 20 ms of the timeout, the watchdog stops it itself: it freezes the
 * event log (a writer that arrives parks, one in progress is waited for)
 * and calls on_timeout from its own thread. Whoever ends the run first —
 * its own timeout, a deadlock, the main thread's end, or the watchdog —
 * claims `ending`; the others wait for good.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sched/sched.h"
#include "sched/sched_impl.h"
#include "sched/osmodel.h"
#include "base/xalloc.h"

#define QUANTUM_GIL_OFF_NS 1000     /* interleaving grain of free-threaded code */
#define QUANTUM_PROCESS_NS 50000    /* interleaving grain of separate processes */
#define BUDGET_MAX_NS ((int64_t)1 << 40)

typedef enum ThreadStateKind {
    T_NEW, T_RUN, T_WAIT_GIL, T_WAIT_SWITCH, T_NATIVE, T_BLOCK, T_DONE
} ThreadStateKind;

typedef enum AfterSwitch { AFTER_TAKE, AFTER_BLOCK, AFTER_NATIVE } AfterSwitch;

typedef enum TimerKind {
    TM_START,          /* a new thread asks for the GIL */
    TM_GIL_INTERVAL,   /* a GIL waiter's timed wait ran out */
    TM_GIL_GRANT,      /* a signalled GIL waiter wakes up and tries to take it */
    TM_WAKE_TIMEOUT,   /* a blocked thread's deadline */
    TM_READY,          /* a woken thread wakes up and asks for the GIL */
    TM_NATIVE_END,     /* native work without the GIL is done */
    TM_LANE_END,       /* a lane's current piece of work is done */
} TimerKind;

typedef struct Timer {
    int64_t at;
    uint64_t order;    /* tie-break */
    SchedThread *t;
    uint64_t gen;      /* valid while equal to t->timer_gen */
    TimerKind kind;
} Timer;

/* A place on one of the lists that keep a scheduling step from scanning
 * every thread ever made: the runners, and each process's threads waiting
 * for a forced switch to complete. Both are kept in id order, the order
 * the scans over all threads used, so that ties break as before. */
typedef struct Link { SchedThread *prev, *next; } Link;

struct SchedThread {
    THREAD_HEAD                /* wait: the queue it blocks on */
    pthread_t pthread;
    pthread_cond_t cv;
    bool has_pthread;
    bool exited;               /* its pthread has left (sched_thread_exit): cv is free */

    ThreadStateKind state;
    int64_t clock;
    int64_t budget;            /* the VM decrements it */
    int64_t budget_granted;

    AfterSwitch after_switch;
    int64_t block_deadline;    /* absolute, < 0 none; for AFTER_BLOCK */
    int64_t native_ns;         /* for AFTER_NATIVE */

    SchedWait wait_result;
    /* sched_block_claim: what it tries when woken, the queue it goes back
     * to if that fails, and who woke it (logged once it has claimed). */
    bool (*claim)(void *arg);
    void *claim_arg;
    WaitQueue *claim_q;
    int waker;
    SchedThread *gil_next;     /* GIL waiters FIFO */
    bool granted;              /* signalled by a drop, its TM_GIL_GRANT pending */
    bool woken_early;          /* woken while still in the forced-switch wait before blocking */
    uint64_t saved_switch;
    uint64_t timer_gen;
    Link runners;              /* on Sched.runners while T_RUN */
    Link switchers;            /* on SchedProcess.switchers while T_WAIT_SWITCH */

    void (*entry)(SchedThread *self, void *arg);
    void *entry_arg;

    /* A lane (sched_lane_new): no pthread, driven by its TM_LANE_END timer
     * alone. Its queue holds the durations of the work still to start. */
    bool lane, lane_core;
    int64_t *lane_queue;
    size_t lane_head, lane_len, lane_cap;
    int64_t lane_idle_at;
    WaitQueue lane_waiters;    /* threads in sched_lane_wait */
    int64_t lane_until;        /* a waiter: the lane's idle_at it waits for */
};

struct SchedProcess {
    PROCESS_HEAD
    bool locked;
    SchedThread *holder, *last_holder;
    uint64_t switch_number;
    bool drop_request;
    SchedThread *switchers;    /* T_WAIT_SWITCH threads, in id order */
    SchedThread *gil_head, *gil_tail;
};

struct Sched {
    SCHED_HEAD                 /* first: sched.c dispatches through ops; no waitq_mu */
    pthread_mutex_t mu;
    SchedThread *baton;
    int64_t now;               /* the clock of whoever acts now (set_now) */
    atomic_llong now_seen;     /* a copy of it for the watchdog's thread */
    Timer *timers;
    size_t ntimers, timers_cap;
    uint64_t timer_seq;
    SchedThread *runners;      /* T_RUN threads, in id order */
    int cpu_users;             /* threads using a core: running or in native work */
    int64_t next_ui_tick;      /* program time of the live view's next heartbeat */
    OsModel os;                /* wake-ups and timer slack, seeded by cfg.seed */
    bool in_ui_tick;
    /* Forced switches (SchedConfig.perturb): the contended time counted up
     * to perturb_last, whether the run is contended since, the next point. */
    int64_t contended_ns, perturb_last;
    bool perturb_contended;
    int perturb_next;

    /* The wall-clock watchdog (see the notes at the top). */
    bool has_watchdog;
    pthread_t watchdog;
    pthread_mutex_t wd_mu;
    pthread_cond_t wd_cond;    /* CLOCK_MONOTONIC; signalled to stop it */
    bool wd_stop;              /* under wd_mu */
    int64_t wd_start;          /* mono_ns() at sched_new */
    atomic_llong wd_held;      /* wall time spent in heartbeats, ended ones */
    atomic_llong wd_hold_since;/* mono_ns() the heartbeat in progress began; 0: none */
    atomic_bool wall_expired;
    atomic_int ending;         /* END_*: who ends the run */
    atomic_bool log_busy, log_frozen;
    bool timed_out_wall;       /* on_timeout: it was the wall clock */
};

enum { END_NONE, END_PROGRAM, END_WATCHDOG };

static _Thread_local bool on_watchdog;   /* this pthread is a watchdog */

#define mono_ns sched_mono_ns

/* A thread that lost the race to end the run: the winner ends the process. */
static _Noreturn void wait_for_the_end(void)
{
    for (;;) pause();
}

/* Claims the end of the run for `who`; false if another has it. */
static bool claim_end(Sched *s, int who)
{
    int none = END_NONE;
    return atomic_compare_exchange_strong(&s->ending, &none, who) || atomic_load(&s->ending) == who;
}

/* The baton holder moves program time; the watchdog, which may have to end
 * the run while the holder is still in C code, reads it from this copy. */
static void set_now(Sched *s, int64_t now)
{
    s->now = now;
    if (s->has_watchdog) atomic_store_explicit(&s->now_seen, now, memory_order_relaxed);
}

/* ---- events ---- */

/* Writes to the event log are bracketed so that the watchdog can freeze
 * it (Dekker's handshake, on seq_cst atomics): a writer that finds it
 * frozen parks before writing. Without a watchdog, no cost. */
static void log_enter(Sched *s)
{
    if (!s->has_watchdog) return;
    atomic_store(&s->log_busy, true);
    if (atomic_load(&s->log_frozen)) {
        atomic_store(&s->log_busy, false);
        wait_for_the_end();
    }
}

static void log_leave(Sched *s)
{
    if (s->has_watchdog) atomic_store(&s->log_busy, false);
}

static void emit(SchedThread *t, int64_t at, EventType type, int other, uint32_t arg)
{
    log_enter(t->s);
    ev_append(t->s->log, at, type, t->id, t->p->id, other, arg, 0);
    log_leave(t->s);
}

static uint32_t string_of(Sched *s, const char *text)
{
    log_enter(s);
    uint32_t id = ev_string(s->log, text, strlen(text));
    log_leave(s);
    return id;
}

/* ---- timers: a binary heap ---- */

static bool timer_before(const Timer *a, const Timer *b)
{
    return a->at < b->at || (a->at == b->at && a->order < b->order);
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33; x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33; x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

static void timer_add(SchedThread *t, int64_t at, TimerKind kind)
{
    Sched *s = t->s;
    if (s->ntimers == s->timers_cap) {
        s->timers_cap = s->timers_cap ? s->timers_cap * 2 : 64;
        s->timers = xrealloc(s->timers, s->timers_cap * sizeof *s->timers);
    }
    uint64_t seq = s->timer_seq++;
    Timer tm = {.at = at, .order = s->cfg.seed ? mix(seq ^ mix(s->cfg.seed)) : seq,
                .t = t, .gen = ++t->timer_gen, .kind = kind};
    size_t i = s->ntimers++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!timer_before(&tm, &s->timers[parent])) break;
        s->timers[i] = s->timers[parent];
        i = parent;
    }
    s->timers[i] = tm;
}

static void timer_cancel(SchedThread *t) { t->timer_gen++; }

static void timer_pop(Sched *s)
{
    Timer last = s->timers[--s->ntimers];
    size_t i = 0, n = s->ntimers;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && timer_before(&s->timers[child + 1], &s->timers[child])) child++;
        if (!timer_before(&s->timers[child], &last)) break;
        s->timers[i] = s->timers[child];
        i = child;
    }
    if (n) s->timers[i] = last;
}

/* The earliest live timer, dropping cancelled ones. */
static Timer *timer_peek(Sched *s)
{
    while (s->ntimers && s->timers[0].gen != s->timers[0].t->timer_gen) timer_pop(s);
    return s->ntimers ? &s->timers[0] : NULL;
}

/* ---- cores ---- */

/* Costs stretch when more threads want a core than there are cores. */
static int64_t stretch(Sched *s, int64_t ns)
{
    if (s->cfg.cores > 0 && s->cpu_users > s->cfg.cores)
        return ns * s->cpu_users / s->cfg.cores;
    return ns;
}

/* The lists of Link (in id order). */
#define LIST_INSERT(head, t, member) do {                                       \
        SchedThread **at_ = &(head), *prev_ = NULL;                             \
        while (*at_ && (*at_)->id < (t)->id) { prev_ = *at_; at_ = &(*at_)->member.next; } \
        (t)->member.prev = prev_;                                               \
        (t)->member.next = *at_;                                                \
        if (*at_) (*at_)->member.prev = (t);                                    \
        *at_ = (t);                                                             \
    } while (0)
#define LIST_REMOVE(head, t, member) do {                                       \
        if ((t)->member.prev) (t)->member.prev->member.next = (t)->member.next; \
        else (head) = (t)->member.next;                                         \
        if ((t)->member.next) (t)->member.next->member.prev = (t)->member.prev; \
        (t)->member.prev = (t)->member.next = NULL;                             \
    } while (0)

static void set_state(SchedThread *t, ThreadStateKind st)
{
    bool core = !t->lane || t->lane_core;   /* a device lane uses none */
    bool was = core && (t->state == T_RUN || t->state == T_NATIVE);
    bool is = core && (st == T_RUN || st == T_NATIVE);
    t->s->cpu_users += (int)is - (int)was;
    if (t->state == T_RUN && st != T_RUN) LIST_REMOVE(t->s->runners, t, runners);
    if (t->state != T_RUN && st == T_RUN) LIST_INSERT(t->s->runners, t, runners);
    if (t->state == T_WAIT_SWITCH && st != T_WAIT_SWITCH) LIST_REMOVE(t->p->switchers, t, switchers);
    if (t->state != T_WAIT_SWITCH && st == T_WAIT_SWITCH) LIST_INSERT(t->p->switchers, t, switchers);
    t->state = st;
}

/* ---- the GIL ---- */

static void gil_enqueue(SchedProcess *p, SchedThread *t)
{
    t->gil_next = NULL;
    if (p->gil_tail) p->gil_tail->gil_next = t;
    else p->gil_head = t;
    p->gil_tail = t;
}

static void gil_unlink(SchedProcess *p, SchedThread *t);

/* The waiter a drop signals: the longest current waiter (futexes are first
 * come, first served; see TM_GIL_INTERVAL for why "current"). */
static SchedThread *gil_dequeue(SchedProcess *p)
{
    SchedThread *t = p->gil_head;
    if (t) gil_unlink(p, t);
    return t;
}

/* Takes t off the GIL's queue (it is on it). */
static void gil_unlink(SchedProcess *p, SchedThread *t)
{
    SchedThread **link = &p->gil_head, *prev = NULL;
    while (*link && *link != t) { prev = *link; link = &(*link)->gil_next; }
    if (!*link) return;
    *link = t->gil_next;
    if (p->gil_tail == t) p->gil_tail = prev;
    t->gil_next = NULL;
}

static void drop_request_set(SchedProcess *p, bool on)
{
    p->drop_request = on;
    if (on) atomic_fetch_or_explicit(p->eval_breaker, p->drop_bit, memory_order_relaxed);
    else atomic_fetch_and_explicit(p->eval_breaker, ~p->drop_bit, memory_order_relaxed);
}

static void want_gil(SchedThread *t, int64_t at);

/* How late a timed wait ends: the OS model's timer slack. Without the
 * noise, a regular loop would meet every drop request at the same
 * instruction, and a race that CPython loses now and then would never (or
 * always) happen. The draws are seeded: runs stay reproducible, --seed=N
 * varies them. */
static int64_t timer_late(Sched *s) { return os_timer_late(&s->os); }

/* From a futex wake-up until the woken thread runs: longer, now and then,
 * when every core is taken. */
static int64_t wake_latency(Sched *s)
{
    return os_wake_latency(&s->os, s->cfg.cores > 0 && s->cpu_users >= s->cfg.cores);
}

/* A GIL waiter's timed wait: the interval, and the timer slack after it. */
static int64_t interval_wait(Sched *s) { return s->cfg.switch_interval_ns + timer_late(s); }

/* A blocked thread's deadline timer (timer slack after it). */
static void deadline_timer(SchedThread *t, int64_t at)
{
    if (t->block_deadline >= 0)
        timer_add(t, (t->block_deadline > at ? t->block_deadline : at) + timer_late(t->s), TM_WAKE_TIMEOUT);
}

/* t takes the free GIL at time `at`. */
static void gil_take(SchedThread *t, int64_t at)
{
    SchedProcess *p = t->p;
    Sched *s = t->s;
    t->clock = at;
    set_state(t, T_RUN);
    if (s->cfg.gil_off) {
        emit(t, at, EV_RUN, EV_NONE, 0);
        return;
    }
    p->locked = true;
    p->holder = t;
    SchedThread *prev = p->last_holder;
    emit(t, at, EV_GIL_TAKE, prev ? prev->id : EV_NONE, 0);
    if (prev != t) {
        p->last_holder = t;
        p->switch_number++;
        /* The forced-switching handshake: whoever dropped the GIL on a
         * request waits until somebody else has it; now somebody has. */
        for (SchedThread *w = p->switchers, *next; w; w = next) {
            next = w->switchers.next;   /* set_state takes w off the list */
            switch (w->after_switch) {
            case AFTER_TAKE:
                /* It sleeps on switch_cond until the taker signals it and
                 * asks for the GIL once awake, so its interval (and the
                 * taker's slice) starts a wake-up later. T_WAIT_GIL, off
                 * the GIL queue, until its TM_READY fires. */
                set_state(w, T_WAIT_GIL);
                w->clock = at;
                timer_add(w, at + wake_latency(s), TM_READY);
                break;
            case AFTER_BLOCK:
                set_state(w, T_BLOCK);
                w->clock = at;
                if (w->woken_early) {
                    /* sched_wake found it before it even blocked. */
                    w->woken_early = false;
                    timer_add(w, at + wake_latency(s), TM_READY);
                } else {
                    deadline_timer(w, at);
                }
                break;
            case AFTER_NATIVE:
                set_state(w, T_NATIVE);
                emit(w, at, EV_NATIVE_BEGIN, EV_NONE, 0);
                timer_add(w, at + stretch(s, w->native_ns), TM_NATIVE_END);
                break;
            }
        }
    }
    if (p->drop_request) drop_request_set(p, false);
}

/* t (not executing) asks for the GIL at time `at`. */
static void want_gil(SchedThread *t, int64_t at)
{
    SchedProcess *p = t->p;
    t->clock = at;
    if (t->s->cfg.gil_off || !p->locked) {
        gil_take(t, at);
        return;
    }
    set_state(t, T_WAIT_GIL);
    emit(t, at, EV_GIL_WAIT, p->holder ? p->holder->id : EV_NONE, 0);
    t->saved_switch = p->switch_number;
    gil_enqueue(p, t);
    timer_add(t, at + interval_wait(t->s), TM_GIL_INTERVAL);
}

/* t drops the GIL at its clock. Returns true if a drop request was pending,
 * in which case t must wait for the switch (FORCE_SWITCHING). */
static bool gil_drop(SchedThread *t, DropReason reason)
{
    SchedProcess *p = t->p;
    Sched *s = t->s;
    if (s->cfg.gil_off) return false;
    p->locked = false;
    p->holder = NULL;
    p->last_holder = t;
    emit(t, t->clock, EV_GIL_DROP, EV_NONE, reason);
    /* A forced switch's signal races the timed wait that just ran out and
     * asked for it; with several waiters it can be lost (osmodel.h). */
    bool lost = reason == DROP_INTERVAL && p->gil_head && os_signal_lost(&s->os, p->gil_head->gil_next != NULL);
    SchedThread *w = lost ? NULL : gil_dequeue(p);
    if (w) {
        timer_cancel(w);
        w->granted = true;
        timer_add(w, t->clock + wake_latency(s), TM_GIL_GRANT);
    }
    if (p->drop_request && reason != DROP_EXIT) {
        drop_request_set(p, false);
        return true;
    }
    return false;
}

/* t stops claiming: its lock is taken, or it gave up. */
static void claim_done(SchedThread *t)
{
    if (!t->claim) return;
    t->claim = NULL;
    t->claim_q->claimers--;
}

/* A claiming waiter (sched_block_claim) has been woken: the OS runs it
 * now, and it tries to take its lock there and then, without the GIL
 * (CPython's acquire_timed waits inside Py_BEGIN_ALLOW_THREADS). True if
 * it did: then it asks for the GIL holding the lock. Otherwise somebody
 * took the lock first (the releaser coming round again, another waiter):
 * it waits again, at the back, as a new futex wait does. */
static bool claim_woken(SchedThread *t, int64_t at)
{
    if (t->claim(t->claim_arg)) {
        claim_done(t);
        emit(t, at, EV_WAKE, t->waker, WAKE_NOTIFIED);
        return true;
    }
    sched_waitq_append(t->claim_q, t);
    deadline_timer(t, at);
    return false;
}

/* ---- lanes ---- */

static void lane_begin(SchedThread *t, int64_t at)
{
    int64_t ns = t->lane_queue[t->lane_head++];
    t->lane_len--;
    set_state(t, T_NATIVE);
    emit(t, at, EV_NATIVE_BEGIN, EV_NONE, 0);
    timer_add(t, at + ns, TM_LANE_END);
}

/* Wakes the lane's waiters whose work is done by `at`, as v_wake does but
 * with nobody to charge: the device signals. */
static void lane_wake(Sched *s, SchedThread *lane, int64_t at)
{
    WaitQueue *q = &lane->lane_waiters;
    SchedThread *next;
    for (SchedThread *t = q->head; t; t = next) {
        next = t->wait.next;
        if (t->lane_until > at)
            continue;
        sched_waitq_unlink(t);
        t->wait_result = SCHED_WOKEN;
        timer_cancel(t);
        emit(t, at, EV_WAKE, lane->id, WAKE_NOTIFIED);
        if (t->state == T_BLOCK) {
            timer_add(t, at + wake_latency(s), TM_READY);
        } else {
            t->block_deadline = -1;
            t->woken_early = true;
        }
    }
}

static void lane_end(Sched *s, SchedThread *t, int64_t at)
{
    emit(t, at, EV_NATIVE_END, EV_NONE, 0);
    lane_wake(s, t, at);
    if (t->lane_len) {
        lane_begin(t, at);
        return;
    }
    t->lane_head = 0;
    set_state(t, T_BLOCK);
    emit(t, at, EV_BLOCK, EV_NONE, string_of(s, "idle"));
}

/* ---- firing timers ---- */

static void fire(Sched *s, Timer tm)
{
    SchedThread *t = tm.t;
    SchedProcess *p = t->p;
    set_now(s, tm.at);
    switch (tm.kind) {
    case TM_READY:
        if (t->claim && t->state == T_BLOCK && !claim_woken(t, tm.at)) break;
        want_gil(t, tm.at);
        break;
    case TM_START:
        want_gil(t, tm.at);
        break;
    case TM_NATIVE_END:
        emit(t, tm.at, EV_NATIVE_END, EV_NONE, 0);
        want_gil(t, tm.at);
        break;
    case TM_LANE_END:
        lane_end(s, t, tm.at);
        break;
    case TM_WAKE_TIMEOUT:
        sched_waitq_unlink(t);
        /* A claiming waiter tries its lock a last time. */
        t->wait_result = t->claim && t->claim(t->claim_arg) ? SCHED_WOKEN : SCHED_TIMEOUT;
        claim_done(t);
        emit(t, tm.at, EV_WAKE, EV_NONE, WAKE_TIMEOUT);
        want_gil(t, tm.at);
        break;
    case TM_GIL_INTERVAL:
        if (t->state != T_WAIT_GIL) break;
        if (!p->locked) {
            /* The drop's signal woke nobody (osmodel.h): the first waiter
             * whose wait runs out finds the GIL free. */
            gil_unlink(p, t);
            gil_take(t, tm.at);
            break;
        }
        if (p->locked && p->switch_number == t->saved_switch && !p->drop_request) {
            drop_request_set(p, true);
            emit(t, tm.at, EV_DROP_REQUEST, p->holder ? p->holder->id : EV_NONE, 0);
        }
        t->saved_switch = p->switch_number;
        /* It waits again, and a new wait on a condition variable queues
         * behind every thread that began waiting meanwhile (futexes are
         * first come, first served): so the waiter a drop wakes is the
         * longest *current* waiter, not the one that asked first. */
        gil_unlink(p, t);
        gil_enqueue(p, t);
        timer_add(t, tm.at + interval_wait(s), TM_GIL_INTERVAL);
        break;
    case TM_GIL_GRANT:
        t->granted = false;
        if (!p->locked) {
            gil_take(t, tm.at);
        } else {
            /* Somebody barged in: back to waiting, at the end of the queue. */
            t->saved_switch = p->switch_number;
            gil_enqueue(p, t);
            timer_add(t, tm.at + interval_wait(s), TM_GIL_INTERVAL);
        }
        break;
    }
}

/* ---- the baton ---- */

static void handoff(SchedThread *from, SchedThread *to)
{
    Sched *s = from->s;
    MUTEX_LOCK(&s->mu);
    s->baton = to;
    COND_SIGNAL(&to->cv);
    while (s->baton != from) COND_WAIT(&from->cv, &s->mu);
    MUTEX_UNLOCK(&s->mu);
}

static void pass_and_leave(SchedThread *from, SchedThread *to)
{
    Sched *s = from->s;
    MUTEX_LOCK(&s->mu);
    s->baton = to;
    if (to) COND_SIGNAL(&to->cv);
    MUTEX_UNLOCK(&s->mu);
}

static SchedThread *earliest_runner(Sched *s, SchedThread **second)
{
    SchedThread *best = NULL, *next = NULL;
    for (SchedThread *t = s->runners; t; t = t->runners.next) {
        if (!best || t->clock < best->clock) { next = best; best = t; }
        else if (!next || t->clock < next->clock) next = t;
    }
    if (second) *second = next;
    return best;
}

static int64_t quantum(Sched *s) { return s->cfg.gil_off ? QUANTUM_GIL_OFF_NS : QUANTUM_PROCESS_NS; }

/* --timeout: program time has reached it, or the watchdog says that wall
 * time has. */
static void check_timeout(Sched *s, int64_t at)
{
    bool program = s->cfg.timeout_ns > 0 && at >= s->cfg.timeout_ns;
    bool wall = atomic_load_explicit(&s->wall_expired, memory_order_relaxed);
    if (!(program || wall) || !s->cfg.on_timeout) return;
    if (!claim_end(s, END_PROGRAM)) wait_for_the_end();
    if (program) set_now(s, s->cfg.timeout_ns);
    s->timed_out_wall = !program;
    s->cfg.on_timeout(s, s->cfg.on_timeout_arg);
}

/* The live view's heartbeat, when program time has reached it. Its wall
 * time does not count for the watchdog. */
static void ui_tick(Sched *s, int64_t now)
{
    if (!s->cfg.on_ui_tick || s->cfg.ui_tick_ns <= 0 || s->in_ui_tick || now < s->next_ui_tick) return;
    check_timeout(s, now);
    s->in_ui_tick = true;
    log_enter(s);              /* the view may log stderr output */
    int64_t began = s->has_watchdog ? mono_ns() : 0;
    if (began) atomic_store(&s->wd_hold_since, began);
    s->cfg.on_ui_tick(s, now, s->cfg.on_ui_tick_arg);
    if (began) {
        atomic_fetch_add(&s->wd_held, mono_ns() - began);
        atomic_store(&s->wd_hold_since, 0);
    }
    log_leave(s);
    s->in_ui_tick = false;
    s->next_ui_tick = now + s->cfg.ui_tick_ns;
}

static void grant_budget(SchedThread *t, SchedThread *next_runner, Timer *next_timer)
{
    int64_t until = t->clock + BUDGET_MAX_NS;
    if (t->s->cfg.on_ui_tick && t->s->cfg.ui_tick_ns > 0 && t->s->next_ui_tick < until)
        until = t->s->next_ui_tick > t->clock ? t->s->next_ui_tick : t->clock + 1;
    if (t->s->cfg.timeout_ns > 0 && t->s->cfg.timeout_ns < until) until = t->s->cfg.timeout_ns;
    if (next_timer && next_timer->at < until) until = next_timer->at;
    Sched *s = t->s;
    if (s->perturb_contended && s->perturb_next < s->cfg.perturb.n && t->p->holder == t) {
        int64_t point = t->clock + (s->cfg.perturb.at[s->perturb_next] - s->contended_ns);
        if (point < until) until = point;
    }
    if (next_runner && next_runner->clock + quantum(t->s) < until) until = next_runner->clock + quantum(t->s);
    int64_t b = until - t->clock;
    if (b < 1) b = 1;
    t->budget = t->budget_granted = b;
}

/* Moves an executing thread's clock by the budget it has used. */
static void sync_clock(SchedThread *t)
{
    int64_t used = t->budget_granted - t->budget;
    if (used > 0) t->clock += stretch(t->s, used);
    t->budget = t->budget_granted = 0;
    set_now(t->s, t->clock);
}

/* With no runner and no timer: whether threads other than `self` are left
 * waiting while the first process's main thread has not ended. */
static bool left_stuck(Sched *s, SchedThread *self)
{
    if (!s->nthreads || s->threads[0]->state == T_DONE) return false;
    for (int i = 0; i < s->nthreads; i++)
        if (s->threads[i] != self && s->threads[i]->state != T_DONE) return true;
    return false;
}

/* The GIL holder that runs while another thread waits for its GIL, if any. */
static SchedThread *contended_holder(Sched *s)
{
    if (s->cfg.gil_off) return NULL;
    for (int i = 0; i < s->nprocs; i++) {
        SchedProcess *p = s->procs[i];
        if (p->holder && p->holder->state == T_RUN && p->gil_head && !p->drop_request) return p->holder;
    }
    return NULL;
}

/* Forced switches (SchedConfig.perturb): counts the contended time up to
 * now and asks the holder to drop the GIL at each point it reaches. Called
 * at every step of the simulation, so contention starts and ends between
 * two calls only. */
static void perturb_step(Sched *s)
{
    const SchedPerturb *pt = &s->cfg.perturb;
    if (!pt->measure && s->perturb_next >= pt->n) return;
    if (s->perturb_contended) s->contended_ns += s->now - s->perturb_last;
    s->perturb_last = s->now;
    SchedThread *h = contended_holder(s);
    s->perturb_contended = h != NULL;
    if (h && s->perturb_next < pt->n && pt->at[s->perturb_next] <= s->contended_ns) {
        while (s->perturb_next < pt->n && pt->at[s->perturb_next] <= s->contended_ns) s->perturb_next++;
        drop_request_set(h->p, true);
        emit(h->p->gil_head, s->now, EV_DROP_REQUEST, h->id, 0);
        s->perturb_contended = false;
    }
}

/* Advance the simulation from thread `self` (which holds the baton) until
 * `self` is the one to execute. `leaving`: self is done and just passes the
 * baton on. Returns false on deadlock. */
static bool run(SchedThread *self, bool leaving)
{
    Sched *s = self->s;
    for (;;) {
        if (atomic_load_explicit(&s->wall_expired, memory_order_relaxed)) check_timeout(s, s->now);
        perturb_step(s);
        SchedThread *second;
        SchedThread *r = earliest_runner(s, &second);
        Timer *tm = timer_peek(s);
        if (tm && (!r || tm->at <= r->clock)) {
            check_timeout(s, tm->at);
            ui_tick(s, tm->at);
            Timer copy = *tm;
            timer_pop(s);
            fire(s, copy);
            continue;
        }
        if (!r) {
            /* A thread that leaves last, with the program still running and
             * everyone else blocked for good, leaves a deadlock behind: report
             * it here, for nobody else will ever run to find it. */
            if (leaving && !left_stuck(s, self)) {
                pass_and_leave(self, NULL);
                return true;
            }
            if (s->cfg.on_deadlock) {
                if (!claim_end(s, END_PROGRAM)) wait_for_the_end();
                s->cfg.on_deadlock(s, s->cfg.on_deadlock_arg);
                atomic_store(&s->ending, END_NONE);   /* it returned: the run goes on */
            }
            if (leaving) {
                pass_and_leave(self, NULL);
                return true;
            }
            return false;
        }
        set_now(s, r->clock);
        ui_tick(s, r->clock);
        if (r == self && !leaving) {
            grant_budget(self, second, tm);
            return true;
        }
        if (leaving) {
            pass_and_leave(self, r);
            return true;
        }
        handoff(self, r);
    }
}

/* ---- the interface ---- */

/* The backend's entry points (dispatched to by sched.c through virtual_ops). */
static void v_free(Sched *s);
static int64_t v_now(Sched *s);
static bool v_timeout_wall(Sched *s) { return s->timed_out_wall; }
static int64_t v_contended_ns(Sched *s) { return s->contended_ns; }
static void v_reseed(Sched *s, uint64_t seed)
{
    s->cfg.seed = seed;
    os_model_init(&s->os, seed);
}
static void v_set_perturb(Sched *s, const SchedPerturb *pt)
{
    s->cfg.perturb = *pt;
    s->contended_ns = 0;
    s->perturb_last = s->now;
    s->perturb_contended = false;
    s->perturb_next = 0;
}
static void v_set_switch_interval(Sched *s, int64_t ns);
static void v_set_ui_tick(Sched *s, int64_t ns);
static void v_set_cores(Sched *s, int cores);
static void v_set_gil_off(Sched *s, bool gil_off);
static void v_cell(SchedThread *t, int number);
static SchedProcess *v_process_new(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit);
static SchedThread *v_main_thread(SchedProcess *p, const char *name, void *user);
static SchedThread *v_thread_start(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                   void (*entry)(SchedThread *self, void *arg), void *arg);
static void v_thread_exit(SchedThread *t);
static void v_main_exit(SchedThread *t);
static void v_process_kill(SchedThread *killer, SchedProcess *p);
static bool v_thread_alive(SchedThread *t);
static const char *v_thread_waiting_for(SchedThread *t);
static int64_t *v_budget(SchedThread *t);
static void v_tick(SchedThread *t);
static void v_charge(SchedThread *t, int64_t ns);
static void v_gil_yield(SchedThread *t);
static SchedWait v_block_claim(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg);
static SchedWait v_block_unless(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg), void *arg);
static int v_wake(WaitQueue *q, int n);
static void v_sleep(SchedThread *t, int64_t ns, const char *what);
static void v_cpu(SchedThread *t, int64_t ns, bool release_gil);
static void v_mark(SchedThread *t, const char *label);
static void v_output(SchedThread *t, const char *text, size_t n);

static const SchedOps virtual_ops;

/* ---- the watchdog ---- */

/* Wall time the run has used by `now` (mono_ns): all of it since the start
 * but the heartbeats'. */
static int64_t wall_used(Sched *s, int64_t now)
{
    int64_t since = atomic_load(&s->wd_hold_since);
    return now - s->wd_start - atomic_load(&s->wd_held) - (since ? now - since : 0);
}

/* Under wd_mu: makes the baton holder reach a check point soon. */
static void poke(Sched *s)
{
    MUTEX_LOCK(&s->mu);
    SchedThread *b = s->baton;
    if (b) atomic_fetch_or_explicit(b->p->eval_breaker, b->p->drop_bit, memory_order_relaxed);
    MUTEX_UNLOCK(&s->mu);
}

/* The run did not stop when asked: stop the world where it is and end it
 * from here. Only the event log is read (frozen first); the baton holder
 * runs on in its C code until the process exits. */
static void stop_the_run(Sched *s)
{
    if (!claim_end(s, END_WATCHDOG)) return;
    atomic_store(&s->log_frozen, true);
    for (int i = 0; atomic_load(&s->log_busy) && i < 1000; i++) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    s->timed_out_wall = true;
    s->cfg.on_timeout(s, s->cfg.on_timeout_arg);
    exit(124);   /* on_timeout ends the process; if it did not, nothing can go on */
}

static void *watchdog_main(void *arg)
{
    Sched *s = arg;
    on_watchdog = true;
    const int64_t limit = s->cfg.timeout_ns;
    const int64_t grace = limit / 20 + 20000000;
    const int64_t poke_every = 2000000;
    int64_t asked = -1;          /* wall_used() when the run was asked to stop */
    MUTEX_LOCK(&s->wd_mu);
    while (!s->wd_stop) {
        int64_t now = mono_ns(), used = wall_used(s, now), wait;
        if (atomic_load(&s->ending) != END_NONE) {
            wait = 100000000;    /* the run ends by itself (or a deadlock report returned) */
        } else if (asked < 0 && used < limit) {
            wait = limit - used;
        } else if (asked < 0) {
            asked = used;
            atomic_store(&s->wall_expired, true);
            poke(s);
            wait = poke_every;
        } else if (used - asked < grace) {
            poke(s);
            wait = poke_every;
        } else {
            MUTEX_UNLOCK(&s->wd_mu);
            stop_the_run(s);
            MUTEX_LOCK(&s->wd_mu);
            wait = 100000000;
        }
        int64_t until = mono_ns() + wait;
        struct timespec ts = sched_timespec(until);
        COND_TIMEDWAIT(&s->wd_cond, &s->wd_mu, &ts);
    }
    MUTEX_UNLOCK(&s->wd_mu);
    return NULL;
}

static void watchdog_start(Sched *s)
{
    pthread_condattr_t ca;
    pthread_check(pthread_condattr_init(&ca), "pthread_condattr_init");
    pthread_check(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), "pthread_condattr_setclock");
    pthread_check(pthread_cond_init(&s->wd_cond, &ca), "pthread_cond_init(wd_cond)");
    pthread_condattr_destroy(&ca);
    pthread_check(pthread_mutex_init(&s->wd_mu, NULL), "pthread_mutex_init(wd_mu)");
    s->wd_start = mono_ns();
    s->has_watchdog = true;
    pthread_check(pthread_create(&s->watchdog, NULL, watchdog_main, s), "pthread_create(watchdog)");
}

static void watchdog_stop(Sched *s)
{
    if (!s->has_watchdog) return;
    MUTEX_LOCK(&s->wd_mu);
    s->wd_stop = true;
    COND_SIGNAL(&s->wd_cond);
    MUTEX_UNLOCK(&s->wd_mu);
    pthread_check(pthread_join(s->watchdog, NULL), "pthread_join(watchdog)");
    pthread_cond_destroy(&s->wd_cond);
    pthread_mutex_destroy(&s->wd_mu);
    s->has_watchdog = false;
}

Sched *sched_virtual_new(const SchedConfig *cfg, EventLog *log)
{
    Sched *s = xcalloc(1, sizeof *s);
    s->ops = &virtual_ops;
    s->cfg = *cfg;
    os_model_init(&s->os, cfg->seed);
    s->log = log;
    pthread_check(pthread_mutex_init(&s->mu, NULL), "pthread_mutex_init");
    if (cfg->timeout_ns > 0 && cfg->on_timeout && !cfg->timeout_program_only) watchdog_start(s);
    return s;
}

static void v_free(Sched *s)
{
    if (!s) return;
    watchdog_stop(s);
    /* A pthread left waiting for the baton (a daemon thread abandoned at
     * the end, a thread of a killed process) waits on its cv and s->mu for
     * good: destroying them would block (glibc waits for the waiters) or
     * worse. Such a Sched is left to the end of the process. */
    for (int i = 0; i < s->nthreads; i++)
        if (s->threads[i]->has_pthread && !s->threads[i]->exited) return;
    for (int i = 0; i < s->nthreads; i++) {
        SchedThread *t = s->threads[i];
        pthread_cond_destroy(&t->cv);
        free(t->lane_queue);
        free(t->name);
        free(t);
    }
    for (int i = 0; i < s->nprocs; i++) {
        free(s->procs[i]->name);
        free(s->procs[i]);
    }
    free(s->threads);
    free(s->procs);
    free(s->timers);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

/* Program time as the acting thread sees it. A running thread's clock moves
 * only when it syncs (a tick); between ticks the eval loop and vm_charge just
 * spend its budget, so add what it has spent: perf_counter() around pure
 * computation then measures it without forcing a tick. */
static int64_t v_now(Sched *s)
{
    if (on_watchdog)                  /* the baton holder is stuck in C code */
        return atomic_load_explicit(&s->now_seen, memory_order_relaxed);
    SchedThread *t = s->baton;
    if (t && t->state == T_RUN) {
        int64_t used = t->budget_granted - t->budget;
        return t->clock + (used > 0 ? stretch(s, used) : 0);
    }
    return s->now;
}
static void v_set_switch_interval(Sched *s, int64_t ns) { s->cfg.switch_interval_ns = ns; }
static void v_set_ui_tick(Sched *s, int64_t ns) { s->cfg.ui_tick_ns = ns; s->next_ui_tick = s->now; }
static void v_set_cores(Sched *s, int cores) { s->cfg.cores = cores; }
static void v_set_gil_off(Sched *s, bool gil_off) { s->cfg.gil_off = gil_off; }

static SchedProcess *v_process_new(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit)
{
    SchedProcess *p = sched_process_alloc(sizeof *p, s, name, eval_breaker, drop_bit);
    sched_procs_add(s, p);
    uint32_t name_id = string_of(s, name);
    log_enter(s);
    ev_append(s->log, s->now, EV_PROCESS_START, 0, p->id, EV_NONE, name_id, 0);
    log_leave(s);
    return p;
}

static SchedThread *thread_new(SchedProcess *p, const char *name, void *user)
{
    Sched *s = p->s;
    SchedThread *t = sched_thread_alloc(sizeof *t, p, name, user);
    t->state = T_NEW;
    t->block_deadline = -1;
    pthread_check(pthread_cond_init(&t->cv, NULL), "pthread_cond_init");
    sched_threads_add(s, t);
    return t;
}

static SchedThread *v_main_thread(SchedProcess *p, const char *name, void *user)
{
    Sched *s = p->s;
    SchedThread *t = thread_new(p, name, user);
    t->clock = s->now;
    uint32_t name_id = string_of(s, name);
    log_enter(s);
    ev_append(s->log, s->now, EV_THREAD_START, t->id, p->id, EV_NONE, name_id, 0);
    log_leave(s);
    if (!s->baton) {
        MUTEX_LOCK(&s->mu);
        s->baton = t;
        MUTEX_UNLOCK(&s->mu);
    }
    gil_take(t, s->now);
    grant_budget(t, NULL, timer_peek(s));
    return t;
}

static void *thread_main(void *arg)
{
    SchedThread *t = arg;
    Sched *s = t->s;
    MUTEX_LOCK(&s->mu);
    while (s->baton != t) COND_WAIT(&t->cv, &s->mu);
    MUTEX_UNLOCK(&s->mu);
    /* We have the baton; run() gave us a budget and the GIL. */
    t->entry(t, t->entry_arg);
    return NULL;
}

static SchedThread *v_thread_start(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                   void (*entry)(SchedThread *self, void *arg), void *arg)
{
    Sched *s = parent->s;
    v_tick(parent);
    SchedThread *t = thread_new(p ? p : parent->p, name, user);
    t->entry = entry;
    t->entry_arg = arg;
    t->clock = parent->clock;
    /* The new pthread waits for the baton, which we hold: it is last in
     * s->threads until we return, so a failure just takes it back. */
    if (sched_create_pthread(&t->pthread, thread_main, t) != 0) {
        s->nthreads--;
        pthread_cond_destroy(&t->cv);
        free(t->name);
        free(t);
        return NULL;
    }
    emit(t, parent->clock, EV_THREAD_START, parent->id, string_of(s, name));
    t->has_pthread = true;
    timer_add(t, parent->clock + s->cfg.costs.thread_start_ns, TM_START);
    /* The parent keeps running; its budget must stop at the new timer. */
    grant_budget(parent, NULL, timer_peek(s));
    return t;
}

static void v_thread_exit(SchedThread *t)
{
    v_tick(t);
    gil_drop(t, DROP_EXIT);
    set_state(t, T_DONE);
    emit(t, t->clock, EV_THREAD_EXIT, EV_NONE, 0);
    t->exited = true;
    run(t, true);
}

/* Under the baton, every thread but the killer's is waiting for it: each
 * thread of p ends where it waits, and its pthread waits for good. */
static void v_process_kill(SchedThread *killer, SchedProcess *p)
{
    Sched *s = killer->s;
    if (p == killer->p) return;
    sync_clock(killer);
    for (int i = 0; i < s->nthreads; i++) {
        SchedThread *t = s->threads[i];
        if (t->p != p || t->state == T_DONE) continue;
        timer_cancel(t);
        sched_waitq_unlink(t);
        t->granted = t->woken_early = false;
        claim_done(t);
        set_state(t, T_DONE);
        emit(t, killer->clock, EV_THREAD_EXIT, EV_NONE, 0);
    }
    p->gil_head = p->gil_tail = NULL;
    p->locked = false;
    p->holder = NULL;
    drop_request_set(p, false);
    grant_budget(killer, NULL, timer_peek(s));
}

static void v_main_exit(SchedThread *t)
{
    /* The first main thread's end is the run's: the watchdog stops here. */
    if (t == t->s->threads[0] && !claim_end(t->s, END_PROGRAM)) wait_for_the_end();
    sync_clock(t);
    gil_drop(t, DROP_EXIT);
    set_state(t, T_DONE);
    emit(t, t->clock, EV_THREAD_EXIT, EV_NONE, 0);
}

static bool v_thread_alive(SchedThread *t) { return t->state != T_DONE; }

static const char *v_thread_waiting_for(SchedThread *t)
{
    if (t->lane) return t->state == T_BLOCK ? "idle" : NULL;
    if (t->state != T_BLOCK && !(t->state == T_WAIT_SWITCH && t->after_switch == AFTER_BLOCK)) return NULL;
    return t->wait.wq ? t->wait.wq->what : "sleep";
}

static int64_t *v_budget(SchedThread *t) { return &t->budget; }

/* The VM used up (part of) its budget: move the clock, fire what is due,
 * and let an earlier thread run if there is one. */
static void v_tick(SchedThread *t)
{
    sync_clock(t);
    check_timeout(t->s, t->clock);
    run(t, false);
}

static void v_charge(SchedThread *t, int64_t ns)
{
    v_tick(t);
    ns = stretch(t->s, ns);
    /* Charge in steps so that timers due meanwhile fire at their own time
     * (a drop request set 5 ms into a long sum() is logged at 5 ms). */
    while (ns > 0) {
        int64_t step = ns < t->budget ? ns : t->budget;
        t->budget -= step;
        ns -= step;
        v_tick(t);
    }
}

static void v_gil_yield(SchedThread *t)
{
    v_tick(t);
    SchedProcess *p = t->p;
    if (t->s->cfg.gil_off || !p->drop_request || p->holder != t) {
        if (!p->drop_request) atomic_fetch_and_explicit(p->eval_breaker, ~p->drop_bit, memory_order_relaxed);
        return;
    }
    gil_drop(t, DROP_INTERVAL);
    set_state(t, T_WAIT_SWITCH);
    t->after_switch = AFTER_TAKE;
    run(t, false);
}

/* ---- blocking ---- */


/* Leave the GIL for a wait: block (q), sleep, or native work. */
static void leave_gil(SchedThread *t, AfterSwitch after)
{
    Sched *s = t->s;
    bool forced = gil_drop(t, after == AFTER_NATIVE ? DROP_NATIVE : DROP_BLOCKING);
    if (forced) {
        set_state(t, T_WAIT_SWITCH);
        t->after_switch = after;
        return;
    }
    switch (after) {
    case AFTER_BLOCK:
        set_state(t, T_BLOCK);
        deadline_timer(t, t->clock);
        break;
    case AFTER_NATIVE:
        set_state(t, T_NATIVE);
        emit(t, t->clock, EV_NATIVE_BEGIN, EV_NONE, 0);
        timer_add(t, t->clock + stretch(s, t->native_ns), TM_NATIVE_END);
        break;
    case AFTER_TAKE:
        break;
    }
}

/* The wait of sched_block_unless (ready) and sched_block_claim (claim).
 * ready or claim is tested after v_tick, which may let other threads (of
 * other processes) run: from the test to the enqueueing, nobody else does. */
static SchedWait block_on(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg),
                          bool (*claim)(void *arg), void *arg)
{
    v_tick(t);
    if (ready && ready(arg)) return SCHED_WOKEN;
    if (claim && claim(arg)) return SCHED_WOKEN;
    sched_waitq_append(q, t);
    t->claim = claim;
    t->claim_arg = arg;
    t->claim_q = q;
    if (claim) q->claimers++;
    t->wait_result = SCHED_WOKEN;
    t->block_deadline = deadline;
    emit(t, t->clock, EV_BLOCK, EV_NONE, string_of(t->s, q->what));
    leave_gil(t, AFTER_BLOCK);
    if (!run(t, false)) {
        claim_done(t);
        return SCHED_DEADLOCK;
    }
    return t->wait_result;
}

static SchedWait v_block_unless(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg), void *arg)
{
    return block_on(t, q, deadline, ready, NULL, arg);
}

static SchedWait v_block_claim(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg)
{
    return block_on(t, q, deadline, NULL, claim, arg);
}

/* Each thread woken costs the waker a futex wake-up (the system call's
 * CPU time: the OS model's signal cost), and the woken thread runs a
 * wake-up latency after its own signal: so a notify_all's threads wake in
 * an order that varies with the draws. */
static int v_wake(WaitQueue *q, int n)
{
    int woken = 0;
    Sched *s = q->s;
    SchedThread *waker = s->baton;
    bool charged = waker && waker->state == T_RUN;
    if (q->head && charged) sync_clock(waker);
    int64_t at = charged ? waker->clock : s->now, spent = 0;
    while (q->head && (n < 0 || woken < n)) {
        SchedThread *t = sched_waitq_pop(q);
        t->wait_result = SCHED_WOKEN;
        timer_cancel(t);
        /* A claiming waiter is logged awake once it has its lock. */
        t->waker = waker ? waker->id : EV_NONE;
        if (!t->claim) emit(t, at + spent, EV_WAKE, t->waker, WAKE_NOTIFIED);
        /* The latency runs from the call, as calibrate.c measures it. */
        int64_t ready = at + spent + wake_latency(s);
        if (charged) spent += os_signal_cost(&s->os);
        if (t->state == T_BLOCK) {
            timer_add(t, ready, TM_READY);
        } else {
            /* Still in the forced-switch wait: it will find itself woken
             * (and a claiming waiter that then misses its lock waits on
             * to its deadline). */
            if (!t->claim) t->block_deadline = -1;
            t->woken_early = true;
        }
        woken++;
    }
    /* A lock's release with a waiter that is awake but has not taken it
     * yet: sem_post still makes the futex call (the semaphore counts its
     * waiters until they have the token), which finds nobody asleep. */
    if (!woken && q->claimers > 0 && charged) {
        sync_clock(waker);
        spent = os_signal_cost(&s->os);
    }
    if ((woken || spent) && charged) {
        grant_budget(waker, NULL, timer_peek(s));
        v_charge(waker, spent);
    }
    return woken;
}

static void v_sleep(SchedThread *t, int64_t ns, const char *what)
{
    WaitQueue q = {.s = t->s, .what = (char *)what};
    v_tick(t);
    block_on(t, &q, t->clock + (ns > 0 ? ns : 0), NULL, NULL, NULL);
}

static void v_cpu(SchedThread *t, int64_t ns, bool release_gil)
{
    if (!release_gil) {
        v_tick(t);
        emit(t, t->clock, EV_NATIVE_BEGIN, EV_NONE, 1);
        v_charge(t, ns);
        emit(t, t->clock, EV_NATIVE_END, EV_NONE, 1);
        return;
    }
    v_tick(t);
    t->native_ns = ns;
    leave_gil(t, AFTER_NATIVE);
    run(t, false);
}

static void v_mark(SchedThread *t, const char *label)
{
    v_tick(t);
    emit(t, t->clock, EV_MARK, EV_NONE, string_of(t->s, label));
}

static void v_cell(SchedThread *t, int number)
{
    sync_clock(t);
    emit(t, t->clock, EV_CELL, EV_NONE, (uint32_t)number);
}

static void v_output(SchedThread *t, const char *text, size_t n)
{
    log_enter(t->s);
    uint32_t text_id = ev_string(t->s->log, text, n);
    log_leave(t->s);
    emit(t, t->clock, EV_OUTPUT, EV_NONE, text_id);
}

/* ---- lanes (sched.h) ---- */

static SchedThread *v_lane_new(SchedThread *creator, const char *name, bool uses_core)
{
    Sched *s = creator->s;
    v_tick(creator);
    SchedThread *t = thread_new(creator->p, name, NULL);
    t->lane = true;
    t->lane_core = uses_core;
    t->clock = creator->clock;
    t->lane_idle_at = creator->clock;
    t->lane_waiters = (WaitQueue){.s = s, .what = t->name};
    emit(t, creator->clock, EV_THREAD_START, creator->id, string_of(s, name));
    set_state(t, T_BLOCK);
    emit(t, creator->clock, EV_BLOCK, EV_NONE, string_of(s, "idle"));
    return t;
}

static int64_t v_lane_submit(SchedThread *creator, SchedThread *t, int64_t ns)
{
    Sched *s = creator->s;
    v_tick(creator);
    int64_t now = creator->clock;
    if (t->lane_core) {
        /* an idle lane is about to take a core: it counts among the users */
        bool idle = t->state == T_BLOCK;
        s->cpu_users += idle;
        ns = stretch(s, ns);
        s->cpu_users -= idle;
    }
    if (ns < 0) ns = 0;
    if (t->lane_head + t->lane_len == t->lane_cap) {
        if (t->lane_head) {
            memmove(t->lane_queue, t->lane_queue + t->lane_head, t->lane_len * sizeof *t->lane_queue);
            t->lane_head = 0;
        }
        if (t->lane_len == t->lane_cap) {
            t->lane_cap = t->lane_cap ? 2 * t->lane_cap : 8;
            t->lane_queue = xrealloc(t->lane_queue, t->lane_cap * sizeof *t->lane_queue);
        }
    }
    t->lane_queue[t->lane_head + t->lane_len++] = ns;
    if (t->lane_idle_at < now) t->lane_idle_at = now;
    t->lane_idle_at += ns;
    if (t->state == T_BLOCK) lane_begin(t, now);
    /* The submitter keeps running; its budget must stop at the lane's timer. */
    grant_budget(creator, NULL, timer_peek(s));
    return t->lane_idle_at;
}

static int64_t v_lane_idle_at(SchedThread *t) { return t->lane_idle_at; }

/* block_on's test: the work waited for is done by the waiter's clock. */
static bool lane_work_done(void *arg)
{
    SchedThread *t = arg;
    return t->lane_until <= t->clock;
}

static void v_lane_wait(SchedThread *t, SchedThread *lane)
{
    t->lane_until = lane->lane_idle_at;
    block_on(t, &lane->lane_waiters, -1, lane_work_done, NULL, t);
}

static const SchedOps virtual_ops = {
    .free = v_free, .now = v_now, .timeout_wall = v_timeout_wall,
    .set_switch_interval = v_set_switch_interval, .set_ui_tick = v_set_ui_tick, .set_cores = v_set_cores,
    .set_gil_off = v_set_gil_off, .cell = v_cell, .contended_ns = v_contended_ns, .set_perturb = v_set_perturb, .reseed = v_reseed, .process_new = v_process_new,
    .main_thread = v_main_thread, .thread_start = v_thread_start, .thread_exit = v_thread_exit,
    .main_exit = v_main_exit, .process_kill = v_process_kill,
    .thread_alive = v_thread_alive, .thread_waiting_for = v_thread_waiting_for,
    .budget = v_budget, .tick = v_tick, .charge = v_charge, .gil_yield = v_gil_yield,
    .block_claim = v_block_claim, .block_unless = v_block_unless, .wake = v_wake,
    .sleep = v_sleep, .cpu = v_cpu, .mark = v_mark, .output = v_output,
    .lane_new = v_lane_new, .lane_submit = v_lane_submit, .lane_idle_at = v_lane_idle_at,
    .lane_wait = v_lane_wait,
};
