/*
** list.c -- the list type, its iterators and sort.
**
** Items live in a gc_malloc'ed array. Any call that can run Python code
** (comparisons, repr, iteration of arbitrary objects) may mutate the list,
** so loops re-read items/len after each such call.
*/
#include <stdlib.h>

#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

/* ---- storage ---- */

static int list_resize(VM *vm, ListObj *l, size_t cap) {
    l->hdr.flags &= ~(uint32_t)OBJ_SORTING;   /* list_sort notices the growth */
    if (cap > SIZE_MAX / sizeof(Value)) {
        vm_raise_nomem(vm);
        return -1;
    }
    Value *items = l->items ? gc_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value))
                            : gc_malloc(vm, cap * sizeof(Value));
    if (!items) return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Room for [n] items in all, growing by ~1/8 like CPython to keep appends O(1). */
static int list_grow(VM *vm, ListObj *l, size_t n) {
    if (n <= l->cap) return 0;
    size_t cap = n + (n >> 3) + (n < 9 ? 3 : 6);
    return list_resize(vm, l, cap);
}

int list_reserve(VM *vm, Value list, size_t cap) { return list_grow(vm, as_list(list), cap); }

static ListObj *list_alloc(VM *vm, Type *cls) {
    return gc_alloc_instance(vm, cls, sizeof(ListObj));
}

Value list_new(VM *vm, size_t len) {
    ListObj *l = list_alloc(vm, &type_list);
    if (!l) return VAL_ERROR;
    if (len && list_resize(vm, l, len) < 0) return VAL_ERROR;
    for (size_t i = 0; i < len; i++) l->items[i] = VAL_NONE;
    l->len = len;
    return val_from_obj(l);
}

Value list_from(VM *vm, const Value *items, size_t len) {
    ListObj *l = list_alloc(vm, &type_list);
    if (!l) return VAL_ERROR;
    if (len && list_resize(vm, l, len) < 0) return VAL_ERROR;
    if (len) memcpy(l->items, items, len * sizeof(Value));
    l->len = len;
    return val_from_obj(l);
}

int list_append(VM *vm, Value list, Value v) {
    ListObj *l = as_list(list);
    if (l->len == l->cap && list_grow(vm, l, l->len + 1) < 0) return -1;
    l->items[l->len++] = v;
    return 0;
}

int list_insert(VM *vm, Value list, int64_t where, Value v) {
    ListObj *l = as_list(list);
    int64_t n = (int64_t)l->len;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (list_grow(vm, l, l->len + 1) < 0) return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(Value));
    l->items[where] = v;
    l->len++;
    return 0;
}

bool seq_fast(Value v, Value **items, size_t *len) {
    if (val_is_type(v, &type_list)) {
        *items = as_list(v)->items;
        *len = as_list(v)->len;
        return true;
    }
    if (val_is_type(v, &type_tuple)) {
        *items = as_tuple(v)->items;
        *len = as_tuple(v)->len;
        return true;
    }
    return false;
}

/* Append every item of an arbitrary iterable (may run Python code). */
/* operator.length_hint(o, 0): len(o), else o.__length_hint__(), checked
** as CPython checks it; -1 on error. */
static int length_hint(VM *vm, Value o, int64_t *out) {
    *out = 0;
    Type *t = val_type(o);
    if (t->len) {
        int64_t n = t->len(vm, o);
        if (n >= 0) {
            *out = n;
            return 0;
        }
        if (!vm_exc_matches(vm, &type_TypeError)) return -1;
        vm_clear_exc(vm);
    }
    Value name = str_intern_cstr(vm, "__length_hint__");
    if (val_is_error(name)) return -1;
    Value meth = obj_type_lookup(t, name);
    if (val_is_null(meth)) return 0;
    Value r = call_with_self(vm, meth, o, NULL, 0, VAL_NULL);
    if (val_is_error(r)) {
        if (!vm_exc_matches(vm, &type_TypeError)) return -1;
        vm_clear_exc(vm);
        return 0;
    }
    if (r == VAL_NOTIMPL) return 0;
    if (!val_is_intlike(r)) {
        vm_raise(vm, &type_TypeError, "__length_hint__ must be an integer, not %s", val_type(r)->name);
        return -1;
    }
    if (int_as_i64(vm, r, out) < 0) return -1;
    if (*out < 0) {
        vm_raise(vm, &type_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return 0;
}

static int list_extend_iter(VM *vm, Value list, Value iterable) {
    /* as CPython: iter() first, then the length hint of the iterable */
    Value it = obj_iter(vm, iterable);
    if (val_is_error(it)) return -1;
    int64_t hint;
    gc_push_root(vm, &it);
    gc_push_root(vm, &list);
    gc_push_root(vm, &iterable);
    int r = length_hint(vm, iterable, &hint);
    gc_pop_roots(vm, 1);
    /* presize, but never trust a hint for more than a modest amount */
    if (r == 0 && hint > 0 &&
        list_reserve(vm, list, as_list(list)->len + (size_t)(hint < 65536 ? hint : 65536)) < 0)
        r = -1;
    while (r == 0) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x) || list_append(vm, list, x) < 0) r = -1;
    }
    gc_pop_roots(vm, 2);
    return r < 0 ? -1 : 0;
}

int list_extend(VM *vm, Value list, Value iterable) {
    Value *items;
    size_t n;
    if (seq_fast(iterable, &items, &n) || (iterable == list && seq_items(list, &items, &n))) {
        ListObj *l = as_list(list);
        if (list_grow(vm, l, l->len + n) < 0) return -1;
        seq_items(iterable, &items, &n);  /* list.extend(itself): re-read after growing */
        if (n) memmove(l->items + l->len, items, n * sizeof(Value));
        l->len += n;
        return 0;
    }
    return list_extend_iter(vm, list, iterable);
}

Value seq_to_list(VM *vm, Value iterable) {
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    gc_push_root(vm, &l);
    int r = list_extend(vm, l, iterable);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : l;
}

/* ---- type slots ---- */

static void list_traverse(Obj *o, GCVisitor *gv) {
    ListObj *l = (ListObj *)o;
    for (size_t i = 0; i < l->len; i++) gc_visit(gv, l->items[i]);
}

static void list_finalize(Obj *o) {
    ListObj *l = (ListObj *)o;
    if (!l->items) return;
    free(l->items);
    gc_note_released(l->cap * sizeof(Value));
}

static Value list_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    ListObj *l = list_alloc(vm, cls);
    return l ? val_from_obj(l) : VAL_ERROR;
}

static void list_clear_items(VM *vm, ListObj *l) {
    Value *items = l->items;
    size_t cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    gc_free(vm, items, cap * sizeof(Value));
}

static int list_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames) && same_special(val_type(self), &type_list, NAME(vm, __new__))) {
        vm_raise(vm, &type_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        vm_raise(vm, &type_TypeError, "list expected at most 1 argument, got %d", nargs);
        return -1;
    }
    list_clear_items(vm, as_list(self));
    if (nargs == 0) return 0;
    return list_extend(vm, self, args[0]);
}

static int64_t list_len(VM *vm, Value self) { return (int64_t)as_list(self)->len; }

static Value list_repr(VM *vm, Value self) {
    if (as_list(self)->len == 0) return str_from_cstr(vm, "[]");
    int r = repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "[...]");
    StrBuf sb;
    sb_init(&sb);
    sb_addc(&sb, '[');
    for (size_t i = 0; i < as_list(self)->len; i++) {
        if (i) sb_adds(&sb, ", ");
        Value item = as_list(self)->items[i];
        gc_push_root(vm, &item);
        int ok = sb_add_repr(vm, &sb, item);
        gc_pop_roots(vm, 1);
        if (ok < 0) {
            repr_leave(vm, self);
            sb_free(&sb);
            return VAL_ERROR;
        }
    }
    sb_addc(&sb, ']');
    repr_leave(vm, self);
    return sb_finish(vm, &sb);
}

static Value list_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_list(a) || !val_is_list(b)) return VAL_NOTIMPL;
    return seq_richcompare(vm, a, b, op);
}

static Value list_item(VM *vm, Value self, int64_t i) {
    ListObj *l = as_list(self);
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return vm_raise(vm, &type_IndexError, "list index out of range");
    return l->items[i];
}

static Value list_slice(VM *vm, ListObj *l, int64_t start, int64_t step, int64_t n) {
    Value r = list_new(vm, (size_t)n);
    if (val_is_error(r)) return r;
    ListObj *res = as_list(r);
    /* the index as unsigned: one step past the last may overflow int64 */
    for (int64_t i = 0; i < n; i++) res->items[i] = l->items[(uint64_t)start + (uint64_t)i * (uint64_t)step];
    return r;
}

Value list_slice_of(VM *vm, Value list, int64_t start, int64_t step, int64_t n) {
    return list_slice(vm, as_list(list), start, step, n);
}

static Value list_subscript(VM *vm, Value self, Value key) {
    if (val_is_int(key)) return list_item(vm, self, val_as_int(key));
    if (val_is_index(key)) {
        int64_t i;
        if (seq_index(vm, key, &i) < 0) return VAL_ERROR;
        return list_item(vm, self, i);
    }
    if (val_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key, (int64_t)as_list(self)->len, &start, &stop, &step);
        if (n < 0) return VAL_ERROR;
        return list_slice(vm, as_list(self), start, step, n);
    }
    return vm_raise(vm, &type_TypeError, "list indices must be integers or slices, not %T", key);
}

/* Replace items [lo, hi) by [n] new ones (the array [src] must not alias
** the list's own storage). */
static int list_replace_range(VM *vm, ListObj *l, int64_t lo, int64_t hi, const Value *src,
                              size_t n) {
    size_t old = (size_t)(hi - lo);
    size_t newlen = l->len - old + n;
    if (n > old && list_grow(vm, l, newlen) < 0) return -1;
    if (l->len > (size_t)hi) memmove(l->items + lo + n, l->items + hi, (l->len - (size_t)hi) * sizeof(Value));
    if (n) memcpy(l->items + lo, src, n * sizeof(Value));
    l->len = newlen;
    if (newlen == 0) list_clear_items(vm, l);
    return 0;
}

/* The items of [v] as a fresh list or tuple we may read while writing to
** [self]; VAL_ERROR with [msg] as TypeError for non-iterables. */
static Value assign_source(VM *vm, Value self, Value v, const char *msg) {
    if (v == self) return list_from(vm, as_list(self)->items, as_list(self)->len);
    if (val_is_type(v, &type_list) || val_is_type(v, &type_tuple)) return v;
    Type *t = val_type(v);
    if (!t->iter && !t->getitem) return vm_raise(vm, &type_TypeError, "%s", msg);
    return seq_to_list(vm, v);
}

static int list_ass_simple_slice(VM *vm, Value self, int64_t lo, int64_t hi, Value v) {
    ListObj *l = as_list(self);
    if (hi < lo) hi = lo;
    if (val_is_null(v)) return list_replace_range(vm, l, lo, hi, NULL, 0);
    Value src = assign_source(vm, self, v, "can only assign an iterable");
    if (val_is_error(src)) return -1;
    gc_push_root(vm, &src);
    Value *items = NULL;
    size_t n = 0;
    seq_fast(src, &items, &n);
    /* src may be a copy of the list being assigned: copy out first */
    Value *tmp = NULL;
    if (n && val_is_list(src)) {
        tmp = malloc(n * sizeof(Value));
        if (!tmp) {
            gc_pop_roots(vm, 1);
            vm_raise_nomem(vm);
            return -1;
        }
        if (n) memcpy(tmp, items, n * sizeof(Value));
        items = tmp;
    }
    /* the list may have shrunk while the iterable ran */
    if (hi > (int64_t)l->len) hi = (int64_t)l->len;
    if (lo > hi) lo = hi;
    int r = list_replace_range(vm, l, lo, hi, items, n);
    free(tmp);
    gc_pop_roots(vm, 1);
    return r;
}

static void list_del_extended(VM *vm, ListObj *l, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return;   /* an empty slice: start may lie past the end */
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < l->len; r++) {
        bool in_slice = (int64_t)r >= start && (int64_t)(r - (size_t)start) % step == 0 &&
                        (int64_t)(r - (size_t)start) / step < n;
        if (!in_slice) l->items[w++] = l->items[r];
    }
    l->len = w;
    if (w == 0) list_clear_items(vm, l);
}

static int list_ass_extended(VM *vm, Value self, int64_t start, int64_t step, int64_t n, Value v) {
    if (val_is_null(v)) {
        list_del_extended(vm, as_list(self), start, step, n);
        return 0;
    }
    Value src = assign_source(vm, self, v, "must assign iterable to extended slice");
    if (val_is_error(src)) return -1;
    Value *items = NULL;
    size_t m = 0;
    seq_fast(src, &items, &m);
    if ((int64_t)m != n) {
        vm_raise(vm, &type_ValueError,
                 "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                 (long long)n);
        return -1;
    }
    ListObj *l = as_list(self);
    for (int64_t i = 0; i < n; i++) {
        int64_t j = (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);
        if (j >= 0 && j < (int64_t)l->len) l->items[j] = items[i];
    }
    return 0;
}

static int list_ass_item(VM *vm, Value self, int64_t i, Value v) {
    ListObj *l = as_list(self);
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) {
        vm_raise(vm, &type_IndexError, "list assignment index out of range");
        return -1;
    }
    if (val_is_null(v)) return list_replace_range(vm, l, i, i + 1, NULL, 0);
    l->items[i] = v;
    return 0;
}

static int list_ass_subscript(VM *vm, Value self, Value key, Value v) {
    if (val_is_int(key)) return list_ass_item(vm, self, val_as_int(key), v);
    if (val_is_index(key)) {
        int64_t i;
        if (seq_index(vm, key, &i) < 0) return -1;
        return list_ass_item(vm, self, i, v);
    }
    if (val_is_slice(key)) {
        int64_t start, stop, step;
        if (slice_unpack(vm, key, &start, &stop, &step) < 0) return -1;
        int64_t n = slice_adjust((int64_t)as_list(self)->len, &start, &stop, step);
        if (step == 1) return list_ass_simple_slice(vm, self, start, stop, v);
        return list_ass_extended(vm, self, start, step, n, v);
    }
    vm_raise(vm, &type_TypeError, "list indices must be integers or slices, not %T", key);
    return -1;
}

static int list_contains(VM *vm, Value self, Value item) {
    gc_push_root(vm, &item);
    int found = 0;
    for (size_t i = 0; i < as_list(self)->len; i++) {
        Value x = as_list(self)->items[i];
        gc_push_root(vm, &x);
        found = item_eq(vm, x, item);
        gc_pop_roots(vm, 1);
        if (found != 0) break;
    }
    gc_pop_roots(vm, 1);
    return found;
}

static Value list_concat(VM *vm, Value a, Value b) {
    if (!val_is_list(a)) return VAL_NOTIMPL;
    if (!val_is_list(b)) {
        Type *t = val_type(b);
        if ((t->flags & TYPE_HEAP) && t->number) return VAL_NOTIMPL;
        return vm_raise(vm, &type_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    ListObj *x = as_list(a), *y = as_list(b);
    Value r = list_new(vm, 0);
    if (val_is_error(r)) return r;
    ListObj *l = as_list(r);
    if (list_resize(vm, l, x->len + y->len + 1) < 0) return VAL_ERROR;
    if (x->len) memcpy(l->items, x->items, x->len * sizeof(Value));
    if (y->len) memcpy(l->items + x->len, y->items, y->len * sizeof(Value));
    l->len = x->len + y->len;
    return r;
}

static int repeat_into(VM *vm, ListObj *dst, const Value *src, size_t n, int64_t count) {
    if (n && (uint64_t)count > (SIZE_MAX / sizeof(Value)) / n) {
        vm_raise_nomem(vm);
        return -1;
    }
    size_t total = n * (size_t)count;
    if (total > dst->cap && list_resize(vm, dst, total) < 0) return -1;
    for (int64_t i = 0; n && i < count; i++) memcpy(dst->items + (size_t)i * n, src, n * sizeof(Value));
    dst->len = total;
    return 0;
}

static Value list_repeat(VM *vm, Value a, Value b) {
    Value seq = val_is_list(a) ? a : b, n = val_is_list(a) ? b : a;
    if (!val_is_list(seq)) return VAL_NOTIMPL;
    int64_t count;
    int r = seq_repeat_count(vm, seq, n, &count);
    if (r != 0) return r > 0 ? VAL_NOTIMPL : VAL_ERROR;
    Value res = list_new(vm, 0);
    if (val_is_error(res)) return res;
    ListObj *l = as_list(seq);
    if (repeat_into(vm, as_list(res), l->items, l->len, count) < 0) return VAL_ERROR;
    return res;
}

static Value list_inplace_concat(VM *vm, Value a, Value b) {
    if (!val_is_list(a)) return VAL_NOTIMPL;
    return list_extend(vm, a, b) < 0 ? VAL_ERROR : a;
}

static Value list_inplace_repeat(VM *vm, Value a, Value b) {
    if (!val_is_list(a)) return VAL_NOTIMPL;
    int64_t count;
    int r = seq_repeat_count(vm, a, b, &count);
    if (r != 0) return r > 0 ? VAL_NOTIMPL : VAL_ERROR;
    ListObj *l = as_list(a);
    if (count == 0 || l->len == 0) {
        list_clear_items(vm, l);
        return a;
    }
    if (count == 1) return a;
    Value *copy = malloc(l->len * sizeof(Value));
    if (!copy) return vm_raise_nomem(vm);
    if (l->len) memcpy(copy, l->items, l->len * sizeof(Value));
    r = repeat_into(vm, l, copy, l->len, count);
    free(copy);
    return r < 0 ? VAL_ERROR : a;
}

static Value list_iter(VM *vm, Value self) { return list_iter_new(vm, self); }

/* ---- methods ---- */

static Value check_nargs(VM *vm, const char *name, int nargs, Value kwnames, int want) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    if (nargs - 1 != want) {
        if (want == 0)
            return vm_raise(vm, &type_TypeError, "%s() takes no arguments (%d given)", name, nargs - 1);
        return vm_raise(vm, &type_TypeError, "%s() takes exactly one argument (%d given)", name,
                        nargs - 1);
    }
    return VAL_NONE;
}

static Value list_append_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.append", nargs, kwnames, 1))) return VAL_ERROR;
    return list_append(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_extend_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.extend", nargs, kwnames, 1))) return VAL_ERROR;
    return list_extend(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_insert_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "insert() takes no keyword arguments");
    if (nargs != 3)
        return vm_raise(vm, &type_TypeError, "insert expected 2 arguments, got %d", nargs - 1);
    int64_t i;
    if (index_ssize(vm, args[1], &i) < 0) return VAL_ERROR;
    return list_insert(vm, args[0], i, args[2]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_pop_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "pop() takes no keyword arguments");
    if (nargs > 2) return vm_raise(vm, &type_TypeError, "pop expected at most 1 argument, got %d", nargs - 1);
    int64_t i = -1;
    if (nargs == 2 && index_ssize(vm, args[1], &i) < 0) return VAL_ERROR;
    ListObj *l = as_list(args[0]);
    if (l->len == 0) return vm_raise(vm, &type_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) return vm_raise(vm, &type_IndexError, "pop index out of range");
    Value v = l->items[i];
    list_replace_range(vm, l, i, i + 1, NULL, 0);
    return v;
}

/* Index of the first item == [x] in [start, stop), -2 if none, -1 on error. */
static int64_t list_find(VM *vm, Value self, Value x, int64_t start, int64_t stop) {
    gc_push_root(vm, &x);
    int64_t found = -2;
    for (int64_t i = start; i < stop && i < (int64_t)as_list(self)->len; i++) {
        Value item = as_list(self)->items[i];
        gc_push_root(vm, &item);
        int eq = item_eq(vm, item, x);
        gc_pop_roots(vm, 1);
        if (eq != 0) {
            found = eq < 0 ? -1 : i;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return found;
}

static Value list_remove_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.remove", nargs, kwnames, 1))) return VAL_ERROR;
    int64_t i = list_find(vm, args[0], args[1], 0, INT64_MAX);
    if (i == -1) return VAL_ERROR;
    if (i == -2) return vm_raise(vm, &type_ValueError, "list.remove(x): x not in list");
    list_replace_range(vm, as_list(args[0]), i, i + 1, NULL, 0);
    return VAL_NONE;
}

static Value list_index_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "index() takes no keyword arguments");
    if (nargs < 2) return vm_raise(vm, &type_TypeError, "index expected at least 1 argument, got %d", nargs - 1);
    if (nargs > 4) return vm_raise(vm, &type_TypeError, "index expected at most 3 arguments, got %d", nargs - 1);
    int64_t start, stop;
    if (seq_start_stop(vm, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL,
                       (int64_t)as_list(args[0])->len, &start, &stop) < 0)
        return VAL_ERROR;
    int64_t i = list_find(vm, args[0], args[1], start, stop);
    if (i == -1) return VAL_ERROR;
    if (i == -2) return vm_raise(vm, &type_ValueError, "%R is not in list", args[1]);
    return val_from_small(i);
}

static Value list_count_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.count", nargs, kwnames, 1))) return VAL_ERROR;
    int64_t n = 0;
    for (int64_t i = 0;; i++) {
        int64_t j = list_find(vm, args[0], args[1], i, INT64_MAX);
        if (j == -1) return VAL_ERROR;
        if (j == -2) break;
        n++;
        i = j;
    }
    return val_from_small(n);
}

static Value list_clear_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.clear", nargs, kwnames, 0))) return VAL_ERROR;
    list_clear_items(vm, as_list(args[0]));
    return VAL_NONE;
}

static Value list_copy_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.copy", nargs, kwnames, 0))) return VAL_ERROR;
    return list_from(vm, as_list(args[0])->items, as_list(args[0])->len);
}

static void reverse_items(Value *items, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

static Value list_reverse_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.reverse", nargs, kwnames, 0))) return VAL_ERROR;
    reverse_items(as_list(args[0])->items, as_list(args[0])->len);
    return VAL_NONE;
}

/* ---- sort: a timsort over an index array ----
** The items move to a rooted holder list for the duration, leaving the
** list empty; if it is not empty afterwards, Python code mutated it during
** the sort (CPython's "list modified during sort"). Sorting indices keeps
** every Value in GC-traced lists while comparisons run Python code.
** Natural runs are found and extended to a minimum length by binary
** insertion, then merged under timsort's stack invariants; when every key
** is a small int, a float or a str, keys compare without a call, as
** CPython's pre-sort type check does. */

enum { KEYS_ANY, KEYS_INT, KEYS_FLOAT, KEYS_STR };

typedef struct SortState {
    VM *vm;
    Value keys_holder;        /* a list: the keys (or the items themselves) */
    bool reverse;
    int kind;                 /* KEYS_*: all keys of one simple kind */
    size_t *tmp;              /* merge scratch, n indices */
} SortState;

static int str_less(Value x, Value y) {
    StrObj *a = as_str(x), *b = as_str(y);
    size_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, n);  /* UTF-8 byte order is code point order */
    return c < 0 || (c == 0 && a->size < b->size);
}

/* Does index [a] sort strictly before index [b]? 1, 0, -1 on error. */
static int sort_less(SortState *s, size_t a, size_t b) {
    Value *keys = as_list(s->keys_holder)->items;
    Value x = keys[s->reverse ? b : a], y = keys[s->reverse ? a : b];
    switch (s->kind) {
    case KEYS_INT: return val_as_int(x) < val_as_int(y);
    case KEYS_FLOAT: return val_as_float(x) < val_as_float(y);
    case KEYS_STR: return str_less(x, y);
    default: break;
    }
    if (val_is_int(x) && val_is_int(y)) return val_as_int(x) < val_as_int(y);
    return obj_compare_bool(s->vm, x, y, CMPOP_LT);
}

static int keys_kind(Value keys) {
    ListObj *l = as_list(keys);
    if (l->len == 0) return KEYS_ANY;
    Value first = l->items[0];
    int kind = val_is_int(first) ? KEYS_INT : val_is_float(first) ? KEYS_FLOAT
             : val_is_exact_str(first) ? KEYS_STR : KEYS_ANY;
    for (size_t i = 1; i < l->len && kind != KEYS_ANY; i++) {
        Value v = l->items[i];
        if ((kind == KEYS_INT && !val_is_int(v)) || (kind == KEYS_FLOAT && !val_is_float(v)) ||
            (kind == KEYS_STR && !val_is_exact_str(v)))
            kind = KEYS_ANY;
    }
    return kind;
}

/* Sort idx[0..n) by binary insertion; idx[0..start) is already sorted.
** The position is found before anything moves, so a failing comparison
** leaves idx a permutation. */
static int binary_insertion(SortState *s, size_t *idx, size_t n, size_t start) {
    for (size_t i = start; i < n; i++) {
        size_t v = idx[i], lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int lt = sort_less(s, v, idx[mid]);
            if (lt < 0) return -1;
            if (lt) hi = mid;
            else lo = mid + 1;
        }
        memmove(idx + lo + 1, idx + lo, (i - lo) * sizeof(size_t));
        idx[lo] = v;
    }
    return 0;
}

/* Length of the natural run at idx[0..n); a strictly descending run is
** reversed in place (strictness keeps the sort stable). -1 on error. */
static int64_t count_run(SortState *s, size_t *idx, size_t n) {
    if (n < 2) return (int64_t)n;
    int desc = sort_less(s, idx[1], idx[0]);
    if (desc < 0) return -1;
    size_t k = 2;
    for (; k < n; k++) {
        int lt = sort_less(s, idx[k], idx[k - 1]);
        if (lt < 0) return -1;
        if (lt != desc) break;
    }
    if (desc)
        for (size_t i = 0, j = k - 1; i < j; i++, j--) {
            size_t t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
    return (int64_t)k;
}

static size_t min_run_length(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* First position in run[0..n) whose item sorts after [v] (bisect_right). */
static int64_t bisect_right(SortState *s, size_t v, const size_t *run, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int lt = sort_less(s, v, run[mid]);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return (int64_t)lo;
}

/* First position in run[0..n) whose item does not sort before [v] (bisect_left). */
static int64_t bisect_left(SortState *s, size_t v, const size_t *run, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int lt = sort_less(s, run[mid], v);
        if (lt < 0) return -1;
        if (lt) lo = mid + 1;
        else hi = mid;
    }
    return (int64_t)lo;
}

/* Merge the adjacent sorted runs a[0..na) and a[na..na+nb). Items of the
** left run not after the right's first stay put, and so do items of the
** right run not before the left's last; only the middle is merged. */
static int merge_adjacent(SortState *s, size_t *a, size_t na, size_t nb) {
    int64_t skip = bisect_right(s, a[na], a, na);
    if (skip < 0) return -1;
    a += skip;
    na -= (size_t)skip;
    if (na == 0) return 0;
    int64_t keep = bisect_left(s, a[na - 1], a + na, nb);
    if (keep < 0) return -1;
    nb = (size_t)keep;
    if (nb == 0) return 0;
    size_t *tmp = s->tmp;
    memcpy(tmp, a, na * sizeof(size_t));
    size_t i = 0, j = na, k = 0, end = na + nb;
    while (i < na && j < end) {
        int lt = sort_less(s, a[j], tmp[i]);
        if (lt < 0) {
            /* put the indices back as a permutation before failing */
            while (i < na) a[k++] = tmp[i++];
            return -1;
        }
        a[k++] = lt ? a[j++] : tmp[i++];
    }
    while (i < na) a[k++] = tmp[i++];
    return 0;
}

typedef struct SortRun {
    size_t base, len;
} SortRun;

#define MAX_RUNS 128

static int merge_at(SortState *s, size_t *idx, SortRun *runs, int *nruns, int i) {
    SortRun *a = &runs[i], *b = &runs[i + 1];
    if (merge_adjacent(s, idx + a->base, a->len, b->len) < 0) return -1;
    a->len += b->len;
    for (int k = i + 1; k < *nruns - 1; k++) runs[k] = runs[k + 1];
    (*nruns)--;
    return 0;
}

/* Keep the pending runs' lengths growing like Fibonacci numbers, so that
** merges stay balanced (timsort's invariants, as corrected in CPython). */
static int merge_collapse(SortState *s, size_t *idx, SortRun *runs, int *nruns) {
    while (*nruns > 1) {
        int n = *nruns - 2;
        if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
            (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
            if (runs[n - 1].len < runs[n + 1].len) n--;
        } else if (runs[n].len > runs[n + 1].len) {
            break;
        }
        if (merge_at(s, idx, runs, nruns, n) < 0) return -1;
    }
    return 0;
}

static int tim_sort(SortState *s, size_t *idx, size_t n) {
    if (n < 64) {
        int64_t run = count_run(s, idx, n);
        return run < 0 ? -1 : binary_insertion(s, idx, n, (size_t)run);
    }
    SortRun runs[MAX_RUNS];
    int nruns = 0;
    size_t minrun = min_run_length(n), lo = 0;
    while (lo < n) {
        int64_t run = count_run(s, idx + lo, n - lo);
        if (run < 0) return -1;
        size_t len = (size_t)run;
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, idx + lo, force, len) < 0) return -1;
            len = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = len;
        nruns++;
        if (merge_collapse(s, idx, runs, &nruns) < 0) return -1;
        lo += len;
    }
    while (nruns > 1) {
        int i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
        if (merge_at(s, idx, runs, &nruns, i) < 0) return -1;
    }
    return 0;
}

static int compute_keys(VM *vm, Value items, Value key, Value *keys_out) {
    size_t n = as_list(items)->len;
    Value keys = list_new(vm, 0);
    if (val_is_error(keys)) return -1;
    *keys_out = keys;
    if (list_resize(vm, as_list(keys), n ? n : 1) < 0) return -1;
    for (size_t i = 0; i < n; i++) {
        Value k = obj_call1(vm, key, as_list(items)->items[i]);
        if (val_is_error(k)) return -1;
        as_list(*keys_out)->items[as_list(*keys_out)->len++] = k;
    }
    return 0;
}

static int sort_holder(VM *vm, Value holder, Value key, bool reverse, Value *keys) {
    size_t n = as_list(holder)->len;
    if (n < 2) return 0;
    if (!val_is_null(key) && key != VAL_NONE) {
        if (compute_keys(vm, holder, key, keys) < 0) return -1;
    } else {
        *keys = holder;
    }
    size_t *idx = malloc(2 * n * sizeof(size_t));
    if (!idx) {
        vm_raise_nomem(vm);
        return -1;
    }
    for (size_t i = 0; i < n; i++) idx[i] = i;
    SortState s = {vm, *keys, reverse, keys_kind(*keys), idx + n};
    int r = tim_sort(&s, idx, n);
    if (r == 0) {
        Value *perm = malloc(n * sizeof(Value));
        if (!perm) {
            free(idx);
            vm_raise_nomem(vm);
            return -1;
        }
        for (size_t i = 0; i < n; i++) perm[i] = as_list(holder)->items[idx[i]];
        if (n) memcpy(as_list(holder)->items, perm, n * sizeof(Value));
        free(perm);
    }
    free(idx);
    return r;
}

int list_sort(VM *vm, Value list, Value key, bool reverse) {
    Value holder = list_new(vm, 0), keys = VAL_NONE;
    if (val_is_error(holder)) return -1;
    ListObj *l = as_list(list), *h = as_list(holder);
    h->items = l->items;
    h->len = l->len;
    h->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    l->hdr.flags |= OBJ_SORTING;
    gc_push_root(vm, &holder);
    gc_push_root(vm, &keys);
    gc_push_root(vm, &list);
    int r = sort_holder(vm, holder, key, reverse, &keys);
    l = as_list(list);
    h = as_list(holder);
    bool mutated = l->items != NULL || l->len != 0 || !(l->hdr.flags & OBJ_SORTING);
    l->hdr.flags &= ~(uint32_t)OBJ_SORTING;
    list_clear_items(vm, l);
    l->items = h->items;
    l->len = h->len;
    l->cap = h->cap;
    h->items = NULL;
    h->len = h->cap = 0;
    gc_pop_roots(vm, 3);
    if (r == 0 && mutated) {
        vm_raise(vm, &type_ValueError, "list modified during sort");
        return -1;
    }
    return r;
}

static Value list_sort_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs > 1) return vm_raise(vm, &type_TypeError, "sort() takes no positional arguments");
    Value key = VAL_NONE;
    bool reverse = false;
    size_t nkw = no_kwargs(kwnames) ? 0 : as_tuple(kwnames)->len;
    for (size_t i = 0; i < nkw; i++) {
        Value name = as_tuple(kwnames)->items[i], v = args[nargs + i];
        if (str_eq_cstr(name, "key")) {
            key = v;
        } else if (str_eq_cstr(name, "reverse")) {
            int t = obj_truthy(vm, v);
            if (t < 0) return VAL_ERROR;
            reverse = t;
        } else {
            return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    return list_sort(vm, args[0], key, reverse) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_reversed_m(VM *vm, Value *args, int nargs, Value kwnames);

static Value list_class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__class_getitem__ expected 1 argument, got %d", nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

static Value list_sizeof_m(VM *vm, Value *args, int nargs, Value kwnames) {
    return val_from_small((int64_t)(40 + as_list(args[0])->cap * sizeof(Value)));
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, 0, "Append object to the end of the list."},
    {"extend", list_extend_m, 0, "Extend list by appending elements from the iterable."},
    {"insert", list_insert_m, 0, "Insert object before index."},
    {"pop", list_pop_m, 0, "Remove and return item at index (default last)."},
    {"remove", list_remove_m, 0, "Remove first occurrence of value."},
    {"index", list_index_m, 0, "Return first index of value."},
    {"count", list_count_m, 0, "Return number of occurrences of value."},
    {"clear", list_clear_m, 0, "Remove all items from list."},
    {"copy", list_copy_m, 0, "Return a shallow copy of the list."},
    {"reverse", list_reverse_m, 0, "Reverse *IN PLACE*."},
    {"sort", list_sort_m, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", list_reversed_m, 0, "Return a reverse iterator over the list."},
    {"__class_getitem__", list_class_getitem, METH_CLASS, NULL},
    {"__sizeof__", list_sizeof_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots list_number = {
    .add = list_concat, .mul = list_repeat, .iadd = list_inplace_concat, .imul = list_inplace_repeat,
};

Type type_list = {
    .hdr = STATIC_TYPE_HDR,
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TYPE_BASETYPE | TYPE_LIST_SUBCLASS,
    .repr = list_repr,
    .hash = hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .new_ = list_new_slot,
    .init = list_init,
    .number = &list_number,
    .traverse = list_traverse,
    .finalize = list_finalize,
};

/* ---- iterators ---- */

static void listiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((ListIterObj *)o)->seq); }

static Type type_list_reverseiterator;

Value list_iter_new(VM *vm, Value list) {
    ListIterObj *it = gc_alloc(vm, &type_list_iterator, sizeof(ListIterObj));
    if (!it) return VAL_ERROR;
    it->seq = list;
    return val_from_obj(it);
}

static Value listiter_next(VM *vm, Value self) {
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    if (val_is_null(it->seq)) return VAL_NULL;
    ListObj *l = as_list(it->seq);
    if (it->index < (int64_t)l->len) return l->items[it->index++];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value list_reversed_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(check_nargs(vm, "list.__reversed__", nargs, kwnames, 0))) return VAL_ERROR;
    ListIterObj *it = gc_alloc(vm, &type_list_reverseiterator, sizeof(ListIterObj));
    if (!it) return VAL_ERROR;
    it->seq = args[0];
    it->index = (int64_t)as_list(args[0])->len - 1;
    return val_from_obj(it);
}

static Value listreviter_next(VM *vm, Value self) {
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    if (val_is_null(it->seq)) return VAL_NULL;
    ListObj *l = as_list(it->seq);
    if (it->index >= 0 && it->index < (int64_t)l->len) return l->items[it->index--];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value iter_self(VM *vm, Value self) { return self; }

static Value listiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    ListIterObj *it = (ListIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return val_from_small(0);
    int64_t n = (int64_t)as_list(it->seq)->len;
    if (val_is_type(args[0], &type_list_iterator)) return val_from_small(n > it->index ? n - it->index : 0);
    return val_from_small(it->index < n ? it->index + 1 : 0);
}

/* (iter, (list,), index) or (reversed, (list,), index); ([],) once exhausted. */
static Value listiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    ListIterObj *it = (ListIterObj *)val_as_obj(args[0]);
    bool forward = val_is_type(args[0], &type_list_iterator);
    Value empty = list_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, forward ? "iter" : "reversed", it->seq, it->index, empty);
}

static Value listiter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    ListIterObj *it = (ListIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return VAL_NONE;
    int64_t n = (int64_t)as_list(it->seq)->len;
    if (val_is_type(args[0], &type_list_iterator))
        it->index = i < 0 ? 0 : i > n ? n : i;
    else
        it->index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    return VAL_NONE;
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {"__reduce__", listiter_reduce, 0, NULL},
    {"__setstate__", listiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .iter = iter_self,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
};

static Type type_list_reverseiterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .iter = iter_self,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
};

int setup_list(VM *vm) {
    if (type_ready(vm, &type_list_reverseiterator) < 0) return -1;
    if (type_add_methods(vm, &type_list, list_methods) < 0) return -1;
    if (dict_set(vm, type_list.dict, NAME(vm, __hash__), VAL_NONE) < 0) return -1;
    if (type_add_methods(vm, &type_list_iterator, listiter_methods) < 0) return -1;
    return type_add_methods(vm, &type_list_reverseiterator, listiter_methods);
}
