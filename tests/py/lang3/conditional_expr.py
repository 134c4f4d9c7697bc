# conditional expressions: precedence, laziness, nesting, with lambda and walrus
calls = []
def t(v):
    calls.append(v)
    return v
print(t('a') if t(True) else t('b'), calls)
calls.clear()
print(t('a') if t(0) else t('b'), calls)
x = 5
print('big' if x > 3 else 'small' if x > 1 else 'tiny')
print(('big' if x > 10 else 'small') if x > 1 else 'tiny')
f = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([f(n) for n in (-1, 0, 1)])
print(1 + 2 if False else 3 * 4, (1 + 2) if True else 0)
print([v if v % 2 else -v for v in range(4) if v])
print(not x if x else 'falsy', (y := 2) if x else (y := 3), y)
print(x if x is not None else 'none', None if None else 'none branch')
