/*
** range.c -- range objects and their iterator.
**
** start, stop, step and the length are Python ints (small or big). Small
** ranges take int64 fast paths; anything wider goes through the generic
** int operations, which never run Python code.
*/
#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

typedef struct RangeObj {
    Obj hdr;
    Value start, stop, step, length;
} RangeObj;

static inline RangeObj *as_range(Value v) { return (RangeObj *)val_as_obj(v); }

/* ---- int helpers (operands are ints: no Python code runs) ---- */

static Value op(VM *vm, Value a, Value b, int binop) { return obj_binary_op(vm, a, b, binop); }

static int cmp(VM *vm, Value a, Value b, int cmpop) { return obj_compare_bool(vm, a, b, cmpop); }

static int sign_of(VM *vm, Value v) {
    if (val_is_int(v)) return val_as_int(v) > 0 ? 1 : val_as_int(v) < 0 ? -1 : 0;
    int pos = cmp(vm, v, val_from_small(0), CMPOP_GT);
    if (pos < 0) return -2;
    if (pos) return 1;
    int neg = cmp(vm, v, val_from_small(0), CMPOP_LT);
    return neg < 0 ? -2 : neg ? -1 : 0;
}

static bool all_small(Value a, Value b, Value c) { return val_is_int(a) && val_is_int(b) && val_is_int(c); }

/* The number of items of range(lo, hi, step), step != 0. */
static Value compute_length(VM *vm, Value lo, Value hi, Value step) {
    if (all_small(lo, hi, step)) {
        int64_t l = val_as_int(lo), h = val_as_int(hi), s = val_as_int(step);
        int64_t n = 0;
        if (s > 0 && l < h) n = (h - l - 1) / s + 1;
        else if (s < 0 && l > h) n = (l - h - 1) / (-s) + 1;
        return int_from_i64(vm, n);
    }
    int sg = sign_of(vm, step);
    if (sg == -2) return VAL_ERROR;
    if (sg < 0) {
        Value t = lo;
        lo = hi;
        hi = t;
        step = op(vm, val_from_small(0), step, BINOP_SUBTRACT);
        if (val_is_error(step)) return step;
    }
    int lt = cmp(vm, lo, hi, CMPOP_LT);
    if (lt <= 0) return lt < 0 ? VAL_ERROR : val_from_small(0);
    Value d = op(vm, hi, lo, BINOP_SUBTRACT);
    if (val_is_error(d)) return d;
    d = op(vm, d, val_from_small(1), BINOP_SUBTRACT);
    if (val_is_error(d)) return d;
    d = op(vm, d, step, BINOP_FLOOR_DIVIDE);
    if (val_is_error(d)) return d;
    return op(vm, d, val_from_small(1), BINOP_ADD);
}

/* operator.index(v) as an exact int (bools and int subclasses converted). */
static Value exact_index(VM *vm, Value v) {
    Value i = obj_index(vm, v);
    if (val_is_error(i) || val_is_int(i) || val_is_type(i, &type_int)) return i;
    if (val_is_bool(i)) return val_from_small(i == VAL_TRUE);
    return op(vm, i, val_from_small(0), BINOP_ADD);
}

static Value range_make(VM *vm, Type *t, Value start, Value stop, Value step) {
    Value len = compute_length(vm, start, stop, step);
    if (val_is_error(len)) return len;
    RangeObj *r = gc_alloc(vm, t, sizeof(RangeObj));
    if (!r) return VAL_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return val_from_obj(r);
}

Value range_new_i64(VM *vm, int64_t start, int64_t stop, int64_t step) {
    Value a = int_from_i64(vm, start), b = int_from_i64(vm, stop), c = int_from_i64(vm, step);
    if (val_is_error(a) || val_is_error(b) || val_is_error(c)) return VAL_ERROR;
    return range_make(vm, &type_range, a, b, c);
}

/* ---- the type ---- */

static void range_traverse(Obj *o, GCVisitor *gv) {
    RangeObj *r = (RangeObj *)o;
    gc_visit(gv, r->start);
    gc_visit(gv, r->stop);
    gc_visit(gv, r->step);
    gc_visit(gv, r->length);
}

static Value range_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "range() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, &type_TypeError, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return vm_raise(vm, &type_TypeError, "range expected at most 3 arguments, got %d", nargs);
    Value v[3];
    for (int i = 0; i < nargs; i++) {
        v[i] = exact_index(vm, args[i]);
        if (val_is_error(v[i])) return VAL_ERROR;
    }
    Value start = val_from_small(0), stop, step = val_from_small(1);
    if (nargs == 1) {
        stop = v[0];
    } else {
        start = v[0];
        stop = v[1];
        if (nargs == 3) step = v[2];
    }
    int sg = sign_of(vm, step);
    if (sg == -2) return VAL_ERROR;
    if (sg == 0) return vm_raise(vm, &type_ValueError, "range() arg 3 must not be zero");
    return range_make(vm, &type_range, start, stop, step);
}

static Value range_repr(VM *vm, Value self) {
    RangeObj *r = as_range(self);
    if (val_is_int(r->step) && val_as_int(r->step) == 1)
        return str_format(vm, "range(%R, %R)", r->start, r->stop);
    return str_format(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(VM *vm, Value self) {
    int64_t n;
    if (int_as_i64(vm, as_range(self)->length, &n) < 0) {
        vm_clear_exc(vm);
        vm_raise(vm, &type_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(VM *vm, Value self) {
    int s = sign_of(vm, as_range(self)->length);
    return s == -2 ? -1 : s != 0;
}

/* start + i * step */
static Value range_at(VM *vm, RangeObj *r, Value i) {
    if (all_small(r->start, r->step, i)) {
        int64_t s = val_as_int(r->start), st = val_as_int(r->step), k = val_as_int(i);
        /* 48-bit operands: the product fits comfortably unless both are huge */
        if (k < (INT64_C(1) << 47) && st < (INT64_C(1) << 15) && st > -(INT64_C(1) << 15))
            return int_from_i64(vm, s + k * st);
    }
    Value p = op(vm, i, r->step, BINOP_MULTIPLY);
    if (val_is_error(p)) return p;
    return op(vm, r->start, p, BINOP_ADD);
}

static Value range_item(VM *vm, Value self, Value key) {
    RangeObj *r = as_range(self);
    Value i = exact_index(vm, key);
    if (val_is_error(i)) return i;
    int neg = sign_of(vm, i);
    if (neg == -2) return VAL_ERROR;
    if (neg < 0) {
        i = op(vm, i, r->length, BINOP_ADD);
        if (val_is_error(i)) return i;
    }
    int lo = cmp(vm, i, val_from_small(0), CMPOP_LT);
    int hi = lo ? 1 : cmp(vm, i, r->length, CMPOP_GE);
    if (lo < 0 || hi < 0) return VAL_ERROR;
    if (lo || hi) return vm_raise(vm, &type_IndexError, "range object index out of range");
    return range_at(vm, r, i);
}

/* One bound of a slice as a Python int clamped to [lower, upper]
** (CPython's _PySlice_GetLongIndices, which works for any length). */
static Value slice_bound_big(VM *vm, Value v, Value dflt, Value len, Value lower, Value upper) {
    if (v == VAL_NONE) return dflt;
    if (!val_is_index(v))
        return vm_raise(vm, &type_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    Value i = exact_index(vm, v);
    if (val_is_error(i)) return i;
    int neg = sign_of(vm, i);
    if (neg == -2) return VAL_ERROR;
    if (neg < 0) {
        i = op(vm, i, len, BINOP_ADD);
        if (val_is_error(i)) return i;
        int lt = cmp(vm, i, lower, CMPOP_LT);
        if (lt < 0) return VAL_ERROR;
        return lt ? lower : i;
    }
    int gt = cmp(vm, i, upper, CMPOP_GT);
    if (gt < 0) return VAL_ERROR;
    return gt ? upper : i;
}

static Value range_slice(VM *vm, Value self, Value key) {
    RangeObj *r = as_range(self);
    SliceObj *sl = (SliceObj *)val_as_obj(key);
    Value step = val_from_small(1);
    if (sl->step != VAL_NONE) {
        if (!val_is_index(sl->step))
            return vm_raise(vm, &type_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
        step = exact_index(vm, sl->step);
        if (val_is_error(step)) return step;
    }
    int sg = sign_of(vm, step);
    if (sg == -2) return VAL_ERROR;
    if (sg == 0) return vm_raise(vm, &type_ValueError, "slice step cannot be zero");
    Value lower = sg < 0 ? val_from_small(-1) : val_from_small(0);
    Value upper = sg < 0 ? op(vm, r->length, lower, BINOP_ADD) : r->length;
    if (val_is_error(upper)) return upper;
    Value a = slice_bound_big(vm, sl->start, sg < 0 ? upper : lower, r->length, lower, upper);
    if (val_is_error(a)) return a;
    Value b = slice_bound_big(vm, sl->stop, sg < 0 ? lower : upper, r->length, lower, upper);
    if (val_is_error(b)) return b;
    Value nstart = range_at(vm, r, a);
    if (val_is_error(nstart)) return nstart;
    Value nstop = range_at(vm, r, b);
    if (val_is_error(nstop)) return nstop;
    Value nstep = op(vm, r->step, step, BINOP_MULTIPLY);
    if (val_is_error(nstep)) return nstep;
    return range_make(vm, &type_range, nstart, nstop, nstep);
}

static Value range_subscript(VM *vm, Value self, Value key) {
    if (val_is_slice(key)) return range_slice(vm, self, key);
    if (val_is_index(key)) return range_item(vm, self, key);
    return vm_raise(vm, &type_TypeError, "range indices must be integers or slices, not %T", key);
}

/* For an int [x]: 1 if in the range, 0 if not; -1 on error. */
static int range_contains_int(VM *vm, RangeObj *r, Value x) {
    if (all_small(r->start, r->stop, r->step) && val_is_int(x)) {
        int64_t s = val_as_int(r->start), e = val_as_int(r->stop), st = val_as_int(r->step),
                v = val_as_int(x);
        if (st > 0 ? (v < s || v >= e) : (v > s || v <= e)) return 0;
        return (v - s) % st == 0;
    }
    int sg = sign_of(vm, r->step);
    if (sg == -2) return -1;
    int in;
    if (sg > 0) {
        int a = cmp(vm, r->start, x, CMPOP_LE), b = a > 0 ? cmp(vm, x, r->stop, CMPOP_LT) : 0;
        if (a < 0 || b < 0) return -1;
        in = a && b;
    } else {
        int a = cmp(vm, r->stop, x, CMPOP_LT), b = a > 0 ? cmp(vm, x, r->start, CMPOP_LE) : 0;
        if (a < 0 || b < 0) return -1;
        in = a && b;
    }
    if (!in) return 0;
    Value d = op(vm, x, r->start, BINOP_SUBTRACT);
    if (val_is_error(d)) return -1;
    d = op(vm, d, r->step, BINOP_REMAINDER);
    if (val_is_error(d)) return -1;
    int z = sign_of(vm, d);
    return z == -2 ? -1 : z == 0;
}

static bool is_exact_int(Value v) {
    return val_is_int(v) || val_is_bool(v) || val_is_type(v, &type_int);
}

/* Linear search through the iterator for non-int items; count or first index. */
static int64_t range_search(VM *vm, Value self, Value x, bool count) {
    Value it = obj_iter(vm, self);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    gc_push_root(vm, &x);
    int64_t n = 0, i = 0, result = count ? 0 : -2;
    for (;; i++) {
        Value v = obj_next(vm, it);
        if (val_is_null(v)) break;
        if (val_is_error(v)) {
            result = -1;
            break;
        }
        int eq = item_eq(vm, v, x);
        if (eq < 0) {
            result = -1;
            break;
        }
        if (eq && !count) {
            result = i;
            break;
        }
        n += eq;
    }
    gc_pop_roots(vm, 2);
    return count && result == 0 ? n : result;
}

static int range_contains(VM *vm, Value self, Value x) {
    if (is_exact_int(x)) return range_contains_int(vm, as_range(self), x);
    int64_t r = range_search(vm, self, x, false);
    return r == -1 ? -1 : r >= 0;
}

static Value range_richcompare(VM *vm, Value a, Value b, int opc) {
    if (!val_is_type(a, &type_range) || !val_is_type(b, &type_range) ||
        (opc != CMPOP_EQ && opc != CMPOP_NE))
        return VAL_NOTIMPL;
    RangeObj *x = as_range(a), *y = as_range(b);
    int eq;
    if (a == b) {
        eq = 1;
    } else {
        eq = obj_eq(vm, x->length, y->length);
        if (eq > 0 && sign_of(vm, x->length) != 0) {
            eq = obj_eq(vm, x->start, y->start);
            if (eq > 0 && obj_eq(vm, x->length, val_from_small(1)) == 0)
                eq = obj_eq(vm, x->step, y->step);
        }
    }
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(opc == CMPOP_EQ ? eq : !eq);
}

static int64_t range_hash(VM *vm, Value self) {
    RangeObj *r = as_range(self);
    Value t[3] = {r->length, VAL_NONE, VAL_NONE};
    int s = sign_of(vm, r->length);
    if (s == -2) return -1;
    if (s != 0) {
        t[1] = r->start;
        int one = obj_eq(vm, r->length, val_from_small(1));
        if (one < 0) return -1;
        if (!one) t[2] = r->step;
    }
    return tuple_hash_items(vm, t, 3);
}

/* ---- iterator ---- */

static void rangeiter_traverse(Obj *o, GCVisitor *gv) {
    RangeIterObj *it = (RangeIterObj *)o;
    gc_visit(gv, it->vnext);
    gc_visit(gv, it->vstep);
    gc_visit(gv, it->vremaining);
    gc_visit(gv, it->vstart);
    gc_visit(gv, it->vlen);
}

static Value rangeiter_make(VM *vm, Value start, Value step, Value len) {
    RangeIterObj *it = gc_alloc(vm, &type_range_iterator, sizeof(RangeIterObj));
    if (!it) return VAL_ERROR;
    it->vnext = it->vstart = start;
    it->vstep = step;
    it->vremaining = it->vlen = len;
    if (all_small(start, step, len)) {
        int64_t s = val_as_int(start), st = val_as_int(step), n = val_as_int(len);
        /* the last value start + (n-1)*step must fit: true for 48-bit operands
        ** unless step is huge; then use the generic path */
        if (st < (INT64_C(1) << 15) && st > -(INT64_C(1) << 15)) {
            it->small = true;
            it->next = s;
            it->step = st;
            it->remaining = n;
        }
    }
    return val_from_obj(it);
}

static Value range_iter(VM *vm, Value self) {
    RangeObj *r = as_range(self);
    return rangeiter_make(vm, r->start, r->step, r->length);
}

static Value rangeiter_next(VM *vm, Value self) {
    RangeIterObj *it = (RangeIterObj *)val_as_obj(self);
    if (it->small) {
        if (it->remaining <= 0) return VAL_NULL;
        it->remaining--;
        int64_t v = it->next;
        it->next += it->step;
        return int_from_i64(vm, v);
    }
    int s = sign_of(vm, it->vremaining);
    if (s == -2) return VAL_ERROR;
    if (s <= 0) return VAL_NULL;
    Value v = it->vnext;
    Value n = op(vm, v, it->vstep, BINOP_ADD);
    if (val_is_error(n)) return n;
    Value rem = op(vm, it->vremaining, val_from_small(1), BINOP_SUBTRACT);
    if (val_is_error(rem)) return rem;
    it = (RangeIterObj *)val_as_obj(self);
    it->vnext = n;
    it->vremaining = rem;
    return v;
}

static Value iter_self(VM *vm, Value self) { return self; }

static Value rangeiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    RangeIterObj *it = (RangeIterObj *)val_as_obj(args[0]);
    if (it->small) return int_from_i64(vm, it->remaining > 0 ? it->remaining : 0);
    return it->vremaining;
}

/* The iterator's (next, remaining, step) as Python ints. */
static bool rangeiter_state(VM *vm, RangeIterObj *it, Value *next, Value *rem, Value *step) {
    if (!it->small) {
        *next = it->vnext, *rem = it->vremaining, *step = it->vstep;
        return true;
    }
    *next = int_from_i64(vm, it->next);
    *rem = int_from_i64(vm, it->remaining > 0 ? it->remaining : 0);
    *step = int_from_i64(vm, it->step);
    return !val_is_error(*next) && !val_is_error(*rem) && !val_is_error(*step);
}

/* (iter, (range(start, start + len*step, step),), index): the range it
** started from and how far it got, as CPython 3.11 pickles it. */
static Value rangeiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    RangeIterObj *it = (RangeIterObj *)val_as_obj(args[0]);
    Value a[3], next, rem;
    if (!rangeiter_state(vm, it, &next, &rem, &a[2])) return VAL_ERROR;
    Value index = op(vm, it->vlen, rem, BINOP_SUBTRACT);
    if (val_is_error(index)) return index;
    Value span = op(vm, it->vlen, it->vstep, BINOP_MULTIPLY);
    if (val_is_error(span)) return span;
    a[0] = it->vstart;
    a[1] = op(vm, it->vstart, span, BINOP_ADD);
    if (val_is_error(a[1])) return a[1];
    Value r = obj_call(vm, val_from_obj(&type_range), a, 3, VAL_NULL);
    if (val_is_error(r)) return r;
    Value t = tuple_pack(vm, 1, r);
    return val_is_error(t) ? t : iter_reduce(vm, "iter", t, index);
}

/* __setstate__(n): go on from the n-th value of the range (clamped). */
static Value rangeiter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t k;
    if (iter_state_index(vm, args, nargs, &k) < 0) return VAL_ERROR;
    RangeIterObj *it = (RangeIterObj *)val_as_obj(args[0]);
    Value kv = int_from_i64(vm, k < 0 ? 0 : k);
    if (val_is_error(kv)) return kv;
    int more = cmp(vm, kv, it->vlen, CMPOP_GT);
    if (more < 0) return VAL_ERROR;
    if (more) kv = it->vlen;
    Value span = op(vm, kv, it->vstep, BINOP_MULTIPLY);
    if (val_is_error(span)) return span;
    Value next = op(vm, it->vstart, span, BINOP_ADD);
    if (val_is_error(next)) return next;
    Value rem = op(vm, it->vlen, kv, BINOP_SUBTRACT);
    if (val_is_error(rem)) return rem;
    it = (RangeIterObj *)val_as_obj(args[0]);
    it->vnext = next;
    it->vremaining = rem;
    if (it->small) {
        /* kv <= len, a small int: the new position is within the range */
        int64_t kk = val_as_int(kv);
        it->next = val_as_int(it->vstart) + kk * it->step;
        it->remaining = val_as_int(it->vlen) - kk;
    }
    return VAL_NONE;
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {"__reduce__", rangeiter_reduce, 0, NULL},
    {"__setstate__", rangeiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .iter = iter_self,
    .iternext = rangeiter_next,
    .traverse = rangeiter_traverse,
};

/* ---- methods ---- */

static Value range_reversed_m(VM *vm, Value *args, int nargs, Value kwnames) {
    RangeObj *r = as_range(args[0]);
    Value last = VAL_NULL;
    int s = sign_of(vm, r->length);
    if (s == -2) return VAL_ERROR;
    if (s == 0) {
        last = r->start;
    } else {
        Value n1 = op(vm, r->length, val_from_small(1), BINOP_SUBTRACT);
        if (val_is_error(n1)) return n1;
        last = range_at(vm, r, n1);
        if (val_is_error(last)) return last;
    }
    Value nstep = op(vm, val_from_small(0), r->step, BINOP_SUBTRACT);
    if (val_is_error(nstep)) return nstep;
    return rangeiter_make(vm, last, nstep, r->length);
}

static Value one_arg(VM *vm, const char *name, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 2)
        return vm_raise(vm, &type_TypeError, "%s() takes exactly one argument (%d given)", name, nargs - 1);
    return VAL_NONE;
}

static Value range_count_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "range.count", nargs, kwnames))) return VAL_ERROR;
    if (is_exact_int(args[1])) {
        int r = range_contains_int(vm, as_range(args[0]), args[1]);
        return r < 0 ? VAL_ERROR : val_from_small(r);
    }
    int64_t n = range_search(vm, args[0], args[1], true);
    return n < 0 ? VAL_ERROR : int_from_i64(vm, n);
}

static Value range_index_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(one_arg(vm, "range.index", nargs, kwnames))) return VAL_ERROR;
    RangeObj *r = as_range(args[0]);
    Value x = args[1];
    if (is_exact_int(x)) {
        int in = range_contains_int(vm, r, x);
        if (in < 0) return VAL_ERROR;
        if (!in) return vm_raise(vm, &type_ValueError, "%R is not in range", x);
        Value d = op(vm, x, r->start, BINOP_SUBTRACT);
        if (val_is_error(d)) return d;
        return op(vm, d, r->step, BINOP_FLOOR_DIVIDE);
    }
    int64_t i = range_search(vm, args[0], x, false);
    if (i == -1) return VAL_ERROR;
    if (i == -2) return vm_raise(vm, &type_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, i);
}

static Value range_reduce_m(VM *vm, Value *args, int nargs, Value kwnames) {
    RangeObj *r = as_range(args[0]);
    Value t = tuple_pack(vm, 3, r->start, r->stop, r->step);
    if (val_is_error(t)) return t;
    return tuple_pack(vm, 2, val_from_obj(&type_range), t);
}

static Value range_get_start(VM *vm, Value self) { return as_range(self)->start; }
static Value range_get_stop(VM *vm, Value self) { return as_range(self)->stop; }
static Value range_get_step(VM *vm, Value self) { return as_range(self)->step; }

/* start, stop and step are read-only members in CPython */
static int range_set_readonly(VM *vm, Value self, Value v) {
    vm_raise(vm, &type_AttributeError, "readonly attribute");
    return -1;
}

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, range_set_readonly},
    {"stop", range_get_stop, range_set_readonly},
    {"step", range_get_step, range_set_readonly},
    {NULL, NULL, NULL},
};

static const MethodDef range_methods[] = {
    {"count", range_count_m, 0, NULL},
    {"index", range_index_m, 0, NULL},
    {"__reversed__", range_reversed_m, 0, NULL},
    {"__reduce__", range_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range = {
    .hdr = STATIC_TYPE_HDR,
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .bool_ = range_bool,
    .new_ = range_new_slot,
    .traverse = range_traverse,
};

int setup_range(VM *vm) {
    if (type_add_methods(vm, &type_range, range_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_range, range_getsets) < 0) return -1;
    return type_add_methods(vm, &type_range_iterator, rangeiter_methods);
}
