/*
** errors.c -- raising exceptions from C: the pending exception lives in
** vm->exc and every failing function returns VAL_ERROR / -1 (decision 1).
*/
#include <stdlib.h>

#include "objects/exceptions.h"
#include "runtime/vm.h"

Value vm_raise(VM *vm, Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vformat(vm, fmt, ap);
    va_end(ap);
    if (val_is_error(msg)) return VAL_ERROR;   /* formatting raised instead */
    Value args = tuple_pack(vm, 1, msg);
    if (val_is_error(args)) return VAL_ERROR;
    Value exc = exc_new(vm, t, args);
    if (val_is_error(exc)) return VAL_ERROR;
    vm->exc = exc;
    return VAL_ERROR;
}

Value vm_raise_value(VM *vm, Value exc) {
    if (val_is_typeobj(exc) && type_is_subtype((Type *)val_as_obj(exc), &type_BaseException)) {
        Value cls = exc;
        gc_push_root(vm, &cls);
        exc = obj_call0(vm, cls);
        gc_pop_roots(vm, 1);
        if (val_is_error(exc)) return VAL_ERROR;
        if (!val_is_exc(exc))
            return vm_raise(vm, &type_TypeError,
                            "calling %R should have returned an instance of BaseException, not %s",
                            cls, type_name(val_type(exc)));
    } else if (!val_is_exc(exc)) {
        return vm_raise(vm, &type_TypeError, "exceptions must derive from BaseException");
    }
    vm->exc = exc;
    return VAL_ERROR;
}

/* Raising MemoryError must itself allocate: the heap limit is lifted for
** that one small object. Only a real malloc failure ends the process. */
Value vm_raise_nomem(VM *vm) {
    static bool raising;
    if (raising) abort();
    raising = true;
    size_t limit = vm->heap_limit;
    vm->heap_limit = 0;
    Value args = tuple_new(vm, 0);
    Value exc = val_is_error(args) ? VAL_ERROR : exc_new(vm, &type_MemoryError, args);
    vm->heap_limit = limit;
    raising = false;
    if (val_is_error(exc)) abort();
    vm->exc = exc;
    return VAL_ERROR;
}

bool vm_exc_matches(VM *vm, Type *t) {
    return !val_is_null(vm->exc) && type_is_subtype(val_type(vm->exc), t);
}

Value vm_take_exc(VM *vm) {
    Value e = vm->exc;
    vm->exc = VAL_NULL;
    return e;
}

void vm_clear_exc(VM *vm) { vm->exc = VAL_NULL; }

static Value int_or_none(int i) { return i > 0 ? val_from_small(i) : VAL_NONE; }

/* Columns: CPython keeps 0 ("no column": no caret is printed) as 0 when the
** error has a line; only an error without a line has None there. */
static Value column_or_none(int lineno, int col) {
    return lineno > 0 && col >= 0 ? val_from_small(col) : VAL_NONE;
}

Value vm_raise_syntax(VM *vm, Type *t, const char *msg, Value filename, int lineno,
                      int offset, int end_lineno, int end_offset, Value text) {
    Value m = str_from_cstr(vm, msg);
    if (val_is_error(m)) return VAL_ERROR;
    Value fn = val_is_null(filename) ? VAL_NONE : filename;
    Value tx = val_is_null(text) ? VAL_NONE : text;
    Value info = tuple_pack(vm, 6, fn, int_or_none(lineno), column_or_none(lineno, offset), tx,
                            int_or_none(end_lineno), column_or_none(lineno, end_offset));
    if (val_is_error(info)) return VAL_ERROR;
    Value args = tuple_pack(vm, 2, m, info);
    if (val_is_error(args)) return VAL_ERROR;
    Value exc = exc_new(vm, t, args);
    if (val_is_error(exc)) return VAL_ERROR;
    vm->exc = exc;
    return VAL_ERROR;
}
