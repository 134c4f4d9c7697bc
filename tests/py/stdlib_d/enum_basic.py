import enum
class C(enum.Enum):
    R=1; G=2; B=1
print(repr(C.B), list(C), C.__members__)
print(C.R in C, C(1), C['G'], C.R is C.B, C.R == C.B, C.R != C.G)
try:
    class D(C): X=3
except Exception as e: print(type(e), e)
try: C.R = 3
except Exception as e: print(type(e), e)
try: C(5)
except Exception as e: print(type(e), e, repr(e.__context__))
try: C['x']
except Exception as e: print(type(e), e)
try: C.R < C.G
except Exception as e: print(type(e), e)
class P(enum.Flag):
    R=4; W=2; X=1
print(repr(P.R|P.W), str(P.R|P.W), repr(~P.R), repr(P(0)), format(P.R), list(P.R|P.X), P.R in P.R|P.W, bool(P(0)), len(P.R|P.W))
try: P(8)
except Exception as e: print(type(e), e)
class IP(enum.IntFlag):
    R=4; W=2; X=1
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(8)), repr(IP(9)), repr(~IP.R), IP.R + 1, repr(IP.R | 8), repr(IP.R & 3))
class I(enum.IntEnum):
    A=1; B=2
print(repr(I.A), str(I.A), format(I.A), '%s' % I.A, f'{I.A:>4}', I.A + 1, I.A < I.B, I(2), I.A == 1)
class S(enum.StrEnum):
    A=enum.auto(); B='bee'
print(repr(S.A), str(S.A), format(S.A), S.A == 'a', S('bee'))
print(repr(C), C.R.name, C.R.value, hash(C.R) == hash('R'), str(C.R), format(C.R), f'{C.R:>10}|')
try:
  @enum.unique
  class U(enum.Enum):
    a=1; b=1; c=2; d=2
except Exception as e: print(type(e), e)
F = enum.Enum('F', 'a b c'); print(list(F))
F2 = enum.Enum('F2', [('x', 10), ('y', 20)]); print(list(F2), F2(20))
print(dir(C)); print(dir(C.R))
class A(enum.Enum):
  x = enum.auto(); y = enum.auto()
  def describe(self): return self.name.upper()
  @classmethod
  def first(cls): return cls.x
print(list(A), A.x.describe(), A.first(), len(A), list(reversed(A)))
class FF(enum.Flag):
  a = enum.auto(); b = enum.auto(); ab = a|b
print(list(FF), FF.__members__, repr(FF.ab), repr(~FF.a), repr(FF.a | FF.b))
class M(enum.Enum):
    def _missing_(cls, v):
        return cls.ONE if v == 'one' else None
    _missing_ = classmethod(_missing_)
    ONE = 1
print(M('one'))
try: M('two')
except ValueError as e: print(e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
class Sh(str, enum.Enum):
    A = 'a'
print(repr(Sh.A), str(Sh.A), format(Sh.A), Sh.A == 'a')
class Cnt(enum.Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(Cnt))
print(isinstance(C.R, C), type(C.R), C.R.__class__.__name__, enum.EnumMeta is enum.EnumType)
try: del C.R
except AttributeError as e: print(e)
print(C.__name__, type(C))
print({C.R: 1}[C.B], sorted(I), max(I))
class Color(enum.IntFlag):
    RED = enum.auto(); GREEN = enum.auto()
print(Color.RED | Color.GREEN, list(Color), Color(3), 3 in [Color.RED|Color.GREEN])
class V(enum.Enum):
    value2 = 1
    name = 2
print(V.name, V.value2.value, V['name'].name)
