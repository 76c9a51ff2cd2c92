/* test_lex.c — the tokenizer on tricky inputs: indentation, continuation
 * lines, numbers, strings, f-string tokens and CPython's tokenizer errors.
 * Each case lexes a source and compares a compact rendering of its tokens:
 * names, numbers and strings as their text, operators and keywords as their
 * spelling, NL/IN/DE/END for NEWLINE/INDENT/DEDENT/ENDMARKER. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "vm/lex.h"

static char out[8192];

/* Tokens of src, or the error as "ERR Kind: msg @line:col". */
static const char *lex_all(const char *src)
{
    Lexer *lx = malloc(sizeof *lx);
    lex_init(lx, src, strlen(src));
    size_t o = 0;
    out[0] = '\0';
    for (int guard = 0; guard < 1000; guard++) {
        Token t;
        TokKind k = lex_next(lx, &t);
        const char *text;
        char buf[512];
        switch (k) {
        case T_ERROR:
            snprintf(buf, sizeof buf, "ERR %s: %s @%d:%d", lx->err_kind, lx->err_msg, lx->err_line, lx->err_col);
            text = buf;
            break;
        case T_NEWLINE: text = "NL"; break;
        case T_INDENT: text = "IN"; break;
        case T_DEDENT: text = "DE"; break;
        case T_END: text = "END"; break;
        case T_NAME: case T_NUMBER: case T_STRING: case T_OTHER:
            snprintf(buf, sizeof buf, "%.*s", (int)t.len, t.start);
            text = buf;
            break;
        default: text = lex_kind_name(k); break;
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? " " : "", text);
        if (k == T_END || k == T_ERROR || o >= sizeof out - 1) break;
    }
    free(lx);
    return out;
}

/* Positions: "line:col-end_line:end_col" of the n-th token. */
static const char *pos_of(const char *src, int n)
{
    Lexer *lx = malloc(sizeof *lx);
    lex_init(lx, src, strlen(src));
    Token t;
    for (int i = 0; i <= n; i++) lex_next(lx, &t);
    snprintf(out, sizeof out, "%d:%d-%d:%d", t.line, t.col, t.end_line, t.end_col);
    free(lx);
    return out;
}

static const struct { const char *src, *want; } cases[] = {
    /* indentation */
    {"if x:\n    y\nz\n", "if x : NL IN y NL DE z NL END"},
    {"if a:\n  if b:\n    c\nd", "if a : NL IN if b : NL IN c NL DE DE d NL END"},
    {"if a:\n  b\n\n  # comment\n\n  c\n", "if a : NL IN b NL c NL DE END"},
    {"if a:\n\tb\n\tc\n", "if a : NL IN b NL c NL DE END"},
    {"if a:\n  b\n c\n", "if a : NL IN b NL ERR IndentationError: unindent does not match any outer indentation level @3:2"},
    {"if a:\n        b\n\tc\n", "if a : NL IN b NL ERR TabError: inconsistent use of tabs and spaces in indentation @3:0"},
    {"x = (1,\n     2)\n", "x = ( 1 , 2 ) NL END"},
    {"x = 1 + \\\n    2\n", "x = 1 + 2 NL END"},
    {"x = [\n  1,\n\n  # c\n]\ny", "x = [ 1 , ] NL y NL END"},
    {"", "END"},
    {"\n\n  \n# only a comment", "END"},
    {"x\r\ny\r", "x NL y NL END"},
    /* operators */
    {"a **= b //= c >>= d <<= e -> f := g ... h @= i != j", "a **= b //= c >>= d <<= e -> f := g ... h @= i != j NL END"},
    {"a<b<=c>d>=e==f", "a < b <= c > d >= e == f NL END"},
    {"x = $", "x = $ NL END"},
    /* numbers */
    {"0 00 0_0 1_000 0x_ff 0o17 0b1_0 1. .5 1e-3 1_0.5e+1_0 3j 1.5J 0e0", "0 00 0_0 1_000 0x_ff 0o17 0b1_0 1. .5 1e-3 1_0.5e+1_0 3j 1.5J 0e0 NL END"},
    {"1if x else 2", "1 if x else 2 NL END"},
    {"1abc", "ERR SyntaxError: invalid decimal literal @1:0"},
    {"0777", "ERR SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:0"},
    {"x = 1__0", "x = ERR SyntaxError: invalid decimal literal @1:5"},
    {"0b12", "ERR SyntaxError: invalid digit '2' in binary literal @1:3"},
    {"0xg", "ERR SyntaxError: invalid hexadecimal literal @1:1"},
    /* strings */
    {"'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' f'{x}' rf\"z\" u'w'", "'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' f'{x}' rf\"z\" u'w' NL END"},
    {"'a\\\nb'", "'a\\\nb' NL END"},
    {"fb'x'", "fb 'x' NL END"},
    {"x = 'abc", "x = ERR SyntaxError: unterminated string literal (detected at line 1) @1:4"},
    {"x = '''abc\n\n", "x = ERR SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:4"},
    /* brackets */
    {"(]", "( ERR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:1"},
    {"(\n]", "( ERR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:0"},
    {"x)", "x ERR SyntaxError: unmatched ')' @1:1"},
    {"f(1,\n", "f ( 1 , ERR SyntaxError: '(' was never closed @1:1"},
    /* other errors */
    {"x = \\ 1", "x = ERR SyntaxError: unexpected character after line continuation character @1:5"},
    {"x = \\", "x = ERR SyntaxError: unexpected EOF while parsing @1:5"},
    {"x = \xe2\x82\xac", "x = ERR SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) @1:4"},
    {"x = \xc2\xa0", "x = ERR SyntaxError: invalid non-printable character U+00A0 @1:4"},
    {"\xc3\xa9t\xc3\xa9 = 1", "\xc3\xa9t\xc3\xa9 = 1 NL END"},
    {"\xef\xbb\xbfx", "x NL END"},
};

int main(void)
{
    int n = (int)(sizeof cases / sizeof *cases);
    plan(n + 6);
    for (int i = 0; i < n; i++) is_str(lex_all(cases[i].src), cases[i].want, "lex case %d", i);

    /* Positions are code points; multi-line tokens end on their last line. */
    is_str(pos_of("\xc3\xa9\xc3\xa9 = 'x'", 2), "1:5-1:8", "columns count code points");
    is_str(pos_of("x = '''a\nbc'''", 2), "1:4-2:5", "a triple-quoted string spans lines");
    is_str(pos_of("if x:\n    y", 4), "2:4-2:4", "INDENT sits after the indentation");

    /* 101 nested blocks are too many. */
    static char deep[20000];
    size_t o = 0;
    for (int i = 0; i < 101; i++) {
        for (int j = 0; j < i; j++) deep[o++] = ' ';
        memcpy(deep + o, "if 1:\n", 6);
        o += 6;
    }
    deep[o] = '\0';
    const char *r = lex_all(deep);
    ok(strstr(r, "ERR IndentationError: too many levels of indentation @101:0") != NULL, "too many levels of indentation");

    /* 201 open brackets are too many; 200 are fine. */
    memset(deep, '(', 201);
    deep[201] = '\0';
    r = lex_all(deep);
    ok(strstr(r, "ERR SyntaxError: too many nested parentheses @1:200") != NULL, "too many nested parentheses");

    /* A saved lexer can be resumed independently (the parser's lookahead). */
    Lexer *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    lex_init(a, "x = (1,\n 2)\n", 12);
    Token t, u;
    lex_next(a, &t);
    lex_next(a, &t);
    lex_next(a, &t);   /* '(' */
    *b = *a;
    int same = 1;
    for (int i = 0; i < 6; i++) {
        lex_next(a, &t);
        lex_next(b, &u);
        same &= t.kind == u.kind && t.start == u.start;
    }
    ok(same, "a copied lexer continues identically");
    free(a);
    free(b);
    return done();
}
