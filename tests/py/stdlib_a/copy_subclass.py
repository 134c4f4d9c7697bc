class C:
    def m(self): return 1
def g(): yield 1
import copy
try: copy.copy(g())
except Exception as e: print(type(e).__name__, e)
try: copy.deepcopy(g())
except Exception as e: print(type(e).__name__, e)
class D(dict): pass
d = D(a=1); d.x = 2
e = copy.copy(d); print(e, type(e).__name__, e.x)
e = copy.deepcopy(d); print(e, type(e).__name__, e.x)
class L(list): pass
l = L([1,[2]]); print(copy.deepcopy(l), type(copy.copy(l)).__name__)
class T(tuple): pass
print(copy.copy(T((1,2))), copy.deepcopy(T((1,[2]))))
class S(set): pass
print(copy.copy(S({1})), type(copy.deepcopy(S({1}))).__name__)
print(copy.copy([].append) is not None)
o = C(); bm = copy.deepcopy(o.m); print(bm(), bm.__self__ is o)
print(copy.copy(object()) is not None)
import functools
class K:
    @functools.lru_cache
    def f(self, x): return x * 2
print(K().f(3), K.f.cache_info())
