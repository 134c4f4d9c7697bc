from typing import TypeVar, Generic, List, Dict, Tuple, Optional, get_args, get_origin, Protocol, runtime_checkable
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, x: T) -> None:
        self.items.append(x)
class Pair(Generic[K, V]):
    pass
print(Stack[int], Pair[str, int], Pair[str, List[T]], Pair[str, List[T]][bytes], Stack.__parameters__, Pair.__parameters__)
s = Stack[int](); s.push(1); print(s.items, type(s).__name__, get_origin(Stack[int]), get_args(Pair[int, str]))
for bad in [lambda: Stack[int, str], lambda: Pair[int], lambda: Generic[T, T], lambda: List[int][str]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class Sub(Stack[T]):
    pass
class Concrete(Pair[int, str]):
    pass
print(Sub.__parameters__, Concrete.__parameters__, Sub[float], issubclass(Concrete, Pair), Concrete.__orig_bases__)
B = TypeVar('B', bound=int)
print(B.__bound__, T.__constraints__, TypeVar('S', str, bytes).__constraints__, T.__covariant__)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
class NotRuntime(Protocol):
    def f(self): ...
try:
    isinstance(3, NotRuntime)
except TypeError as e:
    print('TypeError', e)
try:
    NotRuntime()
except TypeError as e:
    print('TypeError', e)
print(Optional[T][int], Tuple[T, ...][str], Dict[K, V][int, List[int]])
