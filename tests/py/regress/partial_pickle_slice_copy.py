import copy, functools, pickle

def add(a, b, c=0):
    return a + b + c

p = functools.partial(add, 1, c=10)
p.note = 'kept'
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q(2), q.args, q.keywords, q.note, type(q).__name__)
print(p.__reduce__()[2][1:])
r = functools.partial(add)
print(r.__reduce__()[2][1:])
try:
    r.__setstate__((add, [1], None, None))
except TypeError as e:
    print('TypeError', e)
s = slice(1, 10, 2)
print(copy.copy(s) is s, copy.deepcopy(s) == s)
