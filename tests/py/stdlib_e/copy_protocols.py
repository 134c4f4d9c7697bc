# copy and deepcopy: __copy__/__deepcopy__, __reduce_ex__, __getnewargs(_ex)__,
# __getstate__/__setstate__, copyreg and memo handling
import copy
import copyreg

class WithNewargs(int):
    def __new__(cls, value, tag):
        self = int.__new__(cls, value)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return int(self), self.tag

class WithNewargsEx(int):
    def __new__(cls, *, foo):
        self = int.__new__(cls)
        self.foo = foo
        return self
    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}

for cls, obj in ((WithNewargs, WithNewargs(5, 'x')), (WithNewargsEx, WithNewargsEx(foo=[1]))):
    for f in (copy.copy, copy.deepcopy):
        y = f(obj)
        print(cls.__name__, f.__name__, type(y).__name__, int(y), vars(y), y is obj)

class State:
    def __init__(self):
        self.items = [1, [2]]
    def __getstate__(self):
        return {'items': self.items, 'extra': 'e'}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True
s2 = copy.deepcopy(State())
print(sorted(vars(s2)), s2.items)

class Reducer:
    def __reduce__(self):
        return (Reducer.make, ('arg',), {'a': 1}, iter([]), None)
    @staticmethod
    def make(x):
        r = object.__new__(Reducer)
        r.made = x
        return r
print(vars(copy.copy(Reducer())))

class ByName:
    def __reduce__(self):
        return 'by_name'
b = ByName()
print(copy.copy(b) is b, copy.deepcopy(b) is b)

class Hooks:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return ('deep', len(memo) >= 0)
print(copy.copy(Hooks()), copy.deepcopy(Hooks()))

class Registered:
    def __init__(self, v):
        self.v = v
copyreg.pickle(Registered, lambda r: (Registered, (r.v * 10,)))
print(copy.copy(Registered(4)).v, copy.deepcopy(Registered(4)).v)

class Slots:
    __slots__ = ('a', 'b')
s = Slots(); s.a = [1]
t = copy.deepcopy(s)
print(t.a, t.a is s.a, hasattr(t, 'b'))

shared = [1]
pair = [shared, shared]
dc = copy.deepcopy(pair)
print(dc[0] is dc[1], dc[0] is shared)
rec = []; rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[0] is r2)
tup = (1, 'a', None)
print(copy.deepcopy(tup) is tup, copy.copy([1, 2]) == [1, 2])

class NoCopy:
    def __reduce_ex__(self, proto):
        raise copy.Error('nope')
for f in (copy.copy, copy.deepcopy):
    try:
        f(NoCopy())
    except copy.Error as e:
        print('Error', e)
def gen():
    yield 1
for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print('TypeError', e)
print(copy.copy(len) is len, copy.deepcopy(len) is len)
