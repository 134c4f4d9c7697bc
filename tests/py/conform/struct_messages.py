# struct: embedded NULs in formats and error messages with huge offsets.
import struct, sys
for s in '\0', '2\0i', b'\0', 'i\0':
    try:
        struct.calcsize(s)
    except struct.error as e:
        print(repr(s), e)
try:
    struct.pack_into('<I', bytearray(10), sys.maxsize, 1)
except struct.error as e:
    print(e)
try:
    struct.unpack_from('<I', bytearray(10), sys.maxsize)
except struct.error as e:
    print(e)
try:
    struct.unpack_from('<I', bytearray(10), 8)
except struct.error as e:
    print(e)
print(struct.calcsize('<2i'), struct.unpack_from('<H', b'\x01\x02\x03', 1))
import struct, array; print(struct.unpack('>I', array.array('B', b'\x12\x34\x56\x78')), struct.unpack_from('<H', array.array('b', [1, 2, 3]), 1))
