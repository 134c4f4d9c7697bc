import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -2.0, 1.5, 0.1, 65504.0, 65519.99, 65520.0, 1e-8,
          5.960464477539063e-08, 2.980232238769531e-08, 2.98023223876953125e-08 * 1.5,
          6.103515625e-05, 6.097555160522461e-05, 3.14159, float('inf'), float('-inf'), 1e6]:
    t(lambda: struct.pack('<e', x))
    t(lambda: struct.pack('>e', x))
    t(lambda: struct.unpack('<e', struct.pack('<e', x)))
for b in [b'\x00\x00', b'\x01\x00', b'\x00\x7c', b'\x00\xfc', b'\x01\xfc', b'\xff\x7b', b'\x00\x3c', b'\x55\x35']:
    t(lambda: struct.unpack('<e', b))
t(lambda: struct.pack('e', float('nan')))
t(lambda: struct.calcsize('e'))
