counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return bump, get
b, g = make()
b(); b(); b()
print(g())
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = 'changed'
        inner()
    mid()
    return a
print(outer())
def deflater():
    global newglobal
    newglobal = 'made'
deflater()
print(newglobal)
def loopcells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(loopcells())
def loopcells2():
    return [(lambda i=i: i)() for i in range(3)]
print(loopcells2())
class K:
    global gk
    gk = 5
print(gk)
def delcell():
    x = 1
    def r(): return x
    del x
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
delcell()
