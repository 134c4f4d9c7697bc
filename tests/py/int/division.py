def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 3), (2**100, 3), (-2**100, 3),
             (10**30, -7), (2**200, 2**100 + 1), (-(2**200), 2**100 + 1), (3, 2**80), (-3, 2**80),
             (3, -2**80), (2**64, 2**32), (2**1000, 10**300)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1 / 0)
show(lambda: 2**100 // 0)
show(lambda: 2**100 % 0)
show(lambda: (2**100) / 0)
show(lambda: 10**400 / 1)
show(lambda: 10**400 / 10**90)
show(lambda: 10**400 / 10**100)
show(lambda: 1 / 10**400)
show(lambda: -1 / 10**400)
show(lambda: 0 / -5)
show(lambda: 2**1024 // 2)
show(lambda: (2**1024 - 1) / 2)
show(lambda: 2**1024 / 2)
show(lambda: 9007199254740993 / 1)
show(lambda: 2**53 + 1 / 1)
show(lambda: (2**54 + 3) / 2)
show(lambda: 10**30 / 3)
show(lambda: 1 / 3)
show(lambda: 2**-1074 == 1 / 2**1074)
show(lambda: 1 / 2**1075)
show(lambda: 3 / 2**1076)
show(lambda: 123456789 ** 5 / 987654321 ** 3)
