# traceback carets come from each instruction's source position
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

class O:
    def meth(self, *a):
        raise ValueError('in meth')

def assert_compare():
    x = 1
    assert x == 2, "bad"
def assert_plain():
    assert [], "plain"
def assert_not_compare():
    x = 1
    assert not x == 1
def assert_and():
    x = 1
    assert x == 1 and []
def augassign_subscript():
    l = [1]
    l[5] += 1
def augassign_attr():
    o = O()
    o.missing += 1
def multiline_attr():
    o = O()
    return (o
            .missing)
def multiline_method():
    o = O()
    return (o
            .meth(1,
                  2))
def import_missing():
    import sys, nonexistent_module_q
def subscript_load():
    d = {}
    return d['k']
def call_none():
    f = None
    return f(1)
for fn in [assert_compare, assert_plain, assert_not_compare, assert_and, augassign_subscript,
           augassign_attr, multiline_attr, multiline_method, import_missing, subscript_load, call_none]:
    report(fn)
