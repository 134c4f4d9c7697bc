# round(): ties to even, correctly rounded decimal places, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e300, -0.4, 4503599627370497.0]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 0.125, 0.375, 1.005, 123.456, -123.456, 1e-10, 5e-324, 1.2e308, 0.5, 15.0]:
    print(v, [round(v, n) for n in (-400, -308, -10, -2, -1, 0, 1, 2, 3, 10, 300, 400)])
print(round(-0.4, 0), round(-4.0, -1), round(-0.0, 2), round(float('inf'), 2), round(float('nan'), 1))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
show(lambda: round(1.7e308, -308))
show(lambda: round(1.5, 1.5))
show(lambda: round(1.5, None))
show(lambda: (2.5).__round__())
show(lambda: (2.5).__round__(None))
show(lambda: float.__round__(1.5, ndigits=2))
show(lambda: round(2.5, 10**30))
show(lambda: round(2.5, -10**30))
