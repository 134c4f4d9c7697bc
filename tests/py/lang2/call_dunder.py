class F:
    def __call__(self, *a, **k): return ('called', a, k)
f = F()
print(f(1, x=2), callable(f), callable(F), callable(1))
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'()
except TypeError as e:
    print(type(e).__name__, e)
class G: pass
try:
    G()()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self): return self
print(Chain()()()() is not None)
class M:
    def meth(self, x): return x * 2
m = M().meth
print(m(3), M.meth(M(), 4))
class CallCls:
    def __init__(self, x): self.x = x
print(CallCls(5).x)
try:
    CallCls()
except TypeError as e:
    print(type(e).__name__, e)
try:
    G(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, *a):
        print('new', a); return super().__new__(cls)
NewOnly(1, 2)
class InitRet:
    def __init__(self): return 5
try:
    InitRet()
except TypeError as e:
    print(type(e).__name__, e)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NewOther())
