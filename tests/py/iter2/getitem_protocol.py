# the old __getitem__ iteration protocol: IndexError and StopIteration end it
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Upto:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Upto(4)), tuple(Upto(2)), sorted(Upto(3), reverse=True), 4 in Upto(3), 9 in Upto(3))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class Boom:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('boom')
        return i
t(lambda: list(Boom()))
it = iter(Upto(2))
print(type(it).__name__, next(it), it.__length_hint__() if hasattr(it, '__length_hint__') else '', list(it), list(it))
class StrKey:
    def __getitem__(self, k):
        return 'x'
    __iter__ = None
t(lambda: iter(StrKey()))
print(dict(zip(Upto(3), 'abc')), max(Upto(5)), sum(Upto(4)), ''.join(map(str, Upto(3))))
