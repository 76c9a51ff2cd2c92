/* prose.c — lesson prose for the live view (see prose.h). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ui/prose.h"
#include "base/xalloc.h"

/* ---- inline markup ---- */

typedef struct Out {
    char *text;
    uint8_t *attrs;
    size_t n, cap;
} Out;

static void emit(Out *o, char c, uint8_t attr)
{
    if (o->n + 1 >= o->cap) {
        o->cap = o->cap ? o->cap * 2 : 256;
        o->text = xrealloc(o->text, o->cap);
        o->attrs = xrealloc(o->attrs, o->cap);
    }
    o->text[o->n] = c;
    o->attrs[o->n++] = attr;
}

static int indent_of(const char *s)
{
    int k = 0;
    while (s[k] == ' ') k++;
    return k;
}

static bool is_fence(const char *s)
{
    int k = indent_of(s);
    return k < 4 && (strncmp(s + k, "```", 3) == 0 || strncmp(s + k, "~~~", 3) == 0);
}

static bool is_blank(const char *s)
{
    int k = indent_of(s);
    return s[k] == '\n' || s[k] == '\0';
}

/* The end of the paragraph whose line starts at s: the next blank line,
 * fence or indented block, or the end. */
static const char *paragraph_end(const char *s)
{
    for (;;) {
        const char *nl = strchr(s, '\n');
        if (!nl) return s + strlen(s);
        s = nl + 1;
        if (!*s || is_blank(s) || is_fence(s) || indent_of(s) >= 4) return nl;
    }
}

static bool punct(char c) { return c && strchr("*_`\\#[]()-+.!>|~", c) != NULL; }

/* A closing `marker` (len 1 or 2) in [s, end) that hugs text on its left,
 * for an opener just before s. */
static const char *closer(const char *s, const char *end, const char *marker, size_t len)
{
    for (const char *p = s + 1; p + len <= end; p++) {
        if (*p == '\\') {
            p++;
            continue;
        }
        if (strncmp(p, marker, len) != 0 || p[-1] == ' ' || p[-1] == '\n') continue;
        if (len == 1 && (p[1] == marker[0] || p[-1] == marker[0])) continue;   /* part of ** */
        if (marker[0] == '_' && isalnum((unsigned char)p[len])) continue;       /* snake_case */
        return p;
    }
    return NULL;
}

/* One paragraph line [s, eol) with its markup; *attr carries strong and
 * emphasis to the next line of the paragraph. */
static void inline_line(Out *o, const char *s, const char *eol, const char *pend, uint8_t *attr)
{
    for (const char *p = s; p < eol; p++) {
        char c = *p;
        if (c == '\\' && p + 1 < eol && punct(p[1])) {
            emit(o, *++p, *attr);
            continue;
        }
        if (c == '`') {                  /* a code span: on one line */
            const char *q = memchr(p + 1, '`', (size_t)(eol - p - 1));
            if (q && q > p + 1) {
                for (const char *k = p + 1; k < q; k++) emit(o, *k, *attr | PROSE_CODE);
                p = q;
                continue;
            }
        }
        bool two = c == '*' && p[1] == '*';
        if (c == '*' || c == '_') {
            uint8_t bit = two ? GRID_BOLD : GRID_UNDERLINE;
            size_t len = two ? 2 : 1;
            char prev = p > s ? p[-1] : ' ', next = p[len];
            if (*attr & bit) {                           /* a closer? */
                if (prev != ' ' && (c != '_' || !isalnum((unsigned char)next))) {
                    *attr &= (uint8_t)~bit;
                    p += len - 1;
                    continue;
                }
            } else if (next != ' ' && next != '\n' && next && (c != '_' || !isalnum((unsigned char)prev))
                       && closer(p + len - 1, pend, two ? "**" : c == '*' ? "*" : "_", len)) {
                *attr |= bit;
                p += len - 1;
                continue;
            }
        }
        emit(o, c, *attr);
    }
}

Prose *prose_new(const char *md, bool ascii)
{
    Out o = {0};
    bool fence = false;
    const char *pend = NULL;
    uint8_t attr = 0;
    for (const char *s = md; *s;) {
        const char *nl = strchr(s, '\n');
        const char *eol = nl ? nl : s + strlen(s), *next = nl ? nl + 1 : eol;
        bool verbatim = fence || is_fence(s) || (indent_of(s) >= 4 && (!pend || s >= pend));
        if (is_fence(s)) fence = !fence;
        if (verbatim || is_blank(s)) {
            for (const char *p = s; p < next; p++) emit(&o, *p, 0);
            pend = NULL;
            attr = 0;
            s = next;
            continue;
        }
        if (!pend || s >= pend) {
            pend = paragraph_end(s);
            attr = 0;
        }
        const char *p = s;
        int k = indent_of(s);
        for (int i = 0; i < k; i++) emit(&o, ' ', 0);
        p += k;
        if ((*p == '-' || *p == '*' || *p == '+') && p[1] == ' ') {   /* a bullet */
            if (ascii) {
                emit(&o, '-', 0);
            } else {
                emit(&o, '\xe2', 0);
                emit(&o, '\x80', 0);
                emit(&o, '\xa2', 0);
            }
            p++;
        }
        inline_line(&o, p, eol, pend, &attr);
        if (nl) emit(&o, '\n', 0);
        s = next;
    }
    emit(&o, '\0', 0);
    Prose *pr = xmalloc(sizeof *pr);
    pr->text = o.text;
    pr->attrs = o.attrs;
    return pr;
}

void prose_free(Prose *p)
{
    if (!p) return;
    free(p->text);
    free(p->attrs);
    free(p);
}

/* ---- wrapping ---- */

static void prose_row(ProseRow **rows, int *n, int *cap, ProseRow r)
{
    if (*n == *cap) *rows = xrealloc(*rows, sizeof **rows * (size_t)(*cap = *cap ? 2 * *cap : 32));
    (*rows)[(*n)++] = r;
}

/* The columns of a list item's marker (bullet, "1. "), 0 if none. */
static int item_marker(const char *s)
{
    if ((*s == '-' || *s == '*' || *s == '+') && s[1] == ' ') return 2;
    if (strncmp(s, "\xe2\x80\xa2 ", 4) == 0) return 2;
    int k = 0;
    while (s[k] >= '0' && s[k] <= '9') k++;
    if (k && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') return k + 2;
    return 0;
}

/* Does this line start a block of its own (not a paragraph's next line)? */
static bool prose_breaks(const char *s)
{
    int k = indent_of(s);
    if (s[k] == '\n' || !s[k] || k >= 4 || s[k] == '#' || s[k] == '|' || s[k] == '>') return true;
    return item_marker(s + k) > 0 || is_fence(s);
}

ProseRow *prose_wrap(const Prose *pr, int w, int *nrows)
{
    ProseRow *rows = NULL;
    int n = 0, cap = 0;
    bool fence = false, blank = true;
    const char *text = pr->text;
#define ROW(S, N, IND, ATTR) prose_row(&rows, &n, &cap, (ProseRow){(S), pr->attrs + ((S) - text), (N), (IND), (ATTR)})
    if (w < 8) w = 8;
    for (const char *s = text; *s;) {
        const char *nl = strchr(s, '\n');
        int len = nl ? (int)(nl - s) : (int)strlen(s);
        const char *next = nl ? nl + 1 : s + len;
        bool fence_line = is_fence(s);
        int k = indent_of(s);
        if (k == len && !fence) {                     /* blank */
            if (!blank) ROW(s, 0, 0, 0);
            blank = true;
            s = next;
            continue;
        }
        blank = false;
        if (fence_line || fence || k >= 4) {          /* code in the prose */
            if (fence_line) fence = !fence;
            ROW(s, len, 0, fence_line ? GRID_DIM : 0);
            s = next;
            continue;
        }
        uint8_t attr = 0;
        int indent = 0, hang = 0, m = len;
        const char *p = s;
        if (*p == '#') {
            while (m && *p == '#') p++, m--;
            while (m && *p == ' ') p++, m--;
            attr = GRID_BOLD;
        } else {
            int marker = item_marker(s + k);
            if (marker) hang = k + marker;
        }
        /* A paragraph goes on while the next line is plain text: its
         * newlines are spaces (the view draws them so). */
        while (!attr && *next && !prose_breaks(next)) {
            const char *nl2 = strchr(next, '\n');
            int l2 = nl2 ? (int)(nl2 - next) : (int)strlen(next);
            m += (int)(next - (s + len)) + l2;
            len = (int)(next - s) + l2;
            next = nl2 ? nl2 + 1 : next + l2;
        }
        bool first = true;
        while (m > 0) {                               /* greedy word wrap */
            int room = w - indent, take = 0, cols = 0, brk = -1;
            while (take < m && cols < room) {
                int cl = 1;
                while (take + cl < m && ((unsigned char)p[take + cl] & 0xc0) == 0x80) cl++;
                if (p[take] == ' ' || p[take] == '\n') brk = take;
                take += cl;
                cols++;
            }
            if (take < m && p[take] != ' ' && p[take] != '\n' && brk > 0) take = brk;
            ROW(p, take, indent, attr);
            p += take;
            m -= take;
            while (m && (*p == ' ' || *p == '\n')) p++, m--;
            if (first) indent = hang;
            first = false;
        }
        s = next;
    }
#undef ROW
    while (n && rows[n - 1].n == 0) n--;
    *nrows = n;
    return rows;
}
