# Unreachable suspended generators are closed by the collector; objects
# still alive at exit are finalized in the order of their globals.
import gc


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = gen("a")
next(g)
g = None
gc.collect()
print("after collect")


def holder():
    inner = gen("local")
    next(inner)


holder()
gc.collect()
print("after holder")

# never started: nothing to run
g = gen("unstarted")
g = None
gc.collect()

# a generator that ignores GeneratorExit is reported, not raised
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
    yield 2


s = stubborn()
next(s)
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
s = None
gc.collect()
err = sys.stderr.getvalue()
sys.stderr = old
print("RuntimeError: generator ignored GeneratorExit" in err)


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, helper())


def helper():
    return "ok"


a = A(1)
a.child = A(2)
items = [A(3)]
b = A(4)
live = gen("at exit")
next(live)
print("end")
