# Binary operator dunders: reflected forms, in-place forms, NotImplemented
class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def __add__(self, other):
        print("V.__add__", other)
        if isinstance(other, V):
            return V(self.v + other.v)
        if isinstance(other, int):
            return V(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("V.__radd__", other)
        if isinstance(other, int):
            return V(other + self.v)
        return NotImplemented

    def __iadd__(self, other):
        print("V.__iadd__", other)
        if isinstance(other, str):
            return NotImplemented
        self.v += other if isinstance(other, int) else other.v
        return self

    def __mul__(self, other):
        return NotImplemented

    __rmul__ = __mul__


print(V(1) + V(2))
print(V(1) + 3)
print(3 + V(1))
x = V(1)
y = x
x += 5
print(x, x is y)
x += V(1)
print(x)
try:
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - V(1)
except TypeError as e:
    print(type(e).__name__, e)


# a subclass that overrides the reflected method is tried first
class W(V):
    def __radd__(self, other):
        print("W.__radd__", other)
        return "W wins"


print(V(1) + W(2))


# a subclass that does not override it is not tried first
class U(V):
    pass


print(V(1) + U(2))


# without __iadd__, += falls back to __add__ and makes a new object
class N:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return N(self.n + other)


a = N(1)
b = a
a += 1
print(a.n, a is b)


# every operator and its reflection
class All:
    def __getattr__(self, name):
        raise AttributeError(name)


ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
       "and", "or", "xor", "matmul"]
for op in ops:
    setattr(All, f"__{op}__", lambda self, o, op=op: f"{op}")
    setattr(All, f"__r{op}__", lambda self, o, op=op: f"r{op}")
t = All()
print(t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t | 1, t ^ 1, t @ 1)
print(1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t, 1 @ t)
print(divmod(7, 2), pow(2, 5, 7))


class DM:
    def __divmod__(self, o):
        return "divmod"

    def __rdivmod__(self, o):
        return "rdivmod"

    def __pow__(self, o, mod=None):
        return ("pow", o, mod)

    def __rpow__(self, o, mod=None):
        return ("rpow", o, mod)


print(divmod(DM(), 1), divmod(1, DM()), pow(DM(), 2, 3), 2 ** DM())


# unary operators
class Un:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __abs__(self):
        return "abs"


u = Un()
print(-u, +u, ~u, abs(u))
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)


# comparison reflection and NotImplemented
class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, getattr(other, "v", other))
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.v, getattr(other, "v", other))
        return NotImplemented


try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))


class Eq:
    def __eq__(self, other):
        return "custom"


print(Eq() == 1, 1 == Eq(), Eq() != 1)
