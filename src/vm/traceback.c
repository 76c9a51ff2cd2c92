/* traceback.c — traceback objects and printing uncaught exceptions exactly as
 * CPython 3.11 does (without 3.11's ~~~^^^ position markers). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vm/traceback.h"
#include "vm/abstract.h"
#include "vm/code.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"

#define TB(v) ((TracebackObj *)(v))
#define TB_RECURSIVE_CUTOFF 3    /* CPython: identical lines shown before collapsing */

static void tb_trace(GC *gc, Obj *self)
{
    TracebackObj *tb = (TracebackObj *)self;
    if (val_is_obj(tb->next)) gc_mark(gc, tb->next);
    if (val_is_obj(tb->code)) gc_mark(gc, tb->code);
}

static Value tb_get_next(ThreadState *ts, Value self) { return TB(self)->next ? TB(self)->next : VAL_NONE; }
static Value tb_get_lineno(ThreadState *ts, Value self) { return val_from_smallint(TB(self)->line); }
static Value tb_get_frame(ThreadState *ts, Value self) { return VAL_NONE; }
static Value tb_get_code(ThreadState *ts, Value self) { return TB(self)->code; }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_code", tb_get_code, NULL},
    {NULL, NULL, NULL},
};

Type type_traceback = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "traceback",
    .base = &type_object,
    .layout = K_TRACEBACK,
    .instance_size = sizeof(TracebackObj),
    .getsets = tb_getsets,
    .trace = tb_trace,
};

Value traceback_new(ThreadState *ts, Value next, Value code, int line)
{
    TracebackObj *tb = gc_alloc(ts, &type_traceback, sizeof(TracebackObj));
    tb->next = next;
    tb->code = code;
    tb->line = line;
    return VAL(tb);
}

/* ---- printing ---- */

static void print_entry(StrBuf *sb, const CodeObj *co, int line)
{
    sb_printf(sb, "  File \"%s\", line %d, in %s\n", co->filename && IS_STR(co->filename) ? str_cstr(co->filename) : "<unknown>",
              line, str_cstr(co->name));
    StrBuf src;
    sb_init(&src);
    if (code_source_line(co, line, &src) && src.len > 0) {
        sb_puts(sb, "    ");
        sb_append(sb, src.data, src.len);
        sb_putc(sb, '\n');
    }
    sb_free(&src);
}

static void print_tb(StrBuf *sb, Value tb)
{
    const CodeObj *last_co = NULL;
    int last_line = -1;
    long count = 0;
    for (; tb && val_is(tb, K_TRACEBACK); tb = TB(tb)->next) {
        const CodeObj *co = CODE(TB(tb)->code);
        int line = TB(tb)->line;
        bool same = last_co && line == last_line && str_eq(co->filename, last_co->filename) &&
                    str_eq(co->name, last_co->name);
        if (!same) {
            if (count > TB_RECURSIVE_CUTOFF)
                sb_printf(sb, "  [Previous line repeated %ld more time%s]\n", count - TB_RECURSIVE_CUTOFF,
                          count - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
            last_co = co;
            last_line = line;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) print_entry(sb, co, line);
    }
    if (count > TB_RECURSIVE_CUTOFF)
        sb_printf(sb, "  [Previous line repeated %ld more time%s]\n", count - TB_RECURSIVE_CUTOFF,
                  count - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
}

static void append_type_name(StrBuf *sb, Type *t)
{
    Value mod = t->module;
    const char *qn = t->qualname && IS_STR(t->qualname) ? str_cstr(t->qualname) : t->name;
    if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        sb_append_str(sb, mod);
        sb_putc(sb, '.');
    }
    sb_puts(sb, qn);
}

static Value get_attr_quiet(ThreadState *ts, Value v, const char *name)
{
    Value r = obj_lookup_attr(ts, v, interp_intern_cstr(ts, name));
    if (!r) err_clear(ts);
    return r;
}

static int64_t int_attr(ThreadState *ts, Value v, const char *name, int64_t dflt)
{
    Value r = get_attr_quiet(ts, v, name);
    return r && val_is_smallint(r) ? val_smallint(r) : dflt;
}

static int64_t cp_count(const char *p, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) c++;
    return c;
}

/* "  File ..., line N" / "    text" / "    ^^^" of a SyntaxError. */
static void print_syntax_error_location(ThreadState *ts, StrBuf *sb, Value exc)
{
    Value filename = get_attr_quiet(ts, exc, "filename");
    int64_t lineno = int_attr(ts, exc, "lineno", -1);
    if (lineno < 0) return;
    sb_printf(sb, "  File \"%s\", line %lld\n", filename && IS_STR(filename) ? str_cstr(filename) : "<string>",
              (long long)lineno);
    Value text = get_attr_quiet(ts, exc, "text");
    if (!text || !IS_STR(text)) return;
    int64_t offset = int_attr(ts, exc, "offset", -1);
    int64_t end_lineno = int_attr(ts, exc, "end_lineno", lineno);
    int64_t end_offset = int_attr(ts, exc, "end_offset", -1);
    const char *p = str_cstr(text);
    size_t n = (size_t)STR(text)->size;
    /* only the first line of text */
    const char *nl = memchr(p, '\n', n);
    if (nl) n = (size_t)(nl - p);
    /* A line with a NUL ("source code cannot contain null bytes"): CPython
     * shows it up to the NUL, with no caret; never echo the raw byte. */
    const char *nul = memchr(p, '\0', n);
    if (nul) {
        n = (size_t)(nul - p);
        offset = -1;
    }
    int64_t ws = 0;
    while (n > 0 && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
        n--;
        ws++;
    }
    while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    sb_puts(sb, "    ");
    sb_append(sb, p, n);
    sb_putc(sb, '\n');
    if (offset < 1) return;
    int64_t len = cp_count(p, n);
    int64_t col = offset - 1 - ws;
    if (col < 0) col = 0;
    if (col > len) col = len;
    int64_t end;
    if (end_lineno > lineno) end = len;
    else if (end_offset > 0) end = end_offset - 1 - ws;
    else end = col + 1;
    if (end > len + 1) end = len + 1;
    if (end <= col) end = col + 1;
    sb_puts(sb, "    ");
    for (int64_t i = 0; i < col; i++) sb_putc(sb, ' ');
    for (int64_t i = col; i < end; i++) sb_putc(sb, '^');
    sb_putc(sb, '\n');
}

static void print_one(ThreadState *ts, StrBuf *sb, Value exc)
{
    ExcObj *e = val_is(exc, K_EXCEPTION) ? (ExcObj *)exc : NULL;
    if (e && e->traceback) {
        sb_puts(sb, "Traceback (most recent call last):\n");
        print_tb(sb, e->traceback);
    }
    bool syntax = exc_is_instance(exc, &exc_SyntaxError);
    if (syntax) print_syntax_error_location(ts, sb, exc);
    append_type_name(sb, val_type(exc));
    Value msg;
    if (syntax) {
        msg = get_attr_quiet(ts, exc, "msg");
        if (msg && !IS_STR(msg)) msg = VAL_NULL;
        if (!msg) {
            msg = exc_str(ts, exc);
            if (!msg) err_clear(ts);
        }
    } else {
        msg = exc_str(ts, exc);
        if (!msg) {
            err_clear(ts);
            sb_puts(sb, ": <exception str() failed>\n");
            return;
        }
    }
    if (msg && IS_STR(msg) && STR(msg)->size > 0) {
        sb_puts(sb, ": ");
        sb_append_str(sb, msg);
    }
    sb_putc(sb, '\n');
}

#define MAX_CHAIN 64

static void print_chain(ThreadState *ts, StrBuf *sb, Value exc, Value *seen, int *nseen)
{
    if (*nseen < MAX_CHAIN) seen[(*nseen)++] = exc;
    if (val_is(exc, K_EXCEPTION)) {
        ExcObj *e = (ExcObj *)exc;
        Value cause = e->cause, ctx = e->context;
        bool cause_seen = false, ctx_seen = false;
        for (int i = 0; i < *nseen; i++) {
            if (seen[i] == cause) cause_seen = true;
            if (seen[i] == ctx) ctx_seen = true;
        }
        if (cause && cause != VAL_NONE && !cause_seen && *nseen < MAX_CHAIN) {
            print_chain(ts, sb, cause, seen, nseen);
            sb_puts(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (ctx && ctx != VAL_NONE && !e->suppress_context && !ctx_seen && *nseen < MAX_CHAIN) {
            print_chain(ts, sb, ctx, seen, nseen);
            sb_puts(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(ts, sb, exc);
}

static void format_into(ThreadState *ts, Value exc, StrBuf *sb)
{
    Value saved = err_fetch(ts);
    gc_push_root(ts, exc);
    if (saved) gc_push_root(ts, saved);
    Value seen[MAX_CHAIN];
    int nseen = 0;
    print_chain(ts, sb, exc, seen, &nseen);
    if (saved) gc_pop_roots(ts, 1);
    gc_pop_roots(ts, 1);
    err_clear(ts);
    if (saved) err_restore(ts, saved);
}

void traceback_print(ThreadState *ts, Value exc, FILE *out)
{
    StrBuf sb;
    sb_init(&sb);
    format_into(ts, exc, &sb);
    fwrite(sb.data, 1, sb.len, out);
    fflush(out);
    sb_free(&sb);
}

char *traceback_format(ThreadState *ts, Value exc)
{
    StrBuf sb;
    sb_init(&sb);
    format_into(ts, exc, &sb);
    char *r = xmalloc(sb.len + 1);
    memcpy(r, sb.data, sb.len);
    r[sb.len] = 0;
    sb_free(&sb);
    return r;
}
