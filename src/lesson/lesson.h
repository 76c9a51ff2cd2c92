/* lesson.h — the lesson format: parsing a lesson (or a MyST / jupytext
 * notebook) into prose, code cells, expect blocks, settings and pauses, and
 * matching a cell's output against its expect block.
 *
 * The format (man/gilsim-lesson.5 is the reference):
 *   ---                       optional front matter: top-level `key: value`
 *   title: The GIL            lines; known keys are checked, unknown ones
 *   switch_interval: 5ms      (jupytext's nested YAML) ignored
 *   ---
 *   prose ...
 *   ```gilsim                 settings for the next code cell only
 *   switch_interval: 1ms
 *   ```
 *   ```python                 a code cell (or ```{code-cell} ipython3, whose
 *   print("hi")               leading MyST options, `:tags: ...` lines or a
 *   ```                       ---...--- block, are skipped)
 *   ```expect                 right after a cell: its expected output;
 *   hi                        `...` alone: any lines, `...` in a line: any text
 *   ```
 *   ```assert                 after a cell (and its expect block): claims
 *   running at once <= 1      about its timeline, one a line, that --check
 *   ```                       evaluates (lesson/claims.h)
 *   +++                       a pause point (a slide break in the live view)
 *
 * Every other fenced block (```{figure}, ``` shell snippets) is prose. The
 * parser never runs anything; errors name the file and line.
 */
#ifndef GILSIM_LESSON_H
#define GILSIM_LESSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sched/profile.h"

/* Run settings; a field left at its "unset" value changes nothing. */
typedef struct LessonSettings {
    int64_t switch_interval_ns;   /* 0: unset */
    int cores;                    /* 0: unset */
    int gil;                      /* -1: unset, 0 off, 1 on */
    int switch_points;            /* -1: unset, else a CheckPoints (sched/profile.h) */
    int explore;                  /* a cell's `explore: N` (--explore on the cell); 0: unset */
    int line;                     /* the settings block's first line; 0: none */
    int ranks;                    /* 0: unset; else mpi4py's COMM_WORLD size (--ranks) */
} LessonSettings;

typedef struct LessonCell {
    int number;                   /* 1-based, in lesson order */
    char *code;                   /* the cell's source, NUL-terminated */
    size_t code_len;
    int fence_line;               /* the opening fence */
    int code_line;                /* the lesson line of the code's first line */
    bool has_expect;
    char *expect;                 /* NUL-terminated; NULL without an expect block */
    int expect_line;              /* the lesson line of the expect block's first line */
    LessonSettings settings;      /* from a ```gilsim block before the cell */
    struct LessonClaims *claims;  /* from an ```assert block after it; NULL: none */
    int claims_line;              /* the lesson line of the assert block's first line */
} LessonCell;

typedef enum LessonBlockKind {
    LESSON_PROSE,                 /* text: Markdown, shown beside the code */
    LESSON_CELL,                  /* cell: index into Lesson.cells */
    LESSON_PAUSE,                 /* a `+++` line */
} LessonBlockKind;

/* The lesson in reading order, for the live view. */
typedef struct LessonBlock {
    LessonBlockKind kind;
    int line;
    char *text;                   /* LESSON_PROSE: the lines (NUL-terminated) */
    int cell;                     /* LESSON_CELL */
} LessonBlock;

typedef struct Lesson {
    char *path;
    char *name;                   /* the file name without directory and extension */
    char *title;                  /* front matter title, else the first # heading, else name */
    int order;                    /* front matter `order:` (course order); 0: none */
    int backend_real;             /* -1 unset, 0 virtual, 1 real */
    const PyProfile *python;      /* front matter `python: 3.9`; NULL: unset */
    bool has_seed;
    uint64_t seed;
    LessonSettings front;         /* front matter settings (line: the front matter's) */
    char *compare;                /* front matter `compare:` (--compare's OPTIONS); NULL: none */
    LessonCell *cells;
    int ncells;
    LessonBlock *blocks;
    int nblocks;
} Lesson;

/* Parse lesson text. On an error returns NULL and writes "path:line: message"
 * into err. */
Lesson *lesson_parse(const char *path, const char *text, size_t len, char *err, size_t errlen);
/* Read and parse a file; a file that cannot be read is an error too. */
Lesson *lesson_load(const char *path, char *err, size_t errlen);
void lesson_free(Lesson *l);

/* Is this text a lesson or a MyST/jupytext notebook rather than a Python
 * program? (jupytext front matter, or a ```{code-cell} / ```python fence at
 * the start of a line.) */
bool lesson_sniff(const char *text, size_t len);
/* Decide by name first (.lesson, .md: yes; .py: no), then by content. */
bool lesson_is_lesson_file(const char *path);

/* Parse a duration: 5ms, 500us, 250ns, 1s, or plain seconds (0.005). */
bool lesson_parse_duration(const char *text, int64_t *out_ns);

/* Does `output` match `expect`? Lines of expect that are exactly `...`
 * match any number of lines (zero included); `...` inside a line matches any
 * text. A missing final newline on either side is ignored. */
bool lesson_expect_match(const char *expect, const char *output);

/* A unified diff (expected -> actual) of two texts, malloc'd; the hunk header
 * counts lines from expect_line (the lesson line of the expect block). Lines
 * that match through wildcards are shown as context. */
char *lesson_expect_diff(const char *expect, const char *output, const char *path,
                         int cell, int expect_line);

#endif
