# repeated frames are collapsed
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

def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)

def ping(n):
    if n == 0:
        raise KeyError("pp")
    pong(n - 1)

def pong(n):
    ping(n)

for f in [lambda: rec(2), lambda: rec(3), lambda: rec(4), lambda: rec(50), lambda: ping(10)]:
    cap = Capture()
    sys.stderr = cap
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr = sys.__stderr__
    print(strip_dirs("".join(cap.parts)), end="")
    print("-----")
