class A:
    def __contains__(self, x): return x == 1
print(1 in A(), 2 in A(), 2 not in A())
class B:
    def __iter__(self): return iter([1, 2, 3])
print(2 in B(), 5 in B())
class C:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(10 in C(), 11 in C())
print(list(C()))
print(list(iter(C())))
it = iter(C())
print(type(it).__name__, next(it), next(it))
class D: pass
try:
    1 in D()
except TypeError as e:
    print(e)
try:
    iter(D())
except TypeError as e:
    print(e)
class E:
    def __contains__(self, x): return 'yes'
print(1 in E())
class F:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(F())
except TypeError as e:
    print(e)
class G:
    def __iter__(self): return 1
try:
    iter(G())
except TypeError as e:
    print(e)
class H:
    def __iter__(self): return self
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(H()))
for x in H(): print(x, end=' ')
print()
class I:
    def __getitem__(self, i):
        if i == 2: raise KeyError(i)
        return i
try:
    list(I())
except KeyError as e:
    print('KeyError', e)
class J:
    __contains__ = None
try:
    1 in J()
except TypeError as e:
    print(e)
class K:
    def __reversed__(self): return iter('cba')
print(list(reversed(K())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq())))
try:
    reversed(D())
except TypeError as e:
    print(e)
class N:
    def __next__(self): return 1
try:
    for x in N(): pass
except TypeError as e:
    print(e)
