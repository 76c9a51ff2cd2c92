/* sched_impl.h — what a backend implements (private to src/sched/).
 *
 * sched.c's public functions forward to the backend through SchedOps. Each
 * backend defines its own struct Sched, SchedProcess, SchedThread and
 * WaitQueue, with one rule that makes the dispatch work: a Sched starts with
 * its `const SchedOps *ops`, and the other three start with their `Sched *`.
 */
#ifndef GILSIM_SCHED_IMPL_H
#define GILSIM_SCHED_IMPL_H

#include <pthread.h>

#include "sched/sched.h"

typedef struct SchedOps {
    void (*free)(Sched *s);
    EventLog *(*log)(Sched *s);
    const SchedConfig *(*config)(Sched *s);
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
    void *(*thread_user)(SchedThread *t);
    int (*thread_id)(SchedThread *t);
    const char *(*thread_name)(SchedThread *t);
    int (*thread_count)(Sched *s);
    SchedThread *(*thread_at)(Sched *s, int i);
    bool (*thread_alive)(SchedThread *t);
    const char *(*thread_waiting_for)(SchedThread *t);
    void (*thread_set_name)(SchedThread *t, const char *name);
    int64_t *(*budget)(SchedThread *t);
    void (*tick)(SchedThread *t);
    void (*charge)(SchedThread *t, int64_t ns);
    void (*gil_yield)(SchedThread *t);
    WaitQueue *(*waitq_new)(Sched *s, const char *what);
    void (*waitq_free)(WaitQueue *q);
    void (*waitq_set_what)(WaitQueue *q, const char *what);
    int (*waitq_len)(WaitQueue *q);
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
} SchedOps;

/* A detached pthread with the interpreter's stack size running fn(arg);
 * returns 0 or the error of pthread_create (EAGAIN when the system has no
 * thread to give), never aborts. GILSIM_TEST_FAIL_THREAD=N (tests only)
 * makes the N-th call of the run fail with EAGAIN. */
int sched_create_pthread(pthread_t *pt, void *(*fn)(void *), void *arg);

Sched *sched_virtual_new(const SchedConfig *cfg, EventLog *log);
Sched *sched_real_new(const SchedConfig *cfg, EventLog *log);

#endif
