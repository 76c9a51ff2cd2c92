/* events.h — the event log: the seam between running a program and showing it.
 *
 * The runtime appends small timestamped records (thread start/exit, GIL wait /
 * take / drop with a reason, drop requests, blocking and waking, native work,
 * output, marks, cell boundaries); every view — the live timeline, the ASCII
 * timeline, the statistics, the trace export — reads the log and nothing
 * else. Views never reach into the interpreter, and the interpreter never
 * knows which view is attached.
 *
 * Records are fixed-size (32 bytes) and stored in chunks that never move, so
 * a reader can hold an index and follow a running program incrementally:
 * it reads records [from, ev_count) and remembers where it stopped. Text that
 * goes with an event (a thread's name, what a thread waits on, a mark's label,
 * a line of output) is stored once in the log's string table and referred to
 * by index.
 *
 * A thread's lane is a state machine over its own events (docs/design.md,
 * "The event log"):
 *   THREAD_START            -> wait   (it asks for the GIL at once)
 *   GIL_WAIT, WAKE           -> wait   (runnable, not running)
 *   GIL_TAKE, RUN            -> run
 *   GIL_DROP reason interval -> wait   (forced switch: it wants the GIL back)
 *   GIL_DROP other reasons   -> unchanged (a BLOCK or NATIVE_BEGIN comes with it)
 *   BLOCK                    -> block  (arg: what it waits for)
 *   NATIVE_BEGIN arg 0       -> native (GIL released); arg 1: run (native code holding the GIL)
 *   NATIVE_END               -> wait if it had released the GIL, else run
 *   THREAD_EXIT              -> gone
 * A process's GIL lane: held by `thread` from GIL_TAKE to the next GIL_DROP,
 * free otherwise; DROP_REQUEST marks a request (thread = the asker, other =
 * the holder) and a GIL_DROP with reason interval is a forced switch.
 * Events of one thread are in time order; events of different threads that
 * run in parallel (--gil=off, processes) may interleave slightly out of order.
 *
 * Appending is done by the scheduler, which serialises the runtime's threads
 * on the virtual backend; the real backend appends from several pthreads and
 * brings its own lock (sched/). The log itself takes no lock.
 */
#ifndef GILSIM_EVENTS_H
#define GILSIM_EVENTS_H

#include <stddef.h>
#include <stdint.h>

typedef enum EventType {
    EV_THREAD_START,   /* thread: the new lane; arg: name (string index); other: the starting thread */
    EV_THREAD_EXIT,    /* thread */
    EV_GIL_WAIT,       /* thread starts waiting for the GIL */
    EV_GIL_TAKE,       /* thread takes the GIL; other: the previous holder or EV_NONE */
    EV_GIL_DROP,       /* thread drops the GIL; arg: DropReason */
    EV_DROP_REQUEST,   /* thread (a waiter) asks the holder `other` to drop the GIL */
    EV_BLOCK,          /* thread blocks; arg: what it waits for (string index) */
    EV_WAKE,           /* thread is woken; arg: WakeReason */
    EV_NATIVE_BEGIN,   /* thread starts native work; arg: 1 if it keeps the GIL */
    EV_NATIVE_END,
    EV_OUTPUT,         /* thread printed; arg: the text (string index) */
    EV_MARK,           /* gilsim.mark(label); arg: label (string index) */
    EV_CELL,           /* a lesson cell starts; arg: cell number */
    EV_PROCESS_START,  /* process: a new interpreter; arg: name */
    EV_RUN,            /* thread runs without a GIL (--gil=off) */
    EV__COUNT
} EventType;

typedef enum DropReason {
    DROP_INTERVAL,     /* a drop request after the switch interval (forced switch) */
    DROP_BLOCKING,     /* a blocking call: sleep, lock, queue, join, I/O */
    DROP_NATIVE,       /* native work that releases the GIL */
    DROP_EXIT,         /* the thread ended */
} DropReason;

typedef enum WakeReason { WAKE_NOTIFIED, WAKE_TIMEOUT } WakeReason;

#define EV_NONE 0xffff

typedef struct Event {
    int64_t t;          /* ns of program time */
    uint16_t type;      /* EventType */
    uint16_t thread;    /* the lane: a small sequential id, 0 = main thread */
    uint16_t process;   /* 0 = the main process */
    uint16_t other;     /* another thread, or EV_NONE */
    uint32_t arg;
    uint32_t arg2;
    uint64_t seq;       /* position in the log */
} Event;
_Static_assert(sizeof(Event) == 32, "events are 32 bytes");

typedef struct EventLog EventLog;

EventLog *ev_new(void);
void ev_free(EventLog *log);

/* Appends an event; returns its index. */
uint64_t ev_append(EventLog *log, int64_t t, EventType type, int thread, int process,
                   int other, uint32_t arg, uint32_t arg2);
uint64_t ev_count(const EventLog *log);
const Event *ev_get(const EventLog *log, uint64_t i);

/* The string table: store text once, refer to it by index. Equal texts
 * share one index (the table interns them). With recording off nothing is
 * stored and the index is 0: no event will refer to it. */
uint32_t ev_string(EventLog *log, const char *s, size_t n);
const char *ev_string_at(const EventLog *log, uint32_t index);

/* Turn recording off (measuring its overhead): appends become no-ops. */
void ev_set_enabled(EventLog *log, int enabled);

/* The run's description (a few key/value texts: "python" = the CPython
 * profile's name), written before the run starts, read by the views. */
void ev_set_meta(EventLog *log, const char *key, const char *value);
const char *ev_meta(const EventLog *log, const char *key);   /* NULL: not set */

const char *ev_type_name(EventType type);
const char *ev_drop_reason_name(DropReason r);

#endif
