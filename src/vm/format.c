/* format.c — numbers and values to text, the way CPython 3.11 does it.
 *
 * Four layers, each usable without the ones above it:
 *
 * 1. Doubles to ASCII (CPython's PyOS_double_to_string). glibc's printf is
 *    correctly rounded, so 'e' and 'f' come straight from snprintf. 'g' and
 *    'r' are laid out here from a digit string (CPython's format_float_short):
 *    for 'g' the digits of "%.*e"; for 'r' (repr) the shortest digits that
 *    round-trip, found by asking printf for 1..17 significant digits and
 *    reading them back with strtod.
 *    This relies on LC_NUMERIC staying "C": the UI must only set LC_CTYPE.
 *
 * 2. The format-spec mini-language (Python/formatter_unicode.c): a spec is
 *    parsed into a Spec, then a number is written as
 *        <lpad><sign><prefix><spad><grouped digits><rest><rpad>
 *    where only one of the three paddings is non-empty, and a '0' fill with
 *    '=' alignment pads inside the digits so that separators land in the
 *    zeros too ('00,001,234').
 *
 * 3. printf-style `str % args` (PyUnicode_Format).
 *
 * 4. str.format (Objects/stringlib/unicode_format.h).
 *
 * Everything writes into a StrBuf; widths and precisions count code points,
 * the text is UTF-8. Delimiters are all ASCII, and a UTF-8 multi-byte
 * sequence never contains an ASCII byte, so scanning is done on bytes.
 */
#include "vm/format.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* CPython's default sys.get_int_max_str_digits(). */
#define INT_MAX_STR_DIGITS 4300

/* ------------------------------------------------------------------ */
/* UTF-8 helpers (input is valid UTF-8)                                */

static int u8_decode(const char *p, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if (s[0] < 0xE0) { *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if (s[0] < 0xF0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

static int u8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int64_t u8_count(const char *s, size_t n)
{
    int64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Byte offset of code point k (k <= number of code points in s[0..n)). */
static size_t u8_offset(const char *s, size_t n, int64_t k)
{
    size_t i = 0;
    while (k > 0 && i < n) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

/* Appends `count` copies of code point `fill`. */
static void sb_fill(StrBuf *sb, uint32_t fill, int64_t count)
{
    char chunk[128];
    int ulen = 1;
    int64_t per = sizeof chunk;
    if (fill < 0x80) {
        memset(chunk, (int)fill, (size_t)(count < per ? count : per));
    } else {
        char unit[4];
        ulen = u8_encode(fill, unit);
        per = (int64_t)sizeof chunk / ulen;
        int64_t units = count < per ? count : per;
        for (int64_t i = 0; i < units; i++) memcpy(chunk + i * ulen, unit, (size_t)ulen);
    }
    while (count > 0) {
        int64_t k = count < per ? count : per;
        sb_append(sb, chunk, (size_t)(k * ulen));
        count -= k;
    }
}

static inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/* A width that big would be padding by the gigabyte: MemoryError, not abort. */
static bool width_ok(ThreadState *ts, int64_t width)
{
    return width < ((int64_t)1 << 24) || gc_check_size(ts, (size_t)width * 4);
}

/* ------------------------------------------------------------------ */
/* 1. Doubles to ASCII                                                 */

enum { DT_ALT = 1, DT_ADD_DOT_0 = 2, DT_NO_NEG_0 = 4 };

/* A text buffer: inline for the usual sizes, malloc'ed for huge precisions. */
typedef struct DBuf { char *p; size_t len; char small[96]; } DBuf;

static void dbuf_init(DBuf *b) { b->p = b->small; b->len = 0; }
static void dbuf_free(DBuf *b) { if (b->p != b->small) free(b->p); b->p = b->small; }
/* Room for n bytes (+NUL). false + MemoryError if absurdly large. */
static bool dbuf_reserve(ThreadState *ts, DBuf *b, size_t n)
{
    if (n + 1 <= sizeof b->small) return true;
    if (n > ((size_t)1 << 24) && ts && !gc_check_size(ts, n)) return false;
    dbuf_free(b);
    b->p = xmalloc(n + 1);
    return true;
}

/* printf's "%.*e" of ax with nd significant digits, into tmp (nd + 16 bytes). */
static void sci_digits(double ax, int nd, char *tmp, size_t tmpcap)
{
    snprintf(tmp, tmpcap, "%.*e", nd - 1, ax);
}

/* Reads printf's "D[.DDD]e±XX" in tmp back as a digit string in place (no
 * point; trailing zeros dropped if strip) and decpt such that the value is
 * 0.DIGITS * 10**decpt. Returns the number of digits. */
static int parse_sci_digits(char *tmp, int *decpt, bool strip)
{
    char *e = strchr(tmp, 'e');
    int exp10 = atoi(e + 1);
    int n;
    if (tmp[1] == '.') {
        memmove(tmp + 1, tmp + 2, (size_t)(e - tmp - 2));
        n = (int)(e - tmp - 1);
    } else {
        n = 1;
    }
    while (strip && n > 1 && tmp[n - 1] == '0') n--;
    tmp[n] = '\0';
    *decpt = exp10 + 1;
    return n;
}

static int parse_sci(char *tmp, int *decpt) { return parse_sci_digits(tmp, decpt, true); }

static bool roundtrips(double ax, int nd, char *tmp, size_t cap)
{
    sci_digits(ax, nd, tmp, cap);
    return strtod(tmp, NULL) == ax;
}

/* Does 0.DIG[0..n) * 10**decpt read back as ax? */
static bool digits_roundtrip(double ax, const char *dig, int n, int decpt)
{
    char buf[48];
    memcpy(buf, dig, (size_t)n);
    char *p = buf + n;
    int e = decpt - n;
    *p++ = 'e';
    if (e < 0) { *p++ = '-'; e = -e; }
    char rev[8];
    int k = 0;
    do { rev[k++] = (char)('0' + e % 10); e /= 10; } while (e);
    while (k) *p++ = rev[--k];
    *p = '\0';
    return strtod(buf, NULL) == ax;
}

/* The correctly rounded p-digit string of a value from its 17-digit rounding
 * d17; false when d17 ends in exactly half a unit of digit p (the digits past
 * the 17th decide, so printf must be asked). */
static bool round_digits(const char *d17, int decpt17, int p, char *out, int *decpt)
{
    char c = d17[p];
    bool up = c > '5';
    if (c == '5') {
        int k = p + 1;
        while (k < 17 && d17[k] == '0') k++;
        if (k == 17) return false;
        up = true;
    }
    memcpy(out, d17, (size_t)p);
    *decpt = decpt17;
    if (up) {
        int i = p - 1;
        while (i >= 0 && out[i] == '9') out[i--] = '0';
        if (i < 0) { out[0] = '1'; (*decpt)++; } else out[i]++;
    }
    return true;
}

/* Binary search over the number of digits: the general method (subnormals
 * and powers of two). The correctly rounded nd-digit string round-trips from
 * some nd on (a closer approximation never stops round-tripping). */
static int shortest_digits_slow(double ax, char out[32], int *decpt)
{
    char tmp[40];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (roundtrips(ax, mid, tmp, sizeof tmp)) hi = mid; else lo = mid + 1;
    }
    /* At a power of two the interval below is half as wide as above: a
     * shorter string just above ax may round-trip although the correctly
     * rounded one (below ax) does not. */
    int e2;
    double m = frexp(ax, &e2);
    if (m == 0.5 && e2 > -1021) {
        for (int nd = 1; nd < hi; nd++) {
            sci_digits(ax, nd, tmp, sizeof tmp);
            if (strtod(tmp, NULL) >= ax) continue;
            int dp;
            int n = parse_sci(tmp, &dp);
            /* pad back to nd digits and add one unit in the last place */
            while (n < nd) tmp[n++] = '0';
            int i = nd - 1;
            while (i >= 0 && tmp[i] == '9') tmp[i--] = '0';
            if (i < 0) { tmp[0] = '1'; dp++; } else tmp[i]++;
            if (digits_roundtrip(ax, tmp, nd, dp)) {
                n = nd;
                while (n > 1 && tmp[n - 1] == '0') n--;
                memcpy(out, tmp, (size_t)n);
                out[n] = '\0';
                *decpt = dp;
                return n;
            }
        }
    }
    sci_digits(ax, hi, tmp, sizeof tmp);
    int n = parse_sci(tmp, decpt);
    memcpy(out, tmp, (size_t)n + 1);
    return n;
}

/* Shortest digits that round-trip (dtoa mode 0) for a finite ax > 0. One
 * printf call: the 17-digit rounding always round-trips, and the 15- and
 * 16-digit candidates are derived from it. Any 15-digit decimal in the normal
 * range reads back as a different double (DBL_DIG), so if the 15-digit one
 * round-trips, it without its trailing zeros is the shortest. */
static int shortest_digits(double ax, char out[32], int *decpt)
{
    int e2;
    if (ax < DBL_MIN || frexp(ax, &e2) == 0.5) return shortest_digits_slow(ax, out, decpt);
    char d17[40];
    snprintf(d17, sizeof d17, "%.16e", ax);
    int dp17;
    parse_sci_digits(d17, &dp17, false);
    for (int p = 15; p <= 16; p++) {
        char cand[40];
        int dp;
        if (!round_digits(d17, dp17, p, cand, &dp)) {
            sci_digits(ax, p, cand, sizeof cand);
            parse_sci_digits(cand, &dp, false);
        }
        if (digits_roundtrip(ax, cand, p, dp)) {
            int n = p;
            while (n > 1 && cand[n - 1] == '0') n--;
            memcpy(out, cand, (size_t)n);
            out[n] = '\0';
            *decpt = dp;
            return n;
        }
    }
    int n = 17;
    while (n > 1 && d17[n - 1] == '0') n--;
    memcpy(out, d17, (size_t)n);
    out[n] = '\0';
    *decpt = dp17;
    return n;
}

/* CPython's format_float_short layout for modes 'r' and 'g' from a digit
 * string: value = 0.DIG * 10**decpt. Writes into p (big enough) and returns
 * the length. */
static size_t layout_digits(char *p0, bool neg, const char *dig, int nd, int decpt,
                            char mode, int prec, int flags, bool upper)
{
    char *p = p0;
    bool use_exp = false, alt = flags & DT_ALT, dot0 = flags & DT_ADD_DOT_0;
    int exp10 = 0;
    int64_t vend = nd;
    if (mode == 'g') {
        if (decpt <= -4 || decpt > (dot0 ? prec - 1 : prec)) use_exp = true;
        if (alt) vend = prec;
    } else {   /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
    }
    if (use_exp) { exp10 = decpt - 1; decpt = 1; }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;

    if (neg) *p++ = '-';
    /* exactly one of the three pieces below writes the decimal point */
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart)); p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt); p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart); p += -vstart;
    }
    if (decpt > 0 && decpt <= nd) {
        memcpy(p, dig, (size_t)decpt); p += decpt;
        *p++ = '.';
        memcpy(p, dig + decpt, (size_t)(nd - decpt)); p += nd - decpt;
    } else {
        memcpy(p, dig, (size_t)nd); p += nd;
    }
    if (nd < decpt) {
        memset(p, '0', (size_t)(decpt - nd)); p += decpt - nd;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt)); p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - nd)); p += vend - nd;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += sprintf(p, "%+.02d", exp10);
    }
    *p = '\0';
    return (size_t)(p - p0);
}

/* Drops the '-' of a result that rounded to zero ('z' option). */
static void drop_neg_zero(DBuf *b)
{
    if (b->len == 0 || b->p[0] != '-') return;
    for (size_t i = 1; i < b->len; i++) {
        char c = b->p[i];
        if (c == 'e' || c == 'E') break;
        if (c >= '1' && c <= '9') return;
    }
    memmove(b->p, b->p + 1, b->len);   /* includes the NUL */
    b->len--;
}

/* PyOS_double_to_string: x in type e E f F g G r with precision prec (for
 * 'r': ignored) and DT_* flags, into b. false on MemoryError. */
static bool double_to_ascii(ThreadState *ts, double x, char type, int prec, int flags, DBuf *b)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char lt = upper ? (char)(type + ('a' - 'A')) : type;
    if (isnan(x)) {
        strcpy(b->p, upper ? "NAN" : "nan"); b->len = 3;
        return true;
    }
    if (isinf(x)) {
        const char *s = x > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        strcpy(b->p, s); b->len = strlen(s);
        return true;
    }
    /* 'g' is laid out here too: glibc's "%#g" drops the zeros when rounding
     * carries into a new exponent (999999.5 -> "1.e+06") */
    if (lt == 'r' || lt == 'g') {
        bool neg = signbit(x);
        double ax = fabs(x);
        int decpt, nd;
        if (lt == 'r') {
            char dig[32];
            if (ax == 0) { dig[0] = '0'; dig[1] = '\0'; nd = 1; decpt = 1; }
            else nd = shortest_digits(ax, dig, &decpt);
            if (!dbuf_reserve(ts, b, 64)) return false;
            b->len = layout_digits(b->p, neg, dig, nd, decpt, 'r', 0, flags, upper);
        } else {
            if (prec == 0) prec = 1;
            DBuf tmp;
            dbuf_init(&tmp);
            if (!dbuf_reserve(ts, &tmp, (size_t)prec + 32)) return false;
            sci_digits(ax, prec, tmp.p, (size_t)prec + 32);
            nd = parse_sci(tmp.p, &decpt);
            if (ax == 0) decpt = 1;
            if (!dbuf_reserve(ts, b, (size_t)nd + (size_t)prec + 48)) { dbuf_free(&tmp); return false; }
            b->len = layout_digits(b->p, neg, tmp.p, nd, decpt, 'g', prec, flags, upper);
            dbuf_free(&tmp);
        }
    } else {
        size_t need = (size_t)prec + (lt == 'f' ? 330 : 32);
        if (!dbuf_reserve(ts, b, need)) return false;
        char cfmt[8] = "%";
        size_t k = 1;
        if (flags & DT_ALT) cfmt[k++] = '#';
        cfmt[k++] = '.'; cfmt[k++] = '*'; cfmt[k++] = type; cfmt[k] = '\0';
        b->len = (size_t)snprintf(b->p, need + 1, cfmt, prec, x);
    }
    if (flags & DT_NO_NEG_0) drop_neg_zero(b);
    return true;
}

int format_float_repr(double d, char *buf)
{
    if (fabs(d) < 1e16 && d == (double)(int64_t)d) {
        /* integral: the common case, no search needed */
        if (d == 0) return sprintf(buf, signbit(d) ? "-0.0" : "0.0");
        return sprintf(buf, "%" PRId64 ".0", (int64_t)d);
    }
    DBuf b;
    dbuf_init(&b);
    double_to_ascii(NULL, d, 'r', 0, DT_ADD_DOT_0, &b);
    memcpy(buf, b.p, b.len + 1);
    return (int)b.len;
}

Value format_float_repr_str(ThreadState *ts, double d)
{
    char buf[32];
    int n = format_float_repr(d, buf);
    return str_new(ts, buf, (size_t)n);
}

/* ------------------------------------------------------------------ */
/* 2. The format-spec mini-language                                    */

typedef struct Spec {
    uint32_t fill;
    char align;            /* '<' '>' '^' '=' */
    char sign;             /* 0 '+' '-' ' ' */
    bool no_neg_0;         /* 'z' */
    bool alt;              /* '#' */
    int64_t width;         /* -1: none */
    char grouping;         /* 0 ',' '_' */
    int group_size;        /* 3, or 4 for '_' with b/o/x/X */
    int64_t precision;     /* -1: none */
    uint32_t type;         /* code point, 0: none */
} Spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Decimal digits at s[*pos..n) into *out; returns the count, -1 on overflow. */
static int spec_integer(ThreadState *ts, const char *s, size_t n, size_t *pos, int64_t *out)
{
    int64_t acc = 0;
    int count = 0;
    size_t i = *pos;
    for (; i < n && is_ascii_digit(s[i]); i++, count++) {
        int dv = s[i] - '0';
        if (acc > (INT64_MAX - dv) / 10) {
            err_format(ts, &exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + dv;
    }
    *pos = i;
    *out = acc;
    return count;
}

static void err_code(ThreadState *ts, const char *fmt_printable, const char *fmt_hex,
                     uint32_t c, const char *type_name)
{
    if (c > 32 && c < 128)
        err_format(ts, &exc_ValueError, fmt_printable, (char)c, type_name);
    else
        err_format(ts, &exc_ValueError, fmt_hex, (unsigned)c, type_name);
}

static void unknown_code(ThreadState *ts, uint32_t type, const char *type_name)
{
    err_code(ts, "Unknown format code '%c' for object of type '%s'",
             "Unknown format code '\\x%x' for object of type '%s'", type, type_name);
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
static bool parse_spec(ThreadState *ts, const char *s, size_t n, Spec *sp,
                       char default_type, char default_align, const char *type_name)
{
    size_t pos = 0;
    bool fill_given = false, align_given = false;
    sp->fill = ' ';
    sp->align = default_align;
    sp->sign = 0;
    sp->no_neg_0 = false;
    sp->alt = false;
    sp->width = -1;
    sp->grouping = 0;
    sp->group_size = 3;
    sp->precision = -1;
    sp->type = (uint32_t)default_type;

    if (n > 0) {
        uint32_t c0;
        int l0 = u8_decode(s, &c0);
        if ((size_t)l0 < n && is_align(s[l0])) {
            sp->fill = c0;
            sp->align = s[l0];
            fill_given = align_given = true;
            pos = (size_t)l0 + 1;
        } else if (is_align(s[0])) {
            sp->align = s[0];
            align_given = true;
            pos = 1;
        }
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) sp->sign = s[pos++];
    if (pos < n && s[pos] == 'z') { sp->no_neg_0 = true; pos++; }
    if (pos < n && s[pos] == '#') { sp->alt = true; pos++; }
    if (!fill_given && pos < n && s[pos] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>') sp->align = '=';
        pos++;
    }
    int got = spec_integer(ts, s, n, &pos, &sp->width);
    if (got < 0) return false;
    if (got == 0) sp->width = -1;
    if (pos < n && s[pos] == ',') { sp->grouping = ','; pos++; }
    if (pos < n && s[pos] == '_') {
        if (sp->grouping) goto both;
        sp->grouping = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',') goto both;
    if (pos < n && s[pos] == '.') {
        pos++;
        got = spec_integer(ts, s, n, &pos, &sp->precision);
        if (got < 0) return false;
        if (got == 0) {
            err_format(ts, &exc_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (pos < n) {
        uint32_t c;
        int l = u8_decode(s + pos, &c);
        if (pos + (size_t)l < n) {
            err_format(ts, &exc_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                       (int)n, s, type_name);
            return false;
        }
        sp->type = c;
    }
    if (sp->grouping) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->grouping == '_') { sp->group_size = 4; break; }
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 128)
                err_format(ts, &exc_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, (char)sp->type);
            else
                err_format(ts, &exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)sp->type);
            return false;
        }
    }
    return true;
both:
    err_format(ts, &exc_ValueError, "Cannot specify both ',' and '_'.");
    return false;
}

/* The grouping walk of CPython's InsertThousandsGrouping: digits taken from
 * the right in groups of `gsize` (0: no grouping), padded with zeros on the
 * left up to min_width. Returns the count of chars; if out is non-NULL, also
 * writes them into out[0..total) (total: that count, from a first call). */
static int64_t group_digits(char *out, int64_t total, const char *digits, int64_t ndigits,
                            int64_t min_width, int gsize, char sep)
{
    int64_t remaining = ndigits, count = 0;
    bool use_sep = false;
    char *bp = NULL;
    const char *dp = digits + ndigits;
    /* pass 1 (count) when out == NULL, else write right to left */
    if (out) bp = out + total;
    for (;;) {
        int64_t l;
        bool last = gsize == 0;
        if (!last) {
            l = remaining > min_width ? remaining : min_width;
            if (l < 1) l = 1;
            if (l > gsize) l = gsize;
        } else {
            l = remaining > min_width ? remaining : min_width;
            if (l < 1) l = 1;
        }
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        count += (use_sep ? 1 : 0) + zeros + chars;
        if (bp) {
            if (use_sep) *--bp = sep;
            bp -= chars; dp -= chars;
            memcpy(bp, dp, (size_t)chars);
            bp -= zeros;
            memset(bp, '0', (size_t)zeros);
        }
        if (last) break;
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    return count;
}

/* A number ready to be laid out: [-]prefix digits rest. */
typedef struct NumParts {
    bool neg;
    const char *prefix; int n_prefix;       /* "0x" etc. */
    const char *digits; int64_t n_digits;   /* grouped */
    const char *rest; size_t rest_bytes; int64_t rest_chars;   /* ".5e+10%", or the char of 'c' */
} NumParts;

/* calc_number_widths + fill_number */
static void emit_number(StrBuf *sb, const Spec *sp, const NumParts *np, bool grouping)
{
    char sign = 0;
    if (sp->sign == '+') sign = np->neg ? '-' : '+';
    else if (sp->sign == ' ') sign = np->neg ? '-' : ' ';
    else if (np->neg) sign = '-';
    int64_t non_digit = (sign ? 1 : 0) + np->n_prefix + np->rest_chars;
    int64_t min_width = (sp->fill == '0' && sp->align == '=') ? sp->width - non_digit : 0;
    int gsize = grouping ? sp->group_size : 0;
    char sep = sp->grouping;
    int64_t n_grouped = np->n_digits == 0 ? 0 : group_digits(NULL, 0, np->digits, np->n_digits, min_width, gsize, sep);
    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t padding = sp->width - (non_digit + n_grouped);
    if (padding > 0) {
        switch (sp->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    if (lpad) sb_fill(sb, sp->fill, lpad);
    if (sign) sb_putc(sb, sign);
    if (np->n_prefix) sb_append(sb, np->prefix, (size_t)np->n_prefix);
    if (spad) sb_fill(sb, sp->fill, spad);
    if (n_grouped) {
        if (n_grouped == np->n_digits) {
            sb_append(sb, np->digits, (size_t)n_grouped);
        } else {
            char small[256];
            char *g = n_grouped <= (int64_t)sizeof small ? small : xmalloc((size_t)n_grouped);
            group_digits(g, n_grouped, np->digits, np->n_digits, min_width, gsize, sep);
            sb_append(sb, g, (size_t)n_grouped);
            if (g != small) free(g);
        }
    }
    if (np->rest_bytes) sb_append(sb, np->rest, np->rest_bytes);
    if (rpad) sb_fill(sb, sp->fill, rpad);
}

/* The magnitude digits of an int in a base (lowercase, or uppercase for
 * hex if upper): returns a pointer into small (cap >= 72) or into a malloc'ed
 * block (*heap set, caller frees). NULL with ValueError past the decimal
 * digit limit, or with MemoryError when the heap has no room for them. */
static char *int_digits(ThreadState *ts, Value v, int base, bool upper, char *small,
                        size_t *len, bool *neg, char **heap)
{
    int64_t i;
    *heap = NULL;
    if (val_is_smallint(v) || int_to_i64(v, &i)) {
        if (val_is_smallint(v)) i = val_smallint(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        *neg = i < 0;
        const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        char *end = small + 72, *p = end;
        do { *--p = dig[u % (unsigned)base]; u /= (unsigned)base; } while (u);
        *len = (size_t)(end - p);
        return p;
    }
    /* room for a copy of v, then for the digits, the StrBuf they go into and the str */
    size_t cap = mpz_sizeinbase(((IntObj *)v)->z, base) + 2;
    if (!int_room(ts, int_bits(v), 1) || !gc_check_size(ts, 3 * cap)) return NULL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    *neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    if (base == 10 && cap - 2 > INT_MAX_STR_DIGITS + 1) {
        mpz_clear(z);
        err_format(ts, &exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit", INT_MAX_STR_DIGITS);
        return NULL;
    }
    char *buf = xmalloc(cap);
    mpz_get_str(buf, upper ? -base : base, z);
    mpz_clear(z);
    *len = strlen(buf);
    if (base == 10 && *len > INT_MAX_STR_DIGITS) {
        free(buf);
        err_format(ts, &exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit", INT_MAX_STR_DIGITS);
        return NULL;
    }
    *heap = buf;
    return buf;
}

/* format_long_internal: v an int/bool, type one of b c d o x X n. */
static int fmt_long(ThreadState *ts, StrBuf *sb, Value v, const Spec *sp)
{
    if (sp->precision != -1) {
        err_format(ts, &exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (sp->no_neg_0) {
        err_format(ts, &exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    NumParts np = {0};
    if (sp->type == 'c') {
        if (sp->sign) {
            err_format(ts, &exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (sp->alt) {
            err_format(ts, &exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        int64_t x;
        if (!int_to_i64(v, &x)) {
            err_format(ts, &exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if (x < 0 || x > 0x10FFFF) {
            err_format(ts, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        char ch[4];
        np.rest = ch;
        np.rest_bytes = (size_t)u8_encode((uint32_t)x, ch);
        np.rest_chars = 1;
        emit_number(sb, sp, &np, false);
        return 0;
    }
    int base = 10;
    const char *prefix = NULL;
    switch (sp->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    char small[72], *heap;
    size_t len;
    bool neg;
    char *dig = int_digits(ts, v, base, sp->type == 'X', small, &len, &neg, &heap);
    if (!dig) return -1;
    np.neg = neg;
    if (sp->alt && prefix) { np.prefix = prefix; np.n_prefix = 2; }
    np.digits = dig;
    np.n_digits = (int64_t)len;
    emit_number(sb, sp, &np, sp->type != 'n' && sp->grouping);
    free(heap);
    return 0;
}

/* format_float_internal: type one of 0 e E f F g G n %. */
static int fmt_double(ThreadState *ts, StrBuf *sb, double val, const Spec *sp)
{
    if (sp->precision > INT32_MAX) {
        err_format(ts, &exc_ValueError, "precision too big");
        return -1;
    }
    int prec = (int)sp->precision, default_prec = 6, flags = 0;
    char type = (char)sp->type;
    bool add_pct = false;
    if (sp->alt) flags |= DT_ALT;
    if (sp->no_neg_0) flags |= DT_NO_NEG_0;
    if (type == 0) { flags |= DT_ADD_DOT_0; type = 'r'; default_prec = 0; }
    if (type == 'n') type = 'g';
    if (type == '%') { type = 'f'; val *= 100; add_pct = true; }
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';

    DBuf b;
    dbuf_init(&b);
    if (!double_to_ascii(ts, val, type, prec, flags, &b)) return -1;
    const char *s = b.p;
    size_t n = b.len;
    if (add_pct) { b.p[n++] = '%'; b.p[n] = '\0'; }   /* dbuf_reserve left room */

    if (sp->sign != '+' && sp->sign != ' ' && sp->width == -1 && !sp->grouping) {
        sb_append(sb, s, n);
        dbuf_free(&b);
        return 0;
    }
    NumParts np = {0};
    if (*s == '-') { np.neg = true; s++; n--; }
    size_t nd = 0;
    while (nd < n && is_ascii_digit(s[nd])) nd++;
    np.digits = s;
    np.n_digits = (int64_t)nd;
    np.rest = s + nd;
    np.rest_bytes = n - nd;
    np.rest_chars = (int64_t)(n - nd);
    emit_number(sb, sp, &np, sp->type != 'n' && sp->grouping);
    dbuf_free(&b);
    return 0;
}

/* format_string_internal */
static int fmt_string(ThreadState *ts, StrBuf *sb, const char *s, size_t nbytes, int64_t nchars, const Spec *sp)
{
    if (sp->sign == ' ') {
        err_format(ts, &exc_ValueError, "Space not allowed in string format specifier");
        return -1;
    }
    if (sp->sign) {
        err_format(ts, &exc_ValueError, "Sign not allowed in string format specifier");
        return -1;
    }
    if (sp->no_neg_0) {
        err_format(ts, &exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (sp->alt) {
        err_format(ts, &exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (sp->align == '=') {
        err_format(ts, &exc_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    if (sp->precision >= 0 && nchars > sp->precision) {
        nbytes = (size_t)nchars == nbytes ? (size_t)sp->precision : u8_offset(s, nbytes, sp->precision);
        nchars = sp->precision;
    }
    int64_t total = sp->width > nchars ? sp->width : nchars;
    int64_t lpad = sp->align == '>' ? total - nchars : sp->align == '^' ? (total - nchars) / 2 : 0;
    int64_t rpad = total - nchars - lpad;
    if (lpad) sb_fill(sb, sp->fill, lpad);
    sb_append(sb, s, nbytes);
    if (rpad) sb_fill(sb, sp->fill, rpad);
    return 0;
}

/* ---- dispatch on the value's type (spec given as bytes) ---- */

static int spec_int(ThreadState *ts, StrBuf *sb, Value v, const char *s, size_t n)
{
    if (n == 0) {
        if (val_type(v) == &type_int) {
            char small[72], *heap;
            size_t len;
            bool neg;
            char *dig = int_digits(ts, v, 10, false, small, &len, &neg, &heap);
            if (!dig) return -1;
            if (neg) sb_putc(sb, '-');
            sb_append(sb, dig, len);
            free(heap);
            return 0;
        }
        return sb_append_strof(ts, sb, v);
    }
    Spec sp;
    if (!parse_spec(ts, s, n, &sp, 'd', '>', val_type_name(v)) || !width_ok(ts, sp.width)) return -1;
    switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return fmt_long(ts, sb, v, &sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_to_double(ts, v);
        if (d == -1.0 && err_occurred(ts)) return -1;
        return fmt_double(ts, sb, d, &sp);
    }
    default:
        unknown_code(ts, sp.type, val_type_name(v));
        return -1;
    }
}

static int spec_float(ThreadState *ts, StrBuf *sb, double d, const char *type_name, const char *s, size_t n)
{
    if (n == 0) {
        char buf[32];
        int len = format_float_repr(d, buf);
        sb_append(sb, buf, (size_t)len);
        return 0;
    }
    Spec sp;
    if (!parse_spec(ts, s, n, &sp, 0, '>', type_name) || !width_ok(ts, sp.width)) return -1;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return fmt_double(ts, sb, d, &sp);
    default:
        unknown_code(ts, sp.type, type_name);
        return -1;
    }
}

static int spec_str(ThreadState *ts, StrBuf *sb, Value v, const char *s, size_t n)
{
    if (n == 0) {
        if (val_type(v) == &type_str) { sb_append(sb, STR(v)->data, (size_t)STR(v)->size); return 0; }
        return sb_append_strof(ts, sb, v);
    }
    Spec sp;
    if (!parse_spec(ts, s, n, &sp, 's', '<', val_type_name(v)) || !width_ok(ts, sp.width)) return -1;
    if (sp.type != 's') {
        unknown_code(ts, sp.type, val_type_name(v));
        return -1;
    }
    return fmt_string(ts, sb, STR(v)->data, (size_t)STR(v)->size, STR(v)->length, &sp);
}

static Value finish(ThreadState *ts, StrBuf *sb, int rc)
{
    if (rc < 0) { sb_free(sb); return VAL_NULL; }
    return sb_finish(ts, sb);
}

Value format_int(ThreadState *ts, Value v, Value spec)
{
    StrBuf sb;
    sb_init(&sb);
    return finish(ts, &sb, spec_int(ts, &sb, v, STR(spec)->data, (size_t)STR(spec)->size));
}

Value format_float(ThreadState *ts, double d, Value spec)
{
    StrBuf sb;
    sb_init(&sb);
    return finish(ts, &sb, spec_float(ts, &sb, d, "float", STR(spec)->data, (size_t)STR(spec)->size));
}

Value format_float_value(ThreadState *ts, Value v, Value spec)
{
    if (STR(spec)->size == 0 && val_type(v) != &type_float) return obj_str(ts, v);
    StrBuf sb;
    sb_init(&sb);
    return finish(ts, &sb, spec_float(ts, &sb, float_value(v), val_type_name(v),
                                      STR(spec)->data, (size_t)STR(spec)->size));
}

Value format_str(ThreadState *ts, Value s, Value spec)
{
    if (STR(spec)->size == 0) return val_type(s) == &type_str ? s : obj_str(ts, s);
    StrBuf sb;
    sb_init(&sb);
    return finish(ts, &sb, spec_str(ts, &sb, s, STR(spec)->data, (size_t)STR(spec)->size));
}

/* ------------------------------------------------------------------ */
/* 3. printf-style formatting: fmt % args                              */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctCtx {
    ThreadState *ts;
    Value args;            /* the tuple, the single value, or the value of a %(key) */
    int64_t arglen, argidx;
    Value dict;            /* the mapping, or VAL_NULL */
} PctCtx;

static Value pct_next_arg(PctCtx *c)
{
    int64_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : TUPLE(c->args)->items[i];
    }
    return err_format(c->ts, &exc_TypeError, "not enough arguments for format string");
}

/* PyNumber_Check */
static bool is_number(Value v)
{
    if (val_is_int(v) || val_is(v, K_FLOAT)) return true;
    Type *t = val_type(v);
    return t->nb_index || t->nb_int || t->nb_float;
}

/* The digits of %d %i %u %o %x %X (_PyUnicode_FormatLong):
 * [-][0x]<zeros to prec><digits>. */
static int pct_long(ThreadState *ts, StrBuf *out, Value v, int flags, int prec, char type)
{
    Value iv = v;
    if (!is_number(v)) goto wrongtype;
    if (!val_is_int(v)) {
        if (type == 'o' || type == 'x' || type == 'X') {
            iv = obj_index(ts, v);
        } else if (val_is(v, K_FLOAT)) {
            iv = int_from_double(ts, float_value(v));
        } else if (val_type(v)->nb_int) {
            iv = val_type(v)->nb_int(ts, v);
            if (iv && !val_is_int(iv)) {
                err_format(ts, &exc_TypeError, "__int__ returned non-int (type %s)", val_type_name(iv));
                return -1;
            }
        } else if (val_type(v)->nb_index) {
            iv = obj_index(ts, v);
        } else {
            goto wrongtype;
        }
        if (!iv) {
            if (err_matches(ts, &exc_TypeError)) { err_clear(ts); goto wrongtype; }
            return -1;
        }
    }
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char small[72], *heap;
    size_t len;
    bool neg;
    char *dig = int_digits(ts, iv, base, type == 'X', small, &len, &neg, &heap);
    if (!dig) return -1;
    if (neg) sb_putc(out, '-');
    if ((flags & F_ALT) && base != 10) {
        sb_putc(out, '0');
        sb_putc(out, type);
    }
    if (prec > 0 && (size_t)prec > len) sb_fill(out, '0', (int64_t)((size_t)prec - len));
    sb_append(out, dig, len);
    free(heap);
    return 0;
wrongtype:
    if (type == 'o' || type == 'x' || type == 'X')
        err_format(ts, &exc_TypeError, "%%%c format: an integer is required, not %s", type, val_type_name(v));
    else
        err_format(ts, &exc_TypeError, "%%%c format: a real number is required, not %s", type, val_type_name(v));
    return -1;
}

/* PyFloat_AsDouble */
static bool as_double(ThreadState *ts, Value v, double *out)
{
    if (val_is(v, K_FLOAT)) { *out = float_value(v); return true; }
    if (val_is_int(v)) {
        *out = int_to_double(ts, v);
        return !(*out == -1.0 && err_occurred(ts));
    }
    Type *t = val_type(v);
    if (t->nb_float) {
        Value f = t->nb_float(ts, v);
        if (!f) return false;
        if (!val_is(f, K_FLOAT)) {
            err_format(ts, &exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, val_type_name(f));
            return false;
        }
        *out = float_value(f);
        return true;
    }
    if (t->nb_index) {
        Value i = obj_index(ts, v);
        if (!i) return false;
        *out = int_to_double(ts, i);
        return !(*out == -1.0 && err_occurred(ts));
    }
    err_format(ts, &exc_TypeError, "must be real number, not %s", t->name);
    return false;
}

/* formatchar: the code point for %c, or -1. */
static int64_t pct_char(ThreadState *ts, Value v)
{
    if (val_is(v, K_STR)) {
        if (STR(v)->length == 1) {
            uint32_t cp;
            u8_decode(STR(v)->data, &cp);
            return cp;
        }
        goto bad;
    }
    Value iv = v;
    if (!val_is_int(v)) {
        if (!val_type(v)->nb_index) goto bad;
        iv = obj_index(ts, v);
        if (!iv) {
            if (err_matches(ts, &exc_TypeError)) { err_clear(ts); goto bad; }
            return -1;
        }
    }
    int64_t x;
    if (!int_to_i64(iv, &x) || x < 0 || x > 0x10FFFF) {
        err_format(ts, &exc_OverflowError, "%%c arg not in range(0x110000)");
        return -1;
    }
    return x;
bad:
    err_format(ts, &exc_TypeError, "%%c requires int or char");
    return -1;
}

/* unicode_format_arg_output: pads str (UTF-8, nchars code points) per the
 * flags; `sign` is set for numeric conversions. */
static void pct_output(StrBuf *sb, const char *s, size_t nbytes, int64_t len, char ch,
                       int flags, int64_t width, int prec, bool sign)
{
    uint32_t fill = (sign && (flags & F_ZERO)) ? '0' : ' ';
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
        sb_append(sb, s, nbytes);
        return;
    }
    if (ch == 's' || ch == 'r' || ch == 'a') {
        if (prec >= 0 && len > prec) {
            nbytes = (size_t)len == nbytes ? (size_t)prec : u8_offset(s, nbytes, prec);
            len = prec;
        }
    }
    size_t pi = 0;   /* byte index into s */
    char signchar = 0;
    if (sign) {
        if (s[0] == '-' || s[0] == '+') { signchar = s[0]; len--; pi++; }
        else if (flags & F_SIGN) signchar = '+';
        else if (flags & F_BLANK) signchar = ' ';
        else sign = false;
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') sb_putc(sb, signchar);
        if (width > len) width--;
    }
    bool prefix = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (prefix) {
        if (fill != ' ') { sb_append(sb, s + pi, 2); pi += 2; }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        sb_fill(sb, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign) sb_putc(sb, signchar);
        if (prefix) { sb_append(sb, s + pi, 2); pi += 2; }
    }
    if (len > 0) sb_append(sb, s + pi, nbytes - pi);
    if (width > len) sb_fill(sb, ' ', width - len);
}

/* One conversion spec after the '%' at s[*pos]; cpos is the code point index
 * of s[*pos]. */
static int pct_one(PctCtx *c, StrBuf *sb, const char *s, size_t n, size_t *pos, int64_t *cpos)
{
    ThreadState *ts = c->ts;
    size_t j = *pos;
    if (j < n && s[j] == '(') {
        if (!c->dict) {
            err_format(ts, &exc_TypeError, "format requires a mapping");
            return -1;
        }
        size_t keystart = ++j;
        int depth = 1;
        while (depth > 0 && j < n) {
            if (s[j] == ')') depth--;
            else if (s[j] == '(') depth++;
            j++;
        }
        if (depth > 0 || j >= n) {
            err_format(ts, &exc_ValueError, "incomplete format key");
            return -1;
        }
        Value key = str_new(ts, s + keystart, j - 1 - keystart);
        Value v = obj_getitem(ts, c->dict, key);
        if (!v) return -1;
        c->args = v;
        c->arglen = -1;
        c->argidx = -2;
    }
    int flags = 0;
    for (; j < n; j++) {
        char f = s[j];
        if (f == '-') flags |= F_LJUST;
        else if (f == '+') flags |= F_SIGN;
        else if (f == ' ') flags |= F_BLANK;
        else if (f == '#') flags |= F_ALT;
        else if (f == '0') flags |= F_ZERO;
        else break;
    }
    int64_t width = -1;
    int prec = -1;
    if (j < n && s[j] == '*') {
        Value w = pct_next_arg(c);
        if (!w) return -1;
        if (!val_is_int(w)) {
            err_format(ts, &exc_TypeError, "* wants int");
            return -1;
        }
        if (!int_to_i64(w, &width)) {
            err_format(ts, &exc_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (width < 0) { flags |= F_LJUST; width = -width; }
        j++;
    } else if (j < n && is_ascii_digit(s[j])) {
        width = 0;
        for (; j < n && is_ascii_digit(s[j]); j++) {
            int dv = s[j] - '0';
            if (width > (INT64_MAX - dv) / 10) {
                err_format(ts, &exc_ValueError, "width too big");
                return -1;
            }
            width = width * 10 + dv;
        }
    }
    if (j < n && s[j] == '.') {
        prec = 0;
        j++;
        if (j < n && s[j] == '*') {
            Value p = pct_next_arg(c);
            if (!p) return -1;
            if (!val_is_int(p)) {
                err_format(ts, &exc_TypeError, "* wants int");
                return -1;
            }
            int64_t pv;
            if (!int_to_i64(p, &pv) || pv > INT32_MAX || pv < INT32_MIN) {
                err_format(ts, &exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            prec = pv < 0 ? 0 : (int)pv;
            j++;
        } else {
            for (; j < n && is_ascii_digit(s[j]); j++) {
                int dv = s[j] - '0';
                if (prec > (INT32_MAX - dv) / 10) {
                    err_format(ts, &exc_ValueError, "precision too big");
                    return -1;
                }
                prec = prec * 10 + dv;
            }
        }
    }
    if (!width_ok(ts, width)) return -1;
    if (j < n && (s[j] == 'h' || s[j] == 'l' || s[j] == 'L')) j++;
    if (j >= n) {
        err_format(ts, &exc_ValueError, "incomplete format");
        return -1;
    }
    uint32_t ch;
    int chlen = u8_decode(s + j, &ch);
    int64_t ch_index = *cpos + u8_count(s + *pos, j - *pos);
    *pos = j + (size_t)chlen;
    *cpos = ch_index + 1;

    Value v = pct_next_arg(c);
    if (!v) return -1;
    gc_push_root(ts, v);
    int rc = 0;
    StrBuf tmp;
    sb_init(&tmp);
    switch (ch) {
    case 's': case 'r': case 'a': {
        Value str;
        if (ch == 's' && val_type(v) == &type_str) str = v;
        else if (ch == 's' && val_is_smallint(v) && width == -1 && prec == -1) {
            char buf[24];
            sb_append(sb, buf, (size_t)snprintf(buf, sizeof buf, "%" PRId64, val_smallint(v)));
            break;
        }
        else str = ch == 's' ? obj_str(ts, v) : ch == 'r' ? obj_repr(ts, v) : obj_ascii(ts, v);
        if (!str) { rc = -1; break; }
        pct_output(sb, STR(str)->data, (size_t)STR(str)->size, STR(str)->length, (char)ch, flags, width, prec, false);
        break;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        if (pct_long(ts, &tmp, v, flags, prec, (char)ch) < 0) { rc = -1; break; }
        pct_output(sb, tmp.data, tmp.len, (int64_t)tmp.len, (char)ch, flags, width, prec, true);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (!as_double(ts, v, &x)) { rc = -1; break; }
        DBuf b;
        dbuf_init(&b);
        if (!double_to_ascii(ts, x, (char)ch, prec < 0 ? 6 : prec, (flags & F_ALT) ? DT_ALT : 0, &b)) { rc = -1; break; }
        pct_output(sb, b.p, b.len, (int64_t)b.len, (char)ch, flags, width, prec, true);
        dbuf_free(&b);
        break;
    }
    case 'c': {
        int64_t cp = pct_char(ts, v);
        if (cp < 0) { rc = -1; break; }
        char u[4];
        int ul = u8_encode((uint32_t)cp, u);
        pct_output(sb, u, (size_t)ul, 1, 'c', flags, width, prec, false);
        break;
    }
    default:
        err_format(ts, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %" PRId64,
                   (ch >= 31 && ch <= 126) ? (char)ch : '?', (unsigned)ch, ch_index);
        rc = -1;
        break;
    }
    sb_free(&tmp);
    gc_pop_roots(ts, 1);
    if (rc < 0) return -1;
    if (c->dict && c->argidx < c->arglen) {
        err_format(ts, &exc_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

Value format_percent(ThreadState *ts, Value fmt, Value args)
{
    PctCtx c = { .ts = ts, .args = args, .dict = VAL_NULL };
    if (val_is(args, K_TUPLE)) {
        c.arglen = TUPLE(args)->length;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    /* PyMapping_Check, minus tuples and strs */
    if (!val_is(args, K_TUPLE) && !val_is(args, K_STR) && val_type(args)->tp_getitem)
        c.dict = args;

    const char *s = STR(fmt)->data;
    size_t n = (size_t)STR(fmt)->size;
    bool ascii = (size_t)STR(fmt)->length == n;
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    int64_t cpos = 0;
    while (i < n) {
        const char *pct = memchr(s + i, '%', n - i);
        size_t run = pct ? (size_t)(pct - (s + i)) : n - i;
        if (run) {
            sb_append(&sb, s + i, run);
            cpos += ascii ? (int64_t)run : u8_count(s + i, run);
            i += run;
            if (i >= n) break;
        }
        i++;   /* the '%' */
        cpos++;
        if (i < n && s[i] == '%') {
            sb_putc(&sb, '%');
            i++;
            cpos++;
            continue;
        }
        if (pct_one(&c, &sb, s, n, &i, &cpos) < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
    }
    if (c.argidx < c.arglen && !c.dict) {
        sb_free(&sb);
        return err_format(ts, &exc_TypeError, "not all arguments converted during string formatting");
    }
    return sb_finish(ts, &sb);
}

/* ------------------------------------------------------------------ */
/* 4. str.format                                                       */

typedef struct FmtCtx {
    ThreadState *ts;
    Value *args; int64_t nargs;
    Value *kwvalues; Value kwnames;   /* kwnames VAL_NULL: no keywords */
    enum { AN_INIT, AN_AUTO, AN_MANUAL } an_state;
    int64_t an_next;
} FmtCtx;

/* Decimal value of s[0..n) if it is all ASCII digits (and non-empty), -1 if
 * not, -2 on overflow (ValueError set). */
static int64_t field_integer(ThreadState *ts, const char *s, size_t n)
{
    if (n == 0) return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_ascii_digit(s[i])) return -1;
        int dv = s[i] - '0';
        if (acc > (INT64_MAX - dv) / 10) {
            err_format(ts, &exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + dv;
    }
    return acc;
}

/* get_field_object: the value named by field s[0..n) ("0", "name", "",
 * "0.attr[key]"...). */
static Value field_object(FmtCtx *c, const char *s, size_t n)
{
    ThreadState *ts = c->ts;
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    int64_t idx = field_integer(ts, s, i);
    if (idx == -2) return VAL_NULL;
    bool empty = i == 0;
    bool numeric = empty || idx != -1;
    if (c->an_state == AN_INIT && numeric) c->an_state = empty ? AN_AUTO : AN_MANUAL;
    if (numeric) {
        if (c->an_state == AN_MANUAL && empty)
            return err_format(ts, &exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        if (c->an_state == AN_AUTO && !empty)
            return err_format(ts, &exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = c->an_next++;

    Value obj = VAL_NULL;
    if (idx == -1) {
        Value key = str_new(ts, s, i);
        if (c->kwnames) {
            TupleObj *names = TUPLE(c->kwnames);
            for (int64_t k = 0; k < names->length; k++)
                if (str_eq(names->items[k], key)) { obj = c->kwvalues[k]; break; }
        }
        if (!obj) return err_set_arg(ts, &exc_KeyError, key);
    } else {
        if (idx >= c->nargs)
            return err_format(ts, &exc_IndexError,
                              "Replacement index %" PRId64 " out of range for positional args tuple", idx);
        obj = c->args[idx];
    }
    /* the rest: .attr and [key] */
    while (i < n) {
        char kind = s[i++];
        size_t start = i;
        Value next;
        if (kind == '.') {
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            if (i == start) return err_format(ts, &exc_ValueError, "Empty attribute in format string");
            Value name = interp_intern(ts, str_new(ts, s + start, i - start));
            next = obj_getattr(ts, obj, name);
        } else if (kind == '[') {
            while (i < n && s[i] != ']') i++;
            if (i >= n) return err_format(ts, &exc_ValueError, "Missing ']' in format string");
            size_t end = i++;
            if (end == start) return err_format(ts, &exc_ValueError, "Empty attribute in format string");
            int64_t k = field_integer(ts, s + start, end - start);
            if (k == -2) return VAL_NULL;
            Value key = k >= 0 ? int_from_i64(ts, k) : str_new(ts, s + start, end - start);
            next = obj_getitem(ts, obj, key);
        } else {
            return err_format(ts, &exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!next) return VAL_NULL;
        obj = next;
    }
    return obj;
}

static int build_string(FmtCtx *c, StrBuf *out, const char *s, size_t n, int depth);

/* render_field: format(obj, spec) appended to out. */
static int render_field(FmtCtx *c, StrBuf *out, Value obj, const char *spec, size_t nspec)
{
    ThreadState *ts = c->ts;
    Type *t = val_type(obj);
    if (t == &type_str) return spec_str(ts, out, obj, spec, nspec);
    if (t == &type_int) return spec_int(ts, out, obj, spec, nspec);
    if (t == &type_float) return spec_float(ts, out, float_value(obj), "float", spec, nspec);
    Value specv = str_new(ts, spec, nspec);
    Value r = obj_format(ts, obj, specv);
    if (!r) return -1;
    sb_append_str(out, r);
    return 0;
}

/* One replacement field: s[*pos] is just after its '{'. */
static int markup(FmtCtx *c, StrBuf *out, const char *s, size_t n, size_t *pos, int depth)
{
    ThreadState *ts = c->ts;
    size_t i = *pos, name_start = i;
    char ch = 0;
    /* field name, up to '}', ':' or '!' (brackets may hold any of them) */
    while (i < n) {
        ch = s[i++];
        if (ch == '{') {
            err_format(ts, &exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (i < n && s[i] != ']') i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    size_t name_end = i - 1;
    uint32_t conversion = 0;
    const char *spec = "";
    size_t nspec = 0;
    bool expand = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (i >= n) {
                err_format(ts, &exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            i += (size_t)u8_decode(s + i, &conversion);
            if (i < n) {
                char d = s[i++];
                if (d == '}') goto parsed;
                if (d != ':') {
                    err_format(ts, &exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        size_t spec_start = i;
        int count = 1;
        for (;;) {
            if (i >= n) {
                err_format(ts, &exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            char d = s[i++];
            if (d == '{') { expand = true; count++; }
            else if (d == '}' && --count == 0) break;
        }
        spec = s + spec_start;
        nspec = i - 1 - spec_start;
    } else if (ch != '}') {
        err_format(ts, &exc_ValueError, "expected '}' before end of string");
        return -1;
    }
parsed:
    *pos = i;
    Value obj = field_object(c, s + name_start, name_end - name_start);
    if (!obj) return -1;
    if (conversion) {
        switch (conversion) {
        case 'r': obj = obj_repr(ts, obj); break;
        case 's': obj = obj_str(ts, obj); break;
        case 'a': obj = obj_ascii(ts, obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                err_format(ts, &exc_ValueError, "Unknown conversion specifier %c", (char)conversion);
            else
                err_format(ts, &exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            return -1;
        }
        if (!obj) return -1;
    }
    if (!expand) return render_field(c, out, obj, spec, nspec);
    /* nested fields in the spec: the formatting of other arguments may run
     * Python code while obj lives only here */
    gc_push_root(ts, obj);
    StrBuf sb;
    sb_init(&sb);
    int rc = build_string(c, &sb, spec, nspec, depth - 1);
    if (rc == 0) rc = render_field(c, out, obj, sb.data, sb.len);
    sb_free(&sb);
    gc_pop_roots(ts, 1);
    return rc;
}

static int build_string(FmtCtx *c, StrBuf *out, const char *s, size_t n, int depth)
{
    if (depth <= 0) {
        err_format(c->ts, &exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        char ch = 0;
        while (i < n) {
            char d = s[i++];
            if (d == '{' || d == '}') { ch = d; break; }
        }
        size_t len = i - start;
        bool at_end = i >= n;
        bool field = ch != 0;
        if (ch == '}' && (at_end || s[i] != '}')) {
            err_format(c->ts, &exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && ch == '{') {
            err_format(c->ts, &exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (field) {
            if (s[i] == ch) { i++; field = false; }   /* '{{' or '}}': the literal keeps one */
            else len--;
        }
        if (len) sb_append(out, s + start, len);
        if (field && markup(c, out, s, n, &i, depth) < 0) return -1;
    }
    return 0;
}

Value format_str_method(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    FmtCtx c = {
        .ts = ts, .args = argv + 1, .nargs = npos - 1,
        .kwvalues = argv + npos, .kwnames = kwnames,
        .an_state = AN_INIT, .an_next = 0,
    };
    Value fmt = argv[0];
    StrBuf sb;
    sb_init(&sb);
    if (build_string(&c, &sb, STR(fmt)->data, (size_t)STR(fmt)->size, 2) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    return sb_finish(ts, &sb);
}
