# how exception groups are printed
import sys

def strip_dirs(text):
    # file names as bare names: the directory depends on how the test is run
    out = []
    for line in text.split("\n"):
        if 'File "' in line:
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
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr = sys.__stderr__
    print(strip_dirs("".join(cap.parts)), end="")
    print("-----")

def nested():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])

def many():
    excs = []
    for i in range(17):
        excs.append(ValueError(i))
    e = ExceptionGroup("many", excs)
    e.add_note("a note")
    raise e

def with_context():
    try:
        raise ValueError("ctx")
    except ValueError:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])

def raised_members():
    errors = []
    for f in (lambda: 1 / 0, lambda: int("x")):
        try:
            f()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("collected", errors)

report(nested)
report(many)
report(with_context)
report(raised_members)
