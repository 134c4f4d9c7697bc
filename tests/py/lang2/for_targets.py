class O: pass
o = O()
for o.attr in range(2): pass
print(o.attr)
d = {}
for d['k'] in 'xy': pass
print(d)
l = [0, 0]
for l[0], l[1] in [(1, 2), (3, 4)]: pass
print(l)
for i, (a, b) in enumerate([(1, 2), (3, 4)]): print(i, a, b)
for *init, last in [(1, 2, 3)]: print(init, last)
for x in range(3):
    x = 'rebound'
print(x)
it = iter(range(5))
for v in it:
    if v == 1:
        print('skip', next(it))
print(v)
for _ in range(0): pass
try:
    print(_)
except NameError as e:
    print(type(e).__name__, e)
n = 0
for n in range(3):
    pass
print(n)
lst = [1, 2, 3]
for item in lst:
    if item == 1: lst.remove(item)
print(lst)
