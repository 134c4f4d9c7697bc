/*
** modules.c -- registers the native standard-library modules: each is made
** only when first imported, so start-up pays nothing for them.
*/
#include "modules/modules.h"
#include "modules/os.h"
#include "runtime/import.h"
#include "objects/weakref.h"

/* `_struct` is the same module as `struct` */
static Value struct_alias_init(VM *vm) {
    return import_module(vm, "struct");
}

int setup_stdmods(VM *vm) {
    if (import_register_native(vm, "math", math_module_init) < 0) return -1;
    if (import_register_native(vm, "_hashcore", hashcore_module_init) < 0) return -1;
    if (import_register_native(vm, "_zlibcore", zlibcore_module_init) < 0) return -1;
    if (import_register_native(vm, "cmath", cmath_module_init) < 0) return -1;
    if (import_register_native(vm, "time", time_module_init) < 0) return -1;
    if (import_register_native(vm, "_sre", sre_module_init) < 0) return -1;
    if (import_register_native(vm, "unicodedata", unicodedata_module_init) < 0) return -1;
    if (import_register_native(vm, "struct", struct_module_init) < 0) return -1;
    if (import_register_native(vm, "_struct", struct_alias_init) < 0) return -1;
    if (import_register_native(vm, "array", array_module_init) < 0) return -1;
    if (import_register_native(vm, "_weakref", weakref_module_init) < 0) return -1;
    if (import_register_native(vm, "gc", gc_module_init) < 0) return -1;
    if (import_register_native(vm, "_ast", ast_module_init) < 0) return -1;
    if (setup_os(vm) < 0) return -1;
    return 0;
}
