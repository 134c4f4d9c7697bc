/*
** fileio.c -- the builtin open(). The file objects themselves are written
** in Python (lib/os.py: a text and a binary file over the VFS, buffering the
** whole content and writing it back on flush/close); open() imports os on
** first use so that programs that never open a file pay nothing.
*/
#include "modules/os.h"
#include "runtime/import.h"

/* open(file, mode='r', buffering=-1, encoding=None, ...) -> os._open(...) */
static Value builtin_open(VM *vm, Value *args, int nargs, Value kwnames) {
    Value os = import_module(vm, "os");
    if (val_is_error(os)) return os;
    Value impl = obj_getattr_cstr(vm, os, "_open");
    if (val_is_error(impl)) return impl;
    return vm_call(vm, impl, args, nargs, kwnames);
}

static const MethodDef open_def = {"open", builtin_open, 0, NULL};

int fileio_setup(VM *vm) {
    Value fn = native_func_new(vm, &open_def, VAL_NULL, VAL_NULL);
    if (val_is_error(fn)) return -1;
    return dict_set_cstr(vm, vm->builtins, "open", fn);
}
