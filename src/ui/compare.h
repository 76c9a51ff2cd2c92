/* compare.h — two runs of one program on one time axis (--compare,
 * docs/timeline.md "Two runs"): the axis once at the top, then each run's
 * label and its lanes (GIL lanes and threads, the column rule of
 * timeline.h), the legend once at the bottom. The lanes of both start in
 * the same column, so a column is the same instant in both.
 */
#ifndef GILSIM_UI_COMPARE_H
#define GILSIM_UI_COMPARE_H

#include <stdbool.h>
#include <stdint.h>

#include "events.h"
#include "ui/grid.h"
#include "ui/timeline.h"

/* The name column both runs use. */
int cmp_name_width(const TlModel *a, const TlModel *b);
/* Rows cmp_render uses for window v (v->axis and v->legend: whether to
 * draw them at all). */
int cmp_rows(const TlModel *a, const TlModel *b, const TlView *v);
/* Draws both at row y of g (clipped); returns the rows used. */
int cmp_render(const TlModel *a, const char *label_a, const TlModel *b, const char *label_b,
               const TlView *v, Grid *g, int y);
/* Headless: both runs in `width` columns in all, the window [from, to)
 * (to 0: the later run's end); malloc'd text ending in a newline. */
char *cmp_render_text(const EventLog *a, const char *label_a, const EventLog *b, const char *label_b,
                      int width, bool ascii, int64_t from, int64_t to);

#endif
