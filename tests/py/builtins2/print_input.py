# print's sep/end/file/flush and their errors; repr/ascii/format
import io
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(1, 2, 3, sep='-', end='!\n')
print(sep=None, end=None)
print('a', 'b', sep='')
print()
buf = io.StringIO()
print('to buf', 42, file=buf, flush=True)
print(repr(buf.getvalue()))
t(lambda: print('x', sep=5))
t(lambda: print('x', end=5))
t(lambda: print('x', file=5))
t(lambda: print('x', foo=1))
print('x', file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 'b', file=w)
print(w.parts)
print(ascii('é\n\x00'), ascii([1, 'ü']), repr('é'), repr('\x7f'), ascii(b'\xff'))
t(lambda: format(3.14159, '.2f')), t(lambda: format(5)), t(lambda: format('x', '>3'))
t(lambda: format(1, 'q')), t(lambda: format([], 'x')), t(lambda: format(1, 5))
class F:
    def __format__(self, spec):
        return 'F' + spec
print(format(F(), 'abc'), f'{F():zz}', '{:yy}'.format(F()))
class BadF:
    def __format__(self, spec):
        return 5
t(lambda: format(BadF()))
