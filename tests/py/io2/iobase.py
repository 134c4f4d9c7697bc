# the io class hierarchy as isinstance sees it, and IOBase subclasses
import io

F = '_t_io2_base.txt'
with open(F, 'w') as w:
    w.write('1\n2\n')
for mode in ('r', 'rb', 'wb', 'r+b'):
    f = open(F, mode)
    print(mode, type(f).__name__, isinstance(f, io.IOBase), isinstance(f, io.TextIOBase),
          isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOWrapper),
          isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter))
    f.close()
for s in (io.StringIO(), io.BytesIO()):
    print(type(s).__name__, isinstance(s, io.IOBase), isinstance(s, io.TextIOBase),
          isinstance(s, io.BufferedIOBase))
print(io.open is open, issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))

class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''

    def readable(self):
        return True

r = Lines(['a\n', 'b\n'])
print(list(r), r.closed)
with Lines(['x\n']) as r2:
    print(r2.readlines())
print(r2.closed)
try:
    open(F).write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
import os
os.remove(F)
