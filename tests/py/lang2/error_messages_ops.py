class G:
    def __getitem__(self, k): return 1
g = G()
try:
    g[0] += 1
except TypeError as e:
    print(e)
try:
    del g[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class S:
    def __setitem__(self, k, v): pass
try:
    S()[0]
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print(e)
try:
    del (1,)[0]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    len[0]
except TypeError as e:
    print(e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    del (1).real
except AttributeError as e:
    print(e)
try:
    int.real = 5
except TypeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
l = [1, 2, 3]
l[1:2] += [9, 9]
print(l)
class A: pass
a = A(); a.b = {'c': 1}
a.b['c'] += 5
print(a.b)
try:
    print(5 + None)
except TypeError as e:
    print(e)
try:
    print(-'a')
except TypeError as e:
    print(e)
try:
    print(~[])
except TypeError as e:
    print(e)
try:
    print(+None)
except TypeError as e:
    print(e)
try:
    print(abs('a'))
except TypeError as e:
    print(e)
try:
    x = None; x += 1
except TypeError as e:
    print(e)
try:
    print([] < 1)
except TypeError as e:
    print(e)
try:
    print(None < None)
except TypeError as e:
    print(e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(e)
try:
    print(divmod('a', 2))
except TypeError as e:
    print(e)
