# format(complex, spec)
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

vals = [1 + 2j, -1.5 - 2.25j, 2j, -2j, complex(-0.0, -0.0), complex(0.0, -0.0), 1234.5 + 6789.25j,
        complex(float('nan'), float('inf')), 1e20 + 1e-20j]
specs = ['', '10', '<20', '^20', '>20', '.2f', '.3e', 'g', '.3', '.0', '+', ' ', '-', ',', '_.1f', '#',
         '#.0f', 'E', 'F', 'G', 'n', 'z.1f', '+.2f', '*^25.2f', '.1g']
for v in vals:
    for s in specs:
        show(v, s)
for s in ['010', '=10', 'd', '%', '0<10', 's', 'x<010']:
    show(1 + 2j, s)
print(f'{1+2j:>12} {3j:.2f}')
print('{}'.format(-1j), str(1e16 + 1j))
