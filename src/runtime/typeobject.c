/*
** typeobject.c -- `object`, `type`, super, the singletons' types, and the
** machinery that makes classes: C3 MRO, slot inheritance, the slots that
** call Python dunders (for classes that define them) and the wrappers that
** expose C slots as dunders (for built-in types).
*/
#include <stdio.h>
#include <stdlib.h>

#include "typeobject.h"
#include "../objects/str.h"
#include "frame.h"
#include "../objects/exceptions.h"
#include "../objects/weakref.h"
#include "names.h"
#include "slots.h"
#include "import.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

/* ---- None, NotImplemented, Ellipsis ---- */

static Value none_repr(VM *vm, Value self) { return str_from_cstr(vm, "None"); }
static int none_bool(VM *vm, Value self) { return 0; }
static Value notimpl_repr(VM *vm, Value self) { return str_from_cstr(vm, "NotImplemented"); }
static Value ellipsis_repr(VM *vm, Value self) { return str_from_cstr(vm, "Ellipsis"); }

static int64_t immediate_hash(VM *vm, Value self) {
    int64_t h = (int64_t)((self & 0xffff) * 0x9E3779B1u) >> 4;
    return h == -1 ? -2 : h;
}

static Value singleton_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (nargs > 0 || !val_is_null(kwnames))
        return vm_raise(vm, &type_TypeError, "%s takes no arguments", cls->name);
    if (cls == &type_NoneType) return VAL_NONE;
    if (cls == &type_NotImplementedType) return VAL_NOTIMPL;
    return VAL_ELLIPSIS;
}

Type type_NoneType = {
    .hdr = STATIC_TYPE_HDR, .name = "NoneType", .repr = none_repr, .bool_ = none_bool,
    .hash = immediate_hash, .new_ = singleton_new,
};
Type type_NotImplementedType = {
    .hdr = STATIC_TYPE_HDR, .name = "NotImplementedType", .repr = notimpl_repr,
    .hash = immediate_hash, .new_ = singleton_new,
};
Type type_ellipsis = {
    .hdr = STATIC_TYPE_HDR, .name = "ellipsis", .repr = ellipsis_repr,
    .hash = immediate_hash, .new_ = singleton_new,
};

Type *const imm_types[8] = {
    &type_NoneType, &type_bool, &type_bool, &type_NotImplementedType, &type_ellipsis,
    &type_NoneType, &type_NoneType, &type_NoneType,
};

/* ---- small helpers ---- */

const char *type_name(Type *t) {
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b || b == &type_object) return true;
    if (val_is_obj(a->mro)) {
        TupleObj *mro = as_tuple(a->mro);
        for (size_t i = 0; i < mro->len; i++)
            if (val_as_obj(mro->items[i]) == &b->hdr) return true;
        return false;
    }
    for (Type *t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

bool val_isinstance(Value v, Type *t) { return type_is_subtype(val_type(v), t); }

static inline Type *as_type(Value v) { return (Type *)val_as_obj(v); }

bool val_is_typeobj(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_type ||
                             (val_as_obj(v)->type->flags & TYPE_TYPE_SUBCLASS));
}

uint64_t type_lookup_epoch = 1;

/* A cache of MRO lookups, keyed by (type, name): attribute access and
** method calls look the same names up on the same types over and over.
** An entry is good while the epoch it was made in is current; any change to
** a type's dict or MRO starts a new epoch (dict.c, OBJ_TYPE_DICT). Names are
** interned strs, compared by address. */
#define TYPE_CACHE_SIZE 4096

typedef struct TypeCacheEntry {
    Type *type;
    Value name;
    Value value;              /* VAL_NULL: known to be absent */
    uint64_t epoch;
} TypeCacheEntry;

static TypeCacheEntry type_cache[TYPE_CACHE_SIZE];

static Value mro_lookup(Type *t, Value name) {
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *b = as_type(mro->items[i]);
        Value v = dict_get_str(NULL, b->dict, name);
        if (!val_is_null(v) && !val_is_error(v)) return v;
    }
    return VAL_NULL;
}

Value obj_type_lookup(Type *t, Value name) {
    if (!val_is_obj(t->mro)) {
        for (Type *b = t; b; b = b->base) {
            if (!val_is_obj(b->dict)) continue;
            Value v = dict_get_str(NULL, b->dict, name);
            if (!val_is_null(v) && !val_is_error(v)) return v;
        }
        return VAL_NULL;
    }
    /* Only interned names: they live as long as the VM, so an address is
       never reused by another name (a computed name can be freed, and its
       memory given to a different one). */
    if (!val_is_str(name) || !as_str(name)->interned) return mro_lookup(t, name);
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) ^ ((uintptr_t)name >> 15)) &
               (TYPE_CACHE_SIZE - 1);
    TypeCacheEntry *e = &type_cache[h];
    if (e->type == t && e->name == name && e->epoch == type_lookup_epoch) return e->value;
    Value v = mro_lookup(t, name);
    *e = (TypeCacheEntry){t, name, v, type_lookup_epoch};
    return v;
}

Value type_qualified_name(VM *vm, Type *t) {
    Value qual = val_is_obj(t->qualname) ? t->qualname : str_from_cstr(vm, type_name(t));
    if (val_is_error(qual)) return qual;
    Value mod = VAL_NULL;
    if (t->flags & TYPE_HEAP) {
        mod = dict_get_str(vm, t->dict, NAME(vm, __module__));
    } else if (strchr(t->name, '.')) {
        return str_new(vm, t->name, strlen(t->name));
    }
    if (!val_is_str(mod) || str_eq_cstr(mod, "builtins")) return qual;
    return str_format(vm, "%U.%U", mod, qual);
}

Value object_default_repr(VM *vm, Value self) {
    Value qn = type_qualified_name(vm, val_type(self));
    if (val_is_error(qn)) return qn;
    return str_format(vm, "<%U object at %p>", qn, (void *)val_as_obj(self));
}

/* ---- calling special methods ---- */

Value call_special(VM *vm, Value self, Value name, Value *args, int nargs, bool *found) {
    Value meth = obj_type_lookup(val_type(self), name);
    *found = !val_is_null(meth);
    if (!*found) return VAL_NULL;
    Value buf[8];
    Value *argv = nargs + 1 <= 8 ? buf : malloc((size_t)(nargs + 1) * sizeof(Value));
    if (!argv) return vm_raise_nomem(vm);
    Type *mt = val_type(meth);
    Value r;
    if (mt == &type_function || mt == &type_method_descriptor || mt == &type_slot_wrapper) {
        argv[0] = self;
        for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
        r = obj_call(vm, meth, argv, nargs + 1, VAL_NULL);
    } else {
        Value bound = meth;
        if (mt->descr_get) {
            bound = mt->descr_get(vm, meth, self, val_from_obj(val_type(self)));
            if (val_is_error(bound)) {
                if (argv != buf) free(argv);
                return bound;
            }
        }
        gc_push_root(vm, &bound);
        r = obj_call(vm, bound, args, nargs, VAL_NULL);
        gc_pop_roots(vm, 1);
    }
    if (argv != buf) free(argv);
    return r;
}

/* ---- object ---- */

static Value object_repr(VM *vm, Value self) { return object_default_repr(vm, self); }

static Value object_str(VM *vm, Value self) {
    Type *t = val_type(self);
    if (t->repr) return t->repr(vm, self);
    return object_default_repr(vm, self);
}

static int64_t object_hash(VM *vm, Value self) {
    uint64_t p = val_is_obj(self) ? (uint64_t)(uintptr_t)val_as_obj(self) : self;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    if (h < 0) h = -(h + 1);  /* keep it non-negative and never -1 */
    return h;
}

static Value object_richcompare(VM *vm, Value a, Value b, int op) {
    if (op == CMPOP_EQ) return a == b ? VAL_TRUE : VAL_NOTIMPL;
    if (op == CMPOP_NE) {
        /* by default != is the inverse of == */
        Type *t = val_type(a);
        if (!t->richcompare) return VAL_NOTIMPL;
        Value r = t->richcompare(vm, a, b, CMPOP_EQ);
        if (val_is_error(r) || r == VAL_NOTIMPL) return r;
        int truth = obj_truthy(vm, r);
        if (truth < 0) return VAL_ERROR;
        return val_from_bool(!truth);
    }
    return VAL_NOTIMPL;
}

static bool excess_args(int nargs, Value kwnames) {
    return nargs > 0 || (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0);
}

static int object_init(VM *vm, Value self, Value *args, int nargs, Value kwnames);

/* "Can't instantiate abstract class A with abstract method(s) f, g": the
** names sorted, as CPython 3.11 words it. */
static Value abstract_instance_error(VM *vm, Type *cls) {
    Value abstract = obj_type_lookup(cls, NAME(vm, __abstractmethods__));
    Value names = val_is_null(abstract) ? list_new(vm, 0) : seq_to_list(vm, abstract);
    if (val_is_error(names)) return names;
    gc_push_root(vm, &names);
    Value sorted = obj_call_method(vm, names, "sort", NULL, 0);
    StrBuf sb;
    sb_init(&sb);
    ListObj *l = as_list(names);
    for (size_t i = 0; !val_is_error(sorted) && i < l->len; i++) {
        if (i) sb_adds(&sb, ", ");
        if (sb_add_str(vm, &sb, l->items[i]) < 0) sorted = VAL_ERROR;
    }
    size_t n = l->len;
    gc_pop_roots(vm, 1);
    if (val_is_error(sorted)) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    Value list = sb_finish(vm, &sb);
    if (val_is_error(list)) return list;
    return vm_raise(vm, &type_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                    type_name(cls), n == 1 ? "" : "s", list);
}

static Value object_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (cls->new_ != object_new)
            return vm_raise(vm, &type_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
        if (cls->init == object_init)
            return vm_raise(vm, &type_TypeError, "%s() takes no arguments", type_name(cls));
    }
    if (cls->flags & TYPE_ABSTRACT) return abstract_instance_error(vm, cls);
    size_t size = cls->basicsize ? cls->basicsize : sizeof(Obj);
    Obj *o = gc_alloc_instance(vm, cls, size);
    return o ? val_from_obj(o) : VAL_ERROR;
}

static int object_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    Type *t = val_type(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init) {
            vm_raise(vm, &type_TypeError,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            vm_raise(vm, &type_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                     type_name(t));
            return -1;
        }
    }
    return 0;
}

static Value attribute_error(VM *vm, Value o, Value name) {
    if (val_is_type(o, &type_module)) {
        Value mname = ((ModuleObj *)val_as_obj(o))->name;
        vm_raise(vm, &type_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    } else if (val_is_typeobj(o)) {
        vm_raise(vm, &type_AttributeError, "type object '%s' has no attribute '%U'",
                 type_name(as_type(o)), name);
    } else {
        vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%U'",
                 type_name(val_type(o)), name);
    }
    if (val_is_exc(vm->exc)) {
        exc_set_field(vm, vm->exc, "name", name);
        exc_set_field(vm, vm->exc, "obj", o);
    }
    return VAL_ERROR;
}

Value raise_attribute_error(VM *vm, Value o, Value name) { return attribute_error(vm, o, name); }

static Value instance_dict(Value self) {
    if (!val_is_obj(self)) return VAL_NULL;
    Obj *o = val_as_obj(self);
    if (o->flags & OBJ_HAS_DICT) return *obj_dict_slot(o);
    return VAL_NULL;
}

Value object_generic_getattr(VM *vm, Value self, Value name) {
    Type *t = val_type(self);
    Value descr = obj_type_lookup(t, name);
    Type *dt = NULL;
    if (!val_is_null(descr)) {
        dt = val_type(descr);
        if (dt->descr_get && dt->descr_set)
            return dt->descr_get(vm, descr, self, val_from_obj(t));
    }
    Value d = instance_dict(self);
    if (val_is_obj(d)) {
        Value v = val_is_exact_str(name) && as_str(name)->interned ? dict_get_str(vm, d, name)
                                                                   : dict_get(vm, d, name);
        if (val_is_error(v)) return v;
        if (!val_is_null(v)) return v;
    }
    if (dt && dt->descr_get) return dt->descr_get(vm, descr, self, val_from_obj(t));
    if (!val_is_null(descr)) return descr;
    return VAL_NULL;
}

int object_generic_setattr(VM *vm, Value self, Value name, Value v) {
    Type *t = val_type(self);
    Value descr = obj_type_lookup(t, name);
    if (!val_is_null(descr)) {
        Type *dt = val_type(descr);
        if (dt->descr_set) return dt->descr_set(vm, descr, self, v);
    }
    if (!val_is_obj(self) || !(val_as_obj(self)->flags & OBJ_HAS_DICT)) {
        if (val_is_null(descr)) {
            if (t->flags & TYPE_HEAP || t == &type_object || true)
                vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%U'",
                         type_name(t), name);
        } else {
            vm_raise(vm, &type_AttributeError, "'%s' object attribute '%U' is read-only",
                     type_name(t), name);
        }
        return -1;
    }
    Value *slot = obj_dict_slot(val_as_obj(self));
    if (val_is_null(*slot)) {
        if (val_is_null(v)) {
            attribute_error(vm, self, name);
            return -1;
        }
        Value d = dict_new(vm);
        if (val_is_error(d)) return -1;
        *slot = d;
    }
    if (val_is_null(v)) {
        int r = dict_del(vm, *slot, name);
        if (r == 0) {
            attribute_error(vm, self, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return dict_set(vm, *slot, name, v);
}

static Value object_dunder_class_get(VM *vm, Value self) { return val_from_obj(val_type(self)); }

/* The nearest built-in ancestor along the base chain. */
static Type *builtin_base(Type *t) {
    while (t->base && (t->flags & TYPE_HEAP)) t = t->base;
    return t;
}

/* The member descriptors of [a]'s own __slots__ all have a namesake in [b]. */
static bool members_covered(VM *vm, Type *a, Type *b) {
    Value k, d;
    for (size_t i = 0; dict_next(a->dict, &i, &k, &d);) {
        if (!val_is_type(d, &type_member_descriptor)) continue;
        Value other = dict_get(vm, b->dict, k);
        if (val_is_error(other)) vm_clear_exc(vm);
        if (!val_is_type(other, &type_member_descriptor)) return false;
    }
    return true;
}

/* Instances of [a] may become instances of [b] (__class__ assignment). */
static bool same_layout(VM *vm, Type *a, Type *b) {
    if (a->basicsize != b->basicsize || builtin_base(a) != builtin_base(b) ||
        (a->flags & TYPE_INSTANCE_DICT) != (b->flags & TYPE_INSTANCE_DICT))
        return false;
    /* the levels that add slots must add the same names */
    while (a != b && a && b) {
        bool a_adds = a->base && a->basicsize != a->base->basicsize;
        bool b_adds = b->base && b->basicsize != b->base->basicsize;
        if (!a_adds) a = a->base;
        if (!b_adds) b = b->base;
        if (a_adds && b_adds) {
            if (!members_covered(vm, a, b) || !members_covered(vm, b, a)) return false;
            a = a->base;
            b = b->base;
        }
    }
    return a == b;
}

static int object_dunder_class_set(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!val_is_typeobj(v)) {
        vm_raise(vm, &type_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    Type *old = val_type(self), *new_ = as_type(v);
    if (!val_is_obj(self) || !(old->flags & TYPE_HEAP) || !(new_->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError,
                 "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(vm, old, new_)) {
        vm_raise(vm, &type_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 new_->name, old->name);
        return -1;
    }
    val_as_obj(self)->type = new_;
    return 0;
}

static Value object_dunder_dict_get(VM *vm, Value self) {
    if (!val_is_obj(self) || !(val_as_obj(self)->flags & OBJ_HAS_DICT))
        return attribute_error(vm, self, NAME(vm, __dict__));
    Value *slot = obj_dict_slot(val_as_obj(self));
    if (val_is_null(*slot)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        *slot = d;
    }
    return *slot;
}

static int object_dunder_dict_set(VM *vm, Value self, Value v) {
    if (!val_is_obj(self) || !(val_as_obj(self)->flags & OBJ_HAS_DICT)) {
        attribute_error(vm, self, NAME(vm, __dict__));
        return -1;
    }
    if (val_is_null(v)) {
        /* del obj.__dict__: a fresh one is made on next use */
        *obj_dict_slot(val_as_obj(self)) = VAL_NULL;
        return 0;
    }
    if (!val_isinstance(v, &type_dict)) {
        vm_raise(vm, &type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    *obj_dict_slot(val_as_obj(self)) = v;
    return 0;
}

static Value object_format_method(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__format__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "__format__() argument must be str, not %T", args[1]);
    if (as_str(args[1])->size > 0)
        return vm_raise(vm, &type_TypeError, "unsupported format string passed to %s.__format__",
                        type_name(val_type(args[0])));
    return obj_str(vm, args[0]);
}

static Value object_dir_method(VM *vm, Value *args, int nargs, Value kwnames);

static Value object_init_subclass(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs > 1 || (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0))
        return vm_raise(vm, &type_TypeError,
                        "%s.__init_subclass__() takes no keyword arguments",
                        val_is_typeobj(args[0]) ? type_name(as_type(args[0])) : "object");
    return VAL_NONE;
}

static Value object_subclasshook(VM *vm, Value *args, int nargs, Value kwnames) {
    return VAL_NOTIMPL;
}

static Value object_sizeof(VM *vm, Value *args, int nargs, Value kwnames) {
    Value self = args[0];
    size_t size = val_is_obj(self) ? val_as_obj(self)->gc_size : sizeof(Value);
    return val_from_small((int64_t)size);
}

/* ---- pickle-free reduction: __getstate__, __reduce__, __reduce_ex__ ---- */

/* The values of the __slots__ set on [self], as a dict (empty if none). */
static Value slot_state(VM *vm, Value self) {
    Value slots = dict_new(vm);
    if (val_is_error(slots)) return slots;
    TupleObj *mro = as_tuple(val_type(self)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *b = as_type(mro->items[i]);
        if (!(b->flags & TYPE_HEAP)) continue;
        Value k, d;
        for (size_t pos = 0; dict_next(b->dict, &pos, &k, &d);) {
            if (!val_is_type(d, &type_member_descriptor)) continue;
            Value v = val_type(d)->descr_get(vm, d, self, val_from_obj(val_type(self)));
            if (val_is_error(v)) {
                if (!vm_exc_matches(vm, &type_AttributeError)) return VAL_ERROR;
                vm_clear_exc(vm);
                continue;
            }
            if (dict_set(vm, slots, k, v) < 0) return VAL_ERROR;
        }
    }
    return slots;
}

/* object.__getstate__: the instance dict (None when empty), paired with
** the slot values when there are any. */
static Value object_getstate_default(VM *vm, Value self) {
    Value state = VAL_NONE;
    if (val_is_obj(self) && (val_as_obj(self)->flags & OBJ_HAS_DICT)) {
        Value d = *obj_dict_slot(val_as_obj(self));
        if (val_is_obj(d) && as_dict(d)->used > 0) {
            state = dict_copy(vm, d);
            if (val_is_error(state)) return state;
        }
    }
    if (!val_is_obj(self) || !val_type(self)->slot_start) return state;
    gc_push_root(vm, &state);
    Value slots = slot_state(vm, self);
    gc_pop_roots(vm, 1);
    if (val_is_error(slots) || as_dict(slots)->used == 0) return val_is_error(slots) ? slots : state;
    return tuple_pack(vm, 2, state, slots);
}

static Value object_getstate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__getstate__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return object_getstate_default(vm, args[0]);
}

/* copyreg.__newobj__(cls, *args): cls.__new__(cls, *args) */
static Value reduce_newobj(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs < 1 || !val_is_typeobj(args[0]))
        return vm_raise(vm, &type_TypeError, "__newobj__ expected a class first");
    Value new_ = obj_getattr(vm, args[0], NAME(vm, __new__));
    if (val_is_error(new_)) return new_;
    return obj_call(vm, new_, args, nargs, kwnames);
}

/* copyreg._reconstructor(cls, base, state) for protocols 0 and 1. */
static Value reduce_reconstructor(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "_reconstructor", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    if (!val_is_typeobj(args[0]) || !val_is_typeobj(args[1]))
        return vm_raise(vm, &type_TypeError, "_reconstructor() expects two classes");
    Type *base = as_type(args[1]);
    if (base == &type_object) return object_new(vm, as_type(args[0]), NULL, 0, VAL_NULL);
    Value new_ = obj_getattr(vm, args[1], NAME(vm, __new__));
    if (val_is_error(new_)) return new_;
    Value a[2] = {args[0], args[2]};
    Value obj = obj_call(vm, new_, a, 2, VAL_NULL);
    if (val_is_error(obj)) return obj;
    if (base->init && base->init != object_init) {
        gc_push_root(vm, &obj);
        int r = base->init(vm, obj, &args[2], 1, VAL_NULL);
        gc_pop_roots(vm, 1);
        if (r < 0) return VAL_ERROR;
    }
    return obj;
}

static const MethodDef reduce_helpers[] = {
    {"__newobj__", reduce_newobj, 0, NULL},
    {"_reconstructor", reduce_reconstructor, 0, NULL},
};

/* The state of [self] for reduction. With [required] (no new arguments),
** the default __getstate__ refuses a built-in layout it cannot see into. */
static Value reduce_getstate(VM *vm, Value self, int required) {
    Value gs = obj_lookup_attr(vm, self, str_intern_cstr(vm, "__getstate__"));
    if (val_is_error(gs) || val_is_null(gs)) return val_is_null(gs) ? VAL_NONE : gs;
    Value def = dict_get_str(vm, type_object.dict, str_intern_cstr(vm, "__getstate__"));
    Value own = obj_type_lookup(val_type(self), str_intern_cstr(vm, "__getstate__"));
    if (required && !val_is_null(own) && own == def) {
        Type *base = val_type(self);
        while (base->flags & TYPE_HEAP) base = base->base;
        if (base->basicsize > type_object.basicsize)
            return vm_raise(vm, &type_TypeError, "cannot pickle '%s' object", type_name(val_type(self)));
    }
    return obj_call0(vm, gs);
}

/* __getnewargs_ex__() or __getnewargs__(), checked; *args stays VAL_NULL
** when the class has neither, *kwargs when it has no keywords. */
static int reduce_newargs(VM *vm, Value self, Value *args, Value *kwargs) {
    *args = *kwargs = VAL_NULL;
    Value f = obj_lookup_attr(vm, self, str_intern_cstr(vm, "__getnewargs_ex__"));
    if (val_is_error(f)) return -1;
    if (!val_is_null(f)) {
        Value r = obj_call0(vm, f);
        if (val_is_error(r)) return -1;
        if (!val_isinstance(r, &type_tuple)) {
            vm_raise(vm, &type_TypeError, "__getnewargs_ex__ should return a tuple, not '%T'", r);
            return -1;
        }
        if (as_tuple(r)->len != 2) {
            vm_raise(vm, &type_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d",
                     (int)as_tuple(r)->len);
            return -1;
        }
        Value a = as_tuple(r)->items[0], k = as_tuple(r)->items[1];
        if (!val_isinstance(a, &type_tuple)) {
            vm_raise(vm, &type_TypeError,
                     "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%T'", a);
            return -1;
        }
        if (!val_isinstance(k, &type_dict)) {
            vm_raise(vm, &type_TypeError,
                     "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%T'", k);
            return -1;
        }
        *args = a;
        *kwargs = k;
        return 0;
    }
    f = obj_lookup_attr(vm, self, str_intern_cstr(vm, "__getnewargs__"));
    if (val_is_error(f)) return -1;
    if (val_is_null(f)) return 0;
    Value a = obj_call0(vm, f);
    if (val_is_error(a)) return -1;
    if (!val_isinstance(a, &type_tuple)) {
        vm_raise(vm, &type_TypeError, "__getnewargs__ should return a tuple, not '%T'", a);
        return -1;
    }
    *args = a;
    return 0;
}

/* Protocol 2+: (__newobj__, (cls, *newargs), state, listitems, dictitems),
** or (copyreg.__newobj_ex__, (cls, args, kwargs), ...) with keywords. */
static Value reduce_newstyle(VM *vm, Value self) {
    Value parts[5] = {VAL_NONE, VAL_NONE, VAL_NONE, VAL_NONE, VAL_NONE};
    Value newargs = VAL_NULL, kwargs = VAL_NULL;
    for (int i = 0; i < 5; i++) gc_push_root(vm, &parts[i]);
    gc_push_root(vm, &newargs);
    gc_push_root(vm, &kwargs);
    Value r = VAL_ERROR;
    Value cls = val_from_obj(val_type(self));
    if (reduce_newargs(vm, self, &newargs, &kwargs) < 0) goto done;
    int hasargs = !val_is_null(newargs);
    int ex = !val_is_null(kwargs) && as_dict(kwargs)->used > 0;
    Value copyreg = import_module(vm, "copyreg");
    if (val_is_error(copyreg)) goto done;
    parts[0] = obj_getattr(vm, copyreg, str_intern_cstr(vm, ex ? "__newobj_ex__" : "__newobj__"));
    if (val_is_error(parts[0])) goto done;
    if (ex) {
        parts[1] = tuple_pack(vm, 3, cls, newargs, kwargs);
        if (val_is_error(parts[1])) goto done;
    } else {
        size_t n = hasargs ? as_tuple(newargs)->len : 0;
        parts[1] = tuple_new(vm, n + 1);
        if (val_is_error(parts[1])) goto done;
        as_tuple(parts[1])->items[0] = cls;
        for (size_t i = 0; i < n; i++) as_tuple(parts[1])->items[i + 1] = as_tuple(newargs)->items[i];
    }
    int required = !hasargs && !val_isinstance(self, &type_list) && !val_isinstance(self, &type_dict);
    parts[2] = reduce_getstate(vm, self, required);
    if (val_is_error(parts[2])) goto done;
    if (val_isinstance(self, &type_list) && val_is_error(parts[3] = obj_iter(vm, self))) goto done;
    if (val_isinstance(self, &type_dict)) {
        Value items = obj_call_method(vm, self, "items", NULL, 0);
        if (val_is_error(items) || val_is_error(parts[4] = obj_iter(vm, items))) goto done;
    }
    r = tuple_from(vm, parts, 5);
done:
    gc_pop_roots(vm, 7);
    return r;
}

/* Protocols 0 and 1: (_reconstructor, (cls, base, base(self)), dict). */
static Value reduce_oldstyle(VM *vm, Value self) {
    Type *t = val_type(self), *base = t;
    while (base->flags & TYPE_HEAP) base = base->base;
    if (base == t && t != &type_object)
        return vm_raise(vm, &type_TypeError, "cannot pickle '%s' object", type_name(t));
    Value parts[3] = {VAL_NONE, VAL_NONE, VAL_NONE};
    for (int i = 0; i < 3; i++) gc_push_root(vm, &parts[i]);
    Value r = VAL_ERROR;
    Value basestate = VAL_NONE;
    if (base != &type_object) {
        basestate = obj_call1(vm, val_from_obj(base), self);
        if (val_is_error(basestate)) goto done;
    }
    parts[1] = tuple_pack(vm, 3, val_from_obj(t), val_from_obj(base), basestate);
    if (val_is_error(parts[1])) goto done;
    parts[0] = native_func_new(vm, &reduce_helpers[1], VAL_NULL, VAL_NONE);
    if (val_is_error(parts[0])) goto done;
    Value d = VAL_NULL;
    if (val_is_obj(self) && (val_as_obj(self)->flags & OBJ_HAS_DICT)) d = *obj_dict_slot(val_as_obj(self));
    if (val_is_obj(d) && as_dict(d)->used > 0) {
        parts[2] = d;
        r = tuple_from(vm, parts, 3);
    } else {
        r = tuple_from(vm, parts, 2);
    }
done:
    gc_pop_roots(vm, 3);
    return r;
}

static Value object_reduce_common(VM *vm, Value self, int64_t proto) {
    return proto >= 2 ? reduce_newstyle(vm, self) : reduce_oldstyle(vm, self);
}

static Value object_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return object_reduce_common(vm, args[0], 0);
}

static Value object_reduce_ex(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce_ex__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t proto;
    if (obj_index_i64(vm, args[1], &proto, &type_OverflowError) < 0) return VAL_ERROR;
    /* an overridden __reduce__ wins */
    Value red = obj_type_lookup(val_type(args[0]), str_intern_cstr(vm, "__reduce__"));
    Value base_red = dict_get_str(vm, type_object.dict, str_intern_cstr(vm, "__reduce__"));
    if (!val_is_null(red) && red != base_red) {
        Value m = obj_getattr(vm, args[0], str_intern_cstr(vm, "__reduce__"));
        if (val_is_error(m)) return m;
        return obj_call0(vm, m);
    }
    return object_reduce_common(vm, args[0], proto);
}

static void object_collect_dir(VM *vm, Value result, Value self);

static Value object_dir_method(VM *vm, Value *args, int nargs, Value kwnames) {
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    object_collect_dir(vm, d, args[0]);
    if (vm->exc != VAL_NULL) return VAL_ERROR;
    Value keys = list_new(vm, 0);
    if (val_is_error(keys)) return keys;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);)
        if (list_append(vm, keys, k) < 0) return VAL_ERROR;
    return keys;
}

static void dir_add_dict(VM *vm, Value result, Value d) {
    if (!val_is_obj(d) || !val_isinstance(d, &type_dict)) return;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);)
        if (dict_set(vm, result, k, VAL_NONE) < 0) return;
}

static void dir_add_type(VM *vm, Value result, Type *t) {
    if (!val_is_obj(t->mro)) return;
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) dir_add_dict(vm, result, as_type(mro->items[i])->dict);
}

static void object_collect_dir(VM *vm, Value result, Value self) {
    if (val_is_typeobj(self)) {
        dir_add_type(vm, result, as_type(self));
        return;
    }
    if (val_is_type(self, &type_module)) {
        dir_add_dict(vm, result, ((ModuleObj *)val_as_obj(self))->dict);
        return;
    }
    dir_add_dict(vm, result, instance_dict(self));
    dir_add_type(vm, result, val_type(self));
}

static const MethodDef object_methods[] = {
    {"__format__", object_format_method, 0, NULL},
    {"__dir__", object_dir_method, 0, NULL},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_dunder_class_get, object_dunder_class_set},
    {NULL, NULL, NULL},
};

static Value object_weakref_get(VM *vm, Value self) { return weakref_first(vm, self); }

/* What a class that introduces instance dicts shows in its own __dict__. */
static const GetSetDef instance_dict_getsets[] = {
    {"__dict__", object_dunder_dict_get, object_dunder_dict_set},
    {"__weakref__", object_weakref_get, NULL},
    {NULL, NULL, NULL},
};

static Value object_getattr_slot(VM *vm, Value self, Value name) {
    return object_generic_getattr(vm, self, name);
}

Type type_object = {
    .hdr = STATIC_TYPE_HDR,
    .name = "object",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(Obj),
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = object_getattr_slot,
    .setattr = object_generic_setattr,
    .new_ = object_new,
    .init = object_init,
};

/* ---- C3 linearization ---- */

static Type *solid_base(Type *t);
static Type *solid_base_of(Type *t) { return solid_base(t); }

static bool tail_contains(Value *seqs[], size_t *lens, size_t *heads, size_t nseqs, Value cand) {
    for (size_t i = 0; i < nseqs; i++)
        for (size_t j = heads[i] + 1; j < lens[i]; j++)
            if (seqs[i][j] == cand) return true;
    return false;
}

static Value mro_error(VM *vm, Value *seqs[], size_t *lens, size_t *heads, size_t nseqs) {
    StrBuf sb;
    sb_init(&sb);
    sb_adds(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
    Value seen = dict_new(vm);
    for (size_t i = 0; i + 1 < nseqs && !val_is_error(seen); i++) {
        if (heads[i] >= lens[i]) continue;
        Value t = seqs[i][heads[i]];
        if (!val_is_null(dict_get(vm, seen, t))) continue;
        dict_set(vm, seen, t, VAL_TRUE);
        sb_addc(&sb, ' ');
        sb_adds(&sb, type_name(as_type(t)));
        sb_addc(&sb, ',');
    }
    if (sb.len && sb.data[sb.len - 1] == ',') sb.len--;
    Value msg = sb_finish(vm, &sb);
    if (val_is_error(msg)) return msg;
    return vm_raise(vm, &type_TypeError, "%U", msg);
}

/* The C3 merge of the bases' MROs and the bases list, with [t] first. */
static Value compute_mro(VM *vm, Type *t) {
    TupleObj *bases = as_tuple(t->bases);
    size_t nseqs = bases->len + 1;
    Value **seqs = calloc(nseqs, sizeof(Value *));
    size_t *lens = calloc(nseqs, sizeof(size_t));
    size_t *heads = calloc(nseqs, sizeof(size_t));
    size_t total = 1;
    for (size_t i = 0; i < bases->len; i++) {
        TupleObj *m = as_tuple(as_type(bases->items[i])->mro);
        seqs[i] = m->items;
        lens[i] = m->len;
        total += m->len;
    }
    seqs[bases->len] = bases->items;
    lens[bases->len] = bases->len;
    Value *out = malloc(total * sizeof(Value));
    size_t nout = 0;
    Value result = VAL_ERROR;
    if (!seqs || !lens || !heads || !out) {
        vm_raise_nomem(vm);
        goto done;
    }
    out[nout++] = val_from_obj(t);
    for (;;) {
        bool any = false, found = false;
        for (size_t i = 0; i < nseqs && !found; i++) {
            if (heads[i] >= lens[i]) continue;
            any = true;
            Value cand = seqs[i][heads[i]];
            if (tail_contains(seqs, lens, heads, nseqs, cand)) continue;
            found = true;
            out[nout++] = cand;
            for (size_t j = 0; j < nseqs; j++)
                if (heads[j] < lens[j] && seqs[j][heads[j]] == cand) heads[j]++;
        }
        if (!any) break;
        if (!found) {
            mro_error(vm, seqs, lens, heads, nseqs);
            goto done;
        }
    }
    result = tuple_from(vm, out, nout);
done:
    free(seqs);
    free(lens);
    free(heads);
    free(out);
    return result;
}

/* The metaclass of [t] overrides mro(): its result, checked as CPython
** does; otherwise the C3 linearization. */
static Value type_mro_method(VM *vm, Value *args, int nargs, Value kwnames);

static Value check_custom_mro(VM *vm, Type *t, Value r) {
    Value tup = seq_to_tuple(vm, r);
    if (val_is_error(tup)) return tup;
    TupleObj *m = as_tuple(tup);
    Type *solid = solid_base_of(t);
    for (size_t i = 0; i < m->len; i++) {
        if (!val_is_typeobj(m->items[i]))
            return vm_raise(vm, &type_TypeError, "mro() returned a non-class ('%s')",
                            val_type(m->items[i])->name);
        Type *b = as_type(m->items[i]);
        if (!type_is_subtype(solid, solid_base_of(b)))
            return vm_raise(vm, &type_TypeError, "mro() returned base with unsuitable layout ('%s')",
                            b->name);
    }
    return tup;
}

static Value mro_of(VM *vm, Type *t) {
    Type *meta = val_type(val_from_obj(t));
    if (meta == &type_type) return compute_mro(vm, t);
    Value f = obj_type_lookup(meta, NAME(vm, mro));
    if (val_is_type(f, &type_method_descriptor) &&
        ((MethodDescrObj *)val_as_obj(f))->def->fn == type_mro_method)
        return compute_mro(vm, t);
    Value tv = val_from_obj(t);
    gc_push_root(vm, &tv);
    Value m = obj_call_method(vm, tv, "mro", NULL, 0);
    gc_pop_roots(vm, 1);
    if (val_is_error(m)) return m;
    gc_push_root(vm, &m);
    Value r = check_custom_mro(vm, t, m);
    gc_pop_roots(vm, 1);
    return r;
}

/* ---- slot inheritance ---- */

static void inherit_slots(Type *t, Type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f;
    INHERIT(repr) INHERIT(str) INHERIT(richcompare) INHERIT(getattr)
    INHERIT(setattr) INHERIT(call) INHERIT(iter) INHERIT(iternext) INHERIT(descr_get)
    INHERIT(descr_set) INHERIT(len) INHERIT(getitem) INHERIT(setitem) INHERIT(contains)
    INHERIT(bool_) INHERIT(new_) INHERIT(init) INHERIT(number) INHERIT(traverse)
    INHERIT(finalize)
#undef INHERIT
    if (!t->hash && !(t->flags & TYPE_HEAP)) t->hash = b->hash;
    if (!t->basicsize) t->basicsize = b->basicsize;
    t->flags |= b->flags & (TYPE_INT_SUBCLASS | TYPE_STR_SUBCLASS | TYPE_TUPLE_SUBCLASS |
                            TYPE_LIST_SUBCLASS | TYPE_DICT_SUBCLASS | TYPE_EXC_SUBCLASS |
                            TYPE_TYPE_SUBCLASS | TYPE_BYTES_SUBCLASS | TYPE_FLOAT_SUBCLASS);
}

/* base.__subclasses__ holds weakrefs, so that a class can die; dead ones
** are dropped here. */
static int add_subclass(VM *vm, Type *base, Type *t) {
    if (!val_is_obj(base->subclasses)) {
        Value l = list_new(vm, 0);
        if (val_is_error(l)) return -1;
        base->subclasses = l;
    }
    ListObj *l = as_list(base->subclasses);
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++)
        if (!val_is_null(weakref_target(l->items[i]))) l->items[n++] = l->items[i];
    l->len = n;
    Value w = weakref_new_internal(vm, val_from_obj(t));
    if (val_is_error(w)) return -1;
    return list_append(vm, base->subclasses, w);
}

static void fix_static_value_fields(Type *t) {
    /* zero-initialised static Values are the float 0.0: mark them empty */
    if (t->qualname == 0) t->qualname = VAL_NULL;
    if (t->module == 0) t->module = VAL_NULL;
    if (t->bases == 0) t->bases = VAL_NULL;
    if (t->mro == 0) t->mro = VAL_NULL;
    if (t->dict == 0) t->dict = VAL_NULL;
    if (t->subclasses == 0) t->subclasses = VAL_NULL;
    if (t->name_obj == 0) t->name_obj = VAL_NULL;
}

/* The first line of the main built-in types' docstrings. */
static const struct { Type *type; const char *doc; } builtin_docs[] = {
    {&type_object, "The base class of the class hierarchy."},
    {&type_type, "type(object) -> the object's type"},
    {&type_bool, "bool(x) -> bool"},
    {&type_int, "int([x]) -> integer"},
    {&type_float, "Convert a string or number to a floating point number, if possible."},
    {&type_complex, "Create a complex number from a real part and an optional imaginary part."},
    {&type_str, "str(object='') -> str"},
    {&type_bytes, "bytes(iterable_of_ints) -> bytes"},
    {&type_bytearray, "bytearray(iterable_of_ints) -> bytearray"},
    {&type_tuple, "Built-in immutable sequence."},
    {&type_list, "Built-in mutable sequence."},
    {&type_dict, "dict() -> new empty dictionary"},
    {&type_set, "set() -> new empty set object"},
    {&type_frozenset, "frozenset() -> empty frozenset object"},
    {&type_range, "range(stop) -> range object"},
    {&type_slice, "slice(stop)"},
    {&type_memoryview, "Create a new memoryview object which references the given object."},
    {&type_enumerate, "Return an enumerate object."},
    {&type_zip, "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."},
    {&type_map, "map(func, *iterables) --> map object"},
    {&type_filter, "filter(function or None, iterable) --> filter object"},
    {&type_reversed, "Return a reverse iterator over the values of the given sequence."},
};

static const char *builtin_doc(Type *t) {
    for (size_t i = 0; i < sizeof builtin_docs / sizeof builtin_docs[0]; i++)
        if (builtin_docs[i].type == t) return builtin_docs[i].doc;
    return NULL;
}

/* A main built-in type's __doc__ (the others have none in their dict; object's
** is only the type's, so that instances of the others find no __doc__). */
static int set_static_doc(VM *vm, Type *t) {
    const char *doc = builtin_doc(t);
    if (!doc || t == &type_object || !val_is_null(dict_get_str(vm, t->dict, NAME(vm, __doc__)))) return 0;
    Value d = str_from_cstr(vm, doc);
    if (val_is_error(d)) return -1;
    return dict_set(vm, t->dict, NAME(vm, __doc__), d);
}

int type_ready(VM *vm, Type *t) {
    if (val_is_obj(t->mro)) return 0;
    fix_static_value_fields(t);
    if (!t->hdr.type) t->hdr.type = &type_type;
    if (t->hdr.flags & OBJ_STATIC) {
        if (gc_register_static_type(vm, t) < 0) return -1;
    }
    if (!t->base && t != &type_object) t->base = &type_object;
    if (t->base && !val_is_obj(t->base->mro) && type_ready(vm, t->base) < 0) return -1;
    if (!val_is_obj(t->dict)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return -1;
        t->dict = d;
    }
    val_as_obj(t->dict)->flags |= OBJ_TYPE_DICT;
    if ((t->hdr.flags & OBJ_STATIC) && set_static_doc(vm, t) < 0) return -1;
    type_lookup_epoch++;
    if (!val_is_obj(t->bases)) {
        Value b = t->base ? tuple_pack(vm, 1, val_from_obj(t->base)) : tuple_new(vm, 0);
        if (val_is_error(b)) return -1;
        t->bases = b;
    }
    if (t->base) {
        Value mro = compute_mro(vm, t);
        if (val_is_error(mro)) return -1;
        t->mro = mro;
        /* a built-in type directly under object without its own __new__ cannot
           be instantiated from Python (iterators, descriptors, ...) */
        bool instantiable = t->new_ || t->base != &type_object;
        inherit_slots(t, t->base);
        if (!instantiable) t->new_ = NULL;
        if (!t->hash) t->hash = t->base->hash;
        if (add_subclass(vm, t->base, t) < 0) return -1;
    } else {
        Value mro = tuple_pack(vm, 1, val_from_obj(t));
        if (val_is_error(mro)) return -1;
        t->mro = mro;
    }
    if (t == &type_type) t->flags |= TYPE_TYPE_SUBCLASS;
    return slots_add_wrappers(vm, t);
}

/* ---- heap types: slots that call Python dunders ---- */

static Type *solid_base(Type *t) {
    while (t->base && t->basicsize == t->base->basicsize && (t->flags & TYPE_HEAP)) t = t->base;
    while (t->base && t->basicsize == t->base->basicsize) t = t->base;
    return t;
}

static Type *best_base(VM *vm, Value bases) {
    TupleObj *b = as_tuple(bases);
    Type *winner = NULL, *best = NULL;
    for (size_t i = 0; i < b->len; i++) {
        Type *bt = as_type(b->items[i]);
        Type *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            best = bt;
        } else if (type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (type_is_subtype(candidate, winner)) {
            winner = candidate;
            best = bt;
        } else {
            vm_raise(vm, &type_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static Type *calculate_metaclass(VM *vm, Type *meta, Value bases) {
    Type *winner = meta;
    TupleObj *b = as_tuple(bases);
    for (size_t i = 0; i < b->len; i++) {
        Type *bt = val_type(b->items[i]);
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        vm_raise(vm, &type_TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static int check_bases(VM *vm, Value bases) {
    TupleObj *b = as_tuple(bases);
    for (size_t i = 0; i < b->len; i++) {
        if (!val_is_typeobj(b->items[i])) {
            vm_raise(vm, &type_TypeError, "bases must be types");
            return -1;
        }
        Type *bt = as_type(b->items[i]);
        if (!(bt->flags & TYPE_BASETYPE)) {
            vm_raise(vm, &type_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (b->items[j] == b->items[i]) {
                vm_raise(vm, &type_TypeError, "duplicate base class %s", type_name(bt));
                return -1;
            }
    }
    return 0;
}

static int wrap_implicit_classmethods(VM *vm, Value dict) {
    static const char *const names[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < 2; i++) {
        Value f = dict_get_cstr(vm, dict, names[i]);
        if (val_is_type(f, &type_function)) {
            Value cm = classmethod_new(vm, f);
            if (val_is_error(cm) || dict_set_cstr(vm, dict, names[i], cm) < 0) return -1;
        }
    }
    Value nw = dict_get_cstr(vm, dict, "__new__");
    if (val_is_type(nw, &type_function)) {
        Value sm = staticmethod_new(vm, nw);
        if (val_is_error(sm) || dict_set_cstr(vm, dict, "__new__", sm) < 0) return -1;
    }
    return 0;
}

/* CPython 3.11 reports a failing __set_name__ as a RuntimeError caused by
** the original exception (pending in vm->exc). */
static void wrap_set_name_error(VM *vm, Type *t, Value name, Value attr) {
    Value cause = vm->exc;
    if (!val_is_exc(cause)) return;
    gc_push_root(vm, &cause);
    vm_clear_exc(vm);
    vm_raise(vm, &type_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
             type_name(val_type(attr)), name, t->name);
    if (val_is_exc(vm->exc)) {
        ExcObj *e = (ExcObj *)val_as_obj(vm->exc);
        e->cause = e->context = cause;
        e->suppress_context = true;
    }
    gc_pop_roots(vm, 1);
}

static int set_names(VM *vm, Type *t) {
    /* __set_name__ on every attribute that has it, over a snapshot of the dict */
    Value items = list_new(vm, 0);
    if (val_is_error(items)) return -1;
    gc_push_root(vm, &items);
    Value k, v;
    for (size_t i = 0; dict_next(t->dict, &i, &k, &v);) {
        Value pair = tuple_pack(vm, 2, k, v);
        if (val_is_error(pair) || list_append(vm, items, pair) < 0) goto fail;
    }
    for (size_t i = 0; i < as_list(items)->len; i++) {
        TupleObj *pair = as_tuple(as_list(items)->items[i]);
        bool found;
        Value args[2] = {val_from_obj(t), pair->items[0]};
        Value r = call_special(vm, pair->items[1], NAME(vm, __set_name__), args, 2, &found);
        if (found && val_is_error(r)) {
            wrap_set_name_error(vm, t, pair->items[0], pair->items[1]);
            goto fail;
        }
    }
    gc_pop_roots(vm, 1);
    return 0;
fail:
    gc_pop_roots(vm, 1);
    return -1;
}

/* callable(*args, **kwds): [kwds] a dict of str keys, or VAL_NULL. */
static Value call_with_kwds(VM *vm, Value callable, Value *args, int nargs, Value kwds) {
    size_t nkw = val_is_obj(kwds) ? as_dict(kwds)->used : 0;
    if (nkw == 0) {
        gc_push_root(vm, &callable);
        Value r = obj_call(vm, callable, args, nargs, VAL_NULL);
        gc_pop_roots(vm, 1);
        return r;
    }
    Value *argv = malloc(((size_t)nargs + nkw) * sizeof(Value));
    Value names = tuple_new(vm, nkw);
    if (!argv || val_is_error(names)) {
        free(argv);
        return val_is_error(names) ? names : vm_raise_nomem(vm);
    }
    if (nargs) memcpy(argv, args, (size_t)nargs * sizeof(Value));
    Value k, v;
    size_t j = 0;
    for (size_t i = 0; dict_next(kwds, &i, &k, &v); j++) {
        as_tuple(names)->items[j] = k;
        argv[nargs + j] = v;
    }
    gc_push_root(vm, &callable);
    gc_push_root(vm, &names);
    Value r = obj_call(vm, callable, argv, nargs, names);
    gc_pop_roots(vm, 2);
    free(argv);
    return r;
}

static int init_subclass(VM *vm, Type *t, Value kwds) {
    /* super(t, t).__init_subclass__(**kwds) */
    TupleObj *mro = as_tuple(t->mro);
    Value func = VAL_NULL;
    for (size_t i = 1; i < mro->len && val_is_null(func); i++)
        func = dict_get_str(vm, as_type(mro->items[i])->dict, NAME(vm, __init_subclass__));
    if (val_is_null(func)) return 0;
    Type *ft = val_type(func);
    Value bound = func;
    if (ft->descr_get) {
        bound = ft->descr_get(vm, func, val_from_obj(t), val_from_obj(t));
        if (val_is_error(bound)) return -1;
    }
    Value r = call_with_kwds(vm, bound, NULL, 0, kwds);
    return val_is_error(r) ? -1 : 0;
}

/* "__x" in class C is stored as "_C__x" (private name mangling). */
static Value mangle_slot_name(VM *vm, Type *t, Value name) {
    const char *n = str_cstr(name);
    size_t len = as_str(name)->size;
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')) return name;
    const char *cls = t->name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    return str_format(vm, "_%s%U", cls, name);
}

/* __slots__: a member descriptor per name, stored after the base's layout;
** without '__dict__' among them (and no dict from a base) instances have no
** __dict__. Returns 0 or -1. */
/* A __slots__ entry must be an identifier (non-ASCII letters accepted). */
static bool slot_name_ok(Value name) { return str_is_identifier(as_str(name)); }

static int apply_slots(VM *vm, Type *t, Type *base) {
    t->slot_start = base->slot_start;
    Value slots = dict_get_str(vm, t->dict, NAME(vm, __slots__));
    if (val_is_null(slots)) return 0;
    Value names = val_is_str(slots) ? list_from(vm, &slots, 1) : seq_to_list(vm, slots);
    if (val_is_error(names)) return -1;
    gc_push_root(vm, &names);
    ListObj *l = as_list(names);
    bool want_dict = false, want_weakref = false;
    size_t nslots = 0;
    if (l->len && (base->flags & (TYPE_INT_SUBCLASS | TYPE_STR_SUBCLASS | TYPE_TUPLE_SUBCLASS |
                                  TYPE_BYTES_SUBCLASS))) {
        vm_raise(vm, &type_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        goto fail;
    }
    for (size_t i = 0; i < l->len; i++) {
        if (!val_is_str(l->items[i])) {
            vm_raise(vm, &type_TypeError, "__slots__ items must be strings, not '%T'", l->items[i]);
            goto fail;
        }
        if (!slot_name_ok(l->items[i])) {
            vm_raise(vm, &type_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq_cstr(l->items[i], "__dict__")) {
            if (want_dict || (base->flags & TYPE_INSTANCE_DICT)) {
                vm_raise(vm, &type_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            want_dict = true;
        } else if (str_eq_cstr(l->items[i], "__weakref__")) {
            if (want_weakref || (base->flags & TYPE_WEAKREFABLE) ||
                (base->flags & (TYPE_INT_SUBCLASS | TYPE_TUPLE_SUBCLASS | TYPE_BYTES_SUBCLASS))) {
                vm_raise(vm, &type_TypeError,
                         "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto fail;
            }
            want_weakref = true;
        } else {
            nslots++;
        }
    }
    if (!want_dict && !(base->flags & TYPE_INSTANCE_DICT)) t->flags &= ~TYPE_INSTANCE_DICT;
    if (!want_weakref && !(base->flags & TYPE_WEAKREFABLE)) t->flags &= ~TYPE_WEAKREFABLE;
    uint32_t offset = (base->basicsize + 7u) & ~7u;
    if (nslots && !t->slot_start) t->slot_start = offset;
    for (size_t i = 0; i < l->len; i++) {
        Value name = l->items[i];
        if (str_eq_cstr(name, "__dict__") || str_eq_cstr(name, "__weakref__")) continue;
        name = mangle_slot_name(vm, t, name);
        if (val_is_error(name)) goto fail;
        name = str_intern(vm, name);
        Value existing = dict_get_str(vm, t->dict, name);
        if (val_is_type(existing, &type_member_descriptor)) continue;  /* named twice */
        if (!val_is_null(existing)) {
            vm_raise(vm, &type_ValueError, "%R in __slots__ conflicts with class variable", name);
            goto fail;
        }
        Value d = member_descr_new(vm, t, name, offset);
        if (val_is_error(d) || dict_set(vm, t->dict, name, d) < 0) goto fail;
        offset += sizeof(Value);
    }
    t->basicsize = offset > t->basicsize ? offset : t->basicsize;
    gc_pop_roots(vm, 1);
    return 0;
fail:
    gc_pop_roots(vm, 1);
    return -1;
}

/* Instances of a new class may be weakly referenced unless its base's
** layout has variable size (int, tuple, bytes) or __slots__ leave it out. */
static uint32_t weakref_flag_for(Type *base) {
    if (base->flags & TYPE_WEAKREFABLE) return TYPE_WEAKREFABLE;
    if (base->flags & (TYPE_INT_SUBCLASS | TYPE_TUPLE_SUBCLASS | TYPE_BYTES_SUBCLASS)) return 0;
    return TYPE_WEAKREFABLE;
}

/* The __dict__ and __weakref__ descriptors a class shows in its own
** __dict__ when it is the first in its MRO to have them. */
static int add_instance_getsets(VM *vm, Type *t, Type *base) {
    for (const GetSetDef *g = instance_dict_getsets; g->name; g++) {
        bool is_dict = g == instance_dict_getsets;
        uint32_t flag = is_dict ? TYPE_INSTANCE_DICT : TYPE_WEAKREFABLE;
        if ((base->flags & flag) || !(t->flags & flag)) continue;
        if (is_dict && (base->flags & TYPE_TYPE_SUBCLASS)) continue;  /* type has its own */
        if (!val_is_null(dict_get_cstr(vm, t->dict, g->name))) continue;
        GetSetDescrObj *d = gc_alloc(vm, &type_getset_descriptor, sizeof(GetSetDescrObj));
        if (!d) return -1;
        d->def = g;
        d->owner = t;
        if (dict_set_cstr(vm, t->dict, g->name, val_from_obj(d)) < 0) return -1;
    }
    return 0;
}

Value type_new_heap(VM *vm, Type *meta, Value name, Value bases, Value dict, Value kwds) {
    if (!val_is_str(name))
        return vm_raise(vm, &type_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!val_isinstance(bases, &type_tuple))
        return vm_raise(vm, &type_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!val_isinstance(dict, &type_dict))
        return vm_raise(vm, &type_TypeError, "type.__new__() argument 3 must be dict, not %T", dict);
    for (size_t i = 0; i < as_tuple(bases)->len; i++) {
        Value b = as_tuple(bases)->items[i];
        if (val_is_typeobj(b)) continue;
        Value me = obj_lookup_attr(vm, b, NAME(vm, __mro_entries__));
        if (val_is_error(me)) return me;
        if (!val_is_null(me))
            return vm_raise(vm, &type_TypeError,
                            "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    if (as_tuple(bases)->len == 0) {
        bases = tuple_pack(vm, 1, val_from_obj(&type_object));
        if (val_is_error(bases)) return bases;
    }
    Type *winner = calculate_metaclass(vm, meta, bases);
    if (!winner) return VAL_ERROR;
    if (check_bases(vm, bases) < 0) return VAL_ERROR;
    Type *base = best_base(vm, bases);
    if (!base) return VAL_ERROR;

    Type *t = gc_alloc(vm, winner, sizeof(Type));
    if (!t) return VAL_ERROR;
    Value tv = val_from_obj(t);
    gc_push_root(vm, &tv);
    t->qualname = t->module = t->mro = t->subclasses = VAL_NULL;
    t->name_obj = str_intern(vm, name);
    t->name = str_cstr(t->name_obj);
    t->bases = bases;
    t->base = base;
    t->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_INSTANCE_DICT | weakref_flag_for(base);
    t->basicsize = base->basicsize;
    t->dict = dict_copy(vm, dict);
    if (val_is_error(t->dict)) goto fail;
    val_as_obj(t->dict)->flags |= OBJ_TYPE_DICT;
    type_lookup_epoch++;   /* a new type may reuse a freed one's address */

    Value qn = dict_get_str(vm, t->dict, NAME(vm, __qualname__));
    if (!val_is_null(qn)) {
        if (!val_is_str(qn)) {
            vm_raise(vm, &type_TypeError, "type __qualname__ must be a str, not %T", qn);
            goto fail;
        }
        t->qualname = qn;
        dict_del(vm, t->dict, NAME(vm, __qualname__));
    } else {
        t->qualname = t->name_obj;
    }
    if (val_is_null(dict_get_str(vm, t->dict, NAME(vm, __module__)))) {
        Frame *f = vm->fiber ? vm->fiber->frame : NULL;
        Value modname = f ? dict_get_str(vm, f->globals, NAME(vm, __name__)) : VAL_NULL;
        if (!val_is_null(modname) && !val_is_error(modname) &&
            dict_set(vm, t->dict, NAME(vm, __module__), modname) < 0)
            goto fail;
    }
    if (wrap_implicit_classmethods(vm, t->dict) < 0) goto fail;
    if (apply_slots(vm, t, base) < 0) goto fail;
    if (add_instance_getsets(vm, t, base) < 0) goto fail;
    if (val_is_null(dict_get_str(vm, t->dict, NAME(vm, __doc__))) &&
        dict_set(vm, t->dict, NAME(vm, __doc__), VAL_NONE) < 0)
        goto fail;

    t->mro = tuple_pack(vm, 1, tv);  /* for a custom mro() that looks at it */
    if (val_is_error(t->mro)) goto fail;
    Value mro = mro_of(vm, t);
    if (val_is_error(mro)) goto fail;
    t->mro = mro;
    type_lookup_epoch++;
    inherit_slots(t, base);
    t->hash = NULL;
    type_update_slots(vm, t);
    if (vm->exc != VAL_NULL) goto fail;
    if (type_is_subtype(t, &type_type)) t->flags |= TYPE_TYPE_SUBCLASS;

    TupleObj *bt = as_tuple(bases);
    for (size_t i = 0; i < bt->len; i++)
        if (add_subclass(vm, as_type(bt->items[i]), t) < 0) goto fail;

    Value cell = dict_get_str(vm, t->dict, NAME(vm, __classcell__));
    if (!val_is_null(cell)) {
        if (!val_is_type(cell, &type_cell)) {
            vm_raise(vm, &type_TypeError, "__classcell__ must be a nonlocal cell, not %T", cell);
            goto fail;
        }
        ((CellObj *)val_as_obj(cell))->ref = tv;
        dict_del(vm, t->dict, NAME(vm, __classcell__));
    }
    if (set_names(vm, t) < 0) goto fail;
    if (init_subclass(vm, t, kwds) < 0) goto fail;
    gc_pop_roots(vm, 1);
    return tv;
fail:
    gc_pop_roots(vm, 1);
    return VAL_ERROR;
}

/* ---- type ---- */

static Value type_repr(VM *vm, Value self) {
    Value qn = type_qualified_name(vm, as_type(self));
    if (val_is_error(qn)) return qn;
    return str_format(vm, "<class '%U'>", qn);
}

static Value type_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    Type *t = as_type(self);
    bool has_kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (t == &type_type && nargs == 1 && !has_kw) return val_from_obj(val_type(args[0]));
    if (t == &type_type && nargs != 3)
        return vm_raise(vm, &type_TypeError, "type() takes 1 or 3 arguments");
    if (!t->new_)
        return vm_raise(vm, &type_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(vm, t, args, nargs, kwnames);
    if (val_is_error(obj) || !t->init) return obj;
    if (!type_is_subtype(val_type(obj), t)) return obj;
    Type *ot = val_type(obj);
    if (!ot->init) return obj;
    gc_push_root(vm, &obj);
    int r = ot->init(vm, obj, args, nargs, kwnames);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : obj;
}

static Value type_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    bool has_kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (nargs == 1 && !has_kw && cls == &type_type) return val_from_obj(val_type(args[0]));
    if (nargs != 3) return vm_raise(vm, &type_TypeError, "type() takes 1 or 3 arguments");
    Value kwds = VAL_NULL;
    if (has_kw) {
        kwds = dict_new(vm);
        if (val_is_error(kwds)) return kwds;
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++)
            if (dict_set(vm, kwds, kn->items[i], args[nargs + i]) < 0) return VAL_ERROR;
    }
    gc_push_root(vm, &kwds);
    Value r = type_new_heap(vm, cls, args[0], args[1], args[2], kwds);
    gc_pop_roots(vm, 1);
    return r;
}

static int type_init_slot(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (nargs != 1 && nargs != 3) {
        vm_raise(vm, &type_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Value type_getattr(VM *vm, Value self, Value name) {
    Type *t = as_type(self);
    Type *meta = val_type(self);
    Value meta_attr = obj_type_lookup(meta, name);
    Type *mt = NULL;
    if (!val_is_null(meta_attr)) {
        mt = val_type(meta_attr);
        if (mt->descr_get && mt->descr_set)
            return mt->descr_get(vm, meta_attr, self, val_from_obj(meta));
    }
    Value attr = obj_type_lookup(t, name);
    if (!val_is_null(attr)) {
        Type *at = val_type(attr);
        if (at->descr_get) return at->descr_get(vm, attr, VAL_NULL, self);
        return attr;
    }
    if (mt && mt->descr_get) return mt->descr_get(vm, meta_attr, self, val_from_obj(meta));
    if (!val_is_null(meta_attr)) return meta_attr;
    return VAL_NULL;
}

static int type_setattr(VM *vm, Value self, Value name, Value v) {
    Type *t = as_type(self);
    if (val_is_str(name) && !val_is_exact_str(name)) {
        /* attribute lookups on types compare names natively (they run no
           Python code): keep the names in a type's dict exact strs */
        name = str_new(vm, str_cstr(name), as_str(name)->size);
        if (val_is_error(name)) return -1;
        name = str_intern(vm, name);
        if (val_is_error(name)) return -1;
    }
    if (!(t->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError,
                 "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_attr = obj_type_lookup(val_type(self), name);
    if (!val_is_null(meta_attr)) {
        Type *mt = val_type(meta_attr);
        if (mt->descr_set) return mt->descr_set(vm, meta_attr, self, v);
    }
    int r;
    if (val_is_null(v)) {
        r = dict_del(vm, t->dict, name);
        if (r == 0) {
            vm_raise(vm, &type_AttributeError, "type object '%s' has no attribute '%U'",
                     type_name(t), name);
            return -1;
        }
        r = r < 0 ? -1 : 0;
    } else {
        r = dict_set(vm, t->dict, name, v);
    }
    if (r == 0 && val_is_str(name) && as_str(name)->size > 4 && str_cstr(name)[0] == '_' &&
        str_cstr(name)[1] == '_') {
        type_update_slots(vm, t);
        if (vm->exc != VAL_NULL) return -1;
    }
    return r;
}

static void type_traverse(Obj *o, GCVisitor *gv) {
    Type *t = (Type *)o;
    gc_visit(gv, t->qualname);
    gc_visit(gv, t->module);
    gc_visit(gv, t->bases);
    gc_visit(gv, t->mro);
    gc_visit(gv, t->dict);
    gc_visit(gv, t->subclasses);
    gc_visit(gv, t->name_obj);
    if (t->base) gc_visit(gv, val_from_obj(t->base));
}

static void type_finalize(Obj *o) {
    Type *t = (Type *)o;
    if ((t->flags & TYPE_HEAP) && (t->flags & TYPE_OWNS_NUMBER)) free(t->number);
}

static Value type_get_name(VM *vm, Value self) {
    Type *t = as_type(self);
    if (val_is_obj(t->name_obj)) return t->name_obj;
    return str_from_cstr(vm, type_name(t));
}

static int type_set_name(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP) || !val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "can only assign string to %s.__name__, not '%T'",
                 t->name, v);
        return -1;
    }
    t->name_obj = str_intern(vm, v);
    t->name = str_cstr(t->name_obj);
    return 0;
}

static Value type_get_qualname(VM *vm, Value self) {
    Type *t = as_type(self);
    if (val_is_obj(t->qualname)) return t->qualname;
    return type_get_name(vm, self);
}

static int type_set_qualname(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP) || !val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                 t->name, v);
        return -1;
    }
    t->qualname = v;
    return 0;
}

static Value type_get_module(VM *vm, Value self) {
    Type *t = as_type(self);
    if (t->flags & TYPE_HEAP) {
        Value m = dict_get_str(vm, t->dict, NAME(vm, __module__));
        if (!val_is_null(m)) return m;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) return str_new(vm, t->name, (size_t)(dot - t->name));
    return str_from_cstr(vm, "builtins");
}

static int type_set_module(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                 t->name);
        return -1;
    }
    return dict_set(vm, t->dict, NAME(vm, __module__), v);
}

static Value type_get_bases(VM *vm, Value self) { return as_type(self)->bases; }
static Value type_get_mro(VM *vm, Value self) { return as_type(self)->mro; }

/* Drop [t] from base.__subclasses__(). */
static void remove_subclass(Type *base, Type *t) {
    if (!val_is_obj(base->subclasses)) return;
    ListObj *l = as_list(base->subclasses);
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        Value v = weakref_target(l->items[i]);
        if (!val_is_null(v) && as_type(v) != t) l->items[n++] = l->items[i];
    }
    l->len = n;
}

/* Recompute the MRO of [t] and of every subclass below it; on failure
** the MROs already changed are put back from [undo] (a list of pairs). */
static int remro_hierarchy(VM *vm, Type *t, Value undo) {
    Value old = t->mro;
    Value mro = mro_of(vm, t);
    if (val_is_error(mro)) return -1;
    Value pair = tuple_pack(vm, 2, val_from_obj(t), old);
    if (val_is_error(pair) || list_append(vm, undo, pair) < 0) return -1;
    t->mro = mro;
    type_lookup_epoch++;
    if (!val_is_obj(t->subclasses)) return 0;
    Value subs = list_from(vm, as_list(t->subclasses)->items, as_list(t->subclasses)->len);
    if (val_is_error(subs)) return -1;
    gc_push_root(vm, &subs);
    int r = 0;
    for (size_t i = 0; i < as_list(subs)->len && r == 0; i++) {
        Value v = weakref_target(as_list(subs)->items[i]);
        if (!val_is_null(v)) r = remro_hierarchy(vm, as_type(v), undo);
    }
    gc_pop_roots(vm, 1);
    return r;
}

static void undo_remro(Value undo) {
    ListObj *l = as_list(undo);
    for (size_t i = l->len; i-- > 0;) {
        TupleObj *p = as_tuple(l->items[i]);
        as_type(p->items[0])->mro = p->items[1];
    }
    type_lookup_epoch++;
}

static int check_new_bases(VM *vm, Type *t, Value v) {
    if (!val_isinstance(v, &type_tuple)) {
        vm_raise(vm, &type_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                 val_type(v)->name);
        return -1;
    }
    if (as_tuple(v)->len == 0) {
        vm_raise(vm, &type_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                 t->name);
        return -1;
    }
    for (size_t i = 0; i < as_tuple(v)->len; i++) {
        Value b = as_tuple(v)->items[i];
        if (!val_is_typeobj(b)) {
            vm_raise(vm, &type_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                     val_type(b)->name);
            return -1;
        }
        if (type_is_subtype(as_type(b), t)) {
            vm_raise(vm, &type_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

static int set_bases_links(VM *vm, Type *t, Value old_bases, Value new_bases) {
    for (size_t i = 0; i < as_tuple(old_bases)->len; i++)
        remove_subclass(as_type(as_tuple(old_bases)->items[i]), t);
    for (size_t i = 0; i < as_tuple(new_bases)->len; i++)
        if (add_subclass(vm, as_type(as_tuple(new_bases)->items[i]), t) < 0) return -1;
    return 0;
}

/* C.__bases__ = (...): new bases with a compatible layout; the MROs of C
** and its subclasses are recomputed and their slots re-derived. */
static int type_set_bases(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'",
                 t->name);
        return -1;
    }
    if (check_new_bases(vm, t, v) < 0 || check_bases(vm, v) < 0) return -1;
    Type *new_base = best_base(vm, v);
    if (!new_base) return -1;
    if (builtin_base(t->base) != builtin_base(new_base)) {
        vm_raise(vm, &type_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                 new_base->name, t->base->name);
        return -1;
    }
    if (!same_layout(vm, t->base, new_base)) {
        vm_raise(vm, &type_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                 new_base->name, t->base->name);
        return -1;
    }
    Value old_bases = t->bases, undo = list_new(vm, 0);
    Type *old_base = t->base;
    if (val_is_error(undo)) return -1;
    gc_push_root(vm, &old_bases);
    gc_push_root(vm, &undo);
    t->bases = v;
    t->base = new_base;
    int r = remro_hierarchy(vm, t, undo);
    if (r < 0) {
        undo_remro(undo);
        t->bases = old_bases;
        t->base = old_base;
    } else {
        r = set_bases_links(vm, t, old_bases, v);
        if (r == 0) {
            type_update_slots(vm, t);
            if (vm->exc != VAL_NULL) r = -1;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

static Value type_get_base(VM *vm, Value self) {
    Type *t = as_type(self);
    return t->base ? val_from_obj(t->base) : VAL_NONE;
}

static Value type_get_dict(VM *vm, Value self) { return mappingproxy_new(vm, as_type(self)->dict); }

static Value type_get_doc(VM *vm, Value self) {
    Type *t = as_type(self);
    Value d = dict_get_str(vm, t->dict, NAME(vm, __doc__));
    if (val_is_null(d)) {
        const char *doc = t->flags & TYPE_HEAP ? NULL : builtin_doc(t);
        return doc ? str_from_cstr(vm, doc) : VAL_NONE;
    }
    Type *dt = val_type(d);
    if (dt == &type_getset_descriptor && !(t->flags & TYPE_HEAP)) { /* type's own */
        const char *doc = builtin_doc(t);
        return doc ? str_from_cstr(vm, doc) : VAL_NONE;
    }
    if (dt->descr_get) return dt->descr_get(vm, d, VAL_NULL, self);
    return d;
}

static int type_set_doc(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return dict_set(vm, t->dict, NAME(vm, __doc__), v);
}

static Value type_get_abstractmethods(VM *vm, Value self) {
    Type *t = as_type(self);
    Value v = t == &type_type ? VAL_NULL : dict_get_str(vm, t->dict, NAME(vm, __abstractmethods__));
    if (val_is_null(v)) return vm_raise(vm, &type_AttributeError, "__abstractmethods__");
    return v;
}

static int type_set_abstractmethods(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (val_is_null(v)) {
        t->flags &= ~TYPE_ABSTRACT;
        return dict_del(vm, t->dict, NAME(vm, __abstractmethods__)) < 0 ? -1 : 0;
    }
    int truth = obj_truthy(vm, v);
    if (truth < 0) return -1;
    if (truth) t->flags |= TYPE_ABSTRACT;
    else t->flags &= ~TYPE_ABSTRACT;
    return dict_set(vm, t->dict, NAME(vm, __abstractmethods__), v);
}

/* __flags__ with CPython's Py_TPFLAGS_* bit values. */
static Value type_get_flags(VM *vm, Value self) {
    static const struct { uint32_t ours; uint32_t bit; } map[] = {
        {TYPE_IS_SEQUENCE, 5}, {TYPE_IS_MAPPING, 6}, {TYPE_HEAP, 9}, {TYPE_BASETYPE, 10},
        {TYPE_ABSTRACT, 20}, {TYPE_INT_SUBCLASS, 24}, {TYPE_LIST_SUBCLASS, 25},
        {TYPE_TUPLE_SUBCLASS, 26}, {TYPE_BYTES_SUBCLASS, 27}, {TYPE_STR_SUBCLASS, 28},
        {TYPE_DICT_SUBCLASS, 29}, {TYPE_EXC_SUBCLASS, 30}, {TYPE_TYPE_SUBCLASS, 31},
    };
    Type *t = as_type(self);
    uint64_t f = (1u << 12) | (1u << 14);  /* READY, HAVE_GC */
    if (!(t->flags & TYPE_HEAP)) f |= 1u << 8;  /* IMMUTABLETYPE */
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (t->flags & map[i].ours) f |= UINT64_C(1) << map[i].bit;
    return val_from_small((int64_t)f);
}

static Value type_get_basicsize(VM *vm, Value self) {
    Type *t = as_type(self);
    uint32_t extra = (t->flags & TYPE_INSTANCE_DICT) ? sizeof(Value) : 0;
    return val_from_small((int64_t)(t->basicsize + extra));
}

static Value type_get_itemsize(VM *vm, Value self) {
    Type *t = as_type(self);
    bool varsize = t->flags & (TYPE_INT_SUBCLASS | TYPE_TUPLE_SUBCLASS | TYPE_BYTES_SUBCLASS);
    return val_from_small(varsize ? (int64_t)sizeof(Value) : 0);
}

static Value type_get_dictoffset(VM *vm, Value self) {
    return val_from_small((as_type(self)->flags & TYPE_INSTANCE_DICT) ? -(int64_t)sizeof(Value) : 0);
}

static Value type_get_weakrefoffset(VM *vm, Value self) {
    return val_from_small((as_type(self)->flags & TYPE_WEAKREFABLE) ? (int64_t)sizeof(Obj) : 0);
}

static Value type_get_text_signature(VM *vm, Value self) { return VAL_NONE; }

/* C.__annotations__: the class's own, made empty on first use (not
** inherited from a base). */
static Value type_get_annotations(VM *vm, Value self) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP))
        return vm_raise(vm, &type_AttributeError, "type object '%s' has no attribute '__annotations__'",
                        type_name(t));
    Value a = dict_get_str(vm, t->dict, NAME(vm, __annotations__));
    if (val_is_error(a)) return a;
    if (!val_is_null(a)) {
        Type *at = val_type(a);
        return at->descr_get ? at->descr_get(vm, a, VAL_NULL, self) : a;
    }
    a = dict_new(vm);
    if (val_is_error(a)) return a;
    if (dict_set(vm, t->dict, NAME(vm, __annotations__), a) < 0) return VAL_ERROR;
    type_lookup_epoch++;
    return a;
}

static int type_set_annotations(VM *vm, Value self, Value v) {
    Type *t = as_type(self);
    if (!(t->flags & TYPE_HEAP)) {
        vm_raise(vm, &type_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                 t->name);
        return -1;
    }
    int r;
    if (val_is_null(v)) {
        r = dict_del(vm, t->dict, NAME(vm, __annotations__));
        if (r == 0) {
            vm_raise(vm, &type_AttributeError, "__annotations__");
            return -1;
        }
    } else {
        r = dict_set(vm, t->dict, NAME(vm, __annotations__), v);
    }
    type_lookup_epoch++;
    return r < 0 ? -1 : 0;
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__flags__", type_get_flags, NULL},
    {"__basicsize__", type_get_basicsize, NULL},
    {"__itemsize__", type_get_itemsize, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL},
    {"__text_signature__", type_get_text_signature, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {NULL, NULL, NULL},
};

static Value type_mro_method(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!val_is_typeobj(args[0])) return vm_raise(vm, &type_TypeError, "descriptor 'mro' requires a type");
    if (vm_check_args(vm, "mro", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Type *t = as_type(args[0]);
    /* the C3 linearization of the current bases (a custom mro() calls this) */
    Value m = t->base ? compute_mro(vm, t) : t->mro;
    if (val_is_error(m)) return m;
    return list_from(vm, as_tuple(m)->items, as_tuple(m)->len);
}

static Value type_subclasses_method(VM *vm, Value *args, int nargs, Value kwnames) {
    Type *t = as_type(args[0]);
    if (!val_is_obj(t->subclasses)) return list_new(vm, 0);
    Value r = list_new(vm, 0);
    if (val_is_error(r)) return r;
    ListObj *l = as_list(t->subclasses);
    for (size_t i = 0; i < l->len; i++) {
        Value sub = weakref_target(l->items[i]);
        if (!val_is_null(sub) && list_append(vm, r, sub) < 0) return VAL_ERROR;
    }
    return r;
}

static Value type_instancecheck(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__instancecheck__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Type *t = as_type(args[0]);
    if (val_isinstance(args[1], t)) return VAL_TRUE;
    Value cls = obj_lookup_attr(vm, args[1], NAME(vm, __class__));
    if (val_is_error(cls)) return cls;
    if (val_is_typeobj(cls) && type_is_subtype(as_type(cls), t)) return VAL_TRUE;
    return VAL_FALSE;
}

static Value type_subclasscheck(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__subclasscheck__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_typeobj(args[1]))
        return vm_raise(vm, &type_TypeError, "issubclass() arg 1 must be a class");
    return val_from_bool(type_is_subtype(as_type(args[1]), as_type(args[0])));
}

static Value type_prepare(VM *vm, Value *args, int nargs, Value kwnames) { return dict_new(vm); }

static Value type_dir_method(VM *vm, Value *args, int nargs, Value kwnames) {
    return object_dir_method(vm, args, nargs, kwnames);
}

static Value type_sizeof(VM *vm, Value *args, int nargs, Value kwnames) {
    return val_from_small((int64_t)sizeof(Type));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasses__", type_subclasses_method, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, METH_CLASS, NULL},
    {"__dir__", type_dir_method, 0, NULL},
    {"__sizeof__", type_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value type_or(VM *vm, Value a, Value b) {
    return union_type_new(vm, a, b);
}

static NumberSlots type_number = {.or_ = type_or};

Type type_type = {
    .hdr = STATIC_TYPE_HDR,
    .name = "type",
    .flags = TYPE_BASETYPE | TYPE_TYPE_SUBCLASS,
    .basicsize = sizeof(Type),
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = type_new_slot,
    .init = type_init_slot,
    .number = &type_number,
    .traverse = type_traverse,
    .finalize = type_finalize,
};

/* ---- super ---- */

typedef struct SuperObj {
    Obj hdr;
    Value type;      /* the class super() was called in */
    Value obj;       /* the instance or class, or None */
    Value obj_type;  /* type(obj), or obj when it is a class */
} SuperObj;

static Value super_check(VM *vm, Type *t, Value obj) {
    if (val_is_typeobj(obj) && type_is_subtype(as_type(obj), t)) return obj;
    if (type_is_subtype(val_type(obj), t)) return val_from_obj(val_type(obj));
    Value cls = obj_lookup_attr(vm, obj, NAME(vm, __class__));
    if (val_is_error(cls)) return cls;
    if (val_is_typeobj(cls) && type_is_subtype(as_type(cls), t)) return cls;
    return vm_raise(vm, &type_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
}

/* super() with no arguments: __class__ and the first argument of the caller. */
static int super_from_frame(VM *vm, Value *type_out, Value *obj_out) {
    Frame *f = vm->fiber ? vm->fiber->frame : NULL;
    if (!f || !f->code) {
        vm_raise(vm, &type_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        vm_raise(vm, &type_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->localsplus[0];
    if (val_is_type(first, &type_cell) && (co->localspluskinds[0] & CO_FAST_CELL))
        first = ((CellObj *)val_as_obj(first))->ref;
    if (val_is_null(first)) {
        vm_raise(vm, &type_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    TupleObj *names = as_tuple(co->localsplusnames);
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!str_eq_cstr(names->items[i], "__class__")) continue;
        Value cell = f->localsplus[i];
        Value cls = val_is_type(cell, &type_cell) ? ((CellObj *)val_as_obj(cell))->ref : VAL_NULL;
        if (val_is_null(cls)) {
            vm_raise(vm, &type_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!val_is_typeobj(cls)) {
            vm_raise(vm, &type_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type_out = cls;
        *obj_out = first;
        return 0;
    }
    vm_raise(vm, &type_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Value super_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0)
        return vm_raise(vm, &type_TypeError, "super() takes no keyword arguments");
    if (nargs > 2)
        return vm_raise(vm, &type_TypeError, "super() expected at most 2 arguments, got %d", nargs);
    Value type = VAL_NULL, obj = VAL_NONE;
    if (nargs == 0) {
        if (super_from_frame(vm, &type, &obj) < 0) return VAL_ERROR;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
        if (!val_is_typeobj(type))
            return vm_raise(vm, &type_TypeError, "super() argument 1 must be a type, not %T", type);
    }
    Value obj_type = VAL_NONE;
    if (obj != VAL_NONE) {
        obj_type = super_check(vm, as_type(type), obj);
        if (val_is_error(obj_type)) return obj_type;
    }
    SuperObj *s = gc_alloc_instance(vm, cls, sizeof(SuperObj));
    if (!s) return VAL_ERROR;
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return val_from_obj(s);
}

static int super_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) { return 0; }

static Value super_getattr(VM *vm, Value self, Value name) {
    SuperObj *s = (SuperObj *)val_as_obj(self);
    if (s->obj_type != VAL_NONE && !str_eq_cstr(name, "__class__")) {
        TupleObj *mro = as_tuple(as_type(s->obj_type)->mro);
        size_t i = 0;
        while (i < mro->len && mro->items[i] != s->type) i++;
        for (i++; i < mro->len; i++) {
            Value v = dict_get_str(vm, as_type(mro->items[i])->dict, name);
            if (val_is_null(v)) continue;
            if (val_is_error(v)) return v;
            Type *vt = val_type(v);
            if (!vt->descr_get) return v;
            Value inst = s->obj == s->obj_type ? VAL_NULL : s->obj;
            return vt->descr_get(vm, v, inst, s->obj_type);
        }
    }
    return object_generic_getattr(vm, self, name);
}

static Value super_repr(VM *vm, Value self) {
    SuperObj *s = (SuperObj *)val_as_obj(self);
    if (s->obj_type == VAL_NONE)
        return str_format(vm, "<super: <class '%s'>, NULL>", type_name(as_type(s->type)));
    return str_format(vm, "<super: <class '%s'>, <%s object>>", type_name(as_type(s->type)),
                      type_name(as_type(s->obj_type)));
}

static Value super_descr_get(VM *vm, Value self, Value obj, Value type) {
    SuperObj *s = (SuperObj *)val_as_obj(self);
    if (val_is_null(obj) || obj == VAL_NONE || s->obj != VAL_NONE) return self;
    Value args[2] = {s->type, obj};
    return super_new(vm, val_type(self), args, 2, VAL_NULL);
}

static void super_traverse(Obj *o, GCVisitor *gv) {
    SuperObj *s = (SuperObj *)o;
    gc_visit(gv, s->type);
    gc_visit(gv, s->obj);
    gc_visit(gv, s->obj_type);
}

static Value super_get_thisclass(VM *vm, Value self) { return ((SuperObj *)val_as_obj(self))->type; }
static Value super_get_self(VM *vm, Value self) { return ((SuperObj *)val_as_obj(self))->obj; }
static Value super_get_self_class(VM *vm, Value self) { return ((SuperObj *)val_as_obj(self))->obj_type; }

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

Type type_super = {
    .hdr = STATIC_TYPE_HDR,
    .name = "super",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(SuperObj),
    .repr = super_repr,
    .getattr = super_getattr,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .traverse = super_traverse,
};

/* ---- __build_class__ ---- */

static Value build_class_namespace(VM *vm, Value meta, Value name, Value bases, Value kwds) {
    Value prep = obj_lookup_attr(vm, meta, NAME(vm, __prepare__));
    if (val_is_error(prep)) return prep;
    if (val_is_null(prep)) return dict_new(vm);
    Value args[2] = {name, bases};
    Value ns = call_with_kwds(vm, prep, args, 2, kwds);
    if (val_is_error(ns) || val_isinstance(ns, &type_dict)) return ns;
    if (val_is_null(obj_type_lookup(val_type(ns), NAME(vm, __getitem__)))) {
        Value mname = obj_lookup_attr(vm, meta, NAME(vm, __name__));
        if (val_is_error(mname)) return mname;
        if (!val_is_str(mname)) return vm_raise(vm, &type_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T", ns);
        return vm_raise(vm, &type_TypeError, "%U.__prepare__() must return a mapping, not %T", mname, ns);
    }
    return ns;
}

/* PEP 560: bases that are not classes may supply __mro_entries__. */
static Value resolve_bases(VM *vm, Value bases) {
    TupleObj *b = as_tuple(bases);
    bool changed = false;
    for (size_t i = 0; i < b->len && !changed; i++)
        if (!val_is_typeobj(b->items[i])) changed = true;
    if (!changed) return bases;
    Value out = list_new(vm, 0);
    if (val_is_error(out)) return out;
    gc_push_root(vm, &out);
    for (size_t i = 0; i < b->len; i++) {
        Value base = b->items[i];
        if (val_is_typeobj(base)) {
            if (list_append(vm, out, base) < 0) goto fail;
            continue;
        }
        /* an attribute of the base itself, as CPython looks it up */
        Value meth = obj_lookup_attr(vm, base, NAME(vm, __mro_entries__));
        if (val_is_error(meth)) goto fail;
        if (val_is_null(meth)) {
            if (list_append(vm, out, base) < 0) goto fail;
            continue;
        }
        Value r = obj_call1(vm, meth, bases);
        if (val_is_error(r)) goto fail;
        if (!val_isinstance(r, &type_tuple)) {
            vm_raise(vm, &type_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        for (size_t j = 0; j < as_tuple(r)->len; j++)
            if (list_append(vm, out, as_tuple(r)->items[j]) < 0) goto fail;
    }
    gc_pop_roots(vm, 1);
    return tuple_from(vm, as_list(out)->items, as_list(out)->len);
fail:
    gc_pop_roots(vm, 1);
    return VAL_ERROR;
}

Value typeobj_build_class(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs < 2) return vm_raise(vm, &type_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!val_is_type(func, &type_function))
        return vm_raise(vm, &type_TypeError, "__build_class__: func must be a function");
    if (!val_is_str(name))
        return vm_raise(vm, &type_TypeError, "__build_class__: name is not a string");
    Value orig_bases = tuple_from(vm, args + 2, (size_t)(nargs - 2));
    Value bases = VAL_NULL, meta = VAL_NULL, kwds = VAL_NULL, ns = VAL_NULL, cls = VAL_NULL;
    gc_push_root(vm, &orig_bases);
    gc_push_root(vm, &bases);
    gc_push_root(vm, &meta);
    gc_push_root(vm, &kwds);
    gc_push_root(vm, &ns);
    gc_push_root(vm, &cls);
    if (val_is_error(orig_bases)) goto fail;
    kwds = dict_new(vm);
    if (val_is_error(kwds)) goto fail;
    if (val_is_obj(kwnames)) {
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++) {
            if (str_eq_cstr(kn->items[i], "metaclass")) meta = args[nargs + i];
            else if (dict_set(vm, kwds, kn->items[i], args[nargs + i]) < 0) goto fail;
        }
    }
    bases = resolve_bases(vm, orig_bases);
    if (val_is_error(bases)) goto fail;
    bool is_class = false;
    if (val_is_null(meta)) {
        meta = as_tuple(bases)->len ? val_from_obj(val_type(as_tuple(bases)->items[0]))
                                    : val_from_obj(&type_type);
        is_class = true;
    } else {
        is_class = val_is_typeobj(meta);
    }
    if (is_class) {
        Type *w = calculate_metaclass(vm, as_type(meta), bases);
        if (!w) goto fail;
        meta = val_from_obj(w);
    }
    ns = build_class_namespace(vm, meta, name, bases, kwds);
    if (val_is_error(ns)) goto fail;
    Value body = vm_call_class_body(vm, func, ns);
    if (val_is_error(body)) goto fail;
    if (bases != orig_bases && dict_set_cstr(vm, ns, "__orig_bases__", orig_bases) < 0) goto fail;
    {
        Value args3[3] = {name, bases, ns};
        cls = call_with_kwds(vm, meta, args3, 3, kwds);
    }
    if (val_is_error(cls)) goto fail;
    if (val_is_type(body, &type_cell)) {
        Value ref = ((CellObj *)val_as_obj(body))->ref;
        if (ref != cls && val_is_typeobj(cls)) {
            if (val_is_null(ref)) {
                vm_raise(vm, &type_RuntimeError,
                         "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                         name, cls);
            } else {
                vm_raise(vm, &type_TypeError,
                         "__class__ set to %R defining %R as %R", ref, name, cls);
            }
            goto fail;
        }
    }
    gc_pop_roots(vm, 6);
    return cls;
fail:
    gc_pop_roots(vm, 6);
    return VAL_ERROR;
}

/* ---- set-up ---- */

int setup_object(VM *vm) {
    if (type_add_methods(vm, &type_object, object_methods) < 0) return -1;
    return type_add_getsets(vm, &type_object, object_getsets);
}

int setup_type(VM *vm) {
    weakref_mark_builtin_types();
    if (type_add_methods(vm, &type_type, type_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_type, type_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_super, super_getsets) < 0) return -1;
    return slots_setup(vm);
}


