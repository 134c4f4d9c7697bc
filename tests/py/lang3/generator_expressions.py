# generator expressions: laziness, single use, scoping, as sole call argument
g = (x * 2 for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), list(g), list(g))
print(sum(x for x in range(5)), max((len(w) for w in ['a', 'bbb', 'cc'])), sorted(c for c in 'cab'))
print(list((x, y) for x in range(2) for y in 'ab' if x or y == 'a'))
def outer():
    n = 10
    return list(x + n for x in range(3))
print(outer())
evaluated = []
def src():
    evaluated.append('source')
    return [1, 2]
gen = (v for v in src())
print(evaluated)
print(list(gen), evaluated)
class C:
    base = 5
    items = list(i for i in range(base))
print(C.items)
gg = (i for i in range(2))
print(gg.gi_running, gg.gi_frame is not None, next(gg), gg.close(), gg.gi_frame)
try:
    next(gg)
except StopIteration:
    print('closed genexp stops')
print(list(zip((i for i in 'ab'), (j for j in range(5)))))
it = iter([1, 2, 3])
first = (v for v in it)
print(next(first), next(it), list(first))
print(any(x > 2 for x in [1, 3]), all(x for x in []), ''.join(str(i) for i in range(3)))
nested = ((i, j) for i in range(2) for j in (k * i for k in range(2)))
print(list(nested))
