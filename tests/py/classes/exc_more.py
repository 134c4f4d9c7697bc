print(repr(OSError(2, 'x')), repr(FileNotFoundError(2, 'x', 'f')))
print(str(OSError(2, 'x', 'f', None, 'g')))
print(OSError(2, 'x', 'f', None, 'g').args)
e = OSError(2, 'x', 'f')
print(e.__reduce__())
print(KeyError('a').__reduce__(), StopIteration(3).__reduce__())
print(repr(SyntaxError('m', ('f', 1, 2, 't'))), str(SyntaxError('m', ('f', 1, 2, 't'))))
print(str(SyntaxError('m', (None, 1, 2, 't'))), str(SyntaxError('m', ('f', None, 2, 't'))))
u = UnicodeDecodeError('utf-8', b'abc', 1, 3, 'bad')
print(str(u), repr(u))
u.start = 0; u.end = 1; u.reason = 'r2'
print(str(u))
print(str(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'x')))
print(str(UnicodeEncodeError('ascii', 'ab', 0, 2, 'x')))
t = UnicodeTranslateError('\xff', 0, 1, 'no')
print(str(t), t.object, t.start)
e = Exception()
e.__notes__ = 'x'
try:
    e.add_note('y')
except TypeError as err: print(err)
print(BaseException('a').__str__(), BaseException().__repr__())
class MyE(Exception):
    def __init__(self):
        super().__init__('fixed')
print(repr(MyE()), MyE().args)
class MyE2(Exception):
    def __init__(self, a, b): pass
e2 = MyE2(1, 2)
print(e2.args, str(e2), repr(e2))
print(SystemExit('bye').code, KeyboardInterrupt().args)
print(GeneratorExit.__mro__)
print(repr(StopIteration()), repr(StopAsyncIteration(1)))
e = ValueError(1)
e.__context__ = KeyError()
print(type(e.__context__).__name__)
try:
    e.__cause__ = 5
except TypeError as err: print(err)
try:
    e.__context__ = 5
except TypeError as err: print(err)
e.__cause__ = None
print(e.__suppress_context__)
try:
    raise TypeError
except TypeError as err: print(repr(err), err.args)
print(ExceptionGroup('m', [ValueError()]).__class__.__mro__)
ae = AttributeError('x')
print(ae.name, ae.obj)
print(NameError('x').name, ImportError().msg, ImportError('a', 'b').msg)
print(str(ImportError('a', 'b')), str(ImportError()))
print(BaseException.__dict__.get('args') is not None)
