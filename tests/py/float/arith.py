# arithmetic with floats and ints mixed, Python's sign rules, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 3, -3, 1e300, float('inf'), float('-inf')]
b = [2.0, -2.0, 0.5, 3, -3, 0.0, -0.0, 1e-300, float('inf')]
for x in a:
    for y in b:
        print(x, y, end=' | ')
        for op in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y,
                   lambda: x // y, lambda: x % y, lambda: divmod(x, y)):
            try:
                print(repr(op()), end=' ')
            except Exception as e:
                print(type(e).__name__ + ':' + str(e), end=' ')
        print()
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 1 / 0.0)
show(lambda: 2.0 + 10**400)
show(lambda: 10**400 * 1.0)
show(lambda: 2**1023 * 2.0 + 0.5)
show(lambda: 1.0 + (2**53 + 1))
show(lambda: (2**64 + 1) * 1.0)
show(lambda: -7.0 // 2)
show(lambda: 7 % -2.5)
show(lambda: 0.1 * 3)
show(lambda: -(0.0))
show(lambda: +(-0.0))
show(lambda: abs(-2.5))
show(lambda: 1.0 + 'a')
show(lambda: 'a' * 2.0)
show(lambda: [1] * 2.0)
show(lambda: True + 0.5)
x = 1.5
x += 1
x *= 2
x /= 4
x //= 0.25
x %= 3
print(x)
print(5.0 % 3, -5.0 % 3, 5.0 % -3, -5.0 % -3, 1e-300 % 3, -1e-300 % 3)
print(divmod(-1e-300, 3.0), divmod(6.0, 0.1), 6.0 // 0.1, 6.0 % 0.1)
