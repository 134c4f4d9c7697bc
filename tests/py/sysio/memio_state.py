# StringIO / BytesIO: pickling state, __dict__, overseek, attributes
import io, pickle, copy

b = io.BytesIO(b'hello')
b.seek(2)
b.tag = 'x'
print(b.__getstate__())
b2 = pickle.loads(pickle.dumps(b))
print(b2.getvalue(), b2.tell(), b2.tag)
s = io.StringIO('a\nb', newline=None)
s.seek(1)
print(s.__getstate__())
s2 = copy.deepcopy(s)
print(repr(s2.getvalue()), s2.tell(), s2.newlines)
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO('x\ny', newline=nl)
    print(repr(nl), pickle.loads(pickle.dumps(t)).__getstate__())
print(vars(io.BytesIO()), io.StringIO().__dict__)

for bad in [(), (b'x',), ('s', 0, None), (b'x', -1, None), (b'x', 'p', None), (b'x', 0, 5)]:
    try:
        io.BytesIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [('a', None, 0), (1, None, 0, None), ('a', None, -1, None), ('a', 'bad', 0, None)]:
    try:
        io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

m = io.BytesIO(b'1234567890')
print(m.seek(11), m.read(), m.tell(), m.getvalue())
m.write(b'')
print(m.getvalue())
m.write(b'ab')
print(m.getvalue())
t = io.StringIO('abc')
t.seek(5)
t.write('')
print(repr(t.getvalue()))
t.write('z')
print(repr(t.getvalue()))
print(io.StringIO().encoding, io.StringIO().errors, io.StringIO().line_buffering)
try:
    io.BytesIO().detach()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
c = io.BytesIO()
c.close()
for f in [c.__getstate__, c.getvalue]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
import weakref
r = weakref.ref(b)
print(r() is b)
