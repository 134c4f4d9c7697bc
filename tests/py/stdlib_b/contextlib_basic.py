import io
import sys
from contextlib import (contextmanager, suppress, redirect_stdout, redirect_stderr,
                        closing, nullcontext, ExitStack, AbstractContextManager)

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield
    yield

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@tag("deco")
def decorated(x):
    print("body", x)
    return x + 1
print(decorated(1), decorated.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hidden", 1, 2)
    sys.stdout.write("raw\n")
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(err.getvalue()))

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.callback(print, "cb2", end="!\n")
    v = stack.enter_context(tag("es"))
    print("entered", v)

def exit_fn(*exc):
    print("exit_fn", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError("suppressed by push")
print("after push")

with ExitStack() as stack:
    stack.callback(print, "moved")
    saved = stack.pop_all()
print("stack closed")
saved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("inner")
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e.__context__).__name__)

try:
    ExitStack().enter_context(3)
except TypeError as e:
    print("TypeError", e)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit")
with CM() as c:
    print(type(c).__name__)
print(isinstance(open.__class__, type))
