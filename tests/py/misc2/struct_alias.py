import _struct
import struct

print(_struct.Struct is struct.Struct)
print(_struct.error is struct.error)
print(_struct.pack('<hi', 1, 2))
print(_struct.unpack('<hi', b'\x01\x00\x02\x00\x00\x00'))
print(_struct.calcsize('<q'))
s = _struct.Struct('>I')
print(s.pack(258), s.size)
