# reprs and attributes of file objects
import os

F = '_t_io2_repr.txt'
with open(F, 'w') as w:
    print(repr(w))
for mode in ('r', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'r+', 'a', 'rt'):
    with open(F, mode) as f:
        print(mode, repr(f), f.mode, f.name)
with open(F, encoding='latin-1') as f:
    print(repr(f), f.encoding)
os.remove(F)
