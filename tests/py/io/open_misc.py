# open() with path-like objects, print(file=), the types' names, reading an
# existing file (this script), flush
import os

D = '_t_io_misc'
os.mkdir(D)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

with open(P(D + '/p.txt'), 'w') as f:
    print('hi', 42, file=f)
    print('there', file=f, end='!')
    print(type(f).__name__, type(f).__module__)
with open(D + '/p.txt', 'rb') as f:
    print(type(f).__name__, f.read())
with open(D + '/p.txt', 'ab') as f:
    print(type(f).__name__)
with open(D + '/p.txt', 'r+b') as f:
    print(type(f).__name__, f.readable(), f.writable(), f.seekable())
print(os.path.exists(P(D + '/p.txt')), sorted(os.listdir(P(D))))
print(os.stat(P(D + '/p.txt')).st_size)

f = open(D + '/q.txt', 'w')
f.write('flushed')
f.flush()
with open(D + '/q.txt') as g:
    print(g.read())
f.close()

with open(__file__) as f:
    print(f.readline().rstrip())
print(os.path.isfile(__file__))

try:
    os.mkdir(3.5)
except TypeError as e:
    print('TypeError', e)
try:
    os.listdir(3.5)
except TypeError as e:
    print('TypeError', e)

for name in os.listdir(D):
    os.remove(os.path.join(D, name))
os.rmdir(D)
print(os.path.exists(D))
