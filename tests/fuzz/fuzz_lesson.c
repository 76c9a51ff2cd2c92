/* fuzz_lesson.c — fuzz target: lesson text through the lesson parser.
 *
 * Each input is a lesson (or MyST notebook) file's bytes: sniffed as a
 * lesson or a program, parsed (lesson.h), and, when it parses, every part
 * the runner and the live view would use is walked: each cell's expect
 * block is matched against, and diffed with, the cell's own code and the
 * prose before it (text of the same shape as real output), and every
 * duration-looking word of the front matter is parsed. Nothing runs.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lesson/lesson.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* lesson_parse_duration on each line's text after a colon. */
static void durations(const char *text, size_t len)
{
    char word[64];
    const char *end = text + len;
    for (const char *p = text; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        const char *colon = memchr(p, ':', (size_t)(line_end - p));
        if (colon) {
            const char *v = colon + 1;
            while (v < line_end && *v == ' ') v++;
            size_t n = (size_t)(line_end - v);
            if (n < sizeof word) {
                memcpy(word, v, n);
                word[n] = '\0';
                int64_t ns;
                lesson_parse_duration(word, &ns);
            }
        }
        p = nl ? nl + 1 : end;
    }
}

static void match(const LessonCell *c, const char *output, const char *path)
{
    lesson_expect_match(c->expect, output);
    free(lesson_expect_diff(c->expect, output, path, c->number, c->expect_line));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* lesson_parse takes counted text, but the sniffer and the matchers
     * work on C strings: give them a terminated copy. */
    char *text = malloc(size + 1);
    if (!text) abort();
    memcpy(text, data, size);
    text[size] = '\0';
    lesson_sniff(text, size);
    char err[1024];
    Lesson *l = lesson_parse("fuzz.lesson", text, size, err, sizeof err);
    if (l) {
        durations(text, size);
        const char *prose = "";
        for (int i = 0; i < l->nblocks; i++) {
            const LessonBlock *b = &l->blocks[i];
            if (b->kind == LESSON_PROSE && b->text) prose = b->text;
            if (b->kind != LESSON_CELL || b->cell < 0 || b->cell >= l->ncells) continue;
            const LessonCell *c = &l->cells[b->cell];
            if (!c->has_expect || !c->expect) continue;
            match(c, c->code, l->path);
            match(c, prose, l->path);
            match(c, c->expect, l->path);
        }
        lesson_free(l);
    }
    free(text);
    return 0;
}
