/* cost.h — what running Python code costs in virtual time.
 *
 * On the virtual backend the clock moves only by these costs, so they decide
 * how long a program "takes": the GIL's 5 ms switch interval is measured
 * against them. One table, calibrated so that ordinary CPU-bound Python takes
 * about as long in virtual time as under CPython 3.11 on a typical x86-64
 * machine (measured on the project's machines with tests/bench/calibrate.py):
 *
 *   for i in range(n): t += i          7 instructions   ~23 ns/iteration
 *   f(i) (a Python function)           ~24 ns/iteration
 *   a.m() (method reading self.x)      ~24 ns/iteration
 *   l.append(i)                        ~28 ns/iteration
 *   sum(list) per element              ~3 ns
 *   list copy / l * n per element      ~1 ns (a memcpy)
 *   sorted(list) per element           ~4 ns (already sorted: n comparisons)
 *   list(range(n)) per element         ~20 ns
 *
 * An instruction costs COST_BASE plus its kind's extra; builtins charge
 * their per-element costs with vm_charge. The real backend ignores all of
 * this: its clock is CLOCK_MONOTONIC.
 */
#ifndef GILSIM_COST_H
#define GILSIM_COST_H

#include <stdint.h>

#include "vm/opcodes.h"

/* ns of virtual time */
enum {
    COST_SIMPLE = 2,        /* loads, stores, stack shuffles, jumps */
    COST_OPERATOR = 6,      /* arithmetic, comparisons, subscripts */
    COST_LOOKUP = 4,        /* globals, attributes, methods */
    COST_ITER = 5,          /* FOR_ITER */
    COST_CALL = 4,          /* calling: the callee's own instructions add the rest */
    COST_BUILD = 10,        /* building a container (plus COST_PER_ITEM per item) */
    COST_SLOW = 40,         /* class and function creation, imports, exceptions */

    COST_PER_ITEM = 3,      /* one element of sum(), min(), max() */
    COST_PER_COPY = 1,      /* one element of a list or tuple copy, l * n, l + m */
    COST_PER_SORT_ITEM = 3, /* one comparison of sorted() / list.sort() */
    COST_PER_NEW_INT = 17,  /* building an int object (list(range(n))) */
};

/* Cost of one instruction: COST_SIMPLE plus its kind's extra. */
#define COST_EXTRA(kind) ((uint8_t)((kind) - COST_SIMPLE))
static const uint8_t cost_extra[OPCODE__COUNT] = {
    [OP_BINARY_OP] = COST_EXTRA(COST_OPERATOR), [OP_INPLACE_OP] = COST_EXTRA(COST_OPERATOR),
    [OP_COMPARE_OP] = COST_EXTRA(COST_OPERATOR), [OP_IS_OP] = COST_EXTRA(COST_OPERATOR),
    [OP_CONTAINS_OP] = COST_EXTRA(COST_OPERATOR), [OP_BINARY_SUBSCR] = COST_EXTRA(COST_OPERATOR),
    [OP_STORE_SUBSCR] = COST_EXTRA(COST_OPERATOR), [OP_DELETE_SUBSCR] = COST_EXTRA(COST_OPERATOR),
    [OP_UNARY_NEG] = COST_EXTRA(COST_OPERATOR), [OP_UNARY_POS] = COST_EXTRA(COST_OPERATOR),
    [OP_UNARY_INVERT] = COST_EXTRA(COST_OPERATOR), [OP_UNARY_NOT] = COST_EXTRA(COST_OPERATOR),
    [OP_LOAD_GLOBAL] = COST_EXTRA(COST_LOOKUP), [OP_STORE_GLOBAL] = COST_EXTRA(COST_LOOKUP),
    [OP_LOAD_NAME] = COST_EXTRA(COST_LOOKUP), [OP_STORE_NAME] = COST_EXTRA(COST_LOOKUP),
    [OP_LOAD_ATTR] = COST_EXTRA(COST_LOOKUP), [OP_STORE_ATTR] = COST_EXTRA(COST_LOOKUP),
    [OP_LOAD_METHOD] = COST_EXTRA(COST_LOOKUP), [OP_DELETE_ATTR] = COST_EXTRA(COST_LOOKUP),
    [OP_DELETE_GLOBAL] = COST_EXTRA(COST_LOOKUP), [OP_DELETE_NAME] = COST_EXTRA(COST_LOOKUP),
    [OP_LOAD_CLASSDEREF] = COST_EXTRA(COST_LOOKUP),
    [OP_FOR_ITER] = COST_EXTRA(COST_ITER), [OP_GET_ITER] = COST_EXTRA(COST_ITER),
    [OP_CALL] = COST_EXTRA(COST_CALL), [OP_CALL_METHOD] = COST_EXTRA(COST_CALL),
    [OP_CALL_FUNCTION_EX] = COST_EXTRA(COST_CALL),
    [OP_BUILD_TUPLE] = COST_EXTRA(COST_BUILD), [OP_BUILD_LIST] = COST_EXTRA(COST_BUILD),
    [OP_BUILD_SET] = COST_EXTRA(COST_BUILD), [OP_BUILD_MAP] = COST_EXTRA(COST_BUILD),
    [OP_BUILD_STRING] = COST_EXTRA(COST_BUILD), [OP_BUILD_SLICE] = COST_EXTRA(COST_BUILD),
    [OP_LIST_EXTEND] = COST_EXTRA(COST_BUILD), [OP_SET_UPDATE] = COST_EXTRA(COST_BUILD),
    [OP_DICT_UPDATE] = COST_EXTRA(COST_BUILD), [OP_DICT_MERGE] = COST_EXTRA(COST_BUILD),
    [OP_UNPACK_SEQUENCE] = COST_EXTRA(COST_BUILD), [OP_UNPACK_EX] = COST_EXTRA(COST_BUILD),
    [OP_FORMAT_VALUE] = COST_EXTRA(COST_BUILD), [OP_LIST_TO_TUPLE] = COST_EXTRA(COST_BUILD),
    [OP_LIST_APPEND] = COST_EXTRA(COST_BUILD), [OP_SET_ADD] = COST_EXTRA(COST_BUILD),
    [OP_MAP_ADD] = COST_EXTRA(COST_BUILD),
    [OP_MAKE_FUNCTION] = COST_EXTRA(COST_SLOW), [OP_BUILD_CLASS] = COST_EXTRA(COST_SLOW),
    [OP_IMPORT_NAME] = COST_EXTRA(COST_SLOW), [OP_IMPORT_FROM] = COST_EXTRA(COST_SLOW),
    [OP_IMPORT_STAR] = COST_EXTRA(COST_SLOW), [OP_RAISE_VARARGS] = COST_EXTRA(COST_SLOW),
    [OP_RERAISE] = COST_EXTRA(COST_SLOW), [OP_PUSH_EXC_INFO] = COST_EXTRA(COST_SLOW),
    [OP_CHECK_EXC_MATCH] = COST_EXTRA(COST_SLOW), [OP_BEFORE_WITH] = COST_EXTRA(COST_SLOW),
    [OP_WITH_EXCEPT_START] = COST_EXTRA(COST_SLOW), [OP_SEND] = COST_EXTRA(COST_CALL),
};

#endif
