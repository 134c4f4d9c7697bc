from collections.abc import *
import collections.abc as cabc
print(cabc.__name__)
for t in (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, Awaitable, Coroutine, AsyncIterable, AsyncIterator, KeysView, ItemsView, ValuesView, Reversible):
    print(t.__name__, [isinstance(x, t) for x in ([], (), {}, set(), "", iter([]), 1, len, {}.keys(), {}.items(), {}.values(), frozenset(), range(2), (i for i in ()))])
class S(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 2
s = S(4)
print(list(s), 4 in s, s.index(4), s.count(2), list(reversed(s)))
try: Sequence()
except TypeError as e: print(type(e).__name__, str(e).startswith("Can't instantiate abstract class Sequence"))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault('c', 3)
print(dict(m), m.pop('a'), list(m.keys()), list(m.items()), m.get('z'), m == {'b': 2, 'c': 3})
print(Iterable.__module__, issubclass(list, Iterable), Iterable[int])
