# len() results and errors; truth testing through __bool__ and __len__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t(lambda: len(L(3)))
t(lambda: len(L(-1)))
t(lambda: len(L(2**70)))
t(lambda: len(L(2**63)))
t(lambda: len(L(1.5)))
t(lambda: len(L('x')))
t(lambda: len(L(True)))
t(lambda: len(5))
t(lambda: len())
t(lambda: len([1], [2]))
t(lambda: bool(L(0)))
t(lambda: bool(L(-1)))
t(lambda: bool(L(2**70)))
class B:
    def __bool__(self):
        return 1
t(lambda: bool(B()))
class B2:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
t(lambda: bool(B2()))
class B3:
    __bool__ = None
t(lambda: bool(B3()))
print(len('héllo'), len(b'ab'), len(range(0, 10, 3)), len({1: 2}), len(frozenset()), len(()))
print(bool(''), bool(' '), bool(0.0), bool(-0.0), bool(0j), bool([[]]), bool(range(0)), bool(None))
t(lambda: all(5))
t(lambda: any([0, L(0), L(1)]))
print(all([]), any([]), all([1, [], 2]), any(iter([0, '', 'x'])))
