# Every del target form and its errors.
a, b, c, d = 1, 2, 3, 4
del a
del (b)
del [c], d
print([n in dir() for n in 'abcd'])
lst = list(range(10))
del lst[0], lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
class O: pass
o = O()
o.x = o.y = 1
del o.x, (o.y)
print(vars(o))
dd = {'a': 1, 'b': 2}
del dd['a']
print(dd)
def f():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    y = 1
    def h():
        return y
    del y
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
g()
try:
    del undefined_global
except NameError as e:
    print(e)
for src in ["del f()", "del 1", "del (a, 1)", "del a + b", "del *a", "del (*a, b)", "del [a, [b, f()]]",
            "del a if b else c", "del x.y.z, w[0]", "del ()", "del []", "del (a), [b]", "del lambda: 1", "del await x",
            "del (yield)", "del a, b,", "del"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
