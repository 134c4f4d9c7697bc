class A:
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return 'auto_' + name
a = A()
a.real = 1
print(a.real, a.foo)
print(getattr(a, '_x', 'dflt'))
print(hasattr(a, '_x'))
class B:
    def __getattribute__(self, name):
        if name == 'secret': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
b = B()
b.y = 3
print(b.secret, b.y, b.zzz)
class C:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
c = C()
c.x = 4
print(c.x)
del c.x
try:
    del c.x
except AttributeError as e:
    print(e)
class D: pass
d = D()
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    D.missing
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    del d.nope
except AttributeError as e:
    print(e)
try:
    setattr(d, 1, 2)
except TypeError as e:
    print(e)
try:
    getattr(d, 1)
except TypeError as e:
    print(e)
class E:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    E().x
except KeyError as e:
    print('KeyError', e)
class F:
    def __getattr__(self, name):
        return name * 2
print(F().ab)
print(getattr(F(), 'zz'))
try:
    (1).x = 2
except AttributeError as e:
    print(e)
try:
    int.x = 2
except TypeError as e:
    print(e)
class G:
    __slots__ = ()
try:
    G().a = 1
except AttributeError as e:
    print(e)
