# small statements: pass, ellipsis, semicolons, expression statements, __debug__, del chains
pass; x = 1; y = 2; print(x + y)
...
if x: pass
else: ...
while False: pass
for _ in (): pass
class Empty: pass
def nothing(): ...
print(nothing(), Empty.__name__, __debug__)
a = b = c = [0]
a += [1]
print(a, b, c, a is c)
i = j = 0
i += 1
print(i, j)
(x), [y] = 3, [4]
print(x, y)
x, y = y, x
print(x, y)
if (n := 10) > 5: print('walrus', n)
print(*[1, 2], sep='-', end='!\n')
lst = [1, 2, 3]; lst[1:2] = []; print(lst)
d = {}; d['a'] = d.get('a', 0) + 1; print(d)
import math as m, os.path as osp
print(m.floor(2.5), osp.join('a', 'b'))
from math import (floor,
                  ceil)
print(floor(1.5), ceil(1.5))
global_var = 'g'
def use_global():
    return global_var
print(use_global())
assert True; assert 1, 'ok'
del a, b
print('a' in dir(), 'c' in dir())
