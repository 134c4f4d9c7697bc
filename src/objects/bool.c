/*
** bool.c -- the bool type: a subclass of int whose only values are the
** immediates True and False (val_type of them is type_bool via imm_types).
** & | ^ between two bools give a bool; everything else is int arithmetic.
*/
#include "../runtime/vm.h"
#include "int.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

static Value bool_repr(VM *vm, Value self) {
    return str_from_cstr(vm, self == VAL_TRUE ? "True" : "False");
}

static Value bool_and(VM *vm, Value a, Value b) {
    if (val_is_bool(a) && val_is_bool(b)) return val_from_bool(a == VAL_TRUE && b == VAL_TRUE);
    return int_and(vm, a, b);
}

static Value bool_or(VM *vm, Value a, Value b) {
    if (val_is_bool(a) && val_is_bool(b)) return val_from_bool(a == VAL_TRUE || b == VAL_TRUE);
    return int_or(vm, a, b);
}

static Value bool_xor(VM *vm, Value a, Value b) {
    if (val_is_bool(a) && val_is_bool(b)) return val_from_bool(a != b);
    return int_xor(vm, a, b);
}

static Value bool_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0)
        return vm_raise(vm, &type_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &type_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return VAL_FALSE;
    int t = obj_truthy(vm, args[0]);
    return t < 0 ? VAL_ERROR : val_from_bool(t);
}

static int bool_bool(VM *vm, Value self) { return self == VAL_TRUE; }

static int64_t bool_hash(VM *vm, Value self) { return self == VAL_TRUE; }

static NumberSlots bool_number = {
    .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv,
    .floordiv = int_floordiv, .mod = int_mod, .divmod = int_divmod,
    .lshift = int_lshift, .rshift = int_rshift, .and_ = bool_and, .or_ = bool_or,
    .xor_ = bool_xor, .pow = int_pow,
    .neg = int_neg, .pos = int_pos, .abs = int_abs, .invert = int_invert,
    .int_ = int_pos, .float_ = int_float, .index = int_pos,
};

Type type_bool = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bool",
    .base = &type_int,
    .flags = TYPE_INT_SUBCLASS,   /* not TYPE_BASETYPE: bool cannot be subclassed */
    .basicsize = sizeof(BigIntObj),
    .repr = bool_repr,
    .hash = bool_hash,
    .richcompare = int_richcompare,
    .bool_ = bool_bool,
    .new_ = bool_new,
    .number = &bool_number,
};

int setup_bool(VM *vm) { return 0; }
