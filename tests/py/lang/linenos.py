import sys
def where(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_lineno - f.__code__.co_firstlineno)
def a():
    x = 1
    y = (x +
         undefined_name)
where(a)
def b():
    d = {}
    return d[
        "missing"]
where(b)
def c():
    return [
        1,
        2 / 0,
    ]
where(c)
def d():
    o = None
    o.attr = (
        5)
where(d)
def e():
    for i in range(3):
        if i == 2:
            raise ValueError(i)
where(e)
def f():
    with open_nothing():
        pass
where(f)
def g():
    assert (1 ==
            2), "x"
where(g)
@staticmethod
def decorated():
    pass
print(decorated.__func__.__code__.co_firstlineno if hasattr(decorated, '__func__') else None)
class K:
    def m(self):
        raise KeyError
try:
    K().m()
except KeyError as ex:
    print(ex.__traceback__.tb_next.tb_lineno)
