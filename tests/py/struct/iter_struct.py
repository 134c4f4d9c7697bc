import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(struct.iter_unpack('<h', b'abcdef')))
t(lambda: list(struct.iter_unpack('i', b'abcde')))
t(lambda: list(struct.iter_unpack('', b'abcde')))
it = struct.iter_unpack('<h', b'abcdef')
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(type(it).__name__, iter(it) is it)
s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__)
print(s.pack(1, 2), s.unpack(s.pack(1, 2)))
print(list(s.iter_unpack(s.pack(1, 2) + s.pack(3, 4))))
print(struct.Struct(b'>q').format)
print(struct.Struct, struct.Struct.__module__ if hasattr(struct.Struct, '__module__') else '')
for fmt in ['ci', '@ci', '=ci', '<ci', 'cq0i', 'bhiq', 'qihb', '3s2p', '0x', 'xx', 'hxh', '@e', 'nNP', '?d']:
    t(lambda: struct.calcsize(fmt))

class S(struct.Struct):
    pass

print(S('<i').pack(5))
