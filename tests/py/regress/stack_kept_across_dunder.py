# values pushed by earlier arguments stay alive while a later argument runs Python code
import gc

class P:
    def __init__(self, s):
        self.s = s
    def __truediv__(self, other):
        junk = [[i] * 3 for i in range(2000)]
        gc.collect()
        return P(self.s + "/" + other)

def text(n):
    return "".join(str(i) for i in range(n))

base = P("b")
for _ in range(3):
    print(text(5), (base / "x").s, text(3) + "!", (base / "y").s)
    print([text(4), base / "z", text(2)][0])
