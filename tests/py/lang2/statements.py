x = [1, 2, 3, 4]
del x[0]
print(x)
del x[1:]
print(x)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O(); o.a = 1
del o.a
print(hasattr(o, 'a'))
v = 1
del v
try:
    v
except NameError as e:
    print(type(e).__name__, e)
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
else:
    print('for else', i)
for i in range(3):
    if i == 1: break
else:
    print('not printed')
n = 0
while n < 2:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('not printed')
for i in []:
    pass
else:
    print('empty for else')
if 0: pass
elif 0: pass
elif 1: print('elif')
else: print('no')
pass; print('semicolons'); x = 1; print(x)
try:
    assert 1 == 2, 'msg here'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
assert True, 1 / 0
def nested_del():
    l = [1]
    def f(): return l
    del l
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
nested_del()
[p, q] = [1, 2]; (r, s) = (3, 4); print(p, q, r, s)
if (t := 0) or True: print('t', t)
