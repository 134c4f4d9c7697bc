# ** and pow() with CPython's special cases
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan, 3, -3, 2.5]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(float(x) ** y))
        except Exception as e:
            row.append(type(e).__name__)
    print(x, row)
show(lambda: 0.0 ** -1)
show(lambda: 0.0 ** -1.5)
show(lambda: (-0.0) ** -3)
show(lambda: 10.0 ** 400)
show(lambda: (-10.0) ** 401)
show(lambda: 10.0 ** -400)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: (-2.0) ** 0.5)
show(lambda: (-1.0) ** inf)
show(lambda: pow(2.0, 3))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 0.5))
show(lambda: 2 ** -1)
show(lambda: 2.0 ** 10**400)
show(lambda: 1.0000001 ** 1e10)
show(lambda: pow(2.0, 'x'))
