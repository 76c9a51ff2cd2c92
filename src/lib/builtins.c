/* builtins.c — the builtins module: functions, types, exceptions, constants.
 *
 * Every function follows CPython 3.11's semantics and error messages,
 * including the arity messages, which differ with how CPython declares each
 * function (lib.h). Loops that call back into Python code (key functions,
 * __next__ of user iterators, __lt__ ...) keep what they hold across those
 * calls in the thread's GC root stack; a slot of that stack is updated in place
 * (ts->roots[i]) when the held value changes.
 *
 * globals(), locals(), vars() and dir() without an argument read the frame of
 * the Python code that called them (ts->frame: calling a native function
 * pushes no frame); locals() of a function is a snapshot dict, as in CPython.
 *
 * Missing on purpose: open() and the file system (DESIGN principle 4).
 * input() behaves as if stdin were empty (gilsim programs have no input): it
 * prints its prompt, then raises EOFError "EOF when reading a line".
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/builtins.h"
#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/class.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/parse.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/cost.h"
#include "vm/property.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"


#define ROOT_SET(ts, slot, v) ((ts)->roots[(slot)] = (v))

/* The keyword name at index i of kwnames, as a C string. */
static const char *kwname(Value kwnames, int64_t i) { return str_cstr(TUPLE(kwnames)->items[i]); }

static Value invalid_keyword(ThreadState *ts, Value kwnames, int64_t i, const char *fname)
{
    return err_format(ts, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                      kwname(kwnames, i), fname);
}

/* ---- print and input ---- */

static int write_to(ThreadState *ts, Value file, Value s)
{
    Value r = vm_call_method(ts, file, interp_intern_cstr(ts, "write"), 1, &s);
    return r ? 0 : -1;
}

static Value builtin_print(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    Value sep = VAL_NONE, end = VAL_NONE, file = VAL_NONE, flush = VAL_FALSE;
    for (int i = npos; i < argc; i++) {
        const char *k = kwname(kwnames, i - npos);
        if (!strcmp(k, "sep"))
            sep = argv[i];
        else if (!strcmp(k, "end"))
            end = argv[i];
        else if (!strcmp(k, "file"))
            file = argv[i];
        else if (!strcmp(k, "flush"))
            flush = argv[i];
        else
            return invalid_keyword(ts, kwnames, i - npos, "print");
    }
    if (sep != VAL_NONE && !IS_STR(sep))
        return err_format(ts, &exc_TypeError, "sep must be None or a string, not %s", val_type_name(sep));
    if (end != VAL_NONE && !IS_STR(end))
        return err_format(ts, &exc_TypeError, "end must be None or a string, not %s", val_type_name(end));
    if (file == VAL_NONE) {
        file = sysmod_stdout(ts);
        if (file == VAL_NONE)   /* sys.stdout = None: print does nothing */
            return VAL_NONE;
    }
    FILE *f = file ? sysmod_stdio_file(ts, file) : ts->interp->out;
    if (f) {
        /* the common case: one line built in a buffer, one write */
        StrBuf sb;
        sb_init(&sb);
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                if (sep == VAL_NONE)
                    sb_putc(&sb, ' ');
                else
                    sb_append_str(&sb, sep);
            }
            if (val_type(argv[i]) == &type_str)   /* a str subclass may override __str__ */
                sb_append_str(&sb, argv[i]);
            else if (sb_append_strof(ts, &sb, argv[i]) < 0) {
                sb_free(&sb);
                return VAL_NULL;
            }
        }
        if (end == VAL_NONE)
            sb_putc(&sb, '\n');
        else
            sb_append_str(&sb, end);
        fwrite(sb.data, 1, sb.len, f);
        if (ts->interp->output_events && f == ts->interp->out)   /* the live view's copy */
            sched_output(ts->sched, sb.data, sb.len);
        sb_free(&sb);
        int fl = obj_truthy(ts, flush);
        if (fl < 0)
            return VAL_NULL;
        if (fl || f == stderr)
            fflush(f);
        return VAL_NONE;
    }
    /* any object with a write method, called per piece as CPython does */
    gc_push_root(ts, file);
    Value result = VAL_NULL;
    for (int i = 0; i < npos; i++) {
        if (i > 0 && write_to(ts, file, sep == VAL_NONE ? str_from_cstr(ts, " ") : sep) < 0)
            goto done;
        Value s = obj_str(ts, argv[i]);
        if (!s || write_to(ts, file, s) < 0)
            goto done;
    }
    if (write_to(ts, file, end == VAL_NONE ? str_from_cstr(ts, "\n") : end) < 0)
        goto done;
    int fl = obj_truthy(ts, flush);
    if (fl < 0 || (fl && !vm_call_method(ts, file, interp_intern_cstr(ts, "flush"), 0, NULL)))
        goto done;
    result = VAL_NONE;
done:
    gc_pop_roots(ts, 1);
    return result;
}

static Value builtin_input(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "input", argc, kwnames, 0, 1))
        return VAL_NULL;
    if (argc == 1) {
        Value s = obj_str(ts, argv[0]);
        if (!s)
            return VAL_NULL;
        Value out = sysmod_stdout(ts);
        FILE *f = out ? sysmod_stdio_file(ts, out) : ts->interp->out;
        if (f) {
            fwrite(str_cstr(s), 1, (size_t)STR(s)->size, f);
            fflush(f);
        } else if (out != VAL_NONE && write_to(ts, out, s) < 0) {
            return VAL_NULL;
        }
    }
    /* The program's standard input, when it has one (headless runs). */
    FILE *in = ts->interp->in;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = in ? getline(&line, &cap, in) : -1;
    if (n < 0) {
        free(line);
        return err_format(ts, &exc_EOFError, "EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n') n--;
    if (!utf8_valid(line, (size_t)n)) {
        free(line);
        return err_format(ts, &exc_ValueError, "input() got a line that is not valid UTF-8");
    }
    Value r = str_new(ts, line, (size_t)n);
    free(line);
    return r;
}

/* ---- simple functions ---- */

static Value builtin_len(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "len", argc, kwnames))
        return VAL_NULL;
    Value v = argv[0];
    Type *t = val_type(v);
    if (t == &type_list)
        return val_from_smallint(LIST(v)->length);
    if (t == &type_str)
        return val_from_smallint(STR(v)->length);
    if (t == &type_tuple)
        return val_from_smallint(TUPLE(v)->length);
    int64_t n = obj_len(ts, v);
    return n < 0 ? VAL_NULL : int_from_i64(ts, n);
}

static Value builtin_abs(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "abs", argc, kwnames))
        return VAL_NULL;
    Value v = argv[0];
    if (val_is_smallint(v)) {
        int64_t i = val_smallint(v);
        return int_from_i64(ts, i < 0 ? -i : i);   /* -SMALLINT_MIN still fits an int64 */
    }
    if (IS_FLOAT(v))
        return float_new(ts, fabs(float_value(v)));
    return obj_unary(ts, NB_ABS, v);
}

/* all() and any(): stop at the first item whose truth is `stop_at`. */
static Value all_any(ThreadState *ts, Value iterable, bool stop_at)
{
    Value it = obj_iter(ts, iterable);
    if (!it)
        return VAL_NULL;
    gc_push_root(ts, it);
    Value result = val_bool(!stop_at);
    for (;;) {
        Value item = obj_next(ts, it);
        if (!item) {
            if (err_occurred(ts))
                result = VAL_NULL;
            break;
        }
        int t = obj_truthy(ts, item);
        if (t < 0) {
            result = VAL_NULL;
            break;
        }
        if ((bool)t == stop_at) {
            result = val_bool(stop_at);
            break;
        }
    }
    gc_pop_roots(ts, 1);
    return result;
}

static Value builtin_all(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "all", argc, kwnames))
        return VAL_NULL;
    return all_any(ts, argv[0], false);
}

static Value builtin_any(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "any", argc, kwnames))
        return VAL_NULL;
    return all_any(ts, argv[0], true);
}

static Value builtin_ascii(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "ascii", argc, kwnames))
        return VAL_NULL;
    return obj_ascii(ts, argv[0]);
}

static Value builtin_repr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "repr", argc, kwnames))
        return VAL_NULL;
    return obj_repr(ts, argv[0]);
}

static Value to_base(ThreadState *ts, const char *name, int argc, Value *argv, Value kwnames, int base)
{
    if (!lib_check_one(ts, name, argc, kwnames))
        return VAL_NULL;
    Value v = val_is_int(argv[0]) ? argv[0] : obj_index(ts, argv[0]);
    return v ? int_to_base_str(ts, v, base, true) : VAL_NULL;
}

static Value builtin_bin(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return to_base(ts, "bin", argc, argv, kwnames, 2);
}

static Value builtin_oct(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return to_base(ts, "oct", argc, argv, kwnames, 8);
}

static Value builtin_hex(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return to_base(ts, "hex", argc, argv, kwnames, 16);
}

static Value builtin_callable(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "callable", argc, kwnames))
        return VAL_NULL;
    return val_bool(obj_callable(argv[0]));
}

static Value builtin_chr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "chr", argc, kwnames))
        return VAL_NULL;
    int64_t i;
    if (!lib_index_i64(ts, argv[0], &i, "int"))
        return VAL_NULL;
    if (i > INT32_MAX || i < INT32_MIN)
        return err_format(ts, &exc_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff)
        return err_format(ts, &exc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    int n = utf8_encode((uint32_t)i, buf);
    return str_new(ts, buf, (size_t)n);
}

static Value builtin_ord(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "ord", argc, kwnames))
        return VAL_NULL;
    Value s = argv[0];
    if (!IS_STR(s))
        return err_format(ts, &exc_TypeError, "ord() expected string of length 1, but %s found",
                          val_type_name(s));
    if (STR(s)->length != 1)
        return err_format(ts, &exc_TypeError,
                          "ord() expected a character, but string of length %lld found",
                          (long long)STR(s)->length);
    uint32_t cp;
    utf8_decode(str_cstr(s), &cp);
    return val_from_smallint(cp);
}

static Value builtin_format(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, NULL};
    Value av[2];
    if (!args_bind(ts, "format", argc, argv, kwnames, 2, names, 2, 2, 1, av))
        return VAL_NULL;
    Value spec = av[1];
    if (!spec)
        spec = str_from_cstr(ts, "");
    else if (!IS_STR(spec))
        return err_format(ts, &exc_TypeError, "format() argument 2 must be str, not %s",
                          val_type_name(spec));
    return obj_format(ts, av[0], spec);
}

static bool check_attr_name(ThreadState *ts, Value name)
{
    if (IS_STR(name))
        return true;
    err_format(ts, &exc_TypeError, "attribute name must be string, not '%s'", val_type_name(name));
    return false;
}

static Value builtin_getattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "getattr", argc, kwnames, 2, 3) || !check_attr_name(ts, argv[1]))
        return VAL_NULL;
    if (argc == 2)
        return obj_getattr(ts, argv[0], argv[1]);
    Value v = obj_lookup_attr(ts, argv[0], argv[1]);
    if (!v && !err_occurred(ts))
        return argv[2];
    return v;
}

static Value builtin_hasattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "hasattr", argc, kwnames, 2, 2) || !check_attr_name(ts, argv[1]))
        return VAL_NULL;
    Value v = obj_lookup_attr(ts, argv[0], argv[1]);
    if (!v)
        return err_occurred(ts) ? VAL_NULL : VAL_FALSE;
    return VAL_TRUE;
}

static Value builtin_setattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "setattr", argc, kwnames, 3, 3) || !check_attr_name(ts, argv[1]))
        return VAL_NULL;
    return obj_setattr(ts, argv[0], argv[1], argv[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value builtin_delattr(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "delattr", argc, kwnames, 2, 2) || !check_attr_name(ts, argv[1]))
        return VAL_NULL;
    return obj_delattr(ts, argv[0], argv[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value builtin_hash(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "hash", argc, kwnames))
        return VAL_NULL;
    int64_t h = obj_hash(ts, argv[0]);
    if (h == -1 && err_occurred(ts))
        return VAL_NULL;
    return int_from_i64(ts, h);
}

/* id(): the object's address; a small int's tagged word (odd, so it never
 * collides with an address). */
static Value builtin_id(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_one(ts, "id", argc, kwnames))
        return VAL_NULL;
    return int_from_u64(ts, (uint64_t)argv[0]);
}

/* ---- divmod and pow ---- */

static bool is_number(Value v) { return val_is_int(v) || IS_FLOAT(v); }

static Value builtin_divmod(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "divmod", argc, kwnames, 2, 2))
        return VAL_NULL;
    Value a = argv[0], b = argv[1];
    if (is_number(a) && is_number(b)) {
        if ((IS_FLOAT(a) || IS_FLOAT(b))) {
            double d;
            if (!float_as_double(ts, b, &d))
                return VAL_NULL;
            if (d == 0.0)
                return err_format(ts, &exc_ZeroDivisionError, "float divmod()");
        }
        Value q = obj_binop(ts, OP_FLOORDIV, a, b);
        if (!q)
            return VAL_NULL;
        Value r = obj_binop(ts, OP_MOD, a, b);
        return r ? tuple_pack(ts, 2, q, r) : VAL_NULL;
    }
    Value fn = type_lookup(val_type(a), interp_intern_cstr(ts, "__divmod__"));
    if (fn) {
        Value r = vm_call2(ts, fn, a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (val_type(b) != val_type(a)) {
        fn = type_lookup(val_type(b), interp_intern_cstr(ts, "__rdivmod__"));
        if (fn) {
            Value r = vm_call2(ts, fn, b, a);
            if (r != VAL_NOTIMPL)
                return r;
        }
    }
    return err_format(ts, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      val_type_name(a), val_type_name(b));
}

static Value builtin_pow(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    Value av[3];
    if (!args_bind(ts, "pow", argc, argv, kwnames, 3, names, 0, 3, 2, av))
        return VAL_NULL;
    if (!av[2] || av[2] == VAL_NONE)
        return obj_binop(ts, OP_POW, av[0], av[1]);
    return int_pow_mod(ts, av[0], av[1], av[2]);
}

/* ---- round ---- */

/* CPython's double_round: x correctly rounded (half-even on its exact binary
 * value) to ndigits decimal places, like _Py_dg_dtoa mode 3 + strtod. glibc's
 * printf is exact, so it supplies the digits. */
static Value float_round_digits(ThreadState *ts, double x, int64_t ndigits)
{
    /* beyond these, rounding changes nothing / leaves only zero */
    const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || x == 0.0 || ndigits > ndigits_max)
        return float_new(ts, x);
    if (ndigits < ndigits_min)
        return float_new(ts, 0.0 * x);
    char buf[800];
    double r;
    if (ndigits >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        r = strtod(buf, NULL);
    } else {
        /* the exact integer digits of |x|, and whether a fraction was dropped */
        double ip = trunc(fabs(x));
        bool sticky = fabs(x) != ip;
        buf[0] = '0';   /* a leading 0 makes the rounding carry and the k == len case uniform */
        int len = snprintf(buf + 1, sizeof buf - 1, "%.0f", ip) + 1;
        int k = (int)-ndigits;
        if (k >= len)
            return float_new(ts, copysign(0.0, x));
        int keep = len - k;
        bool up;
        char first = buf[keep];
        if (first > '5')
            up = true;
        else if (first < '5')
            up = false;
        else {
            bool rest = sticky;
            for (int i = keep + 1; i < len && !rest; i++)
                rest = buf[i] != '0';
            up = rest || ((buf[keep - 1] - '0') & 1);
        }
        if (up) {
            int i = keep - 1;
            while (buf[i] == '9')
                buf[i--] = '0';
            buf[i]++;
        }
        snprintf(buf + keep, sizeof buf - (size_t)keep, "e%d", k);
        r = strtod(buf, NULL);
        r = copysign(r, x);
    }
    if (isinf(r))
        return err_format(ts, &exc_OverflowError, "rounded value too large to represent");
    return float_new(ts, r);
}

static Value builtin_round(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    Value av[2];
    if (!args_bind(ts, "round", argc, argv, kwnames, 2, names, 0, 2, 1, av))
        return VAL_NULL;
    Value x = av[0], nd = av[1] == VAL_NONE ? VAL_NULL : av[1];
    if (IS_FLOAT(x) || val_is_int(x)) {
        int64_t n = 0;
        if (nd) {
            if (!val_is_int(nd) && !(nd = obj_index(ts, nd)))
                return VAL_NULL;
            if (!int_to_i64(nd, &n))   /* CPython clamps to the ssize_t range */
                n = int_sign(nd) < 0 ? INT64_MIN : INT64_MAX;
        }
        if (IS_FLOAT(x)) {
            double d = float_value(x);
            if (!nd) {
                double rounded = round(d);
                if (fabs(d - rounded) == 0.5)
                    rounded = 2.0 * round(d / 2.0);   /* halfway: to even */
                return int_from_double(ts, rounded);
            }
            return float_round_digits(ts, d, n);
        }
        if (val_is(x, K_BOOL))
            x = val_from_smallint(x == VAL_TRUE);
        return int_round(ts, x, nd);
    }
    Value fn = type_lookup(val_type(x), interp_intern_cstr(ts, "__round__"));
    if (!fn)
        return err_format(ts, &exc_TypeError, "type %s doesn't define __round__ method",
                          val_type_name(x));
    return nd ? vm_call2(ts, fn, x, nd) : vm_call1(ts, fn, x);
}

/* ---- isinstance / issubclass ---- */

/* gilsim's stand-in for ABCMeta (collections.abc has no metaclass): a class
 * whose MRO defines _abc_subclasscheck is asked, when the ordinary check
 * fails, whether the class of v (or v, for issubclass) counts as a
 * subclass: its __subclasshook__ and registered classes. */
static int abc_check(ThreadState *ts, Value v, Type *cls, bool sub)
{
    Value name = interp_intern_cstr(ts, "_abc_subclasscheck");
    if (!type_lookup(cls, name))
        return 0;
    Value hook = obj_getattr(ts, VAL(cls), name);
    if (!hook)
        return -1;
    gc_push_root(ts, hook);
    Value r = vm_call1(ts, hook, sub ? v : VAL(val_type(v)));
    gc_pop_roots(ts, 1);
    return r ? obj_truthy(ts, r) : -1;
}

static int class_check(ThreadState *ts, Value v, Value cls, bool sub)
{
    if (IS_TYPE(cls)) {
        bool r = sub ? type_is_subtype((Type *)v, (Type *)cls) : obj_isinstance(v, (Type *)cls);
        if (r || !(((Type *)cls)->tflags & TF_HEAP))
            return r;
        return abc_check(ts, v, (Type *)cls, sub);
    }
    if (IS_TUPLE(cls)) {
        /* Tuples nest: (int, (str, (float,))). */
        if (!obj_enter_recursive_call(ts, sub ? " in __subclasscheck__" : " in __instancecheck__"))
            return -1;
        int r = 0;
        for (int64_t i = 0; i < TUPLE(cls)->length && r == 0; i++)
            r = class_check(ts, v, TUPLE(cls)->items[i], sub);
        obj_leave_recursive_call(ts);
        return r;
    }
    if (sub)
        err_format(ts, &exc_TypeError,
                   "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    else
        err_format(ts, &exc_TypeError,
                   "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static Value builtin_isinstance(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "isinstance", argc, kwnames, 2, 2))
        return VAL_NULL;
    int r = class_check(ts, argv[0], argv[1], false);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value builtin_issubclass(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "issubclass", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!IS_TYPE(argv[0]))
        return err_format(ts, &exc_TypeError, "issubclass() arg 1 must be a class");
    int r = class_check(ts, argv[0], argv[1], true);
    return r < 0 ? VAL_NULL : val_bool(r);
}

/* ---- iter and next ---- */

static Value builtin_iter(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "iter", argc, kwnames, 1, 2))
        return VAL_NULL;
    if (argc == 1)
        return obj_iter(ts, argv[0]);
    if (!obj_callable(argv[0]))
        return err_format(ts, &exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(ts, argv[0], argv[1]);
}

static Value builtin_next(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "next", argc, kwnames, 1, 2))
        return VAL_NULL;
    Type *t = val_type(argv[0]);
    if (!t->tp_next)
        return err_format(ts, &exc_TypeError, "'%s' object is not an iterator", t->name);
    /* a generator's return value is StopIteration's value, and so is the
     * value a class's __next__ raises StopIteration with (its slot drops it) */
    Value r;
    if (val_is_gen(argv[0]))
        r = gen_next(ts, argv[0]);
    else if (t->tflags & TF_HEAP)
        r = vm_call_method(ts, argv[0], ts->interp->names.__next__, 0, NULL);
    else
        r = t->tp_next(ts, argv[0]);
    if (r)
        return r;
    if (err_occurred(ts)) {
        if (argc == 1 || !err_matches(ts, &exc_StopIteration))
            return VAL_NULL;
        err_clear(ts);
        return argv[1];
    }
    if (argc == 2)
        return argv[1];
    return err_set_none(ts, &exc_StopIteration);
}

/* ---- max / min ---- */

static Value min_max(ThreadState *ts, int argc, Value *argv, Value kwnames, int op, const char *name)
{
    int npos = args_npos(argc, kwnames);
    Value key = VAL_NULL, dflt = VAL_NULL;
    for (int i = npos; i < argc; i++) {
        const char *k = kwname(kwnames, i - npos);
        if (!strcmp(k, "key"))
            key = argv[i] == VAL_NONE ? VAL_NULL : argv[i];
        else if (!strcmp(k, "default"))
            dflt = argv[i];
        else
            return invalid_keyword(ts, kwnames, i - npos, name);
    }
    if (npos == 0)
        return err_format(ts, &exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (npos > 1 && dflt)
        return err_format(ts, &exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = VAL_NULL;
    if (npos == 1 && !(it = obj_iter(ts, argv[0])))
        return VAL_NULL;
    int base = ts->nroots;
    gc_push_root(ts, it ? it : VAL_NONE);
    gc_push_root(ts, VAL_NONE);   /* base + 1: the best item */
    gc_push_root(ts, VAL_NONE);   /* base + 2: its key */
    Value best = VAL_NULL, best_key = VAL_NULL, result = VAL_NULL;
    for (int i = 0;; i++) {
        Value item;
        if (it) {
            item = obj_next(ts, it);
            vm_charge(ts, COST_PER_ITEM);
            if (!item) {
                if (err_occurred(ts))
                    goto done;
                break;
            }
        } else {
            if (i >= npos)
                break;
            item = argv[i];
        }
        Value k = item;
        if (key) {
            gc_push_root(ts, item);
            k = vm_call1(ts, key, item);
            gc_pop_roots(ts, 1);
            if (!k)
                goto done;
        }
        if (!best) {
            best = item;
            best_key = k;
        } else {
            gc_push_root(ts, item);
            gc_push_root(ts, k);
            int c = obj_richcompare_bool(ts, k, best_key, op);
            gc_pop_roots(ts, 2);
            if (c < 0)
                goto done;
            if (c) {
                best = item;
                best_key = k;
            }
        }
        ROOT_SET(ts, base + 1, best);
        ROOT_SET(ts, base + 2, best_key);
    }
    if (best)
        result = best;
    else if (dflt)
        result = dflt;
    else
        err_format(ts, &exc_ValueError, "%s() arg is an empty sequence", name);
done:
    gc_pop_roots(ts, 3);
    return result;
}

static Value builtin_max(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return min_max(ts, argc, argv, kwnames, CMP_GT, "max");
}

static Value builtin_min(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return min_max(ts, argc, argv, kwnames, CMP_LT, "min");
}

/* ---- sorted and sum ---- */

static Value builtin_sorted(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    int npos = args_npos(argc, kwnames);
    if (npos != 1)
        return err_format(ts, &exc_TypeError, "sorted expected 1 argument, got %d", npos);
    Value key = VAL_NULL;
    bool reverse = false;
    for (int i = npos; i < argc; i++) {
        const char *k = kwname(kwnames, i - npos);
        if (!strcmp(k, "key"))
            key = argv[i] == VAL_NONE ? VAL_NULL : argv[i];
        else if (!strcmp(k, "reverse")) {
            /* list.sort's reverse is an int, not any truth value */
            Value r = argv[i];
            if (IS_FLOAT(r))
                return err_format(ts, &exc_TypeError,
                                  "'float' object cannot be interpreted as an integer");
            if (!val_is_int(r) && !(r = obj_index(ts, r)))
                return VAL_NULL;
            reverse = int_sign(r) != 0;
        } else
            return invalid_keyword(ts, kwnames, i - npos, "sort");
    }
    Value list = seq_to_list(ts, argv[0]);
    if (!list)
        return VAL_NULL;
    gc_push_root(ts, list);
    int r = list_sort(ts, list, key, reverse);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : list;
}

static Value builtin_sum(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "start"};
    Value av[2];
    if (!args_bind(ts, "sum", argc, argv, kwnames, 2, names, 1, 2, 1, av))
        return VAL_NULL;
    Value result = av[1] ? av[1] : val_from_smallint(0);
    if (IS_STR(result))
        return err_format(ts, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = obj_iter(ts, av[0]);
    if (!it)
        return VAL_NULL;
    int base = ts->nroots;
    gc_push_root(ts, it);
    gc_push_root(ts, result);
    Value item;

    /* ints: accumulate in an int64 until it would overflow or a non-int comes */
    if (val_is_smallint(result)) {
        int64_t acc = val_smallint(result);
        for (;;) {
            item = obj_next(ts, it);
            vm_charge(ts, COST_PER_ITEM);
            if (!item) {
                result = err_occurred(ts) ? VAL_NULL : int_from_i64(ts, acc);
                goto done;
            }
            int64_t b;
            if (val_is_smallint(item) && !__builtin_add_overflow(acc, val_smallint(item), &b)) {
                acc = b;
                continue;
            }
            if (val_is(item, K_BOOL) && !__builtin_add_overflow(acc, (int64_t)(item == VAL_TRUE), &b)) {
                acc = b;
                continue;
            }
            result = int_from_i64(ts, acc);
            ROOT_SET(ts, base + 1, result);
            result = obj_binop(ts, OP_ADD, result, item);
            if (!result)
                goto done;
            ROOT_SET(ts, base + 1, result);
            break;
        }
    }

    /* floats: plain double addition, as CPython 3.11 does */
    if (IS_FLOAT(result) && val_type(result) == &type_float) {
        double acc = float_value(result);
        for (;;) {
            item = obj_next(ts, it);
            vm_charge(ts, COST_PER_ITEM);
            if (!item) {
                result = err_occurred(ts) ? VAL_NULL : float_new(ts, acc);
                goto done;
            }
            if (IS_FLOAT(item) && val_type(item) == &type_float) {
                acc += float_value(item);
                continue;
            }
            if (val_is_smallint(item)) {
                acc += (double)val_smallint(item);
                continue;
            }
            result = float_new(ts, acc);
            ROOT_SET(ts, base + 1, result);
            result = obj_binop(ts, OP_ADD, result, item);
            if (!result)
                goto done;
            ROOT_SET(ts, base + 1, result);
            break;
        }
    }

    for (;;) {
        item = obj_next(ts, it);
        vm_charge(ts, COST_PER_ITEM);
        if (!item) {
            if (err_occurred(ts))
                result = VAL_NULL;
            break;
        }
        result = obj_binop(ts, OP_ADD, result, item);
        if (!result)
            break;
        ROOT_SET(ts, base + 1, result);
    }
done:
    gc_pop_roots(ts, 2);
    return result;
}

/* ---- vars, dir, __import__, exit ---- */

/* The caller's namespace: the frame of the Python code that called the builtin. */
static Value frame_locals(ThreadState *ts)
{
    Frame *f = ts->frame;
    if (!f)
        return err_format(ts, &exc_RuntimeError, "no current frame");
    if (f->locals)
        return f->locals;
    /* a function: a snapshot dict of its bound locals, cells and free variables */
    CodeObj *co = f->code;
    Value d = dict_new(ts);
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->localsplus[i];
        if (v && dict_set_str(ts->interp, d, TUPLE(co->varnames)->items[i], v) < 0)
            return VAL_NULL;
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        Value name = i < co->ncells ? TUPLE(co->cellvars)->items[i]
                                    : TUPLE(co->freevars)->items[i - co->ncells];
        Value cell = f->localsplus[co->nlocals + i];
        if (cell && val_is(cell, K_CELL) && CELL(cell)->value
            && dict_set_str(ts->interp, d, name, CELL(cell)->value) < 0)
            return VAL_NULL;
    }
    return d;
}

static Value builtin_globals(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "globals", argc, kwnames))
        return VAL_NULL;
    if (!ts->frame)
        return err_format(ts, &exc_RuntimeError, "globals(): no current frame");
    return ts->frame->globals;
}

static Value builtin_locals(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_none(ts, "locals", argc, kwnames))
        return VAL_NULL;
    return frame_locals(ts);
}

static Value builtin_vars(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "vars", argc, kwnames, 0, 1))
        return VAL_NULL;
    if (argc == 0)
        return frame_locals(ts);
    Value d = obj_lookup_attr(ts, argv[0], ts->interp->names.__dict__);
    if (!d && !err_occurred(ts))
        return err_format(ts, &exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ---- compile, exec, eval ---- */

/* The text of a source argument (str, bytes or bytearray), or false with
 * `what`'s TypeError ("compile() arg 1 must be a string, bytes or AST
 * object"). NUL bytes: SyntaxError, as CPython 3.11.7 (ValueError before). */
static bool source_text(ThreadState *ts, Value v, const char *what, Value *text)
{
    const uint8_t *p;
    int64_t n;
    if (IS_STR(v)) {
        *text = v;
    } else if (bytes_view(v, &p, &n)) {
        *text = bytes_decode(ts, p, n, VAL_NULL, VAL_NULL);
        if (!*text)
            return false;
    } else {
        err_format(ts, &exc_TypeError, "%s", what);
        return false;
    }
    if (memchr(STR(*text)->data, 0, (size_t)STR(*text)->size)) {
        err_format(ts, &exc_SyntaxError, "source code string cannot contain null bytes");
        return false;
    }
    return true;
}

static Value builtin_compile(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "_feature_version"};
    Value av[7];
    if (!args_bind(ts, "compile", argc, argv, kwnames, 7, names, 0, 6, 3, av))
        return VAL_NULL;
    Value text;
    if (!source_text(ts, av[0], "compile() arg 1 must be a string, bytes or AST object", &text))
        return VAL_NULL;
    if (!IS_STR(av[1]))
        return err_format(ts, &exc_TypeError, "compile() argument 'filename' must be str, not %s",
                          val_type_name(av[1]));
    if (!IS_STR(av[2]))
        return err_format(ts, &exc_TypeError, "compile() argument 'mode' must be str, not %s",
                          val_type_name(av[2]));
    int mode;
    if (str_eq_cstr(av[2], "exec"))
        mode = PARSE_FILE;
    else if (str_eq_cstr(av[2], "eval"))
        mode = PARSE_EVAL;
    else if (str_eq_cstr(av[2], "single"))
        mode = PARSE_SINGLE;
    else
        return err_format(ts, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (av[3] && !(val_is_smallint(av[3]) && val_smallint(av[3]) == 0))
        return err_format(ts, &exc_ValueError, "compile(): gilsim supports no compiler flags (flags=0 only)");
    gc_push_root(ts, text);
    Value code = compile_source(ts, str_cstr(text), (size_t)STR(text)->size, av[1], mode | COMPILE_DYNAMIC);
    gc_pop_roots(ts, 1);
    return code;
}

/* exec and eval: compile a string as "<string>" (eval strips leading blanks,
 * as CPython does), run it in globals and locals (default: the caller's; a
 * given globals dict without __builtins__ gets the builtins module, as in
 * CPython). A function's own code object is refused: its fast locals have
 * no home outside a call. */
static Value run_source(ThreadState *ts, const char *fname, int argc, Value *argv, Value kwnames, int mode)
{
    static const char *const names[] = {NULL, NULL, NULL};
    Value av[3];
    if (!args_bind(ts, fname, argc, argv, kwnames, 3, names, 3, 3, 1, av))
        return VAL_NULL;
    Value globals = av[1] && av[1] != VAL_NONE ? av[1] : VAL_NULL;
    Value locals = av[2] && av[2] != VAL_NONE ? av[2] : VAL_NULL;
    if (globals && !IS_DICT(globals))
        return mode == PARSE_EVAL && !IS_DICT(globals)
                   ? err_format(ts, &exc_TypeError, "globals must be a %sdict", locals ? "real " : "")
                   : err_format(ts, &exc_TypeError, "exec() globals must be a dict, not %s", val_type_name(globals));
    if (locals && !IS_DICT(locals))
        return err_format(ts, &exc_TypeError, "locals must be a mapping (gilsim: a dict), not %s",
                          val_type_name(locals));
    if (!globals) {
        globals = builtin_globals(ts, 0, NULL, VAL_NULL);
        if (!globals)
            return VAL_NULL;
        if (!locals) {
            locals = frame_locals(ts);
            if (!locals)
                return VAL_NULL;
        }
    } else if (!dict_get_cstr(globals, "__builtins__")) {
        Value b = interp_import(ts, interp_intern_cstr(ts, "builtins"));
        if (!b || dict_set_str(ts->interp, globals, interp_intern_cstr(ts, "__builtins__"), b) < 0)
            return VAL_NULL;
    }
    if (!locals)
        locals = globals;
    Value code = av[0];
    gc_push_root(ts, globals);
    gc_push_root(ts, locals);
    if (val_is(code, K_CODE)) {
        if (!(CODE(code)->flags & CO_MODULE)) {
            gc_pop_roots(ts, 2);
            return err_format(ts, &exc_TypeError, "%s() of a function's code object is not supported by gilsim",
                              fname);
        }
    } else {
        char what[64];
        snprintf(what, sizeof what, "%s() arg 1 must be a string, bytes or code object", fname);
        Value text;
        if (!source_text(ts, code, what, &text)) {
            gc_pop_roots(ts, 2);
            return VAL_NULL;
        }
        const char *src = str_cstr(text);
        size_t len = (size_t)STR(text)->size;
        if (mode == PARSE_EVAL)
            while (len && (*src == ' ' || *src == '\t')) src++, len--;
        gc_push_root(ts, text);
        code = compile_source(ts, src, len, interp_intern_cstr(ts, "<string>"), mode | COMPILE_DYNAMIC);
        gc_pop_roots(ts, 1);
        if (!code) {
            gc_pop_roots(ts, 2);
            return VAL_NULL;
        }
    }
    gc_push_root(ts, code);
    Value r = eval_code_locals(ts, code, globals, locals);
    gc_pop_roots(ts, 3);
    if (!r)
        return VAL_NULL;
    return mode == PARSE_EVAL ? r : VAL_NONE;
}

static Value builtin_exec(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return run_source(ts, "exec", argc, argv, kwnames, PARSE_FILE);
}

static Value builtin_eval(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return run_source(ts, "eval", argc, argv, kwnames, PARSE_EVAL);
}

static void add_keys(ThreadState *ts, Value names, Value d)
{
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (IS_STR(k))
            dict_set_str(ts->interp, names, k, VAL_NONE);
}

static Value builtin_dir(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "dir", argc, kwnames, 0, 1))
        return VAL_NULL;
    Value names = dict_new(ts);
    gc_push_root(ts, names);
    Value v = argc ? argv[0] : VAL_NULL;
    if (!v) {
        Value loc = frame_locals(ts);
        if (!loc) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        add_keys(ts, names, loc);
    } else if (val_is(v, K_MODULE)) {
        add_keys(ts, names, ((ModuleObj *)v)->dict);
    } else {
        Value d = obj_lookup_attr(ts, v, ts->interp->names.__dict__);
        if (!d && err_occurred(ts)) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        if (d && IS_DICT(d))
            add_keys(ts, names, d);
        Value mro = class_mro(ts, IS_TYPE(v) ? (Type *)v : val_type(v));   /* mixins too */
        if (!mro) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
        gc_push_root(ts, mro);
        for (int64_t i = 0; i < TUPLE(mro)->length; i++) {
            Type *t = (Type *)TUPLE(mro)->items[i];
            if (t->dict && IS_DICT(t->dict))
                add_keys(ts, names, t->dict);
        }
        gc_pop_roots(ts, 1);
    }
    Value list = list_new_empty(ts, dict_len(names));
    int64_t pos = 0;
    Value k, val;
    while (dict_next(names, &pos, &k, &val))
        list_append(ts, list, k);
    gc_pop_roots(ts, 1);
    gc_push_root(ts, list);
    int r = list_sort(ts, list, VAL_NULL, false);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : list;
}

static Value builtin_import(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value av[5];
    if (!args_bind(ts, "__import__", argc, argv, kwnames, 5, names, 0, 5, 1, av))
        return VAL_NULL;
    if (!IS_STR(av[0]))
        return err_format(ts, &exc_TypeError, "__import__() argument 1 must be str, not %s",
                          val_type_name(av[0]));
    Value m = interp_import(ts, av[0]);
    if (!m)
        return VAL_NULL;
    const char *name = str_cstr(av[0]);
    const char *dot = strchr(name, '.');
    int from = 0;
    if (av[3] && av[3] != VAL_NONE && (from = obj_truthy(ts, av[3])) < 0)
        return VAL_NULL;
    if (!dot || from)
        return m;
    /* `import a.b` binds a: return the top-level package */
    return interp_import(ts, str_new(ts, name, (size_t)(dot - name)));
}

static Value builtin_exit(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    static const char *const names[] = {"code"};
    Value code;
    if (!args_bind(ts, "exit", argc, argv, kwnames, 1, names, 0, 1, 0, &code))
        return VAL_NULL;
    return err_set_arg(ts, &exc_SystemExit, code ? code : VAL_NONE);
}

static const MethodDef builtin_functions[] = {
    {"__import__", builtin_import, 0},
    {"abs", builtin_abs, 0},
    {"all", builtin_all, 0},
    {"any", builtin_any, 0},
    {"ascii", builtin_ascii, 0},
    {"bin", builtin_bin, 0},
    {"callable", builtin_callable, 0},
    {"chr", builtin_chr, 0},
    {"compile", builtin_compile, 0},
    {"delattr", builtin_delattr, 0},
    {"dir", builtin_dir, 0},
    {"divmod", builtin_divmod, 0},
    {"eval", builtin_eval, 0},
    {"exec", builtin_exec, 0},
    {"exit", builtin_exit, 0},
    {"format", builtin_format, 0},
    {"getattr", builtin_getattr, 0},
    {"globals", builtin_globals, 0},
    {"hasattr", builtin_hasattr, 0},
    {"hash", builtin_hash, 0},
    {"hex", builtin_hex, 0},
    {"id", builtin_id, 0},
    {"input", builtin_input, 0},
    {"isinstance", builtin_isinstance, METH_SPECIALISED},
    {"issubclass", builtin_issubclass, 0},
    {"iter", builtin_iter, 0},
    {"len", builtin_len, METH_SPECIALISED},
    {"locals", builtin_locals, 0},
    {"max", builtin_max, 0},
    {"min", builtin_min, 0},
    {"next", builtin_next, 0},
    {"oct", builtin_oct, 0},
    {"ord", builtin_ord, 0},
    {"pow", builtin_pow, 0},
    {"print", builtin_print, 0},
    {"quit", builtin_exit, 0},
    {"repr", builtin_repr, 0},
    {"round", builtin_round, 0},
    {"setattr", builtin_setattr, 0},
    {"sorted", builtin_sorted, 0},
    {"sum", builtin_sum, 0},
    {"vars", builtin_vars, 0},
    {NULL, NULL, 0},
};

static int set_builtin(ThreadState *ts, Value d, const char *name, Value v)
{
    return dict_set_str(ts->interp, d, interp_intern_cstr(ts, name), v);
}

int lib_install_builtins(ThreadState *ts, Value d)
{
    for (const MethodDef *def = builtin_functions; def->name; def++)
        if (set_builtin(ts, d, def->name, native_new(ts, def, VAL_NULL, NULL)) < 0)
            return -1;

    static const struct { const char *name; Type *type; } types[] = {
        {"object", &type_object}, {"type", &type_type}, {"int", &type_int},
        {"float", &type_float}, {"bool", &type_bool}, {"str", &type_str},
        {"list", &type_list}, {"tuple", &type_tuple}, {"dict", &type_dict},
        {"set", &type_set}, {"frozenset", &type_frozenset}, {"range", &type_range},
        {"slice", &type_slice}, {"bytes", &type_bytes}, {"bytearray", &type_bytearray}, {"enumerate", &type_enumerate}, {"zip", &type_zip},
        {"map", &type_map}, {"filter", &type_filter}, {"reversed", &type_reversed},
#define EXC_ENTRY(name, base) {#name, &exc_##name},
        EXC_TYPES(EXC_ENTRY)
#undef EXC_ENTRY
        {"EnvironmentError", &exc_OSError}, {"IOError", &exc_OSError},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (set_builtin(ts, d, types[i].name, VAL(types[i].type)) < 0)
            return -1;
    if (set_builtin(ts, d, "super", VAL(&type_super)) < 0)
        return -1;
    if (set_builtin(ts, d, "property", VAL(&type_property)) < 0)
        return -1;
    if (set_builtin(ts, d, "staticmethod", VAL(&type_staticmethod)) < 0)
        return -1;
    if (set_builtin(ts, d, "classmethod", VAL(&type_classmethod)) < 0)
        return -1;

    static const struct { const char *name; Value v; } constants[] = {
        {"None", VAL_NONE}, {"True", VAL_TRUE}, {"False", VAL_FALSE},
        {"NotImplemented", VAL_NOTIMPL}, {"Ellipsis", VAL_ELLIPSIS}, {"__debug__", VAL_TRUE},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (set_builtin(ts, d, constants[i].name, constants[i].v) < 0)
            return -1;
    return 0;
}
