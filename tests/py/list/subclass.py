# list subclasses
class L(list):
    def extra(self):
        return len(self) * 10
l = L([1, 2, 3])
print(l, type(l).__name__, l.extra(), isinstance(l, list))
l.append(4)
print(l[1:], type(l[1:]).__name__, l + [5], type(l + [5]).__name__)
class M(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "m"
m = M("ab")
print(m, m.tag, len(m))
m.sort(reverse=True)
print(m)
class R(list):
    def __repr__(self):
        return "R" + super().__repr__()
print(R([1]), [R([2])])
print(L() == [], L([1]) == [1])
