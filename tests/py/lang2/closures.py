def adder(n):
    def add(x): return x + n
    return add
a5 = adder(5)
print(a5(1), a5.__closure__[0].cell_contents)
print(adder.__code__.co_freevars, a5.__code__.co_freevars)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def param_cell(x):
    def get(): return x
    x = x * 2
    return get
print(param_cell(4)())
def nested3():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()()
print(nested3())
def late():
    fs = [lambda: v for v in range(3)]
    return [f() for f in fs]
print(late())
print(adder(1).__code__.co_cellvars, adder.__code__.co_cellvars)
