/* test_prose.c — lesson prose for the live view (ui/prose.h): inline
 * Markdown becomes attributes, what is not markup stays as written, and no
 * input, however broken, reads or writes out of bounds (run it under
 * --enable-sanitizers=address,undefined). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "ui/grid.h"
#include "ui/prose.h"

/* The text, and the attributes as a string: one letter a byte, '.' none,
 * 'b' bold, 'u' underlined, 'c' code. */
static void check(const char *md, const char *text, const char *attrs, const char *what)
{
    Prose *p = prose_new(md, false);
    is_str(p->text, text, "%s: text", what);
    if (attrs) {
        size_t n = strlen(p->text);
        char *a = malloc(n + 1);
        for (size_t i = 0; i < n; i++)
            a[i] = p->attrs[i] & PROSE_CODE ? 'c' : p->attrs[i] & GRID_BOLD ? 'b' : p->attrs[i] & GRID_UNDERLINE ? 'u' : '.';
        a[n] = '\0';
        is_str(a, attrs, "%s: attributes", what);
        free(a);
    }
    prose_free(p);
}

int main(void)
{
    check("a **b** c", "a b c", "..b..", "strong");
    check("a *b* _c_", "a b c", "..u.u", "emphasis, both ways");
    check("x `y*z` w", "x y*z w", "..ccc..", "a code span keeps its stars");
    check("2 * 3 * 4", "2 * 3 * 4", ".........", "stars between blanks are arithmetic");
    check("snake_case_name", "snake_case_name", "...............", "underscores inside a word");
    check("a lone ` tick", "a lone ` tick", NULL, "an unclosed backtick");
    check("**never closed", "**never closed", NULL, "an unclosed strong");
    check("\\*not\\*", "*not*", ".....", "escaped stars");
    check("- item\n- two", "\xe2\x80\xa2 item\n\xe2\x80\xa2 two", NULL, "bullets");
    check("```\n**raw**\n```\n", "```\n**raw**\n```\n", NULL, "a fenced block as written");
    check("    *indented code*\n", "    *indented code*\n", NULL, "an indented block as written");
    check("one *two\nthree* four", "one two\nthree four", "....uuu.uuuuu.....", "emphasis over a line break");
    check("para *one\n\nnext* para", "para *one\n\nnext* para", NULL, "not over a blank line");
    check("`a\nb`", "`a\nb`", ".....", "a code span does not go over a line break");
    prose_free(prose_new("- a", true));
    check("", "", "", "empty");

    /* Broken input of every shape: no crash, wrapping terminates. */
    static const char *const nasty[] = {
        "*", "**", "***", "`", "``", "```", "_", "__", "\\", "a\\", "*\n*", "`\n\n`", "- ", "-", "#", "# ",
        "1.", "1. ", "\n\n\n", "    ", "~~~\n", "*a**b*", "**a*b**", "_a_b_", "`*`*`", "\xe2\x80", "\xff*x*",
        "- *a\n- b*", "# *h*\ntext", "```\n`", NULL};
    int rows_total = 0;
    for (int i = 0; nasty[i]; i++) {
        Prose *p = prose_new(nasty[i], false);
        for (int w = 1; w < 12; w++) {
            int n;
            ProseRow *rows = prose_wrap(p, w, &n);
            for (int r = 0; r < n; r++) rows_total += rows[r].n >= 0;
            free(rows);
        }
        prose_free(p);
    }
    ok(rows_total > 0, "broken inputs: made and wrapped");

    /* Wrapping: a long paragraph at 20 columns, bullets with a hanging indent. */
    Prose *p = prose_new("- first item that is long enough to wrap\n- second", false);
    int n;
    ProseRow *rows = prose_wrap(p, 20, &n);
    ok(n == 4 && rows[1].indent == 2 && rows[3].indent == 0, "list items wrap with a hanging indent (%d rows)", n);
    free(rows);
    prose_free(p);
    return done();
}
