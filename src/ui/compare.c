/* compare.c — two runs on one time axis (see compare.h). Each run is
 * drawn by tl_render into a grid of its own, then copied row by row with
 * its name column on the left and its lanes moved to the common first
 * lane column. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/compare.h"
#include "base/xalloc.h"

int cmp_name_width(const TlModel *a, const TlModel *b)
{
    int na = tl_name_width(a), nb = tl_name_width(b);
    return na > nb ? na : nb;
}

int cmp_rows(const TlModel *a, const TlModel *b, const TlView *v)
{
    TlView va = *v, vb = *v;
    va.legend = false;
    vb.axis = false;
    return tl_rows(a, &va) + 1 + tl_rows(b, &vb) + 1;
}

/* One run's rows from its own grid into g at row y, lanes at column lx. */
static void copy_rows(const Grid *from, int namew, Grid *g, int y, int lx, bool axis_row)
{
    for (int r = 0; r < from->h; r++)
        for (int x = 0; x < from->w; x++) {
            const Cell *c = grid_at(from, x, r);
            /* the axis row's labels may start in the name column */
            int to = x > namew || (axis_row && r == 0) ? x + (lx - namew - 1) : x;
            if (c && to < g->w) grid_put(g, to, y + r, c->ch, c->fg, c->bg, c->attr);
        }
}

static int label_row(Grid *g, int y, int n, const char *label, bool ascii)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s run %d: %s %s", ascii ? "--" : "\xe2\x94\x80\xe2\x94\x80", n, label,
             ascii ? "--" : "\xe2\x94\x80\xe2\x94\x80");
    grid_print(g, 0, y, buf, 0, 0, GRID_BOLD);
    return 1;
}

int cmp_render(const TlModel *a, const char *label_a, const TlModel *b, const char *label_b,
               const TlView *v, Grid *g, int y)
{
    int namew = cmp_name_width(a, b), lx = namew + 1, row = y;
    const TlModel *m[2] = {a, b};
    const char *labels[2] = {label_a, label_b};
    for (int k = 0; k < 2; k++) {
        TlView vk = *v;
        if (k == 0) vk.legend = false;
        else vk.axis = false;
        int rows = tl_rows(m[k], &vk);
        int own = tl_name_width(m[k]);
        Grid *tmp = grid_new(own + 1 + v->width, rows);
        tl_render(m[k], &vk, tmp, 0, 0);
        if (k == 0 && vk.axis) {          /* the axis first, then the label */
            Grid *axis = grid_new(tmp->w, 1);
            memcpy(axis->cells, tmp->cells, sizeof *axis->cells * (size_t)tmp->w);
            copy_rows(axis, own, g, row, lx, true);
            grid_free(axis);
            row++;
            memmove(tmp->cells, tmp->cells + tmp->w, sizeof *tmp->cells * (size_t)tmp->w * (size_t)(rows - 1));
            tmp->h = rows - 1;
        }
        row += label_row(g, row, k + 1, labels[k] ? labels[k] : "", v->ascii);
        copy_rows(tmp, own, g, row, lx, false);
        row += tmp->h;
        grid_free(tmp);
    }
    return row - y;
}

char *cmp_render_text(const EventLog *a, const char *label_a, const EventLog *b, const char *label_b,
                      int width, bool ascii, int64_t from, int64_t to)
{
    TlModel *ma = tl_model_new(), *mb = tl_model_new();
    tl_model_update(ma, a);
    tl_model_update(mb, b);
    int namew = cmp_name_width(ma, mb);
    int lanes = width - namew - 1;
    if (lanes < 10) lanes = 10;
    int64_t end = ma->t_end > mb->t_end ? ma->t_end : mb->t_end;
    int64_t t0 = from > 0 ? from : 0, t1 = to > 0 ? to : end;
    if (t1 <= t0) t1 = t0 + 1;
    TlView v = {.t0 = t0, .t1 = t1, .width = lanes, .ascii = ascii, .legend = true, .axis = true,
                .gil_lanes = true};
    Grid *g = grid_new(namew + 1 + lanes, cmp_rows(ma, mb, &v));
    cmp_render(ma, label_a, mb, label_b, &v, g, 0);
    tl_model_free(ma);
    tl_model_free(mb);
    char *rows = grid_to_text(g);
    grid_free(g);
    size_t n = strlen(rows);
    rows = xrealloc(rows, n + 2);
    memcpy(rows + n, "\n", 2);   /* the text ends in a newline, as --timeline's */
    return rows;
}
