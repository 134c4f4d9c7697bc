/*
** gcmodule.c -- the gc module over the precise collector (runtime/gc.c).
**
** There is no reference counting and there are no generations: collect()
** runs a full mark and sweep, then the weakref callbacks and __del__
** methods it found, and returns the number of objects freed. disable() is
** only recorded (isenabled()); memory is still reclaimed, since nothing
** else would free it.
*/
#include "modules/modules.h"
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
