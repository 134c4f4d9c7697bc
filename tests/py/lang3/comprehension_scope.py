# comprehensions have their own scope: first iterable evaluated outside, class bodies
x = 'global x'
class C:
    x = 'class x'
    values = [x for _ in range(1)]
    first_iter = [v for v in [x]]
print(C.values, C.first_iter)
def f():
    y = [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return str(e)
print(f())
print([[j * i for j in range(i)] for i in range(4)])
print({i: [c for c in 'ab'][i % 2] for i in range(3)})
gen = (n * n for n in range(4))
print(sum(gen), list(gen))
def lazy_first():
    it = iter([1, 2])
    g = (a for a in it)
    it2 = next(it)
    return list(g), it2
print(lazy_first())
try:
    (undefined_name for _ in range(1))
    print('genexp body is lazy')
    (z for z in undefined_iter)
except NameError as e:
    print('first iterable is evaluated at once:', e)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
print([(a, b) for a in range(2) for b in range(a, 2) if a != b])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(2)])
print({k for k in 'hello'} == set('helo'), {(lambda q: q)(k): k for k in 'ab'})
def walrus_in_comp():
    total = 0
    partial = [total := total + v for v in range(4)]
    return partial, total
print(walrus_in_comp())
