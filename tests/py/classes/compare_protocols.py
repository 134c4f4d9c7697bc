class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V{self.v}'
print(sorted([V(3), V(1)]), max(V(1), V(2)), min([V(5), V(4)]))
try:
    V(1) <= V(2)
except TypeError as e: print(e)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class W(int):
    def __lt__(self, o): return 'W.lt'
print(W(1) < 2, 2 > W(1), W(1) > 2)
class X(str):
    def __eq__(self, o): return 'X.eq'
    __hash__ = str.__hash__
print('a' == X('a'), X('a') == 'a', {X('a'): 1}['a'])
class Y:
    def __eq__(self, o): return True
print([1, Y()].index(Y()), Y() in [5], [Y()] == [3], (Y(),) == (3,), {'a': Y()} == {'a': 1})
print([1, 2].count(Y()))
class Z:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try: Z() < Z()
except TypeError as e: print(e)
try: sorted([Z(), Z()])
except TypeError as e: print(e)
print(1 < 2.5, (1, 'a') < (1, 'b'))
try: (1, Z()) < (1, Z())
except TypeError as e: print(e)
class N:
    def __bool__(self): raise ValueError('bool fail')
try:
    not N()
except ValueError as e: print(e)
try:
    N() and 1
except ValueError as e: print(e)
print(object() != object(), None == None)
