# slices: get, set, delete, extended
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[1:8:3], a[8:1:-2])
print(a[100:], a[-100:2], a[::-3], a[2:2], a[None:None:None])
show(lambda: a[::0])
show(lambda: a["a":])
show(lambda: a[1.5:])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [1, 2, 3]
print(b)
b[len(b):] = "end"
print(b)
b[:] = []
print(b)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
def f1():
    b[::2] = [1, 2]
show(f1)
def f2():
    b[1:3] = 5
show(f2)
def f3():
    b[::2] = 5
show(f3)
c = list(range(10))
del c[2:4]
print(c)
del c[::2]
print(c)
del c[::-1]
print(c)
c = list(range(10))
del c[1:8:3]
print(c)
del c[-1]
print(c)
def f4():
    del c[100]
show(f4)
def f5():
    c[100] = 1
show(f5)
c[-1] = "last"
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
d = [1, 2, 3]
d[::-1] = d
print(d)
e = list(range(5))
e[3:1] = ["in"]
print(e)
e[1:3] = (x for x in "gen")
print(e)
print(a[slice(1, 4)], a[slice(None, None, -4)])
