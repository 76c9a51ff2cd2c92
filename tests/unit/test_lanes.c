/* test_lanes.c — the virtual backend's lanes (sched.h, sched_lane_new):
 * work queued on a lane runs in order and is timed by the lane alone; a
 * thread waiting for it blocks until it is done; a lane with a core counts
 * against --cores, a device lane does not; the log shows a lane as a
 * thread that is native while it works and blocked ("idle") otherwise. */
#include "config.h"

#include <stdatomic.h>
#include <string.h>

#include "events.h"
#include "sched/sched.h"
#include "tap.h"

#define US 1000

static atomic_uint breaker;

static Sched *new_sched(int cores, EventLog *log, SchedThread **main_thread)
{
    SchedConfig cfg;
    sched_config_default(&cfg);
    cfg.cores = cores;
    Sched *s = sched_new(&cfg, log);
    SchedProcess *p = sched_process_new(s, "MainProcess", &breaker, 1);
    *main_thread = sched_main_thread(p, "MainThread", NULL);
    return s;
}

/* The lane's events: their types and times, in order. */
static int lane_events(EventLog *log, int lane, int *types, int64_t *times, int max)
{
    int n = 0;
    for (uint64_t i = 0; i < ev_count(log) && n < max; i++) {
        const Event *e = ev_get(log, i);
        if (e->thread != lane) continue;
        types[n] = e->type;
        times[n++] = e->t;
    }
    return n;
}

static void test_device_lane(void)
{
    EventLog *log = ev_new();
    SchedThread *m;
    Sched *s = new_sched(1, log, &m);
    SchedThread *gpu = sched_lane_new(m, "GPU0 stream 0", false);
    ok(gpu != NULL, "the virtual backend makes lanes");
    ok(sched_thread_user(gpu) == NULL, "a lane is no Python thread");
    int64_t t0 = sched_now(s);
    ok(sched_lane_submit(m, gpu, 100 * US) == t0 + 100 * US, "the first work ends 100 us on");
    ok(sched_lane_submit(m, gpu, 50 * US) == t0 + 150 * US, "queued work ends after it");
    ok(sched_lane_idle_at(gpu) == t0 + 150 * US, "idle_at is the end of the queue");
    ok(sched_now(s) == t0, "queueing takes the submitter no time");
    /* the main thread holds the only core: a device lane does not stretch */
    sched_lane_wait(m, gpu);
    int64_t woke = sched_now(s);
    ok(woke > t0 + 150 * US && woke < t0 + 1000 * US, "the waiter wakes a wake-up latency after the lane ends");
    sched_lane_wait(m, gpu);
    ok(sched_now(s) == woke, "waiting for an idle lane returns at once");
    int types[16];
    int64_t times[16];
    int n = lane_events(log, sched_thread_id(gpu), types, times, 16);
    int want[] = {EV_THREAD_START, EV_BLOCK, EV_NATIVE_BEGIN, EV_NATIVE_END, EV_NATIVE_BEGIN, EV_NATIVE_END, EV_BLOCK};
    int64_t at[] = {t0, t0, t0, t0 + 100 * US, t0 + 100 * US, t0 + 150 * US, t0 + 150 * US};
    bool same = n == 7;
    for (int i = 0; same && i < 7; i++) same = types[i] == want[i] && times[i] == at[i];
    ok(same, "the lane's events: start, idle, two pieces of work back to back, idle");
    ok(strcmp(sched_thread_waiting_for(gpu), "idle") == 0, "an idle lane waits for 'idle'");
    sched_main_exit(m);
    sched_free(s);
    ev_free(log);
}

static void test_core_lane(void)
{
    EventLog *log = ev_new();
    SchedThread *m;
    Sched *s = new_sched(1, log, &m);
    SchedThread *worker = sched_lane_new(m, "numba-worker-1", true);
    int64_t t0 = sched_now(s);
    /* one core for the running main thread and the worker: twice as long */
    ok(sched_lane_submit(m, worker, 100 * US) == t0 + 200 * US, "a core lane shares the one core");
    sched_main_exit(m);
    sched_free(s);
    ev_free(log);

    log = ev_new();
    s = new_sched(2, log, &m);
    worker = sched_lane_new(m, "numba-worker-1", true);
    t0 = sched_now(s);
    ok(sched_lane_submit(m, worker, 100 * US) == t0 + 100 * US, "with two cores it has its own");
    sched_main_exit(m);
    sched_free(s);
    ev_free(log);
}

int main(void)
{
    plan(12);
    test_device_lane();
    test_core_lane();
    return done();
}
