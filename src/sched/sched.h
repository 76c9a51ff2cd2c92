/* sched.h — the backend interface: the clock, the GIL, blocking and waking,
 * native work, thread start and exit. The VM and the library modules call only
 * this; nothing above it knows which backend runs, and nothing here knows
 * about Python objects.
 *
 * Two backends (docs/design.md, "One interpreter, two clocks"):
 *   virtual  a deterministic discrete-event simulator (sched_virtual.c).
 *            Every Python thread is a pthread, but a baton lets exactly one of
 *            them execute at a time; time is virtual (the VM charges a cost for
 *            each bytecode and builtin) and the GIL follows CPython's
 *            Python/ceval_gil.c step by step.
 *   real     a real GIL: mutex + condition variables with timed waits,
 *            CLOCK_MONOTONIC and real sleeps (sched_real.c).
 *
 * One Sched serves a whole run: every simulated process (SchedProcess, one
 * per interpreter) shares its clock and has its own GIL.
 *
 * The GIL protocol seen from the VM:
 *   - a thread starts (sched_thread_start) and its entry function runs with
 *     the GIL held; sched_thread_exit drops it for the last time;
 *   - the eval loop charges costs by decrementing SchedThread.budget and calls
 *     sched_tick when it goes below zero (virtual time moves; timers fire);
 *   - when another thread asks for the GIL, the scheduler sets `drop_bit` in
 *     the process's eval-breaker word; the eval loop, at its next check point,
 *     calls sched_gil_yield, which drops the GIL (forced switching) and takes it
 *     back once another thread has had it;
 *   - blocking calls (sleep, locks, queues, join, I/O) call sched_block, which
 *     releases the GIL while waiting and takes it back before returning.
 */
#ifndef GILSIM_SCHED_H
#define GILSIM_SCHED_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "events.h"
#include "sched/profile.h"

typedef struct Sched Sched;
typedef struct SchedThread SchedThread;
typedef struct SchedProcess SchedProcess;
typedef struct WaitQueue WaitQueue;

/* Wake-up latency and timer slack are the virtual backend's OS model's
 * (osmodel.c), drawn from measured distributions. */
typedef struct SchedCosts {
    int64_t thread_start_ns;       /* creating a thread until it first asks for the GIL */
} SchedCosts;

/* Forced switches (--explore, --schedule; virtual backend). They are placed
 * on the run's contended time: the program time during which a thread runs
 * holding its process's GIL while another waits for it (the only time when a
 * switch is a choice). When the contended time reaches a point of `at`
 * (ascending), the holder is asked to drop the GIL for the longest waiter,
 * as a waiter whose interval ran out asks, and switches at its next check
 * point. `measure`: count the contended time without forcing anything
 * (sched_contended_ns). */
#define SCHED_PERTURB_MAX 8
typedef struct SchedPerturb {
    int n;
    int64_t at[SCHED_PERTURB_MAX];
    bool measure;
} SchedPerturb;

typedef struct SchedConfig {
    int backend_real;
    int64_t switch_interval_ns;
    int gil_off;                   /* free-threaded model: no GIL (virtual backend) */
    int cores;
    uint64_t seed;                 /* the OS model's draws, tie-breaks between events due at the same time */
    const PyProfile *profile;      /* the CPython version imitated (profile.h); NULL: the default */
    SchedCosts costs;
    /* Called (with everything stopped) when every live thread is blocked with
     * no deadline. Should report and end the process; if it returns, the
     * blocked calls fail with SCHED_DEADLOCK. */
    void (*on_deadlock)(Sched *s, void *arg);
    void *on_deadlock_arg;
    /* Program time after which on_timeout is called (0: never); it should
     * end the process (exit status 124). The virtual backend also holds the
     * run to timeout_ns of wall time (sched_virtual.c's notes: from
     * sched_new on, compilation included, heartbeats excluded), unless
     * timeout_program_only; when a builtin or a compilation does not stop,
     * on_timeout is called from the watchdog's thread, with the event log
     * frozen and the program's thread still in its C code: it may read the
     * log and sched_now, and must end the process. */
    int64_t timeout_ns;
    bool timeout_program_only;
    void (*on_timeout)(Sched *s, void *arg);
    void *on_timeout_arg;
    /* The live view's heartbeat. Virtual backend: called with everything
     * stopped each time program time has moved by ui_tick_ns (or more) since
     * the last call, and at least once per scheduling decision while it is
     * set. It may take wall time (slow motion) or block (pause); it must
     * only read the event log, never run Python code.
     * Real backend: called from the scheduler's service thread about every
     * ui_tick_ns of real time (0: not at all, until sched_set_ui_tick), with
     * the event log locked (appends wait) while the threads run on; it must
     * not block (sched_pause pauses) and must only read the log. It is not
     * called once the log is closed (the program has ended). */
    int64_t ui_tick_ns;
    void (*on_ui_tick)(Sched *s, int64_t now, void *arg);
    void *on_ui_tick_arg;
    SchedPerturb perturb;          /* none: n == 0 */
} SchedConfig;

void sched_config_default(SchedConfig *cfg);

Sched *sched_new(const SchedConfig *cfg, EventLog *log);
void sched_free(Sched *s);
EventLog *sched_log(Sched *s);
const SchedConfig *sched_config(Sched *s);

/* ---- processes and threads ---- */

/* A process (one interpreter). Its eval-breaker word gets drop_bit set when
 * the GIL holder must drop the GIL. */
SchedProcess *sched_process_new(Sched *s, const char *name, atomic_uint *eval_breaker, unsigned drop_bit);

/* The calling pthread becomes the main thread of process p, holding its GIL. */
SchedThread *sched_main_thread(SchedProcess *p, const char *name, void *user);

/* Starts a thread running entry(arg) on a new pthread; entry runs with the
 * GIL held and must end with sched_thread_exit. Called with the GIL held.
 * NULL if the system cannot create the pthread (nothing runs; the caller
 * reports it, as CPython's "can't start new thread"). */
SchedThread *sched_thread_start(SchedThread *parent, const char *name, void *user,
                                void (*entry)(SchedThread *self, void *arg), void *arg);
/* The same in another process (multiprocessing: the main thread of a new
 * interpreter); parent is the thread that starts it. */
SchedThread *sched_thread_start_in(SchedThread *parent, SchedProcess *p, const char *name, void *user,
                                   void (*entry)(SchedThread *self, void *arg), void *arg);
/* The thread's last call: drops the GIL for good. */
void sched_thread_exit(SchedThread *t);
/* The main thread of the first process ends the program: its lane ends and
 * the clock stops; daemon threads are abandoned where they are. */
void sched_main_exit(SchedThread *t);
/* multiprocessing's terminate() and kill(): every thread of process p (the
 * killer's own process excepted) ends now, at the killer's time: its lane
 * ends, it leaves every wait, and it never runs Python code again (its
 * pthread waits for good; on the real backend a thread running Python
 * code stops at its next check point). Locks it held stay held, as with a
 * killed process in CPython. */
void sched_process_kill(SchedThread *killer, SchedProcess *p);

void *sched_thread_user(SchedThread *t);
const char *sched_thread_name(SchedThread *t);
/* For deadlock reports: the threads of the run, and what a blocked one waits
 * for (NULL if it is not blocked). */
int sched_thread_count(Sched *s);
SchedThread *sched_thread_at(Sched *s, int i);
bool sched_thread_alive(SchedThread *t);
const char *sched_thread_waiting_for(SchedThread *t);
int sched_thread_id(SchedThread *t);          /* lane number, 0 = the first main thread */
void sched_thread_set_name(SchedThread *t, const char *name);
/* The thread currently executing Python code in the calling pthread. */

/* ---- the clock and the GIL ---- */

/* Program time in nanoseconds (virtual or monotonic since the start). */
int64_t sched_now(Sched *s);
/* In on_timeout: whether the wall clock ran out first (virtual backend's
 * watchdog), not program time. */
bool sched_timeout_wall(Sched *s);
/* Between lesson cells, with no other thread alive: the core count and the
 * free-threaded model for what follows (the real backend has neither). */
void sched_set_cores(Sched *s, int cores);
void sched_set_gil_off(Sched *s, bool gil_off);
/* The run's CPython version profile (never NULL). sched_new also records
 * its name in the event log (ev_meta "python"), for the views. */
const PyProfile *sched_profile(Sched *s);
/* A lesson cell starts: an EV_CELL event at t's time (arg: the cell number). */
void sched_cell(SchedThread *t, int number);
/* Change the live view's heartbeat (0: off), e.g. when zooming. On the real
 * backend, turning it off from another thread than the heartbeat's waits
 * for a heartbeat in progress to return. */
void sched_set_ui_tick(Sched *s, int64_t ns);
/* Pause or resume the program (the live view's space key). Real backend:
 * takes effect soon after (on the service thread, outside the heartbeat);
 * program time stands still meanwhile (sched_now does not move, no event is
 * logged at a later time, deadlines are pushed back by the pause), every
 * process gets its pause bit (sched_process_set_pause_bit) set in its eval
 * breaker, so the GIL holder stops at its next check point
 * (sched_pause_point), threads waiting for the GIL keep waiting, and
 * blocking calls or native work that end during the pause wait at their
 * return. Virtual backend: nothing (the heartbeat pauses by blocking). */
void sched_pause(Sched *s, bool paused);
/* The eval-breaker bit that sched_pause sets in p's breaker (0: none). */
void sched_process_set_pause_bit(SchedProcess *p, unsigned pause_bit);
/* At a check point with the pause bit set: wait, the GIL held, until the
 * program is resumed (returns at once if it is not paused). */
void sched_pause_point(SchedThread *t);
/* The contended time so far (SchedPerturb), when it is counted; else 0. */
int64_t sched_contended_ns(Sched *s);
/* Between lesson cells, with no other thread alive: forced switches pt from
 * now on, the contended time counted afresh from 0 (--explore on a cell).
 * The real backend has none. */
void sched_set_perturb(Sched *s, const SchedPerturb *pt);
/* Between lesson cells, with no other thread alive: the OS model's draws
 * and tie-breaks from `seed` on, as if the run had started with it. */
void sched_reseed(Sched *s, uint64_t seed);
/* sys.setswitchinterval: takes effect from the next wait for the GIL. */
void sched_set_switch_interval(Sched *s, int64_t ns);

/* The budget the eval loop decrements (ns of virtual cost); when it falls to
 * zero or below, call sched_tick. */
int64_t *sched_budget(SchedThread *t);
void sched_tick(SchedThread *t);
/* Native work or a builtin's cost of `ns`, the GIL held throughout. */
void sched_charge(SchedThread *t, int64_t ns);
/* At a check point with the drop request set: drop the GIL, let another
 * thread take it, take it back. */
void sched_gil_yield(SchedThread *t);

/* ---- blocking ---- */

typedef enum SchedWait { SCHED_WOKEN, SCHED_TIMEOUT, SCHED_DEADLOCK } SchedWait;

/* A queue of threads waiting for something; `what` describes it for the
 * timeline and deadlock reports ("Lock 0x7f…", "join Thread-1 (worker)"). */
WaitQueue *sched_waitq_new(Sched *s, const char *what);
void sched_waitq_free(WaitQueue *q);
void sched_waitq_set_what(WaitQueue *q, const char *what);

/* A lock's wait, as CPython's acquire_timed does it (Modules/_threadmodule.c
 * over the semaphore of Python/thread_pthread.h): claim(arg) tries to take
 * the caller's lock and says whether it did. It is tried first; if it fails,
 * the thread waits on q with the GIL released, and each time it is woken
 * (sched_wake after a release) it tries again there and then, still without
 * the GIL — the operating system runs it, not the interpreter — and waits on
 * if somebody took the lock first (the releaser coming round again: a
 * semaphore is not fair). Only once it holds the lock does it wait for the
 * GIL, so locks change hands between GIL switches. At the deadline (program
 * time, ns; < 0: none; far ones: about 73 years) it tries a last time.
 * SCHED_WOKEN: claimed, GIL held; SCHED_TIMEOUT: not claimed (the deadline,
 * or SIGINT on the real backend). claim runs where no other claim runs and
 * the wait cannot be missed (virtual: under the baton; real: under the lock
 * that guards the wait queues), but on the real backend alongside Python
 * code holding the GIL: it must be quick, must not call the scheduler, and
 * what it reads and writes must be atomic. A release makes the lock free
 * first and then calls sched_wake(q, 1). */
SchedWait sched_block_claim(SchedThread *t, WaitQueue *q, int64_t deadline, bool (*claim)(void *arg), void *arg);
/* Wait on q, the GIL released, until woken or until the deadline (as
 * above), and take the GIL back — unless ready(arg) holds: ready is evaluated where no waker can
 * slip in between it and the wait (real backend: under the lock that guards
 * the wait queues; virtual: under the baton, after the clock has moved), so a
 * thread that makes ready(arg) true and then calls sched_wake(q) is never
 * missed — even from another process, with its own GIL. ready must be quick
 * and must not call the scheduler or run Python code; what it reads must be
 * atomic or under the caller's own synchronisation. If it holds, returns
 * SCHED_WOKEN at once, the GIL kept and nothing logged. */
SchedWait sched_block_unless(SchedThread *t, WaitQueue *q, int64_t deadline,
                             bool (*ready)(void *arg), void *arg);
/* Wake up to n threads waiting on q (n < 0: all); returns how many. */
int sched_wake(WaitQueue *q, int n);
int sched_waitq_len(WaitQueue *q);

/* Sleep for ns, the GIL released (time.sleep; gilsim.io). */
void sched_sleep(SchedThread *t, int64_t ns, const char *what);
/* Native code running ns: with the GIL released it runs in parallel with
 * Python code (numpy-style); held, it blocks everyone (h5py-style). */
void sched_cpu(SchedThread *t, int64_t ns, bool release_gil);

/* ---- lanes: native worker threads and devices ----
 * A lane is a timeline lane that runs no Python code and never takes a GIL:
 * a library's native worker thread (numba's threading layer: it uses a
 * core, so it counts against --cores) or a device engine (a simulated GPU
 * stream: it uses no core). It shows as a thread of the creator's process,
 * `native` while it works and blocked ("idle") in between. Work queued on a
 * lane runs in order; its end is known when it is queued (the virtual
 * backend's cores are accounted when it is queued), so a thread can wait
 * for a lane holding the GIL by native work until then (sched_cpu), or
 * with the GIL released by sched_lane_wait. The real backend has no
 * lanes: NULL. */
SchedThread *sched_lane_new(SchedThread *creator, const char *name, bool uses_core);
/* Queue ns of work on lane after what it has queued; returns the program
 * time at which it will be done. */
int64_t sched_lane_submit(SchedThread *creator, SchedThread *lane, int64_t ns);
/* When the lane's queued work will be done (now or earlier: idle). */
int64_t sched_lane_idle_at(SchedThread *lane);
/* Block t, the GIL released, until the work queued on lane so far is done
 * (woken by the lane, a wake-up latency later); returns at once if it is. */
void sched_lane_wait(SchedThread *t, SchedThread *lane);

/* Record a mark / a line of output / a lesson cell on the timeline. */
void sched_mark(SchedThread *t, const char *label);
void sched_output(SchedThread *t, const char *text, size_t n);

/* Ctrl-C, as in CPython: SIGINT sets `signal_bit` in the main interpreter's
 * eval breaker (the VM raises KeyboardInterrupt in the main thread) and, on
 * the real backend, interrupts the main thread's sleep or lock wait. A
 * second SIGINT before the first was handled exits with status 130, after
 * calling last_words (if set: async-signal-safe only, e.g. restoring the
 * terminal). */
void sched_catch_sigint(Sched *s, atomic_uint *eval_breaker, unsigned signal_bit);
void sched_set_interrupt_last_words(void (*last_words)(void));

/* Gives the calling thread an alternate signal stack (unless it has one),
 * so that a fault handler can still run when its own stack has overflowed.
 * Every thread the scheduler makes gets one. */
void sched_signal_stack(void);

#endif
