import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for c in 'bBhHiIlLqQ':
    for v in (2**64, -2**64, -1, 0, 127, 128, 255, 256, -129, 2**15, 2**16, 2**31, 2**32, 2**63, -2**63 - 1):
        print(c, v, end=' ')
        t(lambda: array.array(c, [v]))
t(lambda: array.array('i', [1.5]))
t(lambda: array.array('d', ['x']))
t(lambda: array.array('f', [2**1000]))
t(lambda: array.array('d', [2**1000]))
t(lambda: array.array('f', [1e300]))
t(lambda: array.array('d', [True, 3]))

class I:
    def __index__(self):
        return 9

t(lambda: array.array('i', [I()]))
t(lambda: array.array('d', [I()]))
