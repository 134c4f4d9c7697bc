/*
** names.h -- identifiers the core looks up often, interned once at start-up:
** NAME(vm, __init__) is the interned str "__init__".
*/
#ifndef PIPIT_NAMES_H
#define PIPIT_NAMES_H

typedef struct VM VM;

#define NAME_LIST(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__getattr__) X(__getattribute__) \
    X(__setattr__) X(__delattr__) X(__call__) X(__iter__) X(__next__) X(__get__) \
    X(__set__) X(__delete__) X(__len__) X(__getitem__) X(__setitem__) \
    X(__delitem__) X(__contains__) X(__bool__) X(__name__) X(__qualname__) \
    X(__module__) X(__dict__) X(__class__) X(__classcell__) X(__slots__) \
    X(__set_name__) X(__init_subclass__) X(__class_getitem__) X(__build_class__) \
    X(__import__) X(__main__) X(__builtins__) X(__file__) X(__doc__) \
    X(__annotations__) X(__prepare__) X(__mro_entries__) X(__instancecheck__) \
    X(__subclasscheck__) X(__index__) X(__int__) X(__float__) X(__complex__) \
    X(__format__) X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) \
    X(__await__) X(__aiter__) X(__anext__) X(__missing__) X(__reversed__) \
    X(__length_hint__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__dir__) X(__abstractmethods__) X(__path__) X(__package__) X(__spec__) \
    X(__loader__) X(__all__) X(__weakref__) X(__match_args__) X(__neg__) \
    X(__pos__) X(__abs__) X(__invert__) X(__bytes__) X(__del__) \
    X(send) X(throw) X(close) X(keys) X(items) X(values) X(write) X(flush) \
    X(mro) X(metaclass) X(__code__) X(__defaults__) X(__kwdefaults__) \
    X(__closure__) X(__globals__) X(__self__) X(__func__) X(__wrapped__) \
    X(__isabstractmethod__) X(displayhook) X(stdout) X(stderr) X(stdin) \
    X(path) X(modules) X(__origin__) X(builtins) X(__sizeof__)

enum {
#define NAME_ENUM(n) SN_##n,
    NAME_LIST(NAME_ENUM)
#undef NAME_ENUM
    SN_COUNT
};

#define NAME(vm, n) ((vm)->str_cache[SN_##n])

int names_init(VM *vm);

#endif
