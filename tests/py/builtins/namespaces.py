a_global = 1
print("a_global" in globals(), globals() is globals(), type(globals()).__name__)
def f(p, q=2):
    r = p + q
    return sorted(locals().items())
print(f(1))
def closure():
    v = 1
    def inner():
        return v
    return sorted(locals()), inner()
print(closure())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
class V:
    def __init__(self):
        self.a = 1
print(vars(V()), sorted(vars(K))[:3])
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
def d():
    x1 = 1
    y1 = 2
    return dir()
print(d())
print("append" in dir([]), dir(V()) == sorted(dir(V())), "a" in dir(V()))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
import sys
print("version" in dir(sys))
