import pprint, collections, types
from dataclasses import dataclass, field
data = {'name': 'pipit', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z') * 5}], 'b': {3, 1, 2}, 'c': frozenset({'q'})}, 'text': 'lorem ipsum dolor sit amet ' * 5, 'empty': [], 'tup1': (1,), 'z': None, 1: 'int key'}
try: pprint.pprint(data)
except TypeError as e: print('TypeError', e)
data.pop(1)
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
print(pprint.pformat(list(range(40)), width=30, compact=True))
l = [1, 2]; l.append(l); print(pprint.pformat(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l), pprint.saferepr(l).replace(str(id(l)), 'ID'))
print(pprint.pformat('a' * 100, width=40)); print(pprint.pformat(['word ' * 30], width=40))
print(pprint.pformat(b'\x00\x01' * 30, width=30))
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(12)), width=40))
print(pprint.pformat(collections.defaultdict(list, {i: [i] * 3 for i in range(6)}), width=40))
print(pprint.pformat(collections.Counter('abracadabra' * 3), width=30))
print(pprint.pformat(collections.deque(range(25), maxlen=30), width=40))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(10)), beta='b' * 30), width=40))
print(pprint.pformat(types.MappingProxyType({'k%d' % i: i for i in range(10)}), width=40))
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
print(pprint.pformat(Point(1, list(range(30))), width=40))
print(pprint.pformat({'a': 1, 'b': 2}), pprint.pformat(set()), pprint.pformat(()), pprint.pformat(12345678, underscore_numbers=True))
pp = pprint.PrettyPrinter(indent=4, width=30); pp.pprint({'key%d' % i: {'sub': [i] * 4} for i in range(3)})
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print(e)
pprint.pp({'b': 1, 'a': [1] * 40})
print(pprint.pformat([[1, 2, 3]] * 10, width=20, depth=1))
