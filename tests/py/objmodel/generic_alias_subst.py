from typing import TypeVar, ParamSpec, Callable, List


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
P = ParamSpec("P")

print(list[T].__parameters__, list[int].__parameters__)
print(list[T][int], list[T][int] == list[int])
print(dict[str, T][int])
print(dict[K, V].__parameters__, dict[K, K].__parameters__)
print(dict[K, V][str, int])
print(list[dict[K, V]].__parameters__)
print(list[dict[K, V]][str, int])
print(dict[K, list[V]][int, str])
print(tuple[T, ...][int])
print(list[T][list[K]], list[T][list[K]].__parameters__)
print(list[List[T]].__parameters__, list[List[T]][int])
print(type(list[T][int]).__name__, list[T][int].__origin__ is list)
print(list[T][int].__args__, dict[K, V][str, int].__args__)
print(dict[K, V][K, K], dict[K, V][K, K].__parameters__)

def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

err(lambda: list[int][int])
err(lambda: list[T][int, str])
err(lambda: dict[K, V][int])
err(lambda: list[list[int]][str])
err(lambda: dict[str, int][int])

class A(list[T]):
    pass
print(A.__mro__[1] is list)
