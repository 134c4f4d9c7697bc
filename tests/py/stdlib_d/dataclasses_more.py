from dataclasses import dataclass, field, asdict, astuple, fields, make_dataclass, replace
from collections import namedtuple
from typing import Any
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) == Version(1, 0, 0), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1, 0, 0)), {Version(2): 'two'}[Version(2)])
try:
    object.__setattr__(Version(1), 'major', 5)
    print('bypassed')
except Exception as e:
    print(type(e).__name__)
P = namedtuple('P', 'x y')
@dataclass
class Holder:
    point: Any
    items: dict = field(default_factory=dict)
h = Holder(P(1, 2), {'k': [Version(3)]})
print(asdict(h), astuple(h), asdict(h, dict_factory=lambda kv: sorted(kv)))
Pt = make_dataclass('Pt', ['x', ('y', int, 5)], namespace={'norm': lambda self: abs(self.x) + abs(self.y)}, frozen=True)
p = Pt(3)
print(p, p.norm(), [f.name for f in fields(Pt)])
try:
    make_dataclass('Bad', ['x', 'x'])
except TypeError as e:
    print('TypeError', e)
try:
    make_dataclass('Bad', ['class'])
except TypeError as e:
    print('TypeError', e)
@dataclass
class Counter:
    n: int = 0
    def inc(self):
        self.n += 1
        return self
print(Counter().inc().inc(), replace(Counter(5), n=6), Counter.__init__.__defaults__ if False else '')
@dataclass(eq=True, unsafe_hash=False)
class Unhashable:
    v: int
print(Unhashable.__hash__)
@dataclass(frozen=True)
class Hashable:
    v: int
print(hash(Hashable(1)) == hash(Hashable(1)), Hashable(1) in {Hashable(1)})
