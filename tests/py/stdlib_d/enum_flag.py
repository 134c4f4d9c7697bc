import enum
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(list(Perm), len(Perm), Perm.RWX, repr(Perm.RWX), list(Perm.RWX))
print(Perm.R | Perm.W, Perm(6), Perm(0), bool(Perm(0)), Perm.R & Perm.W, Perm.R ^ Perm.RWX)
print(~Perm.R, ~Perm.RWX, ~Perm(0), Perm.R in Perm.RWX, Perm.RWX in Perm.R)
print(Perm['R'], Perm.RWX.name, Perm(5).name, Perm(5).value, Perm.__members__.keys())
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError', e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color], Color.RED | Color.BLUE, repr(~Color.GREEN))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, repr(Mode.A | Mode.B), Mode.A | 4, repr(Mode.A | 4), Mode.A + 10, Mode(0), repr(Mode(7)))
print(isinstance(Mode.A, int), Mode.A == 1, Mode.B > Mode.A, format(Mode.B, '03d'), hash(Mode.A) == hash(1))
print(repr(Mode(-1)), repr(~Mode.A))
