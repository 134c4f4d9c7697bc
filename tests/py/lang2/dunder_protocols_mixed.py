class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Num({self.v})'
    def __bool__(self): return self.v != 0
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __float__(self): return float(self.v)
print(sorted({Num(3), Num(1), Num(3)}), Num(0) or 'zero', bin(Num(5)), [10, 20, 30][Num(2)])
print(int(Num(7)), float(Num(2)), range(Num(3)), list(range(10))[Num(1):Num(3)])
print(max([Num(1), Num(9), Num(4)]), Num(2) in [Num(2)], [Num(1)].index(Num(1)), [Num(1), Num(1)].count(Num(1)))
print({Num(1): 'a'}[Num(1)], Num(1) != Num(2))
import sys
class Weird:
    def __eq__(self, o): raise RuntimeError('eq failed')
    __hash__ = object.__hash__
try:
    [Weird()].index(1)
except RuntimeError as e:
    print(e)
w = Weird()
print([w].index(w), w in [w], {w: 1}[w])
print(1 in [1.0], 1.0 in {1}, 'a' in 'abc', [] in [[]], (1, [2]) == (1, [2]))
