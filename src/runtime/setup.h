/*
** setup.h -- start-up hooks of the built-in types and modules. vm_new makes
** every static type ready (type_ready: bases, MRO, dict, slot wrappers), then
** calls these in order; each fills its types' dicts (type_add_methods) and
** whatever tables it needs, returning 0 or -1 with an exception pending.
*/
#ifndef PIPIT_SETUP_H
#define PIPIT_SETUP_H

typedef struct VM VM;

#define SETUP_LIST(X) \
    X(object) X(type) X(function) X(int) X(float) X(complex) X(str) X(bytes) \
    X(tuple) X(list) X(dict) X(set) X(range) X(slice) X(iter) \
    X(exceptions) X(generator) X(typehints) X(builtins) X(sys) X(stdmods) X(jsbridge)

#define DECLARE_SETUP(name) int setup_##name(VM *vm);
SETUP_LIST(DECLARE_SETUP)
#undef DECLARE_SETUP

#endif
