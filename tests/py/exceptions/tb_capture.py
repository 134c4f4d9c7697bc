# the text sys.excepthook prints for an exception (captured from sys.stderr)
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
        return len(s)
    def flush(self):
        pass

def report(f):
    cap = Capture()
    sys.stderr = cap
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr = sys.__stderr__
    print(strip_dirs("".join(cap.parts)), end="")
    print("-----")

def index_error():
    a = []
    return a[5]

def div():
    x = 1
    return x / 0

def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)

def chained():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")

def caused():
    try:
        int("x")
    except ValueError as e:
        raise TypeError("converted") from e

def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("quiet") from None

class MyError(Exception):
    pass

def custom():
    raise MyError("mine")

def empty_message():
    raise MyError

def noted():
    e = ValueError("with notes")
    e.add_note("note one")
    e.add_note("note two")
    raise e

def attribute():
    obj = None
    obj.missing

def call_in_line():
    return int("abc") + 1

def binop():
    a = 1
    b = "s"
    return a + b

def sub():
    d = {"a": {"b": 1}}
    return d["a"]["c"]

report(index_error)
report(div)
report(lambda: deep(3))
report(chained)
report(caused)
report(suppressed)
report(custom)
report(empty_message)
report(noted)
report(attribute)
report(call_in_line)
report(binop)
report(sub)
