# many writes, seeks past the end, write-only seek and overwrite, tell
import os

D = '_t_io_modes'
os.mkdir(D)
F = D + '/m.txt'

with open(F, 'w') as f:
    for i in range(2000):
        f.write('%d\n' % i)
    print(f.tell())
with open(F) as f:
    lines = f.readlines()
print(len(lines), lines[:2], lines[-1])

with open(F, 'wb') as f:
    f.write(b'abcdef')
    f.seek(2)
    f.write(b'XY')
    print(f.tell(), f.seek(0, 2))
    f.seek(9)
    f.write(b'!')
with open(F, 'rb') as f:
    print(f.read())

with open(F, 'w') as f:
    f.write('hello')
    f.truncate(3)
with open(F) as f:
    print(repr(f.read()))

with open(F, 'a') as f:
    print(f.tell())
    f.write('++')
    f.seek(0)
    f.write('end')
with open(F) as f:
    print(repr(f.read()))

with open(F, 'a+') as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read(2)))
    f.write('Z')
    f.seek(0)
    print(repr(f.read()))

os.remove(F)
os.rmdir(D)
