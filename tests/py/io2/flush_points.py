# what other readers see after flush(), close() and large unflushed writes
import os

F = '_t_io2_flush.txt'
f = open(F, 'w')
f.write('abc')
f.flush()
print(open(F).read(), os.path.getsize(F))
f.write('def\n' * 30000)
f.close()
with open(F) as g:
    print(len(g.read()), os.path.getsize(F))
with open(F, 'a') as f:
    f.write('tail')
    f.flush()
    print(open(F).read()[-8:])
with open(F, 'r+') as f:
    f.write('XY')
    f.flush()
    print(open(F).read()[:5])
    f.seek(0, 2)
    f.write('!')
print(open(F).read()[-5:])
with open(F, 'wb') as f:
    for i in range(1000):
        f.write(bytes([i % 256]) * 100)
print(os.path.getsize(F), open(F, 'rb').read()[99:101])
os.remove(F)
print(os.path.exists(F))
