/*
** containers.h -- what the container types (tuple, list, dict, set, range,
** slice, the iteration objects) share with each other and with the core.
*/
#ifndef PIPIT_CONTAINERS_H
#define PIPIT_CONTAINERS_H

#include "../runtime/vm.h"

/* ---- slice (objects/slice.c) ---- */

typedef struct SliceObj {
    Obj hdr;
    Value start, stop, step;  /* any values; None when omitted */
} SliceObj;

static inline bool val_is_slice(Value v) { return val_is_type(v, &type_slice); }

Value slice_new(VM *vm, Value start, Value stop, Value step);
/* CPython's PySlice_Unpack: start/stop/step clamped to int64 (step != 0);
** returns 0, or -1 with TypeError/ValueError. */
int slice_unpack(VM *vm, Value slice, int64_t *start, int64_t *stop, int64_t *step);
/* PySlice_AdjustIndices: fit start/stop to [len]; returns the slice length. */
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
/* Both at once; returns the slice length or -1 on error. */
int64_t slice_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step);

/* ---- helpers shared by the sequence types ---- */

/* Is [v] usable as an index (an int or an object with __index__)? */
bool val_is_index(Value v);
/* [key] as an index into a sequence of [len] items, negative ones counted
** from the end (not range-checked). -1 with IndexError "cannot fit" on
** overflow; the caller raises its own TypeError for non-indexes. */
int seq_index(VM *vm, Value key, int64_t *out);
/* operator.index(v) as an int64, OverflowError "Python int too large to
** convert to C ssize_t" beyond (list.insert, list.pop). */
int index_ssize(VM *vm, Value v, int64_t *out);
/* Parse optional start/stop arguments of index()/count() (args may be
** VAL_NULL) against [len] as CPython's _PyEval_SliceIndex does. */
int seq_start_stop(VM *vm, Value vstart, Value vstop, int64_t len, int64_t *start,
                   int64_t *stop);

/* Recursion guard of repr for containers: 1 when [v] is already being
** repr'ed (print "[...]"), 0 when entered, -1 on error. */
int repr_enter(VM *vm, Value v);
void repr_leave(VM *vm, Value v);

/* KeyError(key) with args == (key,). */
Value raise_key_error(VM *vm, Value key);
/* TypeError "unhashable type: 'list'" as a hash slot for mutable types. */
int64_t hash_unhashable(VM *vm, Value self);
/* Item equality as containers see it: identity first (so a NaN equals
** itself), then ==. 1, 0, -1. */
static inline int item_eq(VM *vm, Value a, Value b) { return a == b ? 1 : obj_eq(vm, a, b); }
/* hash(key) for a lookup in [container]: both stay rooted while a
** __hash__ written in Python runs. */
static inline int64_t hash_for(VM *vm, Value container, Value key) {
    if (val_is_int(key) || val_is_exact_str(key)) return obj_hash(vm, key);
    gc_push_root(vm, &container);
    gc_push_root(vm, &key);
    int64_t h = obj_hash(vm, key);
    gc_pop_roots(vm, 2);
    return h;
}
/* Is there no keyword argument? */
static inline bool no_kwargs(Value kwnames) {
    return !val_is_obj(kwnames) || as_tuple(kwnames)->len == 0;
}

/* ---- iterators the VM steps inline (FOR_ITER) ---- */

typedef struct RangeIterObj {
    Obj hdr;
    bool small;
    int64_t next, step, remaining;   /* small */
    Value vnext, vstep, vremaining;  /* big */
    Value vstart, vlen;              /* what it started with: pickling */
} RangeIterObj;

typedef struct ListIterObj {
    Obj hdr;
    Value seq;                /* VAL_NULL once exhausted */
    int64_t index;
} ListIterObj;

/* ---- tuple (objects/tuple.c) ---- */

static inline bool val_is_tuple(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_tuple ||
                             (val_as_obj(v)->type->flags & TYPE_TUPLE_SUBCLASS));
}
Value tuple_getslice(VM *vm, Value t, int64_t start, int64_t stop);
/* Lexicographic comparison of two tuples or two lists (identity, then ==). */
Value seq_richcompare(VM *vm, Value a, Value b, int op);
/* The count n of seq * n: 0, 1 when [n] may handle the operator itself
** (return NotImplemented), -1 with CPython's TypeError. */
int seq_repeat_count(VM *vm, Value seq, Value n, int64_t *out);
int64_t tuple_hash_items(VM *vm, const Value *items, size_t len);

/* The items of any tuple or list, subclasses included (seq_fast takes
** only the exact types, whose iteration cannot be overridden). */
static inline bool seq_items(Value v, Value **items, size_t *len) {
    if (val_is_tuple(v)) {
        *items = as_tuple(v)->items;
        *len = as_tuple(v)->len;
        return true;
    }
    if (val_is_obj(v) && (val_as_obj(v)->type == &type_list ||
                          (val_as_obj(v)->type->flags & TYPE_LIST_SUBCLASS))) {
        *items = as_list(v)->items;
        *len = as_list(v)->len;
        return true;
    }
    return false;
}

/* Whether [t] finds the same [name] (__new__, __init__) as [base]: a subclass that
** overrides neither takes the base's "no keyword arguments" check. */
static inline bool same_special(Type *t, Type *base, Value name) {
    return t == base || obj_type_lookup(t, name) == obj_type_lookup(base, name);
}

/* ---- list (objects/list.c) ---- */

static inline bool val_is_list(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_list ||
                             (val_as_obj(v)->type->flags & TYPE_LIST_SUBCLASS));
}
/* list.extend(iterable) */
int list_extend(VM *vm, Value list, Value iterable);
/* list.sort(key=..., reverse=...) on [list]; key may be VAL_NULL/None. */
int list_sort(VM *vm, Value list, Value key, bool reverse);
int list_reserve(VM *vm, Value list, size_t cap);
int list_insert(VM *vm, Value list, int64_t where, Value v);

/* ---- dict (objects/dict.c) ---- */

static inline bool val_is_dict(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_dict ||
                             (val_as_obj(v)->type->flags & TYPE_DICT_SUBCLASS));
}
/* The same with a hash already computed. */
Value dict_get_hashed(VM *vm, Value d, Value key, int64_t hash);
int dict_set_hashed(VM *vm, Value d, Value key, int64_t hash, Value v);
/* Like dict_next, also giving the stored hash. */
bool dict_next_hashed(Value d, size_t *pos, Value *key, Value *value, int64_t *hash);
/* dict.update(other) semantics: a mapping (keys()) or an iterable of pairs. */
int dict_update_from(VM *vm, Value d, Value other);
/* d[k] = v for each of the keyword arguments args[nargs..] named by kwnames. */
int dict_update_kwargs(VM *vm, Value d, Value *kwvalues, Value kwnames);
Value dict_pop_item(VM *vm, Value d, Value key, Value deflt); /* deflt VAL_NULL: KeyError */
Value dict_keys_list(VM *vm, Value d);
void dict_clear(VM *vm, Value d);

/* ---- set (objects/set.c) ---- */

static inline bool val_is_anyset(Value v) {
    if (!val_is_obj(v)) return false;
    Type *t = val_as_obj(v)->type;
    return t == &type_set || t == &type_frozenset || type_is_subtype(t, &type_set) ||
           type_is_subtype(t, &type_frozenset);
}
int set_discard(VM *vm, Value s, Value v);              /* 1 removed, 0 missing, -1 */
/* Iterate a set's live entries with their stored hashes. */
bool set_next_hashed(Value s, size_t *pos, Value *key, int64_t *hash);
int set_update(VM *vm, Value s, Value iterable);
Value set_from_iterable(VM *vm, Type *t, Value iterable); /* exact set/frozenset or subclass */

/* ---- range / iterators ---- */

Value range_new_i64(VM *vm, int64_t start, int64_t stop, int64_t step);
Value list_iter_new(VM *vm, Value list);
/* A new list of the [n] items of [list] from [start] by [step] (indices
** already fitted by slice_adjust). */
Value list_slice_of(VM *vm, Value list, int64_t start, int64_t step, int64_t n);
Value tuple_iter_new(VM *vm, Value tuple);

/* Pickling support for iterators (objects/iter.c). */
/* (builtins.<fn>, args[, state]); state VAL_NULL leaves it out. */
Value iter_reduce(VM *vm, const char *fn, Value args, Value state);
/* (<fn>, (seq,), index) while [seq] is live (not VAL_NULL), else (<fn>, (empty,)). */
Value iter_reduce_seq(VM *vm, const char *fn, Value seq, int64_t index, Value empty);
/* (iter, (list of what [self] has left,)), draining a copy of [self]. */
Value iter_reduce_remaining(VM *vm, Value self);
/* An iterator's __setstate__ argument as an index (clamped to int64). */
int iter_state_index(VM *vm, Value *args, int nargs, int64_t *out);

#endif
