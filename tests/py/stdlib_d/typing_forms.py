import typing
from typing import *
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), Optional[int] == (int | None), hash(Union[int, str]) == hash(Union[str, int]))
print(Literal['a', 'b'], Literal[1, Literal[2, 3]], get_args(Literal[1, 2]), Literal[1] == Literal[1], Literal[None])
print(Final, Final[int], ClassVar, ClassVar[List[int]], Type[int], Type, Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(Callable[[int, str], None], Callable[[], None], Callable[..., Any], get_args(Callable[..., int]), Callable[[int], str].__origin__, Callable[[List[int]], Dict[str, int]])
print(Tuple[int], Tuple[int, str], Tuple[()], get_args(Tuple[int, ...]), Tuple[int, ...], Set[int], FrozenSet[bytes], AbstractSet[int], Sequence[int], Mapping[str, int], MutableMapping[str, int])
print(Iterable[int], Iterator[int], Generator[int, None, str], AsyncIterator[int], Awaitable[int], Coroutine[Any, Any, int], ContextManager[int], Annotated[List[int], 'x', 2])
print(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(Literal[1]), get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: ClassVar[int, str], lambda: Callable[int], lambda: Literal, lambda: List[int](), lambda: Final()]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(NoReturn, Never, Self, LiteralString, TypeAlias, AnyStr, Text is str, TYPE_CHECKING, typing.Hashable, typing.Sized)
def f(x: 'List[int]', y: Optional['Dict[str, int]'] = None) -> 'int': pass
print(get_type_hints(f))
class Node:
    next: 'Optional[Node]'
    val: int = 0
print(get_type_hints(Node))
print(get_type_hints(f, include_extras=True) == get_type_hints(f), cast(List[int], 'not a list'), assert_type(3, int))
UserId = NewType('UserId', int)
print(UserId, UserId(3) + 1, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId): pass
except TypeError as e:
    print('TypeError', e)
@final
class Fin: pass
print(Fin.__final__, typing.overload(lambda x: x).__name__ if False else 'ok')
