/* test_compile.c — the compiler's output, checked as disassembly listings,
 * and the placement of eval-breaker check points (CPython 3.11's: a global
 * `x += 1` has none between its load and store; `x = x + f()` has the CALL).
 *
 * Each listing below was produced by code_disassemble and checked by hand
 * against the semantics in opcodes.h; a change in code generation shows up
 * here as a diff. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tap.h"
#include "vm/abstract.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/parse.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

typedef struct Case { const char *name, *source, *listing; } Case;

static const Case cases[] = {
    {"global_augassign",
        "x = 0\n"
        "def f():\n"
        "    global x\n"
        "    x += 1\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (0)\n"
        "         2 STORE_GLOBAL         0 (x)\n"
        "\n"
        "   2     3 LOAD_CONST           1 (<code object f>)\n"
        "         4 MAKE_FUNCTION        0\n"
        "         5 STORE_GLOBAL         1 (f)\n"
        "         6 LOAD_CONST           2 (None)\n"
        "         7 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of f:\n"
        "   2     0 RESUME               0\n"
        "\n"
        "   4     1 LOAD_GLOBAL          0 (x)\n"
        "         2 LOAD_CONST           0 (1)\n"
        "         3 INPLACE_OP           0 (+=)\n"
        "         4 STORE_GLOBAL         0 (x)\n"
        "         5 LOAD_CONST           1 (None)\n"
        "         6 RETURN_VALUE         0\n"},
    {"global_plus_call",
        "x = 0\n"
        "def g():\n"
        "    global x\n"
        "    x = x + f()\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (0)\n"
        "         2 STORE_GLOBAL         0 (x)\n"
        "\n"
        "   2     3 LOAD_CONST           1 (<code object g>)\n"
        "         4 MAKE_FUNCTION        0\n"
        "         5 STORE_GLOBAL         1 (g)\n"
        "         6 LOAD_CONST           2 (None)\n"
        "         7 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of g:\n"
        "   2     0 RESUME               0\n"
        "\n"
        "   4     1 LOAD_GLOBAL          0 (x)\n"
        "         2 LOAD_GLOBAL          1 (f)\n"
        "         3 CALL                 0\n"
        "         4 BINARY_OP            0 (+)\n"
        "         5 STORE_GLOBAL         0 (x)\n"
        "         6 LOAD_CONST           0 (None)\n"
        "         7 RETURN_VALUE         0\n"},
    {"for_range_if",
        "def loop(n):\n"
        "    total = 0\n"
        "    for i in range(n):\n"
        "        if i % 2:\n"
        "            total += i\n"
        "        else:\n"
        "            total -= 1\n"
        "    return total\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object loop>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (loop)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of loop:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_CONST           0 (0)\n"
        "         2 STORE_FAST           1 (total)\n"
        "\n"
        "   3     3 LOAD_GLOBAL          0 (range)\n"
        "         4 LOAD_FAST            0 (n)\n"
        "         5 CALL                 1\n"
        "         6 GET_ITER             0\n"
        "         7 FOR_ITER             23 (to 23)\n"
        "         8 STORE_FAST           2 (i)\n"
        "\n"
        "   4     9 LOAD_FAST            2 (i)\n"
        "        10 LOAD_CONST           1 (2)\n"
        "        11 BINARY_OP            6 (%)\n"
        "        12 POP_JUMP_IF_FALSE    18 (to 18)\n"
        "\n"
        "   5    13 LOAD_FAST            1 (total)\n"
        "        14 LOAD_FAST            2 (i)\n"
        "        15 INPLACE_OP           0 (+=)\n"
        "        16 STORE_FAST           1 (total)\n"
        "        17 JUMP                 22 (to 22)\n"
        "\n"
        "   7    18 LOAD_FAST            1 (total)\n"
        "        19 LOAD_CONST           2 (1)\n"
        "        20 INPLACE_OP           1 (-=)\n"
        "        21 STORE_FAST           1 (total)\n"
        "\n"
        "   3    22 JUMP_BACKWARD        7 (to 7)\n"
        "\n"
        "   8    23 LOAD_FAST            1 (total)\n"
        "        24 RETURN_VALUE         0\n"
        "        25 LOAD_CONST           3 (None)\n"
        "        26 RETURN_VALUE         0\n"},
    {"while_break_continue",
        "def spin(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "        if n == 5:\n"
        "            continue\n"
        "        if n == 2:\n"
        "            break\n"
        "    else:\n"
        "        return -1\n"
        "    return n\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object spin>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (spin)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of spin:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 NOP                  0\n"
        "         2 LOAD_FAST            0 (n)\n"
        "         3 LOAD_CONST           0 (0)\n"
        "         4 COMPARE_OP           4 (>)\n"
        "         5 POP_JUMP_IF_FALSE    21 (to 21)\n"
        "\n"
        "   3     6 LOAD_FAST            0 (n)\n"
        "         7 LOAD_CONST           1 (1)\n"
        "         8 INPLACE_OP           1 (-=)\n"
        "         9 STORE_FAST           0 (n)\n"
        "\n"
        "   4    10 LOAD_FAST            0 (n)\n"
        "        11 LOAD_CONST           2 (5)\n"
        "        12 COMPARE_OP           2 (==)\n"
        "        13 POP_JUMP_IF_FALSE    15 (to 15)\n"
        "\n"
        "   5    14 JUMP_BACKWARD        2 (to 2)\n"
        "\n"
        "   6    15 LOAD_FAST            0 (n)\n"
        "        16 LOAD_CONST           3 (2)\n"
        "        17 COMPARE_OP           2 (==)\n"
        "        18 POP_JUMP_IF_FALSE    20 (to 20)\n"
        "\n"
        "   7    19 JUMP                 23 (to 23)\n"
        "\n"
        "   2    20 JUMP_BACKWARD        2 (to 2)\n"
        "\n"
        "   9    21 LOAD_CONST           4 (-1)\n"
        "        22 RETURN_VALUE         0\n"
        "\n"
        "  10    23 LOAD_FAST            0 (n)\n"
        "        24 RETURN_VALUE         0\n"
        "        25 LOAD_CONST           5 (None)\n"
        "        26 RETURN_VALUE         0\n"},
    {"try_except_finally",
        "def guard(f):\n"
        "    try:\n"
        "        return f()\n"
        "    except (ValueError, TypeError) as e:\n"
        "        return e\n"
        "    finally:\n"
        "        print(\"done\")\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object guard>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (guard)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of guard:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   3     1 LOAD_FAST            0 (f)\n"
        "         2 CALL                 0\n"
        "\n"
        "   7     3 LOAD_GLOBAL          0 (print)\n"
        "         4 LOAD_CONST           0 ('done')\n"
        "         5 CALL                 1\n"
        "         6 POP_TOP              0\n"
        "\n"
        "   3     7 RETURN_VALUE         0\n"
        "         8 JUMP                 40 (to 40)\n"
        "         9 PUSH_EXC_INFO        0\n"
        "\n"
        "   4    10 LOAD_GLOBAL          1 (ValueError)\n"
        "        11 LOAD_GLOBAL          2 (TypeError)\n"
        "        12 BUILD_TUPLE          2\n"
        "        13 CHECK_EXC_MATCH      0\n"
        "        14 POP_JUMP_IF_FALSE    36 (to 36)\n"
        "        15 STORE_FAST           1 (e)\n"
        "\n"
        "   5    16 LOAD_FAST            1 (e)\n"
        "        17 SWAP                 2\n"
        "        18 POP_EXCEPT           0\n"
        "        19 LOAD_CONST           1 (None)\n"
        "        20 STORE_FAST           1 (e)\n"
        "        21 DELETE_FAST          1 (e)\n"
        "\n"
        "   7    22 LOAD_GLOBAL          0 (print)\n"
        "        23 LOAD_CONST           0 ('done')\n"
        "        24 CALL                 1\n"
        "        25 POP_TOP              0\n"
        "\n"
        "   5    26 RETURN_VALUE         0\n"
        "        27 POP_EXCEPT           0\n"
        "        28 LOAD_CONST           1 (None)\n"
        "        29 STORE_FAST           1 (e)\n"
        "        30 DELETE_FAST          1 (e)\n"
        "        31 JUMP                 40 (to 40)\n"
        "        32 LOAD_CONST           1 (None)\n"
        "        33 STORE_FAST           1 (e)\n"
        "        34 DELETE_FAST          1 (e)\n"
        "        35 RERAISE              0\n"
        "        36 RERAISE              0\n"
        "        37 SWAP                 2\n"
        "        38 POP_EXCEPT           0\n"
        "        39 RERAISE              0\n"
        "\n"
        "   7    40 LOAD_GLOBAL          0 (print)\n"
        "        41 LOAD_CONST           0 ('done')\n"
        "        42 CALL                 1\n"
        "        43 POP_TOP              0\n"
        "        44 JUMP                 54 (to 54)\n"
        "        45 PUSH_EXC_INFO        0\n"
        "        46 LOAD_GLOBAL          0 (print)\n"
        "        47 LOAD_CONST           0 ('done')\n"
        "        48 CALL                 1\n"
        "        49 POP_TOP              0\n"
        "        50 RERAISE              0\n"
        "        51 SWAP                 2\n"
        "        52 POP_EXCEPT           0\n"
        "        53 RERAISE              0\n"
        "        54 LOAD_CONST           1 (None)\n"
        "        55 RETURN_VALUE         0\n"
        "ExceptionTable:\n"
        "  1 to 2 -> 9 [0]\n"
        "  7 to 7 -> 9 [0]\n"
        "  8 to 8 -> 45 [0]\n"
        "  9 to 15 -> 37 [1]\n"
        "  16 to 16 -> 32 [1]\n"
        "  17 to 21 -> 45 [0]\n"
        "  26 to 26 -> 32 [1]\n"
        "  27 to 36 -> 37 [1]\n"
        "  37 to 39 -> 45 [0]\n"
        "  45 to 50 -> 51 [1]\n"},
    {"with_statement",
        "def use(m):\n"
        "    with m as v:\n"
        "        v.go()\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object use>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (use)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of use:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_FAST            0 (m)\n"
        "         2 BEFORE_WITH          0\n"
        "         3 STORE_FAST           1 (v)\n"
        "\n"
        "   3     4 LOAD_FAST            1 (v)\n"
        "         5 LOAD_METHOD          0 (go)\n"
        "         6 CALL_METHOD          0\n"
        "         7 POP_TOP              0\n"
        "\n"
        "   2     8 LOAD_CONST           0 (None)\n"
        "         9 LOAD_CONST           0 (None)\n"
        "        10 LOAD_CONST           0 (None)\n"
        "        11 CALL                 3\n"
        "        12 POP_TOP              0\n"
        "        13 JUMP                 25 (to 25)\n"
        "        14 PUSH_EXC_INFO        0\n"
        "        15 WITH_EXCEPT_START    0\n"
        "        16 POP_JUMP_IF_TRUE     18 (to 18)\n"
        "        17 RERAISE              0\n"
        "        18 POP_TOP              0\n"
        "        19 POP_EXCEPT           0\n"
        "        20 POP_TOP              0\n"
        "        21 JUMP                 25 (to 25)\n"
        "        22 SWAP                 2\n"
        "        23 POP_EXCEPT           0\n"
        "        24 RERAISE              0\n"
        "        25 LOAD_CONST           0 (None)\n"
        "        26 RETURN_VALUE         0\n"
        "ExceptionTable:\n"
        "  3 to 7 -> 14 [1]\n"
        "  14 to 20 -> 22 [2]\n"},
    {"closure_nonlocal",
        "def counter():\n"
        "    n = 0\n"
        "    def inc(k=1):\n"
        "        nonlocal n\n"
        "        n += k\n"
        "        return n\n"
        "    return inc\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object counter>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (counter)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of counter:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_CONST           0 (0)\n"
        "         2 STORE_DEREF          0 (n)\n"
        "\n"
        "   3     3 LOAD_CONST           1 (1)\n"
        "         4 BUILD_TUPLE          1\n"
        "         5 LOAD_CLOSURE         0 (n)\n"
        "         6 BUILD_TUPLE          1\n"
        "         7 LOAD_CONST           2 (<code object inc>)\n"
        "         8 MAKE_FUNCTION        9\n"
        "         9 STORE_FAST           0 (inc)\n"
        "\n"
        "   7    10 LOAD_FAST            0 (inc)\n"
        "        11 RETURN_VALUE         0\n"
        "        12 LOAD_CONST           3 (None)\n"
        "        13 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of counter.<locals>.inc:\n"
        "   3     0 RESUME               0\n"
        "\n"
        "   5     1 LOAD_DEREF           0 (n)\n"
        "         2 LOAD_FAST            0 (k)\n"
        "         3 INPLACE_OP           0 (+=)\n"
        "         4 STORE_DEREF          0 (n)\n"
        "\n"
        "   6     5 LOAD_DEREF           0 (n)\n"
        "         6 RETURN_VALUE         0\n"
        "         7 LOAD_CONST           0 (None)\n"
        "         8 RETURN_VALUE         0\n"},
    {"class_super",
        "class B(A):\n"
        "    def m(self):\n"
        "        return super().m()\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object B>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 LOAD_CONST           1 ('B')\n"
        "         4 LOAD_GLOBAL          0 (A)\n"
        "         5 BUILD_TUPLE          1\n"
        "         6 BUILD_CLASS          0\n"
        "         7 STORE_GLOBAL         1 (B)\n"
        "         8 LOAD_CONST           2 (None)\n"
        "         9 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of B:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_NAME            0 (__name__)\n"
        "         2 STORE_NAME           1 (__module__)\n"
        "         3 LOAD_CONST           0 ('B')\n"
        "         4 STORE_NAME           2 (__qualname__)\n"
        "\n"
        "   2     5 LOAD_CLOSURE         0 (__class__)\n"
        "         6 BUILD_TUPLE          1\n"
        "         7 LOAD_CONST           1 (<code object m>)\n"
        "         8 MAKE_FUNCTION        8\n"
        "         9 STORE_NAME           3 (m)\n"
        "        10 LOAD_CLOSURE         0 (__class__)\n"
        "        11 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of B.m:\n"
        "   2     0 RESUME               0\n"
        "\n"
        "   3     1 LOAD_GLOBAL          0 (super)\n"
        "         2 CALL                 0\n"
        "         3 LOAD_METHOD          1 (m)\n"
        "         4 CALL_METHOD          0\n"
        "         5 RETURN_VALUE         0\n"
        "         6 LOAD_CONST           0 (None)\n"
        "         7 RETURN_VALUE         0\n"},
    {"listcomp",
        "def squares(xs):\n"
        "    return [x * x for x in xs if x > 0]\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object squares>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (squares)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of squares:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_CONST           0 (<code object <listcomp>>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 LOAD_FAST            0 (xs)\n"
        "         4 GET_ITER             0\n"
        "         5 CALL                 1\n"
        "         6 RETURN_VALUE         0\n"
        "         7 LOAD_CONST           1 (None)\n"
        "         8 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of squares.<locals>.<listcomp>:\n"
        "   2     0 RESUME               0\n"
        "         1 BUILD_LIST           0\n"
        "         2 LOAD_FAST            0 (.0)\n"
        "         3 FOR_ITER             14 (to 14)\n"
        "         4 STORE_FAST           1 (x)\n"
        "         5 LOAD_FAST            1 (x)\n"
        "         6 LOAD_CONST           0 (0)\n"
        "         7 COMPARE_OP           4 (>)\n"
        "         8 POP_JUMP_IF_FALSE    13 (to 13)\n"
        "         9 LOAD_FAST            1 (x)\n"
        "        10 LOAD_FAST            1 (x)\n"
        "        11 BINARY_OP            2 (*)\n"
        "        12 LIST_APPEND          2\n"
        "        13 JUMP_BACKWARD        3 (to 3)\n"
        "        14 RETURN_VALUE         0\n"},
    {"calls",
        "def call(f, o, a, kw):\n"
        "    o.meth(1, key=2)\n"
        "    return f(0, *a, x=1, **kw)\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object call>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (call)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of call:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_FAST            1 (o)\n"
        "         2 LOAD_METHOD          0 (meth)\n"
        "         3 LOAD_CONST           0 (1)\n"
        "         4 LOAD_CONST           1 (2)\n"
        "         5 KW_NAMES             2 (('key',))\n"
        "         6 CALL_METHOD          2\n"
        "         7 POP_TOP              0\n"
        "\n"
        "   3     8 LOAD_FAST            0 (f)\n"
        "         9 LOAD_CONST           3 (0)\n"
        "        10 BUILD_LIST           1\n"
        "        11 LOAD_FAST            2 (a)\n"
        "        12 LIST_EXTEND          1\n"
        "        13 LIST_TO_TUPLE        0\n"
        "        14 BUILD_MAP            0\n"
        "        15 LOAD_CONST           4 ('x')\n"
        "        16 LOAD_CONST           0 (1)\n"
        "        17 BUILD_MAP            1\n"
        "        18 DICT_MERGE           1\n"
        "        19 LOAD_FAST            3 (kw)\n"
        "        20 DICT_MERGE           1\n"
        "        21 CALL_FUNCTION_EX     1\n"
        "        22 RETURN_VALUE         0\n"
        "        23 LOAD_CONST           5 (None)\n"
        "        24 RETURN_VALUE         0\n"},
    {"compare_boolops",
        "def cmp(a, b, c):\n"
        "    return a < b < c and not a or b\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object cmp>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (cmp)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of cmp:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_FAST            0 (a)\n"
        "         2 LOAD_FAST            1 (b)\n"
        "         3 SWAP                 2\n"
        "         4 COPY                 2\n"
        "         5 COMPARE_OP           0 (<)\n"
        "         6 JUMP_IF_FALSE_OR_POP 10 (to 10)\n"
        "         7 LOAD_FAST            2 (c)\n"
        "         8 COMPARE_OP           0 (<)\n"
        "         9 JUMP                 12 (to 12)\n"
        "        10 SWAP                 2\n"
        "        11 POP_TOP              0\n"
        "        12 JUMP_IF_FALSE_OR_POP 15 (to 15)\n"
        "        13 LOAD_FAST            0 (a)\n"
        "        14 UNARY_NOT            0\n"
        "        15 JUMP_IF_TRUE_OR_POP  17 (to 17)\n"
        "        16 LOAD_FAST            1 (b)\n"
        "        17 RETURN_VALUE         0\n"
        "        18 LOAD_CONST           0 (None)\n"
        "        19 RETURN_VALUE         0\n"},
    {"unpack_star",
        "def unpack(seq):\n"
        "    a, *b, c = seq\n"
        "    return a, b, c\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object unpack>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (unpack)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of unpack:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_FAST            0 (seq)\n"
        "         2 UNPACK_EX            257\n"
        "         3 STORE_FAST           1 (a)\n"
        "         4 STORE_FAST           2 (b)\n"
        "         5 STORE_FAST           3 (c)\n"
        "\n"
        "   3     6 LOAD_FAST            1 (a)\n"
        "         7 LOAD_FAST            2 (b)\n"
        "         8 LOAD_FAST            3 (c)\n"
        "         9 BUILD_TUPLE          3\n"
        "        10 RETURN_VALUE         0\n"
        "        11 LOAD_CONST           0 (None)\n"
        "        12 RETURN_VALUE         0\n"},
    {"yield_and_yield_from",
        "def gen(it):\n"
        "    x = yield 1\n"
        "    r = yield from it\n",
        "Disassembly of <module>:\n"
        "   1     0 RESUME               0\n"
        "         1 LOAD_CONST           0 (<code object gen>)\n"
        "         2 MAKE_FUNCTION        0\n"
        "         3 STORE_GLOBAL         0 (gen)\n"
        "         4 LOAD_CONST           1 (None)\n"
        "         5 RETURN_VALUE         0\n"
        "\n"
        "Disassembly of gen:\n"
        "   1     0 RESUME               0\n"
        "\n"
        "   2     1 LOAD_CONST           0 (1)\n"
        "         2 YIELD_VALUE          0\n"
        "         3 RESUME               1\n"
        "         4 STORE_FAST           1 (x)\n"
        "\n"
        "   3     5 LOAD_FAST            0 (it)\n"
        "         6 GET_YIELD_FROM_ITER  0\n"
        "         7 LOAD_CONST           1 (None)\n"
        "         8 SEND                 12 (to 12)\n"
        "         9 YIELD_VALUE          0\n"
        "        10 RESUME               2\n"
        "        11 JUMP_BACKWARD_NO_INTERRUPT 8 (to 8)\n"
        "        12 STORE_FAST           2 (r)\n"
        "        13 LOAD_CONST           1 (None)\n"
        "        14 RETURN_VALUE         0\n"},
};

static Value compile_text(ThreadState *ts, const char *src)
{
    return compile_source(ts, src, strlen(src), str_from_cstr(ts, "t.py"), PARSE_FILE);
}

/* The first code object named `name` among co's constants. */
static CodeObj *find_code(CodeObj *co, const char *name)
{
    for (int64_t i = 0; i < TUPLE(co->consts)->length; i++) {
        Value c = TUPLE(co->consts)->items[i];
        if (val_is(c, K_CODE) && str_eq_cstr(CODE(c)->name, name)) return CODE(c);
    }
    return NULL;
}

/* Is there a check point strictly between the first load of global `x` and
 * the store to it? -1 if the pattern is not found. */
static int check_point_between_load_and_store(CodeObj *co)
{
    int load = -1, store = -1;
    for (int i = 0; i < co->ncode; i++) {
        int op = INSTR_OP(co->code[i]), arg = INSTR_ARG(co->code[i]);
        Value name = (op == OP_LOAD_GLOBAL || op == OP_STORE_GLOBAL) ? TUPLE(co->names)->items[arg] : VAL_NULL;
        if (name && str_eq_cstr(name, "x")) {
            if (op == OP_LOAD_GLOBAL && load < 0) load = i;
            if (op == OP_STORE_GLOBAL) store = i;
        }
    }
    if (load < 0 || store < 0) return -1;
    for (int i = load + 1; i < store; i++)
        if (opcode_is_check_point(INSTR_OP(co->code[i]))) return 1;
    return 0;
}

static const char *error_message(ThreadState *ts, const char *src, int *line, int *offset)
{
    static char buf[256];
    Value code = compile_text(ts, src);
    if (code) return "no error";
    Value exc = err_fetch(ts);
    Value msg = obj_getattr_cstr(ts, exc, "msg");
    Value ln = obj_getattr_cstr(ts, exc, "lineno");
    Value off = obj_getattr_cstr(ts, exc, "offset");
    *line = ln && val_is_smallint(ln) ? (int)val_smallint(ln) : -1;
    *offset = off && val_is_smallint(off) ? (int)val_smallint(off) : -1;
    snprintf(buf, sizeof buf, "%s", msg && IS_STR(msg) ? str_cstr(msg) : "?");
    err_clear(ts);
    return buf;
}

int main(void)
{
    types_init();
    InterpConfig cfg;
    interp_config_default(&cfg);
    Interp *in = interp_new(&cfg);
    ThreadState *ts = interp_main_thread(in);
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    plan(ncases + 2 + 7 + 2);

    for (int i = 0; i < ncases; i++) {
        Value code = compile_text(ts, cases[i].source);
        if (!code) {
            err_clear(ts);
            ok(0, "%s compiles", cases[i].name);
            continue;
        }
        StrBuf sb;
        sb_init(&sb);
        code_disassemble(ts, code, &sb);
        is_str(sb.data, cases[i].listing, "disassembly of %s", cases[i].name);
        sb_free(&sb);
    }

    Value m1 = compile_text(ts, cases[0].source);
    CodeObj *f = m1 ? find_code(CODE(m1), "f") : NULL;
    ok(f && check_point_between_load_and_store(f) == 0,
       "global x += 1: no check point between LOAD_GLOBAL x and STORE_GLOBAL x");
    Value m2 = compile_text(ts, cases[1].source);
    CodeObj *g = m2 ? find_code(CODE(m2), "g") : NULL;
    ok(g && check_point_between_load_and_store(g) == 1,
       "x = x + f(): a check point (the CALL) between the load and the store");

    static const struct { const char *src, *msg; int line, offset; } errors[] = {
        {"print(1)\nif True:\n    break\n", "'break' outside loop", 3, 5},
        {"continue\n", "'continue' not properly in loop", 1, 1},
        {"x = 1\nreturn x\n", "'return' outside function", 2, 1},
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
        {"x = yield 1\n", "'yield' outside function", 1, 5},
        {"def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14},
    };
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        int line = 0, offset = 0;
        const char *msg = error_message(ts, errors[i].src, &line, &offset);
        ok(strcmp(msg, errors[i].msg) == 0 && line == errors[i].line && offset == errors[i].offset,
           "SyntaxError \"%s\" at %d:%d (got \"%s\" at %d:%d)", errors[i].msg, errors[i].line, errors[i].offset,
           msg, line, offset);
    }
    /* A check point at a while loop's JUMP_BACKWARD reports the line of the
     * instruction before the loop top (the ip has jumped there): the `while`
     * line, as CPython reports it, not the statement before the loop. */
    static const char *const loops[] = {
        "x = 1\ny = 2\nwhile x:\n    x = 0\n",
        "n = 0\nm = 1\nwhile True:\n    n += 1\n    if n > 3:\n        break\n",
    };
    for (int k = 0; k < 2; k++) {
        Value m = compile_text(ts, loops[k]);
        int line = -1;
        for (int i = 0; m && i < CODE(m)->ncode; i++)
            if (INSTR_OP(CODE(m)->code[i]) == OP_JUMP_BACKWARD)
                line = code_line_at(CODE(m), INSTR_ARG(CODE(m)->code[i]) - 1);
        ok(line == 3, "while loop %d: its check point reports the while line (got %d)", k, line);
    }
    interp_free(in);
    return done();
}
