/* sched.c — the backend interface's entry points: each forwards to the
 * backend the Sched was made with (sched_impl.h). */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched/sched.h"
#include "sched/sched_impl.h"
#include "base/xalloc.h"

/* The first member of a Sched is its ops; of the other objects, their Sched. */
#define HEAD(s) ((SchedHead *)(s))
#define OPS(s) (HEAD(s)->ops)
#define SCHED_OF(x) (*(Sched *const *)(x))
#define T_OPS(t) OPS(SCHED_OF(t))
#define T_HEAD(t) ((ThreadHead *)(t))

void sched_config_default(SchedConfig *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->switch_interval_ns = 5000000;
    cfg->cores = 4;
    cfg->profile = profile_default();
    cfg->costs.thread_start_ns = 50000;
}

void sched_pthread_check(int err, const char *what)
{
    if (err) {
        fprintf(stderr, "gilsim: fatal: %s failed: %s\n", what, strerror(err));
        abort();
    }
}

bool sched_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abs, const char *what)
{
    int err = pthread_cond_timedwait(c, m, abs);
    if (err == ETIMEDOUT) return true;
    pthread_check(err, what);
    return false;
}

int64_t sched_mono_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
        perror("gilsim: fatal: clock_gettime(CLOCK_MONOTONIC)");
        abort();
    }
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

struct timespec sched_timespec(int64_t ns)
{
    return (struct timespec){.tv_sec = (time_t)(ns / 1000000000), .tv_nsec = (long)(ns % 1000000000)};
}

/* The test hook of sched_create_pthread: read once, before any thread. */
static long fail_thread_at;
static atomic_long threads_created;

Sched *sched_new(const SchedConfig *cfg, EventLog *log)
{
    const char *fail = getenv("GILSIM_TEST_FAIL_THREAD");
    fail_thread_at = fail ? strtol(fail, NULL, 10) : 0;
    ev_set_meta(log, "python", (cfg->profile ? cfg->profile : profile_default())->name);
    return cfg->backend_real ? sched_real_new(cfg, log) : sched_virtual_new(cfg, log);
}

/* 64 KiB: a fault handler restores the terminal and re-raises. */
#define SIGNAL_STACK_SIZE ((size_t)64 << 10)

void sched_signal_stack(void)
{
    stack_t old;
    if (sigaltstack(NULL, &old) == 0 && !(old.ss_flags & SS_DISABLE)) return;   /* a sanitizer's, say */
    stack_t ss = {.ss_sp = malloc(SIGNAL_STACK_SIZE), .ss_size = SIGNAL_STACK_SIZE, .ss_flags = 0};
    if (ss.ss_sp && sigaltstack(&ss, NULL) != 0) free(ss.ss_sp);
}

typedef struct ThreadStart { void *(*fn)(void *); void *arg; } ThreadStart;

/* A new thread's first frame. Its signal stack is left to the end of the
 * process: a thread that parks for good never returns to free it. */
static void *thread_trampoline(void *p)
{
    ThreadStart start = *(ThreadStart *)p;
    free(p);
    sched_signal_stack();
    return start.fn(start.arg);
}

int sched_create_pthread(pthread_t *pt, void *(*fn)(void *), void *arg)
{
    if (atomic_fetch_add(&threads_created, 1) + 1 == fail_thread_at) return EAGAIN;
    ThreadStart *start = malloc(sizeof *start);
    if (!start) return EAGAIN;
    *start = (ThreadStart){fn, arg};
    pthread_attr_t attr;
    int err = pthread_attr_init(&attr);
    if (err) {
        free(start);
        return err;
    }
    err = pthread_attr_setstacksize(&attr, (size_t)16 << 20);
    if (!err) err = pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (!err) err = pthread_create(pt, &attr, thread_trampoline, start);
    pthread_attr_destroy(&attr);
    if (err) free(start);
    return err;
}

void sched_free(Sched *s) { if (s) OPS(s)->free(s); }
EventLog *sched_log(Sched *s) { return HEAD(s)->log; }
const SchedConfig *sched_config(Sched *s) { return &HEAD(s)->cfg; }
const PyProfile *sched_profile(Sched *s)
{
    const PyProfile *p = sched_config(s)->profile;
    return p ? p : profile_default();
}
int64_t sched_now(Sched *s) { return OPS(s)->now(s); }
bool sched_timeout_wall(Sched *s) { return OPS(s)->timeout_wall && OPS(s)->timeout_wall(s); }
void sched_reseed(Sched *s, uint64_t seed) { if (OPS(s)->reseed) OPS(s)->reseed(s, seed); }
void sched_set_perturb(Sched *s, const SchedPerturb *pt) { if (OPS(s)->set_perturb) OPS(s)->set_perturb(s, pt); }
int64_t sched_contended_ns(Sched *s) { return OPS(s)->contended_ns ? OPS(s)->contended_ns(s) : 0; }
void sched_set_switch_interval(Sched *s, int64_t ns) { OPS(s)->set_switch_interval(s, ns); }
void sched_set_ui_tick(Sched *s, int64_t ns) { OPS(s)->set_ui_tick(s, ns); }
void sched_pause(Sched *s, bool paused) { if (OPS(s)->pause) OPS(s)->pause(s, paused); }
void sched_process_set_pause_bit(SchedProcess *p, unsigned pause_bit)
{
    if (T_OPS(p)->process_set_pause_bit) T_OPS(p)->process_set_pause_bit(p, pause_bit);
}
void sched_pause_point(SchedThread *t) { if (T_OPS(t)->pause_point) T_OPS(t)->pause_point(t); }
void sched_set_cores(Sched *s, int cores) { OPS(s)->set_cores(s, cores); }
void sched_set_gil_off(Sched *s, bool gil_off) { OPS(s)->set_gil_off(s, gil_off); }
void sched_cell(SchedThread *t, int number) { T_OPS(t)->cell(t, number); }

SchedProcess *sched_process_new(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit)
{
    return OPS(s)->process_new(s, name, eval_breaker, drop_bit);
}

SchedThread *sched_main_thread(SchedProcess *p, const char *name, void *user)
{
    return T_OPS(p)->main_thread(p, name, user);
}

SchedThread *sched_thread_start(SchedThread *parent, const char *name, void *user,
                                void (*entry)(SchedThread *self, void *arg), void *arg)
{
    return T_OPS(parent)->thread_start(parent, NULL, name, user, entry, arg);
}

SchedThread *sched_thread_start_in(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                   void (*entry)(SchedThread *self, void *arg), void *arg)
{
    return T_OPS(parent)->thread_start(parent, p, name, user, entry, arg);
}

void sched_thread_exit(SchedThread *t) { T_OPS(t)->thread_exit(t); }
void sched_main_exit(SchedThread *t) { T_OPS(t)->main_exit(t); }
void sched_process_kill(SchedThread *killer, SchedProcess *p) { T_OPS(killer)->process_kill(killer, p); }
void *sched_thread_user(SchedThread *t) { return T_HEAD(t)->user; }
int sched_thread_id(SchedThread *t) { return T_HEAD(t)->id; }
const char *sched_thread_name(SchedThread *t) { return T_HEAD(t)->name; }
bool sched_thread_alive(SchedThread *t) { return T_OPS(t)->thread_alive(t); }
const char *sched_thread_waiting_for(SchedThread *t) { return T_OPS(t)->thread_waiting_for(t); }
/* The lock for what waits and what is named (none on the virtual backend). */
static void head_lock(Sched *s) { if (HEAD(s)->waitq_mu) MUTEX_LOCK(HEAD(s)->waitq_mu); }
static void head_unlock(Sched *s) { if (HEAD(s)->waitq_mu) MUTEX_UNLOCK(HEAD(s)->waitq_mu); }

/* ---- threads and processes ---- */

void *sched_thread_alloc(size_t size, SchedProcess *p, const char *name, void *user)
{
    ThreadHead *t = xcalloc(1, size);
    t->s = ((ProcessHead *)p)->s;
    t->p = p;
    t->name = xstrdup(name);
    t->user = user;
    return t;
}

void *sched_process_alloc(size_t size, Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit)
{
    ProcessHead *p = xcalloc(1, size);
    p->s = s;
    p->name = xstrdup(name);
    p->eval_breaker = eval_breaker;
    p->drop_bit = drop_bit;
    return p;
}

void sched_threads_add(Sched *s, SchedThread *t)
{
    SchedHead *h = HEAD(s);
    T_HEAD(t)->id = h->nthreads;
    if (h->nthreads == h->threads_cap) {
        h->threads_cap = h->threads_cap ? h->threads_cap * 2 : 16;
        h->threads = xrealloc(h->threads, (size_t)h->threads_cap * sizeof *h->threads);
    }
    h->threads[h->nthreads++] = t;
}

void sched_procs_add(Sched *s, SchedProcess *p)
{
    SchedHead *h = HEAD(s);
    ((ProcessHead *)p)->id = h->nprocs;
    h->procs = xrealloc(h->procs, (size_t)(h->nprocs + 1) * sizeof *h->procs);
    h->procs[h->nprocs++] = p;
}

int sched_thread_count(Sched *s)
{
    head_lock(s);
    int n = HEAD(s)->nthreads;
    head_unlock(s);
    return n;
}

SchedThread *sched_thread_at(Sched *s, int i)
{
    head_lock(s);
    SchedThread *t = i >= 0 && i < HEAD(s)->nthreads ? HEAD(s)->threads[i] : NULL;
    head_unlock(s);
    return t;
}

void sched_thread_set_name(SchedThread *t, const char *name)
{
    char *copy = xstrdup(name), *old;
    head_lock(T_HEAD(t)->s);
    old = T_HEAD(t)->name;
    T_HEAD(t)->name = copy;
    head_unlock(T_HEAD(t)->s);
    free(old);
}
int64_t *sched_budget(SchedThread *t) { return T_OPS(t)->budget(t); }
void sched_tick(SchedThread *t) { T_OPS(t)->tick(t); }
void sched_charge(SchedThread *t, int64_t ns) { T_OPS(t)->charge(t, ns); }
void sched_gil_yield(SchedThread *t) { T_OPS(t)->gil_yield(t); }
/* ---- wait queues ---- */

WaitQueue *sched_waitq_new(Sched *s, const char *what)
{
    WaitQueue *q = xcalloc(1, sizeof *q);
    q->s = s;
    q->what = xstrdup(what);
    return q;
}

void sched_waitq_free(WaitQueue *q)
{
    if (!q) return;
    free(q->what);
    free(q);
}

void sched_waitq_set_what(WaitQueue *q, const char *what)
{
    char *copy = xstrdup(what), *old;
    head_lock(q->s);
    old = q->what;
    q->what = copy;
    head_unlock(q->s);
    free(old);
}

int sched_waitq_len(WaitQueue *q) { return atomic_load(&q->len); }

void sched_waitq_append(WaitQueue *q, SchedThread *t)
{
    WaitLink *w = &T_HEAD(t)->wait;
    w->wq = q;
    w->next = NULL;
    if (q->tail) T_HEAD(q->tail)->wait.next = t;
    else q->head = t;
    q->tail = t;
    atomic_fetch_add(&q->len, 1);
    atomic_thread_fence(memory_order_seq_cst);
}

void sched_waitq_unlink(SchedThread *t)
{
    WaitLink *w = &T_HEAD(t)->wait;
    WaitQueue *q = w->wq;
    if (!q) return;
    SchedThread **link = &q->head, *prev = NULL;
    while (*link && *link != t) { prev = *link; link = &T_HEAD(*link)->wait.next; }
    if (*link) {
        *link = w->next;
        if (q->tail == t) q->tail = prev;
        atomic_fetch_sub(&q->len, 1);
    }
    w->wq = NULL;
    w->next = NULL;
}

SchedThread *sched_waitq_pop(WaitQueue *q)
{
    SchedThread *t = q->head;
    if (t) sched_waitq_unlink(t);
    return t;
}
/* Far deadlines (a timeout near threading.TIMEOUT_MAX, saturated by the
 * caller) are cut to ~73 years, so that the backends' deadline arithmetic
 * (timer slack, the monotonic offset) cannot overflow. */
#define DEADLINE_MAX (INT64_MAX / 4)

SchedWait sched_block_claim(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg)
{
    return T_OPS(t)->block_claim(t, q, deadline > DEADLINE_MAX ? DEADLINE_MAX : deadline, claim, arg);
}
SchedWait sched_block_unless(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*ready)(void *arg), void *arg)
{
    return T_OPS(t)->block_unless(t, q, deadline > DEADLINE_MAX ? DEADLINE_MAX : deadline, ready, arg);
}
int sched_wake(WaitQueue *q, int n) { return T_OPS(q)->wake(q, n); }
void sched_sleep(SchedThread *t, int64_t ns, const char *what)
{
    T_OPS(t)->sleep(t, ns > DEADLINE_MAX / 2 ? DEADLINE_MAX / 2 : ns, what);
}
void sched_cpu(SchedThread *t, int64_t ns, bool release_gil) { T_OPS(t)->cpu(t, ns, release_gil); }
void sched_mark(SchedThread *t, const char *label) { T_OPS(t)->mark(t, label); }
void sched_output(SchedThread *t, const char *text, size_t n) { T_OPS(t)->output(t, text, n); }

SchedThread *sched_lane_new(SchedThread *creator, const char *name, bool uses_core)
{
    return T_OPS(creator)->lane_new ? T_OPS(creator)->lane_new(creator, name, uses_core) : NULL;
}
/* Only a backend with lane_new makes lanes, so only it gets the others. */
int64_t sched_lane_submit(SchedThread *creator, SchedThread *lane, int64_t ns)
{
    return T_OPS(creator)->lane_submit(creator, lane, ns);
}
int64_t sched_lane_idle_at(SchedThread *lane) { return T_OPS(lane)->lane_idle_at(lane); }
void sched_lane_wait(SchedThread *t, SchedThread *lane) { T_OPS(t)->lane_wait(t, lane); }
