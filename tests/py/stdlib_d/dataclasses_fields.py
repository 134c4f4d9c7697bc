import dataclasses
from dataclasses import dataclass, field, fields, KW_ONLY, MISSING
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, metadata={'doc': 'labels'})
    count: ClassVar[int] = 0
    _: KW_ONLY
    sku: str = 'none'

for f in fields(Item):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only, dict(f.metadata))
print(Item('a', 1.5, sku='k'), Item.__match_args__, Item.count, '__dataclass_fields__' in Item.__dict__)
print(dataclasses.is_dataclass(Item), Item.__dataclass_params__.frozen, Item.__dataclass_params__.eq)
print(Item.__eq__(Item('a'), 3))
@dataclass(repr=False, eq=False)
class Plain:
    v: int = 1
print(Plain().v, Plain() == Plain(), '__repr__' in Plain.__dict__)
@dataclass
class WithPost:
    a: int
    b: int = 0
    total: int = field(init=False, repr=False)
    def __post_init__(self):
        self.total = self.a + self.b
w = WithPost(2, 3)
print(w, w.total)
@dataclass
class Child(WithPost):
    c: int = 10
print(Child(1), [f.name for f in fields(Child)])
print(match_result := None)
match Item('z', 2.0):
    case Item(name, price):
        print('matched', name, price)
