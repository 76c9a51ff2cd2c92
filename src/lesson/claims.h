/* claims.h — claims about a cell's timeline, checked by --check.
 *
 * A lesson tells the student what to look for in a timeline ("the threads
 * take turns", "t0 is forced off", "the longest wait is a whole interval").
 * An ```assert block after the cell (after its expect block, if it has one)
 * states the same as claims, one per line, that --check evaluates against
 * the cell's event log window; so prose that stops being true fails the
 * test suite instead of misleading a student.
 *
 *   ```assert
 *   running at once <= 1                 # no two threads run at once
 *   forced of t0 >= 2                    # t0 is forced off at least twice
 *   max wait >= 4ms                      # some thread waits most of an interval
 *   first ▼ before first ✕               # a drop request comes first
 *   wait of count-* >= 0.5 * run of count-*
 *   start of t1 - start of t0 < 10ms
 *   ```
 *
 * The grammar (man/gilsim-lesson.5 lists every measure with its meaning):
 *   claim    -> expr compare expr
 *   compare  -> < | <= | ≤ | > | >= | ≥ | = | == | != | ≠
 *             | before | after | at least | at most
 *   expr     -> term { (+ | -) term }
 *   term     -> NUMBER [unit] | [NUMBER (* | ×)] quantity
 *   quantity -> thread-measure [of THREADS] | cell-measure
 *             | (first | last) event
 *   unit     -> ns | us | µs | ms | s | %
 * THREADS is a thread name (quoted if it has spaces) or a pattern with * and
 * ?, or PROCESS/THREAD for the threads of some processes only (every process
 * has a MainThread); a claim naming a pattern must hold for every thread that
 * matches it,
 * and each use of that pattern in the claim means the same thread. Numbers
 * and quantities have a kind (a time, a count, a percentage); both sides of
 * a comparison, and the terms of a sum, must be of one kind.
 *
 * Figures come from the timeline model and the statistics (ui/timeline.h,
 * ui/stats.h), so a claim means what the picture and --stats show. Claims
 * are parsed with the lesson (a parse error names the file and line, with a
 * caret under the bad word) and evaluated only by --check.
 */
#ifndef GILSIM_LESSON_CLAIMS_H
#define GILSIM_LESSON_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "events.h"

typedef struct LessonClaims LessonClaims;

/* Parse the body of an assert block whose first line is lesson line
 * `first_line` of `path`. Blank lines and `#` comments (a `#` at the start
 * of a line or after a space) are skipped. On an error returns NULL and
 * writes "path:line: message", the line and a caret under the error into
 * err. */
LessonClaims *claims_parse(const char *path, int first_line, const char *text, char *err,
                           size_t errlen);
void claims_free(LessonClaims *c);
int claims_count(const LessonClaims *c);

/* Evaluate every claim against a cell's window (lesson/session.h). Each
 * false claim is reported on `out` as
 *   path:line: cell N: claim: TEXT — measured FIGURES
 * and with `all` (--check --stats: a lesson's author choosing margins)
 * each true one too, as
 *   path:line: cell N: holds: TEXT — measured FIGURES
 * Returns the number of false claims. */
int claims_check(const LessonClaims *c, const EventLog *window, const char *path, int cell,
                 bool all, FILE *out);

#endif
