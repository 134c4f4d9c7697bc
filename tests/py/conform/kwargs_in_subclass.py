# list/tuple/set/frozenset subclasses reject keywords unless they override __new__/__init__
for base in (list, tuple, set, frozenset):
    class sub(base): pass
    for kw in ({'sequence': ()}, {'iterable': ()}):
        try:
            print(base.__name__, sub(**kw))
        except TypeError as e:
            print(base.__name__, 'TypeError', e)
    class sub2(base):
        def __init__(self, seq, newarg=None):
            super().__init__(seq) if base in (list, set) else None
        def __new__(cls, seq, newarg=None):
            return super().__new__(cls, seq) if base in (tuple, frozenset) else super().__new__(cls)
    try:
        print(base.__name__, sub2((1,2), newarg=3))
    except TypeError as e:
        print(base.__name__, 'TypeError', e)
class SetNew(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
print(SetNew([1, 2]), SetNew([1, 2]).newarg)
try:
    SetNew([1, 2], newarg=3)
except TypeError as e:
    print("TypeError", e)
