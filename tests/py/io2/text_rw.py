# text files: reading by size, lines, seek/tell, r+ and append
import os

F = '_t_io2_text.txt'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(F, 'w') as w:
    print(w.write('h\u00e9llo\nworld\n'), w.write(''), w.tell())
    w.writelines(['a\n', 'b'])
f = open(F)
print(repr(f.read(3)), f.tell())
print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
f.seek(0)
print(f.readlines())
f.seek(0)
print(f.readlines(1), f.readlines(0))
f.seek(0)
print(list(f))
print(repr(f.read()), repr(f.readline()))
t(lambda: f.write('x'))
t(lambda: f.seek(0, 1))
t(lambda: f.seek(3, 1))
t(lambda: f.seek(1, 2))
t(lambda: f.seek(-1))
t(lambda: f.seek(0, 3))
t(lambda: f.read('x'))
t(lambda: f.read(None))
t(lambda: f.truncate())
print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.encoding, f.errors, f.line_buffering)
f.close()
with open(F, 'w') as f:
    f.write('hello\nworld\n')
with open(F, 'r+') as f:
    f.write('HE')
    f.seek(0)
    print(repr(f.read()))
with open(F, 'a') as f:
    print(f.tell())
    f.write('\nend')
with open(F) as f:
    print(repr(f.read()))
with open(F, 'w+') as f:
    f.write('abc\ndef')
    f.seek(0)
    print(f.readline(), f.tell())
    print(f.truncate(2))
    f.seek(0)
    print(repr(f.read()))
with open(F) as f:
    print(repr(f.read()))
os.remove(F)
