import dataclasses as d
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
print(P(1), P(1, 2) == P(1, 2), P(1) == P(2), P.__doc__, P.__match_args__)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__hash__)
try:
    @dataclass
    class Q:
        x: list = []
except Exception as e: print(type(e), e)
try:
    @dataclass
    class Q:
        x: int = 0
        y: int
except Exception as e: print(type(e), e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'z'
try: F(1).a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del F(1).a
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(F(1)) == hash(F(1)), F(1, 'q'))
try: P()
except Exception as e: print(type(e), e)
try: P(1, 2, 3)
except Exception as e: print(type(e), e)
@dataclass(order=True)
class O:
    a: int
    b: int = field(default=0, compare=False)
print(O(1) < O(2), O(2, 5) <= O(2, 1), sorted([O(3), O(1), O(2)]))
try: O(1) < 3
except TypeError as e: print(e)
@dataclass
class W:
    items: List[int] = field(default_factory=list)
    n: ClassVar[int] = 5
    hidden: int = field(default=7, repr=False)
w1 = W(); w1.items.append(1); print(w1, W(), W.n, [f.name for f in fields(W)])
@dataclass
class Post:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Post(3), Post(3, 10), [f.name for f in fields(Post)])
@dataclass
class Nest:
    p: P
    ps: list
    m: dict
n = Nest(P(1), [P(2), (P(3),)], {'k': P(4)})
print(asdict(n)); print(astuple(n))
print(replace(P(1, 2), y=5), is_dataclass(P), is_dataclass(P(1)), is_dataclass(3))
try: fields(3)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=3))
try: K(3)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: d.KW_ONLY
    b: int
    c: int = 0
print(K2(1, b=2), K2.__match_args__)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), H(1) in {H(1)})
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__)
try: s.c = 3
except AttributeError as e: print('AttributeError')
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 5
print(Derived(), fields(Derived)[0].name)
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith('<__main__.NR object'))
print(fields(P)[1].default, fields(W)[0].default_factory, fields(P)[0].default is d.MISSING)
C = d.make_dataclass('C', [('x', int), ('y', int, field(default=3))])
print(C(1), C.__name__)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Rec:
    x: object = None
r = Rec(); r.x = r; print(r)
@dataclass
class Cust:
    a: int
    def __repr__(self): return 'custom'
print(Cust(1))
try:
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class FB(Base): pass
except TypeError as e: print(e)
