/*
** weakref.c -- weakref.ref (ReferenceType) and the native _weakref module.
**
** A weakref does not keep its referent alive: the GC does not trace
** WeakRefObj.referent. Instead every weakref sits in vm->weak_table under
** its referent, and after marking the collector calls weakref_gc_clear,
** which clears the weakrefs of unmarked referents and queues their
** callbacks (run later at a safepoint, never during the collection).
** Proxies, WeakValueDictionary and friends are written in Python on top of
** this (lib/weakref.py).
*/
#include <stdlib.h>

#include "objects/weakref.h"
#include "runtime/import.h"
#include "runtime/names.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

typedef struct WeakSlot {
    Obj *key;                 /* NULL: empty */
    WeakRefObj *head;
} WeakSlot;

struct WeakTable {
    WeakSlot *slots;
    size_t cap;               /* a power of two, or 0 */
    size_t count;
};

static inline WeakRefObj *as_weakref(Value v) { return (WeakRefObj *)val_as_obj(v); }

/* ---- the table: referent -> chain of weakrefs ---- */

static size_t ptr_hash(Obj *o) {
    uint64_t h = (uint64_t)(uintptr_t)o;
    h ^= h >> 33;
    h *= UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 29;
    return (size_t)h;
}

static WeakSlot *table_find(WeakSlot *slots, size_t cap, Obj *key) {
    size_t i = ptr_hash(key) & (cap - 1);
    while (slots[i].key && slots[i].key != key) i = (i + 1) & (cap - 1);
    return &slots[i];
}

static struct WeakTable *table_of(VM *vm) {
    if (!vm->weak_table) vm->weak_table = calloc(1, sizeof(struct WeakTable));
    return vm->weak_table;
}

static int table_grow(struct WeakTable *wt) {
    size_t cap = wt->cap ? wt->cap * 2 : 64;
    WeakSlot *slots = calloc(cap, sizeof(WeakSlot));
    if (!slots) return -1;
    for (size_t i = 0; i < wt->cap; i++)
        if (wt->slots[i].key) *table_find(slots, cap, wt->slots[i].key) = wt->slots[i];
    free(wt->slots);
    wt->slots = slots;
    wt->cap = cap;
    return 0;
}

/* The chain head of [o] (NULL when o has no weakrefs). */
static WeakRefObj *chain_of(VM *vm, Obj *o) {
    struct WeakTable *wt = vm->weak_table;
    if (!wt || !wt->cap) return NULL;
    WeakSlot *s = table_find(wt->slots, wt->cap, o);
    return s->key ? s->head : NULL;
}

/* Put [w] in its referent's chain: a plain ref first (so that it can be
** shared), every other weakref at the end. Returns 0 or -1 (MemoryError). */
static int chain_add(VM *vm, WeakRefObj *w, bool first) {
    struct WeakTable *wt = table_of(vm);
    if (!wt || ((wt->count + 1) * 2 > wt->cap && table_grow(wt) < 0)) {
        vm_raise_nomem(vm);
        return -1;
    }
    WeakSlot *s = table_find(wt->slots, wt->cap, w->referent);
    if (!s->key) {
        s->key = w->referent;
        s->head = NULL;
        wt->count++;
    }
    WeakRefObj **link = &s->head;
    if (!first)
        while (*link) link = &(*link)->next;
    w->next = *link;
    *link = w;
    return 0;
}

static bool obj_alive(Obj *o) { return (o->flags & (OBJ_MARK | OBJ_STATIC)) != 0; }

/* Reverse a chain, so callbacks run newest first as in CPython. */
static WeakRefObj *chain_reverse(WeakRefObj *w) {
    WeakRefObj *prev = NULL;
    while (w) {
        WeakRefObj *next = w->next;
        w->next = prev;
        prev = w;
        w = next;
    }
    return prev;
}

/* Clear the weakrefs of a dead referent; queue the callbacks of live ones. */
static void clear_chain(VM *vm, WeakRefObj *w, void (*queue)(VM *vm, Value wr)) {
    for (w = chain_reverse(w); w;) {
        WeakRefObj *next = w->next;
        w->referent = NULL;
        w->next = NULL;
        if (obj_alive(&w->hdr) && !val_is_none(w->callback)) queue(vm, val_from_obj(w));
        w = next;
    }
}

/* Drop the dead weakrefs from a live referent's chain; returns the chain. */
static WeakRefObj *prune_chain(WeakRefObj *head) {
    WeakRefObj **link = &head;
    while (*link) {
        WeakRefObj *w = *link;
        if (obj_alive(&w->hdr)) {
            link = &w->next;
        } else {
            w->referent = NULL;
            *link = w->next;
            w->next = NULL;
        }
    }
    return head;
}

void weakref_gc_clear(VM *vm, void (*queue)(VM *vm, Value wr)) {
    struct WeakTable *wt = vm->weak_table;
    if (!wt || !wt->count) return;
    WeakSlot *old = wt->slots;
    size_t oldcap = wt->cap;
    WeakSlot *slots = calloc(oldcap, sizeof(WeakSlot));
    if (!slots) abort();  /* a collection cannot stop half-way */
    size_t count = 0;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key) continue;
        if (!obj_alive(old[i].key)) {
            clear_chain(vm, old[i].head, queue);
            continue;
        }
        WeakRefObj *head = prune_chain(old[i].head);
        if (!head) continue;
        WeakSlot *s = table_find(slots, oldcap, old[i].key);
        s->key = old[i].key;
        s->head = head;
        count++;
    }
    free(old);
    wt->slots = slots;
    wt->count = count;
}

void weakref_free_table(VM *vm) {
    struct WeakTable *wt = vm->weak_table;
    if (!wt) return;
    free(wt->slots);
    free(wt);
    vm->weak_table = NULL;
}

/* ---- which objects can be weakly referenced ---- */

bool weakref_supported(Type *t) { return (t->flags & TYPE_WEAKREFABLE) != 0; }

Value weakref_first(VM *vm, Value o) {
    if (!val_is_obj(o)) return VAL_NONE;
    WeakRefObj *w = chain_of(vm, val_as_obj(o));
    return w ? val_from_obj(w) : VAL_NONE;
}

/* ---- ReferenceType ---- */

static Value weakref_make(VM *vm, Type *cls, Value obj, Value callback) {
    if (!val_is_obj(obj) || !weakref_supported(val_type(obj)))
        return vm_raise(vm, &type_TypeError, "cannot create weak reference to '%s' object",
                        type_name(val_type(obj)));
    if (val_is_null(callback)) callback = VAL_NONE;
    bool plain = cls == &type_weakref && val_is_none(callback);
    if (plain) {
        WeakRefObj *head = chain_of(vm, val_as_obj(obj));
        if (head && head->hdr.type == &type_weakref && val_is_none(head->callback))
            return val_from_obj(head);
    }
    WeakRefObj *w = gc_alloc_instance(vm, cls, sizeof(WeakRefObj));
    if (!w) return VAL_ERROR;
    w->referent = val_as_obj(obj);
    w->callback = callback;
    w->hash = -1;
    if (chain_add(vm, w, plain) < 0) {
        w->referent = NULL;
        return VAL_ERROR;
    }
    return val_from_obj(w);
}

Value weakref_new_internal(VM *vm, Value o) {
    WeakRefObj *w = gc_alloc(vm, &type_weakref, sizeof(WeakRefObj));
    if (!w) return VAL_ERROR;
    w->referent = val_as_obj(o);
    w->callback = VAL_NONE;
    w->hash = -1;
    if (chain_add(vm, w, false) < 0) {
        w->referent = NULL;
        return VAL_ERROR;
    }
    return val_from_obj(w);
}

static Value weakref_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!val_is_null(kwnames) && as_tuple(kwnames)->len > 0)
        return vm_raise(vm, &type_TypeError, "ref() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1)
            return vm_raise(vm, &type_TypeError, "__new__ expected at least 1 argument, got 0");
        return vm_raise(vm, &type_TypeError, "__new__ expected at most 2 arguments, got %d", nargs);
    }
    return weakref_make(vm, cls, args[0], nargs > 1 ? args[1] : VAL_NONE);
}

/* ref.__init__ accepts what __new__ took (subclasses add arguments). */
static int weakref_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) { return 0; }

static Value weakref_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (!val_is_null(kwnames) && as_tuple(kwnames)->len > 0)
        return vm_raise(vm, &type_TypeError, "weakref() takes no keyword arguments");
    if (nargs != 0)
        return vm_raise(vm, &type_TypeError, "weakref expected 0 arguments, got %d", nargs);
    WeakRefObj *w = as_weakref(self);
    return w->referent ? val_from_obj(w->referent) : VAL_NONE;
}

static int64_t weakref_hash(VM *vm, Value self) {
    WeakRefObj *w = as_weakref(self);
    if (w->hash != -1) return w->hash;
    if (!w->referent) {
        vm_raise(vm, &type_TypeError, "weak object has gone away");
        return -1;
    }
    int64_t h = obj_hash(vm, val_from_obj(w->referent));
    if (h == -1) return -1;
    w->hash = h;
    return h;
}

static Value weakref_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_isinstance(a, &type_weakref) ||
        !val_isinstance(b, &type_weakref))
        return VAL_NOTIMPL;
    WeakRefObj *x = as_weakref(a), *y = as_weakref(b);
    if (!x->referent || !y->referent) {
        bool same = x == y;
        return val_from_bool(op == CMPOP_EQ ? same : !same);
    }
    /* compare the referents; root them: __eq__ may run Python code */
    Value ra = val_from_obj(x->referent), rb = val_from_obj(y->referent);
    gc_push_root(vm, &ra);
    gc_push_root(vm, &rb);
    Value r = obj_richcompare(vm, ra, rb, op);
    gc_pop_roots(vm, 2);
    return r;
}

static Value weakref_repr(VM *vm, Value self) {
    WeakRefObj *w = as_weakref(self);
    if (!w->referent) return str_format(vm, "<weakref at %p; dead>", (void *)w);
    Value o = val_from_obj(w->referent);
    gc_push_root(vm, &o);
    Value name = obj_lookup_attr(vm, o, NAME(vm, __name__));
    gc_pop_roots(vm, 1);
    if (val_is_error(name)) {
        vm_clear_exc(vm);
        name = VAL_NULL;
    }
    if (!val_is_null(name) && val_is_str(name))
        return str_format(vm, "<weakref at %p; to '%s' at %p (%U)>", (void *)w,
                          type_name(w->referent->type), (void *)w->referent, name);
    return str_format(vm, "<weakref at %p; to '%s' at %p>", (void *)w, type_name(w->referent->type),
                      (void *)w->referent);
}

static void weakref_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((WeakRefObj *)o)->callback); }

static Value weakref_get_callback(VM *vm, Value self) { return as_weakref(self)->callback; }

static Value weakref_class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__class_getitem__", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    return generic_alias_new(vm, args[0], args[1]);
}

static const MethodDef weakref_methods[] = {
    {"__class_getitem__", weakref_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL, NULL, NULL},
};

Type type_weakref = {
    .hdr = STATIC_TYPE_HDR,
    .name = "weakref.ReferenceType",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(WeakRefObj),
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_new,
    .init = weakref_init,
    .traverse = weakref_traverse,
};

/* ---- the _weakref module ---- */

static Value mod_getweakrefcount(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getweakrefcount", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t n = 0;
    if (val_is_obj(args[0]))
        for (WeakRefObj *w = chain_of(vm, val_as_obj(args[0])); w; w = w->next) n++;
    return val_from_small(n);
}

static Value mod_getweakrefs(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getweakrefs", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value l = list_new(vm, 0);
    if (val_is_error(l) || !val_is_obj(args[0])) return l;
    for (WeakRefObj *w = chain_of(vm, val_as_obj(args[0])); w; w = w->next)
        if (list_append(vm, l, val_from_obj(w)) < 0) return VAL_ERROR;
    return l;
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead ref. */
static Value mod_remove_dead_weakref(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "_remove_dead_weakref", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    if (!val_isinstance(args[0], &type_dict))
        return vm_raise(vm, &type_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    Value v = dict_get(vm, args[0], args[1]);
    if (val_is_error(v)) return v;
    if (val_is_null(v)) return VAL_NONE;
    if (val_isinstance(v, &type_weakref) && !as_weakref(v)->referent &&
        dict_del(vm, args[0], args[1]) < 0)
        return VAL_ERROR;
    return VAL_NONE;
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", mod_getweakrefcount, 0, NULL},
    {"getweakrefs", mod_getweakrefs, 0, NULL},
    {"_remove_dead_weakref", mod_remove_dead_weakref, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Built-in types whose instances CPython lets one weakly reference. */
void weakref_mark_builtin_types(void) {
    Type *types[] = {&type_type, &type_function, &type_builtin_function, &type_method,
                     &type_set, &type_frozenset, &type_generator, &type_coroutine,
                     &type_async_generator, &type_code, &type_module, &type_memoryview};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) types[i]->flags |= TYPE_WEAKREFABLE;
}

Value weakref_module_init(VM *vm) {
    if (type_ready(vm, &type_weakref) < 0 || type_add_methods(vm, &type_weakref, weakref_methods) < 0 ||
        type_add_getsets(vm, &type_weakref, weakref_getsets) < 0)
        return VAL_ERROR;
    Value m = native_module_new(vm, "_weakref", weakref_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set_cstr(vm, d, "ref", val_from_obj(&type_weakref)) < 0 ||
        dict_set_cstr(vm, d, "ReferenceType", val_from_obj(&type_weakref)) < 0)
        return VAL_ERROR;
    return m;
}
