/*
** typehints.c -- the runtime objects of type hints: `int | None`
** (types.UnionType) and `list[int]` (types.GenericAlias).
*/
#include "../runtime/names.h"
#include "../runtime/typeobject.h"
#include "exceptions.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

typedef struct UnionObj {
    Obj hdr;
    Value args;               /* tuple */
} UnionObj;

typedef struct AliasObj {
    Obj hdr;
    Value origin;
    Value args;               /* tuple */
    Value params;             /* tuple of __parameters__, VAL_NULL until asked */
} AliasObj;

Type type_generic_alias;

static void union_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((UnionObj *)o)->args); }

static void alias_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((AliasObj *)o)->origin);
    gc_visit(gv, ((AliasObj *)o)->args);
    gc_visit(gv, ((AliasObj *)o)->params);
}

static bool is_unionable(Value v) {
    return v == VAL_NONE || val_is_typeobj(v) || val_is_type(v, &type_union) ||
           val_is_type(v, &type_generic_alias);
}

/* Append [v] (flattening unions, None as NoneType) to [list] unless present. */
static int union_add(VM *vm, Value list, Value v) {
    if (val_is_type(v, &type_union)) {
        TupleObj *a = as_tuple(((UnionObj *)val_as_obj(v))->args);
        for (size_t i = 0; i < a->len; i++)
            if (union_add(vm, list, a->items[i]) < 0) return -1;
        return 0;
    }
    if (v == VAL_NONE) v = val_from_obj(&type_NoneType);
    ListObj *l = as_list(list);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return 0;
    return list_append(vm, list, v);
}

Value union_type_new(VM *vm, Value a, Value b) {
    if (!is_unionable(a) || !is_unionable(b)) return VAL_NOTIMPL;
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    if (union_add(vm, list, a) < 0 || union_add(vm, list, b) < 0) return VAL_ERROR;
    ListObj *l = as_list(list);
    if (l->len == 1) return l->items[0];
    UnionObj *u = gc_alloc(vm, &type_union, sizeof(UnionObj));
    if (!u) return VAL_ERROR;
    u->args = tuple_from(vm, l->items, l->len);
    return val_is_error(u->args) ? VAL_ERROR : val_from_obj(u);
}

static Value hint_repr_item(VM *vm, Value v) {
    if (v == val_from_obj(&type_NoneType)) return str_from_cstr(vm, "None");
    if (val_is_typeobj(v)) return type_qualified_name(vm, (Type *)val_as_obj(v));
    return obj_repr(vm, v);
}

static Value union_repr(VM *vm, Value self) {
    TupleObj *a = as_tuple(((UnionObj *)val_as_obj(self))->args);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < a->len; i++) {
        if (i) sb_adds(&sb, " | ");
        Value r = hint_repr_item(vm, a->items[i]);
        if (val_is_error(r)) {
            sb_free(&sb);
            return r;
        }
        sb_add(&sb, as_str(r)->data, as_str(r)->size);
    }
    return sb_finish(vm, &sb);
}

static Value union_or(VM *vm, Value a, Value b) { return union_type_new(vm, a, b); }

static Value union_get_args(VM *vm, Value self) { return ((UnionObj *)val_as_obj(self))->args; }

static Value union_instancecheck(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__instancecheck__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    TupleObj *a = as_tuple(((UnionObj *)val_as_obj(args[0]))->args);
    for (size_t i = 0; i < a->len; i++)
        if (val_is_typeobj(a->items[i]) && val_isinstance(args[1], (Type *)val_as_obj(a->items[i])))
            return VAL_TRUE;
    return VAL_FALSE;
}

static Value union_subclasscheck(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__subclasscheck__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_typeobj(args[1])) return vm_raise(vm, &type_TypeError, "issubclass() arg 1 must be a class");
    TupleObj *a = as_tuple(((UnionObj *)val_as_obj(args[0]))->args);
    for (size_t i = 0; i < a->len; i++)
        if (val_is_typeobj(a->items[i]) &&
            type_is_subtype((Type *)val_as_obj(args[1]), (Type *)val_as_obj(a->items[i])))
            return VAL_TRUE;
    return VAL_FALSE;
}

static Value union_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_is_type(b, &type_union)) return VAL_NOTIMPL;
    TupleObj *x = as_tuple(((UnionObj *)val_as_obj(a))->args);
    TupleObj *y = as_tuple(((UnionObj *)val_as_obj(b))->args);
    bool eq = x->len == y->len;
    for (size_t i = 0; eq && i < x->len; i++) {
        bool found = false;
        for (size_t j = 0; j < y->len && !found; j++) found = x->items[i] == y->items[j];
        eq = found;
    }
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t union_hash(VM *vm, Value self) {
    TupleObj *a = as_tuple(((UnionObj *)val_as_obj(self))->args);
    uint64_t h = 0x345678;
    for (size_t i = 0; i < a->len; i++) h ^= (uint64_t)(uintptr_t)val_as_obj(a->items[i]) >> 4;
    int64_t r = (int64_t)(h & 0x7fffffffffffffff);
    return r == -1 ? -2 : r;
}

static NumberSlots union_number = {.or_ = union_or};

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef union_getsets[] = {{"__args__", union_get_args, NULL}, {NULL, NULL, NULL}};

Type type_union = {
    .hdr = STATIC_TYPE_HDR, .name = "types.UnionType", .basicsize = sizeof(UnionObj),
    .repr = union_repr, .richcompare = union_richcompare, .hash = union_hash,
    .number = &union_number, .traverse = union_traverse,
};

/* ---- GenericAlias ---- */

Value generic_alias_new(VM *vm, Value origin, Value args) {
    AliasObj *a = gc_alloc(vm, &type_generic_alias, sizeof(AliasObj));
    if (!a) return VAL_ERROR;
    a->origin = origin;
    a->params = VAL_NULL;
    a->args = val_isinstance(args, &type_tuple) ? args : tuple_pack(vm, 1, args);
    return val_is_error(a->args) ? VAL_ERROR : val_from_obj(a);
}

static Value alias_repr(VM *vm, Value self) {
    AliasObj *a = (AliasObj *)val_as_obj(self);
    StrBuf sb;
    sb_init(&sb);
    Value o = hint_repr_item(vm, a->origin);
    if (val_is_error(o)) return o;
    sb_add(&sb, as_str(o)->data, as_str(o)->size);
    sb_addc(&sb, '[');
    TupleObj *t = as_tuple(a->args);
    for (size_t i = 0; i < t->len; i++) {
        if (i) sb_adds(&sb, ", ");
        Value r = t->items[i] == VAL_ELLIPSIS ? str_from_cstr(vm, "...") : hint_repr_item(vm, t->items[i]);
        if (val_is_error(r)) {
            sb_free(&sb);
            return r;
        }
        sb_add(&sb, as_str(r)->data, as_str(r)->size);
    }
    if (t->len == 0) sb_adds(&sb, "()");
    sb_addc(&sb, ']');
    return sb_finish(vm, &sb);
}

static Value alias_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return obj_call(vm, ((AliasObj *)val_as_obj(self))->origin, args, nargs, kwnames);
}

/* Index of [v] in the tuple [t] by identity, or -1. */
static int64_t tuple_find(Value t, Value v) {
    TupleObj *tp = as_tuple(t);
    for (size_t i = 0; i < tp->len; i++)
        if (tp->items[i] == v) return (int64_t)i;
    return -1;
}

/* The type variables of [args] in order of first appearance: the args
** having __typing_subst__, and the __parameters__ of the others. */
static Value collect_parameters(VM *vm, Value args) {
    Value params = tuple_new(vm, 0), t = args;
    if (val_is_error(params)) return params;
    gc_push_root(vm, &params);
    gc_push_root(vm, &t);
    Value subst = str_intern_cstr(vm, "__typing_subst__");
    Value pname = str_intern_cstr(vm, "__parameters__");
    Value r = params;
    for (size_t i = 0; i < as_tuple(t)->len; i++) {
        Value arg = as_tuple(t)->items[i];
        if (val_is_typeobj(arg)) continue;
        Value f = obj_lookup_attr(vm, arg, subst);
        if (val_is_error(f)) goto fail;
        Value add = arg;
        if (val_is_null(f)) {
            arg = as_tuple(t)->items[i];
            add = obj_lookup_attr(vm, arg, pname);
            if (val_is_error(add)) goto fail;
            if (val_is_null(add) || !val_isinstance(add, &type_tuple)) continue;
        }
        Value items = val_isinstance(add, &type_tuple) && add != arg ? add : VAL_NULL;
        size_t n = val_is_null(items) ? 1 : as_tuple(items)->len;
        for (size_t j = 0; j < n; j++) {
            Value p = val_is_null(items) ? add : as_tuple(items)->items[j];
            if (tuple_find(params, p) >= 0) continue;
            size_t len = as_tuple(params)->len;
            Value np = tuple_new(vm, len + 1);
            if (val_is_error(np)) goto fail;
            for (size_t k = 0; k < len; k++) as_tuple(np)->items[k] = as_tuple(params)->items[k];
            as_tuple(np)->items[len] = p;
            params = np;
        }
    }
    r = params;
    goto out;
fail:
    r = VAL_ERROR;
out:
    gc_pop_roots(vm, 2);
    return r;
}

static Value alias_parameters(VM *vm, Value self) {
    AliasObj *a = (AliasObj *)val_as_obj(self);
    if (val_is_null(a->params)) {
        gc_push_root(vm, &self);
        Value p = collect_parameters(vm, a->args);
        gc_pop_roots(vm, 1);
        if (val_is_error(p)) return p;
        ((AliasObj *)val_as_obj(self))->params = p;
    }
    return ((AliasObj *)val_as_obj(self))->params;
}

/* [obj] with its own type variables replaced by their values in [items]. */
static Value subs_tvars(VM *vm, Value obj, Value params, Value items) {
    Value sub = obj_lookup_attr(vm, obj, str_intern_cstr(vm, "__parameters__"));
    if (val_is_error(sub)) return sub;
    if (val_is_null(sub) || !val_isinstance(sub, &type_tuple) || as_tuple(sub)->len == 0) return obj;
    gc_push_root(vm, &sub);
    Value subargs = tuple_new(vm, as_tuple(sub)->len);
    if (!val_is_error(subargs)) {
        for (size_t i = 0; i < as_tuple(sub)->len; i++) {
            int64_t k = tuple_find(params, as_tuple(sub)->items[i]);
            as_tuple(subargs)->items[i] = k >= 0 ? as_tuple(items)->items[k] : as_tuple(sub)->items[i];
        }
        gc_push_root(vm, &subargs);
        subargs = obj_getitem(vm, obj, subargs);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return subargs;
}

/* list[T][int] -> list[int]: substitute the alias's type variables. */
static Value alias_getitem(VM *vm, Value self, Value item) {
    Value params = alias_parameters(vm, self);
    if (val_is_error(params)) return params;
    size_t nparams = as_tuple(params)->len;
    if (nparams == 0) return vm_raise(vm, &type_TypeError, "%R is not a generic class", self);
    Value items = val_isinstance(item, &type_tuple) ? item : tuple_pack(vm, 1, item);
    if (val_is_error(items)) return items;
    Value newargs = VAL_NULL, r = VAL_ERROR;
    gc_push_root(vm, &self);
    gc_push_root(vm, &params);
    gc_push_root(vm, &items);
    gc_push_root(vm, &newargs);
    Value prep = str_intern_cstr(vm, "__typing_prepare_subst__");
    for (size_t i = 0; i < nparams; i++) {
        Value f = obj_lookup_attr(vm, as_tuple(params)->items[i], prep);
        if (val_is_error(f)) goto done;
        if (val_is_null(f)) continue;
        Value a[2] = {self, items};
        items = obj_call(vm, f, a, 2, VAL_NULL);
        if (val_is_error(items)) goto done;
        if (!val_isinstance(items, &type_tuple)) {
            vm_raise(vm, &type_TypeError, "__typing_prepare_subst__ must return a tuple");
            goto done;
        }
    }
    size_t nitems = as_tuple(items)->len;
    if (nitems != nparams) {
        vm_raise(vm, &type_TypeError, "Too %s arguments for %R; actual %d, expected %d",
                 nitems > nparams ? "many" : "few", self, (int)nitems, (int)nparams);
        goto done;
    }
    Value args = ((AliasObj *)val_as_obj(self))->args;
    newargs = tuple_new(vm, as_tuple(args)->len);
    if (val_is_error(newargs)) goto done;
    Value subst = str_intern_cstr(vm, "__typing_subst__");
    for (size_t i = 0; i < as_tuple(newargs)->len; i++) {
        Value arg = as_tuple(((AliasObj *)val_as_obj(self))->args)->items[i];
        if (!val_is_typeobj(arg)) {
            Value f = obj_lookup_attr(vm, arg, subst);
            if (val_is_error(f)) goto done;
            if (!val_is_null(f)) {
                int64_t k = tuple_find(params, arg);
                arg = k >= 0 ? obj_call1(vm, f, as_tuple(items)->items[k]) : arg;
            } else {
                arg = subs_tvars(vm, arg, params, items);
            }
            if (val_is_error(arg)) goto done;
        }
        as_tuple(newargs)->items[i] = arg;
    }
    r = generic_alias_new(vm, ((AliasObj *)val_as_obj(self))->origin, newargs);
done:
    gc_pop_roots(vm, 4);
    return r;
}

/* Attributes a GenericAlias never takes from its origin. */
static bool is_own_alias_attr(Value name) {
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__unpacked__",
                                      "__parameters__", "__typing_unpacked_tuple_args__",
                                      "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", NULL};
    for (int i = 0; own[i]; i++)
        if (str_eq_cstr(name, own[i])) return true;
    return false;
}

static Value alias_getattr(VM *vm, Value self, Value name) {
    AliasObj *a = (AliasObj *)val_as_obj(self);
    if (str_eq_cstr(name, "__origin__")) return a->origin;
    if (str_eq_cstr(name, "__args__")) return a->args;
    if (str_eq_cstr(name, "__parameters__")) return alias_parameters(vm, self);
    Value r = object_generic_getattr(vm, self, name);
    if (!val_is_null(r)) return r;
    if (is_own_alias_attr(name)) return VAL_NULL;
    return obj_lookup_attr(vm, a->origin, name);
}

static Value alias_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_is_type(b, &type_generic_alias)) return VAL_NOTIMPL;
    AliasObj *x = (AliasObj *)val_as_obj(a), *y = (AliasObj *)val_as_obj(b);
    int eq = x->origin == y->origin ? obj_eq(vm, x->args, y->args) : 0;
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t alias_hash(VM *vm, Value self) {
    AliasObj *a = (AliasObj *)val_as_obj(self);
    int64_t h = obj_hash(vm, a->args);
    if (h == -1) return -1;
    h ^= (int64_t)((uintptr_t)val_as_obj(a->origin) >> 4);
    return h == -1 ? -2 : h;
}

static NumberSlots alias_number = {.or_ = union_or};

/* PEP 560: `class L(list[int])` derives from list. */
static Value alias_mro_entries(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__mro_entries__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return tuple_pack(vm, 1, ((AliasObj *)val_as_obj(args[0]))->origin);
}

static Value alias_instancecheck(VM *vm, Value *args, int nargs, Value kwnames) {
    return vm_raise(vm, &type_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value alias_subclasscheck(VM *vm, Value *args, int nargs, Value kwnames) {
    return vm_raise(vm, &type_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value alias_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    AliasObj *a = (AliasObj *)val_as_obj(args[0]);
    Value pair = tuple_pack(vm, 2, a->origin, a->args);
    if (val_is_error(pair)) return pair;
    return tuple_pack(vm, 2, val_from_obj(&type_generic_alias), pair);
}

static const MethodDef alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 0, NULL},
    {"__instancecheck__", alias_instancecheck, 0, NULL},
    {"__subclasscheck__", alias_subclasscheck, 0, NULL},
    {"__reduce__", alias_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value alias_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (val_is_obj(kwnames) && as_tuple(kwnames)->len)
        return vm_raise(vm, &type_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "GenericAlias expected 2 arguments, got %d", nargs);
    return generic_alias_new(vm, args[0], args[1]);
}

Type type_generic_alias = {
    .hdr = STATIC_TYPE_HDR, .name = "types.GenericAlias", .basicsize = sizeof(AliasObj),
    .repr = alias_repr, .call = alias_call, .getattr = alias_getattr, .getitem = alias_getitem,
    .richcompare = alias_richcompare, .hash = alias_hash, .number = &alias_number,
    .new_ = alias_new, .traverse = alias_traverse,
};

/* __class_getitem__ for built-in generic classes (list[int], dict[str, int] ...). */
static Value class_getitem(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__class_getitem__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return generic_alias_new(vm, args[0], args[1]);
}

static const MethodDef class_getitem_def[] = {
    {"__class_getitem__", class_getitem, METH_CLASS, NULL}, {NULL, NULL, 0, NULL},
};

int setup_typehints(VM *vm) {
    if (type_ready(vm, &type_generic_alias) < 0) return -1;
    if (type_add_methods(vm, &type_generic_alias, alias_methods) < 0) return -1;
    if (type_add_methods(vm, &type_union, union_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_union, union_getsets) < 0) return -1;
    Type *const generic[] = {&type_list, &type_tuple, &type_dict, &type_set, &type_frozenset,
                             &type_enumerate, &type_zip, &type_map, &type_filter,
                             &type_reversed, &type_BaseExceptionGroup};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (type_add_methods(vm, generic[i], class_getitem_def) < 0) return -1;
    return 0;
}
