# PEP 560: __mro_entries__ on bases that are not classes
import types


class Entry:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.bases


class A(Entry(int)):
    pass


print(A.__mro__)
print(A.__orig_bases__[0].bases)
print(A(7) + 1)


# looked up on the instance, as an attribute
class Inst:
    pass


inst = Inst()
inst.__mro_entries__ = lambda bases: (list,)


class B(inst):
    pass


print(B.__mro__)


# an empty tuple drops the base
class C(Entry(), object):
    pass


print(C.__mro__, C.__bases__)

# must return a tuple
class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# GenericAlias bases
class L(list[int]):
    pass


print(L.__mro__, L.__orig_bases__)
l = L([1, 2])
l.append(3)
print(l, type(l).__name__)


class M(dict[str, int]):
    pass


print(M.__bases__, M(a=1))
print(list[int].__mro_entries__((list[int],)))

# type() refuses them, types.new_class resolves them
try:
    type("X", (list[int],), {})
except TypeError as e:
    print(type(e).__name__, e)
X = types.new_class("X", (list[int],))
print(X.__mro__, X.__orig_bases__)
print(types.resolve_bases((Entry(int, str), float)))

# isinstance with a parameterized generic
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(list[int].__origin__, list[int].__args__, list[int].__class__)
print(list[int] == list[int], list[int] == list[str])
