from dataclasses import dataclass, field, fields, replace, InitVar, asdict, astuple
for src in ['x: list = []', 'x: dict = {}', 'x: set = set()']:
    try:
        exec('@dataclass\nclass A:\n    ' + src, {'dataclass': dataclass})
    except ValueError as e:
        print('ValueError', e)
try:
    @dataclass
    class B:
        a: int = field(default=1, default_factory=int)
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass(order=True, eq=False)
    class C:
        a: int
except ValueError as e:
    print('ValueError', e)
@dataclass
class D:
    a: int
    b: int = field(init=False, default=5)
try:
    replace(D(1), b=3)
except ValueError as e:
    print('ValueError', e)
print(replace(D(1), a=9))
try:
    D(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    D()
except TypeError as e:
    print('TypeError', e)
try:
    D(a=1, c=2)
except TypeError as e:
    print('TypeError', e)
try:
    astuple(D)
except TypeError as e:
    print('TypeError', e)
@dataclass
class E:
    x: int
    init_only: InitVar[int] = 0
try:
    replace(E(1))
    print('ok')
except ValueError as e:
    print('ValueError', e)
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e:
    print('TypeError', e)
