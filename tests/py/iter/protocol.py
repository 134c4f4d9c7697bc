# the old __getitem__ protocol, iter(callable, sentinel), StopIteration
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Old:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Old()), 9 in Old(), 5 in Old(), type(iter(Old())).__name__)
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class Raises:
    def __getitem__(self, i):
        raise KeyError("boom")
show(lambda: list(Raises()))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
it = iter(counter, 100)
print(type(it).__name__, next(it), next(it))
show(lambda: iter(1, 2))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
show(lambda: next(iter([])))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), tuple(It()), set(It()), dict.fromkeys(It()), sorted(It(), reverse=True))
print(list(zip(It(), It())), [x for x in It()], max(It()))
def gen():
    yield 1
    yield 2
print(list(gen()), list(enumerate(gen())), dict(zip(gen(), "ab")))
