/* grid.c — a plain grid of character cells (see grid.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/grid.h"
#include "base/xalloc.h"

static const Cell blank = {.ch = ' '};

Grid *grid_new(int w, int h)
{
    Grid *g = xcalloc(1, sizeof *g);
    grid_resize(g, w, h);
    return g;
}

void grid_free(Grid *g)
{
    if (!g) return;
    free(g->cells);
    free(g);
}

void grid_clear(Grid *g)
{
    for (size_t i = 0; i < (size_t)g->w * (size_t)g->h; i++) g->cells[i] = blank;
}

void grid_resize(Grid *g, int w, int h)
{
    if (w < 0) w = 0;
    if (h < 0) h = 0;
    size_t n = (size_t)w * (size_t)h;
    Cell *cells = xmalloc((n ? n : 1) * sizeof *cells);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            cells[(size_t)y * (size_t)w + (size_t)x] =
                x < g->w && y < g->h ? g->cells[(size_t)y * (size_t)g->w + (size_t)x] : blank;
    free(g->cells);
    g->cells = cells;
    g->w = w;
    g->h = h;
}

void grid_put(Grid *g, int x, int y, uint32_t ch, uint8_t fg, uint8_t bg, uint8_t attr)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h) return;
    g->cells[(size_t)y * (size_t)g->w + (size_t)x] = (Cell){.ch = ch, .fg = fg, .bg = bg, .attr = attr};
}

const Cell *grid_at(const Grid *g, int x, int y)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h) return NULL;
    return &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
}

int grid_print(Grid *g, int x, int y, const char *utf8, uint8_t fg, uint8_t bg, uint8_t attr)
{
    const char *s = utf8, *end = utf8 + strlen(utf8);
    while (s < end) {
        uint32_t cp = grid_utf8_next(&s, end);
        /* A tab or newline inside a name must not break the grid's geometry. */
        if (cp < 0x20 || cp == 0x7f) cp = ' ';
        grid_put(g, x++, y, cp, fg, bg, attr);
    }
    return x;
}

char *grid_to_text(const Grid *g)
{
    size_t cap = (size_t)g->w * (size_t)g->h * 4 + (size_t)g->h + 1, n = 0;
    char *out = xmalloc(cap);
    for (int y = 0; y < g->h; y++) {
        if (y) out[n++] = '\n';
        size_t trimmed = n;
        for (int x = 0; x < g->w; x++) {
            uint32_t cp = g->cells[(size_t)y * (size_t)g->w + (size_t)x].ch;
            if (cp == 0) cp = ' ';
            n += (size_t)grid_utf8_encode(cp, out + n);
            if (cp != ' ') trimmed = n;
        }
        n = trimmed;
    }
    out[n] = '\0';
    return out;
}

uint8_t grid_thread_colour(int thread)
{
    if (thread < 0) thread = 0;
    return (uint8_t)(1 + thread % GRID_THREAD_COLOURS);
}

uint32_t grid_utf8_next(const char **sp, const char *end)
{
    const unsigned char *s = (const unsigned char *)*sp;
    const unsigned char *e = (const unsigned char *)end;
    uint32_t c = s[0];
    int len;
    uint32_t min;
    if (c < 0x80) { *sp += 1; return c; }
    else if ((c & 0xe0) == 0xc0) { len = 2; c &= 0x1f; min = 0x80; }
    else if ((c & 0xf0) == 0xe0) { len = 3; c &= 0x0f; min = 0x800; }
    else if ((c & 0xf8) == 0xf0) { len = 4; c &= 0x07; min = 0x10000; }
    else goto invalid;
    if (e - s < len) goto invalid;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) goto invalid;
        c = (c << 6) | (s[i] & 0x3f);
    }
    /* Overlong forms, surrogates and values past Unicode are not text. */
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) goto invalid;
    *sp += len;
    return c;
invalid:
    *sp += 1;
    return 0xfffd;
}

int grid_utf8_encode(uint32_t cp, char out[4])
{
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

int grid_text_width(const char *utf8)
{
    const char *s = utf8, *end = utf8 + strlen(utf8);
    int n = 0;
    while (s < end) {
        grid_utf8_next(&s, end);
        n++;
    }
    return n;
}
