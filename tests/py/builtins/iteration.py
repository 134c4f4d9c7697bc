it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
def g():
    yield 1
    return 5
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print("StopIteration", e.value)
vals = [3, 2, 1, 0, 5]
it = iter(lambda: vals.pop(0), 0)
print(list(it), vals)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(iter(Counter(), 99)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(list(iter(Seq())))
print(type(iter(lambda: 1, 1)).__name__)
try:
    next()
except TypeError as e:
    print("TypeError", e)
