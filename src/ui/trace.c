/* trace.c — Chrome trace event export (see trace.h).
 *
 * The format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
 * ("JSON Object Format"). Times are microseconds; we print ns exactly as
 * µs with three decimals. The slices come from the timeline model, so the
 * trace shows what --timeline shows; instants come straight from the log.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui/grid.h"
#include "ui/timeline.h"
#include "ui/trace.h"
#include "base/xalloc.h"

typedef struct Writer {
    FILE *f;
    bool first;        /* no comma before the first event */
} Writer;

/* A JSON string literal: quotes, backslashes and control characters
 * escaped; valid UTF-8 passes through, invalid bytes become U+FFFD so the
 * file always parses. */
static void json_string(FILE *f, const char *s)
{
    const char *end = s + strlen(s);
    fputc('"', f);
    while (s < end) {
        uint32_t cp = grid_utf8_next(&s, end);
        switch (cp) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        case '\b': fputs("\\b", f); break;
        case '\f': fputs("\\f", f); break;
        default:
            if (cp < 0x20) {
                fprintf(f, "\\u%04x", (unsigned)cp);
            } else {
                char buf[4];
                fwrite(buf, 1, (size_t)grid_utf8_encode(cp, buf), f);
            }
        }
    }
    fputc('"', f);
}

static void begin(Writer *w)
{
    fputs(w->first ? "\n" : ",\n", w->f);
    w->first = false;
}

static void micros(FILE *f, int64_t ns)
{
    if (ns < 0) ns = 0;
    fprintf(f, "%lld.%03lld", (long long)(ns / 1000), (long long)(ns % 1000));
}

static void metadata(Writer *w, const char *what, int pid, int tid, const char *name, int sort)
{
    begin(w);
    fprintf(w->f, "{\"name\":\"%s\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"name\":", what, pid, tid);
    json_string(w->f, name);
    fputs("}}", w->f);
    begin(w);
    fprintf(w->f, "{\"name\":\"%s_sort_index\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"sort_index\":%d}}",
            what[0] == 'p' ? "process" : "thread", pid, tid, sort);
}

static void slice(Writer *w, const char *name, const char *cat, int pid, int tid, int64_t t0, int64_t t1)
{
    begin(w);
    fputs("{\"name\":", w->f);
    json_string(w->f, name);
    fprintf(w->f, ",\"cat\":\"%s\",\"ph\":\"X\",\"pid\":%d,\"tid\":%d,\"ts\":", cat, pid, tid);
    micros(w->f, t0);
    fputs(",\"dur\":", w->f);
    micros(w->f, t1 - t0);
    fputc('}', w->f);
}

/* An instant; args is a list of key, value pairs (n of them). */
static void instant(Writer *w, const char *name, int pid, int tid, int64_t t, const char *const *args, int n)
{
    begin(w);
    fputs("{\"name\":", w->f);
    json_string(w->f, name);
    fprintf(w->f, ",\"ph\":\"i\",\"s\":\"t\",\"pid\":%d,\"tid\":%d,\"ts\":", pid, tid);
    micros(w->f, t);
    fputs(",\"args\":{", w->f);
    for (int i = 0; i < n; i++) {
        if (i) fputc(',', w->f);
        json_string(w->f, args[2 * i]);
        fputc(':', w->f);
        json_string(w->f, args[2 * i + 1]);
    }
    fputs("}}", w->f);
}

static const char *thread_name(const TlModel *m, int thread)
{
    return thread >= 0 && thread < m->nlanes && m->lanes[thread].used ? m->lanes[thread].name : "?";
}

static void write_trace(FILE *f, const EventLog *log, const TlModel *m)
{
    Writer w = {.f = f, .first = true};
    const char *python = ev_meta(log, "python");
    fputs("{\"displayTimeUnit\":\"ms\",", f);
    if (python) {
        /* the trace format's free-form metadata: Perfetto shows it */
        fputs("\"otherData\":{\"python\":", f);
        json_string(f, python);
        fputs("},", f);
    }
    fputs("\"traceEvents\":[", f);
    for (int i = 0; i < m->nprocs; i++) {
        const TlProcess *p = &m->procs[i];
        if (!p->used) continue;
        int pid = p->id + 1;
        metadata(&w, "process_name", pid, 0, p->name, p->id);
        if (p->has_gil) metadata(&w, "thread_name", pid, 0, "GIL", 0);
        for (int k = 0; k < p->nlanes; k++) {
            const TlLane *l = &m->lanes[p->lanes[k]];
            metadata(&w, "thread_name", pid, l->thread + 1, l->name, l->thread + 1);
        }
        for (size_t k = 0; k < p->gil.n; k++) {
            const TlChange *c = &p->gil.v[k];
            int64_t end = k + 1 < p->gil.n ? p->gil.v[k + 1].t : m->t_end;
            if (c->state && end > c->t) slice(&w, thread_name(m, (int)c->arg), "gil", pid, 0, c->t, end);
        }
        for (int k = 0; k < p->nlanes; k++) {
            const TlLane *l = &m->lanes[p->lanes[k]];
            for (size_t j = 0; j < l->changes.n; j++) {
                const TlChange *c = &l->changes.v[j];
                int64_t end = j + 1 < l->changes.n ? l->changes.v[j + 1].t : m->t_end;
                if (c->state == TL_ABSENT || end <= c->t) continue;
                static const char *const names[TL__COUNT] = {
                    [TL_RUN] = "run", [TL_WAIT] = "wait", [TL_NATIVE] = "native", [TL_BLOCK] = "block"};
                char buf[512];
                const char *name = names[c->state];
                if (c->state == TL_BLOCK) {
                    snprintf(buf, sizeof buf, "block: %s", ev_string_at(log, c->arg));
                    name = buf;
                }
                slice(&w, name, "state", pid, l->thread + 1, c->t, end);
            }
        }
    }
    uint64_t n = ev_count(log);
    for (uint64_t i = 0; i < n; i++) {
        const Event *e = ev_get(log, i);
        int pid = e->process + 1;
        switch (e->type) {
        case EV_DROP_REQUEST: {
            const char *args[] = {"by", thread_name(m, e->thread), "holder",
                                  e->other == EV_NONE ? "-" : thread_name(m, e->other)};
            instant(&w, "drop request", pid, 0, e->t, args, 2);
            break;
        }
        case EV_GIL_DROP:
            if (e->arg == DROP_INTERVAL) {
                const char *args[] = {"thread", thread_name(m, e->thread)};
                instant(&w, "forced switch", pid, 0, e->t, args, 1);
            }
            break;
        case EV_MARK: {
            const char *args[] = {"label", ev_string_at(log, e->arg)};
            instant(&w, ev_string_at(log, e->arg), pid, e->thread + 1, e->t, args, 1);
            break;
        }
        case EV_OUTPUT: {
            const char *args[] = {"text", ev_string_at(log, e->arg)};
            instant(&w, "output", pid, e->thread + 1, e->t, args, 1);
            break;
        }
        default:
            break;
        }
    }
    fputs("\n]}\n", f);
}

int trace_write(const EventLog *log, const char *path, char *err, size_t errlen)
{
    size_t n = strlen(path);
    char *tmp = xmalloc(n + sizeof ".tmp.XXXXXX");
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp.XXXXXX", sizeof ".tmp.XXXXXX");
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    /* mkstemp makes it private (0600); a trace is an ordinary file. */
    fchmod(fd, 0644);
    FILE *f = fdopen(fd, "w");
    if (!f) {
        snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        return -1;
    }
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    write_trace(f, log, m);
    tl_model_free(m);
    int failed = fflush(f) != 0 || ferror(f) || fsync(fd) != 0;
    int saved = errno;
    if (fclose(f) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    if (!failed && rename(tmp, path) != 0) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        snprintf(err, errlen, "%s: %s", path, strerror(saved ? saved : EIO));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}
