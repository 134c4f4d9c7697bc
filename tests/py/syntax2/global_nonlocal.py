# global and nonlocal: what they do and the errors they raise.
g = 0
def set_g():
    global g
    g = 5
set_g()
print(g)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
h = outer()
print(h(), h())
class C:
    global g2
    g2 = 'from class'
    y = 1
    def m(self):
        return y if False else 'no class scope'
print(g2, C().m())
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = 'changed'
        inner()
    mid()
    return a
print(deep())
for src in [
    "def f():\n  nonlocal x", "nonlocal x", "def f():\n  x = 1\n  global x",
    "def f():\n  print(x)\n  global x", "def f(x):\n  global x", "def f(x):\n  nonlocal x",
    "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", "def f():\n  global x\n  nonlocal x",
    "class A:\n  nonlocal x", "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
    "def f():\n  global x\n  x: int = 1", "def f():\n  x: int\n  global x", "def f():\n  def g():\n    nonlocal x",
    "x = 1\ndef f():\n  global x, y\n  y = 2", "def f():\n  global __class__", "def f():\n  x = 1\n  def g():\n    nonlocal x, x",
    "def f():\n  import x\n  global x", "def f():\n  for x in y: pass\n  global x", "def f():\n  nonlocal __debug__",
]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
