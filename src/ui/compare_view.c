/* compare_view.c — the live view's second run (--compare; live.h:
 * live_set_compare). The second run has already run to its end; the view
 * shows it up to the time shown of the first (both move on together, one
 * time axis), all of it once the first has ended. What the view keeps per
 * run — the timeline model, the statistics, the output lines and their
 * scrolling — is swapped in and out (lv_cmp_swap), so the panels draw the
 * second run with the code that draws the first. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/live_int.h"
#include "base/xalloc.h"

struct LiveCompare {
    EventLog *log;               /* the second run, whole (a lesson: the shown cell's window) */
    EventLog **cells;            /* a lesson: the second run's window of each cell; NULL: a program */
    int ncells;
    EventLog *none;              /* a lesson: shown for a cell the second run has no window of */
    EventLog *shown;             /* its events up to the time shown */
    uint64_t next;               /* the first event of log not in shown */
    char *label[2];
    /* the second run's side of what lv_cmp_swap exchanges */
    TlModel *model;
    LaneAcc *acc;
    int nacc;
    OutLine *lines;
    int nlines, cap_lines, out_back, out_page;
};

#define SWAP(type, a, b) do { type t_ = (a); (a) = (b); (b) = t_; } while (0)

void lv_cmp_swap(Live *v)
{
    LiveCompare *c = v->cmp;
    SWAP(TlModel *, v->model, c->model);
    SWAP(LaneAcc *, v->acc, c->acc);
    SWAP(int, v->nacc, c->nacc);
    SWAP(OutLine *, v->lines, c->lines);
    SWAP(int, v->nlines, c->nlines);
    SWAP(int, v->cap_lines, c->cap_lines);
    SWAP(int, v->out_back, c->out_back);
    SWAP(int, v->out_page, c->out_page);
}

void live_set_compare(Live *v, EventLog *second, const char *label_first, const char *label_second)
{
    LiveCompare *c = xcalloc(1, sizeof *c);
    c->log = second;
    c->shown = ev_new();
    c->label[0] = xstrdup(label_first);
    c->label[1] = xstrdup(label_second);
    c->model = tl_model_new();
    v->cmp = c;
    v->dirty = true;
}

void live_set_compare_cells(Live *v, EventLog **windows, int n, const char *label_first,
                            const char *label_second)
{
    live_set_compare(v, NULL, label_first, label_second);
    v->cmp->cells = windows;
    v->cmp->ncells = n;
    v->cmp->none = ev_new();
    v->cmp->log = v->cmp->none;
}

/* A lesson shows another cell: the second run's window of it, from its start. */
void lv_cmp_cell(Live *v, int cell)
{
    LiveCompare *c = v->cmp;
    if (!c || !c->cells) return;
    EventLog *w = cell >= 0 && cell < c->ncells && c->cells[cell] ? c->cells[cell] : c->none;
    c->log = w;
    ev_free(c->shown);
    c->shown = ev_new();
    c->next = 0;
    tl_model_free(c->model);
    c->model = tl_model_new();
    free(c->acc);
    c->acc = NULL;
    c->nacc = 0;
    for (int i = 0; i < c->nlines; i++) free(c->lines[i].text);
    c->nlines = 0;
    c->out_back = 0;
    v->dirty = true;
}

const char *lv_cmp_label(const Live *v, int run) { return v->cmp->label[run]; }
TlModel *lv_cmp_model(const Live *v) { return v->cmp->model; }

/* The second run's events up to the time shown (all once the first has
 * ended), its model, statistics and output lines. */
void lv_cmp_feed(Live *v)
{
    LiveCompare *c = v->cmp;
    uint64_t n = ev_count(c->log);
    bool all = v->finished || v->idle;   /* the end of the run, or of a lesson's cell */
    lv_cmp_swap(v);
    for (; c->next < n; c->next++) {
        const Event *e = ev_get(c->log, c->next);
        if (!all && e->t > v->dnow) break;
        uint32_t arg = e->arg;
        switch (e->type) {
        case EV_THREAD_START: case EV_BLOCK: case EV_OUTPUT: case EV_MARK: case EV_PROCESS_START: {
            const char *s = ev_string_at(c->log, e->arg);
            s = s ? s : "";
            arg = ev_string(c->shown, s, strlen(s));
            if (e->type == EV_OUTPUT)
                lv_out_append(v, s, strlen(s), e->arg2 == 2 ? C_ERR : grid_thread_colour(e->thread),
                              e->arg2 == 2 ? 2 : 1);
            break;
        }
        default:
            break;
        }
        ev_append(c->shown, e->t, (EventType)e->type, e->thread, e->process, e->other, arg, e->arg2);
    }
    tl_model_update(v->model, c->shown);
    if (!all && v->dnow > v->model->t_end && c->next < n) v->model->t_end = v->dnow;
    int64_t now = all ? v->model->t_end : v->dnow;
    lv_acc_update(v, now);
    lv_cmp_swap(v);
    if (all && c->model->t_end > v->dnow) v->dnow = c->model->t_end;
}

void lv_cmp_free(Live *v)
{
    LiveCompare *c = v->cmp;
    if (!c) return;
    tl_model_free(c->model);
    free(c->acc);
    for (int i = 0; i < c->nlines; i++) free(c->lines[i].text);
    free(c->lines);
    ev_free(c->shown);
    if (c->cells) {
        for (int i = 0; i < c->ncells; i++) ev_free(c->cells[i]);
        free(c->cells);
        ev_free(c->none);
    } else {
        ev_free(c->log);
    }
    free(c->label[0]);
    free(c->label[1]);
    free(c);
    v->cmp = NULL;
}
