/* sched_impl.h — what a backend implements (private to src/sched/).
 *
 * sched.c's public functions forward to the backend through SchedOps, except
 * for what both backends keep alike, which sched.c does itself: the threads'
 * names, ids and user pointers, the wait queues. Each backend defines its own
 * struct Sched, SchedProcess and SchedThread, beginning with the common
 * fields (SCHED_HEAD, a Sched pointer, THREAD_HEAD: as CPython's
 * PyObject_HEAD), so that sched.c reads them through SchedHead and
 * ThreadHead.
 */
#ifndef GILSIM_SCHED_IMPL_H
#define GILSIM_SCHED_IMPL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <time.h>

#include "sched/sched.h"

typedef struct SchedOps SchedOps;

/* The start of every struct Sched. waitq_mu guards the wait queues, the
 * thread and process lists and the thread names (NULL: the virtual
 * backend's baton does). Threads and processes are never taken off their
 * lists (a thread's id is its index: its lane). */
#define SCHED_HEAD                                                             \
    const SchedOps *ops;                                                       \
    SchedConfig cfg;                                                           \
    EventLog *log;                                                             \
    pthread_mutex_t *waitq_mu;                                                 \
    SchedThread **threads;                                                     \
    int nthreads, threads_cap;                                                 \
    SchedProcess **procs;                                                      \
    int nprocs;
typedef struct SchedHead { SCHED_HEAD } SchedHead;

/* The start of every struct SchedProcess. */
#define PROCESS_HEAD                                                           \
    Sched *s;                                                                  \
    int id;                                                                    \
    char *name;                                                                \
    atomic_uint *eval_breaker;                                                 \
    unsigned drop_bit;
typedef struct ProcessHead { PROCESS_HEAD } ProcessHead;

/* A new thread or process of `size` bytes (the backend's struct), zeroed,
 * with its head filled in but for the id. */
void *sched_thread_alloc(size_t size, SchedProcess *p, const char *name, void *user);
void *sched_process_alloc(size_t size, Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit);
/* Under waitq_mu: t (its head filled in but for the id) or p gets the next
 * id and its place at the end of s's list. */
void sched_threads_add(Sched *s, SchedThread *t);
void sched_procs_add(Sched *s, SchedProcess *p);

/* A thread's place in a wait queue (under waitq_mu). */
typedef struct WaitLink { WaitQueue *wq; SchedThread *next; } WaitLink;

/* The start of every struct SchedThread. */
#define THREAD_HEAD                                                            \
    Sched *s;                                                                  \
    SchedProcess *p;                                                           \
    int id;                                                                    \
    char *name;                                                                \
    void *user;                                                                \
    WaitLink wait;
typedef struct ThreadHead { THREAD_HEAD } ThreadHead;

/* A queue of waiting threads, first come first served (under waitq_mu).
 * len is read without the mutex by the real backend's wakers (its
 * link_waiter explains why that is safe). */
struct WaitQueue {
    Sched *s;
    char *what;
    SchedThread *head, *tail;
    atomic_int len;
    int claimers;              /* virtual: in sched_block_claim, on the queue or woken (glibc's nwaiters) */
};

/* Under waitq_mu: t goes on q, at the back (with a full fence after: the
 * real backend's link_waiter); t off its queue, if it is on one; q's first
 * thread taken off it (NULL: none). */
void sched_waitq_append(WaitQueue *q, SchedThread *t);
void sched_waitq_unlink(SchedThread *t);
SchedThread *sched_waitq_pop(WaitQueue *q);

struct SchedOps {
    void (*free)(Sched *s);
    int64_t (*now)(Sched *s);
    void (*set_switch_interval)(Sched *s, int64_t ns);
    void (*set_ui_tick)(Sched *s, int64_t ns);
    /* optional (NULL: nothing to do, or false) */
    bool (*timeout_wall)(Sched *s);
    void (*pause)(Sched *s, bool paused);
    void (*process_set_pause_bit)(SchedProcess *p, unsigned pause_bit);
    void (*pause_point)(SchedThread *t);
    void (*set_cores)(Sched *s, int cores);
    void (*set_gil_off)(Sched *s, bool gil_off);
    void (*cell)(SchedThread *t, int number);
    int64_t (*contended_ns)(Sched *s);
    void (*set_perturb)(Sched *s, const SchedPerturb *pt);
    void (*reseed)(Sched *s, uint64_t seed);
    SchedProcess *(*process_new)(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit);
    SchedThread *(*main_thread)(SchedProcess *p, const char *name, void *user);
    /* p NULL: the parent's process */
    SchedThread *(*thread_start)(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                 void (*entry)(SchedThread *self, void *arg), void *arg);
    void (*thread_exit)(SchedThread *t);
    void (*main_exit)(SchedThread *t);
    void (*process_kill)(SchedThread *killer, SchedProcess *p);
    bool (*thread_alive)(SchedThread *t);
    const char *(*thread_waiting_for)(SchedThread *t);
    int64_t *(*budget)(SchedThread *t);
    void (*tick)(SchedThread *t);
    void (*charge)(SchedThread *t, int64_t ns);
    void (*gil_yield)(SchedThread *t);
    SchedWait (*block_claim)(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg);
    SchedWait (*block_unless)(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg), void *arg);
    int (*wake)(WaitQueue *q, int n);
    void (*sleep)(SchedThread *t, int64_t ns, const char *what);
    void (*cpu)(SchedThread *t, int64_t ns, bool release_gil);
    void (*mark)(SchedThread *t, const char *label);
    void (*output)(SchedThread *t, const char *text, size_t n);
    /* optional: lanes (sched.h); NULL: the backend has none */
    SchedThread *(*lane_new)(SchedThread *creator, const char *name, bool uses_core);
    int64_t (*lane_submit)(SchedThread *creator, SchedThread *lane, int64_t ns);
    int64_t (*lane_idle_at)(SchedThread *lane);
    void (*lane_wait)(SchedThread *t, SchedThread *lane);
};

/* ---- what both backends use ---- */

/* Failing pthread calls are fatal (ceval_gil.c's discipline): the message
 * names the call and its argument, then abort(). */
void sched_pthread_check(int err, const char *what);
#define pthread_check sched_pthread_check
#define MUTEX_LOCK(m) pthread_check(pthread_mutex_lock(m), "pthread_mutex_lock(" #m ")")
#define MUTEX_UNLOCK(m) pthread_check(pthread_mutex_unlock(m), "pthread_mutex_unlock(" #m ")")
#define COND_SIGNAL(c) pthread_check(pthread_cond_signal(c), "pthread_cond_signal(" #c ")")
#define COND_WAIT(c, m) pthread_check(pthread_cond_wait(c, m), "pthread_cond_wait(" #c ")")
/* A timed wait until `abs` (on the condition's clock); true if it timed out. */
bool sched_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abs, const char *what);
#define COND_TIMEDWAIT(c, m, abs) sched_cond_timedwait(c, m, abs, "pthread_cond_timedwait(" #c ")")

/* CLOCK_MONOTONIC in ns (a failing clock is fatal). */
int64_t sched_mono_ns(void);
/* ns of CLOCK_MONOTONIC as a timespec, for timed waits. */
struct timespec sched_timespec(int64_t ns);

/* A detached pthread with the interpreter's stack size running fn(arg);
 * returns 0 or the error of pthread_create (EAGAIN when the system has no
 * thread to give), never aborts. GILSIM_TEST_FAIL_THREAD=N (tests only)
 * makes the N-th call of the run fail with EAGAIN. */
int sched_create_pthread(pthread_t *pt, void *(*fn)(void *), void *arg);

Sched *sched_virtual_new(const SchedConfig *cfg, EventLog *log);
Sched *sched_real_new(const SchedConfig *cfg, EventLog *log);

#endif
