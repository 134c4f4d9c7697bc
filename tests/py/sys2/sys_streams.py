# sys.stdout/stderr objects: write returns, flush, buffer, attributes
import sys

n = sys.stdout.write('abc\n')
print(n)
sys.stdout.flush()
print(hasattr(sys.stdout, 'buffer'), hasattr(sys.stdin, 'readline'), hasattr(sys.stderr, 'write'))
print(sys.stdout.writable(), sys.stdout.readable() if hasattr(sys.stdout, 'readable') else False)
sys.stdout.buffer.write(b'bytes\n')
sys.stdout.buffer.flush()
print(sys.stdout.encoding.lower().replace('-', ''), sys.stdout.isatty() in (True, False))
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
print(sys.stdout.name if hasattr(sys.stdout, 'name') else '<stdout>')
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
c = Capture()
sys.stdout = c
print('captured', 1)
sys.stdout = old
print(c.data)
print(sys.stdout is sys.__stdout__)
