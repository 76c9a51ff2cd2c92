/* lesson_view.c — the live view's lesson driver: live_lesson (live.h),
 * the pages, the cells' windows and verdicts (live_int.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lesson/session.h"
#include "ui/live_int.h"
#include "base/xalloc.h"

/* ---- lesson mode ---- */

/* Show `log` (a cell's window, or an empty log) from now on; `origin`: its
 * time 0 on the scheduler's clock; `pull`: fills it while its cell runs. */
static void set_window(Live *v, EventLog *log, int64_t origin, void (*pull)(void *), void *arg)
{
    if (log != v->log) {
        lv_new_log(v, log);
        for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
        v->nlines = 0;          /* the window's output comes from the window */
        v->now = v->dnow = 0;
        v->drawn_events = 0;
        v->step_from = ev_count(log);
    }
    v->origin = origin;
    v->pull = pull;
    v->pull_arg = arg;
    v->dirty = true;
    lv_reanchor(v);
}

typedef struct LessonDrive {
    Live *v;
    LessonSession *s;
    const Lesson *l;
    LessonPage *pages;
    int npages, page;
    EventLog *empty;            /* shown for a cell that has not run */
    int64_t interval;           /* the lesson's switch interval (a cell may change it) */
    bool step;                  /* run the next cell with s: pause at its first switch */
} LessonDrive;

/* The output shown (stdout, then stderr: what --check compares) matches the
 * cell's expect block? */
static void set_verdict(LessonDrive *d, int cell)
{
    Live *v = d->v;
    v->verdict = NULL;
    if (cell < 0 || !d->l->cells[cell].has_expect || lesson_session_cell_status(d->s, cell) < 0) return;
    size_t len = 0;
    char *text = xmalloc(1);
    for (int pass = 1; pass <= 2; pass++)
        for (int i = 0; i < v->nlines; i++) {
            const OutLine *ol = &v->lines[i];
            if (ol->stream != pass) continue;
            text = xrealloc(text, len + ol->len + 2);
            memcpy(text + len, ol->text ? ol->text : "", ol->len);
            len += ol->len;
            if (!ol->open) text[len++] = '\n';
        }
    text[len] = '\0';
    bool ok = lesson_expect_match(d->l->cells[cell].expect, text);
    free(text);
    v->verdict = ok ? (v->ascii ? "(as expected)" : "\xe2\x9c\x93 as expected")
                    : (v->ascii ? "(differs from the lesson's)" : "\xe2\x9c\x97 differs from the lesson's");
}

static bool lesson_over(const LessonDrive *d)
{
    const LessonPage *pg = &d->pages[d->page];
    return d->page == d->npages - 1
           && !(pg->fresh && lesson_session_cell_status(d->s, pg->cell) < 0);
}

/* The status line while the driver waits. */
static void set_note(LessonDrive *d)
{
    Live *v = d->v;
    const LessonPage *pg = &d->pages[d->page];
    const char *dash = v->ascii ? "-" : "\xe2\x80\x94";
    char again[48] = "";
    if (pg->cell >= 0 && lesson_session_cell_status(d->s, pg->cell) >= 0)
        snprintf(again, sizeof again, "  r run cell %d again", pg->cell + 1);
    if (lesson_over(d))
        snprintf(v->note, sizeof v->note, " The lesson is over %s q leaves  p back%s  ? keys", dash, again);
    else if (pg->fresh && lesson_session_cell_status(d->s, pg->cell) < 0)
        snprintf(v->note, sizeof v->note, " cell %d of %d %s n run it  s step through it  p back  "
                 "? keys  q quit", pg->cell + 1, d->l->ncells, dash);
    else
        snprintf(v->note, sizeof v->note, " page %d of %d %s n next%s  p back  ? keys  q quit",
                 d->page + 1, d->npages, dash, again);
    v->dirty = true;
}

static void show_page(LessonDrive *d)
{
    Live *v = d->v;
    const LessonPage *pg = &d->pages[d->page];
    v->lesson_cell = pg->cell;
    live_set_prose(v, pg->prose);
    v->prose_top = 0;
    v->prose_first = !pg->fresh;
    snprintf(v->panel, sizeof v->panel, "lesson %d/%d", d->page + 1, d->npages);
    if (pg->cell >= 0) {
        const LessonCell *c = &d->l->cells[pg->cell];
        live_set_code(v, c->code, c->code_len);
        live_set_code_line(v, c->code_line);
        snprintf(v->code_title, sizeof v->code_title, "cell %d of %d", pg->cell + 1, d->l->ncells);
    } else {
        live_set_code(v, "", 0);
        v->code_title[0] = '\0';
    }
    EventLog *w = lesson_session_window(d->s, pg->cell);
    set_window(v, w ? w : d->empty, 0, NULL, NULL);
    lv_cmp_cell(v, w ? pg->cell : -1);   /* --compare: the second run's, once this one has run */
    v->fit = w != NULL;
    live_sync(v);
    set_verdict(d, pg->cell);
    set_note(d);
}

static void drive_sched_config(void *arg, SchedConfig *sc) { live_sched_config(((LessonDrive *)arg)->v, sc); }

static void drive_started(void *arg, Sched *s, EventLog *log)
{
    Live *v = ((LessonDrive *)arg)->v;
    (void)log;
    v->sched = s;
    lv_reanchor(v);
    lv_set_tick(v);
}

static void drive_cell_start(void *arg, int cell, EventLog *window, int64_t t0)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    const LessonSettings *st = &d->l->cells[cell].settings;
    live_set_switch_interval(v, st->switch_interval_ns ? st->switch_interval_ns : d->interval);
    set_window(v, window, t0, lesson_session_pull, d->s);
    lv_cmp_cell(v, cell);
    v->nspc = v->cfg.switch_interval_ns / 4 > 100 ? v->cfg.switch_interval_ns / 4 : 100;
    v->follow = true;
    v->verdict = NULL;
    v->idle = false;
    if (d->step) {
        v->paused = false;
        v->stepping = true;
        v->step_from = ev_count(window);
    }
    lv_set_tick(v);
    lv_draw(v);
}

static void drive_cell_end(void *arg, int cell, EventLog *window, int status)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    (void)window;
    (void)status;
    live_sync(v);               /* the last output and stderr, into the window */
    v->pull = NULL;
    v->idle = true;
    v->stepping = false;
    v->fit = true;
    live_set_switch_interval(v, d->interval);
    set_verdict(d, cell);
}

/* A deadlock or --timeout: the process ends (the report is on stderr, which
 * the view shows). */
static void drive_stopping(void *arg, int status)
{
    LessonDrive *d = arg;
    Live *v = d->v;
    live_sync(v);
    v->pull = NULL;
    v->idle = false;
    live_finish(v, status);
    if (v->sched) sched_set_ui_tick(v->sched, 0);
    live_close(v);
}

/* Wait for a lesson key (n p r s q), drawing; space, zoom, help meanwhile. */
static int wait_action(Live *v)
{
    v->action = 0;
    v->quit = false;
    v->dirty = true;
    while (!v->action && !v->quit) {
        lv_draw_if_due(v);
        lv_poll_keys(v, 50);
    }
    int a = v->quit ? 'q' : v->action;
    v->action = 0;
    return a;
}

/* After the view: each cell's output as a headless run prints it. */
static void write_transcript(LessonDrive *d)
{
    for (int i = 0; i < d->l->ncells; i++) {
        EventLog *w = lesson_session_window(d->s, i);
        if (!w) continue;
        const char *code = d->l->cells[i].code, *p = code;
        while (*p == '\n' || *p == ' ') p++;   /* its first non-blank line */
        if (p > code && p[-1] == ' ')
            while (p > code && p[-1] == ' ') p--;
        const char *e = strchr(p, '\n');
        int n = e ? (int)(e - p) : (int)strlen(p);
        printf("%s[cell %d] %.*s\n", i ? "\n" : "", i + 1, n, p);
        for (uint64_t k = 0; k < ev_count(w); k++) {
            const Event *ev = ev_get(w, k);
            if (ev->type != EV_OUTPUT) continue;
            const char *text = ev_string_at(w, ev->arg);
            if (ev->arg2 == 2) {
                fflush(stdout);
                fputs(text, stderr);
                fflush(stderr);
            } else {
                fputs(text, stdout);
            }
        }
    }
    fflush(stdout);
}

static void run_cell(LessonDrive *d, int cell, bool step)
{
    rp_lesson_cell(d->v, cell, step);   /* for step back */
    d->step = step;
    lesson_session_run_cell(d->s, cell);
    d->step = false;
    set_note(d);
}

int live_lesson(Live *v, LessonSession *s)
{
    LessonDrive d = {.v = v, .s = s, .l = lesson_session_lesson(s), .empty = ev_new(),
                     .interval = v->cfg.switch_interval_ns};
    d.pages = lesson_pages(d.l, &d.npages);
    v->lesson = true;
    v->idle = true;
    set_window(v, d.empty, 0, NULL, NULL);
    LessonHooks h = {
        .arg = &d, .quiet = true, .sched_config = drive_sched_config, .started = drive_started,
        .cell_start = drive_cell_start, .cell_end = drive_cell_end, .stopping = drive_stopping,
    };
    if (!lesson_session_start(s, &h)) {
        live_close(v);
        lesson_pages_free(d.pages, d.npages);
        ev_free(d.empty);
        return lesson_session_close(s);
    }
    live_set_probe(v, lesson_session_thread_line, s);
    show_page(&d);
    /* A re-run (step back): the cells that ran, again, in order, on the
     * pages that show them; the last one stops at the instant asked for. */
    bool step;
    for (int i = 0, cell; (cell = rp_lesson_replay(v, i, &step)) >= 0; i++) {
        for (int p = 0; p < d.npages; p++)
            if (d.pages[p].cell == cell && d.pages[p].fresh) {
                d.page = p;
                break;
            }
        show_page(&d);
        run_cell(&d, cell, step);
    }
    rp_ended(v);                /* the last cell ended before the instant: its end */
    for (;;) {
        int a = wait_action(v);
        if (a == 'q') break;
        const LessonPage *pg = &d.pages[d.page];
        bool unrun = pg->cell >= 0 && lesson_session_cell_status(s, pg->cell) < 0;
        if ((a == 'n' || a == 's') && pg->fresh && unrun) {
            run_cell(&d, pg->cell, a == 's');
        } else if (a == 'r' && pg->cell >= 0) {
            run_cell(&d, pg->cell, false);
        } else if (a == 'n' && d.page + 1 < d.npages) {
            d.page++;
            show_page(&d);
        } else if (a == 'p' && d.page > 0) {
            d.page--;
            show_page(&d);
        } else {
            set_note(&d);
        }
    }
    /* Leave: the view closes first (with the heartbeat off: the threads the
     * lesson left behind end without it), then the transcript. */
    if (v->sched) sched_set_ui_tick(v->sched, 0);
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    v->nlines = 0;
    v->log = NULL;
    live_close(v);
    write_transcript(&d);
    lesson_pages_free(d.pages, d.npages);
    int status = lesson_session_close(s);
    ev_free(d.empty);
    return status;
}
