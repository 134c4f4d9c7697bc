# how SyntaxErrors are printed
import sys

def strip_dirs(text):
    # file names as bare names: the directory depends on how the test is run
    out = []
    for line in text.split("\n"):
        if line.startswith('  File "'):
            start = line.index('"') + 1
            end = line.index('"', start)
            line = line[:start] + line[start:end].split("/")[-1] + line[end:]
        out.append(line)
    return "\n".join(out)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def show(e):
    cap = Capture()
    sys.stderr = cap
    e.__traceback__ = None
    sys.excepthook(type(e), e, None)
    sys.stderr = sys.__stderr__
    print(strip_dirs("".join(cap.parts)), end="")
    print("-----")

show(SyntaxError("invalid syntax", ("t.py", 1, 5, "x = = 1\n", 1, 6)))
show(SyntaxError("m", ("t.py", 2, 3, "    abcdef\n", 2, 8)))
show(SyntaxError("m", ("t.py", 2, 3, "abcdef\n")))
show(SyntaxError("m", ("t.py", 2, None, "abcdef\n")))
show(SyntaxError("m", ("t.py", 2, 3, None)))
show(SyntaxError("m"))
show(SyntaxError("m", (None, 4, 1, "x\n")))
show(SyntaxError("m", ("f.py", None, 1, "x\n")))
show(IndentationError("unexpected indent", ("t.py", 3, 5, "    y = 2\n", 3, 6)))
show(SyntaxError("", ("t.py", 1, 1, "x\n")))
