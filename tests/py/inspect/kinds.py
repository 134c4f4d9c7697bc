import inspect, types, abc

def func(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class K:
    """Doc of K.

        Indented more.
    """
    x = 1
    def meth(self):
        "meth doc"
    @property
    def prop(self): return 1

class A(abc.ABC):
    @abc.abstractmethod
    def go(self): pass

objs = [func, gen, coro, agen, K, K().meth, K.meth, len, inspect, gen(), 1, K.prop, A]
for o in objs:
    print([name for name in ['isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
                             'isasyncgenfunction', 'isclass', 'ismethod', 'isbuiltin',
                             'ismodule', 'isgenerator', 'isroutine', 'isabstract',
                             'isdatadescriptor']
           if getattr(inspect, name)(o)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.getdoc(K))
print(inspect.getdoc(K.meth), inspect.getdoc(K().meth))
print(inspect.cleandoc('  first\n    second\n      third\n'))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmro(K))
print(inspect.ismodule(inspect), inspect.getmodule(K).__name__)
print(inspect.getattr_static(K(), 'prop').__class__.__name__)
print(inspect.get_annotations(func), inspect.isclass(int))
print(inspect.getsource(func))
print(inspect.getsource(K.meth))
print(inspect.getsourcelines(gen)[1])
