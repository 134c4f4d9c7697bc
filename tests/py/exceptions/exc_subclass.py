# user-defined exception classes
class MyError(Exception):
    pass

class WithInit(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

class WithStr(Exception):
    def __str__(self):
        return "custom str"

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a

class KW(Exception):
    def __init__(self, **kw):
        self.kw = kw

e = MyError("a", 1)
print(e.args, str(e), repr(e), isinstance(e, Exception), type(e).__name__)
w = WithInit("bad", 42)
print(w.args, w.code, str(w), repr(w))
print(str(WithStr(1)), repr(WithStr(1)))
n = NoSuper(1, 2)
print(n.args, n.a, str(n))
k = KW(x=1)
print(k.args, k.kw)
try:
    raise WithInit("m", 3)
except ValueError as ex:
    print("caught", type(ex).__name__, ex, ex.code)
try:
    raise MyError
except MyError as ex:
    print("caught class", repr(ex))
class Deep(MyError, KeyError):
    pass
print(str(Deep("k")), [c.__name__ for c in Deep.__mro__])
print(e.__dict__, w.__dict__)
class SlotE(Exception):
    def __init__(self, *args):
        pass
print(SlotE(1, 2).args)
