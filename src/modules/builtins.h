/*
** builtins.h -- the builtins module (modules/builtins.c) for the core's own
** use, and what it needs from other parts of the core.
*/
#ifndef PIPIT_BUILTINS_H
#define PIPIT_BUILTINS_H

#include "runtime/vm.h"

/* The import machinery (runtime/import.c): __import__(name,
** globals, locals, fromlist, level). */
extern Value import_module_level(VM *vm, Value name, Value globals, Value fromlist, int level);

/* isinstance(obj, cls) / issubclass(cls, classinfo) with the full
** protocol (tuples, __instancecheck__, __subclasscheck__): 1, 0, -1. */
int builtins_isinstance(VM *vm, Value obj, Value cls);
int builtins_issubclass(VM *vm, Value cls, Value classinfo);

/* locals() of the running frame: frame->locals, or a new dict of the bound
** locals and cells of a function frame. */
Value builtins_locals(VM *vm);

#endif
