# co_consts of compiled code: eval mode has no implicit None; docstrings come first
for s, m in [("a=1","exec"), ("a","eval"), ("1","eval"), ("x=2\ny=None","exec"), ("def f(): pass", "exec"), ("\"doc\"\nx=1","exec")]:
    print(repr(s), compile(s, "f", m).co_consts[:3] if m=="eval" else [c for c in compile(s,"f",m).co_consts if not hasattr(c, "co_code") and not hasattr(c, "co_name")])
def g(): return 1
def h(): "d"
def k(): x = 5
print(g.__code__.co_consts, h.__code__.co_consts, k.__code__.co_consts)
print(eval("1+2"), eval("x", {"x": 4}), eval("[i for i in range(2)]"), eval(compile("None", "s", "eval")))
print(compile("(yield)" if False else "lambda: 0", "s", "eval").co_consts[1:])
