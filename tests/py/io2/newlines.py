# newline= on reading and writing text files
import os

F = '_t_io2_nl.txt'
with open(F, 'wb') as w:
    w.write(b'a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(F, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(F, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(F, 'w', newline=nl) as f:
        f.write('x\ny\r\nz')
    with open(F, 'rb') as f:
        print(repr(nl), f.read())
os.remove(F)
