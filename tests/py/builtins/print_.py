import sys
print()
print(1, 2, 3)
print("a", "b", sep="-")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="!\n")
print(1, [2], (3,), {4: 5}, None, True, 1.5, sep="|")
print(*[1, 2, 3], sep=", ")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
w = W()
print("hello", "world", file=w)
print("x", file=w, flush=True)
print(w.parts)
print("to stdout", file=None)
print("explicit stdout", file=sys.stdout)
class S:
    def __str__(self):
        return "S-str"
print(S(), S())
for call in [lambda: print(sep=1), lambda: print(end=2), lambda: print(foo=1), lambda: print(file=5)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
old = sys.stdout
sys.stdout = w
print("redirected")
sys.stdout = old
print(w.parts[-2:])
