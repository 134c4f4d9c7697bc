from functools import total_ordering, cmp_to_key, singledispatch

@total_ordering
class N:
    def __init__(s, v):
        s.v = v
    def __lt__(s, o):
        return s.v < o.v
    def __eq__(s, o):
        return s.v == o.v
print(N(1) <= N(2), N(3) > N(2), N(1) >= N(1), N(2) >= N(3), N(1) > N(1))

@total_ordering
class G:
    def __init__(s, v):
        s.v = v
    def __gt__(s, o):
        return s.v > o.v
    def __eq__(s, o):
        return s.v == o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4))

try:
    @total_ordering
    class E:
        pass
except ValueError as e:
    print(type(e).__name__, e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

@singledispatch
def g(x):
    return 'obj'

@g.register
def _(x: int):
    return 'int'

@g.register(str)
def _(x):
    return 'str'

print(g(1), g('a'), g(1.5), g(True), g.dispatch(bool).__name__)
print(sorted(k.__name__ for k in g.registry))
print(type(K(1)).__name__, type(K(1)).__module__)
for expr in (lambda: K(1) < 3,):
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
