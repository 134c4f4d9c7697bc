# __missing__ in dict subclasses and reprs of recursive dicts
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class Raiser(dict):
    def __missing__(self, key):
        raise ValueError(key)
t(lambda: Raiser()['k'])
class NoMissing(dict):
    pass
t(lambda: NoMissing()['k'])
r = {}
r['self'] = r
print(r)
r2 = {'a': [r]}
print(r2)
class DD(dict):
    def __repr__(self):
        return 'DD(' + dict.__repr__(self) + ')'
x = DD(a=1)
x['me'] = x
print(x)
print(repr({1: 'a', 'b': (1, 2), None: [None]}))
class KE(dict):
    pass
t(lambda: KE({1: 2})[(1, 2)])
t(lambda: {}[(1,)])
t(lambda: {}[()])
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args, str(e), repr(e))
