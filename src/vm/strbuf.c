/* strbuf.c — growable byte buffers for building strs. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/strbuf.h"
#include "vm/abstract.h"
#include "vm/gc.h"
#include "vm/str.h"

void sb_init(StrBuf *sb)
{
    sb->data = sb->small;
    sb->len = 0;
    sb->cap = sizeof sb->small;
    sb->chars = 0;
    sb->small[0] = '\0';
}

static void reserve(StrBuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap) return;
    size_t cap = sb->cap * 2;
    while (cap < sb->len + extra + 1) cap *= 2;
    if (sb->data == sb->small) {
        sb->data = memcpy(xmalloc(cap), sb->small, sb->len + 1);
    } else {
        sb->data = xrealloc(sb->data, cap);
    }
    sb->cap = cap;
}

void sb_append(StrBuf *sb, const char *s, size_t n)
{
    reserve(sb, n);
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    sb->chars = -1;
}

void sb_puts(StrBuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }

void sb_putc(StrBuf *sb, char c)
{
    reserve(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
    sb->chars = -1;
}

void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    if ((size_t)n >= sb->cap - sb->len) {
        reserve(sb, (size_t)n);
        vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
    }
    sb->len += (size_t)n;
    sb->chars = -1;
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

void sb_append_str(StrBuf *sb, Value s) { sb_append(sb, STR(s)->data, (size_t)STR(s)->size); }

int sb_append_repr(ThreadState *ts, StrBuf *sb, Value v)
{
    Value r = obj_repr(ts, v);
    if (!r) return -1;
    sb_append_str(sb, r);
    return 0;
}

int sb_append_strof(ThreadState *ts, StrBuf *sb, Value v)
{
    Value r = obj_str(ts, v);   /* exact strs return at once; a subclass may override __str__ */
    if (!r) return -1;
    sb_append_str(sb, r);
    return 0;
}

Value sb_finish(ThreadState *ts, StrBuf *sb)
{
    Value s = str_new(ts, sb->data, sb->len);
    sb_free(sb);
    return s;
}

void sb_free(StrBuf *sb)
{
    if (sb->data != sb->small) free(sb->data);
    sb_init(sb);
}
