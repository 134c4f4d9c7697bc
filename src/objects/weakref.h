/*
** weakref.h -- weak references (objects/weakref.c) and the hooks the
** collector (runtime/gc.c) calls to clear them.
**
** Every weakref is registered in a table keyed by its referent, so the sweep
** can clear the weakrefs of dead objects without walking the whole heap, and
** ref(o) finds the plain ref it can share.
*/
#ifndef PIPIT_WEAKREF_H
#define PIPIT_WEAKREF_H

#include "runtime/vm.h"

typedef struct WeakRefObj {
    Obj hdr;
    Obj *referent;            /* NULL once the referent is dead */
    Value callback;           /* callable or None; None once called */
    int64_t hash;             /* -1: not computed yet */
    struct WeakRefObj *next;  /* the next weakref to the same referent */
} WeakRefObj;

extern Type type_weakref;

/* After marking: clear every weakref whose referent is unmarked, drop the
** unmarked weakrefs from the table, and hand each live weakref whose
** callback must run to [queue]. */
void weakref_gc_clear(VM *vm, void (*queue)(VM *vm, Value wr));
/* VM shutdown: free the table. */
void weakref_free_table(VM *vm);

/* Instances of [t] may be weakly referenced. */
bool weakref_supported(Type *t);

/* Flag the built-in types that support weak references (at start-up). */
void weakref_mark_builtin_types(void);

/* A plain weakref to [o] for the core's own use (type.__subclasses__):
** no weakrefability check, no callback. */
Value weakref_new_internal(VM *vm, Value o);
/* The referent of weakref [w], or VAL_NULL once it is dead. */
static inline Value weakref_target(Value w) {
    Obj *r = ((WeakRefObj *)val_as_obj(w))->referent;
    return r ? val_from_obj(r) : VAL_NULL;
}

/* The first weakref to [o], or None (the __weakref__ attribute). */
Value weakref_first(VM *vm, Value o);

Value weakref_module_init(VM *vm);

#endif
