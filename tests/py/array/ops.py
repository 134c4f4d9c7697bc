import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
t(lambda: A('i', [1, 2]) + A('d', [1]))
t(lambda: A('i', [1, 2]) + [1])
t(lambda: A('i', [1]) + 1)
t(lambda: A('i', [1, 2]) * 2)
t(lambda: 3 * A('i', [1]))
t(lambda: A('i', [1]) * -1)
t(lambda: A('i', [1, 2]) == A('d', [1.0, 2.0]))
t(lambda: A('i', [1, 2]) < A('i', [1, 3]))
t(lambda: A('b', [1]) != A('b', [1]))
t(lambda: A('d', [float('nan')]) == A('d', [float('nan')]))
t(lambda: A('i', [1, 2]) == [1, 2])
t(lambda: A('u', 'ab') < A('u', 'b'))
t(lambda: 2 in A('i', [1, 2, 3]))
t(lambda: 'x' in A('i', [1, 2, 3]))
b = A('i', [1])
b += A('i', [2])
b *= 2
print(b)
try:
    b += [1]
except TypeError as e:
    print(e)
try:
    b += A('d')
except TypeError as e:
    print(e)
b *= 0
print(b)
print(sorted(A('i', [3, 1, 2])), list(reversed(A('i', [1, 2, 3]))))
print(A('d', [1.5]).tolist(), A('i', range(3)))
