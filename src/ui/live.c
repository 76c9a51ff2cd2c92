/* live.c — the live ncurses view (see live.h): the player (live_int.h
 * lists the other files).
 *
 * A frame is composed into v->frame (a Grid) from the event log and the
 * view's own state, then compared cell by cell with v->shown (what the
 * terminal has): only changed cells are written, and nothing at all when the
 * frame is unchanged (paused, idle), so an idle view costs a key poll.
 */
#include "config.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/live_int.h"
#include "ui/term.h"
#include "base/xalloc.h"

static Live *current;

double lv_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- output lines ---- */

static void line_add(Live *v, uint8_t colour, uint8_t stream)
{
    if (v->nlines == MAX_LINES) {
        free(v->lines[0].text);
        memmove(v->lines, v->lines + 1, sizeof *v->lines * (size_t)(MAX_LINES - 1));
        v->nlines--;
    }
    if (v->nlines == v->cap_lines) {
        v->cap_lines = v->cap_lines ? 2 * v->cap_lines : 64;
        v->lines = xrealloc(v->lines, sizeof *v->lines * (size_t)v->cap_lines);
    }
    v->lines[v->nlines++] = (OutLine){.text = NULL, .len = 0, .colour = colour, .stream = stream, .open = true};
}

/* Appends text; a line continues while it is open and from the same source. */
void lv_out_append(Live *v, const char *s, size_t n, uint8_t colour, uint8_t stream)
{
    v->dirty = true;
    while (n > 0) {
        OutLine *l = v->nlines ? &v->lines[v->nlines - 1] : NULL;
        if (!l || !l->open || l->colour != colour || l->stream != stream) {
            line_add(v, colour, stream);
            l = &v->lines[v->nlines - 1];
        }
        const char *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) : n;
        l->text = xrealloc(l->text, l->len + k + 1);
        memcpy(l->text + l->len, s, k);
        l->len += k;
        l->text[l->len] = '\0';
        if (nl) {
            l->open = false;
            k++;
        }
        s += k;
        n -= k;
    }
}

void lv_drain_stderr(Live *v)
{
    if (v->err_rfd < 0) return;
    char buf[4096];
    ssize_t n;
    while ((n = read(v->err_rfd, buf, sizeof buf)) > 0) lv_out_append(v, buf, (size_t)n, C_ERR, 2);
}

/* Lesson mode: stderr (tracebacks) goes into the open window as EV_OUTPUT
 * with arg2 2, so that the window keeps the cell's whole output for p. */
static void drain_stderr_to_log(Live *v)
{
    if (v->err_rfd < 0) return;
    char buf[4096];
    ssize_t n;
    while ((n = read(v->err_rfd, buf, sizeof buf)) > 0) {
        uint64_t k = ev_count(v->log);
        int64_t t = k ? ev_get(v->log, k - 1)->t : 0;
        ev_append(v->log, t, EV_OUTPUT, 0, 0, EV_NONE, ev_string(v->log, buf, (size_t)n), 2);
    }
}

void live_sync(Live *v)
{
    if (!v->log) return;
    fflush(stderr);
    if (v->pull) {
        v->pull(v->pull_arg);
        drain_stderr_to_log(v);
    }
    uint64_t n = ev_count(v->log);
    for (; v->ev_next < n; v->ev_next++) {
        const Event *e = ev_get(v->log, v->ev_next);
        if (e->type != EV_OUTPUT) continue;
        const char *text = ev_string_at(v->log, e->arg);
        if (e->arg2 == 2) lv_out_append(v, text, strlen(text), C_ERR, 2);
        else lv_out_append(v, text, strlen(text), grid_thread_colour(e->thread), 1);
    }
    lv_drain_stderr(v);
}

void live_console(Live *v, const char *text, size_t n, int stream)
{
    live_sync(v);
    lv_out_append(v, text, n, stream == 2 ? C_ERR : stream == 1 ? grid_thread_colour(0) : 0, (uint8_t)stream);
}

void lv_set_tick(Live *v);

void lv_reanchor(Live *v)
{
    v->anchor_wall = lv_mono();
    v->anchor_virt = v->dnow > v->now ? v->now : v->dnow;
}

void lv_zoom_and_scroll(Live *v, int r, wint_t c, bool *handled)
{
    v->dirty = true;
    *handled = true;
    int64_t span = (int64_t)v->tl_width * v->nspc;
    if (r == KEY_CODE_YES && c == KEY_LEFT) {
        v->follow = false;
        v->t0 = v->t0 > span / 4 ? v->t0 - span / 4 : 0;
    } else if (r == KEY_CODE_YES && c == KEY_RIGHT) {
        v->t0 += span / 4;
        if (v->t0 + span >= v->dnow) v->follow = true;
    } else if (r == OK && (c == '+' || c == '=')) {
        if (v->nspc > 100) v->nspc /= 2;
    } else if (r == OK && c == '-') {
        if (v->nspc < 1000000000) v->nspc *= 2;
    } else if (r == OK && c == 'f') {
        v->follow = true;
    } else if (r == OK && c == '?') {
        v->help = !v->help;
    } else if (r == OK && c == 'c') {
        v->tl_cursor = !v->tl_cursor;
        if (v->tl_cursor)   /* at the present (compose_cursor clamps it) */
            v->cursor_col = v->nspc > 0 && v->dnow > v->t0 ? (int)((v->dnow - 1 - v->t0) / v->nspc) : 0;
    } else if (r == OK && v->tl_cursor && (c == ',' || c == '.')) {
        v->cursor_col += c == ',' ? -1 : 1;                /* compose_cursor clamps it */
    } else if (r == OK && (c == '[' || c == ']')) {
        v->out_back += c == '[' ? 3 : -3;                 /* compose_lines clamps it */
    } else if (r == KEY_CODE_YES && (c == KEY_PPAGE || c == KEY_NPAGE) && !v->prose && !v->lesson) {
        v->out_back += (c == KEY_PPAGE ? 1 : -1) * (v->out_page > 2 ? v->out_page - 1 : 1);
    } else {
        *handled = false;
    }
}

void lv_handle_key(Live *v, int r, wint_t c)
{
    v->dirty = true;
    if (r == KEY_CODE_YES && c == KEY_RESIZE) {
        lv_on_resize(v);
        return;
    }
    if (r == OK && c == 3) {                              /* Ctrl-C */
        if (v->cfg.repl && v->reading) {
            v->interrupted = true;
            return;
        }
        if (v->lesson && v->idle) {                       /* no cell to interrupt */
            v->action = 'q';
            return;
        }
        v->paused = false;
        v->stepping = false;
        if (v->real) sched_pause(v->sched, false);
        raise(SIGINT);                                    /* KeyboardInterrupt, or the end */
        return;
    }
    if (v->cfg.repl) {
        if (r == KEY_CODE_YES && c == KEY_SLEFT) {
            static const char msg[] = "step back is not available in the REPL: its input is typed line by line, "
                                      "not replayed (run the code as a program, gilsim FILE.py, to step back)\n";
            lv_out_append(v, msg, sizeof msg - 1, C_DIM, 0);
        } else if (r == KEY_CODE_YES && (c == KEY_PPAGE || c == KEY_NPAGE))   /* scroll the console */
            v->out_back += (c == KEY_PPAGE ? 1 : -1) * (v->out_page > 2 ? v->out_page - 1 : 1);
        else
            lv_edit_key(v, r, c);
        return;
    }
    bool handled;
    if (v->help && !(r == OK && c == '?')) {              /* any key closes the help */
        v->help = false;
        return;
    }
    lv_zoom_and_scroll(v, r, c, &handled);
    if (handled) return;
    if (r == KEY_CODE_YES && (c == KEY_NPAGE || c == KEY_PPAGE)) {
        v->prose_top += c == KEY_NPAGE ? 5 : -5;          /* compose_code clamps it */
        return;
    }
    if ((r == OK && c == 'S') || (r == KEY_CODE_YES && (c == KEY_SLEFT || c == KEY_HOME))) {
        rp_step_back(v, c == KEY_HOME);                   /* returns only if it cannot */
        return;
    }
    if (r != OK) return;
    if (v->lesson && v->idle && (c == 'n' || c == 'p' || c == 'r' || c == 's' || c == 'q' || c == 'Q')) {
        v->action = c == 'Q' ? 'q' : (int)c;              /* for the driver (live_lesson) */
        v->rp_note[0] = '\0';
        return;
    }
    if (r == OK && (c == ' ' || c == 's')) {
        v->at_switch = false;
        v->rp_note[0] = '\0';
    }
    switch (c) {
    case ' ':
        v->paused = !v->paused;
        v->stepping = false;
        if (v->real) sched_pause(v->sched, v->paused);
        lv_reanchor(v);
        lv_set_tick(v);
        break;
    case 's':
        v->paused = false;
        v->stepping = true;
        v->step_from = ev_count(v->log);
        if (v->real) sched_pause(v->sched, false);
        lv_reanchor(v);
        lv_set_tick(v);
        break;
    case '<':
        live_set_speed(v, v->speed / 2);
        break;
    case '>':
        live_set_speed(v, v->speed * 2);
        break;
    case 'n': if (v->on_next) v->on_next(v->lesson_arg); break;
    case 'p': if (v->on_prev) v->on_prev(v->lesson_arg); break;
    case 'r': if (v->on_rerun) v->on_rerun(v->lesson_arg); break;
    case 'q': case 'Q': v->quit = true; break;
    default: break;
    }
}

/* Handle the keys waiting (timeout_ms 0) or wait up to timeout_ms for one. */
void lv_poll_keys(Live *v, int timeout_ms)
{
    wint_t c;
    timeout(timeout_ms);
    int r = get_wch(&c);
    timeout(0);
    while (r != ERR) {
        lv_handle_key(v, r, c);
        /* A finished input line or a lesson key is for the caller: the
         * keys typed after it wait their turn (two lines pasted at once
         * stay two lines). */
        if (v->line_ready || v->action) break;
        r = get_wch(&c);
    }
}

void lv_quit_now(Live *v)
{
    live_close(v);
    exit(130);
}

/* ---- pacing: the heartbeat ---- */

void lv_set_tick(Live *v)
{
    v->dirty = true;
    if (v->real) {                    /* real time: a heartbeat a frame */
        v->tick_ns = REAL_TICK_NS;
        if (v->sched && v->real_started) sched_set_ui_tick(v->sched, v->tick_ns);
        return;
    }
    double t = v->speed * 1e9 / 60;   /* ~60 heartbeats per wall second */
    if (t > 20e6) t = 20e6;
    if (t < 1000) t = 1000;
    int64_t tick = (int64_t)t;
    if (v->stepping && tick > v->cfg.switch_interval_ns / 50) tick = v->cfg.switch_interval_ns / 50;
    if (tick < 1000) tick = 1000;
    v->tick_ns = tick;
    if (v->sched) sched_set_ui_tick(v->sched, tick);
}

static bool found_switch(Live *v)
{
    uint64_t n = ev_count(v->log);
    for (; v->step_from < n; v->step_from++)
        if (ev_get(v->log, v->step_from)->type == EV_GIL_TAKE) return true;
    return false;
}

/* The real backend's heartbeat, on its service thread with the log locked,
 * while the program runs on: it must not block, so a pause is asked of the
 * scheduler (which stops the clock and the threads), and the view shows
 * program time as it is. A step resumes and pauses again at the first GIL
 * switch seen, up to a heartbeat late. */
static void heartbeat_real(Live *v, Sched *s, int64_t now)
{
    v->now = now;
    if (v->stepping && found_switch(v)) {
        v->dirty = true;
        v->stepping = false;
        v->paused = true;
        sched_pause(s, true);
    }
    lv_poll_keys(v, 0);
    if (v->quit) lv_quit_now(v);
    v->dnow = now;
    lv_draw(v);
}

void live_heartbeat(Sched *s, int64_t now, void *arg)
{
    Live *v = arg;
    if (v->real) {
        heartbeat_real(v, s, now);
        return;
    }
    now = now > v->origin ? now - v->origin : 0;   /* lesson mode: the cell's own clock */
    v->now = now;
    if (v->pull) v->pull(v->pull_arg);
    if (rp_heartbeat(v, s, now)) return;   /* a re-run on its way to the instant asked for */
    if (v->stepping && found_switch(v)) {
        v->dirty = true;
        v->stepping = false;
        v->paused = true;
        v->at_switch = true;
        lv_set_tick(v);
    }
    lv_poll_keys(v, 0);
    for (;;) {
        if (v->quit) lv_quit_now(v);
        if (v->paused) {
            v->dnow = now;
            lv_draw_if_due(v);
            lv_poll_keys(v, 100);
            lv_reanchor(v);
            continue;
        }
        double wall = lv_mono();
        double target = v->anchor_wall + (double)(now - v->anchor_virt) / 1e9 / v->speed;
        if (wall >= target) {
            if (wall - target > 0.25) lv_reanchor(v);   /* behind: do not rush to catch up */
            v->dnow = now;
            break;
        }
        int64_t shown = v->anchor_virt + (int64_t)((wall - v->anchor_wall) * v->speed * 1e9);
        v->dnow = shown < now ? shown : now;
        lv_draw_if_due(v);
        double wait = target - lv_mono();
        double to_frame = v->last_frame + FRAME_S - lv_mono();
        if (to_frame < wait) wait = to_frame;
        if (wait < 0.001) wait = 0.001;
        lv_poll_keys(v, (int)(wait * 1000));
    }
    lv_draw_if_due(v);
    rp_heartbeat_done(v);
}

/* ---- opening and closing ---- */

void lv_restore_terminal(bool from_signal)
{
    Live *v = current;
    if (!v) return;
    /* From a signal the terminal is back already (term.c): endwin is not
     * safe there. */
    if (!from_signal && !isendwin()) endwin();
    if (v->saved_err >= 0) {
        if (!from_signal) fflush(stderr);
        dup2(v->saved_err, 2);
    }
    if (from_signal) return;
    /* The run's output, left in the terminal as a headless run would. */
    if (v->log) {
        if (v->err_rfd >= 0) lv_drain_stderr(v);
        uint64_t n = ev_count(v->log);
        for (; v->ev_next < n; v->ev_next++) {
            const Event *e = ev_get(v->log, v->ev_next);
            if (e->type != EV_OUTPUT) continue;
            const char *text = ev_string_at(v->log, e->arg);
            lv_out_append(v, text, strlen(text), grid_thread_colour(e->thread), 1);
        }
    }
    /* --compare: each run's output under its label, as headless. */
    bool two = v->cmp && !v->lesson;   /* a lesson writes its own transcript */
    for (int run = 0; run < (two ? 2 : 1); run++) {
        if (two) {
            lv_cmp_feed(v);
            printf("%s[run %d] %s\n", run ? "\n" : "", run + 1, lv_cmp_label(v, run));
            if (run) lv_cmp_swap(v);
        }
        for (int i = 0; i < v->nlines; i++) {
            OutLine *l = &v->lines[i];
            FILE *f = l->stream == 2 ? stderr : stdout;
            if (l->stream == 2) fflush(stdout);
            fwrite(l->text ? l->text : "", 1, l->len, f);
            if (!l->open) fputc('\n', f);
            if (l->stream == 2) fflush(stderr);
        }
        if (run) lv_cmp_swap(v);
    }
    fflush(stdout);
    if (getenv("GILSIM_LIVE_STATS")) {
        double wall = lv_mono() - v->opened_at;
        fprintf(stderr, "live view: %llu frames (%llu with changes) in %.2f s wall: %.1f frames/s; "
                "drawing %.3f s CPU (%.1f%% of a core), %.3f ms a frame on average, %.3f ms at most\n",
                (unsigned long long)v->frames, (unsigned long long)v->frames_drawn, wall,
                (double)v->frames / wall, v->cpu_draw, 100 * v->cpu_draw / wall,
                v->frames ? 1e3 * v->cpu_draw / (double)v->frames : 0, 1e3 * v->max_frame);
    }
}

Live *live_open(const LiveConfig *cfg, EventLog *log)
{
    setlocale(LC_CTYPE, "");
    bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    Live *v = xcalloc(1, sizeof *v);
    v->cfg = *cfg;
    v->title = xstrdup(cfg->title ? cfg->title : "");
    v->backend = xstrdup(cfg->backend ? cfg->backend : "virtual");
    v->cfg.title = v->title;
    v->cfg.backend = v->backend;
    if (v->cfg.switch_interval_ns <= 0) v->cfg.switch_interval_ns = 5000000;
    v->log = log;
    v->ascii = cfg->ascii || !utf8;
    v->speed = cfg->speed > 0 ? cfg->speed : 1;
    v->nspc = v->cfg.switch_interval_ns / 4;
    if (v->nspc < 100) v->nspc = 100;
    v->follow = true;
    v->status = 0;
    v->saved_err = v->err_rfd = -1;
    v->next_pair = 1;
    v->dirty = true;
    v->model = tl_model_new();
    rp_open(v);

    /* stderr into a file the view drains; the terminal keeps the real one. */
    fflush(stderr);
    char path[] = "/tmp/gilsim-stderr-XXXXXX";
    int wfd = mkstemp(path);
    if (wfd >= 0) {
        v->err_rfd = open(path, O_RDONLY | O_CLOEXEC);
        unlink(path);
        v->saved_err = fcntl(2, F_DUPFD_CLOEXEC, 3);
        if (v->err_rfd >= 0 && v->saved_err >= 0) dup2(wfd, 2);
        close(wfd);
    }

    FILE *tty = fdopen(fcntl(1, F_DUPFD_CLOEXEC, 3), "w");
    if (tty) term_prepare(fileno(tty));
    SCREEN *scr = tty ? newterm(NULL, tty, stdin) : NULL;
    if (!scr) {
        if (tty) fclose(tty);
        if (v->saved_err >= 0) {
            dup2(v->saved_err, 2);
            close(v->saved_err);
        }
        if (v->err_rfd >= 0) close(v->err_rfd);
        tl_model_free(v->model);
        free(v->title);
        free(v->backend);
        free(v);
        return NULL;
    }
    current = v;
    term_install(lv_restore_terminal);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    set_escdelay(25);
    timeout(0);
    curs_set(0);
    v->colour = has_colors() && !getenv("NO_COLOR");
    if (v->colour) {
        start_color();
        use_default_colors();
    }
    int h, w;
    getmaxyx(stdscr, h, w);
    v->W = w;
    v->H = h;
    v->frame = grid_new(w, h);
    v->shown = grid_new(w, h);
    v->tgrid = grid_new(w, 1);
    for (int i = 0; i < w * h; i++) v->shown->cells[i].ch = 0xffffffu;
    v->anchor_wall = v->opened_at = lv_mono();
    lv_set_tick(v);
    if (v->log) lv_draw(v);
    return v;
}

void lv_new_log(Live *v, EventLog *log)
{
    v->log = log;
    tl_model_free(v->model);
    v->model = tl_model_new();
    free(v->acc);
    v->acc = NULL;
    v->nacc = 0;
    v->ev_next = 0;
}

void lv_free_frames(Live *v)
{
    tl_model_free(v->model);
    grid_free(v->frame);
    grid_free(v->shown);
    grid_free(v->tgrid);
    for (int i = 0; i < v->nlines; i++) free(v->lines[i].text);
    free(v->lines);
    free(v->acc);
    free(v->title);
    free(v->backend);
}

void live_attach(Live *v, Sched *s, EventLog *log)
{
    v->sched = s;
    if (log != v->log) {
        lv_new_log(v, log);
        v->now = v->dnow = 0;
    }
    v->dirty = true;
    lv_reanchor(v);
    lv_set_tick(v);
}

void live_sched_config(Live *v, SchedConfig *sc)
{
    /* A lesson or the REPL waits for the reader between cells and lines,
     * outside the heartbeat: --timeout counts program time only there. */
    if (v->lesson || v->cfg.repl) sc->timeout_program_only = true;
    sc->on_ui_tick = live_heartbeat;
    sc->on_ui_tick_arg = v;
    sc->ui_tick_ns = v->tick_ns;
    if (sc->backend_real) {
        /* No heartbeat until the view is set up (live_set_code): it would
         * run beside the caller's set-up calls. */
        v->real = true;
        sc->ui_tick_ns = 0;
        lv_set_tick(v);
    }
}

int64_t live_tick_ns(const Live *v) { return v->tick_ns; }

void live_set_code_line(Live *v, int line)
{
    v->dirty = true;
    v->code_line0 = line > 0 ? line : 1;
}

void live_set_code(Live *v, const char *code, size_t len)
{
    v->dirty = true;
    v->code_line0 = 1;
    free(v->code);
    free(v->code_lines);
    v->code = xmalloc(len + 1);
    memcpy(v->code, code, len);
    v->code[len] = '\0';
    v->ncode = 0;
    v->code_lines = NULL;
    int cap = 0;
    for (char *s = v->code; *s || s == v->code;) {
        if (v->ncode == cap) {
            cap = cap ? 2 * cap : 64;
            v->code_lines = xrealloc(v->code_lines, sizeof *v->code_lines * (size_t)cap);
        }
        v->code_lines[v->ncode++] = s;
        char *nl = strchr(s, '\n');
        if (!nl) break;
        *nl = '\0';
        s = nl + 1;
        if (!*s) break;
    }
    if (v->ncode == 1 && !*v->code_lines[0]) v->ncode = 0;
    v->code_top = 0;
    if (v->real && v->sched && !v->real_started) {
        /* The program's code is the last thing set before it runs: from
         * now on the heartbeat owns the view until live_finish. */
        v->real_started = true;
        lv_draw(v);
        lv_set_tick(v);
    }
}

void live_set_probe(Live *v, int (*thread_line)(void *arg, int thread), void *arg)
{
    v->cfg.thread_line = thread_line;
    v->cfg.thread_line_arg = arg;
}

void live_set_prose(Live *v, const char *text)
{
    v->dirty = true;
    prose_free(v->prose);
    v->prose = text ? prose_new(text, v->ascii) : NULL;
}

void live_set_lesson_keys(Live *v, void (*next)(void *), void (*prev)(void *),
                          void (*rerun)(void *), void *arg)
{
    v->on_next = next;
    v->on_prev = prev;
    v->on_rerun = rerun;
    v->lesson_arg = arg;
}

void live_set_switch_interval(Live *v, int64_t ns)
{
    v->cfg.switch_interval_ns = ns;
    lv_set_tick(v);
}

void live_set_python(Live *v, const char *python, bool gil_off)
{
    v->cfg.python = python;
    v->cfg.gil_off = gil_off;
}

void live_set_speed(Live *v, double speed)
{
    if (speed < 1.0 / 4096) speed = 1.0 / 4096;
    if (speed > 4096) speed = 4096;
    v->speed = speed;
    lv_reanchor(v);
    lv_set_tick(v);
}

void live_set_paused(Live *v, bool paused)
{
    v->dirty = true;
    v->paused = paused;
    lv_reanchor(v);
}

bool live_paused(const Live *v) { return v->paused; }

int live_console_width(const Live *v) { return v->W / 2; }

int live_finish(Live *v, int status)
{
    if (v->real && v->sched) sched_set_ui_tick(v->sched, 0);   /* the view is ours again */
    live_sync(v);
    v->finished = true;
    v->paused = false;
    v->stepping = false;
    v->status = status;
    rp_ended(v);
    v->dirty = true;
    tl_model_update(v->model, v->log);
    if (v->model->t_end > v->dnow) v->dnow = v->model->t_end;
    lv_draw(v);
    for (;;) {
        wint_t c;
        timeout(-1);
        int r = get_wch(&c);
        if (r == ERR) {
            if (errno == EINTR) continue;
            break;   /* no terminal to read from */
        }
        if (r == KEY_CODE_YES && c == KEY_RESIZE) {
            lv_on_resize(v);
            continue;
        }
        /* Only q (or Ctrl-C) leaves: the picture stays on a stray key. */
        if (r == OK && (c == 'q' || c == 'Q' || c == 3) && !v->help) break;
        if (!v->help && ((r == OK && c == 'S') || (r == KEY_CODE_YES && (c == KEY_SLEFT || c == KEY_HOME)))) {
            rp_step_back(v, c == KEY_HOME);
            lv_draw(v);
            continue;
        }
        bool handled = false;
        if (!(v->help && !(r == OK && c == '?'))) lv_zoom_and_scroll(v, r, c, &handled);
        else v->help = false;
        lv_draw(v);
    }
    return status;
}

void live_close(Live *v)
{
    if (!v) return;
    /* From the heartbeat itself (q) this returns at once. */
    if (v->real && v->sched) sched_set_ui_tick(v->sched, 0);
    term_restore();
    current = NULL;
    if (v->saved_err >= 0) close(v->saved_err);
    if (v->err_rfd >= 0) close(v->err_rfd);
    lv_free_frames(v);
    free(v->code);
    free(v->code_lines);
    prose_free(v->prose);
    free(v->cursor_text);
    rp_free(v);
    lv_cmp_free(v);
    free(v->in);
    for (int i = 0; i < v->nhist; i++) free(v->hist[i]);
    free(v->hist);
    free(v);
}

void live_exit(Live *v, int status)
{
    live_close(v);
    exit(status);
}
