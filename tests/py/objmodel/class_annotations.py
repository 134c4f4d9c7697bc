# Class __annotations__: own, lazily created, not inherited
class A:
    pass


print(A.__annotations__, "__annotations__" in A.__dict__)


class B(A):
    x: int
    y: "str" = "v"


print(B.__annotations__, B().__annotations__, B.y)


class C(B):
    pass


print(C.__annotations__, C.__annotations__ is B.__annotations__)
C.__annotations__ = {"z": float}
print(C.__annotations__, B.__annotations__)
del C.__annotations__
print("__annotations__" in C.__dict__)
try:
    del C.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
print(type.__dict__["__annotations__"])


def f(a: int, b=2) -> str:
    pass


print(f.__annotations__)
f.__annotations__ = {"q": 1}
print(f.__annotations__)
print((lambda: 0).__annotations__)
