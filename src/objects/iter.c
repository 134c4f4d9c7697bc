/*
** iter.c -- the built-in iteration types: enumerate, zip, map, filter,
** reversed, the old __getitem__ protocol ("iterator") and iter(callable,
** sentinel) ("callable_iterator").
**
** Every next() may run Python code; values obtained from one call are kept
** rooted (in a tuple or the temp-root stack) across the next one.
*/
#include <string.h>

#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

static Value iter_self(VM *vm, Value self) { return self; }

static Value no_kwargs_error(VM *vm, const char *name) {
    return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
}

/* StopIteration/IndexError end an old-protocol iteration quietly. */
static bool clear_if_end(VM *vm, Type *end1, Type *end2) {
    if (vm_exc_matches(vm, end1) || (end2 && vm_exc_matches(vm, end2))) {
        vm_clear_exc(vm);
        return true;
    }
    return false;
}

/* ---- pickling support shared by the iterator types ---- */

Value iter_reduce(VM *vm, const char *fn, Value args, Value state) {
    Value f = dict_get_cstr(vm, vm->builtins, fn);
    if (val_is_null(f) || val_is_error(f))
        return val_is_error(f) ? f : vm_raise(vm, &type_AttributeError, "builtins has no '%s'", fn);
    return val_is_null(state) ? tuple_pack(vm, 2, f, args) : tuple_pack(vm, 3, f, args, state);
}

Value iter_reduce_seq(VM *vm, const char *fn, Value seq, int64_t index, Value empty) {
    Value args = tuple_pack(vm, 1, val_is_null(seq) ? empty : seq);
    if (val_is_error(args)) return args;
    if (val_is_null(seq)) return iter_reduce(vm, fn, args, VAL_NULL);
    Value state = int_from_i64(vm, index);
    if (val_is_error(state)) return state;
    return iter_reduce(vm, fn, args, state);
}

Value iter_reduce_remaining(VM *vm, Value self) {
    Obj *o = val_as_obj(self);
    Type *t = o->type;
    Obj *copy = gc_alloc(vm, t, t->basicsize);
    if (!copy) return VAL_ERROR;
    /* same state past the header: the copy is drained, self keeps its place */
    memcpy((char *)copy + sizeof(Obj), (char *)o + sizeof(Obj), t->basicsize - sizeof(Obj));
    Value c = val_from_obj(copy);
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    gc_push_root(vm, &c);
    gc_push_root(vm, &list);
    int rc = list_extend(vm, list, c);
    Value r = rc < 0 ? VAL_ERROR : tuple_pack(vm, 1, list);
    if (!val_is_error(r)) r = iter_reduce(vm, "iter", r, VAL_NULL);
    gc_pop_roots(vm, 2);
    return r;
}

int iter_state_index(VM *vm, Value *args, int nargs, int64_t *out) {
    if (nargs != 2) {
        vm_raise(vm, &type_TypeError, "__setstate__() takes exactly one argument (%d given)", nargs - 1);
        return -1;
    }
    return obj_index_i64(vm, args[1], out, NULL);
}

/* (type(self), args[, state]), the reduction of map, filter, zip, enumerate. */
static Value reduce_by_type(VM *vm, Value self, Value args, Value state) {
    Value t = val_from_obj(val_type(self));
    return val_is_null(state) ? tuple_pack(vm, 2, t, args) : tuple_pack(vm, 3, t, args, state);
}

/* (first, *rest) as a new tuple. */
static Value tuple_prepend(VM *vm, Value first, Value rest) {
    size_t n = as_tuple(rest)->len;
    Value t = tuple_new(vm, n + 1);
    if (val_is_error(t)) return t;
    as_tuple(t)->items[0] = first;
    for (size_t i = 0; i < n; i++) as_tuple(t)->items[i + 1] = as_tuple(rest)->items[i];
    return t;
}

/* ---- enumerate ---- */

typedef struct EnumerateObj {
    Obj hdr;
    Value it;
    Value count;              /* a Python int */
} EnumerateObj;

static void enumerate_traverse(Obj *o, GCVisitor *gv) {
    EnumerateObj *e = (EnumerateObj *)o;
    gc_visit(gv, e->it);
    gc_visit(gv, e->count);
}

static Value enumerate_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (nargs == 0 && no_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "enumerate() missing required argument 'iterable'");
    if (vm_parse_args(vm, "enumerate", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    Value start = val_from_small(0);
    if (!val_is_null(a[1])) {
        start = obj_index(vm, a[1]);
        if (val_is_error(start)) return start;
    }
    Value it = obj_iter(vm, a[0]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    gc_push_root(vm, &start);
    EnumerateObj *e = gc_alloc_instance(vm, cls, sizeof(EnumerateObj));
    gc_pop_roots(vm, 2);
    if (!e) return VAL_ERROR;
    e->it = it;
    e->count = start;
    return val_from_obj(e);
}

static Value enumerate_next(VM *vm, Value self) {
    EnumerateObj *e = (EnumerateObj *)val_as_obj(self);
    Value item = obj_next(vm, e->it);
    if (val_is_null(item) || val_is_error(item)) return item;
    gc_push_root(vm, &item);
    Value n = e->count;
    Value next = val_is_int(n) && val_as_int(n) < SMALLINT_MAX
                     ? val_from_small(val_as_int(n) + 1)
                     : obj_binary_op(vm, n, val_from_small(1), BINOP_ADD);
    Value r = VAL_ERROR;
    if (!val_is_error(next)) {
        e->count = next;
        r = tuple_pack(vm, 2, n, item);
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value enumerate_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    EnumerateObj *e = (EnumerateObj *)val_as_obj(args[0]);
    Value a = tuple_pack(vm, 2, e->it, e->count);
    return val_is_error(a) ? a : reduce_by_type(vm, args[0], a, VAL_NULL);
}

Type type_enumerate = {
    .hdr = STATIC_TYPE_HDR,
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObj),
    .flags = TYPE_BASETYPE,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .traverse = enumerate_traverse,
};

/* ---- zip ---- */

typedef struct ZipObj {
    Obj hdr;
    Value iters;              /* tuple of iterators */
    bool strict;
} ZipObj;

static void zip_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((ZipObj *)o)->iters); }

/* The iterators of args[0..n) in a new tuple. */
static Value iters_of(VM *vm, Value *args, int n) {
    Value t = tuple_new(vm, (size_t)n);
    if (val_is_error(t)) return t;
    gc_push_root(vm, &t);
    for (int i = 0; i < n; i++) {
        Value it = obj_iter(vm, args[i]);
        if (val_is_error(it)) {
            gc_pop_roots(vm, 1);
            return it;
        }
        as_tuple(t)->items[i] = it;
    }
    gc_pop_roots(vm, 1);
    return t;
}

static Value zip_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = no_kwargs(kwnames) ? 0 : as_tuple(kwnames)->len;
    for (size_t i = 0; i < nkw; i++) {
        Value name = as_tuple(kwnames)->items[i];
        if (!str_eq_cstr(name, "strict"))
            return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int t = obj_truthy(vm, args[nargs + i]);
        if (t < 0) return VAL_ERROR;
        strict = t;
    }
    Value iters = iters_of(vm, args, nargs);
    if (val_is_error(iters)) return iters;
    gc_push_root(vm, &iters);
    ZipObj *z = gc_alloc_instance(vm, cls, sizeof(ZipObj));
    gc_pop_roots(vm, 1);
    if (!z) return VAL_ERROR;
    z->iters = iters;
    z->strict = strict;
    return val_from_obj(z);
}

static Value zip_length_error(VM *vm, size_t i, bool longer) {
    return vm_raise(vm, &type_ValueError, "zip() argument %zu is %s than argument%s%zu", i + 1,
                    longer ? "longer" : "shorter", i == 1 ? " " : "s 1-", i);
}

/* Iterator [i] ran out: in strict mode, find out which argument differs. */
static Value zip_check_strict(VM *vm, Value self, size_t i) {
    Value iters = ((ZipObj *)val_as_obj(self))->iters;
    if (i > 0) return zip_length_error(vm, i, false);
    size_t n = as_tuple(iters)->len;
    for (size_t j = 1; j < n; j++) {
        Value item = obj_next(vm, as_tuple(iters)->items[j]);
        if (val_is_error(item)) return item;
        if (!val_is_null(item)) return zip_length_error(vm, j, true);
    }
    return VAL_NULL;
}

static Value zip_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    ZipObj *z = (ZipObj *)val_as_obj(args[0]);
    return reduce_by_type(vm, args[0], z->iters, z->strict ? VAL_TRUE : VAL_NULL);
}

static Value zip_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__setstate__() takes exactly one argument");
    int truth = obj_truthy(vm, args[1]);
    if (truth < 0) return VAL_ERROR;
    ((ZipObj *)val_as_obj(args[0]))->strict = truth;
    return VAL_NONE;
}

static Value zip_next(VM *vm, Value self) {
    ZipObj *z = (ZipObj *)val_as_obj(self);
    size_t n = as_tuple(z->iters)->len;
    if (n == 0) return VAL_NULL;
    Value result = tuple_new(vm, n);
    if (val_is_error(result)) return result;
    gc_push_root(vm, &result);
    for (size_t i = 0; i < n; i++) {
        Value item = obj_next(vm, as_tuple(((ZipObj *)val_as_obj(self))->iters)->items[i]);
        if (val_is_null(item) && ((ZipObj *)val_as_obj(self))->strict) item = zip_check_strict(vm, self, i);
        if (val_is_null(item) || val_is_error(item)) {
            gc_pop_roots(vm, 1);
            return item;
        }
        as_tuple(result)->items[i] = item;
    }
    gc_pop_roots(vm, 1);
    return result;
}

Type type_zip = {
    .hdr = STATIC_TYPE_HDR,
    .name = "zip",
    .basicsize = sizeof(ZipObj),
    .flags = TYPE_BASETYPE,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
    .traverse = zip_traverse,
};

/* ---- map ---- */

typedef struct MapObj {
    Obj hdr;
    Value func;
    Value iters;              /* tuple */
} MapObj;

static void map_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((MapObj *)o)->func);
    gc_visit(gv, ((MapObj *)o)->iters);
}

static Value map_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (cls == &type_map && !no_kwargs(kwnames)) return no_kwargs_error(vm, "map");
    if (nargs < 2) return vm_raise(vm, &type_TypeError, "map() must have at least two arguments.");
    Value iters = iters_of(vm, args + 1, nargs - 1);
    if (val_is_error(iters)) return iters;
    gc_push_root(vm, &iters);
    MapObj *m = gc_alloc_instance(vm, cls, sizeof(MapObj));
    gc_pop_roots(vm, 1);
    if (!m) return VAL_ERROR;
    m->func = args[0];
    m->iters = iters;
    return val_from_obj(m);
}

static Value map_next(VM *vm, Value self) {
    size_t n = as_tuple(((MapObj *)val_as_obj(self))->iters)->len;
    Value argv = tuple_new(vm, n);
    if (val_is_error(argv)) return argv;
    gc_push_root(vm, &argv);
    Value r = VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value item = obj_next(vm, as_tuple(((MapObj *)val_as_obj(self))->iters)->items[i]);
        if (val_is_null(item) || val_is_error(item)) {
            r = item;
            goto out;
        }
        as_tuple(argv)->items[i] = item;
    }
    r = obj_call(vm, ((MapObj *)val_as_obj(self))->func, as_tuple(argv)->items, (int)n, VAL_NULL);
out:
    gc_pop_roots(vm, 1);
    return r;
}

static Value map_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    MapObj *m = (MapObj *)val_as_obj(args[0]);
    Value a = tuple_prepend(vm, m->func, m->iters);
    return val_is_error(a) ? a : reduce_by_type(vm, args[0], a, VAL_NULL);
}

Type type_map = {
    .hdr = STATIC_TYPE_HDR,
    .name = "map",
    .basicsize = sizeof(MapObj),
    .flags = TYPE_BASETYPE,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
    .traverse = map_traverse,
};

/* ---- filter ---- */

typedef struct FilterObj {
    Obj hdr;
    Value func;               /* None: truthiness */
    Value it;
} FilterObj;

static void filter_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((FilterObj *)o)->func);
    gc_visit(gv, ((FilterObj *)o)->it);
}

static Value filter_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (cls == &type_filter && !no_kwargs(kwnames)) return no_kwargs_error(vm, "filter");
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "filter expected 2 arguments, got %d", nargs);
    Value it = obj_iter(vm, args[1]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    FilterObj *f = gc_alloc_instance(vm, cls, sizeof(FilterObj));
    gc_pop_roots(vm, 1);
    if (!f) return VAL_ERROR;
    f->func = args[0];
    f->it = it;
    return val_from_obj(f);
}

static Value filter_next(VM *vm, Value self) {
    for (;;) {
        FilterObj *f = (FilterObj *)val_as_obj(self);
        Value item = obj_next(vm, f->it);
        if (val_is_null(item) || val_is_error(item)) return item;
        gc_push_root(vm, &item);
        int keep;
        if (f->func == VAL_NONE || f->func == val_from_obj(&type_bool)) {
            keep = obj_truthy(vm, item);
        } else {
            Value r = obj_call1(vm, f->func, item);
            keep = val_is_error(r) ? -1 : obj_truthy(vm, r);
        }
        gc_pop_roots(vm, 1);
        if (keep < 0) return VAL_ERROR;
        if (keep) return item;
    }
}

static Value filter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    FilterObj *f = (FilterObj *)val_as_obj(args[0]);
    Value a = tuple_pack(vm, 2, f->func, f->it);
    return val_is_error(a) ? a : reduce_by_type(vm, args[0], a, VAL_NULL);
}

Type type_filter = {
    .hdr = STATIC_TYPE_HDR,
    .name = "filter",
    .basicsize = sizeof(FilterObj),
    .flags = TYPE_BASETYPE,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
    .traverse = filter_traverse,
};

/* ---- reversed ---- */

typedef struct ReversedObj {
    Obj hdr;
    Value seq;                /* VAL_NULL once exhausted */
    int64_t index;
} ReversedObj;

static void reversed_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((ReversedObj *)o)->seq); }

static Value reversed_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (cls == &type_reversed && !no_kwargs(kwnames)) return no_kwargs_error(vm, "reversed");
    if (nargs != 1) return vm_raise(vm, &type_TypeError, "reversed expected 1 argument, got %d", nargs);
    Value seq = args[0];
    Type *t = val_type(seq);
    Value meth = obj_type_lookup(t, NAME(vm, __reversed__));
    if (meth == VAL_NONE)
        return vm_raise(vm, &type_TypeError, "'%s' object is not reversible", type_name(t));
    if (!val_is_null(meth)) {
        bool found;
        return call_special(vm, seq, NAME(vm, __reversed__), NULL, 0, &found);
    }
    if (!t->getitem || (t->flags & TYPE_DICT_SUBCLASS))
        return vm_raise(vm, &type_TypeError, "'%s' object is not reversible", type_name(t));
    /* a sequence without __len__ fails as len() does */
    if (!t->len) return vm_raise(vm, &type_TypeError, "object of type '%s' has no len()", type_name(t));
    int64_t n = obj_len(vm, seq);
    if (n < 0) return VAL_ERROR;
    ReversedObj *r = gc_alloc_instance(vm, cls, sizeof(ReversedObj));
    if (!r) return VAL_ERROR;
    r->seq = seq;
    r->index = n - 1;
    return val_from_obj(r);
}

static Value reversed_next(VM *vm, Value self) {
    ReversedObj *r = (ReversedObj *)val_as_obj(self);
    if (val_is_null(r->seq) || r->index < 0) {
        r->seq = VAL_NULL;
        return VAL_NULL;
    }
    Value item = obj_getitem(vm, r->seq, val_from_small(r->index));
    r = (ReversedObj *)val_as_obj(self);
    if (!val_is_error(item)) {
        r->index--;
        return item;
    }
    r->seq = VAL_NULL;
    return clear_if_end(vm, &type_IndexError, &type_StopIteration) ? VAL_NULL : VAL_ERROR;
}

static Value reversed_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    ReversedObj *r = (ReversedObj *)val_as_obj(args[0]);
    if (val_is_null(r->seq)) return val_from_small(0);
    int64_t n = obj_len(vm, r->seq);
    if (n < 0) return VAL_ERROR;
    return val_from_small(n < r->index + 1 ? 0 : r->index + 1);
}

static Value reversed_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    ReversedObj *r = (ReversedObj *)val_as_obj(args[0]);
    Value empty = tuple_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "reversed", r->seq, r->index, empty);
}

static Value reversed_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    ReversedObj *r = (ReversedObj *)val_as_obj(args[0]);
    if (val_is_null(r->seq)) return VAL_NONE;
    int64_t n = obj_len(vm, r->seq);
    if (n < 0) return VAL_ERROR;
    r = (ReversedObj *)val_as_obj(args[0]);
    r->index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    return VAL_NONE;
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {"__reduce__", reversed_reduce, 0, NULL},
    {"__setstate__", reversed_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_reversed = {
    .hdr = STATIC_TYPE_HDR,
    .name = "reversed",
    .basicsize = sizeof(ReversedObj),
    .flags = TYPE_BASETYPE,
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .traverse = reversed_traverse,
};

/* ---- the __getitem__ protocol ---- */

typedef struct SeqIterObj {
    Obj hdr;
    Value seq;                /* VAL_NULL once exhausted */
    int64_t index;
} SeqIterObj;

static void seqiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((SeqIterObj *)o)->seq); }

Value seqiter_new(VM *vm, Value seq) {
    SeqIterObj *it = gc_alloc(vm, &type_seq_iterator, sizeof(SeqIterObj));
    if (!it) return VAL_ERROR;
    it->seq = seq;
    return val_from_obj(it);
}

static Value seqiter_next(VM *vm, Value self) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    if (val_is_null(it->seq)) return VAL_NULL;
    Value item = obj_getitem(vm, it->seq, int_from_i64(vm, it->index));
    it = (SeqIterObj *)val_as_obj(self);
    if (!val_is_error(item)) {
        it->index++;
        return item;
    }
    if (!clear_if_end(vm, &type_IndexError, &type_StopIteration)) return VAL_ERROR;
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value seqiter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return val_from_small(0);
    Type *t = val_type(it->seq);
    if (!t->len) return VAL_NOTIMPL;
    int64_t n = obj_len(vm, it->seq);
    if (n < 0) return VAL_ERROR;
    return val_from_small(n > it->index ? n - it->index : 0);
}

static Value seqiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    Value empty = tuple_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "iter", it->seq, it->index, empty);
}

static Value seqiter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    SeqIterObj *it = (SeqIterObj *)val_as_obj(args[0]);
    if (!val_is_null(it->seq)) it->index = i < 0 ? 0 : i;
    return VAL_NONE;
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {"__reduce__", seqiter_reduce, 0, NULL},
    {"__setstate__", seqiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_seq_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .iter = iter_self,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallIterObj {
    Obj hdr;
    Value func;               /* VAL_NULL once exhausted */
    Value sentinel;
} CallIterObj;

static void calliter_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((CallIterObj *)o)->func);
    gc_visit(gv, ((CallIterObj *)o)->sentinel);
}

Value calliter_new(VM *vm, Value callable, Value sentinel) {
    CallIterObj *it = gc_alloc(vm, &type_callable_iterator, sizeof(CallIterObj));
    if (!it) return VAL_ERROR;
    it->func = callable;
    it->sentinel = sentinel;
    return val_from_obj(it);
}

static Value calliter_next(VM *vm, Value self) {
    CallIterObj *it = (CallIterObj *)val_as_obj(self);
    if (val_is_null(it->func)) return VAL_NULL;
    gc_push_root(vm, &self);
    Value r = obj_call0(vm, it->func);
    gc_pop_roots(vm, 1);
    it = (CallIterObj *)val_as_obj(self);
    if (val_is_error(r)) {
        if (!clear_if_end(vm, &type_StopIteration, NULL)) return VAL_ERROR;
        it->func = VAL_NULL;
        return VAL_NULL;
    }
    if (val_is_null(it->func)) return VAL_NULL;   /* exhausted by a reentrant call */
    gc_push_root(vm, &self);
    gc_push_root(vm, &r);
    int eq = item_eq(vm, it->sentinel, r);       /* sentinel == result, as CPython */
    gc_pop_roots(vm, 2);
    if (eq < 0) return VAL_ERROR;
    if (eq) {
        ((CallIterObj *)val_as_obj(self))->func = VAL_NULL;
        return VAL_NULL;
    }
    return r;
}

static Value calliter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    CallIterObj *it = (CallIterObj *)val_as_obj(args[0]);
    Value a = val_is_null(it->func) ? tuple_new(vm, 0) : tuple_pack(vm, 2, it->func, it->sentinel);
    if (val_is_error(a)) return a;
    if (val_is_null(((CallIterObj *)val_as_obj(args[0]))->func)) {
        a = tuple_pack(vm, 1, a);
        if (val_is_error(a)) return a;
    }
    return iter_reduce(vm, "iter", a, VAL_NULL);
}

static const MethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_callable_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObj),
    .iter = iter_self,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
};

static Value class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "__class_getitem__ expected 1 argument, got %d", nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", class_getitem, METH_CLASS, NULL},
    {"__reduce__", enumerate_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, 0, NULL},
    {"__setstate__", zip_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef map_methods[] = {
    {"__reduce__", map_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int setup_iter(VM *vm) {
    if (type_add_methods(vm, &type_reversed, reversed_methods) < 0) return -1;
    if (type_add_methods(vm, &type_enumerate, enumerate_methods) < 0) return -1;
    if (type_add_methods(vm, &type_zip, zip_methods) < 0) return -1;
    if (type_add_methods(vm, &type_map, map_methods) < 0) return -1;
    if (type_add_methods(vm, &type_filter, filter_methods) < 0) return -1;
    if (type_add_methods(vm, &type_callable_iterator, calliter_methods) < 0) return -1;
    return type_add_methods(vm, &type_seq_iterator, seqiter_methods);
}
