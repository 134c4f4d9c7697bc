# binary files: bytes in and out, seek/tell, modes
import os

D = '_t_io_bin'
os.mkdir(D)
F = D + '/b.bin'

with open(F, 'wb') as f:
    print(f.write(b'\x00\x01\xff\n'), f.write(bytearray(b'xy')), f.mode)
with open(F, 'rb') as f:
    print(f.read(2), f.tell(), f.read(), f.read())
    print(f.seek(-2, 2), f.read(1), f.seek(1, 1), f.read())
    f.seek(0)
    print(f.readline(), f.readlines())
with open(F, 'ab') as f:
    f.write(b'Z')
with open(F, 'rb') as f:
    print(f.read())
with open(F, 'r+b') as f:
    f.seek(1)
    f.write(b'AB')
    f.seek(0)
    print(f.read())
with open(F, 'rb') as f:
    print(list(f))
os.remove(F)
os.rmdir(D)
