# readlines(hint), readline(limit) across line endings, iteration after partial reads
import io
import os

F = '_t_io2_hint.txt'
with open(F, 'w') as f:
    f.write(''.join('line %d\n' % i for i in range(6)))
with open(F) as f:
    print(f.readlines(1), f.readlines(8), f.readlines(-1))
with open(F) as f:
    print(f.readline(3), f.readline(100), f.read(4), next(f), list(f)[:2])
with open(F, 'rb') as f:
    print(f.readlines(10), f.readline(2), next(f), f.read(3))
s = io.StringIO('a\nbb\nccc\n')
print(s.readlines(2), s.readline(1), s.read())
b = io.BytesIO(b'x\r\ny\rz\n')
print(b.readlines())
os.remove(F)
