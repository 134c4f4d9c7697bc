# MagicMock: configured magic methods and their defaults
from unittest.mock import MagicMock, NonCallableMagicMock, Mock, PropertyMock, call

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

m = MagicMock()
print(len(m), list(m), 3 in m, bool(m), int(m), float(m), complex(m))
print(m == m, m != m, m == 3, m != 3)
m.__len__.return_value = 5
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda k: k * 10
m.__contains__.return_value = True
print(len(m), list(m), list(m), m[4], 7 in m)
m[1] = 2
del m[3]
print(m.__setitem__.call_args, m.__delitem__.call_args)
with m as v:
    print(v is m.__enter__.return_value)
print(m.__exit__.call_args)
print(m.mock_calls[0])
m.__str__.return_value = 'hello'
print(str(m))
m.__lt__.return_value = True
print(m < 1)
err(lambda: m > 1)
m.__add__.return_value = 42
print(m + 1, m.__add__.call_args)

n = Mock()
err(lambda: len(n))
n.__len__ = lambda self: 9
print(len(n))
n.__iter__ = Mock(return_value=iter([4, 5]))
print(list(n))
err(lambda: setattr(n, '__getattr__', 1))

nc = NonCallableMagicMock()
err(nc)
print(len(nc))

class C:
    pass
pm = PropertyMock(return_value='v')
type_ = type('T', (), {'p': pm})
t = type_()
print(t.p)
t.p = 'w'
print(pm.mock_calls)

mm = MagicMock()
mm.a.b.c(1)
print(mm.mock_calls, mm.a.mock_calls)
print(hash(mm) == hash(mm))
print(sorted(x for x in dir(Mock()) if not x.startswith('_'))[:8])
