import gc, weakref
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print('close', self.name)
def work():
    r = Res('local')
    return 1
work()
gc.collect()
print('after work')
lst = [Res('a')]
lst.clear()
gc.collect()
print('after clear')
d = {'k': Res('in dict')}
d['k'] = None
gc.collect()
class Holder:
    def __init__(self): self.r = Res('held')
h = Holder()
del h
gc.collect()
print('holder gone')
class SelfRef:
    def __init__(self): self.me = self
    def __del__(self): print('selfref del')
SelfRef()
gc.collect()
x = Res('exc')
try:
    raise ValueError(x)
except ValueError:
    pass
del x
gc.collect()
print('end')
