/* test_stats.c — --stats numbers and text, and the --trace JSON export, on
 * event logs built by hand. Expected numbers are worked out from the
 * scenarios' times (comments), not copied from the output. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "events.h"
#include "tap.h"
#include "ui/stats.h"
#include "ui/trace.h"

#include "scenarios.h"

static void test_format(void)
{
    struct { int64_t ns; const char *want; } cases[] = {
        {0, "0 ns"}, {999, "999 ns"}, {1005, "1.01 \xc2\xb5s"}, {120 * US, "120 \xc2\xb5s"},
        {5130 * US, "5.13 ms"}, {999499, "999 \xc2\xb5s"}, {999600, "1.00 ms"},
        {1200 * MS, "1.20 s"}, {12345678901234LL, "12300 s"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        is_str(stats_format_time(buf, sizeof buf, cases[i].ns, false), cases[i].want, "format %lld ns",
               (long long)cases[i].ns);
    is_str(stats_format_time(buf, sizeof buf, 1234, true), "1.23 us", "ASCII microseconds");
}

#define is_num(got, want, ...) ok((long long)(got) == (long long)(want), __VA_ARGS__)

static void test_two_spinners(void)
{
    EventLog *log = two_spinners();
    StatsResult r;
    stats_compute(log, &r);
    ok(r.nprocs == 1 && r.nthreads == 3, "one process, three threads");
    const StatsProcess *p = &r.procs[0];
    is_num(p->run_ns, 20 * MS, "process ran 20 ms");
    is_num(p->gil_held_ns, 20 * MS, "GIL always held");
    ok(p->utilisation == 100.0, "utilisation 100%%");
    /* takes by another thread: T1@0 (from main), T2@5, T1@10, T2@15, T1@20, main@20 */
    is_num(p->switches, 6, "6 switches");
    ok(p->switches_per_s == 300.0, "300 switches/s");
    is_num(p->drop_requests, 3, "3 drop requests");
    const StatsThread *m = &r.threads[0], *t1 = &r.threads[1], *t2 = &r.threads[2];
    is_str(t1->name, "Thread-1", "lane order");
    is_num(m->block_ns, 20 * MS, "main blocked 20 ms (join)");
    is_num(m->run_ns + m->wait_ns + m->native_ns, 0, "main did nothing else");
    is_num(m->takes, 2, "main took the GIL twice");
    /* T1 runs 0-5 and 10-15, T2 5-10 and 15-20. */
    is_num(t1->run_ns, 10 * MS, "T1 run 10 ms");
    is_num(t1->wait_ns, 10 * MS, "T1 wait 10 ms");
    is_num(t1->takes, 3, "T1 3 takes (0, 10, and 20 on its way out)");
    is_num(t1->forced_drops, 2, "T1 forced twice");
    is_num(t1->longest_wait_ns, 5 * MS, "T1 longest wait 5 ms");
    is_num(t1->mean_slice_ns, 3333333, "T1 mean slice 10 ms / 3");
    is_num(t2->run_ns, 10 * MS, "T2 run 10 ms");
    is_num(t2->takes, 2, "T2 2 takes");
    is_num(t2->forced_drops, 1, "T2 forced once");
    is_num(t2->mean_slice_ns, 5 * MS, "T2 mean slice 5 ms");

    char *text = stats_render_text(&r, false);
    if (getenv("SHOW")) diag("\n%s", text);
    is_str(text,
           "process main: ran 20.0 ms, GIL held 100.0% (20.0 ms), 6 switches (300/s), 3 drop requests\n"
           "thread             run      wait    native     block     takes    forced  max wait mean slice\n"
           "0 MainThread      0 ns      0 ns      0 ns   20.0 ms         2         0      0 ns       0 ns\n"
           "1 Thread-1     10.0 ms   10.0 ms      0 ns      0 ns         3         2   5.00 ms    3.33 ms\n"
           "2 Thread-2     10.0 ms   10.0 ms      0 ns      0 ns         2         1   5.00 ms    5.00 ms\n",
           "stats text");
    char *again = stats_render_text(&r, false);
    is_str(again, text, "deterministic");
    free(text);
    free(again);
    stats_free(&r);
    ev_free(log);
}

static void test_sleeper_native(void)
{
    EventLog *log = sleeper_native();
    StatsResult r;
    stats_compute(log, &r);
    const StatsProcess *p = &r.procs[0];
    is_num(p->run_ns, 10 * MS, "ran 10 ms");
    /* held: main 0-1, sleeper 1-2, native 2-3, sleeper 4-4.2, native 6-9.2,
     * sleeper 9.2-9.6, main 9.7-10 */
    is_num(p->gil_held_ns, 7100 * US, "GIL held 7.1 ms");
    is_num(p->switches, 6, "6 switches");
    is_num(p->drop_requests, 1, "1 drop request");
    const StatsThread *m = &r.threads[0], *s = &r.threads[1], *n = &r.threads[2];
    is_num(m->run_ns, 1300 * US, "main run 0-1 and 9.7-10");
    is_num(m->wait_ns, 100 * US, "main waits 9.6-9.7 after the join");
    is_num(m->block_ns, 8600 * US, "main blocked 1-9.6");
    is_num(s->run_ns, 1600 * US, "sleeper run 1-2, 4-4.2, 9.2-9.6");
    is_num(s->block_ns, 5800 * US, "sleeper blocked 2-4, 4.2-8");
    is_num(s->wait_ns, 1200 * US, "sleeper waits 8-9.2");
    is_num(s->longest_wait_ns, 1200 * US, "sleeper longest wait");
    is_num(s->takes, 3, "sleeper 3 takes");
    is_num(s->mean_slice_ns, 533333, "sleeper mean slice");
    is_num(n->native_ns, 3 * MS, "native 3-6 without the GIL");
    is_num(n->run_ns, 4200 * US, "native run 2-3 and 6-9.2 (7-8 native holding the GIL)");
    is_num(n->wait_ns, 1 * MS, "native waits 1-2");
    is_num(n->forced_drops, 0, "no forced switch");
    stats_free(&r);
    ev_free(log);
}

static void test_processes(void)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    ev(log, 0, EV_THREAD_START, 0, -1, str(log, "MainThread"));
    ev(log, 0, EV_GIL_TAKE, 0, -1, 0);
    ev_append(log, 2 * MS, EV_PROCESS_START, 0, 1, EV_NONE, str(log, "Process-1"), 0);
    ev_append(log, 2 * MS, EV_THREAD_START, 1, 1, 0, str(log, "MainThread"), 0);
    ev_append(log, 2 * MS, EV_GIL_TAKE, 1, 1, EV_NONE, 0, 0);
    ev_append(log, 8 * MS, EV_GIL_DROP, 1, 1, EV_NONE, DROP_EXIT, 0);
    ev_append(log, 8 * MS, EV_THREAD_EXIT, 1, 1, EV_NONE, 0, 0);
    ev(log, 10 * MS, EV_RUN, 0, -1, 0);   /* still alive at the end */
    StatsResult r;
    stats_compute(log, &r);
    ok(r.nprocs == 2, "two processes");
    is_num(r.procs[0].run_ns, 10 * MS, "main process runs to the end");
    is_num(r.procs[1].run_ns, 6 * MS, "child ran 2-8 ms");
    is_num(r.procs[1].gil_held_ns, 6 * MS, "child's own GIL held throughout");
    is_num(r.procs[1].switches, 0, "no switches in the child");
    ok(r.procs[1].first_thread == 1 && r.procs[1].nthreads == 1, "child's thread range");
    is_num(r.threads[0].run_ns, 10 * MS, "main thread ran 10 ms");
    stats_free(&r);
    ev_free(log);
}

/* ---- a strict little JSON validator (RFC 8259 grammar) ---- */

static const char *json_value(const char *s, int depth);

static const char *json_ws(const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++;
    return s;
}

static const char *json_str(const char *s)
{
    if (*s++ != '"') return NULL;
    while (*s != '"') {
        if ((unsigned char)*s < 0x20) return NULL;   /* raw control character, or end */
        if (*s == '\\') {
            s++;
            if (*s == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i]) return NULL;
                s += 4;
            } else if (!*s || !strchr("\"\\/bfnrt", *s)) {
                return NULL;
            }
        }
        s++;
    }
    return s + 1;
}

static const char *json_num(const char *s)
{
    const char *start = s;
    if (*s == '-') s++;
    if (*s == '0') s++;
    else if (*s >= '1' && *s <= '9') while (*s >= '0' && *s <= '9') s++;
    else return NULL;
    if (*s == '.') {
        s++;
        if (!(*s >= '0' && *s <= '9')) return NULL;
        while (*s >= '0' && *s <= '9') s++;
    }
    return s > start ? s : NULL;
}

/* Containers: a comma must be followed by another member, so a trailing
 * comma fails. */
static const char *json_container(const char *s, int depth, char close, bool object)
{
    s = json_ws(s + 1);
    if (*s == close) return s + 1;
    for (;;) {
        if (object) {
            if (!(s = json_str(json_ws(s)))) return NULL;
            s = json_ws(s);
            if (*s++ != ':') return NULL;
        }
        if (!(s = json_value(s, depth + 1))) return NULL;
        s = json_ws(s);
        if (*s == close) return s + 1;
        if (*s++ != ',') return NULL;
    }
}

static const char *json_value(const char *s, int depth)
{
    if (depth > 64) return NULL;
    s = json_ws(s);
    switch (*s) {
    case '{': return json_container(s, depth, '}', true);
    case '[': return json_container(s, depth, ']', false);
    case '"': return json_str(s);
    case 't': return strncmp(s, "true", 4) ? NULL : s + 4;
    case 'f': return strncmp(s, "false", 5) ? NULL : s + 5;
    case 'n': return strncmp(s, "null", 4) ? NULL : s + 4;
    }
    return json_num(s);
}

static bool json_valid(const char *s)
{
    s = json_value(s, 0);
    return s && *json_ws(s) == '\0';
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = '\0';
    fclose(f);
    return s;
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++) n++;
    return n;
}

static void test_trace(void)
{
    ok(json_valid("{\"a\":[1,2.5,\"x\\u0001\"],\"b\":{}}"), "validator accepts JSON");
    ok(!json_valid("{\"a\":[1,2,]}") && !json_valid("{\"a\":1,}") && !json_valid("[\"\x01\"]"),
       "validator rejects trailing commas and raw control characters");

    EventLog *log = sleeper_native();
    ev(log, 5 * MS, EV_MARK, 2, -1, str(log, "phase \"two\""));
    ev(log, 5 * MS + 1, EV_OUTPUT, 1, -1, str(log, "caf\xc3\xa9\tok\x01\\\n"));
    ev(log, 5 * MS + 2, EV_OUTPUT, 1, -1, str(log, "bad \xff byte"));
    char dir[] = "/tmp/gilsim-trace-XXXXXX";
    ok(mkdtemp(dir) != NULL, "temporary directory");
    char path[128], err[256] = "";
    snprintf(path, sizeof path, "%s/out.json", dir);
    ok(trace_write(log, path, err, sizeof err) == 0, "trace written (%s)", err);
    char *json = slurp(path);
    ok(json && json_valid(json), "trace is valid JSON");
    if (json) {
        ok(strncmp(json, "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[", 39) == 0, "object form");
        ok(strstr(json, "\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"main\"}") != NULL,
           "process name");
        ok(strstr(json, "\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"GIL\"}") != NULL,
           "GIL track");
        ok(strstr(json, "\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":2,\"args\":{\"name\":\"sleeper\"}") != NULL,
           "thread track: lane + 1");
        /* sleeper blocked 4.2-8 ms: ts 4200 µs, dur 3800 µs */
        ok(strstr(json, "{\"name\":\"block: sleep\",\"cat\":\"state\",\"ph\":\"X\",\"pid\":1,\"tid\":2,"
                        "\"ts\":4200.000,\"dur\":3800.000}") != NULL, "block slice");
        /* native holds the GIL 6-9.2 ms */
        ok(strstr(json, "{\"name\":\"native\",\"cat\":\"gil\",\"ph\":\"X\",\"pid\":1,\"tid\":0,"
                        "\"ts\":6000.000,\"dur\":3200.000}") != NULL, "GIL slice named after the holder");
        ok(count(json, "\"ph\":\"X\"") == 7 + 4 + 6 + 4, "slices: 7 GIL + 4 main + 6 sleeper + 4 native");
        ok(strstr(json, "\"name\":\"drop request\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":0,\"ts\":9000.000,"
                        "\"args\":{\"by\":\"sleeper\",\"holder\":\"native\"}") != NULL, "drop request instant");
        ok(strstr(json, "\"name\":\"phase \\\"two\\\"\"") != NULL, "mark escaped");
        ok(strstr(json, "\"ts\":5000.001,\"args\":{\"text\":\"caf\xc3\xa9\\tok\\u0001\\\\\\n\"}") != NULL,
           "output: control characters escaped, UTF-8 kept, ns kept");
        ok(strstr(json, "bad \xef\xbf\xbd byte") != NULL, "invalid UTF-8 replaced");
    }
    free(json);
    DIR *d = opendir(dir);
    int entries = 0;
    for (struct dirent *de; d && (de = readdir(d));) entries += de->d_name[0] != '.';
    if (d) closedir(d);
    ok(entries == 1, "no temporary file left behind");
    snprintf(path, sizeof path, "%s/missing/out.json", dir);
    err[0] = '\0';
    ok(trace_write(log, path, err, sizeof err) == -1 && strstr(err, "missing/out.json") != NULL,
       "error reported: %s", err);
    /* the run's CPython profile: trace metadata and the --stats header */
    ev_set_meta(log, "python", "3.9");
    snprintf(path, sizeof path, "%s/out.json", dir);
    ok(trace_write(log, path, err, sizeof err) == 0, "trace with metadata written (%s)", err);
    json = slurp(path);
    ok(json && json_valid(json) && strncmp(json, "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"python\":\"3.9\"},"
                                           "\"traceEvents\":[", 64) == 0, "trace metadata: the profile");
    free(json);
    StatsResult r;
    stats_compute(log, &r);
    char *text = stats_render_text(&r, false);
    ok(strncmp(text, "CPython 3.9 profile\nprocess ", 28) == 0, "stats header: the profile");
    free(text);
    stats_free(&r);
    unlink(path);
    rmdir(dir);
    ev_free(log);
}

int main(void)
{
    test_format();
    test_two_spinners();
    test_sleeper_native();
    test_processes();
    test_trace();
    return done();
}
