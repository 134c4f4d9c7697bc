/*
** set.c -- set and frozenset, with the table algorithm of CPython's
** setobject.c (linear probing of LINEAR_PROBES slots, then perturbation;
** the same fill/resize rules) so that iteration order matches CPython's.
**
** SetObj fields as used here: entries is the table of nslots entries
** (key VAL_NULL: never used; key VAL_ERROR with hash -1: a deleted
** "dummy"), nentries is CPython's fill (active + dummies), used the
** active entries, cap the "finger" where pop() resumes; index is unused.
*/
#include <stdlib.h>

#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}
#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY VAL_ERROR

static inline SetObj *as_set(Value v) { return (SetObj *)val_as_obj(v); }
static inline bool is_live(const DictEntry *e) { return !val_is_null(e->key) && e->key != DUMMY; }

static bool is_frozen(Value v) {
    Type *t = val_type(v);
    return t == &type_frozenset || (t != &type_set && type_is_subtype(t, &type_frozenset));
}

/* ---- the table ---- */

static DictEntry *table_alloc(VM *vm, size_t n) {
    DictEntry *t = gc_malloc(vm, n * sizeof(DictEntry));
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) {
        t[i].key = VAL_NULL;
        t[i].hash = 0;
        t[i].value = VAL_NULL;
    }
    return t;
}

static void insert_clean(DictEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        DictEntry *e = &table[i];
        if (val_is_null(e->key)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (val_is_null(e->key)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(VM *vm, SetObj *s, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    DictEntry *old = s->entries, *table = table_alloc(vm, newsize);
    if (!table) return -1;
    size_t oldsize = s->nslots;
    for (size_t i = 0; i < oldsize; i++)
        if (is_live(&old[i])) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    s->entries = table;
    s->nslots = newsize;
    s->nentries = s->used;
    gc_free(vm, old, oldsize * sizeof(DictEntry));
    return 0;
}

static bool keys_fast_eq(Value a, Value b, bool *decided) {
    *decided = true;
    if (a == b) return true;
    if (val_is_exact_str(a) && val_is_exact_str(b)) return str_eq(a, b);
    if (val_is_int(a) && val_is_int(b)) return false;
    *decided = false;
    return false;
}

/* Compare the entry's key with [key] through Python; 1/0, -1 on error, 2
** when the table changed under us (restart). */
static int compare_entry(VM *vm, Value sv, size_t i, Value key) {
    DictEntry *table = as_set(sv)->entries;
    Value start = table[i].key;
    gc_push_root(vm, &sv);
    gc_push_root(vm, &key);
    gc_push_root(vm, &start);
    int r = obj_eq(vm, start, key);
    gc_pop_roots(vm, 3);
    if (r < 0) return -1;
    if (as_set(sv)->entries != table || table[i].key != start) return 2;
    return r;
}

/* Index of the entry holding [key], or -1 if missing; -2 on error. */
static int64_t set_lookkey(VM *vm, Value sv, Value key, int64_t hash) {
restart:;
    SetObj *s = as_set(sv);
    size_t mask = s->nslots - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        size_t j = i;
        do {
            DictEntry *e = &as_set(sv)->entries[j];
            if (val_is_null(e->key)) return -1;
            if (e->hash == hash && e->key != DUMMY) {
                bool decided;
                bool eq = keys_fast_eq(e->key, key, &decided);
                if (decided && eq) return (int64_t)j;
                if (!decided) {
                    int r = compare_entry(vm, sv, j, key);
                    if (r < 0) return -2;
                    if (r == 2) goto restart;
                    if (r) return (int64_t)j;
                }
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_add_entry(VM *vm, Value sv, Value key, int64_t hash) {
restart:;
    SetObj *s = as_set(sv);
    size_t mask = s->nslots - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    int64_t freeslot = -1;
    size_t j;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        j = i;
        do {
            DictEntry *e = &as_set(sv)->entries[j];
            if (val_is_null(e->key)) goto found_unused_or_dummy;
            if (e->hash == hash && e->key != DUMMY) {
                bool decided;
                bool eq = keys_fast_eq(e->key, key, &decided);
                if (decided && eq) return 0;
                if (!decided) {
                    int r = compare_entry(vm, sv, j, key);
                    if (r < 0) return -1;
                    if (r == 2) goto restart;
                    if (r) return 0;
                }
            } else if (e->key == DUMMY && freeslot < 0) {
                freeslot = (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s = as_set(sv);
    if (freeslot >= 0) {
        s->used++;
        s->entries[freeslot].key = key;
        s->entries[freeslot].hash = hash;
        return 0;
    }
    s->nentries++;
    s->used++;
    s->entries[j].key = key;
    s->entries[j].hash = hash;
    if (s->nentries * 5 < mask * 3) return 0;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static int set_discard_entry(VM *vm, Value sv, Value key, int64_t hash) {
    int64_t i = set_lookkey(vm, sv, key, hash);
    if (i == -2) return -1;
    if (i == -1) return 0;
    DictEntry *e = &as_set(sv)->entries[i];
    e->key = DUMMY;
    e->hash = -1;
    as_set(sv)->used--;
    return 1;
}

static bool set_next(Value sv, size_t *pos, Value *key, int64_t *hash) {
    SetObj *s = as_set(sv);
    while (*pos < s->nslots) {
        DictEntry *e = &s->entries[(*pos)++];
        if (is_live(e)) {
            *key = e->key;
            if (hash) *hash = e->hash;
            return true;
        }
    }
    return false;
}

bool set_next_hashed(Value s, size_t *pos, Value *key, int64_t *hash) {
    return set_next(s, pos, key, hash);
}

/* ---- hashing keys: a set used as a key stands for frozenset(set) ---- */

static int64_t key_hash(VM *vm, Value container, Value key, Value *alt) {
    *alt = key;
    int64_t h = hash_for(vm, container, key);
    if (h != -1 || !val_is_anyset(key) || !vm_exc_matches(vm, &type_TypeError)) return h;
    vm_clear_exc(vm);
    Value f = set_from_iterable(vm, &type_frozenset, key);
    if (val_is_error(f)) return -1;
    *alt = f;
    return obj_hash(vm, f);
}

/* ---- construction ---- */

static Value set_alloc(VM *vm, Type *t) {
    SetObj *s = gc_alloc_instance(vm, t, sizeof(SetObj));
    if (!s) return VAL_ERROR;
    s->hash = -1;
    s->entries = table_alloc(vm, SET_MINSIZE);
    if (!s->entries) return VAL_ERROR;
    s->nslots = SET_MINSIZE;
    return val_from_obj(s);
}

Value set_new(VM *vm, Type *t) { return set_alloc(vm, t); }

int set_add(VM *vm, Value s, Value v) {
    int64_t h = hash_for(vm, s, v);
    if (h == -1) return -1;
    return set_add_entry(vm, s, v, h);
}

int set_contains(VM *vm, Value s, Value v) {
    Value alt;
    int64_t h = key_hash(vm, s, v, &alt);
    if (h == -1) return -1;
    int64_t i = set_lookkey(vm, s, alt, h);
    return i == -2 ? -1 : i >= 0;
}

int set_discard(VM *vm, Value s, Value v) {
    Value alt;
    int64_t h = key_hash(vm, s, v, &alt);
    if (h == -1) return -1;
    return set_discard_entry(vm, s, alt, h);
}

static int set_merge(VM *vm, Value sv, Value ov) {
    SetObj *s = as_set(sv), *o = as_set(ov);
    if (s == o || o->used == 0) return 0;
    if ((s->nentries + o->used) * 5 >= (s->nslots - 1) * 3 &&
        table_resize(vm, s, (s->used + o->used) * 2) < 0)
        return -1;
    if (s->nentries == 0 && s->nslots == o->nslots && o->nentries == o->used) {
        for (size_t i = 0; i < o->nslots; i++)
            if (!val_is_null(o->entries[i].key)) s->entries[i] = o->entries[i];
        s->nentries = o->nentries;
        s->used = o->used;
        return 0;
    }
    if (s->nentries == 0) {
        s->nentries = s->used = o->used;
        for (size_t i = 0; i < o->nslots; i++)
            if (is_live(&o->entries[i]))
                insert_clean(s->entries, s->nslots - 1, o->entries[i].key, o->entries[i].hash);
        return 0;
    }
    gc_push_root(vm, &ov);
    int r = 0;
    for (size_t i = 0; i < as_set(ov)->nslots && r == 0; i++) {
        DictEntry e = as_set(ov)->entries[i];
        if (is_live(&e)) r = set_add_entry(vm, sv, e.key, e.hash);
    }
    gc_pop_roots(vm, 1);
    return r;
}

static int set_update_from_dict(VM *vm, Value sv, Value d) {
    SetObj *s = as_set(sv);
    size_t n = as_dict(d)->used;
    if ((s->nentries + n) * 5 >= (s->nslots - 1) * 3 && table_resize(vm, s, (s->used + n) * 2) < 0)
        return -1;
    size_t pos = 0;
    Value k;
    int64_t h;
    gc_push_root(vm, &d);
    int r = 0;
    while (r == 0 && dict_next_hashed(d, &pos, &k, NULL, &h)) r = set_add_entry(vm, sv, k, h);
    gc_pop_roots(vm, 1);
    return r;
}

int set_update(VM *vm, Value sv, Value other) {
    if (val_is_anyset(other)) return set_merge(vm, sv, other);
    if (val_is_type(other, &type_dict)) return set_update_from_dict(vm, sv, other);
    Value it = obj_iter(vm, other);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    gc_push_root(vm, &sv);
    int r = 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x) || set_add(vm, sv, x) < 0) {
            r = -1;
            break;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

Value set_from_iterable(VM *vm, Type *t, Value iterable) {
    Value s = set_alloc(vm, t);
    if (val_is_error(s) || val_is_null(iterable)) return s;
    gc_push_root(vm, &s);
    int r = set_update(vm, s, iterable);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : s;
}

/* The base type (set or frozenset) results of operations on [v] have. */
static Type *base_type(Value v) { return is_frozen(v) ? &type_frozenset : &type_set; }

static Value set_copy_of(VM *vm, Value v) { return set_from_iterable(vm, base_type(v), v); }

static void set_clear_table(VM *vm, Value sv) {
    SetObj *s = as_set(sv);
    DictEntry *t = table_alloc(vm, SET_MINSIZE);
    if (!t) {
        vm_clear_exc(vm);  /* keep the old table but mark everything free */
        for (size_t i = 0; i < s->nslots; i++) s->entries[i].key = VAL_NULL;
    } else {
        gc_free(vm, s->entries, s->nslots * sizeof(DictEntry));
        s->entries = t;
        s->nslots = SET_MINSIZE;
    }
    s->nentries = s->used = 0;
}

/* ---- the algebra, after CPython's ---- */

static Value set_intersection2(VM *vm, Value so, Value other) {
    if (so == other) return set_copy_of(vm, so);
    Value result = set_alloc(vm, base_type(so)), it = VAL_NULL;
    if (val_is_error(result)) return result;
    gc_push_root(vm, &result);
    gc_push_root(vm, &it);
    gc_push_root(vm, &so);
    gc_push_root(vm, &other);
    Value ret = VAL_ERROR;
    if (val_is_anyset(other)) {
        if (as_set(other)->used > as_set(so)->used) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next(other, &pos, &k, &h)) {
            int64_t i = set_lookkey(vm, so, k, h);
            if (i == -2 || (i >= 0 && set_add_entry(vm, result, k, h) < 0)) goto out;
        }
    } else {
        it = obj_iter(vm, other);
        if (val_is_error(it)) goto out;
        for (;;) {
            Value k = obj_next(vm, it);
            if (val_is_null(k)) break;
            if (val_is_error(k)) goto out;
            gc_push_root(vm, &k);
            int64_t h = obj_hash(vm, k);
            int64_t i = h == -1 ? -2 : set_lookkey(vm, so, k, h);
            int r = i == -2 ? -1 : i >= 0 ? set_add_entry(vm, result, k, h) : 0;
            gc_pop_roots(vm, 1);
            if (r < 0) goto out;
        }
    }
    ret = result;
out:
    gc_pop_roots(vm, 4);
    return ret;
}

static int set_difference_update2(VM *vm, Value so, Value other) {
    if (so == other) {
        set_clear_table(vm, so);
        return 0;
    }
    gc_push_root(vm, &so);
    gc_push_root(vm, &other);
    int r = 0;
    if (val_is_anyset(other)) {
        size_t pos = 0;
        Value k;
        int64_t h;
        while (r == 0 && set_next(other, &pos, &k, &h))
            if (set_discard_entry(vm, so, k, h) < 0) r = -1;
    } else {
        Value it = obj_iter(vm, other);
        if (val_is_error(it)) {
            r = -1;
        } else {
            gc_push_root(vm, &it);
            for (;;) {
                Value k = obj_next(vm, it);
                if (val_is_null(k)) break;
                if (val_is_error(k) || set_discard(vm, so, k) < 0) {
                    r = -1;
                    break;
                }
            }
            gc_pop_roots(vm, 1);
        }
    }
    gc_pop_roots(vm, 2);
    if (r < 0) return r;
    SetObj *s = as_set(so);
    if (s->nentries - s->used <= (s->nslots - 1) / 4) return 0;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Value set_copy_and_difference(VM *vm, Value so, Value other) {
    Value r = set_copy_of(vm, so);
    if (val_is_error(r)) return r;
    gc_push_root(vm, &r);
    int ok = set_difference_update2(vm, r, other);
    gc_pop_roots(vm, 1);
    return ok < 0 ? VAL_ERROR : r;
}

static Value set_difference2(VM *vm, Value so, Value other) {
    size_t other_size;
    if (val_is_anyset(other)) other_size = as_set(other)->used;
    else if (val_is_type(other, &type_dict)) other_size = as_dict(other)->used;
    else return set_copy_and_difference(vm, so, other);
    if ((as_set(so)->used >> 2) > other_size) return set_copy_and_difference(vm, so, other);
    Value result = set_alloc(vm, base_type(so));
    if (val_is_error(result)) return result;
    gc_push_root(vm, &result);
    gc_push_root(vm, &so);
    gc_push_root(vm, &other);
    size_t pos = 0;
    Value k;
    int64_t h;
    Value ret = result;
    while (set_next(so, &pos, &k, &h)) {
        int found;
        if (val_is_anyset(other)) {
            int64_t i = set_lookkey(vm, other, k, h);
            found = i == -2 ? -1 : i >= 0;
        } else {
            Value v = dict_get_hashed(vm, other, k, h);
            found = val_is_error(v) ? -1 : !val_is_null(v);
        }
        if (found < 0 || (!found && set_add_entry(vm, result, k, h) < 0)) {
            ret = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 3);
    return ret;
}

static int set_symmetric_difference_update2(VM *vm, Value so, Value other) {
    if (so == other) {
        set_clear_table(vm, so);
        return 0;
    }
    Value otherset = other;
    gc_push_root(vm, &so);
    gc_push_root(vm, &otherset);
    int r = 0;
    if (val_is_type(other, &type_dict)) {
        size_t pos = 0;
        Value k;
        int64_t h;
        while (r == 0 && dict_next_hashed(other, &pos, &k, NULL, &h)) {
            int d = set_discard_entry(vm, so, k, h);
            if (d < 0 || (d == 0 && set_add_entry(vm, so, k, h) < 0)) r = -1;
        }
        gc_pop_roots(vm, 2);
        return r;
    }
    if (!val_is_anyset(other)) {
        otherset = set_from_iterable(vm, base_type(so), other);
        if (val_is_error(otherset)) {
            gc_pop_roots(vm, 2);
            return -1;
        }
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (r == 0 && set_next(otherset, &pos, &k, &h)) {
        int d = set_discard_entry(vm, so, k, h);
        if (d < 0 || (d == 0 && set_add_entry(vm, so, k, h) < 0)) r = -1;
    }
    gc_pop_roots(vm, 2);
    return r;
}

static Value set_symmetric_difference2(VM *vm, Value so, Value other) {
    Value result = set_from_iterable(vm, base_type(so), other);
    if (val_is_error(result)) return result;
    gc_push_root(vm, &result);
    int r = set_symmetric_difference_update2(vm, result, so);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : result;
}

/* Is every item of set [so] in set [other]? */
static int set_issubset2(VM *vm, Value so, Value other) {
    if (as_set(so)->used > as_set(other)->used) return 0;
    gc_push_root(vm, &so);
    gc_push_root(vm, &other);
    size_t pos = 0;
    Value k;
    int64_t h;
    int r = 1;
    while (set_next(so, &pos, &k, &h)) {
        int64_t i = set_lookkey(vm, other, k, h);
        if (i < 0) {
            r = i == -2 ? -1 : 0;
            break;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

/* ---- slots ---- */

static void set_traverse(Obj *o, GCVisitor *gv) {
    SetObj *s = (SetObj *)o;
    for (size_t i = 0; i < s->nslots; i++)
        if (is_live(&s->entries[i])) gc_visit(gv, s->entries[i].key);
}

static void set_finalize(Obj *o) {
    SetObj *s = (SetObj *)o;
    if (!s->entries) return;
    free(s->entries);
    gc_note_released(s->nslots * sizeof(DictEntry));
}

static int64_t set_len(VM *vm, Value self) { return (int64_t)as_set(self)->used; }

static Value set_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames) && cls != &type_set && same_special(cls, &type_set, NAME(vm, __init__)))
        return vm_raise(vm, &type_TypeError, "set() takes no keyword arguments");
    return set_alloc(vm, cls);
}

static int set_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) {   /* set.__init__ never takes keywords */
        vm_raise(vm, &type_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        vm_raise(vm, &type_TypeError, "set expected at most 1 argument, got %d", nargs);
        return -1;
    }
    if (as_set(self)->nentries) set_clear_table(vm, self);
    return nargs ? set_update(vm, self, args[0]) : 0;
}

static Value frozenset_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames) && same_special(cls, &type_frozenset, NAME(vm, __init__)))
        return vm_raise(vm, &type_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &type_TypeError, "frozenset expected at most 1 argument, got %d", nargs);
    if (cls == &type_frozenset && nargs == 1 && val_is_type(args[0], &type_frozenset)) return args[0];
    return set_from_iterable(vm, cls, nargs ? args[0] : VAL_NULL);
}

static Value set_repr(VM *vm, Value self) {
    Type *t = val_type(self);
    const char *name = type_name(t);
    bool plain_set = t == &type_set;
    if (as_set(self)->used == 0) return str_format(vm, "%s()", name);
    int r = repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_format(vm, "%s(...)", name);
    StrBuf sb;
    sb_init(&sb);
    if (!plain_set) sb_addf(&sb, "%s(", name);
    sb_addc(&sb, '{');
    Value k = VAL_NONE;
    gc_push_root(vm, &k);
    size_t pos = 0;
    bool first = true, failed = false;
    while (set_next(self, &pos, &k, NULL)) {
        if (!first) sb_adds(&sb, ", ");
        first = false;
        if (sb_add_repr(vm, &sb, k) < 0) {
            failed = true;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    repr_leave(vm, self);
    if (failed) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    sb_addc(&sb, '}');
    if (!plain_set) sb_addc(&sb, ')');
    return sb_finish(vm, &sb);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int64_t frozenset_hash(VM *vm, Value self) {
    SetObj *s = as_set(self);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i < s->nslots; i++)
        if (is_live(&s->entries[i])) hash ^= shuffle_bits((uint64_t)s->entries[i].hash);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static Value set_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    size_t la = as_set(a)->used, lb = as_set(b)->used;
    int r;
    switch (op) {
    case CMPOP_EQ:
    case CMPOP_NE:
        if (la != lb) r = 0;
        else if (is_frozen(a) && is_frozen(b) && frozenset_hash(vm, a) != frozenset_hash(vm, b)) r = 0;
        else r = set_issubset2(vm, a, b);
        if (r < 0) return VAL_ERROR;
        return val_from_bool(op == CMPOP_EQ ? r : !r);
    case CMPOP_LE: r = set_issubset2(vm, a, b); break;
    case CMPOP_GE: r = set_issubset2(vm, b, a); break;
    case CMPOP_LT: r = la < lb ? set_issubset2(vm, a, b) : 0; break;
    default: r = la > lb ? set_issubset2(vm, b, a) : 0; break;
    }
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static int set_contains_slot(VM *vm, Value self, Value key) { return set_contains(vm, self, key); }

static Value set_iter(VM *vm, Value self);

static Value set_or(VM *vm, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    Value r = set_copy_of(vm, a);
    if (val_is_error(r)) return r;
    gc_push_root(vm, &r);
    int ok = set_update(vm, r, b);
    gc_pop_roots(vm, 1);
    return ok < 0 ? VAL_ERROR : r;
}

static Value set_and(VM *vm, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    return set_intersection2(vm, a, b);
}

static Value set_sub(VM *vm, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    return set_difference2(vm, a, b);
}

static Value set_xor(VM *vm, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    return set_symmetric_difference2(vm, a, b);
}

/* Replace the contents of [a] by those of [b] (intersection_update). */
static void swap_bodies(SetObj *a, SetObj *b) {
    SetObj t = *a;
    a->used = b->used;
    a->nentries = b->nentries;
    a->nslots = b->nslots;
    a->entries = b->entries;
    a->cap = 0;
    b->used = t.used;
    b->nentries = t.nentries;
    b->nslots = t.nslots;
    b->entries = t.entries;
}

static Value set_ior(VM *vm, Value a, Value b) {
    if (!val_is_anyset(b)) return VAL_NOTIMPL;
    return set_update(vm, a, b) < 0 ? VAL_ERROR : a;
}

static Value set_iand(VM *vm, Value a, Value b) {
    if (!val_is_anyset(b)) return VAL_NOTIMPL;
    Value t = set_intersection2(vm, a, b);
    if (val_is_error(t)) return t;
    swap_bodies(as_set(a), as_set(t));
    return a;
}

static Value set_isub(VM *vm, Value a, Value b) {
    if (!val_is_anyset(b)) return VAL_NOTIMPL;
    return set_difference_update2(vm, a, b) < 0 ? VAL_ERROR : a;
}

static Value set_ixor(VM *vm, Value a, Value b) {
    if (!val_is_anyset(b)) return VAL_NOTIMPL;
    return set_symmetric_difference_update2(vm, a, b) < 0 ? VAL_ERROR : a;
}

/* ---- methods ---- */

static Value one_arg(VM *vm, const char *name, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 2)
        return vm_raise(vm, &type_TypeError, "%s() takes exactly one argument (%d given)", name, nargs - 1);
    return VAL_NONE;
}

static Value no_arg(VM *vm, const char *name, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1)
        return vm_raise(vm, &type_TypeError, "%s() takes no arguments (%d given)", name, nargs - 1);
    return VAL_NONE;
}

static Value varargs_ok(VM *vm, const char *name, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    return VAL_NONE;
}

static Value set_add_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "set.add", nargs, kwnames))) return VAL_ERROR;
    return set_add(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value set_discard_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "set.discard", nargs, kwnames))) return VAL_ERROR;
    return set_discard(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value set_remove_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "set.remove", nargs, kwnames))) return VAL_ERROR;
    int r = set_discard(vm, args[0], args[1]);
    if (r < 0) return VAL_ERROR;
    if (r == 0) return raise_key_error(vm, args[1]);
    return VAL_NONE;
}

static Value set_pop_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_arg(vm, "set.pop", nargs, kwnames))) return VAL_ERROR;
    SetObj *s = as_set(args[0]);
    if (s->used == 0) {
        Value msg = str_from_cstr(vm, "pop from an empty set");
        return val_is_error(msg) ? msg : raise_key_error(vm, msg);
    }
    size_t i = s->cap & (s->nslots - 1);
    while (!is_live(&s->entries[i])) i = (i + 1) & (s->nslots - 1);
    Value key = s->entries[i].key;
    s->entries[i].key = DUMMY;
    s->entries[i].hash = -1;
    s->used--;
    s->cap = i + 1;
    return key;
}

static Value set_clear_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_arg(vm, "set.clear", nargs, kwnames))) return VAL_ERROR;
    set_clear_table(vm, args[0]);
    return VAL_NONE;
}

static Value set_copy_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_arg(vm, "copy", nargs, kwnames))) return VAL_ERROR;
    if (val_is_type(args[0], &type_frozenset)) return args[0];
    return set_copy_of(vm, args[0]);
}

/* A copy of args[0] with [op](copy, args[i]) applied for every other argument. */
static Value copy_and_apply(VM *vm, Value *args, int nargs, int (*op)(VM *, Value, Value)) {
    Value r = set_copy_of(vm, args[0]);
    if (val_is_error(r)) return r;
    gc_push_root(vm, &r);
    for (int i = 1; i < nargs; i++)
        if (op(vm, r, args[i]) < 0) {
            r = VAL_ERROR;
            break;
        }
    gc_pop_roots(vm, 1);
    return r;
}

static Value set_union_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(varargs_ok(vm, "set.union", kwnames))) return VAL_ERROR;
    return copy_and_apply(vm, args, nargs, set_update);
}

static Value set_update_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(varargs_ok(vm, "set.update", kwnames))) return VAL_ERROR;
    for (int i = 1; i < nargs; i++)
        if (set_update(vm, args[0], args[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value set_intersection_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(varargs_ok(vm, "set.intersection", kwnames))) return VAL_ERROR;
    if (nargs == 1) return set_copy_of(vm, args[0]);
    Value r = args[0];
    gc_push_root(vm, &r);
    for (int i = 1; i < nargs; i++) {
        r = set_intersection2(vm, r, args[i]);
        if (val_is_error(r)) break;
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value set_intersection_update_m(VM *vm, Value *args, int nargs, Value kwnames) {
    Value t = set_intersection_m(vm, args, nargs, kwnames);
    if (val_is_error(t)) return t;
    if (t != args[0]) swap_bodies(as_set(args[0]), as_set(t));
    return VAL_NONE;
}

static Value set_difference_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(varargs_ok(vm, "set.difference", kwnames))) return VAL_ERROR;
    if (nargs == 1) return set_copy_of(vm, args[0]);
    if (nargs == 2) return set_difference2(vm, args[0], args[1]);
    return copy_and_apply(vm, args, nargs, set_difference_update2);
}

static Value set_difference_update_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(varargs_ok(vm, "set.difference_update", kwnames))) return VAL_ERROR;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update2(vm, args[0], args[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value set_symmetric_difference_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "symmetric_difference", nargs, kwnames))) return VAL_ERROR;
    return set_symmetric_difference2(vm, args[0], args[1]);
}

static Value set_symmetric_difference_update_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "symmetric_difference_update", nargs, kwnames))) return VAL_ERROR;
    return set_symmetric_difference_update2(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

/* A set of [other] for the is* methods, or [other] itself when it is one. */
static Value as_some_set(VM *vm, Value other) {
    if (val_is_anyset(other)) return other;
    return set_from_iterable(vm, &type_set, other);
}

static Value set_issubset_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "issubset", nargs, kwnames))) return VAL_ERROR;
    Value o = as_some_set(vm, args[1]);
    if (val_is_error(o)) return o;
    int r = set_issubset2(vm, args[0], o);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value set_issuperset_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "issuperset", nargs, kwnames))) return VAL_ERROR;
    if (val_is_anyset(args[1])) {
        int r = set_issubset2(vm, args[1], args[0]);
        return r < 0 ? VAL_ERROR : val_from_bool(r);
    }
    Value it = obj_iter(vm, args[1]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value r = VAL_TRUE;
    for (;;) {
        Value k = obj_next(vm, it);
        if (val_is_null(k)) break;
        if (val_is_error(k)) { r = k; break; }
        int c = set_contains(vm, args[0], k);
        if (c <= 0) { r = c < 0 ? VAL_ERROR : VAL_FALSE; break; }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value set_isdisjoint_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "isdisjoint", nargs, kwnames))) return VAL_ERROR;
    Value so = args[0], other = args[1];
    if (so == other) return val_from_bool(as_set(so)->used == 0);
    if (val_is_anyset(other)) {
        if (as_set(other)->used > as_set(so)->used) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next(other, &pos, &k, &h)) {
            int64_t i = set_lookkey(vm, so, k, h);
            if (i == -2) return VAL_ERROR;
            if (i >= 0) return VAL_FALSE;
        }
        return VAL_TRUE;
    }
    Value it = obj_iter(vm, other);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value r = VAL_TRUE;
    for (;;) {
        Value k = obj_next(vm, it);
        if (val_is_null(k)) break;
        if (val_is_error(k)) { r = k; break; }
        int c = set_contains(vm, so, k);
        if (c != 0) { r = c < 0 ? VAL_ERROR : VAL_FALSE; break; }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value set_contains_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "__contains__", nargs, kwnames))) return VAL_ERROR;
    int r = set_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value set_class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__class_getitem__ expected 1 argument, got %d", nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

static Value set_sizeof_m(VM *vm, Value *args, int nargs, Value kwnames) {
    SetObj *s = as_set(args[0]);
    return val_from_small((int64_t)(200 + (s->nslots > 8 ? s->nslots * 16 : 0)));
}

/* (type, (list,), self.__getstate__()): the state carries __dict__ and __slots__. */
static Value set_reduce_m(VM *vm, Value *args, int nargs, Value kwnames) {
    Value l = seq_to_list(vm, args[0]);
    if (val_is_error(l)) return l;
    Value t = tuple_pack(vm, 1, l);
    if (val_is_error(t)) return t;
    gc_push_root(vm, &t);
    Value d = VAL_NONE;
    if (!val_is_type(args[0], &type_set) && !val_is_type(args[0], &type_frozenset)) {
        d = obj_call_method(vm, args[0], "__getstate__", NULL, 0);
    }
    gc_pop_roots(vm, 1);
    if (val_is_error(d)) return d;
    return tuple_pack(vm, 3, val_from_obj(val_type(args[0])), t, d);
}

static const MethodDef set_methods[] = {
    {"add", set_add_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL},
    {"copy", set_copy_m, 0, NULL},
    {"discard", set_discard_m, 0, NULL},
    {"difference", set_difference_m, 0, NULL},
    {"difference_update", set_difference_update_m, 0, NULL},
    {"intersection", set_intersection_m, 0, NULL},
    {"intersection_update", set_intersection_update_m, 0, NULL},
    {"isdisjoint", set_isdisjoint_m, 0, NULL},
    {"issubset", set_issubset_m, 0, NULL},
    {"issuperset", set_issuperset_m, 0, NULL},
    {"pop", set_pop_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_m, 0, NULL},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 0, NULL},
    {"union", set_union_m, 0, NULL},
    {"update", set_update_m, 0, NULL},
    {"__contains__", set_contains_m, 0, NULL},
    {"__class_getitem__", set_class_getitem, METH_CLASS, NULL},
    {"__sizeof__", set_sizeof_m, 0, NULL},
    {"__reduce__", set_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m, 0, NULL},
    {"difference", set_difference_m, 0, NULL},
    {"intersection", set_intersection_m, 0, NULL},
    {"isdisjoint", set_isdisjoint_m, 0, NULL},
    {"issubset", set_issubset_m, 0, NULL},
    {"issuperset", set_issuperset_m, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_m, 0, NULL},
    {"union", set_union_m, 0, NULL},
    {"__contains__", set_contains_m, 0, NULL},
    {"__class_getitem__", set_class_getitem, METH_CLASS, NULL},
    {"__sizeof__", set_sizeof_m, 0, NULL},
    {"__reduce__", set_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots set_number = {
    .or_ = set_or, .and_ = set_and, .sub = set_sub, .xor_ = set_xor,
    .ior = set_ior, .iand = set_iand, .isub = set_isub, .ixor = set_ixor,
};

static NumberSlots frozenset_number = {
    .or_ = set_or, .and_ = set_and, .sub = set_sub, .xor_ = set_xor,
};

Type type_set = {
    .hdr = STATIC_TYPE_HDR,
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TYPE_BASETYPE,
    .repr = set_repr,
    .hash = hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .new_ = set_new_slot,
    .init = set_init,
    .number = &set_number,
    .traverse = set_traverse,
    .finalize = set_finalize,
};

Type type_frozenset = {
    .hdr = STATIC_TYPE_HDR,
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TYPE_BASETYPE,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .new_ = frozenset_new_slot,
    .number = &frozenset_number,
    .traverse = set_traverse,
    .finalize = set_finalize,
};

/* ---- the iterator ---- */

typedef struct SetIterObj {
    Obj hdr;
    Value set;                /* VAL_NULL once exhausted */
    size_t pos;
    size_t used;              /* the set's size when iteration started */
    size_t remaining;
} SetIterObj;

static void setiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((SetIterObj *)o)->set); }

static Value set_iter(VM *vm, Value self) {
    SetIterObj *it = gc_alloc(vm, &type_set_iterator, sizeof(SetIterObj));
    if (!it) return VAL_ERROR;
    it->set = self;
    it->used = it->remaining = as_set(self)->used;
    return val_from_obj(it);
}

static Value setiter_next(VM *vm, Value self) {
    SetIterObj *it = (SetIterObj *)val_as_obj(self);
    if (val_is_null(it->set)) return VAL_NULL;
    if (as_set(it->set)->used != it->used) {
        it->set = VAL_NULL;
        return vm_raise(vm, &type_RuntimeError, "Set changed size during iteration");
    }
    Value k;
    if (!set_next(it->set, &it->pos, &k, NULL)) {
        it->set = VAL_NULL;
        return VAL_NULL;
    }
    it->remaining--;
    return k;
}

static Value iter_self(VM *vm, Value self) { return self; }

static Value setiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    SetIterObj *it = (SetIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->set) || as_set(it->set)->used != it->used) return val_from_small(0);
    return val_from_small((int64_t)it->remaining);
}

static Value setiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    return iter_reduce_remaining(vm, args[0]);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {"__reduce__", setiter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_set_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .iter = iter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
};

int setup_set(VM *vm) {
    if (type_add_methods(vm, &type_set, set_methods) < 0) return -1;
    if (dict_set(vm, type_set.dict, NAME(vm, __hash__), VAL_NONE) < 0) return -1;
    if (type_add_methods(vm, &type_frozenset, frozenset_methods) < 0) return -1;
    return type_add_methods(vm, &type_set_iterator, setiter_methods);
}
