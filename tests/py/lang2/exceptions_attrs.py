try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    [][1]
except IndexError as e:
    print(repr(e))
try:
    int('x')
except ValueError as e:
    print(repr(e))
try:
    undefined
except NameError as e:
    print(repr(e), e.name)
class O: pass
try:
    O().attr
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
e = ValueError(1, 2)
print(e.args, str(e), repr(e))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, str(e))
e = StopIteration(5)
print(e.value)
e = SystemExit(3)
print(e.code)
e = Exception()
e.custom = 1
print(e.custom, e.__dict__ if hasattr(e, '__dict__') else None)
print(BaseException.__subclasses__.__name__, issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
e = ValueError('note')
e.add_note('first note')
print(e.__notes__)
print(isinstance(ValueError(), Exception), ValueError.__mro__)
