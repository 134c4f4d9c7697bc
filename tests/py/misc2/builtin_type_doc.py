types = [object, type, bool, int, float, complex, str, bytes, bytearray, tuple,
         list, dict, set, frozenset, range, slice, memoryview, enumerate, zip,
         map, filter, reversed]
for t in types:
    d = t.__doc__
    print(t.__name__, type(d).__name__, d.splitlines()[0])

print([].__doc__ == list.__doc__, (5).__doc__ == int.__doc__)
print('__doc__' in dir(int), '__doc__' in int.__dict__)

class A(int):
    pass

class B(list):
    "B's doc"

print(A.__doc__, A(3).__doc__, B.__doc__, B().__doc__)
print(type(iter([])).__doc__, property(doc="p").__doc__)
