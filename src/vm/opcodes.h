/* opcodes.h — gilsim's bytecode: one X-macro lists every opcode with its
 * stack effect (on the fall-through path) and its semantics.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, the
 * argument in the high 24 bits (a "wide operand": no EXTENDED_ARG is needed;
 * the compiler reports a SyntaxError beyond 2**24 constants/names/instructions).
 * Jump arguments are absolute instruction indexes. Conditional jumps only ever
 * go forward; the only backward jumps are JUMP_BACKWARD and the yield from
 * loop's JUMP_BACKWARD_NO_INTERRUPT.
 *
 * Check points (where the eval breaker is polled, as in CPython 3.11): RESUME
 * (function entry, and a generator's resumption after each yield),
 * JUMP_BACKWARD, and CALL / CALL_METHOD / CALL_FUNCTION_EX
 * after a call to a non-Python callee (a Python callee checks at its RESUME).
 * Nothing else polls, so `x += 1` on a global (LOAD_GLOBAL, LOAD_CONST,
 * INPLACE_OP, STORE_GLOBAL) cannot be interrupted between its load and store,
 * while `x = x + f()` can (the CALL). With --switch-points=every the loop
 * polls before every instruction instead.
 *
 * Exceptions use a table, not a block stack (zero-cost try, like 3.11): an
 * entry maps an instruction range to a handler and a stack depth; unwinding
 * pops the value stack to that depth, pushes the exception and jumps.
 *
 * Stack notation below: [a b -- c] pops b (top) and a, pushes c. "NULL" is
 * VAL_NULL used as a marker.
 */
#ifndef GILSIM_OPCODES_H
#define GILSIM_OPCODES_H

/* X(name, stack effect (may use `arg`), semantics) */
#define OPCODES(X) \
    X(NOP, 0, "do nothing") \
    X(RESUME, 0, "function entry: eval-breaker check point") \
    X(POP_TOP, -1, "[v -- ]") \
    X(COPY, 1, "[.. v(arg-th from top) .. -- .. v .. v]: push a copy of the arg-th item (1 = TOS)") \
    X(SWAP, 0, "swap TOS with the arg-th item (2 = the one below TOS)") \
    X(LOAD_CONST, 1, "[ -- consts[arg]]") \
    X(LOAD_FAST, 1, "[ -- locals[arg]]; UnboundLocalError if unbound") \
    X(STORE_FAST, -1, "[v -- ]: locals[arg] = v") \
    X(DELETE_FAST, 0, "locals[arg] = unbound; UnboundLocalError if unbound") \
    X(LOAD_DEREF, 1, "[ -- cell[arg].value]: cells and free variables (index past nlocals)") \
    X(STORE_DEREF, -1, "[v -- ]: cell[arg].value = v") \
    X(DELETE_DEREF, 0, "cell[arg].value = unbound") \
    X(LOAD_CLOSURE, 1, "[ -- cell[arg]]: the cell itself, to build a closure") \
    X(LOAD_CLASSDEREF, 1, "[ -- v]: class body: locals dict[name of cell arg], else the cell") \
    X(LOAD_GLOBAL, 1, "[ -- v]: globals[names[arg]], else builtins (cached by dict versions)") \
    X(STORE_GLOBAL, -1, "[v -- ]: globals[names[arg]] = v") \
    X(DELETE_GLOBAL, 0, "del globals[names[arg]]") \
    X(LOAD_NAME, 1, "[ -- v]: locals dict, globals, builtins (class bodies)") \
    X(STORE_NAME, -1, "[v -- ]: locals dict[names[arg]] = v") \
    X(DELETE_NAME, 0, "del locals dict[names[arg]]") \
    X(LOAD_ATTR, 0, "[o -- o.names[arg]]") \
    X(STORE_ATTR, -2, "[v o -- ]: o.names[arg] = v") \
    X(DELETE_ATTR, -1, "[o -- ]: del o.names[arg]") \
    X(LOAD_METHOD, 1, "[o -- meth o] when o.name is a plain method (no bound method made), else [o -- NULL attr]") \
    X(BINARY_SUBSCR, -1, "[o k -- o[k]]") \
    X(STORE_SUBSCR, -3, "[v o k -- ]: o[k] = v") \
    X(DELETE_SUBSCR, -2, "[o k -- ]: del o[k]") \
    X(BINARY_OP, -1, "[a b -- a op b]: arg is a BinaryOp") \
    X(INPLACE_OP, -1, "[a b -- a op= b]: arg is a BinaryOp") \
    X(UNARY_NEG, 0, "[a -- -a]") \
    X(UNARY_POS, 0, "[a -- +a]") \
    X(UNARY_INVERT, 0, "[a -- ~a]") \
    X(UNARY_NOT, 0, "[a -- not a]") \
    X(COMPARE_OP, -1, "[a b -- a cmp b]: arg is CMP_LT..CMP_GE") \
    X(IS_OP, -1, "[a b -- a is b] (arg 1: is not)") \
    X(CONTAINS_OP, -1, "[a b -- a in b] (arg 1: not in)") \
    X(JUMP, 0, "jump forward to arg") \
    X(JUMP_BACKWARD, 0, "jump back to arg: eval-breaker check point") \
    X(POP_JUMP_IF_FALSE, -1, "[v -- ]: jump to arg if not v") \
    X(POP_JUMP_IF_TRUE, -1, "[v -- ]: jump to arg if v") \
    X(JUMP_IF_FALSE_OR_POP, -1, "if not TOS: jump to arg keeping it, else pop it (and)") \
    X(JUMP_IF_TRUE_OR_POP, -1, "if TOS: jump to arg keeping it, else pop it (or)") \
    X(GET_ITER, 0, "[o -- iter(o)]") \
    X(FOR_ITER, 1, "[it -- it next(it)]; exhausted: [it -- ] and jump to arg") \
    X(BUILD_TUPLE, 1 - (arg), "[a1..an -- (a1..an)]") \
    X(BUILD_LIST, 1 - (arg), "[a1..an -- [a1..an]]") \
    X(BUILD_SET, 1 - (arg), "[a1..an -- {a1..an}]") \
    X(BUILD_MAP, 1 - 2 * (arg), "[k1 v1..kn vn -- {k1: v1..}]") \
    X(BUILD_STRING, 1 - (arg), "[s1..sn -- s1+..+sn] (strs)") \
    X(BUILD_SLICE, 1 - (arg), "[lo hi (step) -- slice]: arg 2 or 3") \
    X(LIST_APPEND, -1, "[.. list(arg-th below v) .. v -- ..]: list.append(v) (comprehensions)") \
    X(SET_ADD, -1, "[.. set .. v -- ..]: set.add(v)") \
    X(MAP_ADD, -2, "[.. dict .. k v -- ..]: dict[k] = v") \
    X(LIST_EXTEND, -1, "[.. list .. it -- ..]: list.extend(it) (the `*it` of displays)") \
    X(SET_UPDATE, -1, "[.. set .. it -- ..]: set.update(it)") \
    X(DICT_UPDATE, -1, "[.. dict .. m -- ..]: dict.update(m) (the `**m` of displays)") \
    X(DICT_MERGE, -1, "[.. dict m -- ..]: like DICT_UPDATE but duplicate keys are an error (call `**m`); arg: distance to the callable") \
    X(LIST_TO_TUPLE, 0, "[list -- tuple(list)]") \
    X(UNPACK_SEQUENCE, (arg) - 1, "[seq -- a_n .. a_1]: exactly arg items, a_1 on top") \
    X(UNPACK_EX, ((arg) & 0xFF) + ((arg) >> 8), "[seq -- after.. list before..]: a, *b, c (arg = before | after << 8)") \
    X(FORMAT_VALUE, ((arg) & 4) ? -1 : 0, "[v (spec) -- str]: arg&3: 0 none 1 str 2 repr 3 ascii; arg&4: has spec") \
    X(KW_NAMES, 0, "the next CALL's last len(consts[arg]) arguments are keywords named by that tuple") \
    X(CALL, -(arg), "[f a1..an -- f(a1..an)]; check point after a non-Python callee") \
    X(CALL_METHOD, -(arg) - 1, "[meth self a1..an -- res] or [NULL f a1..an -- res]; check point as CALL") \
    X(CALL_FUNCTION_EX, -1 - ((arg) & 1), "[f args (kwargs) -- f(*args, **kwargs)]: arg&1: kwargs dict present") \
    X(MAKE_FUNCTION, -(((arg) & 1) + (((arg) >> 1) & 1) + (((arg) >> 2) & 1) + (((arg) >> 3) & 1)), \
      "[(defaults) (kwdefaults) (annotations) (closure) code -- function]: arg&1 defaults tuple, &2 kwdefaults dict, &4 annotations dict, &8 closure tuple") \
    X(BUILD_CLASS, -2 - (arg), "[body_func name bases (kwargs) -- class]: runs the body with a fresh namespace, then class_build (arg 1: a keywords dict)") \
    X(RETURN_VALUE, -1, "[v -- ]: return v to the caller") \
    X(YIELD_VALUE, 0, "[v -- sent]: a generator suspends, yielding v; resumed, the sent value replaces it") \
    X(GET_YIELD_FROM_ITER, 0, "[o -- it]: a generator itself, else iter(o)") \
    X(SEND, 0, "[recv v -- recv res]: res = next(recv) (v None) or recv.send(v); recv done: [recv v -- retval], jump to arg") \
    X(JUMP_BACKWARD_NO_INTERRUPT, 0, "jump back to arg without a check point (the yield from loop)") \
    X(RAISE_VARARGS, -(arg), "arg 0: re-raise the handled exception; 1: [exc -- ] raise; 2: [exc cause -- ] raise from") \
    X(RERAISE, -1, "[exc -- ]: raise exc again, its traceback unchanged") \
    X(PUSH_EXC_INFO, 1, "[exc -- prev exc]: exc becomes the handled exception") \
    X(POP_EXCEPT, -1, "[prev -- ]: prev becomes the handled exception again") \
    X(CHECK_EXC_MATCH, 0, "[exc type -- exc bool]: isinstance(exc, type) (type: class or tuple)") \
    X(BEFORE_WITH, 1, "[mgr -- exit enter_result]: exit is mgr.__exit__ bound") \
    X(WITH_EXCEPT_START, 1, "[exit prev exc -- exit prev exc res]: res = exit(type(exc), exc, tb)") \
    X(LOAD_ASSERTION_ERROR, 1, "[ -- AssertionError]") \
    X(IMPORT_NAME, 1, "[ -- module]: import names[arg] (dotted)") \
    X(IMPORT_FROM, 1, "[m -- m m.names[arg]]: ImportError 'cannot import name' when missing") \
    X(IMPORT_STAR, -1, "[m -- ]: from m import * into the module namespace") \
    X(PRINT_EXPR, -1, "[v -- ]: interactive mode: print repr(v) unless None, builtins._ = v")

typedef enum Opcode {
#define OPCODE_ENUM(name, effect, doc) OP_##name,
    OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPCODE__COUNT
} Opcode;

_Static_assert(OPCODE__COUNT <= 256, "opcodes fit in 8 bits");

#define INSTR_OP(w) ((int)((w) & 0xFF))
#define INSTR_ARG(w) ((int)((w) >> 8))
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xFFFFFF

/* FORMAT_VALUE flags */
enum { FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_MASK = 3, FV_HAVE_SPEC = 4 };
/* MAKE_FUNCTION flags */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };

extern const char *const opcode_names[OPCODE__COUNT];
/* Stack effect of op with argument arg; jump: the effect when the jump is taken. */
int opcode_stack_effect(int op, int arg, int jump);
/* Is op an eval-breaker check point (with the default cpython switch points)? */
int opcode_is_check_point(int op);
/* Does op take a jump target as its argument? */
int opcode_has_jump(int op);

#endif
