/* osmodel.c — the virtual backend's operating-system model (osmodel.h).
 *
 * Each distribution is a table of quantiles, measured by
 * tests/fidelity/calibrate.c on the machines this project runs on (2 cores,
 * Debian 12, glibc 2.36; tests/fidelity/calibration.txt keeps the runs the
 * tables were read from). A draw picks a uniform point in parts per million
 * and interpolates linearly between the two quantiles around it: integers
 * throughout, so a seed draws the same nanoseconds everywhere.
 *
 * The machines were shared and loaded (load average ~7 on 2 cores) when they
 * were measured, which shows in the tails: a wake-up is usually 4-11 us, but
 * one in a hundred takes 20 us or more and one in a thousand a good part of
 * a millisecond; with every core busy, one in a thousand waits for a time
 * slice (3-4 ms). Those tails are what lets a handoff in CPython now and then
 * lose to a spinning thread, so they stay; each table's last point was cut
 * to the slowest draws seen in more than one run.
 *
 * What the tables do not model, because the scheduler does it from the
 * protocol itself: which GIL waiter a drop wakes. glibc's condition
 * variable wakes its waiters first come, first served (calibrate.c's
 * `order` line: 2324 of 2324 signals woke the longest waiter), but a GIL
 * waiter whose timed wait runs out waits again at the back
 * (sched_virtual.c), which is what makes CPython's order vary.
 *
 * One figure is not measured here but read off CPython's own behaviour
 * (../shared/fidelity/CPYTHON-MEASURED.md): with three or more threads
 * wanting the GIL, CPython's slices last 1.2-2 intervals a good part of
 * the time (4 threads at 5 ms: p90 8.45 ms, 166 switches/s instead of the
 * ~194 of back-to-back 5 ms slices), which the protocol alone cannot
 * produce: with a single waiter, or with every signal delivered, each
 * slice ends one interval after it began. What fits is a drop whose signal
 * wakes nobody while several threads wait, leaving the GIL free until one
 * of their timed waits ends: glibc 2.36's condition variable has such a
 * race between a signal and waiters whose timed waits expire (its
 * "stolen signal" handling, glibc bug 25847). LOST_EVERY is chosen so that
 * the 4-thread switch rate matches CPython's (calibrate.c does not
 * measure it).
 */
#include "config.h"

#include "sched/osmodel.h"

typedef struct Quantile { int32_t ppm; int32_t ns; } Quantile;

#define NQ 16

/* calibrate.c's `wake`: idle cores. */
static const Quantile WAKE[NQ] = {
    {0, 3800}, {100000, 4500}, {200000, 5000}, {300000, 5400}, {400000, 5800}, {500000, 6200},
    {600000, 7000}, {700000, 7900}, {800000, 8900}, {900000, 10000}, {950000, 10800},
    {980000, 12000}, {990000, 20000}, {995000, 34000}, {999000, 150000}, {1000000, 300000},
};

/* calibrate.c's `busy`: every core running a spinning thread. */
static const Quantile BUSY[NQ] = {
    {0, 3700}, {100000, 4000}, {200000, 4100}, {300000, 4200}, {400000, 4250}, {500000, 4350},
    {600000, 4400}, {700000, 4600}, {800000, 5900}, {900000, 7800}, {950000, 8400},
    {980000, 10000}, {990000, 12000}, {995000, 30000}, {999000, 3000000}, {1000000, 4000000},
};

/* calibrate.c's `signal`: the signaller's time in pthread_cond_signal. */
static const Quantile SIGNAL[NQ] = {
    {0, 1700}, {100000, 2000}, {200000, 2300}, {300000, 2700}, {400000, 4500}, {500000, 5300},
    {600000, 5700}, {700000, 6100}, {800000, 6500}, {900000, 7000}, {950000, 7600},
    {980000, 8500}, {990000, 9500}, {995000, 10500}, {999000, 36000}, {1000000, 60000},
};

/* calibrate.c's `slack`: pthread_cond_timedwait's lateness. */
static const Quantile SLACK[NQ] = {
    {0, 30000}, {100000, 65000}, {200000, 67000}, {300000, 68500}, {400000, 70000},
    {500000, 72000}, {600000, 74000}, {700000, 77000}, {800000, 80000}, {900000, 86000},
    {950000, 95000}, {980000, 130000}, {990000, 250000}, {995000, 400000}, {999000, 1000000},
    {1000000, 2000000},
};

void os_model_init(OsModel *m, uint64_t seed)
{
    /* splitmix64's finaliser spreads nearby seeds apart. */
    uint64_t x = seed + UINT64_C(0x9E3779B97F4A7C15);
    x = (x ^ (x >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    x = (x ^ (x >> 27)) * UINT64_C(0x94D049BB133111EB);
    x ^= x >> 31;
    m->state = x ? x : 1;
}

uint64_t os_random(OsModel *m)
{
    m->state ^= m->state >> 12;
    m->state ^= m->state << 25;
    m->state ^= m->state >> 27;
    return m->state * UINT64_C(0x2545F4914F6CDD1D);
}

static int64_t draw(OsModel *m, const Quantile *q)
{
    int64_t u = (int64_t)((os_random(m) >> 11) % 1000000);
    int i = 1;
    while (i < NQ - 1 && q[i].ppm <= u) i++;
    const Quantile *lo = &q[i - 1], *hi = &q[i];
    return lo->ns + ((int64_t)hi->ns - lo->ns) * (u - lo->ppm) / (hi->ppm - lo->ppm);
}

int64_t os_wake_latency(OsModel *m, bool cores_busy) { return draw(m, cores_busy ? BUSY : WAKE); }

int64_t os_signal_cost(OsModel *m) { return draw(m, SIGNAL); }

/* One signal in LOST_EVERY is lost when several threads wait. */
#define LOST_EVERY 2

bool os_signal_lost(OsModel *m, bool crowded) { return crowded && os_random(m) % LOST_EVERY == 0; }

int64_t os_timer_late(OsModel *m) { return draw(m, SLACK); }
