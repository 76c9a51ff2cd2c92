/* events.c — the event log (protocol in events.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "base/xalloc.h"

#define CHUNK_BITS 12
#define CHUNK_SIZE ((uint64_t)1 << CHUNK_BITS)
#define EV_META_MAX 8

struct EventLog {
    Event **chunks;
    uint64_t nchunks_cap;
    uint64_t count;
    int enabled;
    char **strings;
    size_t *lengths;
    uint32_t nstrings, strings_cap;
    /* Interning: an open-addressing table of string indices + 1 (0: empty),
     * so that a label stored at every block or output line (a lock's
     * description, a repeated print) is kept once. */
    uint32_t *slots;
    uint32_t nslots;              /* a power of two, or 0 */
    char *meta[EV_META_MAX][2];   /* ev_set_meta: key, value */
};

EventLog *ev_new(void)
{
    EventLog *log = xcalloc(1, sizeof *log);
    log->enabled = 1;
    return log;
}

void ev_free(EventLog *log)
{
    if (!log) return;
    for (uint64_t i = 0; i < (log->count + CHUNK_SIZE - 1) / CHUNK_SIZE; i++) free(log->chunks[i]);
    free(log->chunks);
    for (uint32_t i = 0; i < log->nstrings; i++) free(log->strings[i]);
    free(log->strings);
    free(log->lengths);
    free(log->slots);
    for (int i = 0; i < EV_META_MAX; i++) {
        free(log->meta[i][0]);
        free(log->meta[i][1]);
    }
    free(log);
}

void ev_set_meta(EventLog *log, const char *key, const char *value)
{
    for (int i = 0; i < EV_META_MAX; i++) {
        if (log->meta[i][0] && strcmp(log->meta[i][0], key) != 0) continue;
        if (!log->meta[i][0]) log->meta[i][0] = xstrdup(key);
        free(log->meta[i][1]);
        log->meta[i][1] = xstrdup(value);
        return;
    }
}

const char *ev_meta(const EventLog *log, const char *key)
{
    for (int i = 0; i < EV_META_MAX && log->meta[i][0]; i++)
        if (strcmp(log->meta[i][0], key) == 0) return log->meta[i][1];
    return NULL;
}

void ev_set_enabled(EventLog *log, int enabled) { log->enabled = enabled; }

uint64_t ev_append(EventLog *log, int64_t t, EventType type, int thread, int process,
                   int other, uint32_t arg, uint32_t arg2)
{
    if (!log->enabled) return log->count;
    uint64_t chunk = log->count >> CHUNK_BITS;
    if (chunk == log->nchunks_cap) {
        log->nchunks_cap = log->nchunks_cap ? log->nchunks_cap * 2 : 16;
        log->chunks = xrealloc(log->chunks, log->nchunks_cap * sizeof *log->chunks);
    }
    if ((log->count & (CHUNK_SIZE - 1)) == 0) log->chunks[chunk] = xmalloc(CHUNK_SIZE * sizeof(Event));
    Event *e = &log->chunks[chunk][log->count & (CHUNK_SIZE - 1)];
    e->t = t;
    e->type = (uint16_t)type;
    e->thread = (uint16_t)thread;
    e->process = (uint16_t)process;
    e->other = (uint16_t)other;
    e->arg = arg;
    e->arg2 = arg2;
    e->seq = log->count;
    return log->count++;
}

uint64_t ev_count(const EventLog *log) { return log->count; }

const Event *ev_get(const EventLog *log, uint64_t i)
{
    if (i >= log->count) return NULL;
    return &log->chunks[i >> CHUNK_BITS][i & (CHUNK_SIZE - 1)];
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325);   /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * UINT64_C(0x100000001b3);
    return h;
}

/* The slot where s[0..n) is, or the empty slot where it would go. */
static uint32_t *find_slot(EventLog *log, const char *s, size_t n, uint64_t h)
{
    uint32_t mask = log->nslots - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        uint32_t *slot = &log->slots[i];
        if (!*slot) return slot;
        uint32_t k = *slot - 1;
        if (log->lengths[k] == n && memcmp(log->strings[k], s, n) == 0) return slot;
    }
}

static void grow_slots(EventLog *log)
{
    uint32_t old_n = log->nslots;
    uint32_t *old = log->slots;
    log->nslots = old_n ? old_n * 2 : 128;
    log->slots = xcalloc(log->nslots, sizeof *log->slots);
    for (uint32_t i = 0; i < old_n; i++) {
        if (!old[i]) continue;
        uint32_t k = old[i] - 1;
        *find_slot(log, log->strings[k], log->lengths[k], hash_bytes(log->strings[k], log->lengths[k])) = old[i];
    }
    free(old);
}

uint32_t ev_string(EventLog *log, const char *s, size_t n)
{
    /* With recording off nothing will refer to it (the event it goes with
     * is not appended either). */
    if (!log->enabled) return 0;
    if ((uint64_t)(log->nstrings + 1) * 2 > log->nslots) grow_slots(log);
    uint64_t h = hash_bytes(s, n);
    uint32_t *slot = find_slot(log, s, n, h);
    if (*slot) return *slot - 1;
    if (log->nstrings == log->strings_cap) {
        log->strings_cap = log->strings_cap ? log->strings_cap * 2 : 64;
        log->strings = xrealloc(log->strings, log->strings_cap * sizeof *log->strings);
        log->lengths = xrealloc(log->lengths, log->strings_cap * sizeof *log->lengths);
    }
    char *copy = xmalloc(n + 1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    log->strings[log->nstrings] = copy;
    log->lengths[log->nstrings] = n;
    *slot = log->nstrings + 1;
    return log->nstrings++;
}

const char *ev_string_at(const EventLog *log, uint32_t index)
{
    return index < log->nstrings ? log->strings[index] : "";
}

const char *ev_type_name(EventType type)
{
    static const char *const names[EV__COUNT] = {
        [EV_THREAD_START] = "thread_start", [EV_THREAD_EXIT] = "thread_exit",
        [EV_GIL_WAIT] = "gil_wait", [EV_GIL_TAKE] = "gil_take", [EV_GIL_DROP] = "gil_drop",
        [EV_DROP_REQUEST] = "drop_request", [EV_BLOCK] = "block", [EV_WAKE] = "wake",
        [EV_NATIVE_BEGIN] = "native_begin", [EV_NATIVE_END] = "native_end",
        [EV_OUTPUT] = "output", [EV_MARK] = "mark", [EV_CELL] = "cell",
        [EV_PROCESS_START] = "process_start", [EV_RUN] = "run",
    };
    return (unsigned)type < EV__COUNT ? names[type] : "?";
}

const char *ev_drop_reason_name(DropReason r)
{
    switch (r) {
    case DROP_INTERVAL: return "interval";
    case DROP_BLOCKING: return "blocking";
    case DROP_NATIVE: return "native";
    case DROP_EXIT: return "exit";
    }
    return "?";
}
