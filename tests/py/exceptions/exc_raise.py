# raising classes, instances and non-exceptions
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e)

def r1(): raise ValueError
def r2(): raise ValueError("x")
def r3(): raise 5
def r4(): raise object
def r5():
    class C:
        pass
    raise C()
def r6():
    class Odd(Exception):
        def __new__(cls):
            return 5
    raise Odd
def r7(): raise
attempt(r1)
attempt(r2)
attempt(r3)
attempt(r4)
attempt(r5)
attempt(r7)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", type(e).__name__)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
