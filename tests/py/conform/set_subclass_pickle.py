# Pickling set/frozenset subclasses keeps both __dict__ and __slots__ attributes.
import pickle
class S(set):
    __slots__ = ('x', 'y')
class F(frozenset):
    __slots__ = ('x', '__dict__')
class D(set):
    pass
for cls in (S, F, D):
    s = cls([1, 2])
    s.x = [3]
    if cls is F: s.z = 'zz'
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        t = pickle.loads(pickle.dumps(s, proto))
        print(cls.__name__, proto, type(t) is cls, sorted(t), t.x, getattr(t, 'z', None))
print(set([3]).__reduce__(), frozenset([4]).__reduce__())
