from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g, g('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}))
print(itemgetter(slice(1, None))([1, 2, 3]))

class P:
    pass
p = P(); p.a = P(); p.a.b = 7; p.c = 1
print(attrgetter('c')(p), attrgetter('a.b')(p), attrgetter('c', 'a.b')(p))
print(attrgetter('a.b'), attrgetter('x', 'y'))
try:
    attrgetter('z')(p)
except AttributeError as e:
    print(type(e).__name__)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
m = methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'), methodcaller('upper')('x'), methodcaller('upper'))
print(sorted([(1, 'b'), (0, 'a')], key=itemgetter(1)))
