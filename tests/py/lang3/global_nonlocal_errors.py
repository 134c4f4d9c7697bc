# global and nonlocal: where they are allowed, and the messages when not
cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "def f():\n    nonlocal x",
    "nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    def g():\n        nonlocal y\n    y = 1",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    return g",
    "global x\nx = 1",
    "def f():\n    global x, y\n    x = y = 1",
]
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        print('ok:', src.splitlines()[-1].strip())
    except SyntaxError as e:
        print('SyntaxError:', e.msg, 'line', e.lineno)
def outer():
    v = 'enclosing'
    def inner():
        global v
        return v
    return inner()
v = 'global'
print(outer())
def make():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    bump(); bump()
    return count
print(make())
class Holder:
    global gx
    gx = 'set in class body'
print(gx)
