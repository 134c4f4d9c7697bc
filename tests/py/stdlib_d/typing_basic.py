import typing
from typing import *
print(List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., int])
print(Any, List, Tuple[int, ...], Tuple[()], Literal[1, 'a'], ClassVar[int], Final[str], Type[int])
print(Union[int, None] == Optional[int], Union[int, Union[str, int]], Union[int], Optional[Union[int, str]])
T = TypeVar('T'); K = TypeVar('K', covariant=True); U = TypeVar('U', int, str)
print(T, K, U.__constraints__, T.__name__, List[T], List[T][int], Dict[str, T][float])
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box[int](3).__orig_class__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def show(self): return f'{self.x}-{self.y}'
print(P(1), P(2, 'b').show(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple('Q', [('a', int)]); print(Q(5))
class TD(TypedDict):
    a: int
    b: str
print(TD(a=1, b='x'), TD.__required_keys__ == {'a', 'b'}, type(TD(a=1)))
class TD2(TypedDict, total=False):
    c: int
print(TD2.__optional_keys__, is_typeddict(TD2))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
print(cast(int, 'x'), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3))
def g(a: 'int', b: List['str']) -> None: pass
print(get_type_hints(g))
class A:
    x: int
    y: 'List[int]'
print(get_type_hints(A))
UserId = NewType('UserId', int); print(UserId(5), UserId)
print(Annotated[int, 'meta'], get_args(Annotated[int, 'm']))
print(SupportsInt, isinstance(3, SupportsInt), Iterable[int], typing.Pattern if hasattr(typing,'Pattern') else '')
print(repr(AnyStr), Hashable, Sized)
print(int | None == Optional[int], list[int] == List[int])
for n in typing.__all__:
    getattr(typing, n)
print('all ok')
print(Literal[1, 2] == Literal[2, 1], Literal[True] == Literal[1])
class C2(Box[int]): pass
print(C2.__orig_bases__, C2.__mro__)
try: Union[()]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
print(Optional[List[int]], Union[List[int], Dict[str, int], None])
print(Callable[[], int], Callable, Iterator[int], Generator[int, None, None])
