print(len([1, 2]), len("héllo"), len({}), len(range(10)), len(b"ab"))
for bad in [5, None]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print("ValueError", e)
print(callable(len), callable(1), callable(int), callable(lambda: 1), callable("s".upper))
class CC:
    def __call__(self):
        pass
print(callable(CC()), callable(CC))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(()) == hash(()))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
o = object()
print(id(o) == id(o), id(o) != id(object()), type(id(o)).__name__)
print(repr("x"), repr([1, "a"]), repr(None))
print(type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__, builtins.True_ if hasattr(builtins, "True_") else "-")
print(Ellipsis, NotImplemented, __debug__, type(Ellipsis).__name__)
for name in ["int", "str", "list", "dict", "set", "frozenset", "tuple", "bytes", "bytearray", "object",
             "type", "range", "slice", "property", "staticmethod", "classmethod", "super", "enumerate",
             "zip", "map", "filter", "reversed", "bool", "float", "complex", "memoryview",
             "ValueError", "BaseException", "StopAsyncIteration"]:
    print(name, type(getattr(builtins, name)).__name__)
print(len.__name__, repr(len))
