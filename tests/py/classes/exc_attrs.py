e = KeyError('k')
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), str(KeyError('a b')))
s = StopIteration(5)
print(s.value, StopIteration().value, StopIteration(1, 2).value)
def g():
    return 7
    yield
try:
    next(g())
except StopIteration as e:
    print('value', e.value)
e = SyntaxError('msg', ('f.py', 3, 5, 'text line', 3, 9))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(SyntaxError('m').msg, SyntaxError('m').lineno, str(SyntaxError()))
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u2 = UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'ordinal not in range(128)')
print(u2.encoding, u2.object, u2.start, u2.end, str(u2))
try:
    UnicodeDecodeError('x')
except TypeError as e:
    print(e)
ex = SystemExit(3)
print(ex.code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError('m', name='n', path='p')
print(ie.name, ie.path, ie.msg, str(ie))
try:
    ImportError('m', bogus=1)
except TypeError as e:
    print(e)
ae = AttributeError('x', name='n', obj=5)
print(ae.name, ae.obj)
ne = NameError('x', name='nm')
print(ne.name)
b = BaseException(1, 2)
print(b.args, str(b), repr(b), str(BaseException()), repr(BaseException('a')))
b.args = [3]
print(b.args)
try:
    raise ValueError('v') from KeyError('k')
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
e = ValueError('x')
print(e.__traceback__, e.__cause__, e.__context__)
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    e2 = ValueError('w').with_traceback(tb)
    print(e2.__traceback__ is tb)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(e)
e = Exception('a')
e.add_note('note1')
e.add_note('note2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
print(type(e).__module__)
class E(Exception):
    def __str__(self): return 'custom'
print(str(E()), repr(E(1)))
print(repr(ValueError('a', 2)), str(ValueError('only')))
print(BaseException.__new__(ValueError).args)
e = ValueError(1)
e.__dict__['extra'] = 1
print(e.extra, e.__reduce__()[0].__name__, e.__reduce__()[1])
print(AssertionError('x').args, RecursionError.__mro__[1].__name__)
