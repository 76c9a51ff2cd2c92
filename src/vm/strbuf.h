/* strbuf.h — a growable byte buffer for building strs (reprs, joins, formatting). */
#ifndef GILSIM_STRBUF_H
#define GILSIM_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include "vm/object.h"

typedef struct StrBuf {
    char *data;            /* NUL-terminated while in use */
    size_t len, cap;
    int64_t chars;         /* code points appended, or -1 if unknown (recounted at finish) */
    char small[128];       /* inline storage: most reprs never touch the heap */
} StrBuf;

void sb_init(StrBuf *sb);
void sb_append(StrBuf *sb, const char *s, size_t n);
void sb_puts(StrBuf *sb, const char *s);
void sb_putc(StrBuf *sb, char c);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void sb_append_str(StrBuf *sb, Value s);     /* a str's bytes */
/* Appends repr(v) / str(v); -1 if that raised. */
int sb_append_repr(ThreadState *ts, StrBuf *sb, Value v);
int sb_append_strof(ThreadState *ts, StrBuf *sb, Value v);
/* Makes a str of the contents and frees the buffer. */
Value sb_finish(ThreadState *ts, StrBuf *sb);
void sb_free(StrBuf *sb);

#endif
