/* dict.c — Python dict, its views and iterators.
 *
 * CPython's compact layout: one buffer holds an index table (int32 slots,
 * a power of two, probed with CPython's perturbation scheme) followed by a
 * dense array of entries {hash, key, value} in insertion order. A lookup
 * probes the index table and compares the entry's key: by identity first,
 * then (equal hashes) by text for two exact strs, and only then through
 * obj_eq, which may run Python code. That code may mutate the dict, so after
 * it the lookup checks that the table and the entry are still the ones it
 * was looking at, and starts over if not. Deleting an entry leaves a dummy in
 * the index and a hole (key VAL_NULL) in the entries; a resize compacts both.
 *
 * Module, class and instance namespaces are dicts whose keys are interned
 * strs, so dict_get_str (pointer compare, then hash + bytes; never Python
 * code) is the hot path of every global and attribute lookup.
 */
#include "config.h"

#include <stdatomic.h>
#include <string.h>

#include "vm/dict.h"
#include "vm/abstract.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/strbuf.h"
#include "vm/tuple.h"

typedef struct DictEntry { int64_t hash; Value key, value; } DictEntry;

typedef struct DictObj {
    Obj h;
    int64_t used;          /* live entries */
    int64_t nentries;      /* entries filled, live or deleted */
    int64_t usable;        /* room in the entries array */
    uint64_t mask;         /* index table size - 1 */
    char *table;           /* int32 indices[mask + 1], then DictEntry entries[usable]; NULL when never used */
    uint64_t version;
    Interp *in;            /* whose heap the table is counted in (NULL: immortal); finalize has no other way to know */
} DictObj;

typedef struct DictViewObj { Obj h; Value dict; } DictViewObj;

#define DICT(v) ((DictObj *)(v))
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5
#define HASH_MODULUS ((INT64_C(1) << 61) - 1)
#define DICT_NAMESPACE 1   /* h.flags: a type's namespace (dict_set_namespace) */

_Atomic uint64_t dict_namespace_epoch = 1;   /* 0 is never current: a zeroed cache entry is invalid */

/* Every change to a dict's mapping comes through here. */
static inline void touch(DictObj *d)
{
    d->version++;
    if (d->h.flags & DICT_NAMESPACE)
        atomic_fetch_add_explicit(&dict_namespace_epoch, 1, memory_order_relaxed);
}

static inline int32_t *d_indices(DictObj *d) { return (int32_t *)d->table; }
static inline DictEntry *d_entries(DictObj *d) { return (DictEntry *)(d->table + sizeof(int32_t) * (d->mask + 1)); }
static inline size_t table_bytes(uint64_t size, int64_t usable)
{
    return sizeof(int32_t) * size + sizeof(DictEntry) * (size_t)usable;
}
static inline bool is_exact_str(Value v) { return val_is_obj(v) && OBJ(v)->type == &type_str; }

/* hash(key) with the exact-str and small-int fast paths; -1 on error. */
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

/* ---- table management ---- */

/* A fresh empty table of `size` index slots (a power of two >= 8). */
static void table_new(DictObj *d, uint64_t size)
{
    int64_t usable = (int64_t)(size * 2 / 3);
    d->table = gc_buf_alloc(d->in, table_bytes(size, usable));
    d->mask = size - 1;
    d->usable = usable;
    d->nentries = 0;
    memset(d->table, 0xff, sizeof(int32_t) * size);      /* all DKIX_EMPTY */
}

/* The first free index slot for hash (no key compare: the key is absent). */
static uint64_t find_empty_slot(DictObj *d, int64_t hash)
{
    uint64_t mask = d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int32_t *ix = d_indices(d);
    while (ix[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with room for at least `minused` live entries, compacting holes.
 * -1 with MemoryError (the dict unchanged) if the heap cannot hold the new
 * table next to the old; ts NULL: never refused (namespaces). */
static int dict_resize(ThreadState *ts, DictObj *d, int64_t minused)
{
    if (ts && minused > INT64_C(1) << 40) {
        err_no_memory(ts);
        return -1;
    }
    uint64_t size = DICT_MINSIZE;
    while ((int64_t)(size * 2 / 3) < minused || size < (uint64_t)minused)
        size <<= 1;
    if (ts && !gc_check_size(ts, table_bytes(size, (int64_t)(size * 2 / 3))))
        return -1;
    char *old = d->table;
    uint64_t oldmask = d->mask;
    int64_t oldusable = d->usable, oldn = d->nentries;
    DictEntry *oldentries = old ? (DictEntry *)(old + sizeof(int32_t) * (oldmask + 1)) : NULL;
    table_new(d, size);
    DictEntry *ne = d_entries(d);
    int32_t *ix = d_indices(d);
    int64_t n = 0;
    for (int64_t k = 0; k < oldn; k++) {
        if (!oldentries[k].key)
            continue;
        ne[n] = oldentries[k];
        ix[find_empty_slot(d, ne[n].hash)] = (int32_t)n;
        n++;
    }
    d->nentries = n;
    if (old)
        gc_buf_free(d->in, old, table_bytes(oldmask + 1, oldusable));
    return 0;
}

/* Looks key up. Returns its entry index, DKIX_EMPTY if absent, DKIX_ERROR on
 * error. *slotp: the index slot holding it, or where it would go. */
static int64_t dict_lookup(ThreadState *ts, DictObj *d, Value key, int64_t hash, uint64_t *slotp)
{
restart:
    if (!d->table) {
        *slotp = 0;
        return DKIX_EMPTY;
    }
    uint64_t mask = d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int64_t freeslot = -1;
    for (;;) {
        int32_t ix = d_indices(d)[i];
        if (ix == DKIX_EMPTY) {
            *slotp = freeslot >= 0 ? (uint64_t)freeslot : i;
            return DKIX_EMPTY;
        }
        if (ix == DKIX_DUMMY) {
            if (freeslot < 0)
                freeslot = (int64_t)i;
        } else {
            DictEntry *e = &d_entries(d)[ix];
            Value ek = e->key;
            if (ek == key) {
                *slotp = i;
                return ix;
            }
            if (e->hash == hash) {
                int cmp;
                if (is_exact_str(ek) && is_exact_str(key)) {
                    cmp = str_eq(ek, key);
                } else if (val_is_smallint(ek) && val_is_smallint(key)) {
                    cmp = 0;
                } else {
                    char *table = d->table;
                    cmp = obj_eq(ts, ek, key);
                    if (cmp < 0)
                        return DKIX_ERROR;
                    if (d->table != table || d->mask != mask || d_entries(d)[ix].key != ek)
                        goto restart;          /* __eq__ changed the dict */
                }
                if (cmp) {
                    *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Lookup of a str key that never calls Python code. */
static int64_t lookup_str(DictObj *d, Value key, int64_t hash, uint64_t *slotp)
{
    if (!d->table) {
        *slotp = 0;
        return DKIX_EMPTY;
    }
    uint64_t mask = d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int32_t *idx = d_indices(d);
    DictEntry *ent = d_entries(d);
    int64_t freeslot = -1;
    for (;;) {
        int32_t ix = idx[i];
        if (ix >= 0) {
            DictEntry *e = &ent[ix];
            if (e->key == key || (e->hash == hash && IS_STR(e->key) && str_eq(e->key, key))) {
                *slotp = i;
                return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            *slotp = freeslot >= 0 ? (uint64_t)freeslot : i;
            return DKIX_EMPTY;
        } else if (freeslot < 0) {
            freeslot = (int64_t)i;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Adds an absent key (slot from the lookup, unless the table must grow).
 * -1 with MemoryError if growing is refused (ts NULL: never). */
static int insert_new(ThreadState *ts, DictObj *d, Value key, int64_t hash, Value v, uint64_t slot)
{
    if (!d->table || d->nentries >= d->usable) {
        if (dict_resize(ts, d, d->used * 3 > DICT_MINSIZE * 2 / 3 ? d->used * 3 : 0) < 0)
            return -1;
        slot = find_empty_slot(d, hash);
    }
    DictEntry *e = &d_entries(d)[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = v;
    d_indices(d)[slot] = (int32_t)d->nentries;
    d->nentries++;
    d->used++;
    touch(d);
    return 0;
}

static void delete_at(DictObj *d, int64_t ix, uint64_t slot)
{
    DictEntry *e = &d_entries(d)[ix];
    d_indices(d)[slot] = DKIX_DUMMY;
    e->key = VAL_NULL;
    e->value = VAL_NULL;
    d->used--;
    touch(d);
}

/* ---- the C API (dict.h) ---- */

static DictObj *dict_alloc(ThreadState *ts, Type *t)
{
    size_t size = t->instance_size > sizeof(DictObj) ? t->instance_size : sizeof(DictObj);
    DictObj *d = gc_alloc(ts, t, size);
    d->in = ts->interp;
    return d;
}

Value dict_new(ThreadState *ts) { return VAL(dict_alloc(ts, &type_dict)); }

Value dict_new_immortal(void)
{
    DictObj *d = gc_alloc_immortal(&type_dict, sizeof(DictObj));
    d->h.gc_flags |= OF_IMMORTAL;
    return VAL(d);
}

Value dict_get(ThreadState *ts, Value dv, Value key)
{
    DictObj *d = DICT(dv);
    uint64_t slot;
    int64_t ix;
    if (is_exact_str(key)) {
        ix = lookup_str(d, key, str_hash(key), &slot);
    } else {
        int64_t h = key_hash(ts, key);
        if (h == -1)
            return VAL_NULL;
        ix = dict_lookup(ts, d, key, h, &slot);
    }
    return ix >= 0 ? d_entries(d)[ix].value : VAL_NULL;
}

Value dict_get_str(Value dv, Value key)
{
    DictObj *d = DICT(dv);
    if (!d->table)
        return VAL_NULL;
    int64_t hash = STR(key)->hash;
    if (hash == -1)
        hash = str_hash(key);
    uint64_t mask = d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int32_t *idx = d_indices(d);
    DictEntry *ent = d_entries(d);
    for (;;) {
        int32_t ix = idx[i];
        if (ix >= 0) {
            Value ek = ent[ix].key;
            if (ek == key || (ent[ix].hash == hash && IS_STR(ek) && str_eq(ek, key)))
                return ent[ix].value;
        } else if (ix == DKIX_EMPTY) {
            return VAL_NULL;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Value dv, const char *key)
{
    DictObj *d = DICT(dv);
    if (!d->table)
        return VAL_NULL;
    size_t n = strlen(key);
    int64_t hash = str_hash_bytes(key, n);
    uint64_t mask = d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int32_t *idx = d_indices(d);
    DictEntry *ent = d_entries(d);
    for (;;) {
        int32_t ix = idx[i];
        if (ix >= 0) {
            Value ek = ent[ix].key;
            if (ent[ix].hash == hash && IS_STR(ek) && (size_t)STR(ek)->size == n && memcmp(STR(ek)->data, key, n) == 0)
                return ent[ix].value;
        } else if (ix == DKIX_EMPTY) {
            return VAL_NULL;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A str key: never runs Python code; growth refused only with a ts. */
static int set_str(ThreadState *ts, DictObj *d, Value key, Value v)
{
    int64_t hash = str_hash(key);
    uint64_t slot;
    int64_t ix = lookup_str(d, key, hash, &slot);
    if (ix >= 0) {
        d_entries(d)[ix].value = v;
        touch(d);
        return 0;
    }
    return insert_new(ts, d, key, hash, v, slot);
}

int dict_set_str(Interp *in, Value dv, Value key, Value v)
{
    (void)in;   /* the dict knows its heap */
    return set_str(NULL, DICT(dv), key, v);
}

/* Set with a known hash. */
static int set_with_hash(ThreadState *ts, DictObj *d, Value key, int64_t hash, Value v)
{
    uint64_t slot;
    int64_t ix = dict_lookup(ts, d, key, hash, &slot);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix >= 0) {
        d_entries(d)[ix].value = v;
        touch(d);
        return 0;
    }
    return insert_new(ts, d, key, hash, v, slot);
}

int dict_set(ThreadState *ts, Value dv, Value key, Value v)
{
    DictObj *d = DICT(dv);
    if (is_exact_str(key))
        return set_str(ts, d, key, v);
    if (val_is_smallint(key))
        return set_with_hash(ts, d, key, key_hash(ts, key), v);
    /* hashing and comparing may run Python code (and the GC) */
    gc_push_root(ts, key);
    gc_push_root(ts, v);
    int64_t h = key_hash(ts, key);
    int r = h == -1 ? -1 : set_with_hash(ts, d, key, h, v);
    gc_pop_roots(ts, 2);
    return r;
}

/* Finds key for deletion/pop: entry index or DKIX_EMPTY/DKIX_ERROR. */
static int64_t find_key(ThreadState *ts, DictObj *d, Value key, uint64_t *slot)
{
    if (is_exact_str(key))
        return lookup_str(d, key, str_hash(key), slot);
    int64_t h = key_hash(ts, key);
    if (h == -1)
        return DKIX_ERROR;
    return dict_lookup(ts, d, key, h, slot);
}

int dict_del(ThreadState *ts, Value dv, Value key)
{
    DictObj *d = DICT(dv);
    uint64_t slot;
    int64_t ix = find_key(ts, d, key, &slot);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return 1;
    delete_at(d, ix, slot);
    return 0;
}

int64_t dict_len(Value d) { return DICT(d)->used; }

bool dict_next(Value dv, int64_t *pos, Value *key, Value *value)
{
    DictObj *d = DICT(dv);
    if (!d->table)
        return false;
    DictEntry *ent = d_entries(d);
    for (int64_t i = *pos; i < d->nentries; i++) {
        if (ent[i].key) {
            *pos = i + 1;
            if (key)
                *key = ent[i].key;
            if (value)
                *value = ent[i].value;
            return true;
        }
    }
    *pos = d->nentries;
    return false;
}

static Value dict_copy_as(ThreadState *ts, Value dv, Type *t)
{
    DictObj *src = DICT(dv), *d = dict_alloc(ts, t);
    if (src->used == 0)
        return VAL(d);
    if (src->used == src->nentries) {         /* no holes: copy the table as is */
        size_t bytes = table_bytes(src->mask + 1, src->usable);
        d->table = gc_buf_alloc(d->in, bytes);
        memcpy(d->table, src->table, bytes);
        d->mask = src->mask;
        d->usable = src->usable;
        d->nentries = src->nentries;
        d->used = src->used;
        return VAL(d);
    }
    dict_resize(NULL, d, src->used * 3 / 2 + 1);   /* no bigger than the source */
    DictEntry *se = d_entries(src);
    for (int64_t k = 0; k < src->nentries; k++)
        if (se[k].key)
            insert_new(NULL, d, se[k].key, se[k].hash, se[k].value, find_empty_slot(d, se[k].hash));
    return VAL(d);
}

Value dict_copy(ThreadState *ts, Value d) { return dict_copy_as(ts, d, &type_dict); }

void dict_clear(ThreadState *ts, Value dv)
{
    DictObj *d = DICT(dv);
    if (d->table)
        gc_buf_free(d->in, d->table, table_bytes(d->mask + 1, d->usable));
    d->table = NULL;
    d->mask = 0;
    d->used = d->nentries = d->usable = 0;
    touch(d);
}

uint64_t dict_version(Value d) { return DICT(d)->version; }

void dict_set_namespace(Value d)
{
    DICT(d)->h.flags |= DICT_NAMESPACE;
    atomic_fetch_add_explicit(&dict_namespace_epoch, 1, memory_order_relaxed);
}

/* Merge a dict into d (other's entries re-read: setting may run Python). */
static int merge_dict(ThreadState *ts, Value dv, Value other)
{
    DictObj *o = DICT(other);
    if (dv == other)
        return 0;
    if (DICT(dv)->used == 0 && val_type(dv) == &type_dict && o->used == o->nentries && o->used > 0 &&
        !DICT(dv)->table) {
        /* into an empty dict: copy the table */
        DictObj *d = DICT(dv);
        size_t bytes = table_bytes(o->mask + 1, o->usable);
        d->table = gc_buf_alloc(d->in, bytes);
        memcpy(d->table, o->table, bytes);
        d->mask = o->mask;
        d->usable = o->usable;
        d->nentries = o->nentries;
        d->used = o->used;
        touch(d);
        return 0;
    }
    for (int64_t k = 0; o->table && k < o->nentries; k++) {
        DictEntry e = d_entries(o)[k];
        if (!e.key)
            continue;
        if (set_with_hash(ts, DICT(dv), e.key, e.hash, e.value) < 0)
            return -1;
    }
    return 0;
}

/* Items of an iterable of pairs. */
static int merge_pairs(ThreadState *ts, Value dv, Value iterable)
{
    Value it = obj_iter(ts, iterable);
    if (!it)
        return -1;
    gc_push_root(ts, it);
    int rc = 0;
    Value item;
    for (int64_t n = 0; (item = obj_next(ts, it)) != VAL_NULL; n++) {
        gc_push_root(ts, item);
        Value holder = VAL_NULL, *kv;
        int64_t len;
        if (IS_TUPLE(item) || IS_LIST(item)) {
            kv = IS_TUPLE(item) ? TUPLE(item)->items : LIST(item)->items;
            len = IS_TUPLE(item) ? TUPLE(item)->length : LIST(item)->length;
        } else {
            Value sub = obj_iter(ts, item);
            if (!sub) {
                if (err_matches(ts, &exc_TypeError)) {
                    err_clear(ts);
                    err_format(ts, &exc_TypeError,
                               "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
                }
                gc_pop_roots(ts, 1);
                rc = -1;
                break;
            }
            holder = seq_to_list(ts, sub);
            if (!holder) {
                gc_pop_roots(ts, 1);
                rc = -1;
                break;
            }
            kv = LIST(holder)->items;
            len = LIST(holder)->length;
        }
        if (len != 2) {
            err_format(ts, &exc_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                       (long long)n, (long long)len);
            gc_pop_roots(ts, 1);
            rc = -1;
            break;
        }
        Value k = kv[0], v = kv[1];
        gc_push_root(ts, holder ? holder : VAL_NONE);
        int r = dict_set(ts, dv, k, v);
        gc_pop_roots(ts, 2);
        if (r < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (rc == 0 && err_occurred(ts))
        rc = -1;
    return rc;
}

/* A mapping with keys(): for k in other.keys(): d[k] = other[k]. */
static int merge_mapping(ThreadState *ts, Value dv, Value other, Value keys_meth)
{
    Value keys = vm_call0(ts, keys_meth);
    if (!keys)
        return -1;
    gc_push_root(ts, keys);
    Value it = obj_iter(ts, keys);
    gc_pop_roots(ts, 1);
    if (!it)
        return -1;
    gc_push_root(ts, it);
    Value k;
    int rc = 0;
    while ((k = obj_next(ts, it)) != VAL_NULL) {
        gc_push_root(ts, k);
        Value v = obj_getitem(ts, other, k);
        int r = v ? dict_set(ts, dv, k, v) : -1;
        gc_pop_roots(ts, 1);
        if (r < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (rc == 0 && err_occurred(ts))
        rc = -1;
    return rc;
}

int dict_update(ThreadState *ts, Value dv, Value other)
{
    if (IS_DICT(other))
        return merge_dict(ts, dv, other);
    Value name = interp_intern_cstr(ts, "keys");
    Value keys = obj_lookup_attr(ts, other, name);
    if (keys) {
        gc_push_root(ts, keys);
        int r = merge_mapping(ts, dv, other, keys);
        gc_pop_roots(ts, 1);
        return r;
    }
    if (err_occurred(ts))
        return -1;
    return merge_pairs(ts, dv, other);
}

/* ---- type slots ---- */

static Value dict_repr(ThreadState *ts, Value self)
{
    DictObj *d = DICT(self);
    if (d->used == 0)
        return str_new(ts, "{}", 2);
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_new(ts, "{...}", 5);
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '{');
    bool first = true;
    for (int64_t k = 0; d->table && k < d->nentries; k++) {   /* re-read: repr may mutate */
        DictEntry e = d_entries(d)[k];
        if (!e.key)
            continue;
        if (!first)
            sb_append(&sb, ", ", 2);
        first = false;
        gc_push_root(ts, e.value);
        int bad = sb_append_repr(ts, &sb, e.key) < 0;
        if (!bad) {
            sb_append(&sb, ": ", 2);
            bad = sb_append_repr(ts, &sb, e.value) < 0;
        }
        gc_pop_roots(ts, 1);
        if (bad) {
            sb_free(&sb);
            repr_leave(ts, self);
            return VAL_NULL;
        }
    }
    sb_putc(&sb, '}');
    repr_leave(ts, self);
    return sb_finish(ts, &sb);
}

static int64_t dict_tp_len(ThreadState *ts, Value self) { return DICT(self)->used; }

static Value dict_missing(ThreadState *ts, Value self, Value key)
{
    if (val_type(self) != &type_dict) {         /* a subclass may define __missing__ */
        Value fn = type_lookup(val_type(self), interp_intern_cstr(ts, "__missing__"));
        if (fn)
            return vm_call2(ts, fn, self, key);
    }
    return err_set_arg(ts, &exc_KeyError, key);
}

static Value dict_subscript(ThreadState *ts, Value self, Value key)
{
    Value v = dict_get(ts, self, key);
    if (v)
        return v;
    if (err_occurred(ts))
        return VAL_NULL;
    return dict_missing(ts, self, key);
}

static int dict_ass_subscript(ThreadState *ts, Value self, Value key, Value v)
{
    if (v)
        return dict_set(ts, self, key, v);
    int r = dict_del(ts, self, key);
    if (r == 1) {
        err_set_arg(ts, &exc_KeyError, key);
        return -1;
    }
    return r;
}

static int dict_contains(ThreadState *ts, Value self, Value key)
{
    Value v = dict_get(ts, self, key);
    if (v)
        return 1;
    return err_occurred(ts) ? -1 : 0;
}

static Value dict_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    DictObj *x = DICT(a), *y = DICT(b);
    int eq = 1;
    if (x->used != y->used) {
        eq = 0;
    } else {
        for (int64_t k = 0; x->table && k < x->nentries; k++) {
            DictEntry e = d_entries(x)[k];
            if (!e.key)
                continue;
            gc_push_root(ts, e.key);
            gc_push_root(ts, e.value);
            uint64_t slot;
            int64_t ix = dict_lookup(ts, y, e.key, e.hash, &slot);
            int c;
            if (ix == DKIX_ERROR)
                c = -1;
            else if (ix < 0)
                c = 0;
            else {
                Value bv = d_entries(y)[ix].value;
                c = bv == e.value ? 1 : obj_eq(ts, e.value, bv);
            }
            gc_pop_roots(ts, 2);
            if (c < 0)
                return VAL_NULL;
            if (!c) {
                eq = 0;
                break;
            }
        }
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static Value dict_or(ThreadState *ts, Value a, Value b)
{
    if (!IS_DICT(a) || !IS_DICT(b))
        return VAL_NOTIMPL;
    Value r = dict_copy_as(ts, a, &type_dict);
    gc_push_root(ts, r);
    int k = merge_dict(ts, r, b);
    gc_pop_roots(ts, 1);
    return k < 0 ? VAL_NULL : r;
}

static Value dict_ior(ThreadState *ts, Value a, Value b)
{
    if (!IS_DICT(a))
        return VAL_NOTIMPL;
    if (dict_update(ts, a, b) < 0)
        return VAL_NULL;
    return a;
}

static Value dict_iter_new(ThreadState *ts, Value d, Type *t)
{
    IterObj *it = gc_alloc(ts, t, sizeof(IterObj));
    it->a = d;
    it->i = 0;                 /* next entry index */
    it->n = DICT(d)->used;     /* size when iteration began */
    return VAL(it);
}

static Value dict_tp_iter(ThreadState *ts, Value self) { return dict_iter_new(ts, self, &type_dict_keyiter); }

/* ---- methods ---- */

static Value dict_get_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "get", argc, kwnames, 1, 2))
        return VAL_NULL;
    Value v = dict_get(ts, argv[0], argv[1]);
    if (v)
        return v;
    if (err_occurred(ts))
        return VAL_NULL;
    return argc > 2 ? argv[2] : VAL_NONE;
}

static Value dict_setdefault(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "setdefault", argc, kwnames, 1, 2))
        return VAL_NULL;
    Value v = dict_get(ts, argv[0], argv[1]);
    if (v)
        return v;
    if (err_occurred(ts))
        return VAL_NULL;
    Value dflt = argc > 2 ? argv[2] : VAL_NONE;
    if (dict_set(ts, argv[0], argv[1], dflt) < 0)
        return VAL_NULL;
    return dflt;
}

static Value dict_pop(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "pop", argc, kwnames, 1, 2))
        return VAL_NULL;
    DictObj *d = DICT(argv[0]);
    uint64_t slot;
    int64_t ix = find_key(ts, d, argv[1], &slot);
    if (ix == DKIX_ERROR)
        return VAL_NULL;
    if (ix < 0) {
        if (argc > 2)
            return argv[2];
        return err_set_arg(ts, &exc_KeyError, argv[1]);
    }
    Value v = d_entries(d)[ix].value;
    delete_at(d, ix, slot);
    return v;
}

static Value dict_popitem(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.popitem", argc, kwnames))
        return VAL_NULL;
    DictObj *d = DICT(argv[0]);
    if (d->used == 0)
        return err_set_arg(ts, &exc_KeyError, str_from_cstr(ts, "popitem(): dictionary is empty"));
    int64_t k = d->nentries - 1;
    while (!d_entries(d)[k].key)
        k--;
    DictEntry e = d_entries(d)[k];
    Value t = tuple_pack(ts, 2, e.key, e.value);
    /* find the index slot pointing at entry k */
    uint64_t mask = d->mask, perturb = (uint64_t)e.hash, i = (uint64_t)e.hash & mask;
    while (d_indices(d)[i] != (int32_t)k) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    delete_at(d, k, i);
    d->nentries = k;               /* LIFO: the tail is free again */
    return t;
}

static Value dict_keys(ThreadState *ts, int argc, Value *argv, Value kwnames);
static Value dict_values(ThreadState *ts, int argc, Value *argv, Value kwnames);
static Value dict_items(ThreadState *ts, int argc, Value *argv, Value kwnames);

static Value view_new(ThreadState *ts, Value d, Type *t)
{
    DictViewObj *v = gc_alloc(ts, t, sizeof(DictViewObj));
    v->dict = d;
    return VAL(v);
}

static Value dict_keys(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.keys", argc, kwnames))
        return VAL_NULL;
    return view_new(ts, argv[0], &type_dict_keys);
}

static Value dict_values(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.values", argc, kwnames))
        return VAL_NULL;
    return view_new(ts, argv[0], &type_dict_values);
}

static Value dict_items(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.items", argc, kwnames))
        return VAL_NULL;
    return view_new(ts, argv[0], &type_dict_items);
}

/* update([other], **kwargs) — also the body of dict.__init__. */
static int update_common(ThreadState *ts, const char *name, Value self, int argc, Value *argv, Value kwnames)
{
    int nk = kwnames ? (int)TUPLE(kwnames)->length : 0;
    int npos = argc - nk;
    if (npos > 1) {
        err_format(ts, &exc_TypeError, "%s expected at most 1 argument, got %d", name, npos);
        return -1;
    }
    if (npos == 1 && dict_update(ts, self, argv[0]) < 0)
        return -1;
    for (int i = 0; i < nk; i++)
        if (dict_set(ts, self, TUPLE(kwnames)->items[i], argv[npos + i]) < 0)
            return -1;
    return 0;
}

static Value dict_update_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (update_common(ts, "update", argv[0], argc - 1, argv + 1, kwnames) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value dict_copy_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.copy", argc, kwnames))
        return VAL_NULL;
    return dict_copy_as(ts, argv[0], &type_dict);
}

static Value dict_clear_meth(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.clear", argc, kwnames))
        return VAL_NULL;
    dict_clear(ts, argv[0]);
    return VAL_NONE;
}

static Value dict_fromkeys(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_range(ts, "fromkeys", argc, kwnames, 1, 2))
        return VAL_NULL;
    Value cls = argv[0], value = argc > 2 ? argv[2] : VAL_NONE;
    Value d = (cls == VAL(&type_dict)) ? dict_new(ts) : vm_call0(ts, cls);
    if (!d)
        return VAL_NULL;
    gc_push_root(ts, d);
    bool exact = IS_DICT(d) && val_type(d) == &type_dict;
    int64_t n = exact ? obj_known_length(argv[1], true) : -1;
    if (n > DICT(d)->usable && dict_resize(ts, DICT(d), n) < 0) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    Value it = obj_iter(ts, argv[1]);
    if (!it) {
        gc_pop_roots(ts, 1);
        return VAL_NULL;
    }
    gc_push_root(ts, it);
    Value k;
    int rc = 0;
    while ((k = obj_next(ts, it)) != VAL_NULL) {
        if ((exact ? dict_set(ts, d, k, value) : obj_setitem(ts, d, k, value)) < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(ts, 2);
    if (rc < 0 || err_occurred(ts))
        return VAL_NULL;
    return d;
}

static Value dict_reversed(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "dict.__reversed__", argc, kwnames))
        return VAL_NULL;
    /* a list of the keys, reversed, iterated */
    DictObj *d = DICT(argv[0]);
    Value l = list_new_empty(ts, d->used);
    for (int64_t k = d->nentries - 1; d->table && k >= 0; k--)
        if (d_entries(d)[k].key)
            list_append(ts, l, d_entries(d)[k].key);
    return obj_iter(ts, l);
}

static Value dict_tp_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames)
{
    return VAL(dict_alloc(ts, t));
}

static int dict_tp_init(ThreadState *ts, Value self, int argc, Value *argv, Value kwnames)
{
    return update_common(ts, "dict", self, argc, argv, kwnames);
}

static void dict_trace(GC *gc, Obj *self)
{
    DictObj *d = (DictObj *)self;
    if (!d->table)
        return;
    DictEntry *e = d_entries(d);
    for (int64_t k = 0; k < d->nentries; k++) {
        if (e[k].key) {
            gc_mark(gc, e[k].key);
            gc_mark(gc, e[k].value);
        }
    }
}

static void dict_finalize(Obj *self)
{
    DictObj *d = (DictObj *)self;
    if (d->table)
        gc_buf_free(d->in, d->table, table_bytes(d->mask + 1, d->usable));
    d->table = NULL;
}

DUNDER_LEN(dict_dlen, "dict.__len__", dict_tp_len)
DUNDER_BINARY(dict_dgetitem, "dict.__getitem__", dict_subscript)
DUNDER_SETITEM(dict_dsetitem, "__setitem__", dict_ass_subscript)
DUNDER_DELITEM(dict_ddelitem, "dict.__delitem__", dict_ass_subscript)
DUNDER_CONTAINS(dict_dcontains, "dict.__contains__", dict_contains)
DUNDER_UNARY(dict_diter, "dict.__iter__", dict_tp_iter)
DUNDER_UNARY(dict_drepr, "dict.__repr__", dict_repr)
DUNDER_BINARY(dict_dor, "dict.__or__", dict_or)
DUNDER_BINARY(dict_dior, "dict.__ior__", dict_ior)
DUNDER_CMP(dict_deq, "dict.__eq__", dict_richcompare, CMP_EQ)
DUNDER_CMP(dict_dne, "dict.__ne__", dict_richcompare, CMP_NE)
DUNDER_INIT(dict_dinit, dict_tp_init)
DUNDER_NEW(dict_dnew, &type_dict, dict_tp_new)

static const MethodDef dict_methods[] = {
    {"__len__", dict_dlen, 0}, {"__getitem__", dict_dgetitem, METH_COEXIST}, {"__setitem__", dict_dsetitem, 0},
    {"__delitem__", dict_ddelitem, 0}, {"__contains__", dict_dcontains, METH_COEXIST}, {"__iter__", dict_diter, 0},
    {"__repr__", dict_drepr, 0}, {"__or__", dict_dor, 0}, {"__ior__", dict_dior, 0},
    {"__eq__", dict_deq, 0}, {"__ne__", dict_dne, 0}, {"__init__", dict_dinit, 0}, {"__new__", dict_dnew, METH_STATIC},
    {"__class_getitem__", generic_class_getitem, METH_CLASS},
    {"get", dict_get_meth, 0}, {"keys", dict_keys, 0}, {"values", dict_values, 0},
    {"items", dict_items, 0}, {"pop", dict_pop, 0}, {"popitem", dict_popitem, 0},
    {"setdefault", dict_setdefault, 0}, {"update", dict_update_meth, 0}, {"copy", dict_copy_meth, 0},
    {"clear", dict_clear_meth, 0}, {"fromkeys", dict_fromkeys, METH_CLASS},
    {"__reversed__", dict_reversed, 0},
    {NULL, NULL, 0},
};

Type type_dict = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "dict",
    .layout = K_DICT,
    .tflags = TF_BASETYPE,
    .instance_size = sizeof(DictObj),
    .methods = dict_methods,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .tp_repr = dict_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = dict_richcompare,
    .tp_len = dict_tp_len,
    .tp_getitem = dict_subscript,
    .tp_setitem = dict_ass_subscript,
    .tp_contains = dict_contains,
    .tp_iter = dict_tp_iter,
    .nb_binary = {[OP_BITOR] = dict_or},
    .nb_inplace = {[OP_BITOR] = dict_ior},
    .trace = dict_trace,
    .finalize = dict_finalize,
};

/* ---- iterators ---- */

/* The next live entry of a dict iterator, or NULL (error set if the dict
 * changed size). */
static DictEntry *dictiter_advance(ThreadState *ts, IterObj *it)
{
    if (!it->a)
        return NULL;
    DictObj *d = DICT(it->a);
    if (d->used != it->n) {
        it->n = -1;                 /* stays broken, like CPython */
        err_format(ts, &exc_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    for (int64_t k = it->i; d->table && k < d->nentries; k++) {
        DictEntry *e = &d_entries(d)[k];
        if (e->key) {
            it->i = k + 1;
            return e;
        }
    }
    it->a = VAL_NULL;
    return NULL;
}

static Value dict_keyiter_next(ThreadState *ts, Value self)
{
    DictEntry *e = dictiter_advance(ts, (IterObj *)self);
    return e ? e->key : VAL_NULL;
}

static Value dict_valueiter_next(ThreadState *ts, Value self)
{
    DictEntry *e = dictiter_advance(ts, (IterObj *)self);
    return e ? e->value : VAL_NULL;
}

static Value dict_itemiter_next(ThreadState *ts, Value self)
{
    DictEntry *e = dictiter_advance(ts, (IterObj *)self);
    return e ? tuple_pack(ts, 2, e->key, e->value) : VAL_NULL;
}

static Value iter_self(ThreadState *ts, Value self) { return self; }

static void iter_trace(GC *gc, Obj *self)
{
    IterObj *it = (IterObj *)self;
    gc_mark(gc, it->a);
    gc_mark(gc, it->b);
    gc_mark(gc, it->c);
}

static Value dictiter_length_hint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    IterObj *it = (IterObj *)argv[0];
    if (!it->a || it->n != DICT(it->a)->used)
        return val_from_smallint(0);
    int64_t left = 0;
    DictObj *d = DICT(it->a);
    for (int64_t k = it->i; d->table && k < d->nentries; k++)
        left += d_entries(d)[k].key != VAL_NULL;
    return val_from_smallint(left);
}

static Value dictiter_dnext(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_none(ts, "__next__", argc, kwnames))
        return VAL_NULL;
    Value v = val_type(argv[0])->tp_next(ts, argv[0]);
    if (!v && !err_occurred(ts))
        return err_set_none(ts, &exc_StopIteration);
    return v;
}

static Value dictiter_diter(ThreadState *ts, int argc, Value *argv, Value kwnames) { return argv[0]; }

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0},
    {"__next__", dictiter_dnext, 0}, {"__iter__", dictiter_diter, 0},
    {NULL, NULL, 0},
};

#define DICT_ITER_TYPE(var, tpname, nextfn)                                 \
    Type var = {                                                            \
        .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL}, \
        .name = tpname,                                                     \
        .layout = K_ITER,                                                   \
        .instance_size = sizeof(IterObj),                                   \
        .methods = dictiter_methods,                                        \
        .tp_iter = iter_self,                                               \
        .tp_next = nextfn,                                                  \
        .trace = iter_trace,                                                \
    }

DICT_ITER_TYPE(type_dict_keyiter, "dict_keyiterator", dict_keyiter_next);
DICT_ITER_TYPE(type_dict_valueiter, "dict_valueiterator", dict_valueiter_next);
DICT_ITER_TYPE(type_dict_itemiter, "dict_itemiterator", dict_itemiter_next);

/* ---- views ---- */

#define VIEW(v) ((DictViewObj *)(v))

static int64_t view_len(ThreadState *ts, Value self) { return DICT(VIEW(self)->dict)->used; }

static Value view_repr(ThreadState *ts, Value self)
{
    int r = repr_enter(ts, self);
    if (r != 0)
        return r < 0 ? VAL_NULL : str_new(ts, "...", 3);
    Value l = seq_to_list(ts, self);
    Value s = l ? obj_repr(ts, l) : VAL_NULL;
    repr_leave(ts, self);
    if (!s)
        return VAL_NULL;
    return str_printf(ts, "%s(%s)", val_type_name(self), str_cstr(s));
}

static Value keys_iter(ThreadState *ts, Value self) { return dict_iter_new(ts, VIEW(self)->dict, &type_dict_keyiter); }
static Value values_iter(ThreadState *ts, Value self) { return dict_iter_new(ts, VIEW(self)->dict, &type_dict_valueiter); }
static Value items_iter(ThreadState *ts, Value self) { return dict_iter_new(ts, VIEW(self)->dict, &type_dict_itemiter); }

static int keys_contains(ThreadState *ts, Value self, Value key) { return dict_contains(ts, VIEW(self)->dict, key); }

static int items_contains(ThreadState *ts, Value self, Value item)
{
    if (!IS_TUPLE(item) || TUPLE(item)->length != 2)
        return 0;
    Value v = dict_get(ts, VIEW(self)->dict, TUPLE(item)->items[0]);
    if (!v)
        return err_occurred(ts) ? -1 : 0;
    return obj_eq(ts, v, TUPLE(item)->items[1]);
}

static int values_contains(ThreadState *ts, Value self, Value x)
{
    DictObj *d = DICT(VIEW(self)->dict);
    for (int64_t k = 0; d->table && k < d->nentries; k++) {
        Value v = d_entries(d)[k].value;
        if (!d_entries(d)[k].key)
            continue;
        int c = v == x ? 1 : obj_eq(ts, v, x);
        if (c != 0)
            return c;
    }
    return 0;
}

static bool is_setlike(Value v)
{
    return val_is(v, K_SET) || val_is(v, K_FROZENSET) ||
           (val_is(v, K_DICTVIEW) && OBJ(v)->type != &type_dict_values);
}

/* view op other, as CPython: set(left) then the in-place set operation. */
static Value view_setop(ThreadState *ts, Value a, Value b, BinaryOp op)
{
    Value s = set_new(ts);
    gc_push_root(ts, s);
    Value r = VAL_NULL;
    if (set_update(ts, s, a) == 0)
        r = set_inplace_op(ts, s, b, op);
    gc_pop_roots(ts, 1);
    return r;
}

static Value view_and(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, OP_BITAND); }
static Value view_or(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, OP_BITOR); }
static Value view_sub(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, OP_SUB); }
static Value view_xor(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, OP_BITXOR); }

/* all items of a in b */
static int all_contained(ThreadState *ts, Value a, Value b)
{
    Value it = obj_iter(ts, a);
    if (!it)
        return -1;
    gc_push_root(ts, it);
    Value x;
    int r = 1;
    while ((x = obj_next(ts, it)) != VAL_NULL) {
        int c = obj_contains(ts, b, x);
        if (c <= 0) {
            r = c;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (r == 1 && err_occurred(ts))
        r = -1;
    return r;
}

static Value view_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!is_setlike(a) || !is_setlike(b))
        return VAL_NOTIMPL;
    int64_t la = obj_len(ts, a), lb = obj_len(ts, b);
    if (la < 0 || lb < 0)
        return VAL_NULL;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE: r = la == lb ? all_contained(ts, a, b) : 0; break;
    case CMP_LT: r = la < lb ? all_contained(ts, a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_contained(ts, a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_contained(ts, b, a) : 0; break;
    default:     r = la >= lb ? all_contained(ts, b, a) : 0; break;
    }
    if (r < 0)
        return VAL_NULL;
    return val_bool(op == CMP_NE ? !r : r);
}

static Value view_isdisjoint(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!argc_one(ts, "isdisjoint", argc, kwnames))
        return VAL_NULL;
    Value it = obj_iter(ts, argv[1]);
    if (!it)
        return VAL_NULL;
    gc_push_root(ts, it);
    Value x;
    Value r = VAL_TRUE;
    while ((x = obj_next(ts, it)) != VAL_NULL) {
        int c = obj_contains(ts, argv[0], x);
        if (c != 0) {
            r = c < 0 ? VAL_NULL : VAL_FALSE;
            break;
        }
    }
    gc_pop_roots(ts, 1);
    if (r == VAL_TRUE && err_occurred(ts))
        return VAL_NULL;
    return r;
}

static Value view_reversed(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    Value d = VIEW(argv[0])->dict;
    Value rk = dict_reversed(ts, 1, &d, VAL_NULL);
    if (!rk || OBJ(argv[0])->type == &type_dict_keys)
        return rk;
    /* values / items: map the reversed keys */
    gc_push_root(ts, rk);
    Value l = list_new_empty(ts, DICT(d)->used);
    gc_push_root(ts, l);
    Value k;
    while ((k = obj_next(ts, rk)) != VAL_NULL) {
        Value v = dict_get(ts, d, k);
        if (!v)
            break;
        list_append(ts, l, OBJ(argv[0])->type == &type_dict_values ? v : tuple_pack(ts, 2, k, v));
    }
    gc_pop_roots(ts, 2);
    if (err_occurred(ts))
        return VAL_NULL;
    return obj_iter(ts, l);
}

static void view_trace(GC *gc, Obj *self) { gc_mark(gc, ((DictViewObj *)self)->dict); }

static Value view_mapping(ThreadState *ts, Value self) { return VIEW(self)->dict; }

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", view_reversed, 0},
    {NULL, NULL, 0},
};
static const MethodDef valview_methods[] = {
    {"__reversed__", view_reversed, 0},
    {NULL, NULL, 0},
};
static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

Type type_dict_keys = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "dict_keys",
    .layout = K_DICTVIEW,
    .instance_size = sizeof(DictViewObj),
    .methods = setview_methods,
    .getsets = view_getsets,
    .tp_repr = view_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = view_richcompare,
    .tp_len = view_len,
    .tp_contains = keys_contains,
    .tp_iter = keys_iter,
    .nb_binary = {[OP_BITAND] = view_and, [OP_BITOR] = view_or, [OP_SUB] = view_sub, [OP_BITXOR] = view_xor},
    .trace = view_trace,
};

Type type_dict_items = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "dict_items",
    .layout = K_DICTVIEW,
    .instance_size = sizeof(DictViewObj),
    .methods = setview_methods,
    .getsets = view_getsets,
    .tp_repr = view_repr,
    .tp_hash = hash_not_implemented,
    .tp_richcompare = view_richcompare,
    .tp_len = view_len,
    .tp_contains = items_contains,
    .tp_iter = items_iter,
    .nb_binary = {[OP_BITAND] = view_and, [OP_BITOR] = view_or, [OP_SUB] = view_sub, [OP_BITXOR] = view_xor},
    .trace = view_trace,
};

Type type_dict_values = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "dict_values",
    .layout = K_DICTVIEW,
    .instance_size = sizeof(DictViewObj),
    .methods = valview_methods,
    .getsets = view_getsets,
    .tp_repr = view_repr,
    .tp_len = view_len,
    .tp_contains = values_contains,
    .tp_iter = values_iter,
    .trace = view_trace,
};
