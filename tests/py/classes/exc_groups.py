eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
d = eg.derive([KeyError('x')])
print(type(d).__name__, repr(d))
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup('b', [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    pass
meg = MyEG('m', [ValueError(1), TypeError(2)])
m, r = meg.split(ValueError)
print(type(m).__name__, type(r).__name__)
print(eg.split(lambda e: True)[1], eg.split(Exception)[0] is eg)
try:
    raise eg
except* ValueError as e:
    print('caught', repr(e))
except* TypeError as e:
    print('caught', repr(e))
eg.add_note('n')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
