/* lex.c — the tokenizer (see lex.h).
 *
 * Error positions follow CPython's tokenizer, which reports the column of
 * its read pointer minus one: for "invalid decimal literal" that is the
 * character before the one it stopped at, for an unmatched bracket the
 * bracket itself. err_before() encodes that rule; err_at() points at a
 * given character.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vm/lex.h"

static const char *const kind_names[] = {
#define LEX_NAME(k, s) s,
    LEX_TOKENS(LEX_NAME)
#undef LEX_NAME
};

const char *lex_kind_name(TokKind k)
{
    return (unsigned)k < T__COUNT ? kind_names[k] : "?";
}

/* ------------------------------------------------------------------ UTF-8 */

int lex_utf8_decode(const char *s, const char *end, unsigned *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t avail = (size_t)(end - s);
    if (avail == 0) return 0;
    unsigned c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    int n;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    if (avail < (size_t)n) return 0;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF) return 0;
    *cp = c;
    return n;
}

int lex_utf8_encode(char *out, unsigned cp)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int lex_count_cp(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Without Unicode tables: code points that str.isprintable() rejects among
 * those likely to turn up in source (controls, odd spaces, format chars). */
static bool cp_printable(unsigned c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F)) return false;
    if ((c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF) return false;
    if ((c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF)) return false;
    if ((c >= 0xD800 && c <= 0xDFFF) || c >= 0xF0000) return false;
    return true;
}

/* Code points that cannot be part of an identifier: an approximation of
 * XID_Continue by excluding the punctuation and symbol blocks. */
static bool cp_is_ident(unsigned c)
{
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!cp_printable(c)) return false;
    if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7;
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2010 && c <= 0x206F) return c == 0x203F || c == 0x2040 || c == 0x2054;
    if ((c >= 0x2070 && c <= 0x209F) && c != 0x2071 && c != 0x207F && !(c >= 0x2090 && c <= 0x209C)) return false;
    if (c >= 0x20A0 && c <= 0x20CF) return false;
    if (c >= 0x2190 && c <= 0x2BFF) return false;
    if (c >= 0x2E00 && c <= 0x2E7F) return false;
    if ((c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030) return false;
    if (c >= 0xFE10 && c <= 0xFE6F) return c == 0xFE33 || c == 0xFE34 || (c >= 0xFE4D && c <= 0xFE4F);
    if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF3E)) return false;
    if (c == 0xFF40 || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFF0 && c <= 0xFFFF)) return false;
    if (c >= 0x1F000 && c <= 0x1FAFF) return false;
    return true;
}

/* ------------------------------------------------------------- positions */

int lex_col(Lexer *lx, const char *pos)
{
    const char *from;
    int col;
    if (lx->col_pos >= lx->line_start && lx->col_pos <= pos) {
        from = lx->col_pos;
        col = lx->col_val;
    } else {
        from = lx->line_start;
        col = 0;
    }
    for (; from < pos; from++) col += ((unsigned char)*from & 0xC0) != 0x80;
    lx->col_pos = pos;
    lx->col_val = col;
    return col;
}

/* The column as reported: f-string sub-lexers shift their first line. */
static int rep_col(Lexer *lx, const char *pos)
{
    return lex_col(lx, pos) + (lx->line == 1 ? lx->col_offset : 0);
}

static int rep_line(Lexer *lx)
{
    return lx->line + lx->first_line - 1;
}

static TokKind set_error(Lexer *lx, const char *kind, int line, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err_msg, sizeof lx->err_msg, fmt, ap);
    va_end(ap);
    lx->err_kind = kind;
    lx->err_line = line;
    lx->err_col = col < 0 ? 0 : col;
    lx->err_end_col = end_col < 0 ? lx->err_col + 1 : end_col;
    return T_ERROR;
}

/* CPython's tokenizer error at its read pointer `cur`: caret on cur[-1]. */
#define err_before(lx, cur, ...) \
    set_error(lx, "SyntaxError", rep_line(lx), rep_col(lx, cur) - 1, -1, __VA_ARGS__)
#define err_at(lx, p, ...) \
    set_error(lx, "SyntaxError", rep_line(lx), rep_col(lx, p), -1, __VA_ARGS__)

/* ------------------------------------------------------------------- init */

void lex_init(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = lx->col_pos = src;
    lx->end = src + len;
    lx->line = 1;
    lx->first_line = 1;
    lx->atbol = true;
    lx->last_kind = T_NEWLINE;
    lx->err_kind = NULL;
    /* A UTF-8 byte order mark is skipped, as CPython does. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) lx->cur = lx->line_start = lx->col_pos = src + 3;
}

void lex_init_sub(Lexer *lx, const char *src, size_t len, int line, int col)
{
    lex_init(lx, src, len);
    lx->sub = true;
    lx->atbol = false;
    lx->first_line = line;
    lx->col_offset = col;
}

/* ---------------------------------------------------------------- helpers */

#define PEEK(lx, p) ((p) < (lx)->end ? (unsigned char)*(p) : -1)

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_ident_start_ascii(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_potential_ident(int c) { return is_ident_start_ascii(c) || is_digit(c) || c >= 128; }

/* Consume a newline at p ("\n", "\r\n" or "\r"); returns the byte after. */
static const char *skip_newline(Lexer *lx, const char *p)
{
    if (*p == '\r' && p + 1 < lx->end && p[1] == '\n') p++;
    p++;
    lx->line++;
    lx->line_start = p;
    return p;
}

TokKind lex_keyword(const char *s, size_t n)
{
    if (n < 2 || n > 8 || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == 'F' || s[0] == 'N' || s[0] == 'T'))
        return T_NAME;
    for (int k = T_FALSE; k <= T_YIELD; k++) {
        const char *kw = kind_names[k];
        if (kw[0] == s[0] && strlen(kw) == n && memcmp(kw, s, n) == 0) return (TokKind)k;
    }
    return T_NAME;
}

/* After a number: a letter or digit right after it makes CPython's
 * "invalid ... literal", except for keywords that may follow a number. */
static bool verify_end_of_number(Lexer *lx, const char *p, const char *kind)
{
    int c = PEEK(lx, p);
    /* "1if x else y" is valid: a keyword may follow a number directly. */
    static const char *const follow[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof follow / sizeof *follow; i++) {
        size_t n = strlen(follow[i]);
        if ((size_t)(lx->end - p) >= n && memcmp(p, follow[i], n) == 0) return true;
    }
    if (is_potential_ident(c)) {
        err_before(lx, p, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* digits { '_' digits }: p is after the first digit. NULL on error. */
static const char *decimal_tail(Lexer *lx, const char *p)
{
    for (;;) {
        while (is_digit(PEEK(lx, p))) p++;
        if (PEEK(lx, p) != '_') return p;
        p++;
        if (!is_digit(PEEK(lx, p))) {
            err_before(lx, p, "invalid decimal literal");
            return NULL;
        }
    }
}

/* The number rules of CPython's tokenizer, with its error messages. Returns
 * the end of the literal, or NULL after setting an error. */
static const char *scan_number(Lexer *lx, const char *p)
{
    const char *start = p;
    int c = PEEK(lx, p);
    if (c == '.') { p++; goto fraction; }
    if (c == '0') {
        p++;
        c = PEEK(lx, p);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int radix = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            const char *kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            p++;
            c = PEEK(lx, p);
            do {
                if (c == '_') { p++; c = PEEK(lx, p); }
                bool ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                if (!ok) {
                    if (radix != 16 && is_digit(c)) {
                        err_before(lx, p + 1, "invalid digit '%c' in %s literal", c, kind);
                        return NULL;
                    }
                    err_before(lx, p, "invalid %s literal", kind);
                    return NULL;
                }
                do {
                    p++;
                    c = PEEK(lx, p);
                } while (radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1'));
            } while (c == '_');
            if (radix != 16 && is_digit(c)) {
                err_before(lx, p + 1, "invalid digit '%c' in %s literal", c, kind);
                return NULL;
            }
            return verify_end_of_number(lx, p, kind) ? p : NULL;
        }
        /* "0", "00", "0_0" are fine; "0777" is not. */
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                p++;
                c = PEEK(lx, p);
                if (!is_digit(c)) {
                    err_before(lx, p, "invalid decimal literal");
                    return NULL;
                }
            }
            if (c != '0') break;
            p++;
            c = PEEK(lx, p);
        }
        const char *zeros_end = p;
        if (is_digit(c)) {
            nonzero = true;
            if (!(p = decimal_tail(lx, p))) return NULL;
            c = PEEK(lx, p);
        }
        if (c == '.') { p++; goto fraction; }
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        if (nonzero) {
            int col = rep_col(lx, start);
            set_error(lx, "SyntaxError", rep_line(lx), col, col + (int)(zeros_end - start),
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
            return NULL;
        }
        return verify_end_of_number(lx, p, "decimal") ? p : NULL;
    }
    if (!(p = decimal_tail(lx, p))) return NULL;
    c = PEEK(lx, p);
    if (c == '.') {
        p++;
    fraction:
        if (is_digit(PEEK(lx, p)) && !(p = decimal_tail(lx, p))) return NULL;
        c = PEEK(lx, p);
    }
    if (c == 'e' || c == 'E') {
    exponent:;
        const char *e = p;
        p++;
        c = PEEK(lx, p);
        if (c == '+' || c == '-') {
            p++;
            if (!is_digit(PEEK(lx, p))) {
                err_before(lx, p, "invalid decimal literal");
                return NULL;
            }
        } else if (!is_digit(c)) {
            /* "1else": the number stops before the 'e' */
            if (!verify_end_of_number(lx, e, "decimal")) return NULL;
            return e;
        }
        if (!(p = decimal_tail(lx, p))) return NULL;
        c = PEEK(lx, p);
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        p++;
        return verify_end_of_number(lx, p, "imaginary") ? p : NULL;
    }
    return verify_end_of_number(lx, p, "decimal") ? p : NULL;
}

/* A string literal whose opening quote is at q; errors point at the start of
 * the literal (start_line, start_col: its prefix). Returns the end, or NULL
 * after an error. */
static const char *scan_string(Lexer *lx, const char *q, int start_line, int start_col)
{
    char quote = *q;
    const char *p = q + 1;
    int quote_size = 1;
    if (p + 1 < lx->end && p[0] == quote && p[1] == quote) {
        quote_size = 3;
        p += 2;
    } else if (p < lx->end && p[0] == quote) {
        return p + 1;   /* empty string */
    }
    for (;;) {
        if (p >= lx->end || (quote_size == 1 && (*p == '\n' || *p == '\r'))) {
            /* CPython counts a final newline as ending the last line, not starting one. */
            int detected = rep_line(lx);
            if (p >= lx->end && lx->line_start == lx->end && lx->line > 1) detected--;
            return set_error(lx, "SyntaxError", start_line, start_col, start_col + 1,
                             quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                             : "unterminated string literal (detected at line %d)",
                             detected), NULL;
        }
        char c = *p;
        if (c == quote) {
            if (quote_size == 1) return p + 1;
            if (p + 2 < lx->end && p[1] == quote && p[2] == quote) return p + 3;
            p++;
        } else if (c == '\\') {
            p++;
            if (p < lx->end) {
                if (*p == '\n' || *p == '\r') p = skip_newline(lx, p);
                else p++;
            }
        } else if (c == '\n' || c == '\r') {
            p = skip_newline(lx, p);
        } else {
            p++;
        }
    }
}

static bool is_string_prefix(const char *s, size_t n)
{
    if (n == 0 || n > 2) return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* ------------------------------------------------------------ the lexer */

static TokKind finish(Lexer *lx, Token *t, TokKind k, const char *start, const char *end,
                      int line, int col)
{
    t->kind = k;
    t->start = start;
    t->len = (size_t)(end - start);
    t->line = line;
    t->col = col;
    t->end_line = rep_line(lx);
    t->end_col = rep_col(lx, end);
    lx->cur = end;
    lx->last_kind = k;
    return k;
}

/* Compute the indentation of a new logical line and queue INDENT/DEDENTs.
 * Returns false after an error. */
static bool indentation(Lexer *lx, const char **pp, bool *blank)
{
    const char *p = *pp;
    int col = 0, altcol = 0;
    for (;;) {
        int c = PEEK(lx, p);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (c == '\f') { col = altcol = 0; }
        else break;
        p++;
    }
    *pp = p;
    int c = PEEK(lx, p);
    if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < lx->end && (p[1] == '\n' || p[1] == '\r'))) {
        *blank = true;
        return true;
    }
    if (c == -1) {
        /* End of input: close every open block (CPython appends a newline). */
        col = altcol = 0;
    }
    if (lx->level > 0 || lx->sub) return true;
    int line = rep_line(lx);
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LEX_MAXINDENT) {
            set_error(lx, "IndentationError", line, 0, 0, "too many levels of indentation");
            return false;
        }
        if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            const char *e = p;
            while (e < lx->end && *e != '\n' && *e != '\r') e++;
            int ecol = rep_col(lx, e);
            set_error(lx, "IndentationError", line, ecol, ecol,
                      "unindent does not match any outer indentation level");
            return false;
        }
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    }
    return true;
tab_error:
    set_error(lx, "TabError", line, 0, 0, "inconsistent use of tabs and spaces in indentation");
    return false;
}

TokKind lex_next(Lexer *lx, Token *t)
{
    if (lx->err_kind) {
        t->kind = T_ERROR;
        t->start = lx->cur;
        t->len = 0;
        t->line = t->end_line = lx->err_line;
        t->col = lx->err_col;
        t->end_col = lx->err_end_col;
        return T_ERROR;
    }
    if (lx->done) return finish(lx, t, T_END, lx->end, lx->end, rep_line(lx), rep_col(lx, lx->end));

    const char *p = lx->cur;
    bool blank = false;
nextline:
    blank = false;
    if (lx->atbol) {
        lx->atbol = false;
        if (!indentation(lx, &p, &blank)) return lex_next(lx, t);
        lx->cur = p;
    }
    if (lx->pendin != 0) {
        int line = rep_line(lx), col = rep_col(lx, p);
        if (lx->pendin < 0) {
            lx->pendin++;
            return finish(lx, t, T_DEDENT, p, p, line, col);
        }
        lx->pendin--;
        return finish(lx, t, T_INDENT, p, p, line, col);
    }

again:
    while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p < lx->end && *p == '#') {
        while (p < lx->end && *p != '\n' && *p != '\r') p++;
    }
    const char *start = p;
    int line = rep_line(lx);
    int c = PEEK(lx, p);

    if (c == -1) {
        if (lx->level > 0 && !lx->sub) {
            int i = lx->level - 1;
            set_error(lx, "SyntaxError", lx->paren_line[i], lx->paren_col[i], lx->paren_col[i] + 1,
                      "'%c' was never closed", lx->paren[i]);
            return lex_next(lx, t);
        }
        if (!lx->sub && lx->last_kind != T_NEWLINE && lx->last_kind != T_DEDENT && lx->last_kind != T_INDENT) {
            /* An implicit NEWLINE ends the last line. */
            lx->atbol = true;
            return finish(lx, t, T_NEWLINE, p, p, line, rep_col(lx, p));
        }
        if (!lx->sub && lx->indent > 0) {
            lx->atbol = true;
            goto nextline;
        }
        lx->done = true;
        return finish(lx, t, T_END, p, p, line, rep_col(lx, p));
    }

    int col = rep_col(lx, start);

    if (c == '\n' || c == '\r') {
        if (blank || lx->level > 0 || lx->sub) {
            p = skip_newline(lx, p);
            lx->cur = p;
            lx->atbol = true;
            goto nextline;
        }
        const char *e = (c == '\r' && p + 1 < lx->end && p[1] == '\n') ? p + 2 : p + 1;
        t->kind = T_NEWLINE;
        t->start = p;
        t->len = (size_t)(e - p);
        t->line = t->end_line = line;
        t->col = col;
        t->end_col = col + 1;
        skip_newline(lx, p);
        lx->cur = e;
        lx->atbol = true;
        lx->last_kind = T_NEWLINE;
        return T_NEWLINE;
    }

    /* Identifiers, keywords and prefixed strings. */
    if (is_ident_start_ascii(c) || c >= 128) {
        while (p < lx->end) {
            unsigned char b = (unsigned char)*p;
            if (b < 128) {
                if (!(is_ident_start_ascii(b) || is_digit(b))) break;
                p++;
                continue;
            }
            unsigned cp;
            int n = lex_utf8_decode(p, lx->end, &cp);
            if (n == 0) {
                return err_at(lx, p, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                              b, (int)(p - lx->line_start)), lex_next(lx, t);
            }
            if (!cp_is_ident(cp)) {
                if (!cp_printable(cp)) err_at(lx, p, "invalid non-printable character U+%04X", cp);
                else err_at(lx, p, "invalid character '%.*s' (U+%04X)", n, p, cp);
                return lex_next(lx, t);
            }
            p += n;
        }
        if (p < lx->end && (*p == '\'' || *p == '"') && is_string_prefix(start, (size_t)(p - start))) {
            const char *e = scan_string(lx, p, line, col);
            if (!e) return lex_next(lx, t);
            return finish(lx, t, T_STRING, start, e, line, col);
        }
        return finish(lx, t, lex_keyword(start, (size_t)(p - start)), start, p, line, col);
    }

    if (is_digit(c) || (c == '.' && is_digit(PEEK(lx, p + 1)))) {
        const char *e = scan_number(lx, p);
        if (!e) return lex_next(lx, t);
        return finish(lx, t, T_NUMBER, start, e, line, col);
    }

    if (c == '\'' || c == '"') {
        const char *e = scan_string(lx, p, line, col);
        if (!e) return lex_next(lx, t);
        return finish(lx, t, T_STRING, start, e, line, col);
    }

    if (c == '\\') {
        p++;
        int d = PEEK(lx, p);
        if (d == -1) {
            err_at(lx, p, "unexpected EOF while parsing");
            return lex_next(lx, t);
        }
        if (d != '\n' && d != '\r') {
            err_before(lx, p + 1, "unexpected character after line continuation character");
            return lex_next(lx, t);
        }
        const char *nl = p;
        p = skip_newline(lx, p);
        lx->cur = p;
        if (p >= lx->end) {
            /* CPython reports it at the end of the continued line. */
            lx->line--;
            const char *ls = nl;
            while (ls > lx->src && ls[-1] != '\n' && ls[-1] != '\r') ls--;
            lx->line_start = ls;
            lx->col_pos = ls;
            lx->col_val = 0;
            err_at(lx, nl, "unexpected EOF while parsing");
            return lex_next(lx, t);
        }
        goto again;
    }

    /* Brackets keep a stack for the "never closed" and "unmatched" errors. */
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= LEX_MAXLEVEL) {
            err_before(lx, p + 1, "too many nested parentheses");
            return lex_next(lx, t);
        }
        lx->paren[lx->level] = (char)c;
        lx->paren_line[lx->level] = line;
        lx->paren_col[lx->level] = col;
        lx->level++;
        return finish(lx, t, c == '(' ? T_LPAR : c == '[' ? T_LSQB : T_LBRACE, start, p + 1, line, col);
    }
    if (c == ')' || c == ']' || c == '}') {
        if (lx->level == 0) {
            err_before(lx, p + 1, "unmatched '%c'", c);
            return lex_next(lx, t);
        }
        lx->level--;
        int open = lx->paren[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (lx->paren_line[lx->level] != line)
                err_before(lx, p + 1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                           c, open, lx->paren_line[lx->level]);
            else
                err_before(lx, p + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            return lex_next(lx, t);
        }
        return finish(lx, t, c == ')' ? T_RPAR : c == ']' ? T_RSQB : T_RBRACE, start, p + 1, line, col);
    }

    /* Operators: longest match. */
    int c1 = PEEK(lx, p + 1), c2 = PEEK(lx, p + 2);
    TokKind k = T_OTHER;
    int n = 1;
    switch (c) {
    case ':': k = T_COLON; if (c1 == '=') { k = T_COLONEQUAL; n = 2; } break;
    case ',': k = T_COMMA; break;
    case ';': k = T_SEMI; break;
    case '~': k = T_TILDE; break;
    case '.':
        k = T_DOT;
        if (c1 == '.' && c2 == '.') { k = T_ELLIPSIS; n = 3; }
        break;
    case '+': k = T_PLUS; if (c1 == '=') { k = T_PLUSEQUAL; n = 2; } break;
    case '-':
        k = T_MINUS;
        if (c1 == '=') { k = T_MINEQUAL; n = 2; }
        else if (c1 == '>') { k = T_RARROW; n = 2; }
        break;
    case '*':
        k = T_STAR;
        if (c1 == '*') { k = T_DOUBLESTAR; n = 2; if (c2 == '=') { k = T_DOUBLESTAREQUAL; n = 3; } }
        else if (c1 == '=') { k = T_STAREQUAL; n = 2; }
        break;
    case '/':
        k = T_SLASH;
        if (c1 == '/') { k = T_DOUBLESLASH; n = 2; if (c2 == '=') { k = T_DOUBLESLASHEQUAL; n = 3; } }
        else if (c1 == '=') { k = T_SLASHEQUAL; n = 2; }
        break;
    case '%': k = T_PERCENT; if (c1 == '=') { k = T_PERCENTEQUAL; n = 2; } break;
    case '&': k = T_AMPER; if (c1 == '=') { k = T_AMPEREQUAL; n = 2; } break;
    case '|': k = T_VBAR; if (c1 == '=') { k = T_VBAREQUAL; n = 2; } break;
    case '^': k = T_CIRCUMFLEX; if (c1 == '=') { k = T_CIRCUMFLEXEQUAL; n = 2; } break;
    case '@': k = T_AT; if (c1 == '=') { k = T_ATEQUAL; n = 2; } break;
    case '=': k = T_EQUAL; if (c1 == '=') { k = T_EQEQUAL; n = 2; } break;
    case '!': if (c1 == '=') { k = T_NOTEQUAL; n = 2; } break;
    case '<':
        k = T_LESS;
        if (c1 == '=') { k = T_LESSEQUAL; n = 2; }
        else if (c1 == '<') { k = T_LEFTSHIFT; n = 2; if (c2 == '=') { k = T_LEFTSHIFTEQUAL; n = 3; } }
        break;
    case '>':
        k = T_GREATER;
        if (c1 == '=') { k = T_GREATEREQUAL; n = 2; }
        else if (c1 == '>') { k = T_RIGHTSHIFT; n = 2; if (c2 == '=') { k = T_RIGHTSHIFTEQUAL; n = 3; } }
        break;
    default:
        if (c < 0x20 && c != '\t' && c != '\f') {
            err_at(lx, p, "invalid non-printable character U+%04X", c);
            return lex_next(lx, t);
        }
        if (c == 0x7F) {
            err_at(lx, p, "invalid non-printable character U+007F");
            return lex_next(lx, t);
        }
        break;   /* '$', '?', '`', '!': T_OTHER, the parser says "invalid syntax" */
    }
    return finish(lx, t, k, start, p + n, line, col);
}
