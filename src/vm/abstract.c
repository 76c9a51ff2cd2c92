/* abstract.c — the object protocols (CPython's Objects/abstract.c and the
 * protocol half of object.c): every operation on an arbitrary value dispatches
 * through its type's slots here, with CPython's fallbacks and messages.
 *
 * Binary operators follow CPython's binary_op1: try the left operand's slot,
 * then the right's, except that when the right operand's type is a proper
 * subclass of the left's (and has a different slot) it goes first, so a
 * subclass can override a reflected operator. A slot returns NotImplemented to
 * decline. Rich comparisons do the same with the reflected operator (< and >
 * swap), and == / != fall back to identity.
 */
#include <string.h>
#include <sys/resource.h>

#include "vm/abstract.h"
#include "vm/class.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

/* ---- types ---- */

bool type_is_subtype(Type *a, Type *b)
{
    if (a->mro) {
        const TupleObj *m = TUPLE(a->mro);
        for (int64_t i = 0; i < m->length; i++)
            if (m->items[i] == VAL(b))
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

bool obj_isinstance(Value v, Type *t) { return type_is_subtype(val_type(v), t); }

static Value mro_lookup(Type *t, Value name)
{
    if (t->mro) {
        const TupleObj *m = TUPLE(t->mro);
        for (int64_t i = 0; i < m->length; i++) {
            Value d = ((Type *)m->items[i])->dict;
            Value r = d ? dict_get_str(d, name) : VAL_NULL;
            if (r)
                return r;
        }
        return VAL_NULL;
    }
    for (; t; t = t->base) {
        if (t->dict) {
            Value r = dict_get_str(t->dict, name);
            if (r)
                return r;
        }
    }
    return VAL_NULL;
}

/* A heap type remembers its last answers per name (CPython keeps one such
 * cache for all types, keyed by version tags): an entry is the name's
 * object, so a hit is a pointer compare, and it holds while no type's
 * namespace changed since (dict_namespace_epoch). The cache's names and
 * values are marked with the type (class.c type_trace), so an entry never
 * outlives what it points at. Built-in types are shared by the simulated
 * processes, which run in parallel on the real backend, so they do not
 * cache; their MROs are short. */
Value type_lookup(Type *t, Value name)
{
    if (!(t->tflags & TF_HEAP))
        return mro_lookup(t, name);
    uint64_t epoch = atomic_load_explicit(&dict_namespace_epoch, memory_order_relaxed);
    uintptr_t h = (uintptr_t)name;
    unsigned slot = (unsigned)((h >> 4) ^ (h >> 10)) & (TYPE_LOOKUP_CACHE - 1);
    if (t->lookup_cache[slot].name == name && t->lookup_cache[slot].epoch == epoch)
        return t->lookup_cache[slot].found;
    Value r = mro_lookup(t, name);   /* never runs Python code: the epoch still holds */
    t->lookup_cache[slot].name = name;
    t->lookup_cache[slot].found = r;
    t->lookup_cache[slot].epoch = epoch;
    return r;
}

/* ---- C recursion guards ---- */

/* The C stack a thread may use. Python threads other than the main one run
 * on 16 MB pthreads (sched_virtual.c, sched_real.c); the main thread runs on
 * the process's stack, RLIMIT_STACK (usually 8 MB; unlimited is taken as
 * 8 MB). The budget is the smaller, less an eighth kept for what runs
 * between two checks (an error's message, a traceback, the argv and
 * environment above main's frame). Every platform gilsim builds on grows its
 * stacks down. */
#define THREAD_STACK_SIZE ((size_t)16 << 20)

/* ThreadSanitizer shadows each thread's calls on a stack of its own, of 64K
 * frames, and corrupts its state past that: stay well inside it. */
#if defined(__SANITIZE_THREAD__)
#define C_STACK_CAP ((size_t)4 << 20)
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define C_STACK_CAP ((size_t)4 << 20)
#endif
#endif
#ifndef C_STACK_CAP
#define C_STACK_CAP THREAD_STACK_SIZE
#endif

static size_t c_stack_budget(void)
{
    size_t size = (size_t)8 << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (size_t)rl.rlim_cur;
    if (size > C_STACK_CAP)
        size = C_STACK_CAP;
    return size - size / 8;
}

/* The frame address, not a local's: a sanitizer may keep locals elsewhere. */
#define C_STACK_HERE() ((uintptr_t)__builtin_frame_address(0))

void obj_mark_c_stack(ThreadState *ts)
{
    uintptr_t here = C_STACK_HERE();
    size_t budget = c_stack_budget();
    ts->c_stack_limit = here > budget ? here - budget : 1;
}

uintptr_t obj_c_stack_limit(ThreadState *ts)
{
    /* A thread state nobody marked (a unit test's) counts from here. */
    if (!ts->c_stack_limit)
        obj_mark_c_stack(ts);
    return ts->c_stack_limit;
}

bool obj_c_stack_exhausted(ThreadState *ts) { return C_STACK_HERE() < obj_c_stack_limit(ts); }

bool obj_check_c_stack(ThreadState *ts, const char *where)
{
    if (!obj_c_stack_exhausted(ts))
        return true;
    err_format(ts, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
}

/* CPython 3.11 counts Python frames and these levels on one counter;
 * gilsim counts only C levels (and eval.c's C -> Python re-entries). So the
 * limits agree from the top level — 1000 nested lists, 500 levels of a
 * __repr__ that recurses through Python — while under a deep Python
 * recursion C recursion may go further here than there. */
bool obj_enter_recursive_call(ThreadState *ts, const char *where)
{
    if (++ts->c_depth > ts->interp->cfg.recursion_limit || obj_c_stack_exhausted(ts)) {
        ts->c_depth--;
        err_format(ts, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

void obj_leave_recursive_call(ThreadState *ts) { ts->c_depth--; }

/* ---- repr / str ---- */

Value obj_repr(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (!t->tp_repr)
        return object_default_repr(ts, v);
    if (!obj_enter_recursive_call(ts, " while getting the repr of an object"))
        return VAL_NULL;
    Value r = t->tp_repr(ts, v);
    obj_leave_recursive_call(ts);
    if (r && !IS_STR(r))
        return err_format(ts, &exc_TypeError, "__repr__ returned non-string (type %s)", val_type_name(r));
    return r;
}

Value obj_str(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t == &type_str)
        return v;
    if (!t->tp_str)
        return obj_repr(ts, v);
    if (!obj_enter_recursive_call(ts, " while getting the str of an object"))
        return VAL_NULL;
    Value r = t->tp_str(ts, v);
    obj_leave_recursive_call(ts);
    if (r && !IS_STR(r))
        return err_format(ts, &exc_TypeError, "__str__ returned non-string (type %s)", val_type_name(r));
    return r;
}

Value obj_ascii(ThreadState *ts, Value v)
{
    Value r = obj_repr(ts, v);
    if (r == VAL_NULL || (STR(r)->h.flags & STR_ASCII))
        return r;
    StrBuf sb;
    sb_init(&sb);
    const char *p = str_cstr(r), *end = p + STR(r)->size;
    while (p < end) {
        uint32_t cp;
        int n = utf8_decode(p, &cp);
        if (n <= 0)
            n = 1, cp = (unsigned char)*p;
        if (cp < 0x80)
            sb_putc(&sb, (char)cp);
        else if (cp < 0x100)
            sb_printf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000)
            sb_printf(&sb, "\\u%04x", cp);
        else
            sb_printf(&sb, "\\U%08x", cp);
        p += n;
    }
    return sb_finish(ts, &sb);
}

Value obj_format(ThreadState *ts, Value v, Value spec)
{
    if (spec == VAL_NULL)
        spec = str_new(ts, "", 0);
    Type *t = val_type(v);
    if (t == &type_str && STR(spec)->length == 0)
        return v;
    Value r;
    if (t->tp_format) {
        r = t->tp_format(ts, v, spec);
    } else {
        if (STR(spec)->length > 0)
            return err_format(ts, &exc_TypeError, "unsupported format string passed to %s.__format__", t->name);
        r = obj_str(ts, v);
    }
    if (r && !IS_STR(r))
        return err_format(ts, &exc_TypeError, "__format__ must return a str, not %s", val_type_name(r));
    return r;
}

/* ---- hash, truth, len ---- */

int64_t obj_hash(ThreadState *ts, Value v)
{
    if (val_is_smallint(v))
        return int_hash(v);
    Type *t = OBJ(v)->type;
    if (t == &type_str)
        return str_hash(v);
    if (!t->tp_hash) {
        err_format(ts, &exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    /* A tuple's hash recurses into its items. CPython does not count this
     * recursion (it hashes a 100,000-deep tuple and crashes on a deeper
     * one); gilsim goes as deep as its C stack allows. */
    if (!obj_check_c_stack(ts, " while getting the hash of an object"))
        return -1;
    return t->tp_hash(ts, v);
}

int obj_truthy(ThreadState *ts, Value v)
{
    if (v == VAL_TRUE)
        return 1;
    if (v == VAL_FALSE || v == VAL_NONE)
        return 0;
    if (val_is_smallint(v))
        return val_smallint(v) != 0;
    Type *t = OBJ(v)->type;
    if (t->tp_bool)
        return t->tp_bool(ts, v);
    if (t->tp_len) {
        int64_t n = t->tp_len(ts, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Value obj_not(ThreadState *ts, Value a)
{
    int t = obj_truthy(ts, a);
    if (t < 0)
        return VAL_NULL;
    return val_bool(!t);
}

int64_t obj_len(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (!t->tp_len) {
        err_format(ts, &exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->tp_len(ts, v);
}

/* ---- comparison ---- */

static const int swapped_op[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[6] = {"<", "<=", "==", "!=", ">", ">="};

static Value do_richcompare(ThreadState *ts, Value a, Value b, int op);

Value obj_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (val_is_smallint(a) && val_is_smallint(b)) {
        int64_t x = val_smallint(a), y = val_smallint(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return val_bool(r);
    }
    Type *ta = val_type(a), *tb = val_type(b);
    if (ta == &type_str && tb == &type_str && (op == CMP_EQ || op == CMP_NE))
        return val_bool(str_eq(a, b) == (op == CMP_EQ));
    if (!obj_enter_recursive_call(ts, " in comparison"))
        return VAL_NULL;
    Value r = do_richcompare(ts, a, b, op);
    obj_leave_recursive_call(ts);
    return r;
}

/* The slots' part of a rich comparison, under obj_richcompare's recursion
 * guard (comparing nested containers recurses through here). */
static Value do_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->tp_richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->tp_richcompare(ts, b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (ta->tp_richcompare) {
        r = ta->tp_richcompare(ts, a, b, op);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (!checked_reverse && tb->tp_richcompare) {
        r = tb->tp_richcompare(ts, b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (op == CMP_EQ)
        return val_bool(a == b);
    if (op == CMP_NE)
        return val_bool(a != b);
    return err_format(ts, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbol[op], ta->name, tb->name);
}

int obj_richcompare_bool(ThreadState *ts, Value a, Value b, int op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    Value r = obj_richcompare(ts, a, b, op);
    if (r == VAL_NULL)
        return -1;
    if (r == VAL_TRUE)
        return 1;
    if (r == VAL_FALSE)
        return 0;
    return obj_truthy(ts, r);
}

int obj_eq(ThreadState *ts, Value a, Value b) { return obj_richcompare_bool(ts, a, b, CMP_EQ); }

Value obj_compare(ThreadState *ts, Value a, Value b, CmpOp op)
{
    int r;
    switch (op) {
    case CMP_IS: return val_bool(a == b);
    case CMP_IS_NOT: return val_bool(a != b);
    case CMP_IN:
    case CMP_NOT_IN:
        r = obj_contains(ts, b, a);
        if (r < 0)
            return VAL_NULL;
        return val_bool(op == CMP_IN ? r : !r);
    default:
        return obj_richcompare(ts, a, b, (int)op);
    }
}

/* ---- attributes ---- */

static inline Value *instance_dict_slot(Value v, Type *t)
{
    return (Value *)((char *)OBJ(v) + t->dict_offset);
}

Value generic_getattr(ThreadState *ts, Value v, Value name)
{
    Type *t = val_type(v);
    Value descr = type_lookup(t, name);
    Type *dt = NULL;
    if (descr) {
        dt = val_type(descr);
        /* functions are the common case and never data descriptors */
        if (dt->tp_descr_get && val_kind(descr) != K_FUNCTION && descr_is_data(descr))
            return dt->tp_descr_get(ts, descr, v, VAL(t));
    }
    if (t->dict_offset && val_is_obj(v)) {
        Value d = *instance_dict_slot(v, t);
        if (d) {
            Value r = dict_get_str(d, name);
            if (r)
                return r;
        }
    }
    if (descr) {
        if (dt->tp_descr_get)
            return dt->tp_descr_get(ts, descr, v, VAL(t));
        return descr;
    }
    return err_attribute(ts, v, name);
}

int generic_setattr(ThreadState *ts, Value v, Value name, Value value)
{
    Type *t = val_type(v);
    Value descr = type_lookup(t, name);
    if (descr && val_kind(descr) != K_FUNCTION && descr_is_data(descr))
        return descr_set(ts, descr, v, value);
    if (t->dict_offset && val_is_obj(v)) {
        Value *dp = instance_dict_slot(v, t);
        if (value) {
            if (!*dp)
                *dp = dict_new(ts);
            return dict_set_str(ts->interp, *dp, name, value);
        }
        if (*dp) {
            int r = dict_del(ts, *dp, name);
            if (r <= 0)
                return r;
        }
        err_attribute(ts, v, name);
        return -1;
    }
    if (descr)
        err_format(ts, &exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name, str_cstr(name));
    else
        err_attribute(ts, v, name);
    return -1;
}

static bool check_name(ThreadState *ts, Value name)
{
    if (IS_STR(name))
        return true;
    err_format(ts, &exc_TypeError, "attribute name must be string, not '%s'", val_type_name(name));
    return false;
}

Value obj_getattr(ThreadState *ts, Value v, Value name)
{
    if (!check_name(ts, name))
        return VAL_NULL;
    Type *t = val_type(v);
    if (t->tp_getattr)
        return t->tp_getattr(ts, v, name);
    return generic_getattr(ts, v, name);
}

Value obj_getattr_cstr(ThreadState *ts, Value v, const char *name)
{
    return obj_getattr(ts, v, interp_intern_cstr(ts, name));
}

Value obj_lookup_attr(ThreadState *ts, Value v, Value name)
{
    Value r = obj_getattr(ts, v, name);
    if (r == VAL_NULL && err_matches(ts, &exc_AttributeError))
        err_clear(ts);
    return r;
}

int obj_setattr(ThreadState *ts, Value v, Value name, Value value)
{
    if (!check_name(ts, name))
        return -1;
    Type *t = val_type(v);
    if (t->tp_setattr)
        return t->tp_setattr(ts, v, name, value);
    if (type_lookup(t, name))
        err_format(ts, &exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name, str_cstr(name));
    else
        err_attribute(ts, v, name);
    return -1;
}

int obj_delattr(ThreadState *ts, Value v, Value name) { return obj_setattr(ts, v, name, VAL_NULL); }

/* ---- items ---- */

Value obj_getitem(ThreadState *ts, Value v, Value key)
{
    Type *t = val_type(v);
    if (t->tp_getitem)
        return t->tp_getitem(ts, v, key);
    if (IS_TYPE(v)) {
        Type *vt = (Type *)v;
        Value cg = type_lookup(vt, interp_intern_cstr(ts, "__class_getitem__"));
        if (cg) {
            Type *ct = val_type(cg);
            if (ct->tp_descr_get && val_kind(cg) != K_FUNCTION) {
                cg = ct->tp_descr_get(ts, cg, VAL_NULL, v);
                if (!cg)
                    return VAL_NULL;
                return vm_call1(ts, cg, key);
            }
            return vm_call2(ts, cg, v, key);
        }
        /* list[int], dict[str, int]... in annotations: gilsim has no
         * GenericAlias; the class itself stands in for it. */
        if (vt == &type_list || vt == &type_dict || vt == &type_tuple || vt == &type_set ||
            vt == &type_frozenset || vt == &type_type)
            return v;
        return err_format(ts, &exc_TypeError, "type '%s' is not subscriptable", vt->name);
    }
    return err_format(ts, &exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(ThreadState *ts, Value v, Value key, Value value)
{
    Type *t = val_type(v);
    if (t->tp_setitem)
        return t->tp_setitem(ts, v, key, value);
    if (value)
        err_format(ts, &exc_TypeError, "'%s' object does not support item assignment", t->name);
    else
        err_format(ts, &exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int obj_delitem(ThreadState *ts, Value v, Value key) { return obj_setitem(ts, v, key, VAL_NULL); }

/* ---- iteration ---- */

Value obj_iter(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t->tp_iter) {
        Value it = t->tp_iter(ts, v);
        if (it && !val_type(it)->tp_next)
            return err_format(ts, &exc_TypeError, "iter() returned non-iterator of type '%s'", val_type_name(it));
        return it;
    }
    if (t->tp_getitem)
        return seq_iter_new(ts, v);
    return err_format(ts, &exc_TypeError, "'%s' object is not iterable", t->name);
}

Value obj_next(ThreadState *ts, Value it)
{
    Type *t = val_type(it);
    if (!t->tp_next)
        return err_format(ts, &exc_TypeError, "'%s' object is not an iterator", t->name);
    /* map, zip, filter ... over one another recurse here. CPython does not
     * count it (and crashes on a chain of a million); the C stack bounds it. */
    if (!obj_check_c_stack(ts, " while iterating"))
        return VAL_NULL;
    return t->tp_next(ts, it);
}

int obj_contains(ThreadState *ts, Value container, Value x)
{
    Type *t = val_type(container);
    if (t->tp_contains)
        return t->tp_contains(ts, container, x);
    if (!t->tp_iter && !t->tp_getitem) {
        err_format(ts, &exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(ts, container);
    if (it == VAL_NULL)
        return -1;
    gc_push_root(ts, it);
    int found = 0;
    for (;;) {
        Value item = obj_next(ts, it);
        if (item == VAL_NULL) {
            found = err_occurred(ts) ? -1 : 0;
            break;
        }
        int r = obj_eq(ts, item, x);
        if (r != 0) {
            found = r;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    return found;
}

int64_t obj_known_length(Value v, bool distinct)
{
    if (!val_is_obj(v))
        return -1;
    Type *t = OBJ(v)->type;
    if (t == &type_range)
        return ((RangeObj *)v)->length;
    if (t == &type_dict)
        return dict_len(v);
    if (t == &type_set || t == &type_frozenset)
        return set_len(v);
    if (distinct)
        return -1;
    if (t == &type_list)
        return LIST(v)->length;
    if (t == &type_tuple)
        return TUPLE(v)->length;
    if (t == &type_str)
        return STR(v)->length;
    return -1;
}

Value seq_to_list(ThreadState *ts, Value iterable)
{
    int64_t n = obj_known_length(iterable, false);
    if (n > 0 && !gc_check_array(ts, n, sizeof(Value)))
        return VAL_NULL;
    if (IS_LIST(iterable))
        return list_from_array(ts, LIST(iterable)->length, LIST(iterable)->items);
    if (IS_TUPLE(iterable))
        return list_from_array(ts, TUPLE(iterable)->length, TUPLE(iterable)->items);
    Value it = obj_iter(ts, iterable);
    if (it == VAL_NULL)
        return VAL_NULL;
    gc_push_root(ts, it);
    Value list = list_new_empty(ts, n > 0 ? n : 0);
    gc_push_root(ts, list);
    for (;;) {
        Value item = obj_next(ts, it);
        if (item == VAL_NULL) {
            if (err_occurred(ts))
                list = VAL_NULL;
            break;
        }
        if (list_try_append(ts, list, item) < 0) {
            list = VAL_NULL;
            break;
        }
    }
    gc_pop_roots(ts, 2);
    return list;
}

Value *seq_items(ThreadState *ts, Value seq, int64_t *n, Value *holder)
{
    if (IS_TUPLE(seq)) {
        *n = TUPLE(seq)->length;
        return TUPLE(seq)->items;
    }
    if (IS_LIST(seq)) {
        *n = LIST(seq)->length;
        return LIST(seq)->items;
    }
    Value list = seq_to_list(ts, seq);
    if (list == VAL_NULL)
        return NULL;
    *holder = list;
    *n = LIST(list)->length;
    return LIST(list)->items;
}

/* ---- numbers ---- */

static const char *const binop_symbol[OP__BINARY_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
};
static const char *const inplace_symbol[OP__BINARY_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
};

static Value binary_op1(ThreadState *ts, BinaryOp op, Value a, Value b)
{
    Type *ta = val_type(a), *tb = val_type(b);
    Value (*slota)(ThreadState *, Value, Value) = ta->nb_binary[op];
    Value (*slotb)(ThreadState *, Value, Value) = NULL;
    if (tb != ta) {
        slotb = tb->nb_binary[op];
        if (slotb == slota)
            slotb = NULL;
    }
    Value r;
    if (slota) {
        if (slotb && type_is_subtype(tb, ta)) {
            r = slotb(ts, a, b);
            if (r != VAL_NOTIMPL)
                return r;
            slotb = NULL;
        }
        r = slota(ts, a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (slotb)
        return slotb(ts, a, b);
    return VAL_NOTIMPL;
}

/* Both operands declined: CPython then tries the sequence protocol, whose
 * concatenation of str, list and tuple has its own message. */
static Value binop_failed(ThreadState *ts, BinaryOp op, Value a, Value b, const char *symbol)
{
    if (op == OP_ADD) {
        Type *seq = NULL;
        Type *ta = val_type(a);
        if (type_is_subtype(ta, &type_str)) seq = &type_str;
        else if (type_is_subtype(ta, &type_list)) seq = &type_list;
        else if (type_is_subtype(ta, &type_tuple)) seq = &type_tuple;
        if (seq)
            return err_format(ts, &exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                              seq->name, val_type_name(b), seq->name);
    }
    return err_format(ts, &exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      symbol, val_type_name(a), val_type_name(b));
}

Value obj_binop(ThreadState *ts, BinaryOp op, Value a, Value b)
{
    if (val_is_smallint(a) && val_is_smallint(b)) {
        if (op == OP_ADD)
            return int_from_i64(ts, val_smallint(a) + val_smallint(b));
        if (op == OP_SUB)
            return int_from_i64(ts, val_smallint(a) - val_smallint(b));
    }
    Value r = binary_op1(ts, op, a, b);
    if (r != VAL_NOTIMPL)
        return r;
    return binop_failed(ts, op, a, b, binop_symbol[op]);
}

Value obj_inplace(ThreadState *ts, BinaryOp op, Value a, Value b)
{
    Type *ta = val_type(a);
    if (ta->nb_inplace[op]) {
        Value r = ta->nb_inplace[op](ts, a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (val_is_smallint(a) && val_is_smallint(b) && (op == OP_ADD || op == OP_SUB))
        return obj_binop(ts, op, a, b);
    Value r = binary_op1(ts, op, a, b);
    if (r != VAL_NOTIMPL)
        return r;
    return binop_failed(ts, op, a, b, inplace_symbol[op]);
}

Value obj_unary(ThreadState *ts, UnaryOpSlot op, Value a)
{
    Type *t = val_type(a);
    if (t->nb_unary[op])
        return t->nb_unary[op](ts, a);
    static const char *const sym[NB__UNARY_COUNT] = {"unary -", "unary +", "unary ~", "abs()"};
    return err_format(ts, &exc_TypeError, "bad operand type for %s: '%s'", sym[op], t->name);
}

Value obj_index(ThreadState *ts, Value v)
{
    if (val_is_int(v))
        return v;
    Type *t = val_type(v);
    if (!t->nb_index)
        return err_format(ts, &exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    Value r = t->nb_index(ts, v);
    if (r && !val_is_int(r))
        return err_format(ts, &exc_TypeError, "__index__ returned non-int (type %s)", val_type_name(r));
    return r;
}

bool obj_index_i64(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_smallint(v)) {
        *out = val_smallint(v);
        return true;
    }
    Value i = obj_index(ts, v);
    if (i == VAL_NULL)
        return false;
    if (!int_to_i64(i, out)) {
        err_format(ts, &exc_OverflowError, "cannot fit '%s' into an index-sized integer", val_type_name(v));
        return false;
    }
    return true;
}
