# text files: write, read, readline(s), append, iteration, seek/tell
import os

D = '_t_io_text'
os.mkdir(D)
F = D + '/t.txt'

f = open(F, 'w')
print(f.write('one\ntwo\n'), f.write(''), f.closed, f.mode, f.name)
f.writelines(['three\n', 'four'])
f.close()
print(f.closed)

with open(F) as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(F) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read()))
    print(f.seek(0), repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()))
with open(F, 'r') as f:
    print([line for line in f])
with open(F, 'a') as f:
    print(f.write('\nfive\n'))
with open(F) as f:
    print(f.read().splitlines())
print(list(open(F)))

with open(F, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(F) as f:
    print(repr(f.read()))
with open(F, newline='') as f:
    print(repr(f.read()))
with open(F, 'rb') as f:
    print(f.read())

with open(F, 'w', encoding='utf-8') as f:
    print(f.write('h\xe9llo \u20ac'), f.encoding)
with open(F, encoding='utf-8') as f:
    print(f.read())
with open(F, 'rb') as f:
    print(f.read())

with open(F, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(repr(f.read()))
with open(F, 'r+') as f:
    f.write('HE')
    print(repr(f.read()))
with open(F) as f:
    print(repr(f.read()))

os.remove(F)
os.rmdir(D)
