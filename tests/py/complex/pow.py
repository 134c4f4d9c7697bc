# complex ** : small integer exponents by squaring, general exponents, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

bases = [1j, 1 + 1j, -2 + 0.5j, 0.5 - 0.5j, 2, -1.5]
exps = [0, 1, 2, 3, -1, -2, 10, 101, 0.5, -0.5, 1j, 2 + 1j, 2.0, 100, -100]
for b in bases:
    for e in exps:
        try:
            print(repr(b), repr(e), complex(b) ** e)
        except Exception as ex:
            print(repr(b), repr(e), type(ex).__name__, ex)
show(lambda: 0j ** 0)
show(lambda: 0j ** 2)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: 0j ** -1.5)
show(lambda: (1e200j) ** 2)
show(lambda: (1e200 + 1j) ** 2.5)
show(lambda: pow(1j, 2, 3))
show(lambda: 2 ** 1j)
show(lambda: 2.0 ** (1 + 1j))
show(lambda: (-8) ** (1 / 3))
show(lambda: (-8.0) ** 0.5)
show(lambda: 1j ** 0.5)
