import weakref, gc
class O:
    def __init__(self, n): self.n = n
os_ = [O(i) for i in range(4)]
s = weakref.WeakSet(os_)
print(len(s), os_[0] in s, O(1) in s, 3 in s)
s.discard(os_[0])
print(len(s))
s.add(os_[0])
del os_[1]
gc.collect()
print(len(s), sorted(o.n for o in s))
t = weakref.WeakSet(os_[:1])
print(len(s - t), len(s & t), len(s | t), t <= s, s >= t, t < s, s == weakref.WeakSet(os_))
try:
    s.remove(O(5))
except KeyError:
    print('KeyError')
p = s.pop()
print(p.n in (0, 2, 3), len(s))
s.clear()
print(len(s), list(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)
import collections.abc
print(isinstance(s, collections.abc.MutableSet))
