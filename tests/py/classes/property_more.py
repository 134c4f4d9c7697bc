class P:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v
    def _del(self): del self._v
    v = property(_get, _set, _del, 'the v')
p = P()
p.v = 3
print(p.v, P.v.__doc__, P.v.fget is P._get)
del p.v
print(hasattr(p, '_v'))
q = P.v.setter(None)
print(q.fset is P._set, q.fget is P._get, q.__doc__)
class Q:
    @property
    def a(self):
        'doc a'
        return 1
    b = a.setter(lambda s, v: None)
print(Q.b.__doc__, Q().b)
print(property.__get__(Q.a, None, Q) is Q.a)
class R:
    x = property()
try: R().x
except AttributeError as e: print(e)
try: R().x = 1
except AttributeError as e: print(e)
class S:
    @property
    def val(self): return 's'
class T(S):
    val = 't'
print(T().val)
class U(S):
    def __init__(self): self.__dict__['val'] = 'inst'
print(U().val)
class V:
    @staticmethod
    def sm(): return 'sm'
    @classmethod
    def cm(cls): return cls.__name__
    prop_sm = property(lambda self: V.sm())
print(V.sm(), V().cm(), V().prop_sm, V.__dict__['sm'].__func__())
print(type(property().getter(len)).__name__)
class W:
    def __get__(self, obj, typ=None): return 'W'
class X:
    w = W()
print(X.w, X().w)
X.w = 5
print(X.w)
class Y:
    @property
    def bad(self): raise KeyError('oops')
try: Y().bad
except KeyError as e: print('KeyError', e)
print(getattr(Y(), 'bad', 'no') if False else 'skip')
