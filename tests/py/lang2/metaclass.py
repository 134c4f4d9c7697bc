class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = 'Meta'
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v): self.v = v
a = A(5)
print(a.v, A.made_by, A.injected, type(A).__name__)
class B(A): pass
print(type(B) is Meta)
X = type('X', (object,), {'y': 3})
print(X.y, X.__name__, type(X))
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
print(type(Plain), type(type))
def fmeta(name, bases, ns):
    return 'not a class: ' + name
class Q(metaclass=fmeta): pass
print(Q)
