# iter(f, sentinel): a call that exhausts its own iterator ends the iteration;
# the sentinel's __eq__ is asked first.
NO_MORE = 2
def spam():
    if spam.inner:
        return NO_MORE
    spam.inner = True
    list(spam.iterator)
    return 1
spam.inner = False
spam.iterator = iter(spam, NO_MORE)
try:
    print(next(spam.iterator))
except StopIteration:
    print("StopIteration")

class Sentinel:
    def __eq__(self, other):
        print("Sentinel.__eq__", other)
        return other == 3
vals = iter([1, 2, 3, 4])
print(list(iter(lambda: next(vals), Sentinel())))
