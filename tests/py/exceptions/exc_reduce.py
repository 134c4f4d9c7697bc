# __reduce__ and __setstate__
e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
e2 = KeyError()
e2.__setstate__({"a": 1, "b": 2})
print(e2.a, e2.b)
e2.__setstate__(None)
try:
    e2.__setstate__(5)
except TypeError as ex:
    print("TypeError", ex)
print(ImportError("m", name="n").__reduce__())
print(ImportError("m").__reduce__())
