x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def f():
    return len
print(f() is len)
def g():
    print(x)
g()
def h():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
h()
def k():
    try:
        print(undefined_name)
    except NameError as e:
        print(type(e).__name__, e)
k()
def m():
    def n():
        try:
            return z
        except NameError as e:
            print(type(e).__name__, e)
    n()
    z = 3
m()
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
