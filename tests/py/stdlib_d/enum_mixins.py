import enum
from enum import Enum, StrEnum, IntEnum, auto

class Http(StrEnum):
    GET = auto()
    POST = auto()
    OTHER = 'x-Other'
print(list(Http), Http.GET, repr(Http.GET), Http.GET.upper(), Http('post'), Http.OTHER + '!', f'{Http.GET}')
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Level.HIGH, Level.LOW, 2]), Level.LOW * 2, int(Level.HIGH), str(Level.HIGH), repr(Level.HIGH), f'{Level.LOW:05}')

class Coord(float, Enum):
    X = 1.5
    Y = 2.5
print(Coord.X, repr(Coord.X), Coord.X + 1, Coord(2.5))

class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print([m.value for m in Ordered])

class WithMethod(Enum):
    ONE = 1
    TWO = 2
    def double(self):
        return self.value * 2
    @property
    def label(self):
        return self.name.title()
print(WithMethod.TWO.double(), WithMethod.ONE.label, [m.label for m in WithMethod])
