/*
** tuple.c -- the tuple type and its iterator, and the helpers every
** sequence type shares: index arguments, lexicographic comparison, the
** recursion guard of container reprs.
*/
#include <stdarg.h>
#include <stdlib.h>

#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

/* ---- shared helpers ---- */

bool val_is_index(Value v) {
    if (val_is_int(v) || val_is_intlike(v)) return true;
    Type *t = val_type(v);
    return t->number && t->number->index;
}

int index_ssize(VM *vm, Value v, int64_t *out) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0) return 0;
    vm_clear_exc(vm);
    vm_raise(vm, &type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

int seq_index(VM *vm, Value key, int64_t *out) {
    return obj_index_i64(vm, key, out, &type_IndexError);
}

/* One bound of index()/count(): None means "not given" only for stop. */
static int slice_bound(VM *vm, Value v, int64_t len, int64_t *out) {
    if (!val_is_index(v)) {
        vm_raise(vm, &type_TypeError,
                 "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (obj_index_i64(vm, v, out, NULL) < 0) return -1;
    if (*out < 0) {
        *out += len;
        if (*out < 0) *out = 0;
    } else if (*out > len) {
        *out = len;
    }
    return 0;
}

int seq_start_stop(VM *vm, Value vstart, Value vstop, int64_t len, int64_t *start,
                   int64_t *stop) {
    *start = 0;
    *stop = len;
    if (!val_is_null(vstart) && slice_bound(vm, vstart, len, start) < 0) return -1;
    if (!val_is_null(vstop) && slice_bound(vm, vstop, len, stop) < 0) return -1;
    return 0;
}

static int repr_stack_ready(VM *vm) {
    if (val_is_obj(vm->repr_stack)) return 0;
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return -1;
    vm->repr_stack = l;
    return 0;
}

int repr_enter(VM *vm, Value v) {
    if (repr_stack_ready(vm) < 0) return -1;
    ListObj *l = as_list(vm->repr_stack);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return 1;
    return list_append(vm, vm->repr_stack, v) < 0 ? -1 : 0;
}

void repr_leave(VM *vm, Value v) {
    ListObj *l = as_list(vm->repr_stack);
    for (size_t i = l->len; i-- > 0;) {
        if (l->items[i] == v) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

Value raise_key_error(VM *vm, Value key) {
    Value args = tuple_pack(vm, 1, key);
    if (val_is_error(args)) return args;
    Value e = exc_new(vm, &type_KeyError, args);
    if (val_is_error(e)) return e;
    return vm_raise_value(vm, e);
}

int64_t hash_unhashable(VM *vm, Value self) {
    vm_raise(vm, &type_TypeError, "unhashable type: '%s'", type_name(val_type(self)));
    return -1;
}

static Value bool_for_cmp(int64_t c, int op) {
    switch (op) {
    case CMPOP_LT: return val_from_bool(c < 0);
    case CMPOP_LE: return val_from_bool(c <= 0);
    case CMPOP_EQ: return val_from_bool(c == 0);
    case CMPOP_NE: return val_from_bool(c != 0);
    case CMPOP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

/* Lexicographic comparison of two tuples/lists: items may run Python code
** that mutates the lists, so re-read them through their owners each step. */
Value seq_richcompare(VM *vm, Value a, Value b, int op) {
    Value *ia = NULL, *ib = NULL;
    size_t na = 0, nb = 0;
    seq_items(a, &ia, &na);
    seq_items(b, &ib, &nb);
    if ((op == CMPOP_EQ || op == CMPOP_NE) && na != nb) return val_from_bool(op == CMPOP_NE);
    Value x = VAL_NONE, y = VAL_NONE;
    gc_push_root(vm, &x);
    gc_push_root(vm, &y);
    size_t i = 0;
    Value result = VAL_NULL;
    for (;; i++) {
        seq_items(a, &ia, &na);
        seq_items(b, &ib, &nb);
        if (i >= na || i >= nb) break;
        x = ia[i];
        y = ib[i];
        if (x == y) continue;
        int eq = obj_eq(vm, x, y);
        if (eq < 0) {
            result = VAL_ERROR;
            break;
        }
        if (!eq) break;
    }
    seq_items(a, &ia, &na);
    seq_items(b, &ib, &nb);
    if (!val_is_null(result)) {
        /* error */
    } else if (i >= na || i >= nb) {
        result = bool_for_cmp((int64_t)na - (int64_t)nb, op);
    } else if (op == CMPOP_EQ || op == CMPOP_NE) {
        result = val_from_bool(op == CMPOP_NE);
    } else {
        result = obj_richcompare(vm, x, y, op);
    }
    gc_pop_roots(vm, 2);
    return result;
}

/* ---- construction ---- */

static TupleObj *tuple_alloc(VM *vm, Type *t, size_t len) {
    if (len > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Value)) {
        vm_raise_nomem(vm);
        return NULL;
    }
    TupleObj *tp = gc_alloc_instance(vm, t, sizeof(TupleObj) + len * sizeof(Value));
    if (!tp) return NULL;
    tp->hash = -1;
    tp->len = len;
    return tp;
}

Value tuple_new(VM *vm, size_t len) {
    TupleObj *t = tuple_alloc(vm, &type_tuple, len);
    if (!t) return VAL_ERROR;
    for (size_t i = 0; i < len; i++) t->items[i] = VAL_NONE;
    return val_from_obj(t);
}

Value tuple_from(VM *vm, const Value *items, size_t len) {
    TupleObj *t = tuple_alloc(vm, &type_tuple, len);
    if (!t) return VAL_ERROR;
    if (len) memcpy(t->items, items, len * sizeof(Value));
    return val_from_obj(t);
}

Value tuple_pack(VM *vm, int n, ...) {
    TupleObj *t = tuple_alloc(vm, &type_tuple, (size_t)n);
    if (!t) return VAL_ERROR;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return val_from_obj(t);
}

Value tuple_getslice(VM *vm, Value t, int64_t start, int64_t stop) {
    TupleObj *tp = as_tuple(t);
    if (start < 0) start = 0;
    if (stop > (int64_t)tp->len) stop = (int64_t)tp->len;
    if (stop < start) stop = start;
    if (start == 0 && stop == (int64_t)tp->len && val_is_type(t, &type_tuple)) return t;
    return tuple_from(vm, tp->items + start, (size_t)(stop - start));
}

Value seq_to_tuple(VM *vm, Value iterable) {
    if (val_is_type(iterable, &type_tuple)) return iterable;
    Value *items;
    size_t n;
    if (seq_fast(iterable, &items, &n)) return tuple_from(vm, items, n);
    Value l = seq_to_list(vm, iterable);
    if (val_is_error(l)) return l;
    return tuple_from(vm, as_list(l)->items, as_list(l)->len);
}

static Value tuple_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames) && same_special(cls, &type_tuple, NAME(vm, __init__)))
        return vm_raise(vm, &type_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &type_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    Value t = nargs == 0 ? tuple_new(vm, 0) : seq_to_tuple(vm, args[0]);
    if (val_is_error(t) || cls == &type_tuple) return t;
    gc_push_root(vm, &t);
    TupleObj *src = as_tuple(t);
    TupleObj *r = tuple_alloc(vm, cls, src->len);
    gc_pop_roots(vm, 1);
    if (!r) return VAL_ERROR;
    if (src->len) memcpy(r->items, src->items, src->len * sizeof(Value));
    return val_from_obj(r);
}

/* ---- protocols ---- */

static void tuple_traverse(Obj *o, GCVisitor *gv) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->len; i++) gc_visit(gv, t->items[i]);
}

static int64_t tuple_len(VM *vm, Value self) { return (int64_t)as_tuple(self)->len; }

static Value tuple_repr(VM *vm, Value self) {
    TupleObj *t = as_tuple(self);
    if (t->len == 0) return str_from_cstr(vm, "()");
    int r = repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "(...)");
    StrBuf sb;
    sb_init(&sb);
    sb_addc(&sb, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) sb_adds(&sb, ", ");
        if (sb_add_repr(vm, &sb, t->items[i]) < 0) {
            repr_leave(vm, self);
            sb_free(&sb);
            return VAL_ERROR;
        }
    }
    if (t->len == 1) sb_addc(&sb, ',');
    sb_addc(&sb, ')');
    repr_leave(vm, self);
    return sb_finish(vm, &sb);
}

int64_t tuple_hash_items(VM *vm, const Value *items, size_t len) {
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                   p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (size_t i = 0; i < len; i++) {
        int64_t h = obj_hash(vm, items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += len ^ (p5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(VM *vm, Value self) {
    /* CPython 3.11 does not cache tuple hashes; neither may we once items
    ** could be mutable objects with changing hashes, so compute afresh. */
    TupleObj *t = as_tuple(self);
    return tuple_hash_items(vm, t->items, t->len);
}

static Value tuple_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_tuple(a) || !val_is_tuple(b)) return VAL_NOTIMPL;
    return seq_richcompare(vm, a, b, op);
}

static Value tuple_item(VM *vm, Value self, int64_t i) {
    TupleObj *t = as_tuple(self);
    if (i < 0) i += (int64_t)t->len;
    if (i < 0 || i >= (int64_t)t->len)
        return vm_raise(vm, &type_IndexError, "tuple index out of range");
    return t->items[i];
}

static Value tuple_subscript(VM *vm, Value self, Value key) {
    if (val_is_int(key)) return tuple_item(vm, self, val_as_int(key));
    if (val_is_index(key)) {
        int64_t i;
        if (seq_index(vm, key, &i) < 0) return VAL_ERROR;
        return tuple_item(vm, self, i);
    }
    if (val_is_slice(key)) {
        int64_t start, stop, step;
        TupleObj *t = as_tuple(self);
        int64_t n = slice_indices(vm, key, (int64_t)t->len, &start, &stop, &step);
        if (n < 0) return VAL_ERROR;
        if (step == 1) return tuple_getslice(vm, self, start, stop);
        TupleObj *r = tuple_alloc(vm, &type_tuple, (size_t)n);
        if (!r) return VAL_ERROR;
        for (int64_t i = 0; i < n; i++)   /* unsigned: a step past the end may overflow */
            r->items[i] = t->items[(uint64_t)start + (uint64_t)i * (uint64_t)step];
        return val_from_obj(r);
    }
    return vm_raise(vm, &type_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static int tuple_contains(VM *vm, Value self, Value item) {
    TupleObj *t = as_tuple(self);
    for (size_t i = 0; i < t->len; i++) {
        int eq = item_eq(vm, t->items[i], item);
        if (eq != 0) return eq;
    }
    return 0;
}

/* Is [other] a heap type's instance that might handle the operator itself? */
static bool other_may_handle(Value other) {
    Type *t = val_type(other);
    return (t->flags & TYPE_HEAP) && t->number;
}

static Value tuple_concat(VM *vm, Value a, Value b) {
    if (!val_is_tuple(a)) return VAL_NOTIMPL;
    if (!val_is_tuple(b)) {
        if (other_may_handle(b)) return VAL_NOTIMPL;
        return vm_raise(vm, &type_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    TupleObj *x = as_tuple(a), *y = as_tuple(b);
    if (y->len == 0 && val_is_type(a, &type_tuple)) return a;
    if (x->len == 0 && val_is_type(b, &type_tuple)) return b;
    TupleObj *r = tuple_alloc(vm, &type_tuple, x->len + y->len);
    if (!r) return VAL_ERROR;
    if (x->len) memcpy(r->items, x->items, x->len * sizeof(Value));
    if (y->len) memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
    return val_from_obj(r);
}

/* The repeat count of seq * n: 0 and an error flag for non-indexes. */
int seq_repeat_count(VM *vm, Value seq, Value n, int64_t *out) {
    if (!val_is_index(n)) {
        if (other_may_handle(n)) return 1;
        vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
        return -1;
    }
    if (obj_index_i64(vm, n, out, &type_OverflowError) < 0) return -1;
    if (*out < 0) *out = 0;
    return 0;
}

static Value tuple_repeat(VM *vm, Value a, Value b) {
    Value seq = a, n = b;
    if (!val_is_tuple(seq)) {
        seq = b;
        n = a;
    }
    if (!val_is_tuple(seq)) return VAL_NOTIMPL;
    int64_t count;
    int r = seq_repeat_count(vm, seq, n, &count);
    if (r != 0) return r > 0 ? VAL_NOTIMPL : VAL_ERROR;
    TupleObj *t = as_tuple(seq);
    if (count == 1 && val_is_type(seq, &type_tuple)) return seq;
    if (t->len && (uint64_t)count > (SIZE_MAX / sizeof(Value)) / t->len) return vm_raise_nomem(vm);
    TupleObj *res = tuple_alloc(vm, &type_tuple, t->len * (size_t)count);
    if (!res) return VAL_ERROR;
    for (int64_t i = 0; i < count; i++)
        memcpy(res->items + i * t->len, t->items, t->len * sizeof(Value));
    return val_from_obj(res);
}

static Value tuple_iter(VM *vm, Value self) { return tuple_iter_new(vm, self); }

/* ---- methods ---- */

static Value tuple_index(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "index() takes no keyword arguments");
    if (nargs < 2) return vm_raise(vm, &type_TypeError, "index expected at least 1 argument, got %d", nargs - 1);
    if (nargs > 4) return vm_raise(vm, &type_TypeError, "index expected at most 3 arguments, got %d", nargs - 1);
    int64_t start, stop;
    TupleObj *t = as_tuple(args[0]);
    if (seq_start_stop(vm, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL,
                       (int64_t)t->len, &start, &stop) < 0)
        return VAL_ERROR;
    for (int64_t i = start; i < stop && i < (int64_t)t->len; i++) {
        int eq = item_eq(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERROR;
        if (eq) return val_from_small(i);
    }
    return vm_raise(vm, &type_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "tuple.count() takes no keyword arguments");
    if (nargs != 2)
        return vm_raise(vm, &type_TypeError, "tuple.count() takes exactly one argument (%d given)", nargs - 1);
    TupleObj *t = as_tuple(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = item_eq(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERROR;
        n += eq;
    }
    return val_from_small(n);
}

static Value tuple_getnewargs(VM *vm, Value *args, int nargs, Value kwnames) {
    TupleObj *t = as_tuple(args[0]);
    Value copy = tuple_from(vm, t->items, t->len);
    if (val_is_error(copy)) return copy;
    return tuple_pack(vm, 1, copy);
}

static Value generic_class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__class_getitem__ expected 1 argument, got %d", nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots tuple_number = {.add = tuple_concat, .mul = tuple_repeat};

Type type_tuple = {
    .hdr = STATIC_TYPE_HDR,
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .flags = TYPE_BASETYPE | TYPE_TUPLE_SUBCLASS,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .new_ = tuple_new_slot,
    .number = &tuple_number,
    .traverse = tuple_traverse,
};

/* ---- the iterator ---- */

typedef struct SeqIterObj {
    Obj hdr;
    Value seq;                /* VAL_NULL once exhausted */
    size_t index;
} SeqIterObj;

static void seqiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((SeqIterObj *)o)->seq); }

Value tuple_iter_new(VM *vm, Value tuple) {
    SeqIterObj *it = gc_alloc(vm, &type_tuple_iterator, sizeof(SeqIterObj));
    if (!it) return VAL_ERROR;
    it->seq = tuple;
    return val_from_obj(it);
}

static Value tupleiter_next(VM *vm, Value self) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    if (val_is_null(it->seq)) return VAL_NULL;
    TupleObj *t = as_tuple(it->seq);
    if (it->index < t->len) return t->items[it->index++];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value iter_self(VM *vm, Value self) { return self; }

static Value tupleiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return val_from_small(0);
    return val_from_small((int64_t)(as_tuple(it->seq)->len - it->index));
}

static Value tupleiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    Value empty = tuple_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "iter", it->seq, it->index, empty);
}

static Value tupleiter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return VAL_NONE;
    int64_t n = (int64_t)as_tuple(it->seq)->len;
    it->index = i < 0 ? 0 : i > n ? n : i;
    return VAL_NONE;
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {"__reduce__", tupleiter_reduce, 0, NULL},
    {"__setstate__", tupleiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_tuple_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "tuple_iterator",
    .basicsize = sizeof(SeqIterObj),
    .iter = iter_self,
    .iternext = tupleiter_next,
    .traverse = seqiter_traverse,
};

int setup_tuple(VM *vm) {
    if (type_add_methods(vm, &type_tuple, tuple_methods) < 0) return -1;
    return type_add_methods(vm, &type_tuple_iterator, tupleiter_methods);
}
