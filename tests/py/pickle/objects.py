import pickle, io, copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, 2

class WithState:
    def __init__(self):
        self.value = 5
        self.cache = 'drop me'
    def __getstate__(self):
        return {'value': self.value}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None

class Reducer:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reducer, (self.n * 2,))

class MyList(list):
    pass

class MyDict(dict):
    pass

for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    print(proto, p, type(p).__name__)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.value, w.cache)
    print(pickle.loads(pickle.dumps(Reducer(4), proto)).n)
    ml = MyList([1, 2])
    ml.attr = 'x'
    back = pickle.loads(pickle.dumps(ml, proto))
    print(type(back).__name__, back, back.attr)
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    print(type(md).__name__, md)
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(s.a, s.b)
print(pickle.dumps(Point(1, 2), 0))
print(pickle.dumps(Point(1, 2), 2))
print(pickle.dumps(Point(1, 2)))
f = io.BytesIO()
pickle.dump({'k': (1, 2)}, f)
f.seek(0)
print(pickle.load(f))
for bad in [b'', b'\x80\x04K', b'junk', b'\x80\x09.']:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
def local():
    class Inner:
        pass
    return Inner
try:
    pickle.dumps(local()())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads('str')
except TypeError as e:
    print('TypeError', e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__mro__[1].__name__)
print(copyreg.__newobj__(Point, 1, 2).__class__.__name__)
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(pickle.loads(pickle.dumps(Point(1, 2))))
