/* claims.c — parsing and checking a cell's timeline claims (see claims.h).
 *
 * A claim is parsed once, with the lesson, into two sums of terms and a
 * comparison; checking it computes the window's statistics and timeline
 * model and evaluates both sides. A claim that names a pattern of threads
 * (or a name several threads share, as MainThread in several processes) is
 * evaluated once per matching thread and fails at the first one for which
 * it is false; the report names that thread.
 */
#include "config.h"

#include <fnmatch.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/claims.h"
#include "ui/stats.h"
#include "ui/timeline.h"
#include "base/xalloc.h"

/* ------------------------------------------------------------ the claims */

typedef enum Kind { KIND_COUNT, KIND_TIME, KIND_PERCENT, KIND_ZERO } Kind;

typedef enum Measure {
    /* a thread's, or summed over the cell's threads */
    M_RUN, M_WAIT, M_NATIVE, M_BLOCK, M_TAKES, M_FORCED, M_MAX_WAIT, M_MEAN_SLICE,
    M_START, M_END,                          /* a thread's only */
    /* the cell's */
    M_SWITCHES, M_REQUESTS, M_FORCED_SWITCHES, M_MARKS, M_GIL_HELD, M_AT_ONCE,
    M_DURATION, M_THREADS,
    /* the time of an event: first or last */
    M_REQUEST_AT, M_FORCED_AT, M_MARK_AT,
} Measure;

enum Scope { SCOPE_THREAD, SCOPE_THREAD_ONLY, SCOPE_CELL, SCOPE_EVENT };

static const struct MeasureName {
    const char *words;
    Measure m;
    Kind kind;
    enum Scope scope;
} measures[] = {
    /* longer phrases before their prefixes */
    {"max wait", M_MAX_WAIT, KIND_TIME, SCOPE_THREAD},
    {"longest wait", M_MAX_WAIT, KIND_TIME, SCOPE_THREAD},
    {"mean slice", M_MEAN_SLICE, KIND_TIME, SCOPE_THREAD},
    {"forced switches", M_FORCED_SWITCHES, KIND_COUNT, SCOPE_CELL},
    {"drop requests", M_REQUESTS, KIND_COUNT, SCOPE_CELL},
    {"running at once", M_AT_ONCE, KIND_COUNT, SCOPE_CELL},
    {"gil held", M_GIL_HELD, KIND_PERCENT, SCOPE_CELL},
    {"run", M_RUN, KIND_TIME, SCOPE_THREAD},
    {"wait", M_WAIT, KIND_TIME, SCOPE_THREAD},
    {"native", M_NATIVE, KIND_TIME, SCOPE_THREAD},
    {"block", M_BLOCK, KIND_TIME, SCOPE_THREAD},
    {"takes", M_TAKES, KIND_COUNT, SCOPE_THREAD},
    {"forced", M_FORCED, KIND_COUNT, SCOPE_THREAD},
    {"start", M_START, KIND_TIME, SCOPE_THREAD_ONLY},
    {"end", M_END, KIND_TIME, SCOPE_THREAD_ONLY},
    {"switches", M_SWITCHES, KIND_COUNT, SCOPE_CELL},
    {"\xe2\x96\xbc", M_REQUESTS, KIND_COUNT, SCOPE_CELL},           /* ▼ */
    {"\xe2\x9c\x95", M_FORCED_SWITCHES, KIND_COUNT, SCOPE_CELL},    /* ✕ */
    {"marks", M_MARKS, KIND_COUNT, SCOPE_CELL},
    {"\xe2\x97\x86", M_MARKS, KIND_COUNT, SCOPE_CELL},              /* ◆ */
    {"duration", M_DURATION, KIND_TIME, SCOPE_CELL},
    {"threads", M_THREADS, KIND_COUNT, SCOPE_CELL},
};

static const struct MeasureName events[] = {
    {"drop request", M_REQUEST_AT, KIND_TIME, SCOPE_EVENT},
    {"\xe2\x96\xbc", M_REQUEST_AT, KIND_TIME, SCOPE_EVENT},
    {"forced switch", M_FORCED_AT, KIND_TIME, SCOPE_EVENT},
    {"\xe2\x9c\x95", M_FORCED_AT, KIND_TIME, SCOPE_EVENT},
    {"mark", M_MARK_AT, KIND_TIME, SCOPE_EVENT},
    {"\xe2\x97\x86", M_MARK_AT, KIND_TIME, SCOPE_EVENT},
};

typedef enum ClaimCompare { CLAIM_LT, CLAIM_LE, CLAIM_GT, CLAIM_GE, CLAIM_EQ, CLAIM_NE } ClaimCompare;

static const struct { const char *text; ClaimCompare op; } compares[] = {
    {"at least", CLAIM_GE}, {"at most", CLAIM_LE}, {"before", CLAIM_LT}, {"after", CLAIM_GT},
    {"<=", CLAIM_LE}, {">=", CLAIM_GE}, {"==", CLAIM_EQ}, {"!=", CLAIM_NE},
    {"\xe2\x89\xa4", CLAIM_LE}, {"\xe2\x89\xa5", CLAIM_GE}, {"\xe2\x89\xa0", CLAIM_NE},
    {"<", CLAIM_LT}, {">", CLAIM_GT}, {"=", CLAIM_EQ},
};

typedef struct Term {
    double number;        /* a number, or the factor of a quantity */
    int sign;             /* +1, -1 */
    bool quantity;
    Measure m;
    bool last;            /* events: the last one, not the first */
    char *threads;        /* `of THREADS`; NULL: none */
    char *label;          /* `mark "label"`; NULL: any mark */
    char *text;           /* the measure as written (without `of`), for the report */
} Term;

typedef struct Side {
    Term *v;
    int n;
    Kind kind;
} Side;

typedef struct Claim {
    int line;
    char *text;           /* the claim as written, comment and spaces trimmed */
    Side lhs, rhs;
    ClaimCompare op;
} Claim;

struct LessonClaims {
    Claim *v;
    int n;
};

int claims_count(const LessonClaims *c) { return c ? c->n : 0; }

static void side_free(Side *s)
{
    for (int i = 0; i < s->n; i++) {
        free(s->v[i].threads);
        free(s->v[i].label);
        free(s->v[i].text);
    }
    free(s->v);
}

void claims_free(LessonClaims *c)
{
    if (!c) return;
    for (int i = 0; i < c->n; i++) {
        side_free(&c->v[i].lhs);
        side_free(&c->v[i].rhs);
        free(c->v[i].text);
    }
    free(c->v);
    free(c);
}

/* ---------------------------------------------------------------- parsing */

typedef struct Scan {
    const char *s;        /* the line, without its comment */
    size_t n, pos;
    bool failed;
    size_t err_pos;
    char msg[200];
} Scan;

static void scan_fail(Scan *sc, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void scan_fail(Scan *sc, size_t pos, const char *fmt, ...)
{
    if (sc->failed) return;
    sc->failed = true;
    sc->err_pos = pos;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sc->msg, sizeof sc->msg, fmt, ap);
    va_end(ap);
}

static void skip_space(Scan *sc)
{
    while (sc->pos < sc->n && (sc->s[sc->pos] == ' ' || sc->s[sc->pos] == '\t')) sc->pos++;
}

static bool at_end(Scan *sc)
{
    skip_space(sc);
    return sc->pos >= sc->n;
}

static bool is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* Does the text at the cursor start with `phrase` (case-insensitive, one or
 * more spaces where it has one, a word ending where it ends in a letter)?
 * If so, move past it. */
static bool accept(Scan *sc, const char *phrase)
{
    skip_space(sc);
    size_t i = sc->pos;
    for (const char *p = phrase; *p; p++) {
        if (*p == ' ') {
            if (i >= sc->n || sc->s[i] != ' ') return false;
            while (i < sc->n && sc->s[i] == ' ') i++;
            continue;
        }
        if (i >= sc->n || lower(sc->s[i]) != *p) return false;
        i++;
    }
    if (is_word_char(phrase[strlen(phrase) - 1]) && i < sc->n && is_word_char(sc->s[i])) return false;
    sc->pos = i;
    return true;
}

/* A thread name or pattern: a quoted string, or the next word (anything up
 * to a space). */
static char *scan_name(Scan *sc)
{
    skip_space(sc);
    size_t start = sc->pos;
    if (start < sc->n && (sc->s[start] == '"' || sc->s[start] == '\'')) {
        char q = sc->s[start];
        const char *close = memchr(sc->s + start + 1, q, sc->n - start - 1);
        if (!close) {
            scan_fail(sc, start, "the quoted name is not closed");
            return NULL;
        }
        size_t len = (size_t)(close - sc->s) - start - 1;
        sc->pos = (size_t)(close - sc->s) + 1;
        if (!len) {
            scan_fail(sc, start, "an empty name");
            return NULL;
        }
        char *r = xmalloc(len + 1);
        memcpy(r, sc->s + start + 1, len);
        r[len] = '\0';
        return r;
    }
    while (sc->pos < sc->n && sc->s[sc->pos] != ' ' && sc->s[sc->pos] != '\t') sc->pos++;
    if (sc->pos == start) return NULL;
    char *r = xmalloc(sc->pos - start + 1);
    memcpy(r, sc->s + start, sc->pos - start);
    r[sc->pos - start] = '\0';
    return r;
}

/* NUMBER [unit]: returns false (without moving) if no number is here. */
static bool scan_number(Scan *sc, double *value, Kind *kind)
{
    skip_space(sc);
    size_t i = sc->pos, start = i;
    while (i < sc->n && sc->s[i] >= '0' && sc->s[i] <= '9') i++;
    if (i < sc->n && sc->s[i] == '.') {
        i++;
        while (i < sc->n && sc->s[i] >= '0' && sc->s[i] <= '9') i++;
    }
    if (i == start || (i == start + 1 && sc->s[start] == '.')) return false;
    char buf[64];
    size_t len = i - start < sizeof buf - 1 ? i - start : sizeof buf - 1;
    memcpy(buf, sc->s + start, len);
    buf[len] = '\0';
    *value = strtod(buf, NULL);
    sc->pos = i;
    static const struct { const char *unit; double ns; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"\xc2\xb5s", 1e3}, {"ms", 1e6}, {"s", 1e9},
    };
    size_t save = sc->pos;
    if (accept(sc, "%")) {
        *kind = KIND_PERCENT;
        return true;
    }
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (accept(sc, units[k].unit)) {
            *value *= units[k].ns;
            *kind = KIND_TIME;
            return true;
        }
    sc->pos = save;
    *kind = *value == 0 ? KIND_ZERO : KIND_COUNT;
    return true;
}

static const char *kind_name(Kind k)
{
    switch (k) {
    case KIND_TIME: return "a time";
    case KIND_PERCENT: return "a percentage";
    default: return "a count";
    }
}

/* Can values of kinds a and b be compared or added? (A unitless 0 goes
 * with anything.) Returns the kind of the result. */
static bool kinds_join(Kind a, Kind b, Kind *out)
{
    if (a == KIND_ZERO) { *out = b; return true; }
    if (b == KIND_ZERO || a == b) { *out = a; return true; }
    return false;
}

/* quantity -> measure [of THREADS] | (first | last) event */
static bool scan_quantity(Scan *sc, Term *t, Kind *kind)
{
    skip_space(sc);
    size_t start = sc->pos;
    const struct MeasureName *found = NULL;
    bool first = accept(sc, "first"), last = !first && accept(sc, "last");
    if (first || last) {
        for (size_t k = 0; k < sizeof events / sizeof events[0] && !found; k++)
            if (accept(sc, events[k].words)) found = &events[k];
        if (!found) {
            skip_space(sc);
            scan_fail(sc, sc->pos, "expected an event after '%s': drop request (▼), forced "
                      "switch (✕) or mark (◆)", first ? "first" : "last");
            return false;
        }
        t->last = last;
        if (found->m == M_MARK_AT) {
            skip_space(sc);
            if (sc->pos < sc->n && (sc->s[sc->pos] == '"' || sc->s[sc->pos] == '\'')) {
                t->label = scan_name(sc);
                if (!t->label) return false;
            }
        }
    } else {
        for (size_t k = 0; k < sizeof measures / sizeof measures[0] && !found; k++)
            if (accept(sc, measures[k].words)) found = &measures[k];
        if (!found) {
            scan_fail(sc, start, "expected a number or a measure: run, wait, max wait, "
                      "forced, switches, running at once, first ▼, ... (gilsim-lesson(5))");
            return false;
        }
    }
    size_t of_pos = sc->pos;
    if (accept(sc, "of")) {
        if (found->scope != SCOPE_THREAD && found->scope != SCOPE_THREAD_ONLY) {
            scan_fail(sc, of_pos + 1, "'of THREAD' goes with a thread's measure (run, wait, "
                      "native, block, takes, forced, max wait, mean slice, start, end)");
            return false;
        }
        size_t name_pos = sc->pos;
        t->threads = scan_name(sc);
        if (!t->threads) {
            if (!sc->failed) scan_fail(sc, name_pos, "expected a thread name after 'of'");
            return false;
        }
    } else if (found->scope == SCOPE_THREAD_ONLY) {
        scan_fail(sc, sc->pos, "'%s' needs 'of THREAD'", found->words);
        return false;
    }
    t->quantity = true;
    t->m = found->m;
    *kind = found->kind;
    size_t end = of_pos;    /* the measure without its `of` */
    t->text = xmalloc(end - start + 1);
    memcpy(t->text, sc->s + start, end - start);
    t->text[end - start] = '\0';
    return true;
}

/* term -> NUMBER [unit] | [NUMBER (* | ×)] quantity */
static bool scan_term(Scan *sc, Term *t, Kind *kind)
{
    t->number = 1;
    skip_space(sc);
    size_t start = sc->pos;
    double v;
    Kind k;
    if (scan_number(sc, &v, &k)) {
        if (!accept(sc, "*") && !accept(sc, "\xc3\x97")) {
            t->number = v;
            *kind = k;
            return true;
        }
        if (k == KIND_TIME || k == KIND_PERCENT) {
            scan_fail(sc, start, "a factor is a plain number (no unit)");
            return false;
        }
        t->number = v;
    }
    return scan_quantity(sc, t, kind);
}

/* expr -> term { (+ | -) term } */
static bool scan_expr(Scan *sc, Side *side)
{
    int sign = 1;
    for (;;) {
        skip_space(sc);
        size_t pos = sc->pos;
        Term t = {0};
        Kind k;
        if (!scan_term(sc, &t, &k)) {
            free(t.threads);
            free(t.label);
            free(t.text);
            return false;
        }
        t.sign = sign;
        if (side->n == 0) side->kind = k;
        else if (!kinds_join(side->kind, k, &side->kind)) {
            free(t.threads);
            free(t.label);
            free(t.text);
            scan_fail(sc, pos, "adds %s to %s", kind_name(k), kind_name(side->kind));
            return false;
        }
        side->v = xrealloc(side->v, (size_t)(side->n + 1) * sizeof *side->v);
        side->v[side->n++] = t;
        skip_space(sc);
        /* + and - between terms must stand apart: `t-1` is a thread's name */
        if (sc->pos + 1 < sc->n && (sc->s[sc->pos] == '+' || sc->s[sc->pos] == '-')
            && sc->s[sc->pos + 1] == ' ') {
            sign = sc->s[sc->pos] == '+' ? 1 : -1;
            sc->pos++;
            continue;
        }
        return true;
    }
}

/* claim -> expr compare expr */
static bool scan_claim(Scan *sc, Claim *c)
{
    if (!scan_expr(sc, &c->lhs)) return false;
    skip_space(sc);
    size_t op_pos = sc->pos;
    bool found = false;
    for (size_t k = 0; k < sizeof compares / sizeof compares[0] && !found; k++)
        if (accept(sc, compares[k].text)) {
            c->op = compares[k].op;
            found = true;
        }
    if (!found) {
        scan_fail(sc, op_pos, sc->pos >= sc->n
                  ? "expected a comparison (<, <=, >, >=, =, !=, before, after, at least, at most)"
                  : "expected a comparison (<, <=, >, >=, =, !=, before, after, at least, at "
                    "most), or a thread name in quotes");
        return false;
    }
    if (!scan_expr(sc, &c->rhs)) return false;
    if (!at_end(sc)) {
        scan_fail(sc, sc->pos, "unexpected text after the claim (one claim per line)");
        return false;
    }
    Kind k;
    if (!kinds_join(c->lhs.kind, c->rhs.kind, &k)) {
        scan_fail(sc, op_pos, "compares %s with %s", kind_name(c->lhs.kind), kind_name(c->rhs.kind));
        return false;
    }
    bool any = false;
    for (int i = 0; i < c->lhs.n; i++) any |= c->lhs.v[i].quantity;
    for (int i = 0; i < c->rhs.n; i++) any |= c->rhs.v[i].quantity;
    if (!any) {
        scan_fail(sc, 0, "the claim measures nothing (it compares two numbers)");
        return false;
    }
    return true;
}

/* The display column of byte `pos` of s (UTF-8 continuation bytes take none). */
static int column_of(const char *s, size_t pos)
{
    int col = 0;
    for (size_t i = 0; i < pos; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) col++;
    return col;
}

LessonClaims *claims_parse(const char *path, int first_line, const char *text, char *err,
                           size_t errlen)
{
    LessonClaims *cl = xcalloc(1, sizeof *cl);
    int line = first_line;
    for (const char *p = text; *p; line++) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *raw = p;
        size_t rawn = n;
        if (rawn && raw[rawn - 1] == '\r') rawn--;
        p = e ? e + 1 : p + n;
        /* the comment, if any */
        size_t cut = rawn;
        for (size_t i = 0; i < rawn; i++)
            if (raw[i] == '#' && (i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '\t')) {
                cut = i;
                break;
            }
        size_t lead = 0;
        while (lead < cut && (raw[lead] == ' ' || raw[lead] == '\t')) lead++;
        size_t end = cut;
        while (end > lead && (raw[end - 1] == ' ' || raw[end - 1] == '\t')) end--;
        if (end == lead) continue;
        Claim c = {0};
        c.line = line;
        Scan sc = {.s = raw, .n = end, .pos = lead};
        if (!scan_claim(&sc, &c)) {
            if (!sc.failed) scan_fail(&sc, sc.pos, "not a claim");
            if (sc.err_pos < lead) sc.err_pos = lead;
            char *shown = xmalloc(rawn + 1);
            for (size_t i = 0; i < rawn; i++) shown[i] = raw[i] == '\t' ? ' ' : raw[i];
            shown[rawn] = '\0';
            snprintf(err, errlen, "%s:%d: %s\n    %s\n    %*s^", path, line, sc.msg, shown,
                     column_of(raw, sc.err_pos), "");
            free(shown);
            side_free(&c.lhs);
            side_free(&c.rhs);
            claims_free(cl);
            return NULL;
        }
        c.text = xmalloc(end - lead + 1);
        memcpy(c.text, raw + lead, end - lead);
        c.text[end - lead] = '\0';
        cl->v = xrealloc(cl->v, (size_t)(cl->n + 1) * sizeof *cl->v);
        cl->v[cl->n++] = c;
    }
    return cl;
}

/* -------------------------------------------------------------- checking */

typedef struct Ctx {
    const EventLog *log;
    StatsResult st;
    TlModel *model;
    const char *pattern;  /* the `of` pattern the claim ranges over; NULL: none */
    int bound;            /* the thread (index into st.threads) it stands for now */
    bool ambiguous;       /* several processes: name threads with their process */
} Ctx;

/* A figure and where it was measured, for the report. */
typedef struct Figure {
    bool defined;
    double value;
    char where[160];
    char thread[160];     /* the thread measured, for `of THREADS` */
} Figure;

static const char *process_name(const StatsResult *st, int process)
{
    for (int i = 0; i < st->nprocs; i++)
        if (st->procs[i].id == process) return st->procs[i].name;
    return "";
}

/* A pattern PROCESS/THREAD names a thread of a process (each side a
 * pattern); one without a slash, a thread of any process. */
static bool thread_matches(const StatsResult *st, const StatsThread *t, const char *pattern)
{
    const char *slash = strchr(pattern, '/');
    if (!slash) return fnmatch(pattern, t->name, 0) == 0;
    char proc[200];
    size_t n = (size_t)(slash - pattern) < sizeof proc - 1 ? (size_t)(slash - pattern) : sizeof proc - 1;
    memcpy(proc, pattern, n);
    proc[n] = '\0';
    return fnmatch(proc, process_name(st, t->process), 0) == 0 && fnmatch(slash + 1, t->name, 0) == 0;
}

/* A thread as a claim would name it: PROCESS/THREAD when there are several
 * processes. */
static void thread_label(const Ctx *x, const StatsThread *t, char *buf, size_t n)
{
    if (x->ambiguous) snprintf(buf, n, "%s/%s", process_name(&x->st, t->process), t->name);
    else snprintf(buf, n, "%s", t->name);
}

static const TlLane *lane_of(const Ctx *x, const StatsThread *t)
{
    return t->thread < x->model->nlanes ? &x->model->lanes[t->thread] : NULL;
}

static double thread_value(const Ctx *x, const StatsThread *t, Measure m)
{
    const TlLane *l = lane_of(x, t);
    switch (m) {
    case M_RUN: return (double)t->run_ns;
    case M_WAIT: return (double)t->wait_ns;
    case M_NATIVE: return (double)t->native_ns;
    case M_BLOCK: return (double)t->block_ns;
    case M_TAKES: return (double)t->takes;
    case M_FORCED: return (double)t->forced_drops;
    case M_MAX_WAIT: return (double)t->longest_wait_ns;
    case M_MEAN_SLICE: return (double)t->mean_slice_ns;
    case M_START:
        if (l)
            for (size_t i = 0; i < l->changes.n; i++)
                if (l->changes.v[i].state != TL_ABSENT) return (double)l->changes.v[i].t;
        return 0;
    case M_END:
        if (l)
            for (size_t i = l->changes.n; i-- > 1;)
                if (l->changes.v[i].state == TL_ABSENT && l->changes.v[i - 1].state != TL_ABSENT)
                    return (double)l->changes.v[i].t;
        return (double)x->st.end_ns;
    default:
        return 0;
    }
}

typedef struct Step {
    int64_t t;
    int delta;            /* +1 a run starts, -1 it ends */
} Step;

/* By time; at one instant, ends before starts (a handoff is not overlap). */
static int step_cmp(const void *a, const void *b)
{
    const Step *x = a, *y = b;
    if (x->t != y->t) return x->t < y->t ? -1 : 1;
    return x->delta - y->delta;
}

/* The most threads in the run state at one instant, and when. */
static int running_at_once(const Ctx *x, int64_t *when)
{
    Step *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < x->model->nlanes; i++) {
        const TlLane *l = &x->model->lanes[i];
        if (!l->used) continue;
        for (size_t k = 0; k < l->changes.n; k++) {
            if (l->changes.v[k].state != TL_RUN) continue;
            int64_t a = l->changes.v[k].t;
            int64_t b = k + 1 < l->changes.n ? l->changes.v[k + 1].t : x->model->t_end;
            if (b <= a) continue;          /* an instant is not a stretch of running */
            if (n + 2 > cap) v = xrealloc(v, (cap = cap ? cap * 2 : 64) * sizeof *v);
            v[n++] = (Step){a, 1};
            v[n++] = (Step){b, -1};
        }
    }
    if (n) qsort(v, n, sizeof *v, step_cmp);
    int now = 0, best = 0;
    *when = 0;
    for (size_t i = 0; i < n; i++) {
        now += v[i].delta;
        if (now > best) {
            best = now;
            *when = v[i].t;
        }
    }
    free(v);
    return best;
}

/* The first or last event of a kind in the window. */
static bool event_time(const Ctx *x, const Term *t, int64_t *out)
{
    bool found = false;
    for (int p = 0; p < x->model->nprocs; p++) {
        const TlProcess *pr = &x->model->procs[p];
        if (!pr->used) continue;
        const TlTimes *times = t->m == M_REQUEST_AT ? &pr->requests : &pr->forced;
        if (t->m == M_MARK_AT) break;
        for (size_t k = 0; k < times->n; k++) {
            int64_t v = times->v[k];
            if (!found || (t->last ? v > *out : v < *out)) *out = v;
            found = true;
        }
    }
    if (t->m == M_MARK_AT) {
        /* labels are in the log, not the model */
        for (uint64_t i = 0; i < ev_count(x->log); i++) {
            const Event *e = ev_get(x->log, i);
            if (e->type != EV_MARK) continue;
            const char *label = ev_string_at(x->log, e->arg);
            if (t->label && (!label || strcmp(label, t->label) != 0)) continue;
            if (!found || (t->last ? e->t > *out : e->t < *out)) *out = e->t;
            found = true;
        }
    }
    return found;
}

static void format_value(char *buf, size_t n, double v, Kind kind)
{
    if (kind == KIND_TIME) stats_format_time(buf, n, (int64_t)(v < 0 ? v - 0.5 : v + 0.5), false);
    else if (kind == KIND_PERCENT) snprintf(buf, n, "%.1f%%", v);
    else snprintf(buf, n, "%.0f", v);
}

/* A quantity's value; fig->where says where (a thread, an instant). */
static void quantity_value(const Ctx *x, const Term *t, Figure *fig)
{
    fig->defined = true;
    fig->where[0] = fig->thread[0] = '\0';
    const StatsResult *st = &x->st;
    if (t->threads) {
        const StatsThread *th = NULL;
        if (x->pattern && strcmp(t->threads, x->pattern) == 0) th = &st->threads[x->bound];
        else
            for (int i = 0; i < st->nthreads && !th; i++)
                if (thread_matches(st, &st->threads[i], t->threads)) th = &st->threads[i];
        fig->value = th ? thread_value(x, th, t->m) : 0;
        fig->defined = th != NULL;
        if (th) thread_label(x, th, fig->thread, sizeof fig->thread);
        return;
    }
    switch (t->m) {
    case M_RUN: case M_WAIT: case M_NATIVE: case M_BLOCK: case M_TAKES: case M_FORCED: {
        double sum = 0;
        for (int i = 0; i < st->nthreads; i++) sum += thread_value(x, &st->threads[i], t->m);
        fig->value = sum;
        return;
    }
    case M_MAX_WAIT: {
        const StatsThread *best = NULL;
        for (int i = 0; i < st->nthreads; i++)
            if (!best || st->threads[i].longest_wait_ns > best->longest_wait_ns) best = &st->threads[i];
        fig->value = best ? (double)best->longest_wait_ns : 0;
        if (best && best->longest_wait_ns) thread_label(x, best, fig->where, sizeof fig->where);
        return;
    }
    case M_MEAN_SLICE: {
        double run = 0, takes = 0;
        for (int i = 0; i < st->nthreads; i++) {
            run += (double)st->threads[i].run_ns;
            takes += (double)st->threads[i].takes;
        }
        fig->value = takes ? run / takes : 0;
        return;
    }
    case M_SWITCHES: case M_REQUESTS: case M_FORCED_SWITCHES: case M_MARKS: {
        double sum = 0;
        for (int p = 0; p < x->model->nprocs; p++) {
            const TlProcess *pr = &x->model->procs[p];
            if (!pr->used) continue;
            sum += t->m == M_SWITCHES ? (double)pr->switches
                 : t->m == M_REQUESTS ? (double)pr->requests.n
                 : t->m == M_FORCED_SWITCHES ? (double)pr->forced.n : (double)pr->marks.n;
        }
        fig->value = sum;
        return;
    }
    case M_GIL_HELD:
        fig->value = st->nprocs && st->procs[0].has_gil ? st->procs[0].utilisation : 0;
        return;
    case M_AT_ONCE: {
        int64_t when;
        fig->value = running_at_once(x, &when);
        if (fig->value > 1) {
            char at[32];
            snprintf(fig->where, sizeof fig->where, "at %s", stats_format_time(at, sizeof at, when, false));
        }
        return;
    }
    case M_DURATION:
        fig->value = (double)st->end_ns;
        return;
    case M_THREADS:
        fig->value = st->nthreads;
        return;
    case M_REQUEST_AT: case M_FORCED_AT: case M_MARK_AT: {
        int64_t v = 0;
        fig->defined = event_time(x, t, &v);
        fig->value = (double)v;
        return;
    }
    default:
        fig->value = 0;
        return;
    }
}

/* What a false claim measured: short, so a fixed buffer (cut if longer). */
typedef struct Report {
    char s[600];
    size_t n;
    bool measured;        /* figures (else: why there are none) */
} Report;

static void report_add(Report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report_add(Report *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(r->s + r->n, sizeof r->s - r->n, fmt, ap);
    va_end(ap);
    if (k > 0) r->n = r->n + (size_t)k < sizeof r->s ? r->n + (size_t)k : sizeof r->s - 1;
}

/* Evaluate a side; every quantity's figure goes into the report. Returns
 * false if a quantity has no value (no such event, no such thread). */
static bool side_value(const Ctx *x, const Side *s, double *out, Report *rep, int nquantities,
                       char *undefined, size_t undefined_n)
{
    double sum = 0;
    bool ok = true;
    for (int i = 0; i < s->n; i++) {
        const Term *t = &s->v[i];
        if (!t->quantity) {
            sum += t->sign * t->number;
            continue;
        }
        Figure f;
        quantity_value(x, t, &f);
        if (!f.defined) {
            if (ok) {
                if (t->m >= M_REQUEST_AT)
                    snprintf(undefined, undefined_n, "there is no %s in the cell",
                             t->m == M_REQUEST_AT ? "drop request" : t->m == M_FORCED_AT ? "forced switch"
                             : "mark");
                else
                    snprintf(undefined, undefined_n, "no thread matches '%s'", t->threads);
            }
            ok = false;
            continue;
        }
        sum += t->sign * t->number * f.value;
        const struct MeasureName *mn = NULL;
        for (size_t k = 0; k < sizeof measures / sizeof measures[0] && !mn; k++)
            if (measures[k].m == t->m) mn = &measures[k];
        Kind kind = mn ? mn->kind : KIND_TIME;
        char v[64];
        format_value(v, sizeof v, f.value, kind);
        if (nquantities == 1) {
            report_add(rep, "%s", v);
        } else {
            report_add(rep, "%s%s%s%s %s", rep->n ? ", " : "", t->text, f.thread[0] ? " of " : "",
                       f.thread, v);
        }
        if (f.where[0]) report_add(rep, " (%s)", f.where);
    }
    *out = sum;
    return ok;
}

static bool compare(double a, ClaimCompare op, double b)
{
    switch (op) {
    case CLAIM_LT: return a < b;
    case CLAIM_LE: return a <= b;
    case CLAIM_GT: return a > b;
    case CLAIM_GE: return a >= b;
    case CLAIM_EQ: return a == b;
    case CLAIM_NE: return a != b;
    }
    return false;
}

/* One term: a number, or a quantity without a factor. */
static bool is_simple(const Side *s)
{
    return s->n == 1 && (!s->v[0].quantity || s->v[0].number == 1);
}

static int count_quantities(const Side *s)
{
    int n = 0;
    for (int i = 0; i < s->n; i++) n += s->v[i].quantity;
    return n;
}

/* The claim for the thread bound now; on failure, the report. */
static bool claim_holds(const Ctx *x, const Claim *c, Report *rep)
{
    char undefined[200] = "";
    int nq = count_quantities(&c->lhs) + count_quantities(&c->rhs);
    double a, b;
    rep->n = 0;
    rep->s[0] = '\0';
    rep->measured = true;
    bool ok = side_value(x, &c->lhs, &a, rep, nq, undefined, sizeof undefined);
    ok &= side_value(x, &c->rhs, &b, rep, nq, undefined, sizeof undefined);
    if (!ok) {
        rep->n = 0;
        rep->s[0] = '\0';
        rep->measured = false;
        report_add(rep, "%s", undefined);
        return false;
    }
    if (compare(a, c->op, b)) return true;
    if (!is_simple(&c->lhs) || !is_simple(&c->rhs) || nq > 1) {
        /* arithmetic: show what was compared, exactly if rounding hides it */
        static const char *const ops[] = {"<", "<=", ">", ">=", "=", "!="};
        Kind kind;
        if (!kinds_join(c->lhs.kind, c->rhs.kind, &kind)) kind = c->lhs.kind;
        char left[64], right[64];
        format_value(left, sizeof left, a, kind);
        format_value(right, sizeof right, b, kind);
        if (strcmp(left, right) == 0) {
            snprintf(left, sizeof left, "%.0f%s", a, kind == KIND_TIME ? " ns" : "");
            snprintf(right, sizeof right, "%.0f%s", b, kind == KIND_TIME ? " ns" : "");
        }
        report_add(rep, "; %s is not %s %s", left, ops[c->op], right);
    }
    return false;
}

/* The `of` names of a claim that match several threads (at most one may). */
static const char *claim_pattern(const Ctx *x, const Claim *c, const char **second)
{
    const char *pattern = NULL;
    *second = NULL;
    for (int side = 0; side < 2; side++) {
        const Side *s = side ? &c->rhs : &c->lhs;
        for (int i = 0; i < s->n; i++) {
            const char *name = s->v[i].threads;
            if (!name || (pattern && strcmp(name, pattern) == 0)) continue;
            int matches = 0;
            for (int k = 0; k < x->st.nthreads; k++) matches += thread_matches(&x->st, &x->st.threads[k], name);
            if (matches < 2) continue;
            if (!pattern) pattern = name;
            else if (!*second) *second = name;
        }
    }
    return pattern;
}

int claims_check(const LessonClaims *cl, const EventLog *window, const char *path, int cell,
                 bool all, FILE *out)
{
    if (!cl || !cl->n) return 0;
    Ctx x = {.log = window, .bound = -1};
    stats_compute(window, &x.st);
    x.model = tl_model_new();
    tl_model_update(x.model, window);
    x.ambiguous = x.st.nprocs > 1;
    Report rep = {.n = 0}, seen = {.n = 0};   /* seen: a pattern's threads, for `all` */
    int failed = 0;
    for (int i = 0; i < cl->n; i++) {
        const Claim *c = &cl->v[i];
        const char *second;
        x.pattern = claim_pattern(&x, c, &second);
        x.bound = -1;
        bool ok = true;
        char who[200] = "";
        if (second) {
            ok = false;
            rep.n = 0;
            rep.s[0] = '\0';
            rep.measured = false;
            report_add(&rep, "both '%s' and '%s' name several threads (a claim ranges over one)",
                       x.pattern, second);
        } else if (x.pattern) {
            bool single = count_quantities(&c->lhs) + count_quantities(&c->rhs) == 1;
            seen.n = 0;
            seen.s[0] = '\0';
            for (int k = 0; k < x.st.nthreads && ok; k++) {
                if (!thread_matches(&x.st, &x.st.threads[k], x.pattern)) continue;
                x.bound = k;
                ok = claim_holds(&x, c, &rep);
                /* with several figures, each names its thread already */
                if (single) thread_label(&x, &x.st.threads[k], who, sizeof who);
                if (ok && all)
                    report_add(&seen, "%s%s%s%s", seen.n ? "; " : "", rep.s, single ? " for " : "",
                               single ? who : "");
            }
            if (ok && all) memcpy(&rep, &seen, sizeof rep);
            if (ok || !rep.measured) who[0] = '\0';
        } else {
            ok = claim_holds(&x, c, &rep);
        }
        if (ok) {
            /* with `all`, the figures of a claim that holds (for a pattern:
             * those of the last thread it was checked for) */
            if (all)
                fprintf(out, "%s:%d: cell %d: holds: %s \xe2\x80\x94 measured %s\n", path, c->line,
                        cell, c->text, rep.s);
            continue;
        }
        failed++;
        fprintf(out, "%s:%d: cell %d: claim: %s \xe2\x80\x94 %s%s%s%s\n", path, c->line, cell,
                c->text, rep.measured ? "measured " : "", rep.s, who[0] ? " for " : "", who);
    }
    tl_model_free(x.model);
    stats_free(&x.st);
    return failed;
}
