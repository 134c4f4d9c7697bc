import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: struct.pack('i', 'x'))
t(lambda: struct.pack('i', 1.5))
t(lambda: struct.pack('i', None))
t(lambda: struct.pack('f', 'x'))
t(lambda: struct.pack('c', b'ab'))
t(lambda: struct.pack('c', 'a'))
t(lambda: struct.pack('s', 'a'))
t(lambda: struct.pack('i'))
t(lambda: struct.pack('ii', 1, 2, 3))
t(lambda: struct.pack('z'))
t(lambda: struct.pack('<n', 1))
t(lambda: struct.pack('<P', 1))
t(lambda: struct.pack('3'))
t(lambda: struct.pack())
t(lambda: struct.unpack('i'))
t(lambda: struct.unpack('i', b'abc'))
t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.calcsize('999999999999999999999i'))
t(lambda: struct.calcsize(5))
t(lambda: struct.calcsize('<>'))
t(lambda: struct.calcsize('i<'))
t(lambda: struct.Struct())
t(lambda: struct.Struct('i').pack(1, 2))
t(lambda: struct.Struct('i').unpack(b'ab'))
t(lambda: struct.pack('e', 1e6))
t(lambda: struct.pack('<f', 1e300))
t(lambda: struct.pack('Q', 2 ** 64))
t(lambda: struct.pack('>q', -2 ** 63 - 1))
t(lambda: struct.pack('P', 2 ** 64))
print(struct.error.__mro__)
print(issubclass(struct.error, Exception))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e.args)
