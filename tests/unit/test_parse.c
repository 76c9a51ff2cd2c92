/* test_parse.c — the parser: dumps of small programs (checked node by node
 * against CPython's ast module when they were written), syntax errors with
 * CPython 3.11's message, line and column, the REPL's "incomplete" test,
 * and robustness: random bytes and deep nesting must give an error, never a
 * crash or a C stack overflow. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "vm/parse.h"

static const struct { const char *src, *dump; } dump_cases[] = {
    {"x = 1\n",
     "Module\n  Assign\n    Name x store\n    Int 1\n"},
    {"a = b = c, d = f(1)\n",
     "Module\n  Assign\n    Name a store\n    Name b store\n    Tuple store\n      Name c store\n      Name d store\n    Call\n      Name f\n      Int 1\n"},
    {"a, *b = x\n",
     "Module\n  Assign\n    Tuple store\n      Name a store\n      Starred store\n        Name b store\n    Name x\n"},
    {"x += 1\nx.y -= 2\nx[0] **= 3\n",
     "Module\n  AugAssign +=\n    Name x store\n    Int 1\n  AugAssign -=\n    Attribute y store\n      Name x\n    Int 2\n  AugAssign **=\n    Subscript store\n      Name x\n      Int 0\n    Int 3\n"},
    {"x: int = 5\n(y): str\nz.w: list\n",
     "Module\n  AnnAssign simple\n    Name x store\n    Name int\n    Int 5\n  AnnAssign\n    Name y store\n    Name str\n  AnnAssign\n    Attribute w store\n      Name z\n    Name list\n"},
    {"if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
     "Module\n  If\n    Name a\n    body:\n      Pass\n    orelse:\n      If\n        Name b\n        body:\n          Assign\n            Name x store\n            Int 1\n        orelse:\n          Assign\n            Name y store\n            Int 2\n"},
    {"while x < 10:\n    x += 1\n    if x: break\n    continue\nelse:\n    pass\n",
     "Module\n  While\n    Compare <\n      Name x\n      Int 10\n    body:\n      AugAssign +=\n        Name x store\n        Int 1\n      If\n        Name x\n        body:\n          Break\n      Continue\n    orelse:\n      Pass\n"},
    {"for i, (j, k) in pairs:\n    print(i)\nelse:\n    done()\n",
     "Module\n  For\n    Tuple store\n      Name i store\n      Tuple store\n        Name j store\n        Name k store\n    Name pairs\n    body:\n      Expr\n        Call\n          Name print\n          Name i\n    orelse:\n      Expr\n        Call\n          Name done\n"},
    {"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n",
     "Module\n  FunctionDef f\n    Arguments\n      PosOnlyArg a\n      PosOnlyArg b\n        default:\n          Int 1\n      Arg c\n        default:\n          Int 2\n      VarArg args\n      KwOnlyArg d\n      KwOnlyArg e\n        default:\n          Int 3\n      KwArg kw\n    returns:\n      Name int\n    body:\n      Return\n        Name a\n"},
    {"@dec\n@dec2(1)\nclass C(Base, metaclass=M):\n    x = 1\n    def m(self): pass\n",
     "Module\n  ClassDef C\n    decorators:\n      Name dec\n      Call\n        Name dec2\n        Int 1\n    Name Base\n    Keyword metaclass\n      Name M\n    body:\n      Assign\n        Name x store\n        Int 1\n      FunctionDef m\n        Arguments\n          Arg self\n        body:\n          Pass\n"},
    {"try:\n    f()\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nexcept:\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
     "Module\n  Try\n    body:\n      Expr\n        Call\n          Name f\n    ExceptHandler as e\n      Tuple\n        Name A\n        Name B\n      body:\n        Raise\n          Name X\n          cause:\n            Name e\n    ExceptHandler\n      Name C\n      body:\n        Raise\n    ExceptHandler\n      body:\n        Pass\n    orelse:\n      Expr\n        Call\n          Name g\n    finally:\n      Expr\n        Call\n          Name h\n"},
    {"with open(a) as f, lock:\n    pass\nwith (a as b, c as d,):\n    pass\n",
     "Module\n  With\n    WithItem\n      Call\n        Name open\n        Name a\n      Name f store\n    WithItem\n      Name lock\n    body:\n      Pass\n  With\n    WithItem\n      Name a\n      Name b store\n    WithItem\n      Name c\n      Name d store\n    body:\n      Pass\n"},
    {"global a, b\ndel a, b[0], c.d\nassert x, 'msg'\n",
     "Module\n  Global a b\n  Delete\n    Name a del\n    Subscript del\n      Name b\n      Int 0\n    Attribute d del\n      Name c\n  Assert\n    Name x\n    Str \"msg\"\n"},
    {"import os, os.path as p\nfrom .. import x\nfrom ...a.b import (c as d, e)\nfrom m import *\n",
     "Module\n  Import\n    Alias os\n    Alias os.path as p\n  ImportFrom ..\n    Alias x\n  ImportFrom ...a.b\n    Alias c as d\n    Alias e\n  ImportFrom m\n    Alias *\n"},
    {"x = -2 ** -3 * 4 + 5 // 6 % 7 @ m\n",
     "Module\n  Assign\n    Name x store\n    BinOp +\n      BinOp *\n        UnaryOp -\n          BinOp **\n            Int 2\n            UnaryOp -\n              Int 3\n        Int 4\n      BinOp @\n        BinOp %\n          BinOp //\n            Int 5\n            Int 6\n          Int 7\n        Name m\n"},
    {"x = a | b ^ c & d << 1 >> 2\n",
     "Module\n  Assign\n    Name x store\n    BinOp |\n      Name a\n      BinOp ^\n        Name b\n        BinOp &\n          Name c\n          BinOp >>\n            BinOp <<\n              Name d\n              Int 1\n            Int 2\n"},
    {"x = not a and b or c and not d\n",
     "Module\n  Assign\n    Name x store\n    BoolOp or\n      BoolOp and\n        UnaryOp not\n          Name a\n        Name b\n      BoolOp and\n        Name c\n        UnaryOp not\n          Name d\n"},
    {"x = a < b <= c != d is not e not in f in g\n",
     "Module\n  Assign\n    Name x store\n    Compare < <= != is not not in in\n      Name a\n      Name b\n      Name c\n      Name d\n      Name e\n      Name f\n      Name g\n"},
    {"x = a if b else c if d else e\n",
     "Module\n  Assign\n    Name x store\n    IfExp\n      Name b\n      Name a\n      IfExp\n        Name d\n        Name c\n        Name e\n"},
    {"f(a, *b, c=1, *d, **e)\n",
     "Module\n  Expr\n    Call\n      Name f\n      Name a\n      Starred\n        Name b\n      Starred\n        Name d\n      Keyword c\n        Int 1\n      Keyword **\n        Name e\n"},
    {"f(x for x in y if x)\n",
     "Module\n  Expr\n    Call\n      Name f\n      GenExp\n        Name x\n        For\n          Name x store\n          Name y\n          If\n            Name x\n"},
    {"x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in d.items()}\nz = {s for s in t}\ng = (q for q in r)\n",
     "Module\n  Assign\n    Name x store\n    ListComp\n      BinOp *\n        Name i\n        Name j\n      For\n        Name i store\n        Name a\n        If\n          Name i\n      For\n        Name j store\n        Name b\n  Assign\n    Name y store\n    DictComp\n      Name k\n      Name v\n      For\n        Tuple store\n          Name k store\n          Name v store\n        Call\n          Attribute items\n            Name d\n  Assign\n    Name z store\n    SetComp\n      Name s\n      For\n        Name s store\n        Name t\n  Assign\n    Name g store\n    GenExp\n      Name q\n      For\n        Name q store\n        Name r\n"},
    {"x = [1, *a, 2]\ny = {1, *b}\nz = {**c, 'k': 1, **d}\nw = (*e, 3)\nv = ()\nu = (1,)\nt = {}\n",
     "Module\n  Assign\n    Name x store\n    List\n      Int 1\n      Starred\n        Name a\n      Int 2\n  Assign\n    Name y store\n    Set\n      Int 1\n      Starred\n        Name b\n  Assign\n    Name z store\n    Dict\n      **\n      Name c\n      Str \"k\"\n      Int 1\n      **\n      Name d\n  Assign\n    Name w store\n    Tuple\n      Starred\n        Name e\n      Int 3\n  Assign\n    Name v store\n    Tuple\n  Assign\n    Name u store\n    Tuple\n      Int 1\n  Assign\n    Name t store\n    Dict\n"},
    {"x = a[1:2, ::3, 4]\ny = a[:]\nz = a[b:]\n",
     "Module\n  Assign\n    Name x store\n    Subscript\n      Name a\n      Tuple\n        Slice\n          Int 1\n          Int 2\n          -\n        Slice\n          -\n          -\n          Int 3\n        Int 4\n  Assign\n    Name y store\n    Subscript\n      Name a\n      Slice\n        -\n        -\n        -\n  Assign\n    Name z store\n    Subscript\n      Name a\n      Slice\n        Name b\n        -\n        -\n"},
    {"x = lambda a, *b, c=1, **d: a + c\ny = lambda: 0\n",
     "Module\n  Assign\n    Name x store\n    Lambda\n      Arguments\n        Arg a\n        VarArg b\n        KwOnlyArg c\n          default:\n            Int 1\n        KwArg d\n      BinOp +\n        Name a\n        Name c\n  Assign\n    Name y store\n    Lambda\n      Arguments\n      Int 0\n"},
    {"x = 0x_ff + 0o17 + 0b101 + 1_000 + 007.5 + 1e3 + 2j + .5\n",
     "Module\n  Assign\n    Name x store\n    BinOp +\n      BinOp +\n        BinOp +\n          BinOp +\n            BinOp +\n              BinOp +\n                BinOp +\n                  Int 0xff\n                  Int 0o17\n                Int 0b101\n              Int 1000\n            Float 7.5\n          Float 1e+03\n        Imag 2\n      Float 0.5\n"},
    {"x = 'a' \"b\" '''c'''\ny = b'\\x00\\xff' rb'\\d'\n",
     "Module\n  Assign\n    Name x store\n    Str \"abc\"\n  Assign\n    Name y store\n    Bytes \"\\x00\\xff\\\\d\"\n"},
    {"x = '\\n\\t\\\\\\'\\x41\\u00e9\\U0001F600\\101\\d'\n",
     "Module\n  Assign\n    Name x store\n    Str \"\\n\\t\\\\'A\xc3\xa9""\xf0\x9f\x98\x80""A\\\\d\"\n"},
    {"x = r'\\n' 'y'\n",
     "Module\n  Assign\n    Name x store\n    Str \"\\\\ny\"\n"},
    {"x = f'a{b}c{d!r}e{f:>10}g{h:{w}.{p}}'\n",
     "Module\n  Assign\n    Name x store\n    FString\n      Str \"a\"\n      Formatted\n        Name b\n      Str \"c\"\n      Formatted !r\n        Name d\n      Str \"e\"\n      Formatted\n        Name f\n        spec:\n          FString\n            Str \">10\"\n      Str \"g\"\n      Formatted\n        Name h\n        spec:\n          FString\n            Formatted\n              Name w\n            Str \".\"\n            Formatted\n              Name p\n"},
    {"x = f'{{literal}} {a[\"k\"]} {b + 1}'\n",
     "Module\n  Assign\n    Name x store\n    FString\n      Str \"{literal} \"\n      Formatted\n        Subscript\n          Name a\n          Str \"k\"\n      Str \" \"\n      Formatted\n        BinOp +\n          Name b\n          Int 1\n"},
    {"x = 'plain ' f'{x}' ' tail'\n",
     "Module\n  Assign\n    Name x store\n    FString\n      Str \"plain \"\n      Formatted\n        Name x\n      Str \" tail\"\n"},
    {"if (n := len(a)) > 3: pass\n",
     "Module\n  If\n    Compare >\n      NamedExpr\n        Name n store\n        Call\n          Name len\n          Name a\n      Int 3\n    body:\n      Pass\n"},
    {"def g():\n    x = yield 1\n    yield from y\n    await z\n",
     "Module\n  FunctionDef g\n    Arguments\n    body:\n      Assign\n        Name x store\n        Yield\n          Int 1\n      Expr\n        YieldFrom\n          Name y\n      Expr\n        Await\n          Name z\n"},
    {"async def f():\n    pass\nasync def g(): pass\n",
     "Module\n  Async async def\n  Async async def\n"},
    {"match command:\n    case 'go':\n        pass\n    case _:\n        pass\nmatch = 1\n",
     "Module\n  Match match statement\n  Assign\n    Name match store\n    Int 1\n"},
    {"x = 1; y = 2;\nif x: y = 3; z = 4\n",
     "Module\n  Assign\n    Name x store\n    Int 1\n  Assign\n    Name y store\n    Int 2\n  If\n    Name x\n    body:\n      Assign\n        Name y store\n        Int 3\n      Assign\n        Name z store\n        Int 4\n"},
    {"x = (1 +\n     2)\ny = [\n    3,\n]\nz = 4 + \\\n    5\n",
     "Module\n  Assign\n    Name x store\n    BinOp +\n      Int 1\n      Int 2\n  Assign\n    Name y store\n    List\n      Int 3\n  Assign\n    Name z store\n    BinOp +\n      Int 4\n      Int 5\n"},
    {"print(*args, sep='')\n",
     "Module\n  Expr\n    Call\n      Name print\n      Starred\n        Name args\n      Keyword sep\n        Str \"\"\n"},
    {"a[*b] = c\n",
     "Module\n  Assign\n    Subscript store\n      Name a\n      Tuple\n        Starred\n          Name b\n    Name c\n"},
    {"x = f'{a=} {b = !s} {c=:>4}'\n",
     "Module\n  Assign\n    Name x store\n    FString\n      Formatted !r debug \"a=\"\n        Name a\n      Str \" \"\n      Formatted !s debug \"b = \"\n        Name b\n      Str \" \"\n      Formatted debug \"c=\"\n        Name c\n        spec:\n          FString\n            Str \">4\"\n"},
};
static const struct { const char *src; size_t len; const char *kind, *msg; int line, col; } error_cases[] = {
    {"x = = 1", 7, "SyntaxError", "invalid syntax", 1, 4},
    {"if x\n    pass", 13, "SyntaxError", "expected ':'", 1, 4},
    {"for x in y\n    pass", 19, "SyntaxError", "expected ':'", 1, 10},
    {"def f()\n    pass", 16, "SyntaxError", "expected ':'", 1, 7},
    {"x = (1,\n2", 9, "SyntaxError", "'(' was never closed", 1, 4},
    {"x)", 2, "SyntaxError", "unmatched ')'", 1, 1},
    {"x = 'abc", 8, "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4},
    {"x = '''abc\n\n", 12, "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 4},
    {"1abc", 4, "SyntaxError", "invalid decimal literal", 1, 0},
    {"0777", 4, "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 0},
    {"print 'x'", 9, "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
    {"x = \xe2\x82\xac""", 7, "SyntaxError", "invalid character '\xe2\x82\xac""' (U+20AC)", 1, 4},
    {"1 = x", 5, "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0},
    {"f() = 1", 7, "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"del f()", 7, "SyntaxError", "cannot delete function call", 1, 4},
    {"a, b += 1", 9, "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0},
    {"def f(a=1, b): pass", 19, "SyntaxError", "non-default argument follows default argument", 1, 11},
    {"f(a=1, b)", 9, "SyntaxError", "positional argument follows keyword argument", 1, 8},
    {"try:\n pass\nexcept:\n pass\nexcept E:\n pass", 40, "SyntaxError", "default 'except:' must be last", 3, 0},
    {"  x", 3, "IndentationError", "unexpected indent", 1, 1},
    {"if 1:\nx", 7, "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0},
    {"if 1:\n  x\n y", 12, "IndentationError", "unindent does not match any outer indentation level", 3, 2},
    {"if 1:\n\tx\n        y", 18, "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"f'{}'", 5, "SyntaxError", "f-string: empty expression not allowed", 1, 5},
    {"f'{x'", 5, "SyntaxError", "f-string: expecting '}'", 1, 5},
    {"f'{x!z}'", 8, "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8},
    {"b'a' 'b'", 8, "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 8},
    {"x = 1 +", 7, "SyntaxError", "invalid syntax", 1, 7},
    {"class A(:", 9, "SyntaxError", "invalid syntax", 1, 8},
    {"x = 5 if 3", 10, "SyntaxError", "expected 'else' after 'if' expression", 1, 4},
    {"[a b]", 5, "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1},
    {"f(x for x in y, 1)", 18, "SyntaxError", "Generator expression must be parenthesized", 1, 2},
    {"if x = 1: pass", 14, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3},
    {"a, *b, *c = 1", 13, "SyntaxError", "multiple starred expressions in assignment", 1, 0},
    {"x = 1 \\ 2", 9, "SyntaxError", "unexpected character after line continuation character", 1, 7},
    {"def f(x):\nreturn 1", 18, "IndentationError", "expected an indented block after function definition on line 1", 2, 0},
    {"try:\n  pass\nelse:\n  pass", 24, "SyntaxError", "expected 'except' or 'finally' block", 3, 0},
    {"f(True=1)", 9, "SyntaxError", "cannot assign to True", 1, 2},
    {"for 1 in x: pass", 16, "SyntaxError", "cannot assign to literal", 1, 4},
    {"x = 0b12", 8, "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
    {"x = (1, 2]", 10, "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9},
    {"a\0b", 3, "SyntaxError", "source code cannot contain null bytes", 1, 0},
};

static const struct { const char *src; int incomplete; } repl_cases[] = {
    {"x = 1\n", 0},
    {"if x:\n", 1},
    {"if x:\n    y\n", 1},
    {"if x:\n    y\n\n", 0},
    {"x = (1,\n", 1},
    {"s = '''abc\n", 1},
    {"x = 1 + \\\n", 1},
    {"try:\n    pass\n", 1},
    {"@dec\n", 1},
    {"x = 1 +\n", 0},          /* a real error: report it now */
    {"s = 'abc\n", 0},
    {"for i in x: pass\n", 1}, /* compound statements end with a blank line */
    {"x = [\n1,\n2]\n", 0},
};

static unsigned long long lcg = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(void)
{
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(lcg >> 33);
}

/* Python-ish fragments make random inputs reach deep into the parser. */
static const char *const frags[] = {
    "def ", "f(", ")", "(", "[", "]", "{", "}", ":", "\n", "    ", "\t", "if ", "else", "x", " = ",
    "'", "\"", "'''", "f'{", "}'", "\\", "#", "1", "0x", "1e", ".", ",", "*", "**", "lambda", "for ",
    " in ", "yield", "@", "->", ":=", "class ", "try:", "except", "\\N{", "b'", "rf'", "{x!r:{y}}",
    "\xc3\xa9", "\xe2\x82\xac", "\xff", "async ", "match x:\n case 1:\n  pass\n", "with (a as b):",
    "import a.b", "from . import", "not ", "is ", "-", "~", "return", "del ", "global ", ";",
};

static int parse_ok(const char *src, size_t len, ParseMode mode, ParseError *err, char **dump)
{
    AstArena *a = ast_arena_new();
    Module *m = parse_source(a, src, len, mode, 0, err);
    if (dump) *dump = m ? ast_dump_module(m) : NULL;
    ast_arena_free(a);
    return m != NULL;
}

int main(void)
{
    int nd = (int)(sizeof dump_cases / sizeof *dump_cases);
    int ne = (int)(sizeof error_cases / sizeof *error_cases);
    int nr = (int)(sizeof repl_cases / sizeof *repl_cases);
    plan(nd + ne + nr + 12);

    for (int i = 0; i < nd; i++) {
        ParseError err;
        char *d = NULL;
        if (!parse_ok(dump_cases[i].src, strlen(dump_cases[i].src), PARSE_FILE, &err, &d))
            diag("case %d: %s: %s at %d:%d", i, err.kind, err.msg, err.line, err.col);
        is_str(d, dump_cases[i].dump, "dump %d", i);
        free(d);
    }

    for (int i = 0; i < ne; i++) {
        ParseError err;
        char got[400], want[400];
        if (parse_ok(error_cases[i].src, error_cases[i].len, PARSE_FILE, &err, NULL)) {
            snprintf(got, sizeof got, "no error");
        } else {
            snprintf(got, sizeof got, "%s: %s @%d:%d", err.kind, err.msg, err.line, err.col);
        }
        snprintf(want, sizeof want, "%s: %s @%d:%d", error_cases[i].kind, error_cases[i].msg, error_cases[i].line,
                 error_cases[i].col);
        is_str(got, want, "error %d", i);
    }

    for (int i = 0; i < nr; i++)
        ok(parse_is_incomplete(repl_cases[i].src, strlen(repl_cases[i].src)) == (bool)repl_cases[i].incomplete,
           "incomplete %d", i);

    /* Modes. */
    ParseError err;
    char *d;
    parse_ok("  1 + 2\n\n", 9, PARSE_EVAL, &err, &d);
    is_str(d, "Module\n  Expr\n    BinOp +\n      Int 1\n      Int 2\n", "eval: one expression");
    free(d);
    ok(!parse_ok("x = 1", 5, PARSE_EVAL, &err, NULL) && strcmp(err.msg, "invalid syntax") == 0, "eval: no statements");
    ok(!parse_ok("x = 1\ny = 2\n", 12, PARSE_SINGLE, &err, NULL)
           && strcmp(err.msg, "multiple statements found while compiling a single statement") == 0,
       "single: one statement");
    parse_ok("", 0, PARSE_FILE, &err, &d);
    is_str(d, "Module\n", "an empty file is an empty module");
    free(d);

    /* Caret ranges. */
    parse_ok("x = = 1", 7, PARSE_FILE, &err, NULL);
    ok(err.col == 4 && err.end_col == 5, "invalid syntax covers the token (%d-%d)", err.col, err.end_col);
    parse_ok("f() = 1", 7, PARSE_FILE, &err, NULL);
    ok(err.col == 0 && err.end_col == 3, "a bad target is underlined whole (%d-%d)", err.col, err.end_col);

    /* Random bytes and random fragments: an answer, never a crash. */
    static char buf[4096];
    int sane = 1;
    for (int it = 0; it < 4000; it++) {
        size_t len = 0;
        if (it % 2) {
            len = rnd() % 300;
            for (size_t i = 0; i < len; i++) buf[i] = (char)rnd();
        } else {
            int k = (int)(rnd() % 40);
            for (int j = 0; j < k; j++) {
                const char *f = frags[rnd() % (sizeof frags / sizeof *frags)];
                size_t fl = strlen(f);
                if (len + fl < sizeof buf) {
                    memcpy(buf + len, f, fl);
                    len += fl;
                }
            }
        }
        if (!parse_ok(buf, len, (ParseMode)(it % 3), &err, NULL)
            && (!err.kind || !err.msg[0] || err.line < 0 || err.col < 0 || err.end_col <= err.col))
            sane = 0;
        parse_is_incomplete(buf, len);
    }
    ok(sane, "4000 random inputs give a module or a well-formed error");

    /* 10000 nested brackets stop at CPython's limit of 200. */
    static char deep[200000];
    memset(deep, '[', 10000);
    ok(!parse_ok(deep, 10000, PARSE_FILE, &err, NULL) && strcmp(err.msg, "too many nested parentheses") == 0
           && err.col == 200,
       "10000 nested brackets: too many nested parentheses");
    size_t n = 0;
    for (int i = 0; i < 200; i++) deep[n++] = '(';
    deep[n++] = '1';
    for (int i = 0; i < 200; i++) deep[n++] = ')';
    ok(parse_ok(deep, n, PARSE_FILE, &err, NULL), "200 nested brackets are fine");

    /* Other self-recursive rules are bounded too: past CPython's 6000 rule
     * levels, a MemoryError as CPython 3.11's parser gives; below, a tree
     * (the compiler has its own limit). */
    const char *const chains[] = {"-", "not ", "lambda:", "x if y else ", "2**"};
    const int levels[] = {1, 1, 2, 1, 2};
    int bounded = 1, below = 1;
    for (int k = 0; k < 5; k++) {
        size_t cl = strlen(chains[k]);
        n = 0;
        while (n + cl < sizeof deep - 2) {
            memcpy(deep + n, chains[k], cl);
            n += cl;
        }
        deep[n++] = '1';
        if (parse_ok(deep, n, PARSE_FILE, &err, NULL) || strcmp(err.kind, "MemoryError") != 0) bounded = 0;
        n = 0;
        for (int i = 0; i < 5900 / levels[k] && n + cl < sizeof deep - 2; i++, n += cl)
            memcpy(deep + n, chains[k], cl);
        deep[n++] = '1';
        if (!parse_ok(deep, n, PARSE_FILE, &err, NULL)) below = 0;
    }
    ok(bounded, "long unary, not, lambda, if-else and ** chains give a MemoryError");
    ok(below, "the same chains just under the limit parse");

    /* Left-associative chains are loops: any length parses. */
    const char *const flat[] = {"+1", ".b", "(1)", "[0]", " and a", " < a"};
    int flat_ok = 1;
    for (int k = 0; k < 6; k++) {
        size_t cl = strlen(flat[k]);
        n = 0;
        deep[n++] = 'a';
        while (n + cl < sizeof deep) {
            memcpy(deep + n, flat[k], cl);
            n += cl;
        }
        if (!parse_ok(deep, n, PARSE_FILE, &err, NULL)) flat_ok = 0;
    }
    ok(flat_ok, "long +, attribute, call, subscript, and, < chains parse");
    return done();
}
