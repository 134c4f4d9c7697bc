# del of names, items, slices, attributes, tuples, and its errors
x = 1; del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10)); del l[2], l[::3]; print(l)
del l[-1:]; print(l)
d = {1: 2, 3: 4}; del d[1]; print(d)
try:
    del d[9]
except KeyError as e:
    print(repr(e))
class C: pass
c = C(); c.a = 1; del c.a
try:
    del c.a
except AttributeError as e:
    print(e)
a, b = 1, 2
del (a, b)
try:
    print(a)
except NameError as e:
    print(e)
[p, q] = 1, 2; del [p, q]
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    del w
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    k = 1
    def i(): return k
    del k
    try:
        return i()
    except NameError as e:
        return str(e)
print(h())
try:
    del undefined
except NameError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
class D:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, k): print('delattr', k)
D()[1:2, 3]
dd = D(); del dd[::2]; del dd.zz
def gl():
    global gv
    gv = 1
    del gv
gl()
print('gv' in globals())
