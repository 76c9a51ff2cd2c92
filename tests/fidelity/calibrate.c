/* calibrate.c — measures, on this machine, the operating-system behaviour
 * that the virtual backend's OS model draws from (src/sched/osmodel.c):
 *
 *   wake     how long a thread blocked on a condition variable takes to run
 *            after another thread signals it (the futex wake-up), with idle
 *            cores;
 *   busy     the same while every core is busy with a spinning thread (the
 *            woken thread must preempt one: the run queue's delay);
 *   slack    how late pthread_cond_timedwait returns after its deadline
 *            (Linux timer slack, 50 us by default, plus the wake-up);
 *   signal   how long the signalling thread itself spends in
 *            pthread_cond_signal when a thread waits (the futex wake system
 *            call: CPU time of the waker, which the model charges it);
 *   order    with 4 threads waiting on one condition variable, which one a
 *            pthread_cond_signal wakes: 0 is the one that has waited longest.
 *
 * It prints each distribution as 16 quantiles (0, 10, ..., 90, 95, 98, 99,
 * 99.5, 99.9 and 100 %) in nanoseconds, and the wake order as counts: the lines osmodel.c's tables
 * were made from (tests/fidelity/calibration.txt keeps a run's output).
 * Build and run: `make calibrate` (or cc -O2 -pthread calibrate.c).
 * The figures depend on the machine's load: run it on a quiet machine, a few
 * times, and keep a typical run.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SAMPLES 2000
#define ORDER_ROUNDS 400
#define ORDER_WAITERS 4

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void sleep_ns(int64_t ns)
{
    struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    nanosleep(&ts, NULL);
}

static int cmp64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* The quantiles printed, in parts per million: finer in the tail, where
 * the rare long delays are. */
static const int32_t QUANTILES_PPM[] = {0, 100000, 200000, 300000, 400000, 500000, 600000, 700000,
                                        800000, 900000, 950000, 980000, 990000, 995000, 999000,
                                        1000000};
#define NQUANTILES (int)(sizeof QUANTILES_PPM / sizeof QUANTILES_PPM[0])

static void print_quantiles(const char *name, int64_t *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp64);
    printf("%s", name);
    for (int q = 0; q < NQUANTILES; q++) {
        int i = (int)((int64_t)(n - 1) * QUANTILES_PPM[q] / 1000000);
        printf(" %lld", (long long)v[i]);
    }
    printf("\n");
}

/* ---- wake-up latency ---- */

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv;
static int64_t signalled_at;
static int64_t woke_at;
static int generation, seen;
static atomic_bool stop_spinning;

static void *waiter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu);
    for (;;) {
        int g = generation;
        seen = g;
        pthread_cond_broadcast(&cv);          /* "I am waiting" */
        while (generation == g) pthread_cond_wait(&cv, &mu);
        woke_at = now_ns();
        if (generation < 0) break;
    }
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void *spinner(void *arg)
{
    (void)arg;
    volatile uint64_t x = 0;
    while (!atomic_load_explicit(&stop_spinning, memory_order_relaxed)) x++;
    return NULL;
}

static int64_t signal_cost[SAMPLES];

static void measure_wake(const char *name, int spinners)
{
    static int64_t lat[SAMPLES];
    pthread_t w, sp[64];
    atomic_store(&stop_spinning, false);
    for (int i = 0; i < spinners && i < 64; i++) pthread_create(&sp[i], NULL, spinner, NULL);
    generation = 0;
    seen = -1;
    pthread_create(&w, NULL, waiter, NULL);
    for (int i = 0; i < SAMPLES; i++) {
        pthread_mutex_lock(&mu);
        while (seen != generation) pthread_cond_wait(&cv, &mu);
        pthread_mutex_unlock(&mu);
        sleep_ns(200000);                     /* let it go to sleep in the kernel */
        pthread_mutex_lock(&mu);
        woke_at = 0;
        generation++;
        signalled_at = now_ns();
        pthread_cond_signal(&cv);
        signal_cost[i] = now_ns() - signalled_at;
        pthread_mutex_unlock(&mu);
        pthread_mutex_lock(&mu);
        while (seen != generation) pthread_cond_wait(&cv, &mu);
        lat[i] = woke_at - signalled_at;
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    generation = -1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    pthread_join(w, NULL);
    atomic_store(&stop_spinning, true);
    for (int i = 0; i < spinners && i < 64; i++) pthread_join(sp[i], NULL);
    print_quantiles(name, lat, SAMPLES);
}

/* ---- timer slack ---- */

static void measure_slack(void)
{
    static int64_t late[SAMPLES / 4];
    pthread_condattr_t ca;
    pthread_cond_t c;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&c, &ca);
    pthread_mutex_lock(&mu);
    for (int i = 0; i < SAMPLES / 4; i++) {
        int64_t deadline = now_ns() + 1000000;
        struct timespec ts = {(time_t)(deadline / 1000000000), (long)(deadline % 1000000000)};
        while (pthread_cond_timedwait(&c, &mu, &ts) == 0) {}
        late[i] = now_ns() - deadline;
    }
    pthread_mutex_unlock(&mu);
    pthread_cond_destroy(&c);
    print_quantiles("slack", late, SAMPLES / 4);
}

/* ---- which waiter a signal wakes ---- */

static pthread_cond_t ocv;
static int queued, woken_index = -1, round_no;

static void *order_waiter(void *arg)
{
    int index = (int)(intptr_t)arg;
    pthread_mutex_lock(&mu);
    int r = round_no;
    queued++;
    pthread_cond_broadcast(&cv);
    pthread_cond_wait(&ocv, &mu);             /* one signal: spurious wake-ups count too */
    if (woken_index < 0 && round_no == r) woken_index = index;
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void measure_order(void)
{
    int counts[ORDER_WAITERS] = {0};
    pthread_cond_init(&ocv, NULL);
    for (int r = 0; r < ORDER_ROUNDS; r++) {
        pthread_t w[ORDER_WAITERS];
        pthread_mutex_lock(&mu);
        round_no = r;
        queued = 0;
        woken_index = -1;
        pthread_mutex_unlock(&mu);
        for (int i = 0; i < ORDER_WAITERS; i++) {
            pthread_create(&w[i], NULL, order_waiter, (void *)(intptr_t)i);
            pthread_mutex_lock(&mu);
            while (queued < i + 1) pthread_cond_wait(&cv, &mu);
            pthread_mutex_unlock(&mu);
            sleep_ns(100000);                 /* waiting in order, in the kernel */
        }
        pthread_mutex_lock(&mu);
        pthread_cond_signal(&ocv);
        pthread_mutex_unlock(&mu);
        sleep_ns(2000000);
        pthread_mutex_lock(&mu);
        if (woken_index >= 0) counts[woken_index]++;
        pthread_cond_broadcast(&ocv);
        pthread_mutex_unlock(&mu);
        for (int i = 0; i < ORDER_WAITERS; i++) pthread_join(w[i], NULL);
    }
    printf("order");
    for (int i = 0; i < ORDER_WAITERS; i++) printf(" %d", counts[i]);
    printf("\n");
}

int main(void)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    pthread_cond_init(&cv, NULL);
    double load[3] = {0};
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3) load[0] = -1;
        fclose(f);
    }
    printf("# calibrate: %ld cores, load average %.2f %.2f %.2f; quantiles 0,10,..,90,95,98,99,99.5,99.9,100 %% in ns\n",
           cores, load[0], load[1], load[2]);
    measure_wake("wake", 0);
    print_quantiles("signal", signal_cost, SAMPLES);
    measure_wake("busy", (int)(cores > 0 ? cores : 1));
    measure_slack();
    measure_order();
    return 0;
}
