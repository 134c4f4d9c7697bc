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

#endif
