/*
** import.h -- the import system: native modules, frozen modules (lib/),
** and source modules and packages found on sys.path in the VFS.
*/
#ifndef PIPIT_IMPORT_H
#define PIPIT_IMPORT_H

#include "vm.h"

/* __import__(name, globals, locals, fromlist, level) */
Value import_module_level(VM *vm, Value name, Value globals, Value fromlist, int level);
/* Import a module by its absolute dotted name; returns the module. */
Value import_module(VM *vm, const char *name);

/* A native module: [init] returns the module object. */
typedef Value (*NativeModuleInit)(VM *vm);
int import_register_native(VM *vm, const char *name, NativeModuleInit init);

/* Make a module from native function tables (for module inits). */
Value native_module_new(VM *vm, const char *name, const MethodDef *functions);

#endif
