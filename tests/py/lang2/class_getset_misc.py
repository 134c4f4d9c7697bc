class Base:
    @property
    def p(self): return 'base p'
class Child(Base):
    @property
    def p(self): return 'child ' + super().p
print(Child().p)
class ChildSet(Base):
    @Base.p.setter
    def p(self, v): self._v = v
c = ChildSet(); c.p = 3; print(c.p, c._v)
class Cached:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class U:
    calls = 0
    @Cached
    def val(self):
        U.calls += 1
        return 'computed'
u = U()
print(u.val, u.val, U.calls, type(U.val).__name__)
class WithClassAttrFn:
    def f(x): return x
print(WithClassAttrFn.f(1))
class Meta(type):
    @property
    def meta_prop(cls): return 'meta prop of ' + cls.__name__
class M(metaclass=Meta): pass
print(M.meta_prop)
try:
    M().meta_prop
except AttributeError as e:
    print(type(e).__name__, e)
class CM:
    @classmethod
    @property
    def cp(cls): return 'class prop ' + cls.__name__
print(CM.cp)
print(type(property()).__name__, property.__name__)
p = property(lambda s: 1, doc='d')
print(p.__doc__, p.fget is not None, p.fset)
class DynAttr:
    pass
setattr(DynAttr, 'x', 5)
print(DynAttr.x, getattr(DynAttr, 'y', 'no y'))
try:
    getattr(DynAttr, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(DynAttr.__dict__['__dict__']).__name__ if '__dict__' in DynAttr.__dict__ else 'nodict')
