/* prose.h — lesson prose (Markdown) for the live view: inline markup turned
 * into attributes, then wrapped to a width.
 *
 * prose_new keeps the text's block structure (headings, lists, fences,
 * indented code, blank lines) and removes the inline markup, recording it
 * per byte instead: **strong** and headings bold, *emphasis* and _emphasis_
 * underlined, `code spans` as PROSE_CODE (the view draws them in a colour
 * of their own, or bold without colour); \* gives a literal star. A marker
 * counts only if it closes within the paragraph (a code span: within its
 * line) and hugs its text, so
 * 2 * 3, snake_case and a lone ` stay as written. List bullets (- or *)
 * become • (ASCII: -). Fenced and indented code is left exactly as written.
 *
 * prose_wrap then wraps it to w columns: headings without their #s, list
 * items with a hanging indent, fenced blocks and indented lines as they are
 * (clipped), runs of blank lines as one.
 */
#ifndef GILSIM_UI_PROSE_H
#define GILSIM_UI_PROSE_H

#include <stdbool.h>
#include <stdint.h>

#include "ui/grid.h"

/* A code span's byte (with the GRID_* attributes in the same byte). */
enum { PROSE_CODE = 0x80 };

typedef struct Prose {
    char *text;        /* the prose without inline markup */
    uint8_t *attrs;    /* one per byte of text: GRID_BOLD, GRID_UNDERLINE, PROSE_CODE */
} Prose;

Prose *prose_new(const char *markdown, bool ascii);
void prose_free(Prose *p);

/* One row of wrapped prose: n bytes at s (inside Prose.text), drawn from
 * column indent, each byte with attr | its attrs[] entry. */
typedef struct ProseRow {
    const char *s;
    const uint8_t *attrs;
    int n, indent;
    uint8_t attr;
} ProseRow;

/* The rows (malloc'd) and their count. */
ProseRow *prose_wrap(const Prose *p, int w, int *nrows);

#endif
