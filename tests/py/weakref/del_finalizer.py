import gc
class A:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('__del__', self.name)
a = A('a')
del a
gc.collect()
print('after collect')
b = A('b'); c = A('c')
b.other = c; c.other = b
del b, c
gc.collect()
print('cycle gone')
saved = []
class R:
    def __del__(self):
        print('resurrect')
        saved.append(self)
r = R()
del r
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print('not called twice')
class E:
    def __del__(self):
        raise ValueError('from del')
e = E()
del e
gc.collect()
print('survived')
class Sub(A): pass
s = Sub('sub')
del s
gc.collect()
class Late: pass
l = Late()
Late.__del__ = lambda self: print('late __del__')
del l
gc.collect()
print('end')
