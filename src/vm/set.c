/* set.c — Python set and frozenset.
 *
 * The hash table follows CPython's Objects/setobject.c closely, because the
 * iteration order of a set is visible (print({3, 1, 2}) shows {1, 2, 3}) and
 * programs print sets: same table sizes (8 slots inline, growing to
 * used*4 when fill reaches 3/5), same probe sequence (9 linear probes, then
 * perturbation), same dummies on deletion, the same resize on updates and
 * the same algorithm for each operation. Entries hold the key's hash; an
 * empty slot has key VAL_NULL, a deleted one the DUMMY marker and hash -1.
 *
 * Comparing keys may run Python code (__eq__), which may mutate the set: a
 * lookup checks afterwards that the table and the entry are unchanged and
 * starts over if not.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vm/set.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define HASH_MODULUS ((INT64_C(1) << 61) - 1)

typedef struct SetEntry { Value key; int64_t hash; } SetEntry;

typedef struct SetObj {
    Obj h;
    int64_t fill;          /* active + dummy slots */
    int64_t used;          /* active slots */
    int64_t mask;          /* table size - 1 */
    int64_t finger;        /* where pop() searches next */
    int64_t hash;          /* frozenset: cached hash, -1 until computed */
    SetEntry *table;       /* smalltable or a GC buffer */
    Interp *in;            /* whose heap the buffer is counted in (finalize has no other way to know) */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

#define SET(v) ((SetObj *)(v))

/* The marker of deleted slots: an aligned static word never used as a Value. */
static const int64_t set_dummy_word = 0;
#define DUMMY ((Value)&set_dummy_word)

static inline bool is_anyset(Value v) { return val_is(v, K_SET) || val_is(v, K_FROZENSET); }
static inline bool is_exact_str(Value v) { return val_is_obj(v) && OBJ(v)->type == &type_str; }

static inline int64_t key_hash(ThreadState *ts, Value key)
{
    if (val_is_smallint(key)) {
        int64_t i = val_smallint(key);
        if (i > -HASH_MODULUS && i < HASH_MODULUS)
            return i == -1 ? -2 : i;
        return int_hash(key);
    }
    if (OBJ(key)->type == &type_str)
        return str_hash(key);
    return obj_hash(ts, key);
}

static inline bool key_cheap(Value key) { return val_is_smallint(key) || is_exact_str(key); }


/* ---- the table ---- */

static void set_init_empty(SetObj *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->finger = 0;
    so->hash = -1;
}

static SetObj *set_alloc(ThreadState *ts, Type *t)
{
    size_t size = t->instance_size > sizeof(SetObj) ? t->instance_size : sizeof(SetObj);
    SetObj *so = gc_alloc(ts, t, size);
    set_init_empty(so);
    so->in = ts->interp;
    return so;
}

/* The base type (set or frozenset) of a set-like value, for results. */
static Type *base_type(Value v) { return val_is(v, K_FROZENSET) ? &type_frozenset : &type_set; }

static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (!entry->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* -1 with MemoryError (the set unchanged) if the heap cannot hold the new
 * table next to the old; ts NULL: never refused. */
static int table_resize(ThreadState *ts, SetObj *so, int64_t minused)
{
    if (ts && minused > INT64_C(1) << 40) {
        err_no_memory(ts);
        return -1;
    }
    uint64_t newsize = SET_MINSIZE;
    while (newsize <= (uint64_t)minused)
        newsize <<= 1;
    if (ts && newsize > SET_MINSIZE && !gc_check_size(ts, sizeof(SetEntry) * newsize))
        return -1;
    SetEntry *oldtable = so->table;
    uint64_t oldmask = (uint64_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!old_malloced) {
        memcpy(small_copy, oldtable, sizeof small_copy);
        oldtable = small_copy;
    }
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
    } else {
        newtable = gc_buf_alloc(so->in, sizeof(SetEntry) * newsize);
    }
    memset(newtable, 0, sizeof(SetEntry) * newsize);
    so->table = newtable;
    so->mask = (int64_t)(newsize - 1);
    bool dummies = so->fill != so->used;
    so->fill = so->used;
    for (uint64_t k = 0; k <= oldmask; k++) {
        Value key = oldtable[k].key;
        if (key && (!dummies || key != DUMMY))
            insert_clean(newtable, newsize - 1, key, oldtable[k].hash);
    }
    if (old_malloced)
        gc_buf_free(so->in, oldtable, sizeof(SetEntry) * (oldmask + 1));
    return 0;
}

/* The entry holding key, or the empty slot ending the probe (key NULL); NULL
 * with an error set if a comparison raised. */
static SetEntry *set_lookkey(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key)
                return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (is_exact_str(startkey) && is_exact_str(key)) {
                    if (str_eq(startkey, key))
                        return entry;
                } else if (!(val_is_smallint(startkey) && val_is_smallint(key))) {
                    SetEntry *table = so->table;
                    int cmp = obj_eq(ts, startkey, key);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (uint64_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key with its hash: -1 on error. */
static int add_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *entry, *freeslot = NULL;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key)
                    return 0;
                if (is_exact_str(startkey) && is_exact_str(key)) {
                    if (str_eq(startkey, key))
                        return 0;
                } else if (!(val_is_smallint(startkey) && val_is_smallint(key))) {
                    SetEntry *table = so->table;
                    int cmp = obj_eq(ts, startkey, key);
                    if (cmp > 0)
                        return 0;
                    if (cmp < 0)
                        return -1;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (uint64_t)so->mask;
                }
            } else if (entry->hash == -1 && !freeslot) {
                freeslot = entry;          /* a dummy: reused if the key is absent */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3)
        return 0;
    if (table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4) == 0)
        return 0;
    /* refused: take the key out again, so that a full table never forms */
    entry->key = VAL_NULL;
    entry->hash = 0;
    so->fill--;
    so->used--;
    return -1;
}

static int add_key(ThreadState *ts, SetObj *so, Value key)
{
    if (key_cheap(key))
        return add_entry(ts, so, key, key_hash(ts, key));
    gc_push_root(ts, key);                /* hashing/comparing may run Python code */
    int64_t h = key_hash(ts, key);
    int r = h == -1 ? -1 : add_entry(ts, so, key, h);
    gc_pop_roots(ts, 1);
    return r;
}

/* 1 found, 0 absent, -1 error. */
static int contains_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = set_lookkey(ts, so, key, hash);
    if (!e)
        return -1;
    return e->key != VAL_NULL;
}

/* 1 discarded, 0 absent, -1 error. */
static int discard_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = set_lookkey(ts, so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

static void set_clear_internal(ThreadState *ts, SetObj *so)
{
    if (so->table != so->smalltable)
        gc_buf_free(so->in, so->table, sizeof(SetEntry) * (size_t)(so->mask + 1));
    int64_t h = so->hash;
    set_init_empty(so);
    so->hash = h;
}

static bool next_entry(SetObj *so, int64_t *pos, SetEntry **out)
{
    for (int64_t i = *pos; i <= so->mask; i++) {
        Value k = so->table[i].key;
        if (k && k != DUMMY) {
            *pos = i + 1;
            *out = &so->table[i];
            return true;
        }
    }
    *pos = so->mask + 1;
    return false;
}

/* ---- merging ---- */

static int set_merge(ThreadState *ts, SetObj *so, SetObj *other)
{
    if (so == other || other->used == 0)
        return 0;
    /* one big resize first, rather than growing as keys go in */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(ts, so, (so->used + other->used) * 2) < 0)
        return -1;
    SetEntry *ot = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (ot[i].key) {
                so->table[i] = ot[i];
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (ot[i].key && ot[i].key != DUMMY)
                insert_clean(so->table, (uint64_t)so->mask, ot[i].key, ot[i].hash);
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];          /* re-read: adding may run Python */
        if (e.key && e.key != DUMMY && add_entry(ts, so, e.key, e.hash) < 0)
            return -1;
        if (i > other->mask)
            break;
    }
    return 0;
}

static int update_internal(ThreadState *ts, SetObj *so, Value other)
{
    if (is_anyset(other))
        return set_merge(ts, so, SET(other));
    int64_t n = obj_known_length(other, true);
    if (n > 0 && (so->fill + n) * 5 >= so->mask * 3 && table_resize(ts, so, (so->used + n) * 2) < 0)
        return -1;
    if (IS_DICT(other) && val_type(other) == &type_dict) {
        int64_t pos = 0;
        Value k;
        while (dict_next(other, &pos, &k, NULL))
            if (add_key(ts, so, k) < 0)
                return -1;
        return 0;
    }
    Value it = obj_iter(ts, other);
    if (!it)
        return -1;
    gc_push_root(ts, VAL(so));
    gc_push_root(ts, it);
    Value key;
    int rc = 0;
    while ((key = obj_next(ts, it)) != VAL_NULL) {
        if (add_key(ts, so, key) < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 2);
    if (rc == 0 && err_occurred(ts))
        rc = -1;
    return rc;
}

static Value make_new_set(ThreadState *ts, Type *t, Value iterable)
{
    SetObj *so = set_alloc(ts, t);
    if (iterable) {
        gc_push_root(ts, VAL(so));
        int r = update_internal(ts, so, iterable);
        gc_pop_roots(ts, 1);
        if (r < 0)
            return VAL_NULL;
    }
    return VAL(so);
}

static Value set_copy_of(ThreadState *ts, Value v) { return make_new_set(ts, base_type(v), v); }

/* ---- the C API (set.h) ---- */

Value set_new(ThreadState *ts) { return VAL(set_alloc(ts, &type_set)); }

Value frozenset_new(ThreadState *ts, Value iterable) { return make_new_set(ts, &type_frozenset, iterable); }

int set_add(ThreadState *ts, Value set, Value key) { return add_key(ts, SET(set), key); }

Value frozenset_const(ThreadState *ts, Value items)
{
    Value first = make_new_set(ts, &type_frozenset, items);
    if (!first)
        return VAL_NULL;
    gc_push_root(ts, first);
    Value order = list_new_empty(ts, SET(first)->used);
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(SET(first), &pos, &e))
        list_append(ts, order, e->key);
    gc_push_root(ts, order);
    Value r = make_new_set(ts, &type_frozenset, order);
    gc_pop_roots(ts, 2);
    return r;
}

/* key's hash; a set key is looked up as a frozenset (CPython does too). */
static int64_t lookup_hash(ThreadState *ts, Value *key, Value *tmp)
{
    int64_t h = key_hash(ts, *key);
    if (h == -1 && val_is(*key, K_SET) && err_matches(ts, &exc_TypeError)) {
        err_clear(ts);
        *tmp = make_new_set(ts, &type_frozenset, *key);
        if (!*tmp)
            return -1;
        *key = *tmp;
        h = key_hash(ts, *key);
    }
    return h;
}

int set_contains(ThreadState *ts, Value set, Value key)
{
    Value tmp = VAL_NULL;
    int64_t h = lookup_hash(ts, &key, &tmp);
    if (h == -1)
        return -1;
    if (key_cheap(key))
        return contains_entry(ts, SET(set), key, h);
    gc_push_root(ts, key);
    int r = contains_entry(ts, SET(set), key, h);
    gc_pop_roots(ts, 1);
    return r;
}

int set_update(ThreadState *ts, Value set, Value iterable) { return update_internal(ts, SET(set), iterable); }

int64_t set_len(Value set) { return SET(set)->used; }

bool set_next(Value set, int64_t *pos, Value *key)
{
    SetEntry *e;
    if (!next_entry(SET(set), pos, &e))
        return false;
    *key = e->key;
    return true;
}

/* ---- the operations ---- */

static Value set_intersection(ThreadState *ts, Value sv, Value other)
{
    if (sv == other)
        return set_copy_of(ts, sv);
    SetObj *result = set_alloc(ts, base_type(sv));
    Value rv = VAL(result);
    gc_push_root(ts, rv);
    int rc = 0;
    if (is_anyset(other)) {
        SetObj *so = SET(sv), *ot = SET(other);
        if (ot->used > so->used) {
            SetObj *t = so;
            so = ot;
            ot = t;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(ot, &pos, &e)) {
            Value key = e->key;
            int64_t h = e->hash;
            int k = contains_entry(ts, so, key, h);
            if (k < 0 || (k && add_entry(ts, result, key, h) < 0)) {
                rc = -1;
                break;
            }
        }
    } else {
        Value it = obj_iter(ts, other);
        if (!it) {
            rc = -1;
        } else {
            gc_push_root(ts, it);
            Value key;
            while ((key = obj_next(ts, it)) != VAL_NULL) {
                gc_push_root(ts, key);
                int64_t h = key_hash(ts, key);
                int k = h == -1 ? -1 : contains_entry(ts, SET(sv), key, h);
                if (k > 0)
                    k = add_entry(ts, result, key, h) < 0 ? -1 : 1;
                gc_pop_roots(ts, 1);
                if (k < 0) {
                    rc = -1;
                    break;
                }
            }
            gc_pop_roots(ts, 1);
            if (rc == 0 && err_occurred(ts))
                rc = -1;
        }
    }
    gc_pop_roots(ts, 1);
    return rc < 0 ? VAL_NULL : rv;
}

/* Exchange the tables of two sets (intersection_update keeps the result's). */
static void swap_bodies(SetObj *a, SetObj *b)
{
    SetObj t;
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    t.fill = a->fill; t.used = a->used; t.mask = a->mask; t.table = a->table;
    memcpy(t.smalltable, a->smalltable, sizeof t.smalltable);
    a->fill = b->fill; a->used = b->used; a->mask = b->mask;
    memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
    a->table = b_small ? a->smalltable : b->table;
    b->fill = t.fill; b->used = t.used; b->mask = t.mask;
    memcpy(b->smalltable, t.smalltable, sizeof b->smalltable);
    b->table = a_small ? b->smalltable : t.table;
    a->hash = b->hash = -1;
    a->finger = b->finger = 0;
}

static int intersection_update(ThreadState *ts, Value sv, Value other)
{
    Value tmp = set_intersection(ts, sv, other);
    if (!tmp)
        return -1;
    swap_bodies(SET(sv), SET(tmp));
    set_clear_internal(ts, SET(tmp));
    return 0;
}

static int difference_update_internal(ThreadState *ts, SetObj *so, Value other)
{
    if (VAL(so) == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    if (is_anyset(other)) {
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(SET(other), &pos, &e))
            if (discard_entry(ts, so, e->key, e->hash) < 0)
                return -1;
    } else {
        Value it = obj_iter(ts, other);
        if (!it)
            return -1;
        gc_push_root(ts, it);
        Value key;
        int rc = 0;
        while ((key = obj_next(ts, it)) != VAL_NULL) {
            gc_push_root(ts, key);
            int64_t h = key_hash(ts, key);
            int k = h == -1 ? -1 : discard_entry(ts, so, key, h);
            gc_pop_roots(ts, 1);
            if (k < 0) {
                rc = -1;
                break;
            }
        }
        gc_pop_roots(ts, 1);
        if (rc < 0 || err_occurred(ts))
            return -1;
    }
    /* more than 1/4 dummies: resize them away */
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return 0;
    return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value set_difference(ThreadState *ts, Value sv, Value other)
{
    int64_t other_size;
    if (is_anyset(other))
        other_size = SET(other)->used;
    else if (IS_DICT(other) && val_type(other) == &type_dict)
        other_size = dict_len(other);
    else
        other_size = -1;
    SetObj *so = SET(sv);
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Value r = set_copy_of(ts, sv);
        if (!r)
            return VAL_NULL;
        gc_push_root(ts, r);
        int k = difference_update_internal(ts, SET(r), other);
        gc_pop_roots(ts, 1);
        return k < 0 ? VAL_NULL : r;
    }
    SetObj *result = set_alloc(ts, base_type(sv));
    gc_push_root(ts, VAL(result));
    int64_t pos = 0;
    SetEntry *e;
    int rc = 0;
    while (next_entry(so, &pos, &e)) {
        Value key = e->key;
        int64_t h = e->hash;
        int k;
        if (is_anyset(other)) {
            k = contains_entry(ts, SET(other), key, h);
        } else {
            Value v = dict_get(ts, other, key);
            k = v ? 1 : err_occurred(ts) ? -1 : 0;
        }
        if (k < 0 || (!k && add_entry(ts, result, key, h) < 0)) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    return rc < 0 ? VAL_NULL : VAL(result);
}

static int symmetric_difference_update(ThreadState *ts, Value sv, Value other)
{
    SetObj *so = SET(sv);
    if (sv == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    Value otherset = other;
    if (!is_anyset(other)) {
        otherset = make_new_set(ts, &type_set, other);
        if (!otherset)
            return -1;
    }
    gc_push_root(ts, otherset);
    int64_t pos = 0;
    SetEntry *e;
    int rc = 0;
    while (next_entry(SET(otherset), &pos, &e)) {
        Value key = e->key;
        int64_t h = e->hash;
        int k = discard_entry(ts, so, key, h);
        if (k < 0 || (k == 0 && add_entry(ts, so, key, h) < 0)) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    return rc;
}

static Value set_symmetric_difference(ThreadState *ts, Value sv, Value other)
{
    Value r = make_new_set(ts, base_type(sv), other);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    int k = symmetric_difference_update(ts, r, sv);
    gc_pop_roots(ts, 1);
    return k < 0 ? VAL_NULL : r;
}

/* 1 if every item of sv is in other (a set), 0 if not, -1 on error. */
static int issubset_set(ThreadState *ts, Value sv, Value other)
{
    if (SET(sv)->used > SET(other)->used)
        return 0;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(SET(sv), &pos, &e)) {
        int k = contains_entry(ts, SET(other), e->key, e->hash);
        if (k <= 0)
            return k;
    }
    return 1;
}

Value set_inplace_op(ThreadState *ts, Value set, Value other, BinaryOp op)
{
    int r;
    switch (op) {
    case OP_BITOR: r = update_internal(ts, SET(set), other); break;
    case OP_BITAND: r = intersection_update(ts, set, other); break;
    case OP_SUB: r = difference_update_internal(ts, SET(set), other); break;
    case OP_BITXOR: r = symmetric_difference_update(ts, set, other); break;
    default: return VAL_NOTIMPL;
    }
    return r < 0 ? VAL_NULL : set;
}

/* ---- slots ---- */

static Value set_repr(ThreadState *ts, Value self)
{
    SetObj *so = SET(self);
    Type *t = val_type(self);
    bool exact_set = t == &type_set;
    if (so->used == 0)
        return str_printf(ts, "%s()", t->name);
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_printf(ts, "%s(...)", t->name);
    Value keys = list_new_empty(ts, so->used);
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e))
        list_append(ts, keys, e->key);
    gc_push_root(ts, keys);
    StrBuf sb;
    sb_init(&sb);
    if (!exact_set) {
        sb_puts(&sb, t->name);
        sb_putc(&sb, '(');
    }
    sb_putc(&sb, '{');
    for (int64_t i = 0; i < LIST(keys)->length; i++) {
        if (i)
            sb_append(&sb, ", ", 2);
        if (sb_append_repr(ts, &sb, LIST(keys)->items[i]) < 0) {
            sb_free(&sb);
            gc_pop_roots(ts, 1);
            repr_leave(ts, self);
            return VAL_NULL;
        }
    }
    sb_putc(&sb, '}');
    if (!exact_set)
        sb_putc(&sb, ')');
    gc_pop_roots(ts, 1);
    repr_leave(ts, self);
    return sb_finish(ts, &sb);
}

static int64_t set_tp_len(ThreadState *ts, Value self) { return SET(self)->used; }

static int set_tp_contains(ThreadState *ts, Value self, Value key) { return set_contains(ts, self, key); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167); }

static int64_t frozenset_hash(ThreadState *ts, Value self)
{
    SetObj *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e))
        hash ^= shuffle_bits((uint64_t)e->hash);
    hash ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * UINT64_C(69069) + UINT64_C(907133923);
    if (hash == (uint64_t)-1)
        hash = UINT64_C(590923713);
    so->hash = (int64_t)hash;
    return so->hash;
}

static Value set_richcompare(ThreadState *ts, Value v, Value w, int op)
{
    if (!is_anyset(v) || !is_anyset(w))
        return VAL_NOTIMPL;
    SetObj *a = SET(v), *b = SET(w);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = issubset_set(ts, v, w);
        if (r < 0)
            return VAL_NULL;
        return val_bool(op == CMP_EQ ? r : !r);
    case CMP_LE: r = issubset_set(ts, v, w); break;
    case CMP_GE: r = issubset_set(ts, w, v); break;
    case CMP_LT: r = a->used < b->used ? issubset_set(ts, v, w) : 0; break;
    default:     r = a->used > b->used ? issubset_set(ts, w, v) : 0; break;
    }
    if (r < 0)
        return VAL_NULL;
    return val_bool(r);
}

static Value set_or(ThreadState *ts, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b))
        return VAL_NOTIMPL;
    Value r = set_copy_of(ts, a);
    if (!r)
        return VAL_NULL;
    if (a == b)
        return r;
    gc_push_root(ts, r);
    int k = update_internal(ts, SET(r), b);
    gc_pop_roots(ts, 1);
    return k < 0 ? VAL_NULL : r;
}

static Value set_and(ThreadState *ts, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_intersection(ts, a, b);
}

static Value set_sub(ThreadState *ts, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_difference(ts, a, b);
}

static Value set_xor(ThreadState *ts, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_symmetric_difference(ts, a, b);
}

static Value set_ior(ThreadState *ts, Value a, Value b)
{
    if (!val_is(a, K_SET) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_inplace_op(ts, a, b, OP_BITOR);
}
static Value set_iand(ThreadState *ts, Value a, Value b)
{
    if (!val_is(a, K_SET) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_inplace_op(ts, a, b, OP_BITAND);
}
static Value set_isub(ThreadState *ts, Value a, Value b)
{
    if (!val_is(a, K_SET) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_inplace_op(ts, a, b, OP_SUB);
}
static Value set_ixor(ThreadState *ts, Value a, Value b)
{
    if (!val_is(a, K_SET) || !is_anyset(b))
        return VAL_NOTIMPL;
    return set_inplace_op(ts, a, b, OP_BITXOR);
}

static Value set_tp_iter(ThreadState *ts, Value self)
{
    IterObj *it = gc_alloc(ts, &type_set_iter, sizeof(IterObj));
    it->a = self;
    it->i = 0;                  /* table position */
    it->n = SET(self)->used;    /* size when iteration began */
    return VAL(it);
}

static Value setiter_next(ThreadState *ts, Value self)
{
    IterObj *it = (IterObj *)self;
    if (!it->a)
        return VAL_NULL;
    SetObj *so = SET(it->a);
    if (so->used != it->n) {
        it->n = -1;
        return err_format(ts, &exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!next_entry(so, &it->i, &e)) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    return e->key;
}

/* ---- methods ---- */

static Value set_add_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "set.add", argc, kwnames))
        return VAL_NULL;
    if (add_key(ts, SET(argv[0]), argv[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value discard_common(ThreadState *ts, int argc, Value *argv, Value kwnames, const char *name, bool raise)
{
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    Value key = argv[1], tmp = VAL_NULL;
    int64_t h = lookup_hash(ts, &key, &tmp);
    if (h == -1)
        return VAL_NULL;
    gc_push_root(ts, key);
    int k = discard_entry(ts, SET(argv[0]), key, h);
    gc_pop_roots(ts, 1);
    if (k < 0)
        return VAL_NULL;
    if (k == 0 && raise)
        return err_set_arg(ts, &exc_KeyError, argv[1]);
    return VAL_NONE;
}

static Value set_remove(ThreadState *ts, int argc, Value *argv, Value kw) { return discard_common(ts, argc, argv, kw, "set.remove", true); }
static Value set_discard(ThreadState *ts, int argc, Value *argv, Value kw) { return discard_common(ts, argc, argv, kw, "set.discard", false); }

static Value set_pop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "set.pop", argc, kwnames))
        return VAL_NULL;
    SetObj *so = SET(argv[0]);
    if (so->used == 0)
        return err_set_arg(ts, &exc_KeyError, str_from_cstr(ts, "pop from an empty set"));
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!entry->key || entry->key == DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    Value key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Value set_clear_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "set.clear", argc, kwnames))
        return VAL_NULL;
    set_clear_internal(ts, SET(argv[0]));
    return VAL_NONE;
}

static Value set_copy_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    const char *name = val_is(argv[0], K_FROZENSET) ? "frozenset.copy" : "set.copy";
    if (!argc_none(ts, name, argc, kwnames))
        return VAL_NULL;
    if (val_type(argv[0]) == &type_frozenset)
        return argv[0];
    return set_copy_of(ts, argv[0]);
}

static bool no_kw(ThreadState *ts, const char *name, Value kwnames)
{
    if (kwnames && TUPLE(kwnames)->length) {
        err_format(ts, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

static Value set_update_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "set.update", kwnames))
        return VAL_NULL;
    for (int i = 1; i < argc; i++)
        if (update_internal(ts, SET(argv[0]), argv[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value set_union(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "union", kwnames))
        return VAL_NULL;
    Value r = set_copy_of(ts, argv[0]);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    for (int i = 1; i < argc; i++) {
        if (argv[i] == argv[0])
            continue;
        if (update_internal(ts, SET(r), argv[i]) < 0) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
    }
    gc_pop_roots(ts, 1);
    return r;
}

static Value set_intersection_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "intersection", kwnames))
        return VAL_NULL;
    if (argc == 1)
        return set_copy_of(ts, argv[0]);
    Value r = argv[0];
    for (int i = 1; i < argc; i++) {
        gc_push_root(ts, r);
        Value n = set_intersection(ts, r, argv[i]);
        gc_pop_roots(ts, 1);
        if (!n)
            return VAL_NULL;
        r = n;
    }
    return r;
}

static Value set_intersection_update_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "intersection_update", kwnames))
        return VAL_NULL;
    Value r = set_intersection_meth(ts, argc, argv, VAL_NULL);
    if (!r)
        return VAL_NULL;
    if (r != argv[0]) {
        swap_bodies(SET(argv[0]), SET(r));
        set_clear_internal(ts, SET(r));
    }
    return VAL_NONE;
}

static Value set_difference_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "difference", kwnames))
        return VAL_NULL;
    if (argc == 1)
        return set_copy_of(ts, argv[0]);
    Value r = set_difference(ts, argv[0], argv[1]);
    if (!r)
        return VAL_NULL;
    gc_push_root(ts, r);
    for (int i = 2; i < argc; i++) {
        if (difference_update_internal(ts, SET(r), argv[i]) < 0) {
            gc_pop_roots(ts, 1);
            return VAL_NULL;
        }
    }
    gc_pop_roots(ts, 1);
    return r;
}

static Value set_difference_update_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "difference_update", kwnames))
        return VAL_NULL;
    for (int i = 1; i < argc; i++)
        if (difference_update_internal(ts, SET(argv[0]), argv[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value set_symdiff_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    const char *name = val_is(argv[0], K_FROZENSET) ? "frozenset.symmetric_difference" : "set.symmetric_difference";
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    return set_symmetric_difference(ts, argv[0], argv[1]);
}

static Value set_symdiff_update_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "set.symmetric_difference_update", argc, kwnames))
        return VAL_NULL;
    if (symmetric_difference_update(ts, argv[0], argv[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value set_issubset(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    const char *name = val_is(argv[0], K_FROZENSET) ? "frozenset.issubset" : "set.issubset";
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    Value other = argv[1];
    if (!is_anyset(other)) {
        other = make_new_set(ts, &type_set, other);
        if (!other)
            return VAL_NULL;
    }
    gc_push_root(ts, other);
    int r = issubset_set(ts, argv[0], other);
    gc_pop_roots(ts, 1);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value set_issuperset(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    const char *name = val_is(argv[0], K_FROZENSET) ? "frozenset.issuperset" : "set.issuperset";
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    if (is_anyset(argv[1])) {
        int r = issubset_set(ts, argv[1], argv[0]);
        return r < 0 ? VAL_NULL : val_bool(r);
    }
    Value it = obj_iter(ts, argv[1]);
    if (!it)
        return VAL_NULL;
    gc_push_root(ts, it);
    Value key, r = VAL_TRUE;
    while ((key = obj_next(ts, it)) != VAL_NULL) {
        int k = set_contains(ts, argv[0], key);
        if (k <= 0) {
            r = k < 0 ? VAL_NULL : VAL_FALSE;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (r == VAL_TRUE && err_occurred(ts))
        return VAL_NULL;
    return r;
}

static Value set_isdisjoint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    const char *name = val_is(argv[0], K_FROZENSET) ? "frozenset.isdisjoint" : "set.isdisjoint";
    if (!argc_one(ts, name, argc, kwnames))
        return VAL_NULL;
    Value sv = argv[0], other = argv[1];
    if (is_anyset(other)) {
        SetObj *a = SET(sv), *b = SET(other);
        if (a->used > b->used) {
            SetObj *t = a;
            a = b;
            b = t;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(a, &pos, &e)) {
            int k = contains_entry(ts, b, e->key, e->hash);
            if (k != 0)
                return k < 0 ? VAL_NULL : VAL_FALSE;
        }
        return VAL_TRUE;
    }
    Value it = obj_iter(ts, other);
    if (!it)
        return VAL_NULL;
    gc_push_root(ts, it);
    Value key, r = VAL_TRUE;
    while ((key = obj_next(ts, it)) != VAL_NULL) {
        int k = set_contains(ts, sv, key);
        if (k != 0) {
            r = k < 0 ? VAL_NULL : VAL_FALSE;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (r == VAL_TRUE && err_occurred(ts))
        return VAL_NULL;
    return r;
}

static Value set_reduce_unsupported(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    return err_format(ts, &exc_NotImplementedError, "pickling sets is not supported by gilsim");
}

/* ---- constructors ---- */

static Value set_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return VAL(set_alloc(ts, t));
}

static int set_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "set", kwnames))
        return -1;
    if (argc > 1) {
        err_format(ts, &exc_TypeError, "set expected at most 1 argument, got %d", argc);
        return -1;
    }
    if (SET(self)->used)
        set_clear_internal(ts, SET(self));
    if (argc == 1)
        return update_internal(ts, SET(self), argv[0]);
    return 0;
}

static Value frozenset_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    if (!no_kw(ts, "frozenset", kwnames))
        return VAL_NULL;
    if (argc > 1)
        return err_format(ts, &exc_TypeError, "frozenset expected at most 1 argument, got %d", argc);
    if (argc == 1 && t == &type_frozenset && val_type(argv[0]) == &type_frozenset)
        return argv[0];
    return make_new_set(ts, t, argc ? argv[0] : VAL_NULL);
}

static void set_trace(GC *gc, Obj *self)
{
    SetObj *so = (SetObj *)self;
    for (int64_t i = 0; i <= so->mask; i++) {
        Value k = so->table[i].key;
        if (k && k != DUMMY)
            gc_mark(gc, k);
    }
}

static void set_finalize(Obj *self)
{
    SetObj *so = (SetObj *)self;
    if (so->table != so->smalltable)
        gc_buf_free(so->in, so->table, sizeof(SetEntry) * (size_t)(so->mask + 1));
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
}

DUNDER_LEN(set_dlen, "__len__", set_tp_len)
DUNDER_CONTAINS(set_dcontains, "__contains__", set_tp_contains)
DUNDER_UNARY(set_diter, "__iter__", set_tp_iter)
DUNDER_UNARY(set_drepr, "__repr__", set_repr)
DUNDER_BINARY(set_dor, "__or__", set_or)
DUNDER_BINARY(set_dand, "__and__", set_and)
DUNDER_BINARY(set_dsub, "__sub__", set_sub)
DUNDER_BINARY(set_dxor, "__xor__", set_xor)
DUNDER_BINARY(set_dior, "set.__ior__", set_ior)
DUNDER_BINARY(set_diand, "set.__iand__", set_iand)
DUNDER_BINARY(set_disub, "set.__isub__", set_isub)
DUNDER_BINARY(set_dixor, "set.__ixor__", set_ixor)
DUNDER_CMP(set_deq, "__eq__", set_richcompare, CMP_EQ)
DUNDER_CMP(set_dne, "__ne__", set_richcompare, CMP_NE)
DUNDER_CMP(set_dlt, "__lt__", set_richcompare, CMP_LT)
DUNDER_CMP(set_dle, "__le__", set_richcompare, CMP_LE)
DUNDER_CMP(set_dgt, "__gt__", set_richcompare, CMP_GT)
DUNDER_CMP(set_dge, "__ge__", set_richcompare, CMP_GE)
DUNDER_HASH(frozenset_dhash, "frozenset.__hash__", frozenset_hash)
DUNDER_INIT(set_dinit, set_tp_init)
DUNDER_NEW(set_dnew, &type_set, set_tp_new)
DUNDER_NEW(frozenset_dnew, &type_frozenset, frozenset_tp_new)

#define SET_COMMON_DUNDERS                                                                           \
    {"__len__", set_dlen, 0}, {"__contains__", set_dcontains, METH_COEXIST},                        \
    {"__iter__", set_diter, 0},                                                                      \
    {"__repr__", set_drepr, 0}, {"__or__", set_dor, 0}, {"__and__", set_dand, 0},                   \
    {"__sub__", set_dsub, 0}, {"__xor__", set_dxor, 0}, {"__eq__", set_deq, 0}, {"__ne__", set_dne, 0}, \
    {"__lt__", set_dlt, 0}, {"__le__", set_dle, 0}, {"__gt__", set_dgt, 0}, {"__ge__", set_dge, 0},     \
    {"__class_getitem__", generic_class_getitem, METH_CLASS}

static const MethodDef set_methods[] = {
    SET_COMMON_DUNDERS, {"__init__", set_dinit, 0}, {"__new__", set_dnew, METH_STATIC}, {"__ior__", set_dior, 0}, {"__iand__", set_diand, 0},
    {"__isub__", set_disub, 0}, {"__ixor__", set_dixor, 0},
    {"add", set_add_meth, 0}, {"remove", set_remove, 0}, {"discard", set_discard, 0},
    {"pop", set_pop, 0}, {"clear", set_clear_meth, 0}, {"copy", set_copy_meth, 0},
    {"update", set_update_meth, 0}, {"union", set_union, 0}, {"intersection", set_intersection_meth, 0},
    {"intersection_update", set_intersection_update_meth, 0}, {"difference", set_difference_meth, 0},
    {"difference_update", set_difference_update_meth, 0},
    {"symmetric_difference", set_symdiff_meth, 0},
    {"symmetric_difference_update", set_symdiff_update_meth, 0},
    {"issubset", set_issubset, 0}, {"issuperset", set_issuperset, 0}, {"isdisjoint", set_isdisjoint, 0},
    {"__reduce__", set_reduce_unsupported, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    SET_COMMON_DUNDERS, {"__hash__", frozenset_dhash, 0}, {"__new__", frozenset_dnew, METH_STATIC},
    {"copy", set_copy_meth, 0}, {"union", set_union, 0}, {"intersection", set_intersection_meth, 0},
    {"difference", set_difference_meth, 0}, {"symmetric_difference", set_symdiff_meth, 0},
    {"issubset", set_issubset, 0}, {"issuperset", set_issuperset, 0}, {"isdisjoint", set_isdisjoint, 0},
    {"__reduce__", set_reduce_unsupported, 0},
    {NULL, NULL, 0},
};

Type type_set = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "set",
    .layout = K_SET,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(SetObj),
    .methods = set_methods,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .tp_repr = set_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = set_richcompare,
    .tp_len = set_tp_len,
    .tp_contains = set_tp_contains,
    .tp_iter = set_tp_iter,
    .nb_binary = {[OP_BITOR] = set_or, [OP_BITAND] = set_and, [OP_SUB] = set_sub, [OP_BITXOR] = set_xor},
    .nb_inplace = {[OP_BITOR] = set_ior, [OP_BITAND] = set_iand, [OP_SUB] = set_isub, [OP_BITXOR] = set_ixor},
    .trace = set_trace,
    .finalize = set_finalize,
};

Type type_frozenset = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "frozenset",
    .layout = K_FROZENSET,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(SetObj),
    .methods = frozenset_methods,
    .tp_new = frozenset_tp_new,
    .tp_repr = set_repr,
    .tp_hash = frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_len = set_tp_len,
    .tp_contains = set_tp_contains,
    .tp_iter = set_tp_iter,
    .nb_binary = {[OP_BITOR] = set_or, [OP_BITAND] = set_and, [OP_SUB] = set_sub, [OP_BITXOR] = set_xor},
    .trace = set_trace,
    .finalize = set_finalize,
};

static Value setiter_self(ThreadState *ts, Value self) { return self; }

static void setiter_trace(GC *gc, Obj *self) { gc_mark(gc, ((IterObj *)self)->a); }

DUNDER_NEXT(setiter_dnext, setiter_next)
DUNDER_UNARY(setiter_diter, "__iter__", setiter_self)

static const MethodDef setiter_methods[] = {
    {"__next__", setiter_dnext, 0}, {"__iter__", setiter_diter, 0},
    {NULL, NULL, 0},
};

Type type_set_iter = {
    .methods = setiter_methods,
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "set_iterator",
    .layout = K_ITER,
    .instance_size = sizeof(IterObj),
    .tp_iter = setiter_self,
    .tp_next = setiter_next,
    .trace = setiter_trace,
};
