import enum
from enum import Enum, IntEnum, auto, Flag
class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = ['tmp']
    tmp = 3
    def is_start(self):
        return self is Weekday.MON
print(list(Weekday), Weekday.MON.is_start(), Weekday.TUE.is_start(), 'tmp' in Weekday.__members__)
print(dir(Weekday.MON), Weekday.__name__, Weekday.__qualname__, len(Weekday), list(reversed(Weekday)))
print(Weekday.MON in Weekday, isinstance(Weekday.MON, Enum), issubclass(Weekday, Enum), type(Weekday.MON) is Weekday)
class Empty(Enum):
    pass
print(list(Empty), len(Empty), bool(Empty))
class Ext(Empty):
    A = 1
print(Ext.A, isinstance(Ext.A, Empty))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print('ValueError', e)
class Seq(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([m.value for m in Seq], Seq.D)
print(enum.EnumType, enum.ReprEnum, repr(enum.auto()), Weekday.MON.__reduce_ex__(2) if False else '', Weekday['TUE'] is Weekday(2))
try:
    Weekday.WED
except AttributeError as e:
    print('AttributeError')
import copy
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy(Weekday.TUE) is Weekday.TUE)
