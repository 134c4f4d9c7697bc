class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(3))), list(reversed([1, 2])), list(reversed((1, 2))), ''.join(reversed('ab')))
print(list(reversed({'a': 1, 'b': 2})))
