# isinstance/issubclass with X | Y unions and deeply nested tuples.
import sys
class Super: pass
class Child(Super): pass
print(isinstance(Child(), Super | int), isinstance(None, str | int), isinstance(None, int | None))
print(isinstance(3, float | str | int), issubclass(bool, str | int), issubclass(dict, float | str))
for f, args in [(isinstance, (2, list[int])), (isinstance, (2, list[int] | int)),
                (isinstance, (2, float | str | list[int] | int)), (issubclass, (2, Child | Super)),
                (issubclass, (int, list[int] | Child)), (issubclass, (int, Child | list[int]))]:
    try:
        print(f.__name__, f(*args))
    except TypeError as e:
        print(f.__name__, "TypeError", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(75)
for f, a, c in ((isinstance, '', str), (issubclass, str, str)):
    t = (c,)
    try:
        for i in range(100):
            t = (t,)
            f(a, t)
        print("no error")
    except RecursionError as e:
        print(f.__name__, "RecursionError", i > 50)
sys.setrecursionlimit(old)
print(isinstance('', ((((str,),),),)))
