# SyntaxWarnings the compiler gives: "is" with a literal, assert on a tuple,
# calling a literal
import sys

class Capture:
    def __init__(self): self.text = ''
    def write(self, s): self.text += s
    def flush(self): pass

def warnings_of(src):
    cap = sys.stderr = Capture()
    try:
        compile(src, '<w>', 'exec')
    except SyntaxError as e:
        cap.text += 'SyntaxError: ' + e.msg + '\n'
    finally:
        sys.stderr = sys.__stderr__
    return cap.text

for src in ["x is 1", "x is not 'a'", "x is None", "x is True", "x is ...", "x is (1, 2)",
            "x is ()", "x is -1", "1 is x", "x == 1", "a is b is 3", "x is [1]",
            "assert (x, 'msg')", "assert ()", "assert x, 'msg'",
            "(1, 2)()", "[1]()", "'abc'()", "f'x'()", "{}()", "None()", "f()",
            "if x is 1.5: pass", "y = 1 if x is b'' else 2", "def f():\n    return x is 2"]:
    print(repr(src), '->', warnings_of(src) or 'no warning\n', end='')
