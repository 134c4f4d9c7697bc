# Class attributes named by str subclasses, and lookups that must not crash.
class S(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    __hash__ = str.__hash__

class C:
    pass

setattr(C, S('attr'), 5)
print(C.attr, getattr(C(), 'attr'))
C.__dict__  # a read
print(sorted(k for k in vars(C) if not k.startswith('__')))
class D(C):
    pass
print(D.attr, hasattr(D, 'missing'))
