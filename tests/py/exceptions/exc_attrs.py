# __cause__, __context__, __suppress_context__, __traceback__
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
c = TypeError("c")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = c
print(e.__context__ is c)
for attr, val in [("__cause__", 1), ("__context__", "x"), ("__traceback__", 5)]:
    try:
        setattr(e, attr, val)
    except TypeError as ex:
        print(attr, "TypeError", ex)
e.__cause__ = None
print(e.__cause__)
print(e.with_traceback(None) is e)
try:
    raise ValueError("t")
except ValueError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
    e2 = KeyError("k").with_traceback(tb)
    print(e2.__traceback__ is tb)
try:
    e.with_traceback(3)
except TypeError as ex:
    print("TypeError", ex)
