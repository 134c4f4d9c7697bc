import collections.abc

for t in (bytearray, list, dict, set, bytes, frozenset, tuple, slice):
    print(t.__name__, t.__hash__ is None, isinstance(t(), collections.abc.Hashable) if t is not slice else None)

for v in (bytearray(), [], {}, set(), {}.keys(), {}.items(), slice(1)):
    try:
        print(hash(v))
    except TypeError as e:
        print("TypeError", e)

try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError", e)
print(hash(memoryview(b"xy")) == hash(b"xy"))

class BA(bytearray):
    def __hash__(self):
        return 7

print(hash(BA(b"a")), isinstance(BA(), collections.abc.Hashable))
print(issubclass(bytearray, collections.abc.Hashable), issubclass(bytes, collections.abc.Hashable))
print(hash(bytes(bytearray(b"ab"))) == hash(b"ab"))
v = {}.values()
print(hash(v) == hash(v))
