/* svg.c — the timeline as a picture (--svg): the same model as --timeline,
 * drawn as vector rectangles instead of character cells, so an instructor can
 * paste a run into slides at any size.
 *
 * Layout: a time axis on top; per process a GIL lane (held intervals in the
 * holder's colour, labelled with its lane character — and its name where it
 * fits — so the holder never depends on colour alone; drop requests as small
 * triangles above the lane and user marks as diamonds below it, forced
 * switches as
 * red ticks), then one lane per thread: run in its colour, native in its
 * colour striped, wait as a light bar, block as a thin line; a legend below.
 * Twelve thread colours, one set per theme (light: dark enough on white;
 * dark: light enough on near-black), then they repeat (the labels still
 * tell threads apart). Like the trace, the file is written to a temporary
 * name and renamed.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui/svg.h"
#include "ui/timeline.h"

#define NAME_W0 170         /* the name column at the default font size */
#define LANE_W 1000
#define ROW_H 22
#define BAR_H 14
#define TOP0 34            /* the first lane, without a title */

#define NCOLOURS 12

typedef struct Theme {
    const char *palette[NCOLOURS];
    const char *bg, *text, *tick, *grid, *wait, *block, *free, *request, *forced, *mark;
} Theme;

static const Theme themes[] = {
    [SVG_LIGHT] = {{"#1f77b4", "#e8710a", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#0f9fb0",
                    "#9a9b12", "#393b79", "#637939", "#7b4173"},
                   "#ffffff", "#222222", "#555555", "#dddddd", "#c9c9c9", "#888888", "#f2f2f2", "#e15759",
                   "#cc0000", "#222222"},
    [SVG_DARK] = {{"#5fa8e8", "#ffa54f", "#5cd65c", "#ff6b6b", "#b897e0", "#c49a82", "#f5a3d9", "#4fe0ef",
                   "#e0e04a", "#8f94e6", "#a6c76b", "#d48fc9"},
                  "#1e1e1e", "#e6e6e6", "#aaaaaa", "#3a3a3a", "#555555", "#999999", "#2a2a2a", "#ff6b6b",
                  "#ff4d4d", "#e6e6e6"},
};

/* This picture's settings (svg_write sets them; one picture at a time). */
static const Theme *theme = &themes[SVG_LIGHT];
static int64_t win0, win1;      /* the time window */
static int top = TOP0;          /* the first lane's y */
static const char *title;       /* NULL: none */
static int font_px = 12;
static int name_w = NAME_W0;    /* the name column: wider for a larger font */

static const char *colour_of(int thread) { return theme->palette[(unsigned)thread % NCOLOURS]; }

/* XML text: escape the five specials; control characters become spaces. */
static void put_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&apos;", f); break;
        default: fputc((unsigned char)*s < 0x20 ? ' ' : *s, f);
        }
    }
}

/* x of time t, clamped to the window (so slices outside it have no width). */
static double x_of(int64_t t)
{
    if (t < win0) t = win0;
    if (t > win1) t = win1;
    return name_w + (double)(t - win0) * LANE_W / (double)(win1 - win0);
}

static bool in_window(int64_t t) { return t >= win0 && t <= win1; }

/* A nice step (1, 2 or 5 x 10^k ns) giving about `ticks` intervals. */
static int64_t nice_step(int64_t span, int ticks)
{
    int64_t raw = span / ticks, step = 1;
    while (step * 10 <= raw) step *= 10;
    if (step * 5 <= raw) return step * 5;
    if (step * 2 <= raw) return step * 2;
    return step;
}

static void put_time(FILE *f, int64_t ns, int64_t step)
{
    if (step >= 1000000000) fprintf(f, "%g s", (double)ns / 1e9);
    else if (step >= 1000000) fprintf(f, "%g ms", (double)ns / 1e6);
    else if (step >= 1000) fprintf(f, "%g µs", (double)ns / 1e3);
    else fprintf(f, "%lld ns", (long long)ns);
}

static void axis(FILE *f, int height)
{
    int64_t step = nice_step(win1 - win0, 10);
    for (int64_t t = (win0 + step - 1) / step * step; t <= win1; t += step) {
        double x = x_of(t);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>\n", x, top - 6, x, height - 30);
        fprintf(f, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">", x, top - 10);
        put_time(f, t, step);
        fputs("</text>\n", f);
    }
}

static void thread_lane(FILE *f, const TlModel *m, const TlLane *lane, int y)
{
    fprintf(f, "<text x=\"6\" y=\"%d\" class=\"name\">%c ", y + BAR_H - 2, tl_lane_char(lane->thread));
    put_text(f, lane->name ? lane->name : "?");
    fputs("</text>\n", f);
    const char *c = colour_of(lane->thread);
    for (size_t i = 0; i < lane->changes.n; i++) {
        const TlChange *ch = &lane->changes.v[i];
        int64_t end = i + 1 < lane->changes.n ? lane->changes.v[i + 1].t : m->t_end;
        double x0 = x_of(ch->t), w = x_of(end) - x0;
        if (w <= 0) continue;
        switch (ch->state) {
        case TL_RUN:
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>\n", x0, y, w, BAR_H, c);
            break;
        case TL_NATIVE:
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\" opacity=\"0.45\"/>\n",
                    x0, y, w, BAR_H, c);
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"url(#stripes)\"/>\n",
                    x0, y, w, BAR_H);
            break;
        case TL_WAIT:
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" class=\"wait\"/>\n",
                    x0, y + 3, w, BAR_H - 6);
            break;
        case TL_BLOCK:
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"2\" class=\"block\"/>\n",
                    x0, y + BAR_H / 2 - 1, w);
            break;
        default:
            break;
        }
    }
}

/* The holder's label inside its GIL segment [x0, x0 + w): the lane
 * character, with the name where it fits (7 px a character). */
static void holder_label(FILE *f, const TlModel *m, int thread, double x0, double w, int y)
{
    if (w < 9) return;
    const char *name = thread >= 0 && thread < m->nlanes && m->lanes[thread].used ? m->lanes[thread].name : NULL;
    fprintf(f, "<text x=\"%.2f\" y=\"%d\" class=\"holder\">%c", x0 + 2, y + BAR_H - 3, tl_lane_char(thread));
    if (name && w >= 7.0 * (double)(strlen(name) + 2) + 4) {
        fputc(' ', f);
        put_text(f, name);
    }
    fputs("</text>\n", f);
}

static void gil_lane(FILE *f, const TlModel *m, const TlProcess *p, int y)
{
    fprintf(f, "<text x=\"6\" y=\"%d\" class=\"name gil\">GIL</text>\n", y + BAR_H - 2);
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"free\"/>\n", name_w, y, LANE_W, BAR_H);
    for (size_t i = 0; i < p->gil.n; i++) {
        const TlChange *ch = &p->gil.v[i];
        if (!ch->state) continue;
        int64_t end = i + 1 < p->gil.n ? p->gil.v[i + 1].t : m->t_end;
        double x0 = x_of(ch->t), w = x_of(end) - x0;
        if (w > 0) {
            fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>\n",
                    x0, y, w, BAR_H, colour_of((int)ch->arg));
            holder_label(f, m, (int)ch->arg, x0, w, y);
        }
    }
    for (size_t i = 0; i < p->requests.n; i++) {
        if (!in_window(p->requests.v[i])) continue;
        double x = x_of(p->requests.v[i]);
        fprintf(f, "<path d=\"M%.2f %d l-4 -6 h8 z\" class=\"request\"/>\n", x, y);
    }
    for (size_t i = 0; i < p->marks.n; i++) {
        if (!in_window(p->marks.v[i])) continue;
        double x = x_of(p->marks.v[i]);
        /* below the lane, where no drop request (above it) can cover it */
        fprintf(f, "<path d=\"M%.2f %d l-4 4 l4 4 l4 -4 z\" class=\"mark\"/>\n", x, y + BAR_H);
    }
    for (size_t i = 0; i < p->forced.n; i++) {
        if (!in_window(p->forced.v[i])) continue;
        double x = x_of(p->forced.v[i]);
        fprintf(f, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" class=\"forced\"/>\n", x, y - 3, x, y + BAR_H + 3);
    }
}

static void legend(FILE *f, int y, bool marks)
{
    /* laid out for 12 px text, scaled with the font */
    fprintf(f, "<g class=\"legend\" transform=\"translate(%d %d) scale(%.3f)\">\n", name_w, y, font_px / 12.0);
    fprintf(f, "<rect x=\"0\" y=\"0\" width=\"18\" height=\"%d\" fill=\"%s\"/><text x=\"24\" y=\"11\">run</text>\n",
            BAR_H - 2, theme->palette[0]);
    fprintf(f, "<rect x=\"80\" y=\"3\" width=\"18\" height=\"%d\" class=\"wait\"/><text x=\"104\" y=\"11\">wait</text>\n",
            BAR_H - 8);
    fprintf(f, "<rect x=\"165\" y=\"0\" width=\"18\" height=\"%d\" fill=\"%s\" opacity=\"0.45\"/>"
            "<rect x=\"165\" y=\"0\" width=\"18\" height=\"%d\" fill=\"url(#stripes)\"/>"
            "<text x=\"189\" y=\"11\">native (GIL released)</text>\n", BAR_H - 2, theme->palette[0], BAR_H - 2);
    fprintf(f, "<rect x=\"370\" y=\"6\" width=\"18\" height=\"2\" class=\"block\"/><text x=\"394\" y=\"11\">block</text>\n");
    fprintf(f, "<path d=\"M466 6 l-4 -6 h8 z\" class=\"request\"/><text x=\"476\" y=\"11\">drop request</text>\n");
    fprintf(f, "<line x1=\"586\" y1=\"-2\" x2=\"586\" y2=\"14\" class=\"forced\"/><text x=\"594\" y=\"11\">forced switch</text>\n");
    if (marks)
        fprintf(f, "<path d=\"M710 10 l-4 -4 l4 -4 l4 4 z\" class=\"mark\"/><text x=\"720\" y=\"11\">mark</text>\n");
    fputs("</g>\n", f);
}

static void draw(FILE *f, const TlModel *m)
{
    int rows = 0;
    int nprocs = 0;
    for (int p = 0; p < m->nprocs; p++) {
        if (!m->procs[p].used) continue;
        nprocs++;
        rows += m->procs[p].nlanes + (m->procs[p].has_gil ? 1 : 0);
    }
    int height = top + (rows + (nprocs > 1 ? nprocs : 0)) * ROW_H + 44;
    int longest = 3;
    for (int i = 0; i < m->nlanes; i++)
        if (m->lanes[i].used && (int)strlen(m->lanes[i].name) + 2 > longest) longest = (int)strlen(m->lanes[i].name) + 2;
    name_w = NAME_W0;
    if (font_px > 12 && (int)(0.62 * font_px * longest) + 12 > name_w) name_w = (int)(0.62 * font_px * longest) + 12;
    int width = name_w + LANE_W + 20 + (font_px > 12 ? 900 * (font_px - 12) / 12 : 0);
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
            width, height, width, height);
    fputs("<defs><pattern id=\"stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
          "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#ffffff\" opacity=\"0.55\"/>"
          "</pattern></defs>\n", f);
    const Theme *t = theme;
    fprintf(f, "<style>text{font-family:DejaVu Sans Mono,monospace;font-size:%dpx;fill:%s}"
            ".tick{font-size:10px;text-anchor:middle;fill:%s}.grid{stroke:%s;stroke-width:1}"
            ".wait{fill:%s}.block{fill:%s}.free{fill:%s}.gil{font-weight:bold}"
            ".request{fill:%s}.forced{stroke:%s;stroke-width:1.5}.mark{fill:%s}"
            ".holder{font-size:10px;font-weight:bold;fill:#ffffff;stroke:#000000;stroke-width:2px;"
            "paint-order:stroke}.title{font-size:15px;font-weight:bold}.legend text{font-size:12px}</style>\n",
            font_px, t->text, t->tick, t->grid, t->wait, t->block, t->free, t->request, t->forced, t->mark);
    fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", width, height, t->bg);
    axis(f, height);
    if (title) {
        fputs("<text x=\"6\" y=\"18\" class=\"title\">", f);
        put_text(f, title);
        fputs("</text>\n", f);
    }
    int y = top;
    for (int pi = 0; pi < m->nprocs; pi++) {
        const TlProcess *p = &m->procs[pi];
        if (!p->used) continue;
        if (nprocs > 1) {
            fprintf(f, "<text x=\"6\" y=\"%d\" class=\"name gil\">", y + BAR_H - 2);
            put_text(f, p->name ? p->name : "process");
            fputs("</text>\n", f);
            y += ROW_H;
        }
        if (p->has_gil) {
            gil_lane(f, m, p, y);
            y += ROW_H;
        }
        for (int i = 0; i < p->nlanes; i++) {
            int id = p->lanes[i];
            if (id >= 0 && id < m->nlanes && m->lanes[id].used) thread_lane(f, m, &m->lanes[id], y);
            y += ROW_H;
        }
    }
    bool marks = false;
    for (int pi = 0; pi < m->nprocs; pi++) marks |= m->procs[pi].used && m->procs[pi].marks.n > 0;
    legend(f, y + 10, marks);
    fputs("</svg>\n", f);
}

int svg_write(const EventLog *log, const char *path, const SvgOptions *opts, char *err, size_t errlen)
{
    theme = &themes[opts && opts->theme == SVG_DARK ? SVG_DARK : SVG_LIGHT];
    title = opts && opts->title && *opts->title ? opts->title : NULL;
    font_px = opts && opts->font_px >= 8 && opts->font_px <= 24 ? opts->font_px : 12;
    top = TOP0 + (title ? 22 : 0);
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    if (m->t_end < 1) m->t_end = 1;
    win0 = opts && opts->from > 0 ? opts->from : 0;
    win1 = opts && opts->to > 0 ? opts->to : m->t_end;
    if (win1 <= win0) win1 = win0 + 1;

    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) {
        tl_model_free(m);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        tl_model_free(m);
        return -1;
    }
    draw(f, m);
    tl_model_free(m);
    bool ok = !ferror(f);
    ok = (fchmod(fileno(f), 0644) == 0) && ok;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}
