/*
** slots.c -- C slots <-> Python dunders.
**
** One table (SLOT_LIST) names every dunder that maps to a slot, the kind of
** call it is, and where the slot lives. From it come the wrapper
** descriptors of built-in types (calling `int.__add__(1, 2)` calls the
** owner's C slot, so super() reaches the right one) and the slots of heap
** classes (a class defining __add__ gets a slot that calls it).
*/
#include <stddef.h>
#include <stdlib.h>

#include "../compiler/opcodes.h"
#include "names.h"
#include "slots.h"
#include "../objects/weakref.h"
#include "typeobject.h"

typedef enum {
    K_UNARY, K_REPR, K_STR, K_HASH, K_LEN, K_BOOL, K_GETITEM, K_SETITEM, K_DELITEM,
    K_CONTAINS, K_ITER, K_NEXT, K_CALL, K_GETATTRIBUTE, K_SETATTR, K_DELATTR,
    K_DESCR_GET, K_DESCR_SET, K_DESCR_DELETE, K_INIT, K_RICHCMP, K_BINARY, K_BINARY_R,
    K_TERNARY, K_TERNARY_R, K_INPLACE, K_INPLACE_TERNARY
} SlotKind;

#define NB(f) offsetof(NumberSlots, f)
#define TP(f) offsetof(Type, f)

/* name, kind, offset (in Type, or in NumberSlots for number kinds), extra (cmp op) */
#define SLOT_LIST(X) \
    X(__repr__, K_REPR, TP(repr), 0) X(__str__, K_STR, TP(str), 0) \
    X(__hash__, K_HASH, TP(hash), 0) X(__len__, K_LEN, TP(len), 0) \
    X(__bool__, K_BOOL, TP(bool_), 0) X(__getitem__, K_GETITEM, TP(getitem), 0) \
    X(__setitem__, K_SETITEM, TP(setitem), 0) X(__delitem__, K_DELITEM, TP(setitem), 0) \
    X(__contains__, K_CONTAINS, TP(contains), 0) X(__iter__, K_ITER, TP(iter), 0) \
    X(__next__, K_NEXT, TP(iternext), 0) X(__call__, K_CALL, TP(call), 0) \
    X(__getattribute__, K_GETATTRIBUTE, TP(getattr), 0) \
    X(__setattr__, K_SETATTR, TP(setattr), 0) X(__delattr__, K_DELATTR, TP(setattr), 0) \
    X(__get__, K_DESCR_GET, TP(descr_get), 0) X(__set__, K_DESCR_SET, TP(descr_set), 0) \
    X(__delete__, K_DESCR_DELETE, TP(descr_set), 0) X(__init__, K_INIT, TP(init), 0) \
    X(__lt__, K_RICHCMP, TP(richcompare), CMPOP_LT) X(__le__, K_RICHCMP, TP(richcompare), CMPOP_LE) \
    X(__eq__, K_RICHCMP, TP(richcompare), CMPOP_EQ) X(__ne__, K_RICHCMP, TP(richcompare), CMPOP_NE) \
    X(__gt__, K_RICHCMP, TP(richcompare), CMPOP_GT) X(__ge__, K_RICHCMP, TP(richcompare), CMPOP_GE) \
    X(__add__, K_BINARY, NB(add), 0) X(__radd__, K_BINARY_R, NB(add), 0) \
    X(__sub__, K_BINARY, NB(sub), 0) X(__rsub__, K_BINARY_R, NB(sub), 0) \
    X(__mul__, K_BINARY, NB(mul), 0) X(__rmul__, K_BINARY_R, NB(mul), 0) \
    X(__truediv__, K_BINARY, NB(truediv), 0) X(__rtruediv__, K_BINARY_R, NB(truediv), 0) \
    X(__floordiv__, K_BINARY, NB(floordiv), 0) X(__rfloordiv__, K_BINARY_R, NB(floordiv), 0) \
    X(__mod__, K_BINARY, NB(mod), 0) X(__rmod__, K_BINARY_R, NB(mod), 0) \
    X(__divmod__, K_BINARY, NB(divmod), 0) X(__rdivmod__, K_BINARY_R, NB(divmod), 0) \
    X(__lshift__, K_BINARY, NB(lshift), 0) X(__rlshift__, K_BINARY_R, NB(lshift), 0) \
    X(__rshift__, K_BINARY, NB(rshift), 0) X(__rrshift__, K_BINARY_R, NB(rshift), 0) \
    X(__and__, K_BINARY, NB(and_), 0) X(__rand__, K_BINARY_R, NB(and_), 0) \
    X(__or__, K_BINARY, NB(or_), 0) X(__ror__, K_BINARY_R, NB(or_), 0) \
    X(__xor__, K_BINARY, NB(xor_), 0) X(__rxor__, K_BINARY_R, NB(xor_), 0) \
    X(__matmul__, K_BINARY, NB(matmul), 0) X(__rmatmul__, K_BINARY_R, NB(matmul), 0) \
    X(__pow__, K_TERNARY, NB(pow), 0) X(__rpow__, K_TERNARY_R, NB(pow), 0) \
    X(__iadd__, K_INPLACE, NB(iadd), 0) X(__isub__, K_INPLACE, NB(isub), 0) \
    X(__imul__, K_INPLACE, NB(imul), 0) X(__itruediv__, K_INPLACE, NB(itruediv), 0) \
    X(__ifloordiv__, K_INPLACE, NB(ifloordiv), 0) X(__imod__, K_INPLACE, NB(imod), 0) \
    X(__ilshift__, K_INPLACE, NB(ilshift), 0) X(__irshift__, K_INPLACE, NB(irshift), 0) \
    X(__iand__, K_INPLACE, NB(iand), 0) X(__ior__, K_INPLACE, NB(ior), 0) \
    X(__ixor__, K_INPLACE, NB(ixor), 0) X(__imatmul__, K_INPLACE, NB(imatmul), 0) \
    X(__ipow__, K_INPLACE_TERNARY, NB(ipow), 0) \
    X(__neg__, K_UNARY, NB(neg), 0) X(__pos__, K_UNARY, NB(pos), 0) \
    X(__abs__, K_UNARY, NB(abs), 0) X(__invert__, K_UNARY, NB(invert), 0) \
    X(__int__, K_UNARY, NB(int_), 0) X(__float__, K_UNARY, NB(float_), 0) \
    X(__index__, K_UNARY, NB(index), 0)

typedef struct SlotDef {
    const char *name;
    SlotKind kind;
    size_t offset;
    int op;
} SlotDef;

#define SLOT_DEF(n, k, off, op) {#n, k, off, op},
static const SlotDef slotdefs[] = {SLOT_LIST(SLOT_DEF)};
#undef SLOT_DEF
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static bool is_number_kind(SlotKind k) {
    return k == K_UNARY || k == K_BINARY || k == K_BINARY_R || k == K_TERNARY ||
           k == K_TERNARY_R || k == K_INPLACE || k == K_INPLACE_TERNARY;
}

/* The slot's function pointer in [t] (NULL when absent). */
static void *slot_ptr(Type *t, const SlotDef *sd) {
    if (is_number_kind(sd->kind)) {
        if (!t->number) return NULL;
        return *(void **)((char *)t->number + sd->offset);
    }
    return *(void **)((char *)t + sd->offset);
}

static void set_slot_ptr(Type *t, const SlotDef *sd, void *fn) {
    if (is_number_kind(sd->kind)) *(void **)((char *)t->number + sd->offset) = fn;
    else *(void **)((char *)t + sd->offset) = fn;
}

/* ---- wrappers: a built-in slot seen as a dunder ---- */

typedef struct SlotWrapperObj {
    Obj hdr;
    Type *owner;
    const SlotDef *def;
} SlotWrapperObj;

typedef struct MethodWrapperObj {
    Obj hdr;
    Value wrapper;
    Value self;
} MethodWrapperObj;

/* object.__setattr__(str, ...) must not bypass the setattr of a built-in
** type (Carlo Verre's hack): the wrapped function has to be the one of the
** nearest built-in class of [self]. Returns the function to call, or NULL
** with the TypeError pending. */
static void *setattr_hack(VM *vm, Value self, void *fn, const char *name) {
    Type *t = val_type(self);
    while (t->base && (t->flags & TYPE_HEAP)) t = t->base;
    if (!t->setattr || (void *)t->setattr == fn) return fn;
    /* our functions and modules keep their attributes with a setattr of
       their own where CPython's use the generic one: use theirs */
    if (t != &type_type && fn == (void *)object_generic_setattr) return (void *)t->setattr;
    vm_raise(vm, &type_TypeError, "can't apply this %s to %s object", name, t->name);
    return NULL;
}

static Value wrapper_bad_args(VM *vm, const SlotDef *sd, int want, int got) {
    if (want == 0)
        return vm_raise(vm, &type_TypeError, "expected 0 arguments, got %d", got);
    return vm_raise(vm, &type_TypeError, "expected %d argument%s, got %d", want,
                    want == 1 ? "" : "s", got);
}

static Value int_result(VM *vm, int r) { return r < 0 ? VAL_ERROR : val_from_bool(r); }

static Value call_wrapped_slot(VM *vm, Type *owner, const SlotDef *sd, Value self,
                               Value *args, int nargs, Value kwnames) {
    void *fn = slot_ptr(owner, sd);
    bool has_kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (sd->kind != K_CALL && sd->kind != K_INIT && has_kw)
        return vm_raise(vm, &type_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
#define NEED(n) if (nargs != (n)) return wrapper_bad_args(vm, sd, (n), nargs)
    switch (sd->kind) {
    case K_UNARY: case K_REPR: case K_STR: case K_ITER:
        NEED(0);
        return ((UnaryFn)fn)(vm, self);
    case K_NEXT: {
        NEED(0);
        Value r = ((UnaryFn)fn)(vm, self);
        if (val_is_null(r)) return vm_raise_value(vm, val_from_obj(&type_StopIteration));
        return r;
    }
    case K_HASH: {
        NEED(0);
        int64_t h = ((int64_t (*)(VM *, Value))fn)(vm, self);
        return h == -1 ? VAL_ERROR : int_from_i64(vm, h);
    }
    case K_LEN: {
        NEED(0);
        int64_t n = ((int64_t (*)(VM *, Value))fn)(vm, self);
        return n < 0 ? VAL_ERROR : int_from_i64(vm, n);
    }
    case K_BOOL:
        NEED(0);
        return int_result(vm, ((int (*)(VM *, Value))fn)(vm, self));
    case K_GETITEM: case K_BINARY:
        NEED(1);
        return ((BinaryFn)fn)(vm, self, args[0]);
    case K_BINARY_R:
        NEED(1);
        return ((BinaryFn)fn)(vm, args[0], self);
    case K_INPLACE:
        NEED(1);
        return ((BinaryFn)fn)(vm, self, args[0]);
    case K_TERNARY: case K_INPLACE_TERNARY:
        if (nargs < 1 || nargs > 2) return wrapper_bad_args(vm, sd, 1, nargs);
        return ((TernaryFn)fn)(vm, self, args[0], nargs == 2 ? args[1] : VAL_NONE);
    case K_TERNARY_R:
        if (nargs < 1 || nargs > 2) return wrapper_bad_args(vm, sd, 1, nargs);
        return ((TernaryFn)fn)(vm, args[0], self, nargs == 2 ? args[1] : VAL_NONE);
    case K_SETITEM: {
        NEED(2);
        int r = ((int (*)(VM *, Value, Value, Value))fn)(vm, self, args[0], args[1]);
        return r < 0 ? VAL_ERROR : VAL_NONE;
    }
    case K_DELITEM: {
        NEED(1);
        int r = ((int (*)(VM *, Value, Value, Value))fn)(vm, self, args[0], VAL_NULL);
        return r < 0 ? VAL_ERROR : VAL_NONE;
    }
    case K_CONTAINS:
        NEED(1);
        return int_result(vm, ((int (*)(VM *, Value, Value))fn)(vm, self, args[0]));
    case K_CALL:
        return ((Value (*)(VM *, Value, Value *, int, Value))fn)(vm, self, args, nargs, kwnames);
    case K_GETATTRIBUTE: {
        NEED(1);
        if (!val_is_str(args[0]))
            return vm_raise(vm, &type_TypeError, "attribute name must be string, not '%T'", args[0]);
        Value r = ((BinaryFn)fn)(vm, self, args[0]);
        if (val_is_null(r)) return raise_attribute_error(vm, self, args[0]);
        return r;
    }
    case K_SETATTR: case K_DELATTR: {
        NEED(sd->kind == K_SETATTR ? 2 : 1);
        if (!val_is_str(args[0]))
            return vm_raise(vm, &type_TypeError, "attribute name must be string, not '%T'", args[0]);
        Value v = sd->kind == K_SETATTR ? args[1] : VAL_NULL;
        void *set = setattr_hack(vm, self, fn, sd->name);
        if (!set) return VAL_ERROR;
        int r = ((int (*)(VM *, Value, Value, Value))set)(vm, self, args[0], v);
        return r < 0 ? VAL_ERROR : VAL_NONE;
    }
    case K_DESCR_GET: {
        if (nargs < 1 || nargs > 2) return wrapper_bad_args(vm, sd, 2, nargs);
        Value obj = args[0] == VAL_NONE ? VAL_NULL : args[0];
        Value type = nargs == 2 ? args[1] : VAL_NONE;
        if (obj == VAL_NULL && type == VAL_NONE)
            return vm_raise(vm, &type_TypeError, "__get__(None, None) is invalid");
        return ((TernaryFn)fn)(vm, self, obj, type);
    }
    case K_DESCR_SET: case K_DESCR_DELETE: {
        NEED(sd->kind == K_DESCR_SET ? 2 : 1);
        Value v = sd->kind == K_DESCR_SET ? args[1] : VAL_NULL;
        int r = ((int (*)(VM *, Value, Value, Value))fn)(vm, self, args[0], v);
        return r < 0 ? VAL_ERROR : VAL_NONE;
    }
    case K_INIT: {
        int r = ((int (*)(VM *, Value, Value *, int, Value))fn)(vm, self, args, nargs, kwnames);
        return r < 0 ? VAL_ERROR : VAL_NONE;
    }
    case K_RICHCMP:
        NEED(1);
        return ((Value (*)(VM *, Value, Value, int))fn)(vm, self, args[0], sd->op);
    }
#undef NEED
    return vm_raise(vm, &type_SystemError, "bad slot wrapper");
}

static Value check_self(VM *vm, SlotWrapperObj *w, Value self) {
    if (!type_is_subtype(val_type(self), w->owner))
        return vm_raise(vm, &type_TypeError,
                        "descriptor '%s' requires a '%s' object but received a '%T'",
                        w->def->name, type_name(w->owner), self);
    return VAL_NONE;
}

static Value slot_wrapper_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    if (nargs < 1)
        return vm_raise(vm, &type_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        w->def->name, type_name(w->owner));
    if (val_is_error(check_self(vm, w, args[0]))) return VAL_ERROR;
    return call_wrapped_slot(vm, w->owner, w->def, args[0], args + 1, nargs - 1, kwnames);
}

static Value slot_wrapper_get(VM *vm, Value self, Value obj, Value type) {
    if (val_is_null(obj)) return self;
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    if (val_is_error(check_self(vm, w, obj))) return VAL_ERROR;
    MethodWrapperObj *m = gc_alloc(vm, &type_method_wrapper, sizeof(MethodWrapperObj));
    if (!m) return VAL_ERROR;
    m->wrapper = self;
    m->self = obj;
    return val_from_obj(m);
}

static Value slot_wrapper_repr(VM *vm, Value self) {
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    return str_format(vm, "<slot wrapper '%s' of '%s' objects>", w->def->name, type_name(w->owner));
}

static Value slot_wrapper_name(VM *vm, Value self) {
    return str_from_cstr(vm, ((SlotWrapperObj *)val_as_obj(self))->def->name);
}

static Value slot_wrapper_objclass(VM *vm, Value self) {
    return val_from_obj(((SlotWrapperObj *)val_as_obj(self))->owner);
}

static Value slot_wrapper_qualname(VM *vm, Value self) {
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    return str_format(vm, "%s.%s", type_name(w->owner), w->def->name);
}

static const GetSetDef slot_wrapper_getsets[] = {
    {"__name__", slot_wrapper_name, NULL},
    {"__qualname__", slot_wrapper_qualname, NULL},
    {"__objclass__", slot_wrapper_objclass, NULL},
    {NULL, NULL, NULL},
};

static Value method_wrapper_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(self);
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(m->wrapper);
    return call_wrapped_slot(vm, w->owner, w->def, m->self, args, nargs, kwnames);
}

static Value method_wrapper_repr(VM *vm, Value self) {
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(self);
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(m->wrapper);
    return str_format(vm, "<method-wrapper '%s' of %s object at %p>", w->def->name,
                      type_name(val_type(m->self)),
                      val_is_obj(m->self) ? (void *)val_as_obj(m->self) : (void *)0);
}

static Value method_wrapper_self(VM *vm, Value self) {
    return ((MethodWrapperObj *)val_as_obj(self))->self;
}

static Value method_wrapper_name(VM *vm, Value self) {
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(self);
    return slot_wrapper_name(vm, m->wrapper);
}

static Value method_wrapper_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_is_type(b, &type_method_wrapper))
        return VAL_NOTIMPL;
    MethodWrapperObj *x = (MethodWrapperObj *)val_as_obj(a), *y = (MethodWrapperObj *)val_as_obj(b);
    bool eq = x->wrapper == y->wrapper && x->self == y->self;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static const GetSetDef method_wrapper_getsets[] = {
    {"__self__", method_wrapper_self, NULL},
    {"__name__", method_wrapper_name, NULL},
    {NULL, NULL, NULL},
};

static void slot_wrapper_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, val_from_obj(((SlotWrapperObj *)o)->owner));
}

static void method_wrapper_traverse(Obj *o, GCVisitor *gv) {
    MethodWrapperObj *m = (MethodWrapperObj *)o;
    gc_visit(gv, m->wrapper);
    gc_visit(gv, m->self);
}

Type type_slot_wrapper = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObj),
    .repr = slot_wrapper_repr,
    .call = slot_wrapper_call,
    .descr_get = slot_wrapper_get,
    .traverse = slot_wrapper_traverse,
};

Type type_method_wrapper = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObj),
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .richcompare = method_wrapper_richcompare,
    .traverse = method_wrapper_traverse,
};

/* ---- __new__ of built-in types: a function bound to the type ---- */

static Value slot_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames);

static Value tp_new_wrapper(VM *vm, Value *args, int nargs, Value kwnames) {
    Type *owner = (Type *)val_as_obj(args[0]);
    if (nargs < 2)
        return vm_raise(vm, &type_TypeError, "%s.__new__(): not enough arguments", type_name(owner));
    Value cls = args[1];
    if (!val_is_typeobj(cls))
        return vm_raise(vm, &type_TypeError, "%s.__new__(X): X is not a type object (%T)",
                        type_name(owner), cls);
    Type *ct = (Type *)val_as_obj(cls);
    if (!type_is_subtype(ct, owner))
        return vm_raise(vm, &type_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                        type_name(owner), type_name(ct), type_name(ct), type_name(owner));
    /* as CPython, refuse object.__new__(dict): the most derived built-in
       base of ct must make its instances with this very __new__ */
    Type *staticbase = ct;
    while (staticbase && staticbase->new_ == slot_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != owner->new_)
        return vm_raise(vm, &type_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type_name(owner),
                        type_name(ct), type_name(staticbase));
    return owner->new_(vm, ct, args + 2, nargs - 2, kwnames);
}

static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, 0,
                                     "Create and return a new object."};

/* ---- adding wrappers to built-in types ---- */

static bool slot_is_own(Type *t, const SlotDef *sd) {
    void *fn = slot_ptr(t, sd);
    if (!fn) return false;
    if (!t->base) return true;
    return slot_ptr(t->base, sd) != fn;
}

int slots_setup(VM *vm) {
    if (type_add_getsets(vm, &type_slot_wrapper, slot_wrapper_getsets) < 0) return -1;
    return type_add_getsets(vm, &type_method_wrapper, method_wrapper_getsets);
}

int slots_add_wrappers(VM *vm, Type *t) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *sd = &slotdefs[i];
        if (!slot_is_own(t, sd)) continue;
        if (sd->kind == K_DESCR_DELETE || sd->kind == K_DELITEM || sd->kind == K_DELATTR) {
            /* only where deletion makes sense with the shared slot */
        }
        Value name = str_intern_cstr(vm, sd->name);
        if (val_is_error(name)) return -1;
        if (!val_is_null(dict_get_str(vm, t->dict, name))) continue;
        SlotWrapperObj *w = gc_alloc(vm, &type_slot_wrapper, sizeof(SlotWrapperObj));
        if (!w) return -1;
        w->owner = t;
        w->def = sd;
        if (dict_set(vm, t->dict, name, val_from_obj(w)) < 0) return -1;
    }
    if (t->new_ && (!t->base || t->base->new_ != t->new_) &&
        val_is_null(dict_get_str(vm, t->dict, NAME(vm, __new__)))) {
        Value f = native_func_new(vm, &tp_new_def, val_from_obj(t), VAL_NULL);
        if (val_is_error(f) || dict_set(vm, t->dict, NAME(vm, __new__), f) < 0) return -1;
    }
    return 0;
}

/* ---- heap slots: call the class's dunders ---- */

static Value lookup_dunder(VM *vm, Value self, const char *name) {
    Value n = str_intern_cstr(vm, name);
    if (val_is_error(n)) return n;
    return obj_type_lookup(val_type(self), n);
}

/* Call type(self).<name>(self, *args); VAL_NULL when the type lacks it. */
static Value call_dunder(VM *vm, Value self, const char *name, Value *args, int nargs) {
    Value n = str_intern_cstr(vm, name);
    if (val_is_error(n)) return n;
    bool found;
    Value r = call_special(vm, self, n, args, nargs, &found);
    if (!found) return VAL_NULL;
    return r;
}

static Value must_call(VM *vm, Value self, const char *name, Value *args, int nargs) {
    Value r = call_dunder(vm, self, name, args, nargs);
    /* as CPython's slot functions: the bare name */
    if (val_is_null(r)) return vm_raise(vm, &type_AttributeError, "%s", name);
    return r;
}

static Value slot_repr(VM *vm, Value self) { return must_call(vm, self, "__repr__", NULL, 0); }

static Value slot_str(VM *vm, Value self) { return must_call(vm, self, "__str__", NULL, 0); }

static int64_t slot_hash(VM *vm, Value self) {
    Value r = must_call(vm, self, "__hash__", NULL, 0);
    if (val_is_error(r)) return -1;
    if (!val_is_intlike(r)) {
        vm_raise(vm, &type_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* as CPython: a value that fits 64 bits is the hash itself (so
       __hash__ = str.__hash__ keeps str's hash); a wider one is hashed */
    int64_t h;
    if (int_as_i64(vm, r, &h) == 0) return h == -1 ? -2 : h;
    vm_clear_exc(vm);
    return obj_hash(vm, r);
}

static Value slot_richcompare(VM *vm, Value a, Value b, int op) {
    static const char *const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    Value n = str_intern_cstr(vm, names[op]);
    if (val_is_error(n)) return n;
    Value meth = obj_type_lookup(val_type(a), n);
    if (val_is_null(meth)) return VAL_NOTIMPL;
    Type *mt = val_type(meth);
    if (mt == &type_function || mt == &type_method_descriptor || mt == &type_slot_wrapper ||
        !mt->descr_get) {
        Value r = call_dunder(vm, a, names[op], &b, 1);
        return val_is_null(r) ? VAL_NOTIMPL : r;
    }
    /* as CPython: a descriptor that fails to give the method means "not implemented" */
    Value bound = mt->descr_get(vm, meth, a, val_from_obj(val_type(a)));
    if (val_is_error(bound)) {
        vm_clear_exc(vm);
        return VAL_NOTIMPL;
    }
    gc_push_root(vm, &bound);
    Value r = obj_call1(vm, bound, b);
    gc_pop_roots(vm, 1);
    return r;
}

static Value slot_getattr_hook(VM *vm, Value self, Value name) {
    Type *t = val_type(self);
    Value getattribute = obj_type_lookup(t, NAME(vm, __getattribute__));
    Value r;
    if (val_is_null(getattribute) || val_is_type(getattribute, &type_slot_wrapper)) {
        /* the built-in base's own lookup (type's for a metaclass) */
        Type *b = t;
        while ((b->flags & TYPE_HEAP) && b->base) b = b->base;
        r = b->getattr ? b->getattr(vm, self, name) : object_generic_getattr(vm, self, name);
    } else {
        bool found;
        r = call_special(vm, self, NAME(vm, __getattribute__), &name, 1, &found);
    }
    if (!val_is_null(r) && !(val_is_error(r) && vm_exc_matches(vm, &type_AttributeError)))
        return r;
    Value getattr = obj_type_lookup(t, NAME(vm, __getattr__));
    if (val_is_null(getattr)) return r;
    if (val_is_error(r)) vm_clear_exc(vm);
    bool found;
    return call_special(vm, self, NAME(vm, __getattr__), &name, 1, &found);
}

static int slot_setattr(VM *vm, Value self, Value name, Value v) {
    Value r;
    if (val_is_null(v)) {
        r = must_call(vm, self, "__delattr__", &name, 1);
    } else {
        Value args[2] = {name, v};
        r = must_call(vm, self, "__setattr__", args, 2);
    }
    return val_is_error(r) ? -1 : 0;
}

static Value slot_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    Value meth = lookup_dunder(vm, self, "__call__");
    if (val_is_error(meth)) return meth;
    if (val_is_null(meth))
        return vm_raise(vm, &type_TypeError, "'%s' object is not callable", type_name(val_type(self)));
    Type *mt = val_type(meth);
    Value bound = meth;
    if (mt->descr_get) {
        bound = mt->descr_get(vm, meth, self, val_from_obj(val_type(self)));
        if (val_is_error(bound)) return bound;
    }
    gc_push_root(vm, &bound);
    Value r = obj_call(vm, bound, args, nargs, kwnames);
    gc_pop_roots(vm, 1);
    return r;
}

static Value slot_iter(VM *vm, Value self) {
    Value meth = lookup_dunder(vm, self, "__iter__");
    if (meth == VAL_NONE)
        return vm_raise(vm, &type_TypeError, "'%s' object is not iterable", type_name(val_type(self)));
    return must_call(vm, self, "__iter__", NULL, 0);
}

static Value slot_iternext(VM *vm, Value self) {
    Value r = must_call(vm, self, "__next__", NULL, 0);
    if (val_is_error(r) && vm_exc_matches(vm, &type_StopIteration)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

static Value slot_descr_get(VM *vm, Value self, Value obj, Value type) {
    Value args[2] = {val_is_null(obj) ? VAL_NONE : obj, val_is_null(type) ? VAL_NONE : type};
    return must_call(vm, self, "__get__", args, 2);
}

static int slot_descr_set(VM *vm, Value self, Value obj, Value v) {
    Value r;
    if (val_is_null(v)) {
        r = must_call(vm, self, "__delete__", &obj, 1);
    } else {
        Value args[2] = {obj, v};
        r = must_call(vm, self, "__set__", args, 2);
    }
    return val_is_error(r) ? -1 : 0;
}

static int64_t slot_len(VM *vm, Value self) {
    Value r = must_call(vm, self, "__len__", NULL, 0);
    if (val_is_error(r)) return -1;
    if (!val_is_intlike(r)) {
        r = obj_index(vm, r);  /* __len__ may return any object with __index__ */
        if (val_is_error(r)) return -1;
    }
    int64_t n;
    if (int_as_i64(vm, r, &n) < 0) {
        vm_clear_exc(vm);
        vm_raise(vm, &type_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        vm_raise(vm, &type_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(VM *vm, Value self, Value key) {
    return must_call(vm, self, "__getitem__", &key, 1);
}

static int slot_setitem(VM *vm, Value self, Value key, Value v) {
    Value r;
    if (val_is_null(v)) {
        r = must_call(vm, self, "__delitem__", &key, 1);
    } else {
        Value args[2] = {key, v};
        r = must_call(vm, self, "__setitem__", args, 2);
    }
    return val_is_error(r) ? -1 : 0;
}

static int slot_contains(VM *vm, Value self, Value item) {
    Value meth = lookup_dunder(vm, self, "__contains__");
    if (val_is_null(meth) || meth == VAL_NONE) {
        if (meth == VAL_NONE) {
            vm_raise(vm, &type_TypeError, "'%s' object is not a container", type_name(val_type(self)));
            return -1;
        }
        return obj_contains(vm, self, item);
    }
    Value r = must_call(vm, self, "__contains__", &item, 1);
    if (val_is_error(r)) return -1;
    return obj_truthy(vm, r);
}

static int slot_bool(VM *vm, Value self) {
    Value r = call_dunder(vm, self, "__bool__", NULL, 0);
    if (val_is_null(r)) {
        r = call_dunder(vm, self, "__len__", NULL, 0);
        if (val_is_null(r)) return 1;
        if (val_is_error(r)) return -1;
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n != 0;
    }
    if (val_is_error(r)) return -1;
    if (!val_is_bool(r)) {
        vm_raise(vm, &type_TypeError, "__bool__ should return bool, returned %T", r);
        return -1;
    }
    return r == VAL_TRUE;
}

static Value slot_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    Value f = obj_getattr(vm, val_from_obj(cls), NAME(vm, __new__));
    if (val_is_error(f)) return f;
    gc_push_root(vm, &f);
    size_t nkw = val_is_obj(kwnames) ? as_tuple(kwnames)->len : 0;
    Value *argv = malloc((size_t)(nargs + nkw + 1) * sizeof(Value));
    if (!argv) {
        gc_pop_roots(vm, 1);
        return vm_raise_nomem(vm);
    }
    argv[0] = val_from_obj(cls);
    memcpy(argv + 1, args, (size_t)(nargs + nkw) * sizeof(Value));
    Value r = obj_call(vm, f, argv, nargs + 1, kwnames);
    free(argv);
    gc_pop_roots(vm, 1);
    return r;
}

static int slot_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    Value meth = lookup_dunder(vm, self, "__init__");
    if (val_is_error(meth)) return -1;
    Type *mt = val_type(meth);
    Value bound = meth;
    if (mt->descr_get) {
        bound = mt->descr_get(vm, meth, self, val_from_obj(val_type(self)));
        if (val_is_error(bound)) return -1;
    }
    gc_push_root(vm, &bound);
    Value r = obj_call(vm, bound, args, nargs, kwnames);
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return -1;
    if (r != VAL_NONE) {
        vm_raise(vm, &type_TypeError, "__init__() should return None, not '%T'", r);
        return -1;
    }
    return 0;
}

/* ---- number slots of heap classes ---- */

/* Is [name] defined by [t] differently from [other]? (for the reflected
** operand of a subclass, which goes first when it overrides) */
static bool overrides(VM *vm, Type *t, Type *other, Value name) {
    Value a = obj_type_lookup(t, name), b = obj_type_lookup(other, name);
    return !val_is_null(a) && a != b;
}

static Value binary_heap(VM *vm, Value a, Value b, int binop);

#define BINARY_HEAP(fname, op) \
    static Value fname(VM *vm, Value a, Value b) { return binary_heap(vm, a, b, op); }
BINARY_HEAP(heap_add, BINOP_ADD) BINARY_HEAP(heap_sub, BINOP_SUBTRACT)
BINARY_HEAP(heap_mul, BINOP_MULTIPLY) BINARY_HEAP(heap_truediv, BINOP_TRUE_DIVIDE)
BINARY_HEAP(heap_floordiv, BINOP_FLOOR_DIVIDE) BINARY_HEAP(heap_mod, BINOP_REMAINDER)
BINARY_HEAP(heap_lshift, BINOP_LSHIFT) BINARY_HEAP(heap_rshift, BINOP_RSHIFT)
BINARY_HEAP(heap_and, BINOP_AND) BINARY_HEAP(heap_or, BINOP_OR) BINARY_HEAP(heap_xor, BINOP_XOR)
BINARY_HEAP(heap_matmul, BINOP_MATRIX_MULTIPLY)
#undef BINARY_HEAP

static Value heap_divmod(VM *vm, Value a, Value b) { return binary_heap(vm, a, b, -1); }

static Value heap_pow(VM *vm, Value a, Value b, Value m) {
    if (m == VAL_NONE) return binary_heap(vm, a, b, BINOP_POWER);
    Value args[2] = {b, m};
    Value r = call_dunder(vm, a, "__pow__", args, 2);
    return val_is_null(r) ? VAL_NOTIMPL : r;
}

/* The slot-sharing protocol: the same function serves a op b whether a's
** or b's class defines it; the reflected dunder of a subclass goes first. */
static Value binary_heap(VM *vm, Value a, Value b, int binop) {
    const char *fwd = binop < 0 ? "__divmod__" : binop_info[binop].dunder;
    const char *rev = binop < 0 ? "__rdivmod__" : binop_info[binop].rdunder;
    Type *ta = val_type(a), *tb = val_type(b);
    bool a_heap = (ta->flags & TYPE_HEAP) != 0;
    bool do_other = ta != tb && (tb->flags & TYPE_HEAP);
    Value rname = str_intern_cstr(vm, rev);
    if (val_is_error(rname)) return rname;
    if (a_heap && !val_is_null(lookup_dunder(vm, a, fwd))) {
        if (do_other && type_is_subtype(tb, ta) && overrides(vm, tb, ta, rname)) {
            Value r = call_dunder(vm, b, rev, &a, 1);
            if (val_is_error(r) || (!val_is_null(r) && r != VAL_NOTIMPL)) return r;
            do_other = false;
        }
        Value r = call_dunder(vm, a, fwd, &b, 1);
        if (val_is_error(r) || (!val_is_null(r) && r != VAL_NOTIMPL) || ta == tb) return r;
    }
    if (do_other) {
        Value r = call_dunder(vm, b, rev, &a, 1);
        if (!val_is_null(r)) return r;
    }
    return VAL_NOTIMPL;
}

static Value inplace_heap(VM *vm, Value a, Value b, const char *name) {
    Value r = call_dunder(vm, a, name, &b, 1);
    return val_is_null(r) ? VAL_NOTIMPL : r;
}

#define INPLACE_HEAP(fname, dunder) \
    static Value fname(VM *vm, Value a, Value b) { return inplace_heap(vm, a, b, dunder); }
INPLACE_HEAP(heap_iadd, "__iadd__") INPLACE_HEAP(heap_isub, "__isub__")
INPLACE_HEAP(heap_imul, "__imul__") INPLACE_HEAP(heap_itruediv, "__itruediv__")
INPLACE_HEAP(heap_ifloordiv, "__ifloordiv__") INPLACE_HEAP(heap_imod, "__imod__")
INPLACE_HEAP(heap_ilshift, "__ilshift__") INPLACE_HEAP(heap_irshift, "__irshift__")
INPLACE_HEAP(heap_iand, "__iand__") INPLACE_HEAP(heap_ior, "__ior__")
INPLACE_HEAP(heap_ixor, "__ixor__") INPLACE_HEAP(heap_imatmul, "__imatmul__")
#undef INPLACE_HEAP

static Value heap_ipow(VM *vm, Value a, Value b, Value m) { return inplace_heap(vm, a, b, "__ipow__"); }

#define UNARY_HEAP(fname, dunder) \
    static Value fname(VM *vm, Value a) { return must_call(vm, a, dunder, NULL, 0); }
UNARY_HEAP(heap_neg, "__neg__") UNARY_HEAP(heap_pos, "__pos__") UNARY_HEAP(heap_abs, "__abs__")
UNARY_HEAP(heap_invert, "__invert__")
#undef UNARY_HEAP

static Value heap_int(VM *vm, Value a) {
    Value r = must_call(vm, a, "__int__", NULL, 0);
    if (!val_is_error(r) && !val_is_intlike(r))
        return vm_raise(vm, &type_TypeError, "__int__ returned non-int (type %T)", r);
    return r;
}

static Value heap_float(VM *vm, Value a) {
    Value r = must_call(vm, a, "__float__", NULL, 0);
    if (!val_is_error(r) && !val_is_float(r) && !val_isinstance(r, &type_float))
        return vm_raise(vm, &type_TypeError, "%s.__float__ returned non-float (type %T)",
                        type_name(val_type(a)), r);
    return r;
}

static Value heap_index(VM *vm, Value a) {
    Value r = must_call(vm, a, "__index__", NULL, 0);
    if (!val_is_error(r) && !val_is_intlike(r))
        return vm_raise(vm, &type_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

/* The heap-slot function for each slot definition. */
static void *heap_slot_for(const SlotDef *sd) {
    switch (sd->kind) {
    case K_REPR: return (void *)slot_repr;
    case K_STR: return (void *)slot_str;
    case K_HASH: return (void *)slot_hash;
    case K_LEN: return (void *)slot_len;
    case K_BOOL: return (void *)slot_bool;
    case K_GETITEM: return (void *)slot_getitem;
    case K_SETITEM: case K_DELITEM: return (void *)slot_setitem;
    case K_CONTAINS: return (void *)slot_contains;
    case K_ITER: return (void *)slot_iter;
    case K_NEXT: return (void *)slot_iternext;
    case K_CALL: return (void *)slot_call;
    case K_GETATTRIBUTE: return (void *)slot_getattr_hook;
    case K_SETATTR: case K_DELATTR: return (void *)slot_setattr;
    case K_DESCR_GET: return (void *)slot_descr_get;
    case K_DESCR_SET: case K_DESCR_DELETE: return (void *)slot_descr_set;
    case K_INIT: return (void *)slot_init;
    case K_RICHCMP: return (void *)slot_richcompare;
    default: break;
    }
    static const struct { size_t off; void *fn; } nb[] = {
        {NB(add), (void *)heap_add}, {NB(sub), (void *)heap_sub}, {NB(mul), (void *)heap_mul},
        {NB(truediv), (void *)heap_truediv}, {NB(floordiv), (void *)heap_floordiv},
        {NB(mod), (void *)heap_mod}, {NB(divmod), (void *)heap_divmod},
        {NB(lshift), (void *)heap_lshift}, {NB(rshift), (void *)heap_rshift},
        {NB(and_), (void *)heap_and}, {NB(or_), (void *)heap_or}, {NB(xor_), (void *)heap_xor},
        {NB(matmul), (void *)heap_matmul}, {NB(pow), (void *)heap_pow},
        {NB(iadd), (void *)heap_iadd}, {NB(isub), (void *)heap_isub}, {NB(imul), (void *)heap_imul},
        {NB(itruediv), (void *)heap_itruediv}, {NB(ifloordiv), (void *)heap_ifloordiv},
        {NB(imod), (void *)heap_imod}, {NB(ilshift), (void *)heap_ilshift},
        {NB(irshift), (void *)heap_irshift}, {NB(iand), (void *)heap_iand},
        {NB(ior), (void *)heap_ior}, {NB(ixor), (void *)heap_ixor},
        {NB(imatmul), (void *)heap_imatmul}, {NB(ipow), (void *)heap_ipow},
        {NB(neg), (void *)heap_neg}, {NB(pos), (void *)heap_pos}, {NB(abs), (void *)heap_abs},
        {NB(invert), (void *)heap_invert}, {NB(int_), (void *)heap_int},
        {NB(float_), (void *)heap_float}, {NB(index), (void *)heap_index},
    };
    for (size_t i = 0; i < sizeof nb / sizeof nb[0]; i++)
        if (nb[i].off == sd->offset) return nb[i].fn;
    return NULL;
}

/* Is [name] defined in [t]'s MRO by Python code (not a built-in wrapper)?
** When the first definition is a built-in type's, *builtin_owner is that type. */
static bool defined_in_python_at(VM *vm, Type *t, const char *name, bool *is_none, Type **builtin_owner) {
    Value n = str_intern_cstr(vm, name);
    *is_none = false;
    if (builtin_owner) *builtin_owner = NULL;
    if (val_is_error(n)) return false;
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *b = (Type *)val_as_obj(mro->items[i]);
        Value v = dict_get_str(vm, b->dict, n);
        if (val_is_null(v) || val_is_error(v)) continue;
        if (val_is_type(v, &type_slot_wrapper) || !(b->flags & TYPE_HEAP)) {
            if (builtin_owner) *builtin_owner = b;
            return false;
        }
        *is_none = v == VAL_NONE;
        return true;
    }
    return false;
}

static bool defined_in_python(VM *vm, Type *t, const char *name, bool *is_none) {
    return defined_in_python_at(vm, t, name, is_none, NULL);
}

static void ensure_own_number(Type *t) {
    if (t->flags & TYPE_OWNS_NUMBER) return;
    NumberSlots *ns = malloc(sizeof(NumberSlots));
    if (!ns) return;
    if (t->number) *ns = *t->number;
    else memset(ns, 0, sizeof *ns);
    t->number = ns;
    t->flags |= TYPE_OWNS_NUMBER;
}

static void *inherited_slot(Type *t, const SlotDef *sd) {
    Type *b = t->base;
    return b ? slot_ptr(b, sd) : NULL;
}

/* Is another dunder sharing slotdefs[i]'s slot (__eq__ for __lt__'s
** richcompare, __radd__ for __add__'s) defined in Python along t's MRO? */
static bool slot_shared_in_python(VM *vm, Type *t, size_t i) {
    const SlotDef *sd = &slotdefs[i];
    for (size_t j = 0; j < NSLOTDEFS; j++) {
        if (j == i || slotdefs[j].offset != sd->offset ||
            is_number_kind(slotdefs[j].kind) != is_number_kind(sd->kind))
            continue;
        bool dummy;
        if (defined_in_python(vm, t, slotdefs[j].name, &dummy)) return true;
    }
    return false;
}

/* A class with __del__: the collector looks for its dead instances. */
static void note_finalizer(VM *vm, Type *t) {
    if (val_is_null(obj_type_lookup(t, NAME(vm, __del__)))) {
        t->flags &= ~TYPE_HAS_DEL;
    } else {
        t->flags |= TYPE_HAS_DEL;
        vm->has_del_types = true;
    }
}

void type_update_slots(VM *vm, Type *t) {
    if (!(t->flags & TYPE_HEAP)) return;
    ensure_own_number(t);
    /* a class that defines __eq__ without __hash__ is unhashable */
    Value eq = dict_get_str(vm, t->dict, NAME(vm, __eq__));
    if (!val_is_null(eq) && val_is_null(dict_get_str(vm, t->dict, NAME(vm, __hash__))))
        dict_set(vm, t->dict, NAME(vm, __hash__), VAL_NONE);
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *sd = &slotdefs[i];
        bool is_none;
        Type *owner = NULL;
        bool py = defined_in_python_at(vm, t, sd->name, &is_none, &owner);
        /* slots shared by several dunders: any of them in Python wins */
        if (!py && sd->kind == K_GETATTRIBUTE) py = defined_in_python(vm, t, "__getattr__", &is_none);
        if (py) {
            if (is_none && (sd->kind == K_HASH || sd->kind == K_ITER)) {
                if (sd->kind == K_HASH) t->hash = NULL;
                else set_slot_ptr(t, sd, (void *)slot_iter);
                continue;
            }
            set_slot_ptr(t, sd, heap_slot_for(sd));
        } else if (owner && (owner->flags & TYPE_HEAP) && heap_slot_for(sd)) {
            /* a built-in's wrapper assigned in a class body (__hash__ = object.__hash__) */
            set_slot_ptr(t, sd, heap_slot_for(sd));
        } else if (owner && owner != t->base && slot_ptr(owner, sd) && sd->kind != K_HASH &&
                   sd->kind != K_INIT && !is_number_kind(sd->kind)) {
            /* multiple inheritance: the MRO's first definition wins (KeyError.__str__) */
            if (!slot_shared_in_python(vm, t, i)) set_slot_ptr(t, sd, slot_ptr(owner, sd));
        } else if (slot_ptr(t, sd) == heap_slot_for(sd) || sd->kind == K_HASH) {
            if (!slot_shared_in_python(vm, t, i)) set_slot_ptr(t, sd, inherited_slot(t, sd));
        }
    }
    if (defined_in_python(vm, t, "__new__", &(bool){0})) t->new_ = slot_new;
    note_finalizer(vm, t);
    Type *sub;
    if (val_is_obj(t->subclasses)) {
        ListObj *l = as_list(t->subclasses);
        for (size_t i = 0; i < l->len; i++) {
            Value v = weakref_target(l->items[i]);
            if (val_is_null(v)) continue;
            sub = (Type *)val_as_obj(v);
            type_update_slots(vm, sub);
        }
    }
}

/* ---- binary operator metadata ---- */

const BinopInfo binop_info[BINOP_COUNT] = {
    [BINOP_ADD] = {"+", "__add__", "__radd__", NB(add)},
    [BINOP_AND] = {"&", "__and__", "__rand__", NB(and_)},
    [BINOP_FLOOR_DIVIDE] = {"//", "__floordiv__", "__rfloordiv__", NB(floordiv)},
    [BINOP_LSHIFT] = {"<<", "__lshift__", "__rlshift__", NB(lshift)},
    [BINOP_MATRIX_MULTIPLY] = {"@", "__matmul__", "__rmatmul__", NB(matmul)},
    [BINOP_MULTIPLY] = {"*", "__mul__", "__rmul__", NB(mul)},
    [BINOP_REMAINDER] = {"%", "__mod__", "__rmod__", NB(mod)},
    [BINOP_OR] = {"|", "__or__", "__ror__", NB(or_)},
    [BINOP_POWER] = {"** or pow()", "__pow__", "__rpow__", NB(pow)},
    [BINOP_RSHIFT] = {">>", "__rshift__", "__rrshift__", NB(rshift)},
    [BINOP_SUBTRACT] = {"-", "__sub__", "__rsub__", NB(sub)},
    [BINOP_TRUE_DIVIDE] = {"/", "__truediv__", "__rtruediv__", NB(truediv)},
    [BINOP_XOR] = {"^", "__xor__", "__rxor__", NB(xor_)},
    [BINOP_INPLACE + BINOP_ADD] = {"+=", "__iadd__", NULL, NB(iadd)},
    [BINOP_INPLACE + BINOP_AND] = {"&=", "__iand__", NULL, NB(iand)},
    [BINOP_INPLACE + BINOP_FLOOR_DIVIDE] = {"//=", "__ifloordiv__", NULL, NB(ifloordiv)},
    [BINOP_INPLACE + BINOP_LSHIFT] = {"<<=", "__ilshift__", NULL, NB(ilshift)},
    [BINOP_INPLACE + BINOP_MATRIX_MULTIPLY] = {"@=", "__imatmul__", NULL, NB(imatmul)},
    [BINOP_INPLACE + BINOP_MULTIPLY] = {"*=", "__imul__", NULL, NB(imul)},
    [BINOP_INPLACE + BINOP_REMAINDER] = {"%=", "__imod__", NULL, NB(imod)},
    [BINOP_INPLACE + BINOP_OR] = {"|=", "__ior__", NULL, NB(ior)},
    [BINOP_INPLACE + BINOP_POWER] = {"**=", "__ipow__", NULL, NB(ipow)},
    [BINOP_INPLACE + BINOP_RSHIFT] = {">>=", "__irshift__", NULL, NB(irshift)},
    [BINOP_INPLACE + BINOP_SUBTRACT] = {"-=", "__isub__", NULL, NB(isub)},
    [BINOP_INPLACE + BINOP_TRUE_DIVIDE] = {"/=", "__itruediv__", NULL, NB(itruediv)},
    [BINOP_INPLACE + BINOP_XOR] = {"^=", "__ixor__", NULL, NB(ixor)},
};
