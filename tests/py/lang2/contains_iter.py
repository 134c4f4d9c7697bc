class C:
    def __contains__(self, x):
        print('contains', x); return x == 3
print(3 in C(), 4 not in C())
class Truthy:
    def __contains__(self, x): return 'yes'
print(1 in Truthy())
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), 2 in It(), 9 in It())
class Old:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(Old()), 20 in Old(), 25 in Old())
for x in Old(): print('old', x)
a, b, c, d = Old()
print(a, b, c, d)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5: pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in 5
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    def f():
        nonlocal n
        n += 1
        return n
    return f
print(list(iter(counter(), 4)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
