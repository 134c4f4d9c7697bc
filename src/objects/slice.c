/*
** slice.c -- slice objects and the index arithmetic every sequence uses.
*/
#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

Value slice_new(VM *vm, Value start, Value stop, Value step) {
    SliceObj *s = gc_alloc(vm, &type_slice, sizeof(SliceObj));
    if (!s) return VAL_ERROR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return val_from_obj(s);
}

static inline SliceObj *as_slice(Value v) { return (SliceObj *)val_as_obj(v); }

static int slice_bound_i64(VM *vm, Value v, int64_t *out) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (!val_is_index(v)) {
        vm_raise(vm, &type_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return obj_index_i64(vm, v, out, NULL);  /* clamps huge values */
}

int slice_unpack(VM *vm, Value slice, int64_t *start, int64_t *stop, int64_t *step) {
    SliceObj *s = as_slice(slice);
    if (s->step == VAL_NONE) {
        *step = 1;
    } else {
        if (slice_bound_i64(vm, s->step, step) < 0) return -1;
        if (*step == 0) {
            vm_raise(vm, &type_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;  /* so that -step cannot overflow */
    }
    if (s->start == VAL_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_bound_i64(vm, s->start, start) < 0) return -1;
    if (s->stop == VAL_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_bound_i64(vm, s->stop, stop) < 0) return -1;
    return 0;
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t slice_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step) {
    if (slice_unpack(vm, slice, start, stop, step) < 0) return -1;
    return slice_adjust(len, start, stop, *step);
}

/* ---- the type ---- */

static void slice_traverse(Obj *o, GCVisitor *gv) {
    SliceObj *s = (SliceObj *)o;
    gc_visit(gv, s->start);
    gc_visit(gv, s->stop);
    gc_visit(gv, s->step);
}

static Value slice_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, &type_TypeError, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return vm_raise(vm, &type_TypeError, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) return slice_new(vm, VAL_NONE, args[0], VAL_NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static Value slice_repr(VM *vm, Value self) {
    SliceObj *s = as_slice(self);
    return str_format(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_slice(a) || !val_is_slice(b)) return VAL_NOTIMPL;
    SliceObj *x = as_slice(a), *y = as_slice(b);
    Value ta = tuple_pack(vm, 3, x->start, x->stop, x->step);
    if (val_is_error(ta)) return ta;
    gc_push_root(vm, &ta);
    Value tb = tuple_pack(vm, 3, y->start, y->stop, y->step);
    gc_pop_roots(vm, 1);
    if (val_is_error(tb)) return tb;
    gc_push_root(vm, &ta);
    gc_push_root(vm, &tb);
    Value r = seq_richcompare(vm, ta, tb, op);
    gc_pop_roots(vm, 2);
    return r;
}

/* A bound of slice.indices() as a Python int (None stays VAL_NULL). */
static int slice_bound_int(VM *vm, Value v, Value *out) {
    if (v == VAL_NONE) {
        *out = VAL_NULL;
        return 0;
    }
    if (!val_is_index(v)) {
        vm_raise(vm, &type_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = obj_index(vm, v);
    return val_is_error(*out) ? -1 : 0;
}

static int int_lt(VM *vm, Value a, Value b) { return obj_compare_bool(vm, a, b, CMPOP_LT); }

/* [v] made relative to [len] and clamped to [lower, upper], as slice.indices does. */
static Value clamp_bound(VM *vm, Value v, Value len, Value lower, Value upper) {
    int neg = int_lt(vm, v, val_from_small(0));
    if (neg < 0) return VAL_ERROR;
    if (neg) {
        v = obj_binary_op(vm, v, len, BINOP_ADD);
        if (val_is_error(v)) return v;
        int below = int_lt(vm, v, lower);
        if (below < 0) return VAL_ERROR;
        return below ? lower : v;
    }
    int above = int_lt(vm, upper, v);
    if (above < 0) return VAL_ERROR;
    return above ? upper : v;
}

/* (start, stop, step) for [len] in Python ints; all three are ints already. */
static Value indices_of(VM *vm, Value start, Value stop, Value step, Value len) {
    int neg = int_lt(vm, step, val_from_small(0));
    if (neg < 0) return VAL_ERROR;
    Value lower = neg ? val_from_small(-1) : val_from_small(0);
    Value upper = neg ? obj_binary_op(vm, len, lower, BINOP_ADD) : len;
    if (val_is_error(upper)) return upper;
    start = val_is_null(start) ? (neg ? upper : lower) : clamp_bound(vm, start, len, lower, upper);
    if (val_is_error(start)) return start;
    stop = val_is_null(stop) ? (neg ? lower : upper) : clamp_bound(vm, stop, len, lower, upper);
    if (val_is_error(stop)) return stop;
    return tuple_pack(vm, 3, start, stop, step);
}

/* indices(len) for any length, using Python ints (CPython's slice.indices). */
static Value slice_indices_m(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "indices() takes no keyword arguments");
    if (nargs != 2)
        return vm_raise(vm, &type_TypeError, "slice.indices() takes exactly one argument (%d given)", nargs - 1);
    Value v[4] = {VAL_NULL, VAL_NULL, VAL_NULL, VAL_NULL};   /* len, step, start, stop */
    for (int i = 0; i < 4; i++) gc_push_root(vm, &v[i]);
    Value r = VAL_ERROR;
    SliceObj *s = as_slice(args[0]);
    v[0] = obj_index(vm, args[1]);
    if (val_is_error(v[0])) goto out;
    int neglen = int_lt(vm, v[0], val_from_small(0));
    if (neglen) {
        if (neglen > 0) vm_raise(vm, &type_ValueError, "length should not be negative");
        goto out;
    }
    if (slice_bound_int(vm, s->step, &v[1]) < 0) goto out;
    if (val_is_null(v[1])) v[1] = val_from_small(1);
    int zero = obj_compare_bool(vm, v[1], val_from_small(0), CMPOP_EQ);
    if (zero) {
        if (zero > 0) vm_raise(vm, &type_ValueError, "slice step cannot be zero");
        goto out;
    }
    s = as_slice(args[0]);
    if (slice_bound_int(vm, s->start, &v[2]) < 0) goto out;
    s = as_slice(args[0]);
    if (slice_bound_int(vm, s->stop, &v[3]) < 0) goto out;
    r = indices_of(vm, v[2], v[3], v[1], v[0]);
out:
    gc_pop_roots(vm, 4);
    return r;
}

static Value slice_reduce_m(VM *vm, Value *args, int nargs, Value kwnames) {
    SliceObj *s = as_slice(args[0]);
    Value t = tuple_pack(vm, 3, s->start, s->stop, s->step);
    if (val_is_error(t)) return t;
    return tuple_pack(vm, 2, val_from_obj(&type_slice), t);
}

static Value slice_get_start(VM *vm, Value self) { return as_slice(self)->start; }
static Value slice_get_stop(VM *vm, Value self) { return as_slice(self)->stop; }
static Value slice_get_step(VM *vm, Value self) { return as_slice(self)->step; }

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0, NULL},
    {"__reduce__", slice_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_slice = {
    .hdr = STATIC_TYPE_HDR,
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .repr = slice_repr,
    .hash = hash_unhashable,
    .richcompare = slice_richcompare,
    .new_ = slice_new_slot,
    .traverse = slice_traverse,
};

int setup_slice(VM *vm) {
    if (type_add_methods(vm, &type_slice, slice_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_slice, slice_getsets) < 0) return -1;
    return dict_set_cstr(vm, type_slice.dict, "__hash__", VAL_NONE);
}
