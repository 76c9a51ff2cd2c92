/* lesson.c — the lesson parser and expect matching (see lesson.h).
 *
 * The parser works line by line over the whole text, in one pass. Fences
 * follow CommonMark: up to three spaces of indentation, three or more
 * backticks or tildes, an info string; the block ends at a line of the same
 * character, at least as long, and nothing else. So a ```` fence can quote
 * a lesson's ``` fences in prose, as the man page's examples do.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/claims.h"
#include "lesson/lesson.h"
#include "base/xalloc.h"
#include "vm/interp.h" /* interp_read_all */

/* ---------------------------------------------------------------- helpers */

typedef struct Line {
    const char *s;
    size_t n;          /* without the newline (and without a '\r' before it) */
} Line;

typedef struct Parser {
    const char *path;
    Line *lines;
    int nlines;
    char *err;
    size_t errlen;
    bool failed;
    Lesson *l;
    /* prose being collected */
    char *prose;
    size_t prose_n, prose_cap;
    int prose_line;
} Parser;

static void fail(Parser *p, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fail(Parser *p, int line, const char *fmt, ...)
{
    if (p->failed) return;
    p->failed = true;
    int n = snprintf(p->err, p->errlen, "%s:%d: ", p->path, line);
    if (n < 0 || (size_t)n >= p->errlen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
    va_end(ap);
}

static char *xstrndup(const char *s, size_t n)
{
    char *r = xmalloc(n + 1);
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

static bool is_blank(Line ln)
{
    for (size_t i = 0; i < ln.n; i++)
        if (ln.s[i] != ' ' && ln.s[i] != '\t') return false;
    return true;
}

/* Trim spaces and tabs from both ends. */
static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
}

static bool line_is(Line ln, const char *text)
{
    const char *s = ln.s;
    size_t n = ln.n;
    trim(&s, &n);
    return n == strlen(text) && memcmp(s, text, n) == 0;
}

/* Split text into lines; a final line without a newline counts. */
static Line *split_lines(const char *text, size_t len, int *count)
{
    int cap = 64, n = 0;
    Line *v = xmalloc((size_t)cap * sizeof *v);
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        size_t ln = (size_t)(e - p);
        if (ln && p[ln - 1] == '\r') ln--;
        if (n == cap) v = xrealloc(v, (size_t)(cap *= 2) * sizeof *v);
        v[n++] = (Line){p, ln};
        p = nl ? nl + 1 : end;
    }
    *count = n;
    return v;
}

static void buf_add(char **buf, size_t *n, size_t *cap, const char *s, size_t len)
{
    if (*n + len + 1 > *cap) {
        while (*n + len + 1 > *cap) *cap = *cap ? *cap * 2 : 256;
        *buf = xrealloc(*buf, *cap);
    }
    memcpy(*buf + *n, s, len);
    *n += len;
    (*buf)[*n] = '\0';
}

/* Lines [from, to) joined, each ending in a newline. */
static char *join_lines(const Parser *p, int from, int to, size_t *len)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    buf_add(&buf, &n, &cap, "", 0);
    for (int i = from; i < to; i++) {
        buf_add(&buf, &n, &cap, p->lines[i].s, p->lines[i].n);
        buf_add(&buf, &n, &cap, "\n", 1);
    }
    if (len) *len = n;
    return buf;
}

/* ---------------------------------------------------------------- values */

bool lesson_parse_duration(const char *text, int64_t *out_ns)
{
    static const struct { const char *suffix; int64_t ns; } units[] = {
        {"ns", 1}, {"us", 1000}, {"µs", 1000}, {"ms", 1000000}, {"s", 1000000000},
        {"", 1000000000},
    };
    const char *p = text;
    int64_t scale = -1, ns = 0;
    const char *int_start = p;
    while (*p >= '0' && *p <= '9') p++;
    const char *int_end = p, *frac_start = p, *frac_end = p;
    if (*p == '.') {
        frac_start = ++p;
        while (*p >= '0' && *p <= '9') p++;
        frac_end = p;
    }
    if (int_end == int_start && frac_end == frac_start) return false;
    while (*p == ' ') p++;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(p, units[i].suffix) == 0) {
            scale = units[i].ns;
            break;
        }
    if (scale < 0) return false;
    for (const char *d = int_start; d < int_end; d++) {
        int64_t digit = *d - '0';
        if (ns > (INT64_MAX - digit * scale) / 10) return false;
        ns = ns * 10 + digit * scale;
    }
    for (const char *d = frac_start; d < frac_end && scale > 1; d++) {
        scale /= 10;
        ns += (*d - '0') * scale;
    }
    if (ns <= 0) return false;
    *out_ns = ns;
    return true;
}

static bool parse_int(const char *text, long long min, long long max, long long *out)
{
    char *end;
    if (*text < '0' || *text > '9') return false;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || *end || v < min || v > max) return false;
    *out = v;
    return true;
}

static bool parse_u64(const char *text, uint64_t *out)
{
    char *end;
    if (*text < '0' || *text > '9') return false;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || *end) return false;
    *out = v;
    return true;
}

/* `key: value` (or `key = value`) with optional quotes around the value.
 * Returns false if the line has no such shape. */
static bool split_key_value(Line ln, char *key, size_t keylen, char *value, size_t valuelen)
{
    const char *s = ln.s;
    size_t n = ln.n, k = 0;
    while (k < n && (s[k] == '_' || s[k] == '-' || (s[k] >= 'a' && s[k] <= 'z')
                     || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
        k++;
    if (k == 0 || k >= keylen) return false;
    size_t i = k;
    while (i < n && s[i] == ' ') i++;
    if (i >= n || (s[i] != ':' && s[i] != '=')) return false;
    memcpy(key, s, k);
    key[k] = '\0';
    for (size_t j = 0; j < k; j++)
        if (key[j] == '-') key[j] = '_';
    const char *v = s + i + 1;
    size_t vn = n - i - 1;
    trim(&v, &vn);
    /* a trailing comment, YAML style (not inside quotes) */
    if (vn && v[0] != '"' && v[0] != '\'') {
        for (size_t j = 0; j < vn; j++)
            if (v[j] == '#' && (j == 0 || v[j - 1] == ' ')) {
                vn = j;
                trim(&v, &vn);
                break;
            }
    }
    if (vn >= 2 && (v[0] == '"' || v[0] == '\'') && v[vn - 1] == v[0]) {
        v++;
        vn -= 2;
    }
    if (vn >= valuelen) vn = valuelen - 1;
    memcpy(value, v, vn);
    value[vn] = '\0';
    return true;
}

/* A run setting shared by front matter and ```gilsim blocks. Returns 1 if
 * the key is one, 0 if not, -1 after reporting a bad value. */
static int parse_setting(Parser *p, int line, const char *key, const char *value,
                         LessonSettings *s)
{
    long long n;
    if (strcmp(key, "switch_interval") == 0) {
        if (!lesson_parse_duration(value, &s->switch_interval_ns)) {
            fail(p, line, "invalid switch_interval '%s' (expected a positive duration "
                 "such as 5ms, 500us or 0.005)", value);
            return -1;
        }
    } else if (strcmp(key, "cores") == 0) {
        if (!parse_int(value, 1, 1024, &n)) {
            fail(p, line, "invalid cores '%s' (expected a number from 1 to 1024)", value);
            return -1;
        }
        s->cores = (int)n;
    } else if (strcmp(key, "ranks") == 0) {
        if (!parse_int(value, 1, 256, &n)) {
            fail(p, line, "invalid ranks '%s' (expected a number from 1 to 256)", value);
            return -1;
        }
        s->ranks = (int)n;
    } else if (strcmp(key, "gil") == 0) {
        if (strcmp(value, "on") == 0 || strcmp(value, "true") == 0) s->gil = 1;
        else if (strcmp(value, "off") == 0 || strcmp(value, "false") == 0) s->gil = 0;
        else {
            fail(p, line, "invalid gil '%s' (expected on or off)", value);
            return -1;
        }
    } else if (strcmp(key, "switch_points") == 0) {
        int checks = profile_parse_checks(value);
        if (checks < 0) {
            fail(p, line, "invalid switch_points '%s' (expected cpython, every or a version: "
                 "3.9, 3.10, 3.11, 3.12, 3.13)", value);
            return -1;
        }
        s->switch_points = checks;
    } else {
        return 0;
    }
    return 1;
}

static void settings_init(LessonSettings *s)
{
    *s = (LessonSettings){.switch_interval_ns = 0, .cores = 0, .gil = -1,
                          .switch_points = -1, .line = 0};
}

/* Overlay the set fields of b on a. */
static void settings_merge(LessonSettings *a, const LessonSettings *b)
{
    if (b->switch_interval_ns) a->switch_interval_ns = b->switch_interval_ns;
    if (b->cores) a->cores = b->cores;
    if (b->ranks) a->ranks = b->ranks;
    if (b->gil >= 0) a->gil = b->gil;
    if (b->switch_points >= 0) a->switch_points = b->switch_points;
    if (b->explore) a->explore = b->explore;
    if (!a->line) a->line = b->line;
}

/* ------------------------------------------------------------ front matter */

/* Returns the index of the first line after the front matter. */
static int parse_front_matter(Parser *p)
{
    Lesson *l = p->l;
    if (p->nlines == 0 || !line_is(p->lines[0], "---")) return 0;
    int end = -1;
    for (int i = 1; i < p->nlines; i++)
        if (line_is(p->lines[i], "---") || line_is(p->lines[i], "...")) {
            end = i;
            break;
        }
    if (end < 0) {
        fail(p, 1, "front matter is not closed (no second '---' line)");
        return p->nlines;
    }
    l->front.line = 1;
    for (int i = 1; i < end && !p->failed; i++) {
        Line ln = p->lines[i];
        char key[64], value[512];
        /* nested YAML (indented), comments, list items: jupytext's, ignored */
        if (is_blank(ln) || ln.s[0] == ' ' || ln.s[0] == '\t' || ln.s[0] == '#' || ln.s[0] == '-')
            continue;
        if (!split_key_value(ln, key, sizeof key, value, sizeof value)) continue;
        bool known = strcmp(key, "title") == 0 || strcmp(key, "backend") == 0
                  || strcmp(key, "seed") == 0 || strcmp(key, "order") == 0
                  || strcmp(key, "switch_interval") == 0 || strcmp(key, "cores") == 0
                  || strcmp(key, "ranks") == 0
                  || strcmp(key, "gil") == 0 || strcmp(key, "switch_points") == 0
                  || strcmp(key, "python") == 0;
        known = known || strcmp(key, "compare") == 0;
        if (!known) continue;
        if (!*value) {
            fail(p, i + 1, "front matter key '%s' has no value", key);
            break;
        }
        if (strcmp(key, "title") == 0) {
            free(l->title);
            l->title = xstrdup(value);
        } else if (strcmp(key, "compare") == 0) {   /* checked as --compare's OPTIONS when run */
            free(l->compare);
            l->compare = xstrdup(value);
        } else if (strcmp(key, "backend") == 0) {
            if (strcmp(value, "virtual") == 0) l->backend_real = 0;
            else if (strcmp(value, "real") == 0) l->backend_real = 1;
            else fail(p, i + 1, "invalid backend '%s' (expected virtual or real)", value);
        } else if (strcmp(key, "python") == 0) {
            l->python = profile_find(value);
            if (!l->python)
                fail(p, i + 1, "invalid python '%s' (expected one of %s)", value, profile_names());
        } else if (strcmp(key, "seed") == 0) {
            if (!parse_u64(value, &l->seed))
                fail(p, i + 1, "invalid seed '%s' (expected a non-negative integer)", value);
            l->has_seed = true;
        } else if (strcmp(key, "order") == 0) {
            long long n;
            if (!parse_int(value, 1, 1000000, &n))
                fail(p, i + 1, "invalid order '%s' (expected a positive integer)", value);
            else l->order = (int)n;
        } else {
            parse_setting(p, i + 1, key, value, &l->front);
        }
    }
    return end + 1;
}

/* ------------------------------------------------------------------ blocks */

static void add_block(Lesson *l, LessonBlock b)
{
    l->blocks = xrealloc(l->blocks, (size_t)(l->nblocks + 1) * sizeof *l->blocks);
    l->blocks[l->nblocks++] = b;
}

static void prose_add(Parser *p, int i)
{
    if (!p->prose_n && is_blank(p->lines[i])) return;   /* no leading blank lines */
    if (!p->prose_n) p->prose_line = i + 1;
    buf_add(&p->prose, &p->prose_n, &p->prose_cap, p->lines[i].s, p->lines[i].n);
    buf_add(&p->prose, &p->prose_n, &p->prose_cap, "\n", 1);
}

static void prose_flush(Parser *p)
{
    if (!p->prose_n) return;
    while (p->prose_n >= 2 && p->prose[p->prose_n - 1] == '\n' && p->prose[p->prose_n - 2] == '\n')
        p->prose[--p->prose_n] = '\0';   /* no trailing blank lines */
    add_block(p->l, (LessonBlock){.kind = LESSON_PROSE, .line = p->prose_line,
                                  .text = p->prose, .cell = -1});
    p->prose = NULL;
    p->prose_n = p->prose_cap = 0;
}

/* A fence opening at line i: its character, length and info string. */
static bool fence_open(Line ln, char *ch, size_t *len, const char **info, size_t *infolen)
{
    size_t i = 0;
    while (i < ln.n && i < 3 && ln.s[i] == ' ') i++;
    if (i >= ln.n || (ln.s[i] != '`' && ln.s[i] != '~')) return false;
    char c = ln.s[i];
    size_t run = 0;
    while (i + run < ln.n && ln.s[i + run] == c) run++;
    if (run < 3) return false;
    const char *in = ln.s + i + run;
    size_t inn = ln.n - i - run;
    if (c == '`' && memchr(in, '`', inn)) return false;   /* inline code, not a fence */
    trim(&in, &inn);
    *ch = c;
    *len = run;
    *info = in;
    *infolen = inn;
    return true;
}

static bool fence_close(Line ln, char ch, size_t len)
{
    size_t i = 0;
    while (i < ln.n && i < 3 && ln.s[i] == ' ') i++;
    size_t run = 0;
    while (i + run < ln.n && ln.s[i + run] == ch) run++;
    if (run < len) return false;
    for (size_t j = i + run; j < ln.n; j++)
        if (ln.s[j] != ' ' && ln.s[j] != '\t') return false;
    return true;
}

typedef enum FenceKind {
    FENCE_OTHER, FENCE_CODE, FENCE_MYST_CODE, FENCE_EXPECT, FENCE_SETTINGS, FENCE_ASSERT
} FenceKind;

static bool word_is(const char *s, size_t n, const char *w)
{
    return n == strlen(w) && memcmp(s, w, n) == 0;
}

static FenceKind fence_kind(const char *info, size_t n)
{
    size_t w = 0;
    while (w < n && info[w] != ' ' && info[w] != '\t') w++;
    if (word_is(info, w, "python") || word_is(info, w, "python3") || word_is(info, w, "py")
        || word_is(info, w, "ipython") || word_is(info, w, "ipython3"))
        return FENCE_CODE;
    if (word_is(info, w, "expect")) return FENCE_EXPECT;
    if (word_is(info, w, "gilsim")) return FENCE_SETTINGS;
    if (word_is(info, w, "assert")) return FENCE_ASSERT;
    if (word_is(info, w, "{code-cell}")) {
        const char *a = info + w;
        size_t an = n - w;
        trim(&a, &an);
        if (an == 0 || word_is(a, an, "ipython3") || word_is(a, an, "ipython")
            || word_is(a, an, "python3") || word_is(a, an, "python"))
            return FENCE_MYST_CODE;
    }
    return FENCE_OTHER;
}

/* MyST code-cell options at the start of the body: `:key: value` lines, or
 * a block between `---` lines. Returns the first line of code. */
static int skip_cell_options(Parser *p, int from, int to)
{
    int i = from;
    if (i < to && line_is(p->lines[i], "---")) {
        for (int j = i + 1; j < to; j++)
            if (line_is(p->lines[j], "---")) return j + 1;
        fail(p, i + 1, "code-cell options are not closed (no second '---' line)");
        return to;
    }
    while (i < to && p->lines[i].n > 1 && p->lines[i].s[0] == ':'
           && memchr(p->lines[i].s + 1, ':', p->lines[i].n - 1))
        i++;
    return i;
}

static void parse_settings_block(Parser *p, int from, int to, LessonSettings *s)
{
    for (int i = from; i < to && !p->failed; i++) {
        Line ln = p->lines[i];
        const char *t = ln.s;
        size_t tn = ln.n;
        trim(&t, &tn);
        if (tn == 0 || t[0] == '#') continue;
        char key[64], value[256];
        Line tl = {t, tn};
        if (!split_key_value(tl, key, sizeof key, value, sizeof value)) {
            fail(p, i + 1, "expected 'key: value' in a gilsim settings block");
            return;
        }
        long long n;
        if (strcmp(key, "explore") == 0) {
            if (!parse_int(value, 1, 1000000, &n))
                fail(p, i + 1, "invalid explore '%s' (expected a number of schedules from 1 to 1000000)", value);
            else
                s->explore = (int)n;
            continue;
        }
        int r = parse_setting(p, i + 1, key, value, s);
        if (r == 0) {
            if (strcmp(key, "backend") == 0 || strcmp(key, "seed") == 0)
                fail(p, i + 1, "'%s' can only be set in the front matter, for the whole lesson", key);
            else
                fail(p, i + 1, "unknown setting '%s' (expected switch_interval, cores, gil, "
                     "switch_points, ranks or explore)", key);
        }
    }
}

/* An assert block (lines from+1 .. to-1) after the code cell *last_cell,
 * or after the expect block of *expected_cell; an expect block may follow
 * it if the cell has none yet. */
static void parse_assert_block(Parser *p, int from, int to, int *last_cell, int *expected_cell)
{
    int cell = *last_cell >= 0 ? *last_cell : *expected_cell;
    if (cell < 0) {
        fail(p, from + 1, "assert block with no code cell (or its expect block) right before it");
        return;
    }
    LessonCell *c = &p->l->cells[cell];
    if (c->claims) {
        fail(p, from + 1, "a second assert block for cell %d", cell + 1);
        return;
    }
    char *body = join_lines(p, from + 1, to, NULL);
    c->claims = claims_parse(p->path, from + 2, body, p->err, p->errlen);
    free(body);
    if (!c->claims) {
        p->failed = true;
        return;
    }
    c->claims_line = from + 2;
    *last_cell = c->has_expect ? -1 : cell;
    *expected_cell = cell;
}

static void parse_body(Parser *p, int start)
{
    Lesson *l = p->l;
    int last_cell = -1;          /* a code cell an expect block may still follow */
    int expected_cell = -1;      /* the cell whose expect block just ended */
    LessonSettings pending;
    settings_init(&pending);

    for (int i = start; i < p->nlines && !p->failed; i++) {
        Line ln = p->lines[i];
        if (!is_blank(ln) && !(ln.n >= 3 && (ln.s[0] == '`' || ln.s[0] == '~')))
            expected_cell = -1;
        char ch;
        size_t flen, infolen;
        const char *info;

        if (ln.n >= 3 && memcmp(ln.s, "+++", 3) == 0
            && (ln.n == 3 || ln.s[3] == ' ' || ln.s[3] == '\t')) {
            prose_flush(p);
            add_block(l, (LessonBlock){.kind = LESSON_PAUSE, .line = i + 1, .cell = -1});
            last_cell = -1;
            continue;
        }
        if (!fence_open(ln, &ch, &flen, &info, &infolen)) {
            if (!is_blank(ln)) last_cell = -1;
            if (!l->title && ln.n > 2 && ln.s[0] == '#' && ln.s[1] == ' ') {
                const char *t = ln.s + 2;
                size_t tn = ln.n - 2;
                trim(&t, &tn);
                if (tn) l->title = xstrndup(t, tn);
            }
            prose_add(p, i);
            continue;
        }
        int close = -1;
        for (int j = i + 1; j < p->nlines; j++)
            if (fence_close(p->lines[j], ch, flen)) {
                close = j;
                break;
            }
        if (close < 0) {
            char fence[17];
            size_t fn = flen < 16 ? flen : 16;
            memset(fence, ch, fn);
            fence[fn] = '\0';
            fail(p, i + 1, "unterminated %s fence: no closing %s before the end of the file",
                 fence, fence);
            return;
        }
        FenceKind kind = fence_kind(info, infolen);
        switch (kind) {
        case FENCE_OTHER:
            for (int j = i; j <= close; j++) prose_add(p, j);
            last_cell = -1;
            break;
        case FENCE_CODE:
        case FENCE_MYST_CODE: {
            prose_flush(p);
            int first = kind == FENCE_MYST_CODE ? skip_cell_options(p, i + 1, close) : i + 1;
            if (p->failed) return;
            LessonCell c = {0};
            c.number = l->ncells + 1;
            c.fence_line = i + 1;
            c.code_line = first + 1;
            c.code = join_lines(p, first, close, &c.code_len);
            c.settings = pending;
            settings_init(&pending);
            l->cells = xrealloc(l->cells, (size_t)(l->ncells + 1) * sizeof *l->cells);
            l->cells[l->ncells] = c;
            add_block(l, (LessonBlock){.kind = LESSON_CELL, .line = i + 1, .cell = l->ncells});
            last_cell = l->ncells++;
            break;
        }
        case FENCE_EXPECT: {
            if (last_cell < 0) {
                if (expected_cell >= 0)
                    fail(p, i + 1, "a second expect block for cell %d", expected_cell + 1);
                else
                    fail(p, i + 1, "expect block with no code cell right before it");
                return;
            }
            LessonCell *c = &l->cells[last_cell];
            c->has_expect = true;
            c->expect = join_lines(p, i + 1, close, NULL);
            c->expect_line = i + 2;
            expected_cell = last_cell;
            last_cell = -1;      /* one expect block per cell */
            break;
        }
        case FENCE_ASSERT:
            parse_assert_block(p, i, close, &last_cell, &expected_cell);
            if (p->failed) return;
            break;
        case FENCE_SETTINGS: {
            prose_flush(p);
            LessonSettings s;
            settings_init(&s);
            s.line = i + 1;
            parse_settings_block(p, i + 1, close, &s);
            if (p->failed) return;
            settings_merge(&pending, &s);
            if (!pending.line) pending.line = i + 1;
            last_cell = -1;
            break;
        }
        }
        i = close;
    }
    if (p->failed) return;
    prose_flush(p);
    if (pending.line)
        fail(p, pending.line, "gilsim settings block with no code cell after it");
}

/* ------------------------------------------------------------------ public */

static char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    return xstrndup(b, n);
}

Lesson *lesson_parse(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    Parser p = {.path = path, .err = err, .errlen = errlen};
    Lesson *l = xcalloc(1, sizeof *l);
    l->path = xstrdup(path);
    l->name = base_name(path);
    l->backend_real = -1;
    settings_init(&l->front);
    p.l = l;
    if (memchr(text, '\0', len)) {
        fail(&p, 1, "not a text file (it contains NUL bytes)");
    } else {
        p.lines = split_lines(text, len, &p.nlines);
        int start = parse_front_matter(&p);
        if (!p.failed) parse_body(&p, start);
    }
    free(p.lines);
    free(p.prose);
    if (p.failed) {
        lesson_free(l);
        return NULL;
    }
    if (!l->title) l->title = xstrdup(l->name);
    return l;
}

/* Lessons are text a person wrote: anything longer is not one (and an
 * endless file, /dev/zero or a pipe, must end with an error). */
#define LESSON_MAX_BYTES ((size_t)16 << 20)

static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    bool too_big;
    char *buf = interp_read_all(f, LESSON_MAX_BYTES, len, &too_big);
    int saved = errno;
    fclose(f);
    if (!buf && too_big)
        snprintf(err, errlen, "%s: larger than %zu MiB: not a lesson", path, LESSON_MAX_BYTES >> 20);
    else if (!buf)
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(saved));
    return buf;
}

Lesson *lesson_load(const char *path, char *err, size_t errlen)
{
    size_t len;
    char *text = read_file(path, &len, err, errlen);
    if (!text) return NULL;
    Lesson *l = lesson_parse(path, text, len, err, errlen);
    free(text);
    return l;
}

void lesson_free(Lesson *l)
{
    if (!l) return;
    for (int i = 0; i < l->ncells; i++) {
        free(l->cells[i].code);
        free(l->cells[i].expect);
        claims_free(l->cells[i].claims);
    }
    for (int i = 0; i < l->nblocks; i++) free(l->blocks[i].text);
    free(l->cells);
    free(l->blocks);
    free(l->path);
    free(l->name);
    free(l->title);
    free(l->compare);
    free(l);
}

bool lesson_sniff(const char *text, size_t len)
{
    int count;
    Line *lines = split_lines(text, len, &count);
    bool yes = false;
    int i = 0;
    if (count && line_is(lines[0], "---")) {
        for (i = 1; i < count && !line_is(lines[i], "---"); i++) {
            Line ln = lines[i];
            if ((ln.n >= 9 && memcmp(ln.s, "jupytext:", 9) == 0)
                || (ln.n >= 11 && memcmp(ln.s, "kernelspec:", 11) == 0))
                yes = true;
        }
    }
    for (i = 0; i < count && !yes; i++) {
        char ch;
        size_t flen, infolen;
        const char *info;
        if (fence_open(lines[i], &ch, &flen, &info, &infolen) && lines[i].s[0] == '`') {
            FenceKind k = fence_kind(info, infolen);
            if (k == FENCE_MYST_CODE || k == FENCE_CODE) yes = true;
        }
    }
    free(lines);
    return yes;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

bool lesson_is_lesson_file(const char *path)
{
    if (has_suffix(path, ".lesson") || has_suffix(path, ".md")) return true;
    if (has_suffix(path, ".py")) return false;
    char err[256];
    size_t len;
    char *text = read_file(path, &len, err, sizeof err);
    if (!text) return false;
    /* a notebook in a .txt, or no extension: decide by content */
    bool yes = lesson_sniff(text, len);
    free(text);
    return yes;
}

/* ------------------------------------------------------------ expect match */

typedef struct Lines {
    Line *v;
    int n;
} Lines;

static Lines text_lines(const char *text)
{
    Lines ls;
    ls.v = split_lines(text, strlen(text), &ls.n);
    /* trailing whitespace is not compared (editors strip it, print adds it) */
    for (int i = 0; i < ls.n; i++)
        while (ls.v[i].n && (ls.v[i].s[ls.v[i].n - 1] == ' ' || ls.v[i].s[ls.v[i].n - 1] == '\t'))
            ls.v[i].n--;
    return ls;
}

static bool is_ellipsis(Line ln) { return ln.n == 3 && memcmp(ln.s, "...", 3) == 0; }

/* One line against a pattern whose `...` match any text. */
static bool line_match(Line pat, Line s)
{
    const char *pp = pat.s, *pe = pat.s + pat.n;
    const char *sp = s.s, *se = s.s + s.n;
    /* the first segment is anchored at the start */
    const char *dots = NULL;
    for (const char *q = pp; q + 3 <= pe; q++)
        if (memcmp(q, "...", 3) == 0) { dots = q; break; }
    if (!dots) return pat.n == s.n && memcmp(pat.s, s.s, s.n) == 0;
    size_t k = (size_t)(dots - pp);
    if ((size_t)(se - sp) < k || memcmp(sp, pp, k) != 0) return false;
    sp += k;
    pp = dots + 3;
    for (;;) {
        dots = NULL;
        for (const char *q = pp; q + 3 <= pe; q++)
            if (memcmp(q, "...", 3) == 0) { dots = q; break; }
        if (!dots) {
            /* the last segment is anchored at the end */
            size_t m = (size_t)(pe - pp);
            return (size_t)(se - sp) >= m && memcmp(se - m, pp, m) == 0;
        }
        size_t m = (size_t)(dots - pp);
        const char *found = NULL;
        for (const char *q = sp; q + m <= se; q++)
            if (memcmp(q, pp, m) == 0) { found = q; break; }
        if (!found) return false;
        sp = found + m;
        pp = dots + 3;
    }
}

/* Edit-distance alignment of expect lines E against output lines O, where
 * an ellipsis line absorbs output lines for free. cost[i][j]: the cheapest
 * alignment of E[i..] with O[j..]. */
static int *align(Lines e, Lines o)
{
    int w = o.n + 1;
    int *cost = xmalloc((size_t)(e.n + 1) * (size_t)w * sizeof *cost);
#define C(i, j) cost[(size_t)(i) * (size_t)w + (size_t)(j)]
    for (int i = e.n; i >= 0; i--)
        for (int j = o.n; j >= 0; j--) {
            int best;
            if (i == e.n) best = o.n - j;                  /* extra output lines */
            else if (is_ellipsis(e.v[i])) {
                best = C(i + 1, j);
                if (j < o.n && C(i, j + 1) < best) best = C(i, j + 1);
            } else {
                best = 1 + C(i + 1, j);                    /* missing expected line */
                if (j < o.n) {
                    if (1 + C(i, j + 1) < best) best = 1 + C(i, j + 1);
                    if (line_match(e.v[i], o.v[j]) && C(i + 1, j + 1) < best)
                        best = C(i + 1, j + 1);
                }
            }
            C(i, j) = best;
        }
#undef C
    return cost;
}

bool lesson_expect_match(const char *expect, const char *output)
{
    Lines e = text_lines(expect), o = text_lines(output);
    int *cost = align(e, o);
    bool ok = cost[0] == 0;
    free(cost);
    free(e.v);
    free(o.v);
    return ok;
}

static void diff_line(char **buf, size_t *n, size_t *cap, char tag, Line ln)
{
    buf_add(buf, n, cap, &tag, 1);
    buf_add(buf, n, cap, ln.s, ln.n);
    buf_add(buf, n, cap, "\n", 1);
}

char *lesson_expect_diff(const char *expect, const char *output, const char *path,
                         int cell, int expect_line)
{
    Lines e = text_lines(expect), o = text_lines(output);
    int *cost = align(e, o);
    int w = o.n + 1;
#define C(i, j) cost[(size_t)(i) * (size_t)w + (size_t)(j)]
    char *buf = NULL;
    size_t n = 0, cap = 0;
    char head[1024];
    snprintf(head, sizeof head,
             "--- %s:%d (cell %d, expected)\n+++ cell %d, actual output\n@@ -%d,%d +1,%d @@\n",
             path, expect_line, cell, cell, expect_line, e.n, o.n);
    buf_add(&buf, &n, &cap, head, strlen(head));
    int i = 0, j = 0;
    bool shown_dots = false;
    while (i < e.n || j < o.n) {
        if (i == e.n) {
            diff_line(&buf, &n, &cap, '+', o.v[j++]);
        } else if (is_ellipsis(e.v[i])) {
            if (!shown_dots) diff_line(&buf, &n, &cap, ' ', e.v[i]);
            shown_dots = true;
            if (j < o.n && C(i, j + 1) == C(i, j)) j++;    /* absorbed */
            else { i++; shown_dots = false; }
        } else if (j < o.n && line_match(e.v[i], o.v[j]) && C(i + 1, j + 1) == C(i, j)) {
            diff_line(&buf, &n, &cap, ' ', o.v[j]);
            i++, j++;
        } else if (C(i + 1, j) + 1 == C(i, j)) {
            diff_line(&buf, &n, &cap, '-', e.v[i++]);
        } else {
            diff_line(&buf, &n, &cap, '+', o.v[j++]);
        }
    }
#undef C
    free(cost);
    free(e.v);
    free(o.v);
    return buf;
}
