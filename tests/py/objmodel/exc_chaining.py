# Exception chaining, __traceback__, add_note, __suppress_context__
import sys
import traceback


def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("while handling")


try:
    chain()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("explicit") from e
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("from none") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

for bad in [1, "x", KeyError]:
    try:
        raise ValueError from bad
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print("ValueError with cause", repr(e.__cause__))

# setting the attributes directly
e = ValueError("v")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = "s"
except TypeError as err:
    print(type(err).__name__, err)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__suppress_context__ = 0
except TypeError as err:
    print(type(err).__name__, err)

# no cycle: re-raising an exception that is its own context
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as final:
    print(repr(final.__context__), repr(final.__context__.__context__))


# __traceback__
def inner():
    raise RuntimeError("deep")


def outer():
    inner()


try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, type(e.__traceback__).__name__)
    print(e.__traceback__.tb_lineno > 0, isinstance(e.__traceback__.tb_lasti, int))
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    ValueError().__traceback__ = "x"
except TypeError as err:
    print(type(err).__name__, err)

# add_note
e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
e2 = KeyError("k")
e2.add_note("a note")
print("".join(traceback.format_exception_only(type(e2), e2)), end="")

# args, str and repr of the base classes
for exc in [Exception(), Exception("one"), Exception("a", 2), KeyError("key"), KeyError(),
            OSError(2, "No such file"), StopIteration(7), SystemExit(3), UnicodeError("u")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, OSError(2, "x").errno)
x = Exception(1)
x.args = [4, 5]
print(x.args, str(x))
print(BaseException.__new__(ValueError).args)

# exception state in handlers
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


# __exit__ that suppresses, and one that sees the context
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None)
        return True


with Suppress():
    raise ValueError
print("suppressed")
