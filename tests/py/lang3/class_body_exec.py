# class bodies: execution order, locals(), names visible to methods, __qualname__, del
trace = []
class A:
    trace.append('body start')
    x = 1
    y = x + 1
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
    trace.append(sorted(k for k in locals() if not k.startswith('__')))
    del x
    trace.append('body end')
print(trace, A.y, hasattr(A, 'x'), A().m())
print(A.__qualname__, A.m.__qualname__, A.__module__, A.__dict__['__module__'])
def factory(n):
    class Made:
        value = n
        def get(self): return self.value, n
    return Made
M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1 is M2, M1.__qualname__)
class B:
    items = [1, 2]
    total = sum(items)
    doubled = list(map(lambda v: v * 2, items))
print(B.total, B.doubled)
class C:
    def __init__(self): self.v = 'inst'
    v = 'cls'
    def show(self): return self.v, type(self).v
print(C().show())
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__)
class D:
    __doc__ = 'explicit doc'
    __slots__ = ()
print(D.__doc__)
class E:
    if True:
        cond = 'yes'
    else:
        cond = 'no'
    for i in range(3):
        pass
    try:
        raise KeyError
    except KeyError:
        caught = True
print(E.cond, E.i, E.caught)
class F:
    return_value = (lambda: __qualname__)() if False else None
    qn = __qualname__
    mod = __module__
print(F.qn, F.mod)
