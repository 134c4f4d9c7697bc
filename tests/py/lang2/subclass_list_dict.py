class L(list):
    def append(self, x):
        print('append', x); super().append(x)
l = L([1])
l.append(2)
l += [3]
print(l, type(l).__name__, len(l), l[0], l == [1, 2, 3], isinstance(l, list))
print(type(l + [4]).__name__, type(l[:1]).__name__)
class D(dict):
    def __missing__(self, k):
        return f'missing {k}'
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in 'hello': c[ch] += 1
print(sorted(c.items()))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k); super().__setitem__(k, v)
lg = Logged()
lg['x'] = 1
lg.update(y=2)
print(lg)
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s.peek(), s, repr(s))
class LenLie(list):
    def __len__(self): return 99
print(len(LenLie([1])), bool(LenLie()))
class DefaultOrd(dict): pass
do = DefaultOrd({'b': 1, 'a': 2})
print(list(do), do.__class__.__name__)
class SetSub(set): pass
ss = SetSub([1, 2])
print(type(ss | {3}).__name__, sorted(ss))
