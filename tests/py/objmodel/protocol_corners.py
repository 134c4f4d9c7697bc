# Corners of the object protocol: setattr guards, __dict__ deletion,
# AttributeError context, unawaited coroutines, traceback objects
import gc
import sys
import types
import warnings

for f in [lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower")]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


def func():
    pass


object.__setattr__(func, "attr", 1)
mod = types.ModuleType("mod")
object.__setattr__(mod, "attr", 2)
print(func.attr, mod.attr)


class C:
    pass


c = C()
c.a = 1
del c.__dict__
print(c.__dict__, hasattr(c, "a"))
for bad in [None, [], 1]:
    try:
        c.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)


# an AttributeError raised bare by __getattr__ learns its name and object
class G:
    def __getattr__(self, attr):
        raise AttributeError()


g = G()
try:
    g.missing
except AttributeError as e:
    print(e.name, e.obj is g)
try:
    getattr(g, "other")
except AttributeError as e:
    print(e.name)


# a property that fails as a comparison method means NotImplemented
def boom(self):
    raise AttributeError("boom")


class E:
    __eq__ = property(boom)


print(E() == E(), E() != 1)

# identifiers in __slots__
for name in ["ok", "é", chr(128), "a b", "1a", ""]:
    try:
        type("S", (), {"__slots__": [name]})
        print("accepted", repr(name))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    super(C, c, 1)
except TypeError as e:
    print(type(e).__name__, e)


# a coroutine never awaited is reported when collected
async def never():
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    never()
    gc.collect()
print([(w.category.__name__, str(w.message)) for w in caught])

# awaiting and reusing coroutines
async def done():
    return 1


co = done()
try:
    co.send(None)
except StopIteration as e:
    print("returned", e.value)
for action in [lambda: co.send(None), lambda: co.throw(ValueError("x"))]:
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
co.close()


class BadAwait:
    def __await__(self):
        return done()


async def use_bad():
    await BadAwait()


u = use_bad()
try:
    u.send(None)
except TypeError as e:
    print(type(e).__name__, e)


# traceback objects can be made and linked
def get_tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


tb = get_tb()
frame = sys._getframe()
new = types.TracebackType(tb, frame, 0, 7)
print(new.tb_next is tb, new.tb_frame is frame, new.tb_lineno)
for args in [(1, frame, 0, 1), (None, 1, 0, 1), (None, frame, "x", 1)]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tb.tb_next = new
except ValueError as e:
    print(type(e).__name__, e)
try:
    tb.tb_next = 3
except TypeError as e:
    print(type(e).__name__, e)

# SyntaxError's details tuple
for details in [("f.py", 1, 2), ("f.py", 1, 2, "t", 1), ("f.py", 1, 2, "t", 1, 2, 3)]:
    try:
        SyntaxError("m", details)
    except TypeError as e:
        print(type(e).__name__, e)
s = SyntaxError("m", ("f.py", 1, 2, "text", 1, 4))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)

# module __dir__: a module-level __dir__ (PEP 562), a __dict__ that is not a dict
mod2 = types.ModuleType("mod2")
mod2.a = 1
print(dir(mod2))
mod2.__dir__ = lambda: ["zz", "aa"]
print(dir(mod2))


class WeirdModule(types.ModuleType):
    __dict__ = property(lambda self: "Not a dict!")


try:
    dir(WeirdModule("w"))
except TypeError as e:
    print(type(e).__name__, e)
