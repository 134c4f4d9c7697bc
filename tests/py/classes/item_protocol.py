class A:
    def __init__(self): self.items = [1, 2, 3]
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
a = A()
a[0] = 10
del a[1]
print(a[0], len(a), a[-1], list(a), a[0:2])
try: a[10]
except IndexError as e: print(e)
class NoSet:
    def __getitem__(self, i): return i
try: NoSet()[0] = 1
except TypeError as e: print(e)
try: del NoSet()[0]
except TypeError as e: print(e)
try: object()[0]
except TypeError as e: print(e)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[1:2:3], s[::], s[1, 2], s[...], s[:, 1])
class Idx:
    def __index__(self): return 1
print([5, 6][Idx()], 'ab'[Idx()], (7, 8)[Idx()], range(3)[Idx()])
try: [1]['x']
except TypeError as e: print(e)
try: {}[[]]
except TypeError as e: print(e)
class CI:
    def __class_getitem__(cls, k): return k
    def __getitem__(self, k): return 'inst', k
print(CI[1], CI()[1])
class G:
    def __getattr__(self, n):
        if n == '__len__': return lambda: 5
        raise AttributeError(n)
try: len(G())
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), tuple(It()), set(It()))
class BadIter:
    def __iter__(self): return iter([1])
    def __len__(self): raise RuntimeError('len called')
print(list(BadIter()))
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 'bad'
print(list(LenHint()))
