import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(array.typecodes)
a = array.array('i', [1, 2, 3])
print(a, repr(a), str(a), a.itemsize, a.typecode, len(a))
print(array.array('u', 'abc'), array.array('d'), array.array('f', [1, 2.5]))
print(array.array('u', 'héllo'), array.array('f', [0.1]), array.array('d', [0.1]))
for code in array.typecodes:
    print(code, array.array(code).itemsize in (1, 2, 4, 8))
print(array.ArrayType is array.array)
print(type(iter(array.array('i'))))
t(lambda: array.array('z'))
t(lambda: array.array())
t(lambda: array.array('i', [1], 3))
t(lambda: array.array('ii'))
t(lambda: array.array(5))
t(lambda: array.array('i', 5))
t(lambda: array.array('i', typecode='i'))
t(lambda: array.array('i', 'abc'))
t(lambda: array.array('u', [1]))
t(lambda: array.array('u', ['ab']))
t(lambda: array.array('i', b'\x01\x00\x00\x00'))
t(lambda: array.array('i', b'\x01\x00\x00'))
t(lambda: array.array('i', iter([1, 2])))
t(lambda: array.array('i', (x for x in [1, 'a'])))
t(lambda: array.array('i', array.array('d', [1.0])))
t(lambda: array.array('d', array.array('i', [1])))
t(lambda: array.array('b', array.array('i', [1000])))
t(lambda: array.array('i', array.array('u', 'a')))
t(lambda: hash(array.array('i')))
