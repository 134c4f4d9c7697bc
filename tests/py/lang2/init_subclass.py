class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.subs, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class E:
    d1 = D()
    d2 = D()
print(E.d1.name, E.d2.name)
class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G[1, 2])
print(list[int], dict[str, int])
class H:
    @classmethod
    def __init_subclass__(cls): print('H sub', cls.__name__)
class I(H): pass
