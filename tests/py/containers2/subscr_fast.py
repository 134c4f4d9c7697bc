# Indexing lists, tuples and dicts with the common key types.
lst = [10, 20, 30]
tup = (1, 2, 3)
d = {'a': 1, 'b': 2}
print(lst[0], lst[-1], tup[1], tup[-3], d['a'])
for bad in (3, -4, 2**47, -2**60):
    for seq in (lst, tup):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, 'IndexError', e)
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
lst[1] = 'x'
lst[-1] = 'y'
print(lst)
for bad in (3, -4):
    try:
        lst[bad] = 0
    except IndexError as e:
        print('IndexError', e)
try:
    tup[0] = 1
except TypeError as e:
    print('TypeError', e)

class D(dict):
    def __missing__(self, key):
        return 'missing ' + key

print(D(a=1)['a'], D()['q'])

class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        return str(self) == str(other)

print(d[S('b')])
print(lst[True], tup[False])

class L(list):
    def __getitem__(self, i):
        return ('sub', i)

print(L([1])[0])
