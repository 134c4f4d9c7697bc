# unpacking at run time: counts, non-iterables, iterators that fail midway
def try_(src, ns=None):
    try:
        exec(src, ns or {})
        print('ok', src)
    except Exception as e:
        print(type(e).__name__ + ':', e)
try_("a, b = [1]")
try_("a, b = [1, 2, 3]")
try_("a, *b, c, d = [1, 2]")
try_("[a] = []")
try_("a, b = 1")
try_("a, b = object()")
try_("(a, b), c = 1, 2")
try_("a, = 'xy'")
try_("*a, b = ()")
def failing():
    yield 1
    raise KeyError('midway')
try_("a, b = g()", {'g': failing})
class LenLies:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): return 1
try_("a, b, c = o; print(a, b, c)", {'o': LenLies()})
try_("for a, b in [(1, 2), (3,)]: pass")
try_("for (a, b) in [1]: pass")
try_("x, y = {'k': 1, 'j': 2}; print(x, y)")
try_("a, b = range(10**6)")
