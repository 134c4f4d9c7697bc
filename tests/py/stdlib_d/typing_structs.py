from typing import NamedTuple, TypedDict, Optional, List, get_type_hints, Required, NotRequired
class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []
e = Employee('Guido')
print(e, e._asdict(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=5), isinstance(e, tuple))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print('TypeError', err)
try:
    class Bad2(NamedTuple):
        _fields: int
except AttributeError as err:
    print('AttributeError', err)
P = NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.0), P.__annotations__, NamedTuple('Q', a=int)(a=5))
class Movie(TypedDict):
    title: str
    year: int
class Extra(Movie, total=False):
    rating: float
m: Movie = {'title': 'x', 'year': 1}
print(Movie(title='t', year=2), type(Movie(title='t', year=2)), Movie.__total__, Extra.__total__, sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as err:
    print('TypeError', err)
Alt = TypedDict('Alt', {'a': int, 'b-c': str}, total=False)
print(Alt(a=1), Alt.__optional_keys__ == {'a', 'b-c'}, Alt.__name__)
class WithReq(TypedDict, total=False):
    must: Required[int]
    may: NotRequired[str]
print(sorted(WithReq.__required_keys__), sorted(WithReq.__optional_keys__))
