print(eval("1 + 2"), eval("  x * 2", {"x": 21}), eval("y", {}, {"y": 5}))
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)
l = {}
exec("c = 3", g, l)
print(l, "c" in g)
x = 10
def f():
    y = 5
    return eval("x + y")
print(f())
exec("z = 99")
print(z)
code = compile("1 + 1", "<s>", "eval")
print(type(code).__name__, eval(code))
code = compile("w = 4", "<s>", "exec")
exec(code)
print(w)
print(exec("1"), eval("None"))
for call in [lambda: eval(5), lambda: exec(5), lambda: eval("1", 5), lambda: eval("1", {}, 5),
             lambda: compile("1", "f", "bad"), lambda: eval("1 +"), lambda: exec("x = ("),
             lambda: eval("undefined_thing"), lambda: eval()]:
    try:
        call()
    except (TypeError, ValueError, SyntaxError, NameError) as e:
        print(type(e).__name__, e)
ns = {}
exec("def h():\n    return 42\n", ns)
print(ns["h"]())
print(eval("[i * i for i in range(4)]"))
print(eval(b"2 ** 5"))
def outer():
    q = 1
    return eval("q + 1")
print(outer())
