/*
** abstract.c -- the generic protocols: what `repr(x)`, `x == y`, `x + y`,
** `x.attr`, `x(...)`, `x[k]`, `iter(x)` mean for any value, dispatching on
** the type's slots with CPython's fallbacks and error messages.
*/
#include <stdlib.h>

#include "../compiler/opcodes.h"
#include "config.h"
#include "names.h"
#include "slots.h"
#include "typeobject.h"
#include "../objects/exceptions.h"

int vm_enter_c(VM *vm, const char *where) {
    if (++vm->c_depth > PIPIT_C_RECURSION_LIMIT) {
        vm->c_depth--;
        vm_raise(vm, &type_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

/* ---- repr, str, ascii ---- */

Value obj_repr(VM *vm, Value v) {
    Type *t = val_type(v);
    if (!t->repr) return object_default_repr(vm, v);
    if (vm_enter_c(vm, " while getting the repr of an object") < 0) return VAL_ERROR;
    Value r = t->repr(vm, v);
    vm_leave_c(vm);
    if (!val_is_error(r) && !val_is_str(r))
        return vm_raise(vm, &type_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

Value obj_str(VM *vm, Value v) {
    if (val_is_exact_str(v)) return v;
    Type *t = val_type(v);
    if (!t->str) return obj_repr(vm, v);
    if (vm_enter_c(vm, " while getting the str of an object") < 0) return VAL_ERROR;
    Value r = t->str(vm, v);
    vm_leave_c(vm);
    if (!val_is_error(r) && !val_is_str(r))
        return vm_raise(vm, &type_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

Value obj_ascii(VM *vm, Value v) {
    Value r = obj_repr(vm, v);
    if (val_is_error(r) || as_str(r)->ascii) return r;
    StrBuf sb;
    sb_init(&sb);
    const unsigned char *p = (const unsigned char *)as_str(r)->data;
    const unsigned char *end = p + as_str(r)->size;
    while (p < end) {
        uint32_t cp = *p;
        int n = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
        if (n > 1) {
            cp &= 0xFF >> (n + 1);
            for (int i = 1; i < n && p + i < end; i++) cp = (cp << 6) | (p[i] & 0x3F);
        }
        p += n;
        if (cp < 0x80) sb_addc(&sb, (char)cp);
        else if (cp < 0x100) sb_addf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(&sb, "\\u%04x", cp);
        else sb_addf(&sb, "\\U%08x", cp);
    }
    return sb_finish(vm, &sb);
}

/* ---- hashing and truth ---- */

int64_t obj_hash(VM *vm, Value v) {
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        return i == -1 ? -2 : i;
    }
    if (val_is_exact_str(v)) return str_hash(v);
    Type *t = val_type(v);
    if (!t->hash) {
        vm_raise(vm, &type_TypeError, "unhashable type: '%s'", type_name(t));
        return -1;
    }
    return t->hash(vm, v);
}

int obj_truthy(VM *vm, Value v) {
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (val_is_int(v)) return val_as_int(v) != 0;
    if (val_is_float(v)) return val_as_float(v) != 0.0;
    Type *t = val_type(v);
    if (t->bool_) return t->bool_(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ---- */

static const int swapped_op[6] = {CMPOP_GT, CMPOP_GE, CMPOP_EQ, CMPOP_NE, CMPOP_LT, CMPOP_LE};
static const char *const cmp_symbol[6] = {"<", "<=", "==", "!=", ">", ">="};

static Value compare_fast(Value a, Value b, int op, bool *done) {
    *done = true;
    if (val_is_int(a) && val_is_int(b)) {
        int64_t x = val_as_int(a), y = val_as_int(b);
        switch (op) {
        case CMPOP_LT: return val_from_bool(x < y);
        case CMPOP_LE: return val_from_bool(x <= y);
        case CMPOP_EQ: return val_from_bool(x == y);
        case CMPOP_NE: return val_from_bool(x != y);
        case CMPOP_GT: return val_from_bool(x > y);
        default: return val_from_bool(x >= y);
        }
    }
    if (val_is_float(a) && val_is_float(b)) {
        double x = val_as_float(a), y = val_as_float(b);
        switch (op) {
        case CMPOP_LT: return val_from_bool(x < y);
        case CMPOP_LE: return val_from_bool(x <= y);
        case CMPOP_EQ: return val_from_bool(x == y);
        case CMPOP_NE: return val_from_bool(x != y);
        case CMPOP_GT: return val_from_bool(x > y);
        default: return val_from_bool(x >= y);
        }
    }
    *done = false;
    return VAL_NULL;
}

Value obj_richcompare(VM *vm, Value a, Value b, int op) {
    bool done;
    Value r = compare_fast(a, b, op, &done);
    if (done) return r;
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked_reverse = false;
    if (vm_enter_c(vm, " in comparison") < 0) return VAL_ERROR;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(vm, b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL) goto out;
    }
    if (ta->richcompare) {
        r = ta->richcompare(vm, a, b, op);
        if (r != VAL_NOTIMPL) goto out;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(vm, b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL) goto out;
    }
    if (op == CMPOP_EQ) r = val_from_bool(a == b);
    else if (op == CMPOP_NE) r = val_from_bool(a != b);
    else
        r = vm_raise(vm, &type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbol[op], type_name(ta), type_name(tb));
out:
    vm_leave_c(vm);
    return r;
}

int obj_compare_bool(VM *vm, Value a, Value b, int op) {
    Value r = obj_richcompare(vm, a, b, op);
    if (val_is_error(r)) return -1;
    if (val_is_bool(r)) return r == VAL_TRUE;
    return obj_truthy(vm, r);
}

int obj_eq(VM *vm, Value a, Value b) {
    if (a == b) return !(val_is_float(a) && val_as_float(a) != val_as_float(a));
    if (val_is_exact_str(a) && val_is_exact_str(b)) return str_eq(a, b);
    return obj_compare_bool(vm, a, b, CMPOP_EQ);
}

/* ---- attributes ---- */

static bool check_attr_name(VM *vm, Value name) {
    if (val_is_str(name)) return true;
    vm_raise(vm, &type_TypeError, "attribute name must be string, not '%T'", name);
    return false;
}

/* An AttributeError raised by a __getattr__ without name and obj gets
** them, as CPython's PyObject_GetAttr does (for "Did you mean"). */
static void attribute_error_context(VM *vm, Value o, Value name) {
    if (!val_is_exc(vm->exc) || !val_isinstance(vm->exc, &type_AttributeError)) return;
    Value exc = vm->exc;
    Value cur = exc_get_field(vm, exc, "name");
    if (val_is_error(cur)) {
        vm->exc = exc;
        return;
    }
    if (cur != VAL_NONE && !val_is_null(cur)) return;
    if (exc_set_field(vm, exc, "name", name) < 0 || exc_set_field(vm, exc, "obj", o) < 0) vm->exc = exc;
}

Value obj_getattr(VM *vm, Value o, Value name) {
    if (!check_attr_name(vm, name)) return VAL_ERROR;
    Type *t = val_type(o);
    Value r = t->getattr ? t->getattr(vm, o, name) : object_generic_getattr(vm, o, name);
    if (val_is_null(r)) return raise_attribute_error(vm, o, name);
    if (val_is_error(r)) attribute_error_context(vm, o, name);
    return r;
}

Value obj_getattr_cstr(VM *vm, Value o, const char *name) {
    Value n = str_intern_cstr(vm, name);
    if (val_is_error(n)) return n;
    return obj_getattr(vm, o, n);
}

Value obj_lookup_attr(VM *vm, Value o, Value name) {
    if (!check_attr_name(vm, name)) return VAL_ERROR;
    Type *t = val_type(o);
    Value r = t->getattr ? t->getattr(vm, o, name) : object_generic_getattr(vm, o, name);
    if (val_is_error(r) && vm_exc_matches(vm, &type_AttributeError)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

int obj_setattr(VM *vm, Value o, Value name, Value v) {
    if (!check_attr_name(vm, name)) return -1;
    Type *t = val_type(o);
    if (!t->setattr) {
        if (val_is_null(v))
            vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        else
            vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    return t->setattr(vm, o, name, v);
}

/* ---- calls ---- */

Value obj_call(VM *vm, Value callable, Value *args, int nargs, Value kwnames) {
    vm->suspendable = false;
    Type *t = val_type(callable);
    if (t == &type_function) return vm_call(vm, callable, args, nargs, kwnames);
    if (!t->call)
        return vm_raise(vm, &type_TypeError, "'%s' object is not callable", type_name(t));
    if (vm_enter_c(vm, " while calling a Python object") < 0) return VAL_ERROR;
    Value r = t->call(vm, callable, args, nargs, kwnames);
    vm_leave_c(vm);
    return r;
}

Value obj_call0(VM *vm, Value callable) { return obj_call(vm, callable, NULL, 0, VAL_NULL); }

Value obj_call1(VM *vm, Value callable, Value a) { return obj_call(vm, callable, &a, 1, VAL_NULL); }

Value obj_call2(VM *vm, Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(vm, callable, args, 2, VAL_NULL);
}

Value obj_call_method(VM *vm, Value o, const char *name, Value *args, int nargs) {
    Value n = str_intern_cstr(vm, name);
    if (val_is_error(n)) return n;
    Type *t = val_type(o);
    Value descr = obj_type_lookup(t, n);
    Type *dt = val_is_null(descr) ? NULL : val_type(descr);
    bool plain = dt == &type_function || dt == &type_method_descriptor;
    bool shadowed = val_is_obj(o) && (val_as_obj(o)->flags & OBJ_HAS_DICT) &&
                    val_is_obj(*obj_dict_slot(val_as_obj(o))) &&
                    !val_is_null(dict_get(vm, *obj_dict_slot(val_as_obj(o)), n));
    if (plain && !shadowed) return call_with_self(vm, descr, o, args, nargs, VAL_NULL);
    Value f = obj_getattr(vm, o, n);
    if (val_is_error(f)) return f;
    gc_push_root(vm, &f);
    Value r = obj_call(vm, f, args, nargs, VAL_NULL);
    gc_pop_roots(vm, 1);
    return r;
}

/* ---- items ---- */

Value obj_getitem(VM *vm, Value o, Value key) {
    Type *t = val_type(o);
    if (t->getitem) return t->getitem(vm, o, key);
    if (val_is_typeobj(o)) {
        Value f = obj_lookup_attr(vm, o, NAME(vm, __class_getitem__));
        if (val_is_error(f)) return f;
        if (!val_is_null(f)) {
            gc_push_root(vm, &f);
            Value r = obj_call1(vm, f, key);
            gc_pop_roots(vm, 1);
            return r;
        }
        if (o == val_from_obj(&type_type)) return generic_alias_new(vm, o, key);
        return vm_raise(vm, &type_TypeError, "type '%s' is not subscriptable",
                        type_name((Type *)val_as_obj(o)));
    }
    return vm_raise(vm, &type_TypeError, "'%s' object is not subscriptable", type_name(t));
}

int obj_setitem(VM *vm, Value o, Value key, Value v) {
    Type *t = val_type(o);
    if (t->setitem) return t->setitem(vm, o, key, v);
    if (val_is_null(v))
        vm_raise(vm, &type_TypeError, "'%s' object doesn't support item deletion", type_name(t));
    else if (t->getitem)
        vm_raise(vm, &type_TypeError, "'%s' object does not support item assignment", type_name(t));
    else
        vm_raise(vm, &type_TypeError, "'%s' object does not support item assignment", type_name(t));
    return -1;
}

int64_t obj_len(VM *vm, Value o) {
    Type *t = val_type(o);
    if (t->len) return t->len(vm, o);
    vm_raise(vm, &type_TypeError, "object of type '%s' has no len()", type_name(t));
    return -1;
}

/* ---- iteration ---- */

Value obj_iter(VM *vm, Value o) {
    Type *t = val_type(o);
    if (t->iter) {
        Value it = t->iter(vm, o);
        if (val_is_error(it)) return it;
        if (!val_type(it)->iternext)
            return vm_raise(vm, &type_TypeError, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem && !(t->flags & TYPE_DICT_SUBCLASS)) return seqiter_new(vm, o);
    return vm_raise(vm, &type_TypeError, "'%s' object is not iterable", type_name(t));
}

Value obj_next(VM *vm, Value it) {
    Type *t = val_type(it);
    if (!t->iternext)
        return vm_raise(vm, &type_TypeError, "'%s' object is not an iterator", type_name(t));
    Value r = t->iternext(vm, it);
    if (val_is_error(r) && vm_exc_matches(vm, &type_StopIteration)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

int obj_contains(VM *vm, Value container, Value item) {
    Type *t = val_type(container);
    if (t->contains && t->contains != NULL) {
        int r = t->contains(vm, container, item);
        return r;
    }
    if (!t->iter && !t->getitem) {
        vm_raise(vm, &type_TypeError, "argument of type '%s' is not iterable", type_name(t));
        return -1;
    }
    Value it = obj_iter(vm, container);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    gc_push_root(vm, &item);
    int found = 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x)) {
            found = -1;
            break;
        }
        int eq = obj_eq(vm, x, item);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    gc_pop_roots(vm, 2);
    return found;
}

/* ---- arithmetic ---- */

static void *number_slot(Type *t, size_t offset) {
    if (!t->number) return NULL;
    return *(void **)((char *)t->number + offset);
}

/* CPython's binary_op1: the left operand's slot, unless the right operand
** is of a subclass that overrides it; NotImplemented tries the other. */
static Value binary_op1(VM *vm, Value a, Value b, size_t offset, bool ternary) {
    Type *ta = val_type(a), *tb = val_type(b);
    void *slotv = number_slot(ta, offset);
    void *slotw = ta != tb ? number_slot(tb, offset) : NULL;
    if (slotw == slotv) slotw = NULL;
    Value r;
#define CALL_SLOT(fn) \
    (ternary ? ((TernaryFn)(fn))(vm, a, b, VAL_NONE) : ((BinaryFn)(fn))(vm, a, b))
    if (slotv) {
        if (slotw && type_is_subtype(tb, ta)) {
            r = CALL_SLOT(slotw);
            if (r != VAL_NOTIMPL) return r;
            slotw = NULL;
        }
        r = CALL_SLOT(slotv);
        if (r != VAL_NOTIMPL) return r;
    }
    if (slotw) {
        r = CALL_SLOT(slotw);
        if (r != VAL_NOTIMPL) return r;
    }
#undef CALL_SLOT
    return VAL_NOTIMPL;
}

static Value binop_error(VM *vm, Value a, Value b, int op) {
    return vm_raise(vm, &type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    binop_info[op].symbol, type_name(val_type(a)), type_name(val_type(b)));
}

Value obj_binary_op(VM *vm, Value a, Value b, int op) {
    if (vm_enter_c(vm, "") < 0) return VAL_ERROR;
    Value r;
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (op >= BINOP_INPLACE) {
        void *islot = number_slot(val_type(a), binop_info[op].offset);
        if (islot) {
            r = base == BINOP_POWER ? ((TernaryFn)islot)(vm, a, b, VAL_NONE)
                                    : ((BinaryFn)islot)(vm, a, b);
            if (r != VAL_NOTIMPL) goto out;
        }
    }
    r = binary_op1(vm, a, b, binop_info[base].offset, base == BINOP_POWER);
    if (r == VAL_NOTIMPL) r = binop_error(vm, a, b, op);
out:
    vm_leave_c(vm);
    return r;
}

Value obj_divmod(VM *vm, Value a, Value b) {
    Value r = binary_op1(vm, a, b, offsetof(NumberSlots, divmod), false);
    if (r == VAL_NOTIMPL)
        return vm_raise(vm, &type_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'",
                        a, b);
    return r;
}

Value obj_power(VM *vm, Value a, Value b, Value m) {
    if (m == VAL_NONE) return obj_binary_op(vm, a, b, BINOP_POWER);
    Type *ta = val_type(a);
    void *slot = number_slot(ta, offsetof(NumberSlots, pow));
    if (slot) {
        Value r = ((TernaryFn)slot)(vm, a, b, m);
        if (r != VAL_NOTIMPL) return r;
    }
    return vm_raise(vm, &type_TypeError,
                    "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

Value obj_unary_op(VM *vm, Value v, int opcode) {
    if (opcode == OP_UNARY_NOT) {
        int t = obj_truthy(vm, v);
        return t < 0 ? VAL_ERROR : val_from_bool(!t);
    }
    size_t offset;
    const char *sym;
    switch (opcode) {
    case OP_UNARY_NEGATIVE: offset = offsetof(NumberSlots, neg); sym = "-"; break;
    case OP_UNARY_POSITIVE: offset = offsetof(NumberSlots, pos); sym = "+"; break;
    default: offset = offsetof(NumberSlots, invert); sym = "~"; break;
    }
    UnaryFn fn = (UnaryFn)number_slot(val_type(v), offset);
    if (!fn) return vm_raise(vm, &type_TypeError, "bad operand type for unary %s: '%T'", sym, v);
    return fn(vm, v);
}

Value obj_index(VM *vm, Value v) {
    if (val_is_int(v) || val_is_intlike(v)) return v;
    UnaryFn fn = (UnaryFn)number_slot(val_type(v), offsetof(NumberSlots, index));
    if (!fn)
        return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", v);
    Value r = fn(vm, v);
    if (!val_is_error(r) && !val_is_intlike(r))
        return vm_raise(vm, &type_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

int obj_index_i64(VM *vm, Value v, int64_t *out, Type *err_type) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0) return 0;
    vm_clear_exc(vm);
    if (err_type) {
        vm_raise(vm, err_type, "cannot fit '%T' into an index-sized integer", v);
        return -1;
    }
    bool neg = obj_compare_bool(vm, i, val_from_small(0), CMPOP_LT) == 1;
    *out = neg ? INT64_MIN : INT64_MAX;
    return 0;
}

/* ---- format() ---- */

Value obj_format(VM *vm, Value v, Value spec) {
    if (val_is_exact_str(v) && as_str(spec)->size == 0) return v;
    bool found;
    Value r = call_special(vm, v, NAME(vm, __format__), &spec, 1, &found);
    if (!found)
        return vm_raise(vm, &type_TypeError, "Type %s doesn't define __format__", type_name(val_type(v)));
    if (!val_is_error(r) && !val_is_str(r))
        return vm_raise(vm, &type_TypeError, "__format__ must return a str, not %T", r);
    return r;
}
