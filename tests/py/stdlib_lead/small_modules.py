import reprlib, locale, platform, graphlib, colorsys

r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]))
r.maxlist = 2
print(r.repr([1, 2, 3]), r.repr(frozenset()), r.repr(()))

class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
print(Node(), Node.__repr__.__name__)

print(locale.getpreferredencoding(), locale.setlocale(locale.LC_NUMERIC), locale.localeconv()['decimal_point'])
print(platform.python_version() == '%d.%d.%d' % __import__('sys').version_info[:3])
print(type(platform.system()).__name__, len(platform.python_version_tuple()))

ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add(1, 2)
ts.add(2, 1)
try:
    ts.prepare()
except graphlib.CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))
ts = graphlib.TopologicalSorter({3: [1, 2]})
ts.prepare()
print(ts.get_ready(), ts.is_active())
ts.done(1, 2)
print(ts.get_ready())
try:
    ts.done(9)
except ValueError as e:
    print('ValueError', e)

for rgb in [(1, 0, 0), (0.2, 0.4, 0.6), (0.5, 0.5, 0.5), (0, 0, 0)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print([round(x, 6) for x in hsv + hls + yiq],
          [round(x, 6) for x in colorsys.hsv_to_rgb(*hsv) + colorsys.hls_to_rgb(*hls) + colorsys.yiq_to_rgb(*yiq)])
