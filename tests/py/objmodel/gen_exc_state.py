# Each generator keeps its own handled exception (sys.exc_info) across yields.
import sys


def cur():
    return repr(sys.exc_info()[1])


def own_then_callers():
    print("start", cur())
    try:
        raise KeyError("k")
    except KeyError:
        print("in except", cur())
        yield 1
        print("resumed in except", cur())
        try:
            raise ValueError("v")
        except ValueError as e:
            print("context", repr(e.__context__))
        yield 2
        print("resumed again", cur())
    print("after except", cur())
    yield 3
    print("end", cur())


g = own_then_callers()
print(next(g), cur())
try:
    raise TypeError("t")
except TypeError:
    print(next(g), cur())
    print(next(g), cur())
print("outside", cur())
try:
    raise OSError("o")
except OSError:
    try:
        next(g)
    except StopIteration:
        print("stopped", cur())


def bare_raise():
    try:
        raise KeyError("a")
    except KeyError:
        yield
        raise


g = bare_raise()
next(g)
try:
    raise ValueError("b")
except ValueError:
    try:
        next(g)
    except Exception as e:
        print("reraised", repr(e), repr(e.__context__))


def sees_caller():
    yield cur()
    try:
        raise IndexError
    except IndexError as e:
        yield repr(e.__context__)
    yield cur()
    raise RuntimeError("r")


g = sees_caller()
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    print(next(g))
    print(next(g))
    print(next(g))
    try:
        next(g)
    except RuntimeError as e:
        print("context", repr(e.__context__))


def current_caller():
    try:
        raise KeyError("own")
    except KeyError:
        yield cur()
    yield cur()


g = current_caller()
try:
    raise ValueError("first")
except ValueError:
    print(next(g))
try:
    raise TypeError("second")
except TypeError:
    print(next(g))


def same_as_caller():
    try:
        yield
    except Exception:
        yield cur()
    yield cur()


g = same_as_caller()
next(g)
try:
    raise ValueError("same")
except ValueError as e:
    print(g.throw(e))
print(next(g))


def handling():
    try:
        raise KeyError("k6")
    except KeyError:
        yield


def plain():
    yield


g = handling()
next(g)
try:
    g.throw(ValueError("v6"))
except ValueError as e:
    print("throw context", repr(e.__context__))
try:
    raise TypeError("outer")
except TypeError:
    for make in (handling, plain):
        g = make()
        next(g)
        try:
            g.throw(ValueError("v"))
        except ValueError as e:
            print("throw context", make.__name__, repr(e.__context__))
    g = plain()
    try:
        g.throw(ValueError("unstarted"))
    except ValueError as e:
        print("unstarted", repr(e.__context__), e.__traceback__.tb_next.tb_lineno - plain.__code__.co_firstlineno)
    try:
        plain().throw(StopIteration)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))


def in_loop():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            yield cur()
        yield cur()


try:
    raise OSError("loop")
except OSError:
    for x in in_loop():
        print(x)
for x in in_loop():
    print(x)
print(cur())


def inner():
    try:
        raise KeyError("in")
    except KeyError:
        yield cur()
    yield cur()


def outer():
    try:
        raise ValueError("out")
    except ValueError:
        yield from inner()
        yield cur()
    yield cur()


print(list(outer()))
try:
    raise OSError("caller")
except OSError:
    print(list(outer()))


def star():
    try:
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
    except* KeyError:
        yield cur()
    except* ValueError:
        yield cur()
    yield cur()


print(list(star()))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("__exit__ sees", cur())
        return True


def with_block():
    with CM():
        raise KeyError("w")
    yield cur()


try:
    raise TypeError("cw")
except TypeError:
    print(list(with_block()))


def in_finally():
    try:
        raise KeyError("f")
    finally:
        yield cur()
        yield cur()


g = in_finally()
print(next(g))
try:
    raise ValueError("c")
except ValueError:
    print(next(g))
try:
    next(g)
except KeyError as e:
    print("out", repr(e), repr(e.__context__))


def closed():
    try:
        yield
    except GeneratorExit:
        print("closing sees", cur())
        raise


try:
    raise OSError("o")
except OSError:
    g = closed()
    next(g)
    g.close()
    print(cur())


def deep(n):
    if n == 0:
        yield cur()
        return
    try:
        raise KeyError(n)
    except KeyError:
        yield from deep(n - 1)
        yield cur()


print(list(deep(3)))
