import array
import io

with open('readinto_data.bin', 'wb') as f:
    f.write(b'abcdefghij')

buf = bytearray(6)
with open('readinto_data.bin', 'rb') as f:
    print(f.readinto(memoryview(buf)[2:]))
    print(buf)
    a = array.array('b', [0] * 3)
    print(f.readinto(a))
    print(a)
    print(f.readinto(bytearray(5)))

b = io.BytesIO(b'0123456789')
m = bytearray(4)
print(b.readinto(memoryview(m)[1:3]), m)
a = array.array('h', [0, 0])
print(b.readinto(a), a.tobytes())

for bad in (b'xx', memoryview(b'xx'), 3, 'str', memoryview(bytearray(2)).toreadonly()):
    try:
        io.BytesIO(b'ab').readinto(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
    try:
        with open('readinto_data.bin', 'rb') as f:
            f.readinto(bad)
    except TypeError as e:
        print(type(bad).__name__, e)

import os
os.remove('readinto_data.bin')
