/*
** typeobject.h -- the type machinery for the core's own use: class creation,
** attribute lookup, slot inheritance, super.
*/
#ifndef PIPIT_TYPEOBJECT_H
#define PIPIT_TYPEOBJECT_H

#include "vm.h"

/* object.__getattribute__ / __setattr__ for any object. */
Value object_generic_getattr(VM *vm, Value self, Value name);   /* VAL_NULL: missing */
int object_generic_setattr(VM *vm, Value self, Value name, Value v);

/* type(name, bases, dict, **kwds) with metaclass [meta]. */
Value type_new_heap(VM *vm, Type *meta, Value name, Value bases, Value dict, Value kwds);

/* builtins.__build_class__(func, name, *bases, metaclass=..., **kwds) */
Value typeobj_build_class(VM *vm, Value *args, int nargs, Value kwnames);

/* Called when a heap type's attribute changes: re-derive its slots. */
void type_update_slots(VM *vm, Type *t);

/* Look up a special method on the type of [self] and call it with [args]
** (self is prepended). *found is false when the type has no such method. */
Value call_special(VM *vm, Value self, Value name, Value *args, int nargs, bool *found);

/* repr of an object without __repr__: "<mod.Name object at 0x...>" */
Value object_default_repr(VM *vm, Value self);

/* The qualified name printed in reprs and tracebacks: "Name" for builtins,
** "mod.Name" otherwise. */
Value type_qualified_name(VM *vm, Type *t);

int gc_register_static_type(VM *vm, Type *t);

/* AttributeError "'X' object has no attribute 'y'" (module and type forms too). */
Value raise_attribute_error(VM *vm, Value o, Value name);

/* f(self, *args, **kw) without touching args. */
Value call_with_self(VM *vm, Value f, Value self, Value *args, int nargs, Value kwnames);

/* int | str: a types.UnionType. */
Value union_type_new(VM *vm, Value a, Value b);
extern Type type_union;
Value member_descr_new(VM *vm, Type *owner, Value name, uint32_t offset);
Value generic_alias_new(VM *vm, Value origin, Value args);

/* Enter/leave C recursion that can nest without bound (repr of nested
** containers, C calling Python): RecursionError past the limit. */
int vm_enter_c(VM *vm, const char *where);
static inline void vm_leave_c(VM *vm) { vm->c_depth--; }

#endif
