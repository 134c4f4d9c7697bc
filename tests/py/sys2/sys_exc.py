# sys.exc_info, sys.exception, sys.exit forms
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    tp, val, tb = sys.exc_info()
    print(tp, repr(val), tb is not None, sys.exception() is val)
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
for arg in [(), (0,), (3,), ('msg',), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code)
