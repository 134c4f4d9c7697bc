import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = b'abcdefgh'
t(lambda: struct.unpack_from('i', data, 5))
t(lambda: struct.unpack_from('i', data, -10))
t(lambda: struct.unpack_from('i', data, offset=-3))
t(lambda: struct.unpack_from('i', data, -4))
t(lambda: struct.unpack_from('i', data, 4))
t(lambda: struct.unpack_from('<h', data))
t(lambda: struct.unpack_from('i', b'abcd', 1))
t(lambda: struct.unpack_from(format='i', buffer=data))
t(lambda: struct.Struct('i').unpack_from(data, offset=4))
ba = bytearray(8)
t(lambda: struct.pack_into('<i', ba, 2, 0x01020304))
print(ba)
t(lambda: struct.pack_into('<h', ba, -2, -1))
print(ba)
t(lambda: struct.pack_into('i', bytearray(4), 2, 1))
t(lambda: struct.pack_into('i', bytearray(4), -8, 1))
t(lambda: struct.pack_into('i', bytearray(8), -2, 1))
t(lambda: struct.pack_into('i', b'abcd', 0, 1))
t(lambda: struct.pack_into('i'))
t(lambda: struct.pack_into('i', bytearray(8)))
t(lambda: struct.pack_into('i', bytearray(8), 0))
t(lambda: struct.pack_into('ii', bytearray(8), 0, 1, 'x'))
s = struct.Struct('>H')
s.pack_into(ba, 0, 0xABCD)
print(ba)
