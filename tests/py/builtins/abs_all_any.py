print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-10**30), abs(True), abs(-0.0))
print(abs(complex(3, 4)))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for bad in ["s", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
print(all([]), all([1, 2]), all([1, 0]), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, 0]), any([0, 3]), any(iter([None, "", "x"])))
def gen():
    yield 1
    yield 0
    print("not reached")
print(all(gen()))
for f in (all, any):
    try:
        f(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
