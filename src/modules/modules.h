/*
** modules.h -- the native standard-library modules written in C beyond
** builtins and sys (modules/modules.c registers them).
*/
#ifndef PIPIT_MODULES_H
#define PIPIT_MODULES_H

#include "runtime/vm.h"

/* Register time and math with the import system (a SETUP_LIST hook). */
int setup_stdmods(VM *vm);

/* Module inits, called by import the first time a module is imported. */
Value math_module_init(VM *vm);
Value hashcore_module_init(VM *vm);
Value zlibcore_module_init(VM *vm);
Value cmath_module_init(VM *vm);
Value time_module_init(VM *vm);
Value gc_module_init(VM *vm);
Value sre_module_init(VM *vm);
Value unicodedata_module_init(VM *vm);
char *unicodedata_nfkc(const char *s, size_t n);   /* malloc'ed; NULL: no memory */
Value struct_module_init(VM *vm);
Value array_module_init(VM *vm);
Value ast_module_init(VM *vm);

/* compile() of an AST object or with PyCF_ONLY_AST: [args] are compile()'s
** seven arguments (astmodule.c, through lib/ast.py). */
Value ast_compile(VM *vm, Value *args);

#endif
