# format(): many combinations of the mini-language on floats and complex,
# chosen by a small deterministic generator
vals = [0.0, -0.0, 1.5, -2.5, 1e16, 1e-5, 123456.789, -0.000123, float('inf'), float('nan'),
        1e300, 5e-324, 2.5, 0.125, 999.9995, 1234567890123.0]
choices = [['', '', 'x<', '*>', '0^', ' =', '<', '>', '^', '='], ['', '', '+', '-', ' '], ['', '', 'z'],
           ['', '#'], ['', '', '0'], ['', '', '5', '12', '20'], ['', '', ',', '_'],
           ['', '', '.0', '.1', '.3', '.12', '.17'], ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']]
seed = 2024
def pick(options):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return options[(seed >> 8) % len(options)]
def show(v, s):
    try:
        print(repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for i in range(1500):
    spec = ''.join(pick(c) for c in choices)
    show(pick(vals), spec)
    if i % 3 == 0:
        show(complex(pick(vals), pick(vals)), spec)
