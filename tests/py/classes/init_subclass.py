class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(A.tag, B.tag, Base.subs)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(e)
try:
    class D(bogus=1): pass
except TypeError as e:
    print(e)
class E:
    @classmethod
    def __init_subclass__(cls):
        print('explicit classmethod', cls.__name__)
class F(E): pass
class G:
    def __init_subclass__(cls):
        print('implicit', cls.__name__, type(G.__dict__['__init_subclass__']).__name__)
class H(G): pass
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('Meta.__new__', name, kw)
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
class K(Base, metaclass=Meta, tag='k'): pass
print(K.tag)
