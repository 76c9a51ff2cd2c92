/* grid.h — a plain grid of character cells, the one surface every timeline
 * renderer draws on.
 *
 * Renderers write cells (a code point, colour indices, attributes); then
 * either the live ncurses view copies the grid to the terminal, or
 * grid_to_text turns it into UTF-8 lines for --headless output and golden
 * tests. One renderer, two outputs (tmux's model): what the tests see is
 * what the student sees, minus colour. Nothing here knows about curses.
 */
#ifndef GILSIM_UI_GRID_H
#define GILSIM_UI_GRID_H

#include <stddef.h>
#include <stdint.h>

/* Colour indices: 0 is the terminal's default; 1..GRID_THREAD_COLOURS are
 * thread colours (grid_thread_colour), mapped to real colours by the view. */
#define GRID_THREAD_COLOURS 12

enum { GRID_BOLD = 1, GRID_REVERSE = 2, GRID_DIM = 4, GRID_UNDERLINE = 8 };

typedef struct Cell {
    uint32_t ch;       /* Unicode code point; ' ' when empty */
    uint8_t fg, bg;    /* colour indices */
    uint8_t attr;      /* GRID_BOLD | GRID_REVERSE | GRID_DIM | GRID_UNDERLINE */
} Cell;

typedef struct Grid {
    int w, h;
    Cell *cells;       /* row-major, w * h */
} Grid;

Grid *grid_new(int w, int h);
void grid_free(Grid *g);
/* Every cell back to a blank space with default colours. */
void grid_clear(Grid *g);
/* New size; cells inside both the old and the new size are kept. */
void grid_resize(Grid *g, int w, int h);
/* One cell; outside the grid: ignored. */
void grid_put(Grid *g, int x, int y, uint32_t ch, uint8_t fg, uint8_t bg, uint8_t attr);
const Cell *grid_at(const Grid *g, int x, int y);
/* UTF-8 text from (x, y) on one row, clipped to the grid (control
 * characters become spaces). Returns the column after the last one written
 * (even if clipped). */
int grid_print(Grid *g, int x, int y, const char *utf8, uint8_t fg, uint8_t bg, uint8_t attr);
/* The grid as text: rows joined with '\n' (no final newline), trailing
 * spaces trimmed, UTF-8. malloc'd. */
char *grid_to_text(const Grid *g);

/* The colour of a thread's lane (1..GRID_THREAD_COLOURS). */
uint8_t grid_thread_colour(int thread);

/* UTF-8 helpers shared by the views: decode the code point at *s (not past
 * end) and advance; invalid or truncated sequences give U+FFFD and consume
 * one byte. encode writes 1-4 bytes and returns how many. */
uint32_t grid_utf8_next(const char **s, const char *end);
int grid_utf8_encode(uint32_t cp, char out[4]);
/* Columns a UTF-8 string takes (one per code point). */
int grid_text_width(const char *utf8);

#endif
