/* test_timeline.c — the cell grid and the timeline renderer, on event logs
 * built by hand (the scheduler is not involved: these are the views' tests).
 * The expected pictures were produced by the renderer and then checked
 * column by column against the scenario's times. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "tap.h"
#include "ui/explain.h"
#include "ui/grid.h"
#include "ui/timeline.h"

#include "scenarios.h"

/* Two processes: the main one spins 10 ms, a child runs 2-8 ms beside it
 * (its own GIL), with a very long thread name. */
static EventLog *two_processes(void)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    ev(log, 0, EV_THREAD_START, 0, -1, str(log, "MainThread"));
    ev(log, 0, EV_GIL_TAKE, 0, -1, 0);
    ev_append(log, 2 * MS, EV_PROCESS_START, 0, 1, EV_NONE, str(log, "Process-1"), 0);
    ev_append(log, 2 * MS, EV_THREAD_START, 1, 1, 0, str(log, "a-very-long-worker-name"), 0);
    ev_append(log, 2 * MS, EV_GIL_TAKE, 1, 1, EV_NONE, 0, 0);
    ev_append(log, 8 * MS, EV_GIL_DROP, 1, 1, EV_NONE, DROP_EXIT, 0);
    ev_append(log, 8 * MS, EV_THREAD_EXIT, 1, 1, EV_NONE, 0, 0);
    ev(log, 10 * MS, EV_GIL_DROP, 0, -1, DROP_EXIT);
    ev(log, 10 * MS, EV_THREAD_EXIT, 0, -1, 0);
    return log;
}

static char *render(const TlModel *m, TlView v);
static void is_lines(const char *got, const char *want, const char *what);

/* Render view v, compare with want (SHOW=1 prints it), free the text. */
static void is_picture(const TlModel *m, TlView v, const char *want, const char *what)
{
    char *t = render(m, v);
    if (getenv("SHOW")) diag("\n%s", t);
    is_lines(t, want, what);
    free(t);
}

/* The column rule (timeline.h, "Columns") in one picture of 1 ms columns:
 * the GIL changes hands inside columns 3 (forced: B's drop request, a user
 * mark and the switch all fall in it) and 6 (B blocks), B's 0.6 ms sleep
 * straddles columns 6 and 7, and nobody runs a whole column with another. */
static EventLog *shared_columns(void)
{
    EventLog *log = two_started("A", "B", "join A");
    ev(log, 3 * MS + 400 * US, EV_DROP_REQUEST, 2, 1, 0);
    ev(log, 3 * MS + 450 * US, EV_MARK, 1, -1, str(log, "here"));
    ev(log, 3 * MS + 500 * US, EV_GIL_DROP, 1, -1, DROP_INTERVAL);
    ev(log, 3 * MS + 500 * US, EV_GIL_TAKE, 2, 1, 0);
    ev(log, 3 * MS + 500 * US, EV_GIL_WAIT, 1, 2, 0);
    ev(log, 6 * MS + 800 * US, EV_BLOCK, 2, -1, str(log, "sleep"));
    ev(log, 6 * MS + 800 * US, EV_GIL_DROP, 2, -1, DROP_BLOCKING);
    ev(log, 6 * MS + 800 * US, EV_GIL_TAKE, 1, 2, 0);
    ev(log, 7 * MS + 400 * US, EV_WAKE, 2, -1, WAKE_TIMEOUT);
    ev(log, 7 * MS + 400 * US, EV_GIL_WAIT, 2, 1, 0);
    ev(log, 9 * MS, EV_GIL_DROP, 1, -1, DROP_EXIT);
    ev(log, 9 * MS, EV_THREAD_EXIT, 1, -1, 0);
    ev(log, 9 * MS, EV_GIL_TAKE, 2, 1, 0);
    ev(log, 10 * MS, EV_GIL_DROP, 2, -1, DROP_EXIT);
    ev(log, 10 * MS, EV_THREAD_EXIT, 2, -1, 0);
    ev(log, 10 * MS, EV_WAKE, 0, 1, WAKE_NOTIFIED);
    ev(log, 10 * MS, EV_GIL_TAKE, 0, 1, 0);
    ev(log, 10 * MS, EV_GIL_DROP, 0, -1, DROP_EXIT);
    ev(log, 10 * MS, EV_THREAD_EXIT, 0, -1, 0);
    return log;
}

/* How many columns of view v have a full-run glyph in two lanes. */
static int double_runs(const TlModel *m, TlView v, const char *full)
{
    char *text = render(m, v);
    const char *rows[16];
    int n = 0;
    for (const char *p = text; p && n < 16; p = strchr(p, '\n'), p = p ? p + 1 : NULL) rows[n++] = p;
    int bad = 0;
    for (int col = 0; col < 200; col++) {
        int count = 0;
        for (int r = 0; r < n; r++) {
            /* lanes are ASCII up to the glyphs: count code points */
            const char *q = rows[r];
            int c = 0;
            while (*q && *q != '\n' && c < col) {
                q++;
                while ((*q & 0xc0) == 0x80) q++;
                c++;
            }
            if (c == col && strncmp(q, full, strlen(full)) == 0) count++;
        }
        bad += count > 1;
    }
    free(text);
    return bad;
}

static void test_column_rule(void)
{
    EventLog *log = shared_columns();
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    TlView v = {.t0 = 0, .t1 = 10 * MS, .width = 10, .legend = true, .axis = false, .gil_lanes = true,
                .ascii = true};
    is_picture(m, v,
             "marks          ov\n"
             "GIL          111x22|112\n"
             "0 MainThread ..........\n"
             "1 A          ###+---##\n"
             "2 B          ---+##+.-#\n"
             "# run  + ran part\n"
             "- wait  = native\n"
             ". block  | handoff\n"
             "v drop request\n"
             "x forced switch  o mark\n"
             "* marks",
             "column rule, ASCII");
    v.ascii = false;
    v.legend = false;
    is_picture(m, v,
             "marks          \xe2\x97\x86\xe2\x96\xbc\n"
             "GIL          111\xe2\x9c\x95" "22\xe2\x94\x82" "112\n"
             "0 MainThread \xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\n"
             "1 A          \xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x8c\xe2\x96\x91\xe2\x96\x91\xe2\x96\x91\xe2\x96\x88\xe2\x96\x88\n"
             "2 B          \xe2\x96\x91\xe2\x96\x91\xe2\x96\x91\xe2\x96\x90\xe2\x96\x88\xe2\x96\x88\xe2\x96\x8c\xc2\xb7\xe2\x96\x91\xe2\x96\x88",
             "column rule: split cells at a handoff");
    ok(double_runs(m, v, "\xe2\x96\x88") == 0, "no column has two lanes running all of it");

    /* Zoomed out to 4 columns of 2.5 ms: no lane ran a whole column. */
    v.width = 4;
    v.ascii = true;
    is_picture(m, v,
             "marks        ov\n"
             "GIL          1x||\n"
             "0 MainThread ....\n"
             "1 A          #--+\n"
             "2 B          -++-",
             "column rule, zoomed out: marks side by side, handoffs shown");

    /* One column: the request and the mark share it, no neighbour to move
     * one into: summarised. */
    v.width = 1;
    is_picture(m, v,
             "marks        *\n"
             "GIL          x\n"
             "0 MainThread .\n"
             "1 A          +\n"
             "2 B          -",
             "column rule, 1 column: marks summarised");
    tl_model_free(m);
    ev_free(log);

    /* Two spinners in 3 columns of 6.7 ms: every column is shared. */
    log = two_spinners();
    m = tl_model_new();
    tl_model_update(m, log);
    TlView z = {.t0 = 0, .t1 = 20 * MS, .width = 3, .gil_lanes = true, .ascii = true};
    is_picture(m, z,
             "marks        vvv\n"
             "GIL          xxx\n"
             "0 MainThread ...\n"
             "1 Thread-1   ++-\n"
             "2 Thread-2   --+",
             "two spinners in 3 columns: nobody claims a whole shared column");
    ok(double_runs(m, z, "#") == 0, "zoomed out: no column has two runners");
    tl_model_free(m);
    ev_free(log);
}

static char *render(const TlModel *m, TlView v)
{
    Grid *g = grid_new(tl_name_width(m) + 1 + v.width, tl_rows(m, &v));
    int rows = tl_render(m, &v, g, 0, 0);
    char *text = grid_to_text(g);
    if (rows != g->h) {
        free(text);
        text = NULL;
    }
    grid_free(g);
    return text;
}

/* Compare line by line, so a failure names the line. */
static void is_lines(const char *got, const char *want, const char *what)
{
    if (!got) {
        ok(0, "%s: rendered", what);
        return;
    }
    int line = 0;
    const char *g = got, *w = want;
    for (;;) {
        line++;
        size_t gl = strcspn(g, "\n"), wl = strcspn(w, "\n");
        char gb[1024], wb[1024];
        snprintf(gb, sizeof gb, "%.*s", (int)gl, g);
        snprintf(wb, sizeof wb, "%.*s", (int)wl, w);
        is_str(gb, wb, "%s: line %d", what, line);
        if (!g[gl] || !w[wl]) {
            ok(!g[gl] && !w[wl], "%s: same number of lines", what);
            break;
        }
        g += gl + 1;
        w += wl + 1;
    }
}

static void test_grid(void)
{
    Grid *g = grid_new(6, 3);
    grid_print(g, 1, 0, "h\xc3\xa9llo world", 1, 0, GRID_BOLD);   /* clipped at 6 */
    grid_print(g, -2, 1, "abc\tdef", 0, 0, 0);                    /* starts off-grid; tab -> space */
    grid_put(g, 5, 2, 0x2588, 2, 0, 0);
    char *t = grid_to_text(g);
    is_str(t, " h\xc3\xa9llo\nc def\n     \xe2\x96\x88", "grid_to_text clips, trims, encodes UTF-8");
    free(t);
    ok(grid_at(g, 1, 0)->fg == 1 && grid_at(g, 1, 0)->attr == GRID_BOLD, "cell keeps colour and attributes");
    grid_resize(g, 3, 1);
    t = grid_to_text(g);
    is_str(t, " h\xc3\xa9", "resize keeps what still fits");
    free(t);
    grid_clear(g);
    t = grid_to_text(g);
    is_str(t, "", "clear blanks everything");
    free(t);
    const char *bad = "a\xff\xe2\x96";
    const char *s = bad, *end = bad + strlen(bad);
    uint32_t c1 = grid_utf8_next(&s, end), c2 = grid_utf8_next(&s, end), c3 = grid_utf8_next(&s, end);
    ok(c1 == 'a' && c2 == 0xfffd && c3 == 0xfffd, "invalid UTF-8 decodes as U+FFFD");
    grid_free(g);
}

static const char *spinners_utf8 =
    "             0 ms      5 ms      10 ms     15 ms\n"
    "marks                  ▼         ▼         ▼\n"
    "GIL          1111111111✕222222222✕111111111✕222222222\n"
    "0 MainThread ········································\n"
    "1 Thread-1   ██████████░░░░░░░░░░██████████░░░░░░░░░░\n"
    "2 Thread-2   ░░░░░░░░░░██████████░░░░░░░░░░██████████\n"
    "█ run  ▌▐▚ ran part  ░ wait  ▒ native  · block\n"
    "│ handoff  ▼ drop request  ✕ forced switch";

static const char *spinners_ascii =
    "             0 ms      5 ms      10 ms     15 ms\n"
    "marks                  v         v         v\n"
    "GIL          1111111111x222222222x111111111x222222222\n"
    "0 MainThread ........................................\n"
    "1 Thread-1   ##########----------##########----------\n"
    "2 Thread-2   ----------##########----------##########\n"
    "# run  + ran part  - wait  = native  . block\n"
    "| handoff  v drop request  x forced switch";

static void test_two_spinners(void)
{
    EventLog *log = two_spinners();
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    TlView v = {.t0 = 0, .t1 = 20 * MS, .width = 40, .legend = true, .axis = true, .gil_lanes = true};
    char *t = render(m, v);
    is_lines(t, spinners_utf8, "two spinners");
    free(t);
    v.ascii = true;
    t = render(m, v);
    is_lines(t, spinners_ascii, "two spinners, ASCII");
    free(t);

    /* Zoomed into 4-6 ms: 20 columns of 100 µs, the switch at column 10. */
    TlView z = {.t0 = 4 * MS, .t1 = 6 * MS, .width = 20, .axis = true, .gil_lanes = true, .ascii = true};
    t = render(m, z);
    is_lines(t,
             "             4 ms      5 ms\n"
             "marks                  v\n"
             "GIL          1111111111x222222222\n"
             "0 MainThread ....................\n"
             "1 Thread-1   ##########----------\n"
             "2 Thread-2   ----------##########",
             "zoomed in");
    free(t);

    /* Colour mode: holders' characters in reverse video, in their colours. */
    Grid *g = grid_new(60, 6);
    v.ascii = false;
    v.colour = true;
    tl_render(m, &v, g, 0, 0);
    const Cell *c0 = grid_at(g, 13, 2), *c15 = grid_at(g, 13 + 15, 2);
    ok(c0->ch == '1' && c0->fg == grid_thread_colour(1) && (c0->attr & GRID_REVERSE) && c15->ch == '2'
           && c15->fg == grid_thread_colour(2),
       "colour mode: GIL holder by its character on its colour, not by colour alone");
    grid_free(g);

    char *whole = tl_render_text(log, 53, true);
    is_lines(whole, "             0 ms      5 ms      10 ms     15 ms\n"
                    "marks                  v         v         v\n"
                    "GIL          1111111111x222222222x111111111x222222222\n"
                    "0 MainThread ........................................\n"
                    "1 Thread-1   ##########----------##########----------\n"
                    "2 Thread-2   ----------##########----------##########\n"
                    "# run  + ran part  - wait  = native  . block\n"
                    "| handoff  v drop request  x forced switch\n",
             "tl_render_text");
    free(whole);
    tl_model_free(m);
    ev_free(log);
}

static void test_sleeper_native(void)
{
    EventLog *log = sleeper_native();
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    TlView v = {.t0 = 0, .t1 = 10 * MS, .width = 50, .legend = false, .axis = true, .gil_lanes = true};
    is_picture(m, v,
             "             0 ms      2 ms      4 ms      6 ms      8 ms\n"
             "marks                                                     ▼\n"
             "GIL          000001111122222     1         22222222222222221100\n"
             "0 MainThread █████···········································░█\n"
             "1 sleeper         █████··········█···················░░░░░░██\n"
             "2 native          ░░░░░█████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒████████████████",
             "sleeper and native worker");
    tl_model_free(m);
    ev_free(log);
}

static void test_two_processes(void)
{
    EventLog *log = two_processes();
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    ok(tl_name_width(m) == 16, "names are cut to 16 columns");
    TlView v = {.t0 = 0, .t1 = 10 * MS, .width = 20, .axis = false, .legend = false, .gil_lanes = true};
    is_picture(m, v,
             "── main ─────────────────────────────\n"
             "GIL              00000000000000000000\n"
             "0 MainThread     ████████████████████\n"
             "── Process-1 ────────────────────────\n"
             "GIL                  111111111111\n"
             "1 a-very-long-w…     ████████████",
             "two processes");
    v.ascii = true;
    v.gil_lanes = false;
    is_picture(m, v,
             "-- main -----------------------------\n"
             "0 MainThread     ####################\n"
             "-- Process-1 ------------------------\n"
             "1 a-very-long-w~     ############",
             "two processes, ASCII, no GIL lanes");
    tl_model_free(m);
    ev_free(log);
}

/* The live view's way: update after every event, render now and then. The
 * final picture must equal the one-shot one. */
static void test_incremental(void)
{
    EventLog *full = sleeper_native();
    EventLog *live = ev_new();
    TlModel *m = tl_model_new();
    TlView v = {.t0 = 0, .t1 = 10 * MS, .width = 50, .legend = true, .axis = true, .gil_lanes = true};
    /* Copy the string table first so that indexes match. */
    for (uint32_t i = 0; *ev_string_at(full, i); i++) str(live, ev_string_at(full, i));
    bool consumed_all = true;
    for (uint64_t i = 0; i < ev_count(full); i++) {
        const Event *e = ev_get(full, i);
        ev_append(live, e->t, e->type, e->thread, e->process, e->other, e->arg, e->arg2);
        tl_model_update(m, live);
        consumed_all &= m->next == i + 1;
        if (i % 7 == 0) free(render(m, v));
    }
    ok(consumed_all, "each update consumes exactly the new events");
    tl_model_update(m, live);
    TlModel *once = tl_model_new();
    tl_model_update(once, full);
    char *a = render(m, v), *b = render(once, v);
    is_str(a, b, "incremental and one-shot renders agree");
    free(a);
    free(b);
    tl_model_free(m);
    tl_model_free(once);
    ev_free(live);
    ev_free(full);
}

static void test_axis_units(void)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    ev(log, 0, EV_THREAD_START, 0, -1, str(log, "T"));
    ev(log, 0, EV_GIL_TAKE, 0, -1, 0);
    ev(log, 3000 * MS, EV_GIL_DROP, 0, -1, DROP_EXIT);
    TlModel *m = tl_model_new();
    tl_model_update(m, log);
    struct { int64_t t0, t1; const char *axis; } cases[] = {
        {0, 3000 * MS, "    0.0 s   0.5 s   1.0 s   1.5 s   2.0 s   2.5 s"},
        {0, 800, "    0 ns        200 ns      400 ns      600 ns"},
        {0, 40 * US, "    0 \xc2\xb5s        10 \xc2\xb5s       20 \xc2\xb5s       30 \xc2\xb5s"},
        {1500 * MS, 1501 * MS, "    1.5000 s                1.5005 s"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        TlView v = {.t0 = cases[i].t0, .t1 = cases[i].t1, .width = 48, .axis = true};
        char *t = render(m, v);
        char *nl = t ? strchr(t, '\n') : NULL;
        if (nl) *nl = '\0';
        is_str(t, cases[i].axis, "axis %zu", i);
        free(t);
    }
    tl_model_free(m);
    ev_free(log);
}

/* --at: the moment in words, from the same constructed log. */
static void test_explain(void)
{
    EventLog *log = shared_columns();
    char *t = tl_explain(log, 3 * MS + 450 * US, true);
    is_str(t,
           "at 3.45 ms:\n"
           "  GIL: held by 1 A since 0 ns; drop request by 2 B at 3.40 ms\n"
           "  0 MainThread  blocked on join A since 0 ns\n"
           "  1 A           running, holding the GIL since 0 ns\n"
           "  2 B           waiting for the GIL since 0 ns, asked for a drop at 3.40 ms\n",
           "--at: a drop request pending");
    free(t);
    t = tl_explain(log, 7 * MS, true);
    is_str(t,
           "at 7.00 ms:\n"
           "  GIL: held by 1 A since 6.80 ms\n"
           "  0 MainThread  blocked on join A since 0 ns\n"
           "  1 A           running, holding the GIL since 6.80 ms\n"
           "  2 B           blocked on sleep since 6.80 ms\n",
           "--at: a sleeper");
    free(t);
    t = tl_explain(log, 12 * MS, true);
    is_str(t,
           "at 12.0 ms (after the end of the run):\n"
           "  GIL: free since 10.0 ms\n"
           "  0 MainThread  ended at 10.0 ms\n"
           "  1 A           ended at 9.00 ms\n"
           "  2 B           ended at 10.0 ms\n",
           "--at: after the end");
    free(t);
    ev_free(log);
}

int main(void)
{
    test_grid();
    test_two_spinners();
    test_column_rule();
    test_explain();
    test_sleeper_native();
    test_two_processes();
    test_incremental();
    test_axis_units();
    return done();
}
