# int() of objects with __int__, __index__ and __trunc__, and its warnings.
import warnings


class Sub(int):
    pass


class WithInt:
    def __int__(self):
        return Sub(7)


class WithIndex:
    def __index__(self):
        return Sub(8)


class WithTrunc:
    def __trunc__(self):
        return 9


class Plain:
    def __int__(self):
        return 10


for obj in (WithInt(), WithIndex(), WithTrunc(), Plain(), Sub(11), True):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = int(obj)
    print(type(obj).__name__, r, type(r).__name__, [str(x.message) for x in w],
          [x.category.__name__ for x in w])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for obj in (WithInt(), WithTrunc()):
        try:
            int(obj)
        except DeprecationWarning as e:
            print('raised', e)


class BadTrunc:
    def __trunc__(self):
        return 'x'


with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    try:
        int(BadTrunc())
    except TypeError as e:
        print('TypeError', e)
