# dict.setdefault compares a colliding key once; dict.update notices a source
# dict mutated by a key's __eq__.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return self is other

a = Hashed()
d = {a: 5}
b = Hashed()
print(d.setdefault(b, []), len(d))
print(a.hash_count, b.hash_count, a.eq_count + b.eq_count)
print(d.setdefault(a, 0), d.setdefault(b, 1))

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)
d = {}
d.update({1: 2, 3: 4})
print(d)
