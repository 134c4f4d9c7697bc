from enum import Enum, IntEnum, unique
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal['ANT'])
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(list(Shape), Shape(3))
Num = IntEnum('Num', {'ONE': 1, 'TWO': 2})
print(list(Num), Num.ONE + Num.TWO, Num(2) is Num.TWO)
Start = Enum('Start', 'a b', start=10)
print([m.value for m in Start])

class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), list(Color.__members__), Color('green'))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
print(Color.RED.__class__.__name__, type(Color).__name__, Color.RED._value_, Color.RED._name_)
print(sorted(Color.__members__.items(), key=lambda kv: kv[0])[:1])
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError')
print(Color.RED == 1, Color.RED != Color.GREEN, Color.RED in list(Color), {Color.RED: 'r'}[Color.CRIMSON])
