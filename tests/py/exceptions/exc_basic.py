# BaseException args, str and repr for 0, 1 and more arguments
for args in [(), ("x",), (1,), (1, 2), ("a", None, 3.5), ([1, 2],)]:
    for cls in [BaseException, Exception, ValueError, KeyError, IndexError]:
        e = cls(*args)
        print(cls.__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e.args = "ab"
print(e.args)
try:
    del e.args
except TypeError as ex:
    print("TypeError", ex)
try:
    ValueError(x=1)
except TypeError as ex:
    print("TypeError", ex)
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError))
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print(ValueError.__module__, ValueError.__name__, ValueError.__qualname__)
print(repr(ValueError), str(Exception("a", "b")))
e = Exception()
e.foo = 5
print(e.foo, e.__dict__)
print(BaseException.__new__(ValueError, 1, 2).args)
print(hash(e) == hash(e), e == e, e == Exception())
