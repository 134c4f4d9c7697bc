# Decorators: order, arbitrary expressions (PEP 614), classes, errors.
calls = []
def deco(name):
    def wrap(f):
        calls.append(name)
        f.tags = getattr(f, 'tags', ()) + (name,)
        return f
    calls.append('make ' + name)
    return wrap
@deco('outer')
@deco('inner')
def f(): return 1
print(calls, f.tags)
decos = [deco('list0'), deco('list1')]
@decos[1]
def g(): pass
print(g.tags)
@(lambda fn: fn.__name__.upper())
def h(): pass
print(h)
class NS:
    def __init__(self): self.d = {'k': deco('dict')}
ns = NS()
@ns.d['k']
def k(): pass
print(k.tags)
@deco('cls')
class C:
    @staticmethod
    @deco('static')
    def s(): return 'static'
    @property
    def p(self): return 'prop'
    @p.setter
    def p(self, v): self.v = v
print(C.tags, C.s(), C().p)
c = C(); c.p = 3; print(c.v)
x = 0
@(x := deco('walrus'))
def w(): pass
print(w.tags, callable(x))
@deco('a') if False else deco('b')
def cond(): pass
print(cond.tags)
def counting(fn):
    print('decorating', fn.__name__, fn.__qualname__)
    return fn
class Outer:
    @counting
    def method(self): pass
    class Inner:
        @counting
        def m(self): pass
for src in ["@\ndef f(): pass", "@x\n", "@x\nx = 1", "@x y\ndef f(): pass", "@x\n@\ndef f(): pass",
            "@x\nasync def f(): pass", "@x\nclass A: pass", "@x = 1\ndef f(): pass", "@*x\ndef f(): pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
