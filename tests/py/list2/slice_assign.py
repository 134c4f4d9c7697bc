# list slice assignment and deletion, extended slices and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = list(range(10))
x[2:5] = 'ab'
print(x)
x[::2] = range(5)
print(x)
x[1:1] = [7, 7, 7]
print(x)
x[:] = x
print(x)
x[-3:] = ()
print(x)
x[::-1] = list(x)
print(x)
def f():
    y = list(range(10))
    y[::2] = [0] * 4
t(f)
def g():
    y = list(range(10))
    y[::3] = 5
t(g)
def h():
    y = [1, 2]
    y[0:1] = 5
t(h)
y = list(range(10))
del y[::3]
print(y)
del y[5:100]
print(y)
del y[::-1]
print(y)
y = list(range(6))
y[4:1] = ['x']
print(y)
y[10:20] = [1, 2]
print(y)
t(lambda: y.__setitem__(slice(None, None, 0), []))
t(lambda: y.__setitem__('a', 1))
t(lambda: y.__getitem__(1.5))
t(lambda: y[10])
t(lambda: y.__setitem__(100, 1))
t(lambda: y.__delitem__(100))
z = [1, 2, 3]
z[1:2] = z
print(z)
z[::2] = z[:2]
print(z)
print(list(range(10))[-100:100:3], list(range(10))[::-3], list(range(10))[5:-100:-2])
