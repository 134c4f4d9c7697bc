# Coroutines and async generators keep their own handled exception too.
import sys
import types


def cur():
    return repr(sys.exc_info()[1])


@types.coroutine
def suspend():
    yield "tick"


async def inner():
    print("inner start", cur())
    await suspend()
    print("inner resumed", cur())
    try:
        raise KeyError("ik")
    except KeyError:
        await suspend()
        print("inner in except", cur())
    print("inner after", cur())
    return 5


async def outer():
    try:
        raise ValueError("ov")
    except ValueError:
        r = await inner()
        print("outer got", r, cur())
    await suspend()
    print("outer end", cur())
    try:
        raise IndexError("oi")
    except IndexError:
        await suspend()
        print("outer in except", cur())
        raise


def drive(c):
    n = 0
    while True:
        try:
            raise TypeError("driver%d" % n)
        except TypeError:
            try:
                v = c.send(None)
            except StopIteration as e:
                print("done", e.value)
                return
            except Exception as e:
                print("exc", repr(e), repr(e.__context__))
                return
        print("yielded", v, cur())
        n += 1


drive(outer())


async def agen():
    try:
        raise KeyError("ag")
    except KeyError:
        yield cur()
        await suspend()
        yield cur()
    yield cur()


async def use():
    async for v in agen():
        print("agen", v, cur())
    try:
        raise OSError("use")
    except OSError:
        async for v in agen():
            print("agen2", v, cur())


drive(use())


async def thrower():
    try:
        raise KeyError("tk")
    except KeyError:
        try:
            await suspend()
        except ValueError as e:
            print("caught", repr(e), repr(e.__context__), cur())
        print("after", cur())
    return cur()


c = thrower()
c.send(None)
try:
    raise OSError("x")
except OSError:
    try:
        c.throw(ValueError("tv"))
    except StopIteration as e:
        print("returned", e.value)


async def reraiser():
    try:
        raise KeyError("rr")
    except KeyError:
        await suspend()
        raise


c = reraiser()
c.send(None)
try:
    raise ValueError("caller")
except ValueError:
    try:
        c.send(None)
    except KeyError as e:
        print("reraised", repr(e), repr(e.__context__), cur())


async def unstarted():
    await suspend()


c = unstarted()
try:
    raise ValueError("caller")
except ValueError:
    try:
        c.throw(KeyError("u"))
    except KeyError as e:
        print("unstarted", repr(e.__context__))
