# Generator send/throw/close corners
import sys


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught", e)
                received.append("err")
    finally:
        print("echo finally", received)


g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("v")))
print(g.throw(ValueError, "typed"))
print(g.throw(ValueError, ValueError("inst")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration:
    print("exhausted")


def simple():
    yield 1


s = simple()
try:
    s.send(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.throw(ValueError("x"), 1)
except TypeError as e:
    print(type(e).__name__, e)
# throwing into an unstarted generator raises at once
s2 = simple()
try:
    s2.throw(RuntimeError("early"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(s2))


# close()
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = closing()
next(c)
print(c.close(), c.gi_suspended if hasattr(c, "gi_suspended") else None)
c.close()


def ignores():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")


i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_in_finally():
    try:
        yield 1
    finally:
        return "r"


r = returns_in_finally()
next(r)
print(r.close())


# return values and StopIteration
def ret():
    yield 1
    return "done"


gr = ret()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("value", e.value, e.args)


def raises_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# yield from passes send/throw/close through
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
        return "inner result"
    except KeyError:
        print("inner caught KeyError")
        yield "after key"
        return "recovered"
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o"


o = outer()
print(next(o), o.send("s1"), o.send("s2"))
o = outer()
print(next(o), o.throw(KeyError), next(o))
o = outer()
next(o)
o.close()
print(o.gi_yieldfrom)


# the running generator
def self_ref():
    yield gen_holder[0].gi_running
    try:
        next(gen_holder[0])
    except ValueError as e:
        yield str(e)


gen_holder = [self_ref()]
print(list(gen_holder[0]))


# exception state inside a generator
def exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


es = exc_state()
print(next(es), next(es))

# thrown exceptions chain to the generator's handled exception
def handling():
    try:
        raise KeyError("a")
    except Exception:
        yield


h = handling()
h.send(None)
try:
    h.throw(ValueError)
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args)

# gi_code stays after the end
def f():
    yield 5


gf = f()
print(gf.gi_code is f.__code__)
list(gf)
print(gf.gi_code is f.__code__, gf.gi_frame)
print(gf.__name__, gf.__qualname__)
gf.__name__ = "renamed"
print(gf.__name__)
