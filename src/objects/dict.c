/*
** dict.c -- the dict type (an insertion-ordered compact hash table), its
** views and iterators, and mappingproxy.
**
** Entries are kept in insertion order in `entries`; `index` maps hash
** slots to entry numbers (-1 empty, -2 deleted), probed with CPython's
** perturbation scheme. Comparing keys may run Python code that mutates the
** dict: a lookup notices (the tables or the entry changed) and restarts.
*/
#include <stdlib.h>

#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSLOTS 8

static size_t usable_for(size_t nslots) { return (nslots << 1) / 3; }

/* ---- tables ---- */

static int dict_alloc_tables(VM *vm, DictObj *d, size_t nslots) {
    size_t cap = usable_for(nslots);
    int32_t *index = gc_malloc(vm, nslots * sizeof(int32_t));
    if (!index) return -1;
    DictEntry *entries = gc_malloc(vm, cap * sizeof(DictEntry));
    if (!entries) {
        gc_free(vm, index, nslots * sizeof(int32_t));
        return -1;
    }
    for (size_t i = 0; i < nslots; i++) index[i] = IX_EMPTY;
    d->index = index;
    d->entries = entries;
    d->nslots = nslots;
    d->cap = cap;
    return 0;
}

static void dict_free_tables(VM *vm, int32_t *index, size_t nslots, DictEntry *entries, size_t cap) {
    gc_free(vm, index, nslots * sizeof(int32_t));
    gc_free(vm, entries, cap * sizeof(DictEntry));
}

/* Put entry [ix] with [hash] in the first free slot of its probe sequence. */
static void index_insert(DictObj *d, int64_t hash, int32_t ix) {
    size_t mask = d->nslots - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = ix;
}

/* Rebuild with room for [minused] entries, dropping deleted ones. */
static int dict_resize(VM *vm, DictObj *d, size_t minused) {
    size_t nslots = DICT_MINSLOTS;
    while (usable_for(nslots) < minused) nslots <<= 1;
    int32_t *old_index = d->index;
    DictEntry *old = d->entries;
    size_t old_n = d->nentries, old_slots = d->nslots, old_cap = d->cap;
    if (dict_alloc_tables(vm, d, nslots) < 0) return -1;
    size_t n = 0;
    for (size_t i = 0; i < old_n; i++) {
        if (val_is_null(old[i].key)) continue;
        d->entries[n] = old[i];
        index_insert(d, old[i].hash, (int32_t)n);
        n++;
    }
    d->nentries = n;
    if (old_index) dict_free_tables(vm, old_index, old_slots, old, old_cap);
    return 0;
}

/* ---- lookup ---- */

typedef struct Lookup {
    size_t slot;              /* where the key is, or the first free slot for it */
    int64_t ix;               /* entry index, or -1 when missing */
} Lookup;

static bool fast_eq(Value a, Value b, bool *decided) {
    *decided = true;
    if (a == b) return true;
    if (val_is_exact_str(a) && val_is_exact_str(b)) return str_eq(a, b);
    if (val_is_int(a) && val_is_int(b)) return false;
    *decided = false;
    return false;
}

/* Find [key]; 0 or -1 on error. Restarts when a comparison changed the dict. */
static int dict_lookup(VM *vm, Value dv, Value key, int64_t hash, Lookup *out) {
restart:;
    DictObj *d = as_dict(dv);
    out->ix = -1;
    if (d->nslots == 0) {
        out->slot = 0;
        return 0;
    }
    size_t mask = d->nslots - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    int64_t freeslot = -1;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) {
            out->slot = freeslot >= 0 ? (size_t)freeslot : i;
            return 0;
        }
        if (ix == IX_DUMMY) {
            if (freeslot < 0) freeslot = (int64_t)i;
        } else if (d->entries[ix].hash == hash) {
            Value k = d->entries[ix].key;
            bool decided;
            bool eq = fast_eq(k, key, &decided);
            if (!decided && !vm) {
                /* a lookup that may not run Python (vm NULL: type attribute
                   lookups) treats keys it cannot compare natively as different */
                eq = false;
            } else if (!decided) {
                DictEntry *entries = d->entries;
                int32_t *index = d->index;
                gc_push_root(vm, &dv);
                gc_push_root(vm, &key);
                gc_push_root(vm, &k);
                int r = obj_eq(vm, k, key);
                gc_pop_roots(vm, 3);
                if (r < 0) return -1;
                d = as_dict(dv);
                if (d->entries != entries || d->index != index || d->entries[ix].key != k)
                    goto restart;
                eq = r;
            }
            if (eq) {
                out->slot = i;
                out->ix = ix;
                return 0;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_hashed(VM *vm, Value d, Value key, int64_t hash) {
    Lookup lk;
    if (dict_lookup(vm, d, key, hash, &lk) < 0) return VAL_ERROR;
    return lk.ix < 0 ? VAL_NULL : as_dict(d)->entries[lk.ix].value;
}

Value dict_get(VM *vm, Value d, Value key) {
    int64_t hash = hash_for(vm, d, key);
    if (hash == -1) return VAL_ERROR;
    return dict_get_hashed(vm, d, key, hash);
}

Value dict_get_str(VM *vm, Value d, Value key) { return dict_get_hashed(vm, d, key, str_hash(key)); }

Value dict_get_cstr(VM *vm, Value d, const char *key) {
    Value k = str_from_cstr(vm, key);
    if (val_is_error(k)) return k;
    return dict_get_hashed(vm, d, k, str_hash(k));
}

/* Versions come from one clock, so that a (dict, version) pair names one
** state of one dict even when a dict is freed and its memory reused: the
** VM's global-name cache relies on it. */
static uint64_t dict_version_clock;

/* Store [key] = [v] where a lookup just found it (or its free slot). */
static int dict_store_at(VM *vm, Value dv, const Lookup *found, Value key, int64_t hash, Value v) {
    Lookup lk = *found;
    DictObj *d = as_dict(dv);
    d->version = ++dict_version_clock;
    if (d->hdr.flags & OBJ_TYPE_DICT) type_lookup_epoch++;
    if (lk.ix >= 0) {
        d->entries[lk.ix].value = v;
        return 0;
    }
    if (d->nentries >= d->cap) {
        if (dict_resize(vm, d, (d->used + 1) * 3 / 2 + 1) < 0) return -1;
        index_insert(d, hash, (int32_t)d->nentries);
    } else {
        d->index[lk.slot] = (int32_t)d->nentries;
    }
    DictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = v;
    d->used++;
    return 0;
}

int dict_set_hashed(VM *vm, Value dv, Value key, int64_t hash, Value v) {
    Lookup lk;
    if (dict_lookup(vm, dv, key, hash, &lk) < 0) return -1;
    return dict_store_at(vm, dv, &lk, key, hash, v);
}

int dict_set(VM *vm, Value d, Value key, Value v) {
    gc_push_root(vm, &v);
    int64_t hash = hash_for(vm, d, key);
    gc_pop_roots(vm, 1);
    if (hash == -1) return -1;
    return dict_set_hashed(vm, d, key, hash, v);
}

int dict_set_cstr(VM *vm, Value d, const char *key, Value v) {
    Value k = str_intern_cstr(vm, key);
    if (val_is_error(k)) return -1;
    return dict_set_hashed(vm, d, k, str_hash(k), v);
}

static void dict_remove_entry(DictObj *d, Lookup *lk) {
    d->index[lk->slot] = IX_DUMMY;
    d->entries[lk->ix].key = VAL_NULL;
    d->entries[lk->ix].value = VAL_NULL;
    d->used--;
    d->version = ++dict_version_clock;
    if (d->hdr.flags & OBJ_TYPE_DICT) type_lookup_epoch++;
}

static int dict_del_hashed(VM *vm, Value d, Value key, int64_t hash) {
    Lookup lk;
    if (dict_lookup(vm, d, key, hash, &lk) < 0) return -1;
    if (lk.ix < 0) return 0;
    dict_remove_entry(as_dict(d), &lk);
    return 1;
}

int dict_del(VM *vm, Value d, Value key) {
    int64_t hash = hash_for(vm, d, key);
    if (hash == -1) return -1;
    return dict_del_hashed(vm, d, key, hash);
}

bool dict_next_hashed(Value dv, size_t *pos, Value *key, Value *value, int64_t *hash) {
    DictObj *d = as_dict(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (val_is_null(e->key)) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        if (hash) *hash = e->hash;
        return true;
    }
    return false;
}

bool dict_next(Value d, size_t *pos, Value *key, Value *value) {
    return dict_next_hashed(d, pos, key, value, NULL);
}

void dict_clear(VM *vm, Value dv) {
    DictObj *d = as_dict(dv);
    if (d->index) dict_free_tables(vm, d->index, d->nslots, d->entries, d->cap);
    d->index = NULL;
    d->entries = NULL;
    d->nslots = d->cap = d->nentries = d->used = 0;
    d->version = ++dict_version_clock;
    if (d->hdr.flags & OBJ_TYPE_DICT) type_lookup_epoch++;
}

/* ---- construction ---- */

static DictObj *dict_alloc(VM *vm, Type *cls) { return gc_alloc_instance(vm, cls, sizeof(DictObj)); }

Value dict_new(VM *vm) {
    DictObj *d = dict_alloc(vm, &type_dict);
    return d ? val_from_obj(d) : VAL_ERROR;
}

/* Copy the live entries of [src] into the empty dict [dst]. */
static int dict_copy_into(VM *vm, Value dst, Value src) {
    DictObj *s = as_dict(src), *d = as_dict(dst);
    if (s->used == 0) return 0;
    if (dict_resize(vm, d, s->used) < 0) return -1;
    s = as_dict(src);
    size_t n = 0;
    for (size_t i = 0; i < s->nentries; i++) {
        if (val_is_null(s->entries[i].key)) continue;
        d->entries[n] = s->entries[i];
        index_insert(d, s->entries[i].hash, (int32_t)n);
        n++;
    }
    d->nentries = d->used = n;
    d->version = ++dict_version_clock;
    return 0;
}

Value dict_copy(VM *vm, Value src) {
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    return dict_copy_into(vm, d, src) < 0 ? VAL_ERROR : d;
}

static void dict_traverse(Obj *o, GCVisitor *gv) {
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_visit(gv, d->entries[i].key);
        gc_visit(gv, d->entries[i].value);
    }
}

static void dict_finalize(Obj *o) {
    DictObj *d = (DictObj *)o;
    if (!d->index) return;
    free(d->index);
    free(d->entries);
    gc_note_released(d->nslots * sizeof(int32_t) + d->cap * sizeof(DictEntry));
}

/* ---- update ---- */

/* The fast path applies to dicts whose iteration is the dict's own. */
static bool is_plain_dict(Value v) { return val_is_dict(v) && val_type(v)->iter == type_dict.iter; }

static int merge_dict(VM *vm, Value d, Value other) {
    if (d == other) return 0;
    size_t pos = 0;
    Value k = VAL_NULL, v = VAL_NULL;
    int64_t h;
    gc_push_root(vm, &other);
    gc_push_root(vm, &k);
    gc_push_root(vm, &v);
    int r = 0;
    size_t n = as_dict(other)->nentries;
    while (dict_next_hashed(other, &pos, &k, &v, &h)) {
        if ((r = dict_set_hashed(vm, d, k, h, v)) < 0) break;
        /* a key's __eq__ may have changed the source under us */
        if (as_dict(other)->nentries != n) {
            vm_raise(vm, &type_RuntimeError, "dict mutated during update");
            r = -1;
            break;
        }
    }
    gc_pop_roots(vm, 3);
    return r;
}

static int merge_mapping(VM *vm, Value d, Value other, Value keys_fn) {
    Value keys = obj_call0(vm, keys_fn), it = VAL_NULL, k = VAL_NULL;
    if (val_is_error(keys)) return -1;
    gc_push_root(vm, &keys);
    gc_push_root(vm, &it);
    gc_push_root(vm, &k);
    gc_push_root(vm, &other);
    gc_push_root(vm, &d);
    int r = -1;
    it = obj_iter(vm, keys);
    if (val_is_error(it)) goto out;
    for (;;) {
        k = obj_next(vm, it);
        if (val_is_null(k)) break;
        if (val_is_error(k)) goto out;
        Value v = obj_getitem(vm, other, k);
        if (val_is_error(v) || dict_set(vm, d, k, v) < 0) goto out;
    }
    r = 0;
out:
    gc_pop_roots(vm, 5);
    return r;
}

/* One element of dict(iterable): a pair [item] at position [n]. */
static int merge_pair(VM *vm, Value d, Value item, size_t n) {
    Value seq = item;
    gc_push_root(vm, &seq);
    Value *items;
    size_t len;
    int r = -1;
    if (!seq_fast(seq, &items, &len)) {
        Type *t = val_type(seq);
        if (!t->iter && !t->getitem) {
            vm_raise(vm, &type_TypeError,
                     "cannot convert dictionary update sequence element #%zu to a sequence", n);
            goto out;
        }
        seq = seq_to_list(vm, seq);
        if (val_is_error(seq)) goto out;
        seq_fast(seq, &items, &len);
    }
    if (len != 2) {
        vm_raise(vm, &type_ValueError,
                 "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
        goto out;
    }
    r = dict_set(vm, d, items[0], items[1]);
out:
    gc_pop_roots(vm, 1);
    return r;
}

static int merge_pairs(VM *vm, Value d, Value iterable) {
    Value it = obj_iter(vm, iterable);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    gc_push_root(vm, &d);
    int r = 0;
    for (size_t n = 0;; n++) {
        Value item = obj_next(vm, it);
        if (val_is_null(item)) break;
        if (val_is_error(item) || merge_pair(vm, d, item, n) < 0) {
            r = -1;
            break;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

int dict_update_from(VM *vm, Value d, Value other) {
    if (is_plain_dict(other)) return merge_dict(vm, d, other);
    Value keys_fn = obj_lookup_attr(vm, other, NAME(vm, keys));
    if (val_is_error(keys_fn)) return -1;
    if (!val_is_null(keys_fn)) {
        gc_push_root(vm, &keys_fn);
        int r = merge_mapping(vm, d, other, keys_fn);
        gc_pop_roots(vm, 1);
        return r;
    }
    return merge_pairs(vm, d, other);
}

int dict_update_kwargs(VM *vm, Value d, Value *kwvalues, Value kwnames) {
    if (no_kwargs(kwnames)) return 0;
    TupleObj *names = as_tuple(kwnames);
    for (size_t i = 0; i < names->len; i++)
        if (dict_set(vm, d, names->items[i], kwvalues[i]) < 0) return -1;
    return 0;
}

/* update(self, [other], **kw) shared by dict.__init__ and dict.update. */
static int dict_update_args(VM *vm, const char *name, Value self, Value *args, int nargs,
                            Value kwnames) {
    if (nargs > 1) {
        vm_raise(vm, &type_TypeError, "%s expected at most 1 argument, got %d", name, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update_from(vm, self, args[0]) < 0) return -1;
    return dict_update_kwargs(vm, self, args + nargs, kwnames);
}

/* ---- slots ---- */

static Value dict_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    DictObj *d = dict_alloc(vm, cls);
    return d ? val_from_obj(d) : VAL_ERROR;
}

static int dict_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return dict_update_args(vm, "dict", self, args, nargs, kwnames);
}

static int64_t dict_len(VM *vm, Value self) { return (int64_t)as_dict(self)->used; }

static Value dict_repr(VM *vm, Value self) {
    if (as_dict(self)->used == 0) return str_from_cstr(vm, "{}");
    int r = repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "{...}");
    StrBuf sb;
    sb_init(&sb);
    sb_addc(&sb, '{');
    size_t pos = 0;
    Value k = VAL_NONE, v = VAL_NONE;
    gc_push_root(vm, &k);
    gc_push_root(vm, &v);
    bool first = true, failed = false;
    while (dict_next(self, &pos, &k, &v)) {
        if (!first) sb_adds(&sb, ", ");
        first = false;
        if (sb_add_repr(vm, &sb, k) < 0) { failed = true; break; }
        sb_adds(&sb, ": ");
        if (sb_add_repr(vm, &sb, v) < 0) { failed = true; break; }
    }
    gc_pop_roots(vm, 2);
    repr_leave(vm, self);
    if (failed) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    sb_addc(&sb, '}');
    return sb_finish(vm, &sb);
}

static int dict_equal(VM *vm, Value a, Value b) {
    if (as_dict(a)->used != as_dict(b)->used) return 0;
    Value k = VAL_NONE, v = VAL_NONE;
    gc_push_root(vm, &k);
    gc_push_root(vm, &v);
    int r = 1;
    for (size_t i = 0; i < as_dict(a)->nentries; i++) {
        DictEntry *e = &as_dict(a)->entries[i];
        if (val_is_null(e->key)) continue;
        k = e->key;
        v = e->value;
        Value w = dict_get_hashed(vm, b, k, e->hash);
        if (val_is_error(w)) { r = -1; break; }
        if (val_is_null(w)) { r = 0; break; }
        int eq = item_eq(vm, v, w);
        if (eq <= 0) { r = eq; break; }
    }
    gc_pop_roots(vm, 2);
    return r;
}

static Value dict_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_dict(a) || !val_is_dict(b) || (op != CMPOP_EQ && op != CMPOP_NE)) return VAL_NOTIMPL;
    int eq = dict_equal(vm, a, b);
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static Value dict_subscript(VM *vm, Value self, Value key) {
    int64_t hash = hash_for(vm, self, key);
    if (hash == -1) return VAL_ERROR;
    Value v = dict_get_hashed(vm, self, key, hash);
    if (!val_is_null(v)) return v;
    if (!val_is_type(self, &type_dict)) {
        bool found;
        Value r = call_special(vm, self, NAME(vm, __missing__), &key, 1, &found);
        if (found) return r;
    }
    return raise_key_error(vm, key);
}

static int dict_ass_subscript(VM *vm, Value self, Value key, Value v) {
    if (!val_is_null(v)) return dict_set(vm, self, key, v);
    int r = dict_del(vm, self, key);
    if (r == 0) {
        raise_key_error(vm, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(VM *vm, Value self, Value key) {
    Value v = dict_get(vm, self, key);
    if (val_is_error(v)) return -1;
    return !val_is_null(v);
}

static Value dict_or(VM *vm, Value a, Value b) {
    if (!val_is_dict(a) || !val_is_dict(b)) return VAL_NOTIMPL;
    Value r = dict_copy(vm, a);
    if (val_is_error(r)) return r;
    gc_push_root(vm, &r);
    int ok = dict_update_from(vm, r, b);
    gc_pop_roots(vm, 1);
    return ok < 0 ? VAL_ERROR : r;
}

static Value dict_ior(VM *vm, Value a, Value b) {
    return dict_update_from(vm, a, b) < 0 ? VAL_ERROR : a;
}

/* ---- iterators ---- */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIterObj {
    Obj hdr;
    Value dict;               /* VAL_NULL once exhausted */
    size_t pos;               /* next entry (reversed: one past it) */
    size_t used;              /* the dict's size when iteration started */
    int64_t remaining;
} DictIterObj;

static Type type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

static Value dictiter_new(VM *vm, Value d, Type *t, bool reversed) {
    DictIterObj *it = gc_alloc(vm, t, sizeof(DictIterObj));
    if (!it) return VAL_ERROR;
    it->dict = d;
    it->used = as_dict(d)->used;
    it->remaining = (int64_t)it->used;
    it->pos = reversed ? as_dict(d)->nentries : 0;
    return val_from_obj(it);
}

static void dictiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((DictIterObj *)o)->dict); }

/* The next live entry, or NULL at the end / with an error pending. */
static DictEntry *dictiter_step(VM *vm, DictIterObj *it, bool reversed, bool *error) {
    *error = false;
    if (val_is_null(it->dict)) return NULL;
    DictObj *d = as_dict(it->dict);
    if (d->used != it->used) {
        it->used = (size_t)-1;  /* keeps failing, as CPython's does */
        vm_raise(vm, &type_RuntimeError, "dictionary changed size during iteration");
        *error = true;
        return NULL;
    }
    DictEntry *e = NULL;
    if (reversed) {
        while (it->pos > 0 && it->pos <= d->nentries) {
            DictEntry *c = &d->entries[--it->pos];
            if (!val_is_null(c->key)) { e = c; break; }
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (!val_is_null(c->key)) { e = c; break; }
        }
    }
    if (!e) {
        it->dict = VAL_NULL;
        return NULL;
    }
    if (it->remaining-- <= 0) {
        it->dict = VAL_NULL;
        vm_raise(vm, &type_RuntimeError, "dictionary keys changed during iteration");
        *error = true;
        return NULL;
    }
    return e;
}

static Value dictiter_yield(VM *vm, Value self, int kind, bool reversed) {
    bool error;
    DictEntry *e = dictiter_step(vm, (DictIterObj *)val_as_obj(self), reversed, &error);
    if (!e) return error ? VAL_ERROR : VAL_NULL;
    if (kind == ITER_KEYS) return e->key;
    if (kind == ITER_VALUES) return e->value;
    return tuple_pack(vm, 2, e->key, e->value);
}

static Value dictiter_next_keys(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_KEYS, false); }
static Value dictiter_next_values(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_VALUES, false); }
static Value dictiter_next_items(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_ITEMS, false); }
static Value dictriter_next_keys(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_KEYS, true); }
static Value dictriter_next_values(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_VALUES, true); }
static Value dictriter_next_items(VM *vm, Value self) { return dictiter_yield(vm, self, ITER_ITEMS, true); }

static Value iter_self(VM *vm, Value self) { return self; }

static Value dictiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    DictIterObj *it = (DictIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->dict) || as_dict(it->dict)->used != it->used) return val_from_small(0);
    return val_from_small(it->remaining > 0 ? it->remaining : 0);
}

static Value dictiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    return iter_reduce_remaining(vm, args[0]);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {"__reduce__", dictiter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(var, tname, nextfn, storage) \
    storage Type var = { \
        .hdr = STATIC_TYPE_HDR, .name = tname, .basicsize = sizeof(DictIterObj), \
        .iter = iter_self, .iternext = nextfn, .traverse = dictiter_traverse, \
    };
DICTITER_TYPE(type_dict_keyiterator, "dict_keyiterator", dictiter_next_keys, )
DICTITER_TYPE(type_dict_valueiterator, "dict_valueiterator", dictiter_next_values, )
DICTITER_TYPE(type_dict_itemiterator, "dict_itemiterator", dictiter_next_items, )
DICTITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator", dictriter_next_keys, static)
DICTITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", dictriter_next_values, static)
DICTITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", dictriter_next_items, static)

static Value dict_iter(VM *vm, Value self) {
    return dictiter_new(vm, self, &type_dict_keyiterator, false);
}

/* ---- methods ---- */

static Value dict_keys_m(VM *vm, Value *args, int nargs, Value kwnames);
static Value dict_values_m(VM *vm, Value *args, int nargs, Value kwnames);
static Value dict_items_m(VM *vm, Value *args, int nargs, Value kwnames);

static Value no_args(VM *vm, const char *name, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1)
        return vm_raise(vm, &type_TypeError, "%s() takes no arguments (%d given)", name, nargs - 1);
    return VAL_NONE;
}

static Value arg_range(VM *vm, const char *name, int nargs, Value kwnames, int min, int max) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    int n = nargs - 1;
    if (n < min)
        return vm_raise(vm, &type_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                        min == 1 ? "" : "s", n);
    if (n > max)
        return vm_raise(vm, &type_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                        max == 1 ? "" : "s", n);
    return VAL_NONE;
}

static Value dict_get_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(arg_range(vm, "get", nargs, kwnames, 1, 2))) return VAL_ERROR;
    Value v = dict_get(vm, args[0], args[1]);
    if (val_is_null(v)) return nargs > 2 ? args[2] : VAL_NONE;
    return v;
}

static Value dict_setdefault_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(arg_range(vm, "setdefault", nargs, kwnames, 1, 2))) return VAL_ERROR;
    int64_t hash = hash_for(vm, args[0], args[1]);
    if (hash == -1) return VAL_ERROR;
    Lookup lk;   /* one lookup: the key's __eq__ runs at most once */
    if (dict_lookup(vm, args[0], args[1], hash, &lk) < 0) return VAL_ERROR;
    if (lk.ix >= 0) return as_dict(args[0])->entries[lk.ix].value;
    Value dflt = nargs > 2 ? args[2] : VAL_NONE;
    if (dict_store_at(vm, args[0], &lk, args[1], hash, dflt) < 0) return VAL_ERROR;
    return dflt;
}

Value dict_pop_item(VM *vm, Value d, Value key, Value deflt) {
    int64_t hash = hash_for(vm, d, key);
    if (hash == -1) return VAL_ERROR;
    Lookup lk;
    if (dict_lookup(vm, d, key, hash, &lk) < 0) return VAL_ERROR;
    if (lk.ix < 0) return val_is_null(deflt) ? raise_key_error(vm, key) : deflt;
    Value v = as_dict(d)->entries[lk.ix].value;
    dict_remove_entry(as_dict(d), &lk);
    return v;
}

static Value dict_pop_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(arg_range(vm, "pop", nargs, kwnames, 1, 2))) return VAL_ERROR;
    return dict_pop_item(vm, args[0], args[1], nargs > 2 ? args[2] : VAL_NULL);
}

static Value dict_popitem_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.popitem", nargs, kwnames))) return VAL_ERROR;
    DictObj *d = as_dict(args[0]);
    if (d->used == 0) {
        Value msg = str_from_cstr(vm, "popitem(): dictionary is empty");
        if (val_is_error(msg)) return msg;
        return raise_key_error(vm, msg);
    }
    size_t i = d->nentries;
    while (i > 0 && val_is_null(d->entries[i - 1].key)) i--;
    DictEntry *e = &d->entries[i - 1];
    Value r = tuple_pack(vm, 2, e->key, e->value);
    if (val_is_error(r)) return r;
    Lookup lk;
    d = as_dict(args[0]);
    e = &d->entries[i - 1];
    /* find the slot that points at entry i-1 */
    size_t mask = d->nslots - 1, s = (size_t)e->hash & mask;
    uint64_t perturb = (uint64_t)e->hash;
    while (d->index[s] != (int32_t)(i - 1)) {
        perturb >>= 5;
        s = (s * 5 + perturb + 1) & mask;
    }
    lk.slot = s;
    lk.ix = (int64_t)(i - 1);
    dict_remove_entry(d, &lk);
    d->nentries = i - 1;  /* popping from the end keeps the entry array compact */
    return r;
}

static Value dict_update_m(VM *vm, Value *args, int nargs, Value kwnames) {
    return dict_update_args(vm, "update", args[0], args + 1, nargs - 1, kwnames) < 0 ? VAL_ERROR
                                                                                   : VAL_NONE;
}

/* dict.fromkeys of an exact dict, set or frozenset reuses the stored hashes
** (keys are not hashed again, as in CPython); false when [src] is none of them. */
static bool fromkeys_hashed(VM *vm, Value d, Value src, Value value, Value *result) {
    bool is_dict = val_is_type(src, &type_dict);
    if (!is_dict && !val_is_type(src, &type_set) && !val_is_type(src, &type_frozenset)) return false;
    gc_push_root(vm, &src);
    size_t pos = 0;
    Value k;
    int64_t h;
    int r = 0;
    while (r == 0 && (is_dict ? dict_next_hashed(src, &pos, &k, NULL, &h)
                              : set_next_hashed(src, &pos, &k, &h)))
        r = dict_set_hashed(vm, d, k, h, value);
    gc_pop_roots(vm, 1);
    *result = r < 0 ? VAL_ERROR : d;
    return true;
}

static Value dict_fromkeys_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(arg_range(vm, "fromkeys", nargs, kwnames, 1, 2))) return VAL_ERROR;
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    Value d = obj_call0(vm, args[0]);
    if (val_is_error(d)) return d;
    Value it = VAL_NULL;
    gc_push_root(vm, &d);
    gc_push_root(vm, &it);
    Value result = VAL_ERROR;
    if (val_is_type(d, &type_dict) && fromkeys_hashed(vm, d, args[1], value, &result)) goto out;
    it = obj_iter(vm, args[1]);
    if (val_is_error(it)) goto out;
    bool exact = val_is_type(d, &type_dict);
    for (;;) {
        Value k = obj_next(vm, it);
        if (val_is_null(k)) break;
        if (val_is_error(k)) goto out;
        int r = exact ? dict_set(vm, d, k, value) : obj_setitem(vm, d, k, value);
        if (r < 0) goto out;
    }
    result = d;
out:
    gc_pop_roots(vm, 2);
    return result;
}

static Value dict_copy_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.copy", nargs, kwnames))) return VAL_ERROR;
    return dict_copy(vm, args[0]);
}

static Value dict_clear_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.clear", nargs, kwnames))) return VAL_ERROR;
    dict_clear(vm, args[0]);
    return VAL_NONE;
}

static Value dict_reversed_m(VM *vm, Value *args, int nargs, Value kwnames) {
    return dictiter_new(vm, args[0], &type_dict_reversekeyiterator, true);
}

static Value dict_class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__class_getitem__ expected 1 argument, got %d", nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

static Value dict_sizeof_m(VM *vm, Value *args, int nargs, Value kwnames) {
    DictObj *d = as_dict(args[0]);
    return val_from_small((int64_t)(48 + d->nslots * 4 + d->cap * 24));
}

static Value dict_getitem_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "dict.__getitem__() takes exactly one argument (%d given)", nargs - 1);
    return dict_subscript(vm, args[0], args[1]);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m, 0, NULL},
    {"values", dict_values_m, 0, NULL},
    {"items", dict_items_m, 0, NULL},
    {"get", dict_get_m, 0, NULL},
    {"setdefault", dict_setdefault_m, 0, NULL},
    {"pop", dict_pop_m, 0, NULL},
    {"popitem", dict_popitem_m, 0, NULL},
    {"update", dict_update_m, 0, NULL},
    {"fromkeys", dict_fromkeys_m, METH_CLASS, NULL},
    {"copy", dict_copy_m, 0, NULL},
    {"clear", dict_clear_m, 0, NULL},
    {"__reversed__", dict_reversed_m, 0, NULL},
    {"__class_getitem__", dict_class_getitem, METH_CLASS, NULL},
    {"__sizeof__", dict_sizeof_m, 0, NULL},
    {"__getitem__", dict_getitem_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots dict_number = {.or_ = dict_or, .ior = dict_ior};

Type type_dict = {
    .hdr = STATIC_TYPE_HDR,
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TYPE_BASETYPE | TYPE_DICT_SUBCLASS,
    .repr = dict_repr,
    .hash = hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains,
    .new_ = dict_new_slot,
    .init = dict_init,
    .number = &dict_number,
    .traverse = dict_traverse,
    .finalize = dict_finalize,
};

Value dict_keys_list(VM *vm, Value d) {
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    size_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL))
        if (list_append(vm, l, k) < 0) return VAL_ERROR;
    return l;
}

/* ---- views ---- */

typedef struct DictViewObj {
    Obj hdr;
    Value dict;
} DictViewObj;

static Value view_dict(Value v) { return ((DictViewObj *)val_as_obj(v))->dict; }

static void dictview_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((DictViewObj *)o)->dict); }

static Value dictview_new(VM *vm, Value d, Type *t) {
    DictViewObj *v = gc_alloc(vm, t, sizeof(DictViewObj));
    if (!v) return VAL_ERROR;
    v->dict = d;
    return val_from_obj(v);
}

static Value dict_keys_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.keys", nargs, kwnames))) return VAL_ERROR;
    return dictview_new(vm, args[0], &type_dict_keys);
}

static Value dict_values_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.values", nargs, kwnames))) return VAL_ERROR;
    return dictview_new(vm, args[0], &type_dict_values);
}

static Value dict_items_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "dict.items", nargs, kwnames))) return VAL_ERROR;
    return dictview_new(vm, args[0], &type_dict_items);
}

static int64_t dictview_len(VM *vm, Value self) { return (int64_t)as_dict(view_dict(self))->used; }

static Value dictkeys_iter(VM *vm, Value self) {
    return dictiter_new(vm, view_dict(self), &type_dict_keyiterator, false);
}
static Value dictvalues_iter(VM *vm, Value self) {
    return dictiter_new(vm, view_dict(self), &type_dict_valueiterator, false);
}
static Value dictitems_iter(VM *vm, Value self) {
    return dictiter_new(vm, view_dict(self), &type_dict_itemiterator, false);
}

static Value dictkeys_reversed(VM *vm, Value *args, int nargs, Value kwnames) {
    return dictiter_new(vm, view_dict(args[0]), &type_dict_reversekeyiterator, true);
}
static Value dictvalues_reversed(VM *vm, Value *args, int nargs, Value kwnames) {
    return dictiter_new(vm, view_dict(args[0]), &type_dict_reversevalueiterator, true);
}
static Value dictitems_reversed(VM *vm, Value *args, int nargs, Value kwnames) {
    return dictiter_new(vm, view_dict(args[0]), &type_dict_reverseitemiterator, true);
}

static int dictkeys_contains(VM *vm, Value self, Value key) {
    return dict_contains(vm, view_dict(self), key);
}

static int dictitems_contains(VM *vm, Value self, Value item) {
    if (!val_is_tuple(item) || as_tuple(item)->len != 2) return 0;
    Value v = dict_get(vm, view_dict(self), as_tuple(item)->items[0]);
    if (val_is_error(v)) return -1;
    if (val_is_null(v)) return 0;
    gc_push_root(vm, &v);
    int r = item_eq(vm, v, as_tuple(item)->items[1]);
    gc_pop_roots(vm, 1);
    return r;
}

static Value dictview_repr(VM *vm, Value self) {
    int r = repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "...");
    Value l = seq_to_list(vm, self);
    Value result = VAL_ERROR;
    if (!val_is_error(l)) {
        gc_push_root(vm, &l);
        result = str_format(vm, "%s(%R)", type_name(val_type(self)), l);
        gc_pop_roots(vm, 1);
    }
    repr_leave(vm, self);
    return result;
}

static bool is_view_set(Value v) {
    return val_is_type(v, &type_dict_keys) || val_is_type(v, &type_dict_items);
}

static bool is_setlike(Value v) { return val_is_anyset(v) || is_view_set(v); }

/* Every item of [a] is in [b] (both sized containers). */
static int all_contained_in(VM *vm, Value a, Value b) {
    Value it = obj_iter(vm, a);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    int r = 1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x)) { r = -1; break; }
        gc_push_root(vm, &x);
        int c = obj_contains(vm, b, x);
        gc_pop_roots(vm, 1);
        if (c <= 0) { r = c; break; }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value dictview_richcompare(VM *vm, Value a, Value b, int op) {
    if (!is_view_set(a) || !is_setlike(b)) return VAL_NOTIMPL;
    int64_t la = obj_len(vm, a), lb = obj_len(vm, b);
    if (la < 0 || lb < 0) return VAL_ERROR;
    int r;
    switch (op) {
    case CMPOP_EQ:
    case CMPOP_NE:
        r = la == lb ? all_contained_in(vm, a, b) : 0;
        if (r < 0) return VAL_ERROR;
        return val_from_bool(op == CMPOP_EQ ? r : !r);
    case CMPOP_LT: r = la < lb ? all_contained_in(vm, a, b) : 0; break;
    case CMPOP_LE: r = la <= lb ? all_contained_in(vm, a, b) : 0; break;
    case CMPOP_GT: r = la > lb ? all_contained_in(vm, b, a) : 0; break;
    default: r = la >= lb ? all_contained_in(vm, b, a) : 0; break;
    }
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

/* set(view) op other, through the set type's methods. */
static Value view_setop(VM *vm, Value a, Value b, const char *method) {
    Value s = set_from_iterable(vm, &type_set, a);
    if (val_is_error(s)) return s;
    gc_push_root(vm, &s);
    Value r = obj_call_method(vm, s, method, &b, 1);
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return r;
    return s;
}

static bool view_operands(Value *a, Value *b) {
    if (is_view_set(*a)) return true;
    if (is_view_set(*b)) {
        Value t = *a;
        *a = *b;
        *b = t;
        return true;
    }
    return false;
}

static bool iterable(Value v) {
    Type *t = val_type(v);
    return t->iter || t->getitem;
}

static Value dictview_or(VM *vm, Value a, Value b) {
    if (!view_operands(&a, &b) || !iterable(b)) return VAL_NOTIMPL;
    return view_setop(vm, a, b, "update");
}

static Value dictview_xor(VM *vm, Value a, Value b) {
    if (!view_operands(&a, &b) || !iterable(b)) return VAL_NOTIMPL;
    return view_setop(vm, a, b, "symmetric_difference_update");
}

static Value dictview_sub(VM *vm, Value a, Value b) {
    if (!iterable(a) || !iterable(b)) return VAL_NOTIMPL;
    if (!is_view_set(a)) {
        /* other - view: set(other) - view */
        Value s = set_from_iterable(vm, &type_set, a);
        if (val_is_error(s)) return s;
        gc_push_root(vm, &s);
        Value r = obj_call_method(vm, s, "difference_update", &b, 1);
        gc_pop_roots(vm, 1);
        return val_is_error(r) ? r : s;
    }
    return view_setop(vm, a, b, "difference_update");
}

static Value dictview_and(VM *vm, Value a, Value b) {
    if (!view_operands(&a, &b) || !iterable(b)) return VAL_NOTIMPL;
    int64_t la = obj_len(vm, a);
    if (la < 0) return VAL_ERROR;
    if (val_is_type(b, &type_set) && la <= obj_len(vm, b))
        return obj_call_method(vm, b, "intersection", &a, 1);
    if (is_view_set(b) && obj_len(vm, b) > la) {
        Value t = a;
        a = b;
        b = t;
    }
    Value result = set_new(vm, &type_set), it = VAL_NULL;
    if (val_is_error(result)) return result;
    gc_push_root(vm, &result);
    gc_push_root(vm, &it);
    gc_push_root(vm, &a);
    it = obj_iter(vm, b);
    if (val_is_error(it)) goto fail;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x)) goto fail;
        gc_push_root(vm, &x);
        int c = val_is_type(a, &type_dict_keys) ? dictkeys_contains(vm, a, x) : dictitems_contains(vm, a, x);
        int r = c > 0 ? set_add(vm, result, x) : c;
        gc_pop_roots(vm, 1);
        if (r < 0) goto fail;
    }
    gc_pop_roots(vm, 3);
    return result;
fail:
    gc_pop_roots(vm, 3);
    return VAL_ERROR;
}

static Value dictview_isdisjoint(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "isdisjoint() takes exactly one argument (%d given)", nargs - 1);
    Value self = args[0], other = args[1];
    Value it = obj_iter(vm, other);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value r = VAL_TRUE;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x)) { r = x; break; }
        int c = obj_contains(vm, self, x);
        if (c != 0) { r = c < 0 ? VAL_ERROR : VAL_FALSE; break; }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value dictview_mapping(VM *vm, Value self) { return mappingproxy_new(vm, view_dict(self)); }

static const GetSetDef dictview_getsets[] = {
    {"mapping", dictview_mapping, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef dictkeys_methods[] = {
    {"isdisjoint", dictview_isdisjoint, 0, NULL},
    {"__reversed__", dictkeys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef dictitems_methods[] = {
    {"isdisjoint", dictview_isdisjoint, 0, NULL},
    {"__reversed__", dictitems_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots dictview_number = {
    .or_ = dictview_or, .and_ = dictview_and, .sub = dictview_sub, .xor_ = dictview_xor,
};

Type type_dict_keys = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_keys", .basicsize = sizeof(DictViewObj),
    .repr = dictview_repr, .hash = hash_unhashable, .richcompare = dictview_richcompare,
    .iter = dictkeys_iter, .len = dictview_len, .contains = dictkeys_contains,
    .number = &dictview_number, .traverse = dictview_traverse,
};

Type type_dict_items = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_items", .basicsize = sizeof(DictViewObj),
    .repr = dictview_repr, .hash = hash_unhashable, .richcompare = dictview_richcompare,
    .iter = dictitems_iter, .len = dictview_len, .contains = dictitems_contains,
    .number = &dictview_number, .traverse = dictview_traverse,
};

Type type_dict_values = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_values", .basicsize = sizeof(DictViewObj),
    .repr = dictview_repr, .iter = dictvalues_iter, .len = dictview_len,
    .traverse = dictview_traverse,
};

/* ---- mappingproxy ---- */

typedef struct MappingProxyObj {
    Obj hdr;
    Value mapping;
} MappingProxyObj;

static Value proxied(Value v) { return ((MappingProxyObj *)val_as_obj(v))->mapping; }

static void mappingproxy_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((MappingProxyObj *)o)->mapping);
}

Value mappingproxy_new(VM *vm, Value mapping) {
    MappingProxyObj *p = gc_alloc(vm, &type_mappingproxy, sizeof(MappingProxyObj));
    if (!p) return VAL_ERROR;
    p->mapping = mapping;
    return val_from_obj(p);
}

static Value mappingproxy_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    Value a[1];
    static const char *const names[] = {"mapping", NULL};
    if (vm_parse_args(vm, "mappingproxy", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    Type *t = val_type(a[0]);
    if (!t->getitem || val_is_list(a[0]) || val_is_tuple(a[0]))
        return vm_raise(vm, &type_TypeError, "mappingproxy() argument must be a mapping, not %T", a[0]);
    return mappingproxy_new(vm, a[0]);
}

static Value mappingproxy_getitem(VM *vm, Value self, Value key) {
    return obj_getitem(vm, proxied(self), key);
}
static int64_t mappingproxy_len(VM *vm, Value self) { return obj_len(vm, proxied(self)); }
static Value mappingproxy_iter(VM *vm, Value self) { return obj_iter(vm, proxied(self)); }
static int mappingproxy_contains(VM *vm, Value self, Value key) {
    if (val_is_dict(proxied(self))) return dict_contains(vm, proxied(self), key);
    return obj_contains(vm, proxied(self), key);
}
static Value mappingproxy_repr(VM *vm, Value self) {
    return str_format(vm, "mappingproxy(%R)", proxied(self));
}
static Value mappingproxy_str(VM *vm, Value self) { return obj_str(vm, proxied(self)); }
static Value mappingproxy_richcompare(VM *vm, Value a, Value b, int op) {
    return obj_richcompare(vm, proxied(a), b, op);
}
static Value mappingproxy_or(VM *vm, Value a, Value b) {
    if (val_is_type(a, &type_mappingproxy)) a = proxied(a);
    if (val_is_type(b, &type_mappingproxy)) b = proxied(b);
    return obj_binary_op(vm, a, b, BINOP_OR);
}
static Value mappingproxy_ior(VM *vm, Value a, Value b) {
    return vm_raise(vm, &type_TypeError, "'|=' is not supported by %T; use '|' instead", a);
}

static Value proxy_forward(VM *vm, Value *args, int nargs, const char *name) {
    return obj_call_method(vm, proxied(args[0]), name, args + 1, nargs - 1);
}

static Value mappingproxy_get(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(arg_range(vm, "get", nargs, kwnames, 1, 2))) return VAL_ERROR;
    return proxy_forward(vm, args, nargs, "get");
}
static Value mappingproxy_keys(VM *vm, Value *args, int nargs, Value kwnames) {
    return proxy_forward(vm, args, 1, "keys");
}
static Value mappingproxy_values(VM *vm, Value *args, int nargs, Value kwnames) {
    return proxy_forward(vm, args, 1, "values");
}
static Value mappingproxy_items(VM *vm, Value *args, int nargs, Value kwnames) {
    return proxy_forward(vm, args, 1, "items");
}
static Value mappingproxy_copy(VM *vm, Value *args, int nargs, Value kwnames) {
    return proxy_forward(vm, args, 1, "copy");
}
static Value mappingproxy_reversed(VM *vm, Value *args, int nargs, Value kwnames) {
    return proxy_forward(vm, args, 1, "__reversed__");
}

static const MethodDef mappingproxy_methods[] = {
    {"get", mappingproxy_get, 0, NULL},
    {"keys", mappingproxy_keys, 0, NULL},
    {"values", mappingproxy_values, 0, NULL},
    {"items", mappingproxy_items, 0, NULL},
    {"copy", mappingproxy_copy, 0, NULL},
    {"__reversed__", mappingproxy_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots mappingproxy_number = {.or_ = mappingproxy_or, .ior = mappingproxy_ior};

Type type_mappingproxy = {
    .hdr = STATIC_TYPE_HDR, .name = "mappingproxy", .basicsize = sizeof(MappingProxyObj),
    .repr = mappingproxy_repr, .str = mappingproxy_str, .hash = hash_unhashable,
    .richcompare = mappingproxy_richcompare, .iter = mappingproxy_iter,
    .len = mappingproxy_len, .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains, .new_ = mappingproxy_new_slot,
    .number = &mappingproxy_number, .traverse = mappingproxy_traverse,
};

int setup_dict(VM *vm) {
    Type *rev[] = {&type_dict_reversekeyiterator, &type_dict_reversevalueiterator,
                   &type_dict_reverseitemiterator};
    for (size_t i = 0; i < 3; i++)
        if (type_ready(vm, rev[i]) < 0 || type_add_methods(vm, rev[i], dictiter_methods) < 0) return -1;
    Type *its[] = {&type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator};
    for (size_t i = 0; i < 3; i++)
        if (type_add_methods(vm, its[i], dictiter_methods) < 0) return -1;
    if (type_add_methods(vm, &type_dict, dict_methods) < 0) return -1;
    Type *hashless[] = {&type_dict, &type_dict_keys, &type_dict_items, &type_mappingproxy};
    for (size_t i = 0; i < 4; i++)
        if (dict_set(vm, hashless[i]->dict, NAME(vm, __hash__), VAL_NONE) < 0) return -1;
    if (type_add_methods(vm, &type_dict_keys, dictkeys_methods) < 0 ||
        type_add_methods(vm, &type_dict_items, dictitems_methods) < 0 ||
        type_add_methods(vm, &type_dict_values, dictvalues_methods) < 0 ||
        type_add_getsets(vm, &type_dict_keys, dictview_getsets) < 0 ||
        type_add_getsets(vm, &type_dict_items, dictview_getsets) < 0 ||
        type_add_getsets(vm, &type_dict_values, dictview_getsets) < 0)
        return -1;
    return type_add_methods(vm, &type_mappingproxy, mappingproxy_methods);
}
