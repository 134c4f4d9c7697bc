# the source line in a traceback keeps trailing blanks; chains and repeats
import sys

def strip_dirs(text):
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

def trailing_blanks():
    x = 0
    return 1 / x   
def trailing_comment():
    d = {}
    return d['k']  # comment  
def chained_in_generator():
    def g():
        yield 1
        raise ValueError('in gen')
    try:
        list(g())
    except ValueError:
        raise TypeError('during')  
def deep():
    def rec(n):
        if n == 0:
            raise KeyError('deep')
        rec(n - 1)
    rec(6)
for f in [trailing_blanks, trailing_comment, chained_in_generator, deep]:
    report(f)
