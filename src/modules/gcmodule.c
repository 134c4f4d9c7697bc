/*
** gcmodule.c -- the gc module over the precise collector (runtime/gc.c).
**
** There is no reference counting and there are no generations: collect()
** runs a full mark and sweep, then the weakref callbacks and __del__
** methods it found, and returns the number of objects freed. disable() is
** only recorded (isenabled()); memory is still reclaimed, since nothing
** else would free it.
*/
#include <stdint.h>
#include <stdlib.h>

#include "modules/modules.h"
#include "runtime/frame.h"
#include "runtime/import.h"

static Value gc_collect_fn(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"generation", NULL};
    Value a[1];
    if (vm_parse_args(vm, "collect", args, nargs, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    if (!val_is_null(a[0])) {
        int64_t g;
        if (obj_index_i64(vm, a[0], &g, &type_OverflowError) < 0) return VAL_ERROR;
        if (g < 0 || g > 2) return vm_raise(vm, &type_ValueError, "invalid generation");
    }
    gc_collect(vm);
    size_t freed = vm->gc_freed;
    gc_run_pending(vm);
    return int_from_u64(vm, freed);
}

static Value gc_enable(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "enable", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    vm->gc_disabled = false;
    return VAL_NONE;
}

static Value gc_disable(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "disable", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    vm->gc_disabled = true;
    return VAL_NONE;
}

static Value gc_isenabled(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "isenabled", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(!vm->gc_disabled);
}

static Value gc_get_count(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_count", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    /* allocation since the last collection, in kilobytes, stands for generation 0 */
    size_t kb = vm->bytes_allocated / 1024;
    Value n = int_from_u64(vm, kb);
    if (val_is_error(n)) return n;
    return tuple_pack(vm, 3, n, val_from_small(0), val_from_small(0));
}

static Value gc_get_threshold(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_threshold", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return tuple_pack(vm, 3, val_from_small(700), val_from_small(10), val_from_small(10));
}

static Value gc_set_threshold(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "set_threshold", nargs, kwnames, 1, 3) < 0) return VAL_ERROR;
    for (int i = 0; i < nargs; i++) {
        int64_t v;
        if (obj_index_i64(vm, args[i], &v, &type_OverflowError) < 0) return VAL_ERROR;
    }
    return VAL_NONE;
}

/* Objects the gc module reports as tracked: containers and instances, not
** atomic values. */
static bool is_tracked_type(Type *t) {
    return !(t == &type_str || t == &type_bytes || t == &type_int || t == &type_float ||
             t == &type_complex || t == &type_bool || t == &type_NoneType || t == &type_code ||
             t == &type_builtin_function || t == &type_method_descriptor ||
             t == &type_getset_descriptor);
}

static Value gc_is_tracked(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "is_tracked", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return val_from_bool(val_is_obj(args[0]) && is_tracked_type(val_type(args[0])));
}

static Value gc_is_finalized(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "is_finalized", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return val_from_bool(val_is_obj(args[0]) && (val_as_obj(args[0])->flags & OBJ_FINALIZED));
}

static Value gc_get_objects(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"generation", NULL};
    Value a[1];
    if (vm_parse_args(vm, "get_objects", args, nargs, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    Obj *start = vm->objects;  /* the list itself is allocated above this */
    for (Obj *o = start; o; o = o->gc_next)
        if (is_tracked_type(o->type) && list_append(vm, l, val_from_obj(o)) < 0) return VAL_ERROR;
    return l;
}

/* ---- referents and referrers ---- */

typedef struct CollectVisitor {
    GCVisitor base;
    VM *vm;
    Value list;               /* get_referents: where to add */
    Obj *target;              /* get_referrers: the object looked for */
    bool found;
    bool failed;
} CollectVisitor;

static void visit_collect(GCVisitor *gv, Value v) {
    CollectVisitor *cv = (CollectVisitor *)gv;
    if (cv->failed || !val_is_obj(v) || val_as_obj(v)->type == &type_type) return;
    if (list_append(cv->vm, cv->list, v) < 0) cv->failed = true;
}

static void visit_find(GCVisitor *gv, Value v) {
    CollectVisitor *cv = (CollectVisitor *)gv;
    if (val_is_obj(v) && val_as_obj(v) == cv->target) cv->found = true;
}

static Value gc_get_referents(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_referents", nargs, kwnames, 0, 0x7fffffff) < 0) return VAL_ERROR;
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    CollectVisitor cv = {{visit_collect}, vm, l, NULL, false, false};
    for (int i = 0; i < nargs && !cv.failed; i++)
        if (val_is_obj(args[i]) && is_tracked_type(val_type(args[i])))
            gc_traverse_obj(val_as_obj(args[i]), &cv.base);
    return cv.failed ? VAL_ERROR : l;
}

static Value gc_get_referrers(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_referrers", nargs, kwnames, 0, 0x7fffffff) < 0) return VAL_ERROR;
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    Obj *start = vm->objects;
    for (int i = 0; i < nargs; i++) {
        if (!val_is_obj(args[i])) continue;
        for (Obj *o = start; o; o = o->gc_next) {
            if (!is_tracked_type(o->type) || o == val_as_obj(l)) continue;
            CollectVisitor cv = {{visit_find}, vm, VAL_NULL, val_as_obj(args[i]), false, false};
            gc_traverse_obj(o, &cv.base);
            if (cv.found && list_append(vm, l, val_from_obj(o)) < 0) return VAL_ERROR;
        }
    }
    return l;
}

static Value gc_get_stats(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_stats", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value l = list_new(vm, 0);
    for (int g = 0; g < 3 && !val_is_error(l); g++) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        Value n = int_from_u64(vm, g == 2 ? vm->gc_collections : 0);
        if (val_is_error(n) || dict_set_cstr(vm, d, "collections", n) < 0 ||
            dict_set_cstr(vm, d, "collected", val_from_small(0)) < 0 ||
            dict_set_cstr(vm, d, "uncollectable", val_from_small(0)) < 0 || list_append(vm, l, d) < 0)
            return VAL_ERROR;
    }
    return l;
}

static Value gc_noop(VM *vm, Value *args, int nargs, Value kwnames) { return VAL_NONE; }

static Value gc_get_freeze_count(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_freeze_count", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(0);
}

static Value gc_get_debug(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_debug", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(0);
}

static Value gc_set_debug(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "set_debug", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t v;
    if (obj_index_i64(vm, args[0], &v, &type_OverflowError) < 0) return VAL_ERROR;
    return VAL_NONE;
}

/* ---- finalization at exit ---- */

/* Some object still waits for its __del__ or, a suspended generator, for
** its close(). */
static bool is_finalizable(Obj *o) {
    return !(o->flags & OBJ_FINALIZED) && ((o->type->flags & TYPE_HAS_DEL) || gen_needs_close(o));
}

static bool any_finalizable(VM *vm) {
    for (Obj *o = vm->objects; o; o = o->gc_next)
        if (is_finalizable(o)) return true;
    return false;
}

/* The finalizable objects in the order the main module's globals reach
** them. CPython clears the globals one by one: an instance held by a
** global (or by an attribute of one, or of a class) dies as its global is
** cleared; what sits in containers dies later, when the collector breaks
** the module's cycles. So two walks rank them: first through instances
** and classes only, then through everything. */
typedef struct RankEntry {
    Obj *obj;
    size_t rank;
} RankEntry;

typedef struct RankWalk {
    GCVisitor base;
    Obj **stack;
    size_t n, cap;
    RankEntry *found;         /* sorted by object after each walk */
    size_t nfound, capfound, nsorted;
    bool attrs_only;          /* the first walk */
    bool failed;
} RankWalk;

static void rank_push(GCVisitor *gv, Value v) {
    RankWalk *w = (RankWalk *)gv;
    if (!val_is_obj(v) || w->failed) return;
    Obj *o = val_as_obj(v);
    if (o->flags & OBJ_MARK) return;
    o->flags |= OBJ_MARK;
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 256;
        Obj **p = realloc(w->stack, cap * sizeof *p);
        if (!p) {
            w->failed = true;
            return;
        }
        w->stack = p;
        w->cap = cap;
    }
    w->stack[w->n++] = o;
}

static int rank_cmp_obj(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const RankEntry *)a)->obj, y = (uintptr_t)((const RankEntry *)b)->obj;
    return x < y ? -1 : x > y;
}

/* The rank of [o] from the walks done so far, or SIZE_MAX. */
static size_t rank_of(RankWalk *w, Obj *o) {
    if (!w->nsorted) return SIZE_MAX;
    RankEntry key = {o, 0};
    RankEntry *e = bsearch(&key, w->found, w->nsorted, sizeof key, rank_cmp_obj);
    return e ? e->rank : SIZE_MAX;
}

static void rank_note(RankWalk *w, Obj *o, size_t rank) {
    if (rank_of(w, o) != SIZE_MAX) return;
    if (w->nfound == w->capfound) {
        size_t cap = w->capfound ? w->capfound * 2 : 64;
        RankEntry *p = realloc(w->found, cap * sizeof *p);
        if (!p) {
            w->failed = true;
            return;
        }
        w->found = p;
        w->capfound = cap;
    }
    w->found[w->nfound++] = (RankEntry){o, rank};
}

/* The first walk goes from an instance of a class to its attributes, and
** from a class to its class attributes. */
static void rank_visit_attrs(RankWalk *w, Obj *o) {
    Value d = VAL_NULL;
    if (o->type == &type_type || (o->type->flags & TYPE_TYPE_SUBCLASS)) d = ((Type *)o)->dict;
    else if (o->type->flags & TYPE_HEAP) {
        if (o->flags & OBJ_HAS_DICT) d = *obj_dict_slot(o);
        Type *t = o->type;
        if (t->slot_start)
            for (size_t off = t->slot_start; off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
                rank_push(&w->base, *(Value *)((char *)o + off));
    }
    if (!val_isinstance(d, &type_dict)) return;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) rank_push(&w->base, v);
}

static void rank_walk_from(RankWalk *w, Value v, size_t rank) {
    rank_push(&w->base, v);
    while (w->n && !w->failed) {
        Obj *o = w->stack[--w->n];
        if (is_finalizable(o)) rank_note(w, o, rank);
        if (w->attrs_only) rank_visit_attrs(w, o);
        else gc_traverse_obj(o, &w->base);
    }
}

static void clear_walk_marks(VM *vm) {
    for (Obj *o = vm->objects; o; o = o->gc_next) o->flags &= ~OBJ_MARK;
    for (size_t i = 0; i < vm->nstatic_types; i++) vm->static_types[i]->hdr.flags &= ~OBJ_MARK;
}

/* One walk from every global of [globals] in turn; ranks from [base]. */
static void rank_walk_globals(VM *vm, RankWalk *w, Value globals, size_t base) {
    Value k, v;
    size_t rank = base;
    for (size_t i = 0; dict_next(globals, &i, &k, &v) && !w->failed; rank++)
        rank_walk_from(w, v, rank);
    clear_walk_marks(vm);
    if (w->failed || !w->nfound) return;
    qsort(w->found, w->nfound, sizeof *w->found, rank_cmp_obj);
    w->nsorted = w->nfound;
}

/* Rank every finalizable object the globals reach. The walks allocate
** nothing the collector owns. */
static void rank_by_globals(VM *vm, RankWalk *w, Value globals) {
    w->attrs_only = true;
    rank_walk_globals(vm, w, globals, 0);
    w->attrs_only = false;
    if (!w->failed) rank_walk_globals(vm, w, globals, as_dict(globals)->used);
}

/* Stable-sort the queued finalizers (not the weakref callbacks) by rank. */
static void order_pending(VM *vm, RankWalk *w) {
    for (size_t i = 1; i < vm->npending; i++) {
        struct GCPending p = vm->gc_pending[i];
        if (p.is_callback) continue;
        size_t r = rank_of(w, val_as_obj(p.v));
        size_t j = i;
        while (j > 0 && !vm->gc_pending[j - 1].is_callback &&
               rank_of(w, val_as_obj(vm->gc_pending[j - 1].v)) > r) {
            vm->gc_pending[j] = vm->gc_pending[j - 1];
            j--;
        }
        vm->gc_pending[j] = p;
    }
}

/* Drop __main__ from sys.modules and the VM. */
static void drop_main_module(VM *vm) {
    if (val_isinstance(vm->modules, &type_dict)) {
        Value key = str_from_cstr(vm, "__main__");
        Value cur = val_is_error(key) ? VAL_NULL : dict_get(vm, vm->modules, key);
        if (!val_is_error(cur) && !val_is_null(cur) && cur == vm->main_module)
            (void)dict_del(vm, vm->modules, key);
    }
    vm->main_module = VAL_NONE;
    vm_clear_exc(vm);
}

void gc_finalize_at_exit(VM *vm) {
    if (!vm || (!vm->has_del_types && vm->ngen_watch == 0) || !any_finalizable(vm) || !val_is_type(vm->main_module, &type_module))
        return;
    /* As CPython, which drops __main__ at exit: what only the main module
    ** (and what it reaches) keeps alive dies together, so every __del__
    ** and generator finally runs with the module's globals still in
    ** place, in the order of the globals that held them. */
    Fiber *saved_fiber = vm->fiber;
    vm->fiber = vm->base_fiber;
    Value exc = vm_take_exc(vm);
    vm->last_error = VAL_NULL;
    RankWalk w = {.base = {rank_push}};
    rank_by_globals(vm, &w, ((ModuleObj *)val_as_obj(vm->main_module))->dict);
    drop_main_module(vm);
    gc_collect(vm);
    if (!w.failed) order_pending(vm, &w);
    free(w.stack);
    free(w.found);
    gc_run_pending(vm);
    vm_clear_exc(vm);
    vm->exc = exc;
    vm->fiber = saved_fiber;
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect_fn, 0, NULL},
    {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},
    {"isenabled", gc_isenabled, 0, NULL},
    {"get_count", gc_get_count, 0, NULL},
    {"get_threshold", gc_get_threshold, 0, NULL},
    {"set_threshold", gc_set_threshold, 0, NULL},
    {"is_tracked", gc_is_tracked, 0, NULL},
    {"is_finalized", gc_is_finalized, 0, NULL},
    {"get_objects", gc_get_objects, 0, NULL},
    {"get_referents", gc_get_referents, 0, NULL},
    {"get_referrers", gc_get_referrers, 0, NULL},
    {"get_stats", gc_get_stats, 0, NULL},
    {"get_debug", gc_get_debug, 0, NULL},
    {"set_debug", gc_set_debug, 0, NULL},
    {"freeze", gc_noop, 0, NULL},
    {"unfreeze", gc_noop, 0, NULL},
    {"get_freeze_count", gc_get_freeze_count, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} gc_debug_flags[] = {
    {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
    {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
};

Value gc_module_init(VM *vm) {
    Value m = native_module_new(vm, "gc", gc_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    for (size_t i = 0; i < sizeof gc_debug_flags / sizeof gc_debug_flags[0]; i++)
        if (dict_set_cstr(vm, d, gc_debug_flags[i].name, val_from_small(gc_debug_flags[i].value)) < 0)
            return VAL_ERROR;
    Value garbage = list_new(vm, 0);
    if (val_is_error(garbage) || dict_set_cstr(vm, d, "garbage", garbage) < 0) return VAL_ERROR;
    Value callbacks = list_new(vm, 0);
    if (val_is_error(callbacks) || dict_set_cstr(vm, d, "callbacks", callbacks) < 0) return VAL_ERROR;
    return m;
}
