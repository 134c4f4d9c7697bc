# callable, getattr/setattr/delattr/hasattr, vars, dir, id, hash, isinstance/issubclass forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    x = 1
    def m(self):
        pass
a = A()
print(callable(a), callable(A), callable(a.m), callable(len), callable(5), callable(lambda: 0))
t(lambda: getattr(a, 'x')), t(lambda: getattr(a, 'y')), t(lambda: getattr(a, 'y', 'd'))
t(lambda: getattr(a, 5)), t(lambda: getattr(a)), t(lambda: hasattr(a, 'x')), t(lambda: hasattr(a, 5))
setattr(a, 'y', 2)
print(a.y, vars(a))
delattr(a, 'y')
t(lambda: delattr(a, 'y'))
t(lambda: setattr(a, 1, 2))
t(lambda: setattr(1, 'x', 2))
t(lambda: vars(5))
t(lambda: vars(a, a))
print('x' in dir(A), 'm' in dir(a), dir(a) == sorted(dir(a)), isinstance(dir(), list))
class WithDir:
    def __dir__(self):
        return ['b', 'a']
print(dir(WithDir()))
t(lambda: hash([])), t(lambda: hash(1.0) == hash(1)), t(lambda: hash(-1)), t(lambda: hash(2**61 - 1))
t(lambda: hash(float('inf'))), t(lambda: hash(-2**64))
class H:
    def __hash__(self):
        return 2**70
t(lambda: hash(H()))
class H2:
    def __hash__(self):
        return 'x'
t(lambda: hash(H2()))
print(id(a) == id(a), id(a) != id(A))
print(isinstance(1, (str, (int, float))), isinstance(1, int | str), isinstance(None, type(None) | int))
print(issubclass(bool, (str, int)), issubclass(int, int | None) if False else '')
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, list[int]))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance('other', M), isinstance('magic', (int, M)))
