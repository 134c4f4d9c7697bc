import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
a = A('i', [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:])
t(lambda: a[5])
t(lambda: a['x'])
t(lambda: a[::0])
a[1:3] = A('i', [9])
print(a)
a[0:0] = A('i', [7, 7])
print(a)
t(lambda: a.__setitem__(slice(0, 2), [1, 2]))
t(lambda: a.__setitem__(slice(0, 2), A('d', [1, 2])))
t(lambda: a.__setitem__(slice(0, 4, 2), A('i', [1])))
a[0:4:2] = A('i', [0, 0])
print(a)
t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__setitem__(9, 1))
t(lambda: a.__delitem__(50))
a[-1] = 42
print(a)
del a[::2]
print(a)
del a[0]
print(a)
del a[:]
print(a)
u = A('u', 'hello')
print(u[1], u[1:3], u.tounicode())
u[0] = 'j'
print(u)
