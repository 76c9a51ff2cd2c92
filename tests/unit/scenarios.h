/* scenarios.h — event logs built by hand, shared by the views' unit tests
 * (test_timeline.c, test_stats.c): the scheduler is not involved, so each
 * picture and number can be worked out from the times written here. */
#ifndef GILSIM_TEST_SCENARIOS_H
#define GILSIM_TEST_SCENARIOS_H

#include <string.h>

#include "events.h"

#define MS 1000000LL
#define US 1000LL

static inline uint32_t str(EventLog *log, const char *s) { return ev_string(log, s, strlen(s)); }

static inline void ev(EventLog *log, int64_t t, EventType type, int thread, int other, uint32_t arg)
{
    ev_append(log, t, type, thread, 0, other == -1 ? EV_NONE : other, arg, 0);
}

/* At 0 the main thread starts threads 1 and 2 (names a, b) and blocks
 * (`join`); 1 takes the GIL, 2 waits for it. */
static inline EventLog *two_started(const char *a, const char *b, const char *join)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    ev(log, 0, EV_THREAD_START, 0, -1, str(log, "MainThread"));
    ev(log, 0, EV_GIL_TAKE, 0, -1, 0);
    ev(log, 0, EV_THREAD_START, 1, 0, str(log, a));
    ev(log, 0, EV_THREAD_START, 2, 0, str(log, b));
    ev(log, 0, EV_BLOCK, 0, -1, str(log, join));
    ev(log, 0, EV_GIL_DROP, 0, -1, DROP_BLOCKING);
    ev(log, 0, EV_GIL_TAKE, 1, 0, 0);
    ev(log, 0, EV_GIL_WAIT, 2, 1, 0);
    return log;
}

/* Two spinners alternating every 5 ms for 20 ms; the main thread joins. */
static inline EventLog *two_spinners(void)
{
    EventLog *log = two_started("Thread-1", "Thread-2", "join Thread-1");
    for (int k = 1; k <= 3; k++) {
        int from = k % 2 ? 1 : 2, to = 3 - from;
        ev(log, k * 5 * MS, EV_DROP_REQUEST, to, from, 0);
        ev(log, k * 5 * MS, EV_GIL_DROP, from, -1, DROP_INTERVAL);
        ev(log, k * 5 * MS, EV_GIL_TAKE, to, from, 0);
        ev(log, k * 5 * MS, EV_GIL_WAIT, from, to, 0);
    }
    ev(log, 20 * MS, EV_GIL_DROP, 2, -1, DROP_EXIT);
    ev(log, 20 * MS, EV_THREAD_EXIT, 2, -1, 0);
    ev(log, 20 * MS, EV_GIL_TAKE, 1, 2, 0);
    ev(log, 20 * MS, EV_GIL_DROP, 1, -1, DROP_EXIT);
    ev(log, 20 * MS, EV_THREAD_EXIT, 1, -1, 0);
    ev(log, 20 * MS, EV_WAKE, 0, 1, WAKE_NOTIFIED);
    ev(log, 20 * MS, EV_GIL_TAKE, 0, 1, 0);
    ev(log, 20 * MS, EV_GIL_DROP, 0, -1, DROP_EXIT);
    ev(log, 20 * MS, EV_THREAD_EXIT, 0, -1, 0);
    return log;
}

/* A sleeper, a native worker, a drop request without a forced switch. */
static inline EventLog *sleeper_native(void)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    ev(log, 0, EV_THREAD_START, 0, -1, str(log, "MainThread"));
    ev(log, 0, EV_GIL_TAKE, 0, -1, 0);
    ev(log, 1 * MS, EV_THREAD_START, 1, 0, str(log, "sleeper"));
    ev(log, 1 * MS, EV_THREAD_START, 2, 0, str(log, "native"));
    ev(log, 1 * MS, EV_BLOCK, 0, -1, str(log, "join sleeper"));
    ev(log, 1 * MS, EV_GIL_DROP, 0, -1, DROP_BLOCKING);
    ev(log, 1 * MS, EV_GIL_TAKE, 1, 0, 0);
    ev(log, 1 * MS, EV_GIL_WAIT, 2, 1, 0);
    ev(log, 2 * MS, EV_BLOCK, 1, -1, str(log, "sleep"));
    ev(log, 2 * MS, EV_GIL_DROP, 1, -1, DROP_BLOCKING);
    ev(log, 2 * MS, EV_GIL_TAKE, 2, 1, 0);
    ev(log, 3 * MS, EV_GIL_DROP, 2, -1, DROP_NATIVE);
    ev(log, 3 * MS, EV_NATIVE_BEGIN, 2, -1, 0);
    ev(log, 4 * MS, EV_WAKE, 1, -1, WAKE_TIMEOUT);
    ev(log, 4 * MS, EV_GIL_TAKE, 1, 2, 0);
    ev(log, 4 * MS + 200 * US, EV_BLOCK, 1, -1, str(log, "sleep"));
    ev(log, 4 * MS + 200 * US, EV_GIL_DROP, 1, -1, DROP_BLOCKING);
    ev(log, 6 * MS, EV_NATIVE_END, 2, -1, 0);
    ev(log, 6 * MS, EV_GIL_TAKE, 2, 1, 0);
    ev(log, 7 * MS, EV_NATIVE_BEGIN, 2, -1, 1);
    ev(log, 8 * MS, EV_NATIVE_END, 2, -1, 1);
    ev(log, 8 * MS, EV_WAKE, 1, -1, WAKE_TIMEOUT);
    ev(log, 8 * MS, EV_GIL_WAIT, 1, 2, 0);
    ev(log, 9 * MS, EV_DROP_REQUEST, 1, 2, 0);
    ev(log, 9 * MS + 200 * US, EV_GIL_DROP, 2, -1, DROP_EXIT);
    ev(log, 9 * MS + 200 * US, EV_THREAD_EXIT, 2, -1, 0);
    ev(log, 9 * MS + 200 * US, EV_GIL_TAKE, 1, 2, 0);
    ev(log, 9 * MS + 600 * US, EV_GIL_DROP, 1, -1, DROP_EXIT);
    ev(log, 9 * MS + 600 * US, EV_THREAD_EXIT, 1, -1, 0);
    ev(log, 9 * MS + 600 * US, EV_WAKE, 0, 1, WAKE_NOTIFIED);
    ev(log, 9 * MS + 700 * US, EV_GIL_TAKE, 0, 1, 0);
    ev(log, 10 * MS, EV_GIL_DROP, 0, -1, DROP_EXIT);
    ev(log, 10 * MS, EV_THREAD_EXIT, 0, -1, 0);
    return log;
}

#endif
