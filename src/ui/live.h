/* live.h — the live ncurses view (docs/design.md, "The live view").
 *
 * One screen: a header (title, backend and CPython profile, switch interval, cores, program
 * time, speed, running/paused); the timeline (ui/timeline.h: the same grid
 * renderer as --timeline, one lane per thread plus the GIL lane, coloured by
 * thread); the code with a marker on each thread's current line (or, in the
 * REPL, the console); live per-thread statistics; the program's output
 * coloured by thread; a status / prompt line. Everything is composed into a
 * Grid (ui/grid.h) and only the cells that changed since the last frame are
 * sent to the terminal, at most ~30 frames a second.
 *
 * The view is a reader of the event log, driven by the backend's heartbeat
 * (SchedConfig.on_ui_tick: live_heartbeat). On the virtual backend it runs
 * with every Python thread stopped: it reads keys, paces virtual time
 * against the wall clock (--speed), pauses (by not returning) and redraws.
 * On the real backend it comes every 30 ms from the scheduler's service
 * thread with the log locked while the threads run on: it reads keys,
 * pauses with sched_pause (program time stands still) and redraws, and
 * shows no line markers (the probe needs the threads stopped); it starts
 * with live_set_code (the last set-up call before the program runs) and
 * stops in live_finish. Program mode only: the REPL and lessons stay on the
 * virtual backend's heartbeat (main.c opens no view for them on the real
 * backend). It never runs Python code. The one thing it asks of the interpreter — which line each
 * thread is on — comes through LiveConfig.thread_line, a read-only probe
 * given by the caller, so ui/ never includes vm/ headers.
 *
 * Output: program output reaches the view as EV_OUTPUT events (the
 * interpreter's `output_events`, with interp->out sent to a sink); the
 * process's stderr (tracebacks, sys.stderr) is redirected to a temporary file
 * that the view drains, so nothing scribbles over the screen. When the view
 * closes, the terminal is restored and the captured output is written out
 * again, stdout lines to stdout and stderr lines to stderr, so the run leaves
 * its output in the terminal as a headless run would.
 *
 * Keys (program mode): space pause/resume, s step to the next GIL switch,
 * +/- zoom, left/right scroll, f follow the present, c the cursor (a column
 * explained as --at does; , . move it), [ / ] scroll the output
 * back / on (PgUp / PgDn too outside lessons), < / > slower/faster,
 * ? help, q quit (while the program runs: exit status 130, "interrupted";
 * once it has ended: its own status), Ctrl-C raises SIGINT (KeyboardInterrupt
 * when the interpreter handles it). n / p / r go to the lesson hooks
 * (live_set_lesson_keys), or, in lesson mode, to live_lesson. In the REPL the keys edit the input line instead
 * and the view is controlled with : commands.
 */
#ifndef GILSIM_UI_LIVE_H
#define GILSIM_UI_LIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "events.h"
#include "sched/sched.h"

typedef struct Live Live;

typedef struct LiveConfig {
    const char *title;              /* file name or lesson title */
    const char *backend;            /* "virtual" or "real" */
    int64_t switch_interval_ns;
    int cores;                      /* 0: unbounded */
    bool gil_off;
    const char *python;             /* the CPython profile's name ("3.11"); NULL: 3.11 */
    double speed;                   /* virtual seconds per wall second; <= 0: 1 */
    bool ascii;                     /* 7-bit glyphs even in a UTF-8 locale */
    bool light;                     /* --theme=light: colours for a light background */
    bool repl;                      /* the REPL: a console and an input line */
    /* The line of the shown code that lane `thread` is executing, 0 if none
     * (the thread is elsewhere, or gone). Called only while every Python
     * thread is stopped (from the heartbeat or between REPL statements). */
    int (*thread_line)(void *arg, int thread);
    void *thread_line_arg;
} LiveConfig;

/* Opens the view on the terminal (curses, alternate screen, stderr captured).
 * Returns NULL (the caller runs headless) if the terminal cannot do it. */
Live *live_open(const LiveConfig *cfg, EventLog *log);
/* Tell the view about the scheduler (after sched_new with live_sched_config). */
void live_attach(Live *v, Sched *s, EventLog *log);
/* Set the heartbeat fields of a SchedConfig for this view. */
void live_sched_config(Live *v, SchedConfig *sc);
/* SchedConfig.on_ui_tick; arg: the Live. */
void live_heartbeat(Sched *s, int64_t now, void *arg);

/* The probe for LiveConfig.thread_line (set after the interpreter exists). */
void live_set_probe(Live *v, int (*thread_line)(void *arg, int thread), void *arg);
/* The code panel's text (a .py file, a lesson cell); copied. Long lines
 * wrap; the numbers are the file's lines from 1 ... */
void live_set_code(Live *v, const char *code, size_t len);
/* ... or from `line` (after live_set_code: a lesson cell's first line), so
 * they are the numbers a traceback names. */
void live_set_code_line(Live *v, int line);
/* Lesson mode: prose shown above the code (NULL: none); copied. */
void live_set_prose(Live *v, const char *text);
/* Lesson mode: what n, p and r do (called from the heartbeat or from
 * live_wait_key; NULL: the key does nothing). */
void live_set_lesson_keys(Live *v, void (*next)(void *), void (*prev)(void *),
                          void (*rerun)(void *), void *arg);
void live_set_switch_interval(Live *v, int64_t ns);
/* The header's CPython profile and GIL (the REPL's :reset). python: a
 * static name ("3.9"). */
void live_set_python(Live *v, const char *python, bool gil_off);

/* The program has ended with `status`: show the final screen and say so on
 * the status line; zoom, scroll and help still work, and only q (or Ctrl-C)
 * leaves, so a stray key does not lose the picture. Returns status. */
int live_finish(Live *v, int status);
/* --compare: `second` (a whole run of the same program, with other
 * options; the view takes it over) is shown beside the run the view
 * follows: both timelines on one time axis (ui/compare.h), each run's
 * statistics and output side by side, the second up to the time shown of
 * the first. Labels are copied. Before the run starts. */
void live_set_compare(Live *v, EventLog *second, const char *label_first, const char *label_second);

/* The same for a lesson (before live_lesson): windows[i] is the second
 * run's window of cell i (NULL: none); the view takes the array over. */
void live_set_compare_cells(Live *v, EventLog **windows, int n, const char *label_first,
                            const char *label_second);

/* Restore the terminal and write the captured output out; frees v. */
void live_close(Live *v);

/* ---- lesson mode ---- */

struct LessonSession;
/* Run a loaded lesson (lesson/session.h) in the view, opened with the
 * lesson's title and settings: it starts the session (the view's
 * heartbeat in the scheduler), shows the lesson page by page, runs a cell
 * when the student asks, and when the student leaves closes the view,
 * writes each cell's output to the terminal as a headless run does, and
 * closes the session. Returns the exit status (lesson_session_close's, or
 * 130 when q ends a running cell).
 *
 * The screen: the prose of the page (the lesson text since the previous
 * cell or +++) above the cell's code with each thread's line marked; the
 * lanes and the GIL lane of the cell's own window (time 0 at the cell's
 * start), its statistics and its output, with a check against the cell's
 * expect block. Keys between cells: n run the shown cell if it has not
 * run, else the next page; s the same, pausing at the first GIL switch;
 * p the previous page (it shows the earlier results again, it does not
 * undo anything); r run the shown cell again; space pause (the next cell
 * starts paused); PgUp/PgDn scroll the prose; q leave. While a cell runs
 * the keys are those of a program. */
int live_lesson(Live *v, struct LessonSession *s);

/* ---- the REPL's side (ui/repl.c) ---- */

/* Append text to the console: stream 0 the REPL's own text (prompts and
 * input echo), 1 stdout, 2 stderr. Events logged so far are drained first,
 * so the console keeps the order of things. */
void live_console(Live *v, const char *text, size_t n, int stream);
/* Drain new output events and captured stderr into the console. */
void live_sync(Live *v);
/* Read one input line with the editor (left/right, home/end, Ctrl-A/E/K/U/W,
 * history up/down). While waiting it calls idle(arg, paused) between key
 * polls (the REPL lets background threads run there) and redraws. Returns a
 * malloc'd line without the newline, or NULL on Ctrl-D at an empty line;
 * *interrupted is set (and "" returned) on Ctrl-C. */
char *live_read_line(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                     void *arg, bool *interrupted);
/* The REPL leaving with threads still running: show `prompt` and wait
 * while busy(arg), calling idle between key polls as live_read_line does.
 * Returns true if Ctrl-D or Ctrl-C asked to leave at once, false once busy
 * says the wait is over. */
bool live_wait_or_leave(Live *v, const char *prompt, void (*idle)(void *arg, bool paused),
                        bool (*busy)(void *arg), void *arg);
/* Close the view (live_close) and end the process with status. */
void live_exit(Live *v, int status);
void live_set_speed(Live *v, double speed);
void live_set_paused(Live *v, bool paused);
bool live_paused(const Live *v);
/* Width of the console panel (for :timeline). */
int live_console_width(const Live *v);
/* The heartbeat interval the view wants now (virtual ns), for idle slices. */
int64_t live_tick_ns(const Live *v);

/* tests/bench/live_bench: frame time for `lanes` threads and `cols` timeline
 * columns, drawing to /dev/null (TERM from the environment, default xterm);
 * `frames` frames while events keep arriving, then as many unchanged ones.
 * Prints the figures to out; returns 0, or -1 if no terminal could be made. */
int live_bench(int lanes, int cols, int frames, FILE *out);

#endif
