# code run by exec()/eval() has no source lines in tracebacks ("<string>")
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

def report(f):
    cap = Capture()
    sys.stderr = cap
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__.tb_next)
    sys.stderr = sys.__stderr__
    print(strip_dirs("".join(cap.parts)), end="")
    print("-----")

report(lambda: exec("x = 1\n1/0"))
report(lambda: eval("[][0]"))
report(lambda: exec("def f():\n    raise KeyError('k')\nf()"))
report(lambda: exec("x = (1,\n"))
report(lambda: eval("1 +"))
