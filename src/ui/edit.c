/* edit.c — the REPL's line editor and its input loops in the live view
 * (live_int.h). */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include <string.h>

#include "ui/live_int.h"
#include "base/xalloc.h"

/* ---- keys ---- */

static void edit_insert(Live *v, const char *s, size_t n)
{
    if (v->in_len + n + 1 > v->in_cap) {
        v->in_cap = (v->in_len + n + 1) * 2;
        v->in = xrealloc(v->in, v->in_cap);
    }
    memmove(v->in + v->cursor + n, v->in + v->cursor, v->in_len - v->cursor);
    memcpy(v->in + v->cursor, s, n);
    v->in_len += n;
    v->cursor += n;
    v->in[v->in_len] = '\0';
}

static void edit_delete(Live *v, size_t from, size_t to)
{
    memmove(v->in + from, v->in + to, v->in_len - to);
    v->in_len -= to - from;
    if (v->cursor > to) v->cursor -= to - from;
    else if (v->cursor > from) v->cursor = from;
    v->in[v->in_len] = '\0';
}

static size_t prev_char(const Live *v, size_t i)
{
    while (i > 0 && ((unsigned char)v->in[--i] & 0xc0) == 0x80) {}
    return i;
}

static size_t next_char(const Live *v, size_t i)
{
    if (i < v->in_len) i++;
    while (i < v->in_len && ((unsigned char)v->in[i] & 0xc0) == 0x80) i++;
    return i;
}

static void edit_set(Live *v, const char *s)
{
    v->in_len = v->cursor = 0;
    if (v->in) v->in[0] = '\0';
    edit_insert(v, s, strlen(s));
}

static void history_move(Live *v, int d)
{
    int p = v->hist_pos + d;
    if (p < 0 || p > v->nhist) return;
    v->hist_pos = p;
    edit_set(v, p == v->nhist ? "" : v->hist[p]);
}

void lv_edit_key(Live *v, int r, wint_t c)
{
    if (r == KEY_CODE_YES) {
        switch (c) {
        case KEY_LEFT: v->cursor = prev_char(v, v->cursor); break;
        case KEY_RIGHT: v->cursor = next_char(v, v->cursor); break;
        case KEY_HOME: v->cursor = 0; break;
        case KEY_END: v->cursor = v->in_len; break;
        case KEY_UP: history_move(v, -1); break;
        case KEY_DOWN: history_move(v, 1); break;
        case KEY_BACKSPACE: if (v->cursor) edit_delete(v, prev_char(v, v->cursor), v->cursor); break;
        case KEY_DC: if (v->cursor < v->in_len) edit_delete(v, v->cursor, next_char(v, v->cursor)); break;
        case KEY_ENTER: v->line_ready = true; break;
        default: break;
        }
        return;
    }
    switch (c) {
    case 1: v->cursor = 0; break;                         /* Ctrl-A */
    case 5: v->cursor = v->in_len; break;                 /* Ctrl-E */
    case 2: v->cursor = prev_char(v, v->cursor); break;   /* Ctrl-B */
    case 6: v->cursor = next_char(v, v->cursor); break;   /* Ctrl-F */
    case 11: edit_delete(v, v->cursor, v->in_len); break; /* Ctrl-K */
    case 21: edit_delete(v, 0, v->cursor); break;         /* Ctrl-U */
    case 23: {                                            /* Ctrl-W */
        size_t i = v->cursor;
        while (i > 0 && v->in[i - 1] == ' ') i--;
        while (i > 0 && v->in[i - 1] != ' ') i--;
        edit_delete(v, i, v->cursor);
        break;
    }
    case 16: history_move(v, -1); break;                  /* Ctrl-P */
    case 14: history_move(v, 1); break;                   /* Ctrl-N */
    case 4:                                               /* Ctrl-D */
        if (v->in_len == 0) v->eof = true;
        else if (v->cursor < v->in_len) edit_delete(v, v->cursor, next_char(v, v->cursor));
        break;
    case 8: case 127:
        if (v->cursor) edit_delete(v, prev_char(v, v->cursor), v->cursor);
        break;
    case '\n': case '\r': v->line_ready = true; break;
    case '\t': edit_insert(v, "    ", 4); break;
    case 12: clearok(curscr, TRUE); break;                /* Ctrl-L */
    default:
        if (c >= 32 && c != 127) {
            char buf[4];
            int n = grid_utf8_encode((uint32_t)c, buf);
            edit_insert(v, buf, (size_t)n);
        }
        break;
    }
}

/* ---- the REPL's input line ---- */

bool live_wait_or_leave(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                        bool (*busy)(void *arg), void *arg)
{
    v->prompt = prompt;
    v->reading = true;
    v->interrupted = v->eof = false;
    v->dirty = true;
    lv_draw(v);
    bool leave = false;
    while (busy(arg)) {
        if (!v->paused) idle(arg, false);   /* the threads run; heartbeats read the keys */
        lv_poll_keys(v, v->paused ? 50 : 1);
        lv_draw_if_due(v);
        if (v->quit) lv_quit_now(v);
        if (v->interrupted || v->eof) {
            leave = true;
            break;
        }
        v->line_ready = false;               /* typing is not asked for here */
        v->in_len = v->cursor = 0;
        if (v->in) v->in[0] = '\0';
    }
    v->reading = false;
    v->line_ready = v->interrupted = v->eof = false;
    v->prompt = NULL;
    v->dirty = true;
    return leave;
}

char *live_read_line(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                     void *arg, bool *interrupted)
{
    *interrupted = false;
    v->prompt = prompt;
    v->reading = true;
    v->interrupted = v->eof = false;
    v->hist_pos = v->nhist;
    v->dirty = true;
    lv_draw(v);
    while (!v->line_ready && !v->interrupted && !v->eof) {
        if (idle && !v->paused) {
            idle(arg, false);       /* may run the simulation: heartbeats read the keys */
            lv_poll_keys(v, 0);
            if (!v->line_ready && !v->interrupted && !v->eof) {
                lv_draw_if_due(v);
                lv_poll_keys(v, 1);
            }
        } else {
            if (idle) idle(arg, true);
            lv_draw_if_due(v);
            lv_poll_keys(v, 50);
        }
        if (v->quit) lv_quit_now(v);
    }
    v->reading = false;
    char *line;
    if (v->eof && !v->line_ready) {
        v->eof = false;
        line = NULL;
    } else if (v->interrupted) {
        *interrupted = true;
        line = xstrdup("");
    } else {
        line = xstrdup(v->in ? v->in : "");
        if (*line && (v->nhist == 0 || strcmp(v->hist[v->nhist - 1], line) != 0)) {
            v->hist = xrealloc(v->hist, sizeof *v->hist * (size_t)(v->nhist + 1));
            v->hist[v->nhist++] = xstrdup(line);
        }
    }
    v->line_ready = v->interrupted = false;
    v->in_len = v->cursor = 0;
    if (v->in) v->in[0] = '\0';
    v->prompt = NULL;
    return line;
}
