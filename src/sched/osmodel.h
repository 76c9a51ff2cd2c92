/* osmodel.h — the operating system under the virtual backend's threads:
 * how long a woken thread takes to run, how late a timed wait ends, what a
 * busy machine adds. Seeded draws from distributions measured on a real
 * machine (tests/fidelity/calibrate.c), so that runs differ from seed to seed
 * the way CPython's differ from run to run, while one seed gives the same
 * run, byte for byte, on every machine (integer arithmetic only).
 */
#ifndef GILSIM_SCHED_OSMODEL_H
#define GILSIM_SCHED_OSMODEL_H

#include <stdbool.h>
#include <stdint.h>

typedef struct OsModel {
    uint64_t state;            /* xorshift64*: never 0 */
} OsModel;

void os_model_init(OsModel *m, uint64_t seed);

/* A uniform 64-bit draw (for choices the model does not cover itself). */
uint64_t os_random(OsModel *m);

/* From a futex wake (a signal, a broadcast, an unlocked mutex) until the
 * woken thread runs. cores_busy: every core is taken, so the thread waits
 * for the kernel to preempt one (usually at once, now and then a time
 * slice later). */
int64_t os_wake_latency(OsModel *m, bool cores_busy);

/* The waker's own time in a futex wake-up (pthread_cond_signal or a lock
 * release with a waiter): CPU time of the system call. */
int64_t os_signal_cost(OsModel *m);

/* Whether the signal of a forced switch's drop, with several threads
 * waiting (crowded: more than one waiter), wakes none of them. Then the GIL
 * stays free until a waiter's timed wait ends. */
bool os_signal_lost(OsModel *m, bool crowded);

/* How long after its deadline a timed wait returns (timer slack and the
 * wake-up together). */
int64_t os_timer_late(OsModel *m);

#endif
