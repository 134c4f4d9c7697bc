# complex arithmetic with int/float/complex mixed
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1 + 2j, -3.5j, 2, 1.5, complex(0.5, -0.25), 10**20, True]
for x in a:
    for y in a:
        print(repr(x), repr(y), x + y, x - y, x * y, end=' ')
        try:
            print(x / y)
        except ZeroDivisionError as e:
            print(e)
show(lambda: (1 + 2j) / 0)
show(lambda: (1 + 2j) / 0j)
show(lambda: 1 / 0j)
show(lambda: 1.5 / complex(0, 0))
show(lambda: (1e300 + 1e300j) / (1e-300 + 1e-300j))
show(lambda: (1 + 1j) / (1e308 + 1e308j))
show(lambda: (1 + 2j) // 1)
show(lambda: (1 + 2j) % 1)
show(lambda: divmod(1j, 1))
show(lambda: 1j < 2j)
show(lambda: 1j > 1)
show(lambda: -(1 + 2j))
show(lambda: +(1 + 2j))
show(lambda: abs(3 + 4j))
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: abs(complex(float('inf'), float('nan'))))
show(lambda: abs(complex(float('nan'), 1)))
show(lambda: (1 + 2j) + 'a')
show(lambda: (1 + 2j) + 10**400)
show(lambda: 1j == 1j, )
show(lambda: (1 + 0j) == 1)
show(lambda: (1 + 0j) == 1.0)
show(lambda: complex(2**53 + 1, 0) == 2**53 + 1)
show(lambda: (1 + 1j) != 1)
show(lambda: 1j == 'x')
show(lambda: int(1j))
show(lambda: float(1j))
x = 1j
x += 1
x *= 2
x /= 1j
x -= 1
print(x)
