import pprint
nested = [[i, {'k': i, 'v': [i] * 3}] for i in range(5)]
print(pprint.pformat(nested, width=30))
print(pprint.pformat(nested, width=30, indent=3))
print(pprint.pformat(nested, depth=1), pprint.pformat(nested, depth=2, width=200))
d = {'z': 1, 'a': {'y': 2, 'b': (3, 4)}}
print(pprint.pformat(d, width=10), pprint.pformat(d, sort_dicts=False, width=10))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): None, None: 0}))
print(pprint.pformat(('single',)), pprint.pformat(('x' * 50, 'y' * 50)), pprint.pformat({'text': 'w ' * 60}, width=50))
print(pprint.pformat({frozenset({3, 1}), frozenset({2})}, width=20), pprint.pformat(set(range(30)), width=40))
d = {}; d['self'] = d; print(pprint.pformat(d).replace(str(id(d)), 'ID'), pprint.saferepr(d).replace(str(id(d)), 'ID'))
print(pprint.isreadable([1, 'a', None]), pprint.isreadable(object()), pprint.isrecursive([1]), pprint.saferepr([1, (2, {3: 4})]))
pp = pprint.PrettyPrinter(width=20, compact=True)
print(pp.pformat(list(range(20))), pp.isreadable((1,)), pp.isrecursive({}))
print(pprint.pformat(2 ** 70, underscore_numbers=True), pprint.pformat([10 ** 6], underscore_numbers=True))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print('ValueError', e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print('ValueError', e)
