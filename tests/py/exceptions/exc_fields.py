# StopIteration.value, SystemExit.code, KeyError, ImportError, NameError, AttributeError
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 9
print(s.value, s.args)
print(SystemExit().code, SystemExit(2).code, SystemExit("msg").code, SystemExit(1, 2).code)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")))
print(str(KeyError("")), str(LookupError("k")))
e = ImportError("no module", name="m", path="/p")
print(e.msg, e.name, e.path, str(e), e.args)
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
e = ImportError(1, 2)
print(e.msg, str(e))
try:
    ImportError("x", foo=1)
except TypeError as ex:
    print("TypeError", ex)
e = ModuleNotFoundError("No module named 'x'", name="x")
print(e.name, str(e))
e = NameError("name 'x' is not defined", name="x")
print(e.name, str(e), NameError().name)
try:
    NameError("x", obj=1)
except TypeError as ex:
    print("TypeError", ex)
e = AttributeError("a", name="n", obj=5)
print(e.name, e.obj, str(e), AttributeError().name)
try:
    {}["missing"]
except KeyError as ex:
    print(repr(ex), str(ex), ex.args)
try:
    undefined_name
except NameError as ex:
    print(ex, ex.name)
try:
    (1).foo
except AttributeError as ex:
    print(ex, ex.name, ex.obj)
