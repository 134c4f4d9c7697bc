def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 // x
    except ValueError as e:
        return "value error: " + str(e)
    finally:
        print("finally", x)

print(f(2))
print(f(0))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "end"

print(g())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("inner")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from ValueError("cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except Exception as e:
    print(type(e).__name__, e.args, str(e))

for exc in (IndexError, KeyError, ZeroDivisionError, NameError, TypeError):
    try:
        if exc is IndexError:
            [][1]
        elif exc is KeyError:
            {}["missing"]
        elif exc is ZeroDivisionError:
            1 % 0
        elif exc is NameError:
            undefined_name
        else:
            "a" + 1
    except exc as e:
        print(type(e).__name__ + ":", e)

def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
