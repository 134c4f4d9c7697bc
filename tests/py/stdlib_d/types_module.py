import types
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1))
ns.c = 3; del ns.a; print(ns, vars(ns))
try:
    hash(ns)
except TypeError as e:
    print('TypeError')
mp = types.MappingProxyType({'x': 1})
print(mp['x'], len(mp), list(mp), 'x' in mp, mp.get('y', 0), type(mp).__name__)
try:
    mp['y'] = 2
except TypeError as e:
    print('TypeError', e)
def f(): pass
def g(): yield
async def c(): pass
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(lambda: 0, types.LambdaType))
co = c(); print(isinstance(co, types.CoroutineType)); co.close()
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented), types.FunctionType.__name__, types.MethodType.__name__)
m = types.ModuleType('mymod', 'doc here'); m.x = 5; print(m.__name__, m.__doc__, m.x)
class A:
    def meth(self): return 'bound'
bm = types.MethodType(lambda self: 'attached', A()); print(bm())
C = types.new_class('C', (A,), {}, lambda ns: ns.update({'z': 26}))
print(C.__name__, C.z, C().meth(), C.__mro__[1] is A)
meta, ns2, kw = types.prepare_class('D', (A,)); print(meta is type, type(ns2).__name__, kw)
print(types.resolve_bases((A, int)), isinstance(list[int], types.GenericAlias), types.GenericAlias(list, (int,)))
