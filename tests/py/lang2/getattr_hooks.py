class G:
    a = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn ' + name
        raise AttributeError(name)
g = G()
print(g.a, g.xyz)
try:
    g.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, 'nope', 'default'), hasattr(g, 'xa'), hasattr(g, 'q'))
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
ga.real = 1
print(ga.secret, ga.real, ga.other)
class SA:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
s = SA()
s.v = 3
print(s.v)
del s.v
print(hasattr(s, 'v'))
class Plain: pass
p = Plain()
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
setattr(p, 'dynamic', 7)
print(p.dynamic, vars(p))
delattr(p, 'dynamic')
print(vars(p))
class GAerr:
    def __getattribute__(self, n):
        raise AttributeError('blocked ' + n)
    def __getattr__(self, n):
        return 'rescued ' + n
print(GAerr().foo)
