import array
import copy

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
a = A('i', [1, 2, 3, 4, 5])
a.append(6)
a.extend([7, 8])
a.extend(A('i', [9]))
a.insert(0, 0)
a.insert(-1, 100)
a.insert(1000, 11)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(100)
print(a, a.index(3), a.count(3))
t(lambda: A('i', [1, 2]).index(5))
t(lambda: A('i', [1, 2, 1]).index(1, 1))
t(lambda: A('i', [1, 2, 1]).index(1, 1, 2))
t(lambda: A('i', [1, 2]).remove(5))
t(lambda: A('i', [1, 2]).pop(5))
t(lambda: A('i').pop())
t(lambda: A('i', [1]).append('x'))
t(lambda: A('i', [1]).extend(A('d', [1])))
t(lambda: A('i', [1, 2]).extend([1, 'a']))
t(lambda: A('i', [1]).fromlist((1,)))
b = A('i', [1])
t(lambda: b.fromlist([2, 'x']))
print(b)
a.reverse()
print(a)
c = A('h', [1, 2, 256])
c.byteswap()
print(c)
print(c.buffer_info()[1])
print(A('h', [1, 2]).tobytes(), bytes(A('h', [1, 2])))
d = A('h')
d.frombytes(b'\x01\x00\x02\x00')
print(d)
t(lambda: d.frombytes(b'abc'))
t(lambda: d.frombytes('ab'))
print(A('u', 'ab').tounicode())
t(lambda: A('i').tounicode())
e = A('u')
e.fromunicode('xy')
print(e)
t(lambda: A('i').fromunicode('xy'))
print(copy.copy(A('i', [5])), copy.deepcopy(A('i', [5])), A('i', [5, 6]).__copy__())
x = A('B', b'abc')
print(x, x.tobytes(), list(x))

class Sub(array.array):
    pass

s = Sub('i', [1, 2])
print(s, type(s[0:1]).__name__, isinstance(s, array.array))
