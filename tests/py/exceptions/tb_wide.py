# carets line up by display columns (wide characters take two)
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def report(f):
    cap = Capture()
    sys.stderr = cap
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr = sys.__stderr__
    for line in "".join(cap.parts).split("\n"):
        if not line.startswith('  File "'):
            print(line)
    print("-----")

def wide():
    return ("中文", [][0])

def emoji():
    return "😀é" + 1

report(wide)
report(emoji)
