# operator: __all__, length_hint's TypeError fallback, methodcaller pickling.
import operator, pickle
print(all(callable(getattr(operator, n)) for n in operator.__all__))
print([n for n in vars(operator) if not n.startswith('_') and n not in operator.__all__])
print(len(operator.__all__))

class X:
    def __init__(self, value): self.value = value
    def __length_hint__(self):
        if type(self.value) is type:
            raise self.value
        return self.value
print(operator.length_hint(X(TypeError), 12), operator.length_hint(X(5)))
for v, exc in ((LookupError, LookupError), ("abc", TypeError), (-2, ValueError)):
    try:
        operator.length_hint(X(v))
    except exc as e:
        print(type(e).__name__, e)

class A:
    def foo(self, *a, **k): return ('foo', a, sorted(k.items()))
for f in (operator.methodcaller('foo'), operator.methodcaller('foo', 1, 2),
          operator.methodcaller('foo', 3, f=5)):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, proto))
        print(proto, repr(g) == repr(f), g(A()))
print(operator.attrgetter('real', 'imag')(3 + 4j), operator.attrgetter('real.real')(5))
