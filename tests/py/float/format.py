# format() / f-strings: e E f F g G n % and none; sign, #, 0, width, align, grouping, z
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.5, 1234567.891, 0.000123456, 1e16, 1e-5, 2.5, 3.5, 1e300, 123456789.0,
        float('inf'), float('-inf'), float('nan'), 0.1, 99.99, 9.995, -0.0001]
specs = ['', 'e', 'E', '.0e', '.3e', '#.0e', 'f', 'F', '.0f', '#.0f', '.2f', '.10f', 'g', 'G', '.0g', '.1g',
         '.3g', '#g', '#.3g', '.10g', 'n', '%', '.1%', '.0%', '.3', '.0', '#', '+', ' ', '-', '+.2f', ' .2e',
         '10', '<10', '>10', '^10', '=10', '010', '+010.2f', '*^12.3f', ',', '_', ',.2f', '_.3f', '015,.2f',
         '0=15,.1f', 'x<015,', 'z.1f', 'z.0f', '+z.2e', 'z', 'z.3g', '#.2%', '.2E', ',g', '020.10e', '.20f',
         '.30e', '.50g', '.0%']
for v in vals:
    for s in specs:
        show(v, s)
for s in ['d', 'x', 's', 'c', ',n', '_n', ',_', '.', 'zz', '10.2fx', '.2z']:
    show(1.5, s)
print(f'{3.14159:.2f} {2.5:>8} {1e-7} {-0.5:+.1%} {12345.678:,.1f} {0.1:.30f}')
print(format(1e300, '.1000f')[:40], len(format(1e300, '.1000f')), len(format(5e-324, '.1100f')))
print(format(5e-324, '.760e'))
print('%.3f %e %g %r %s' % (1.5, 1.5, 1.5, 1.5, 1.5) if True else '')
print('{:.2f} {!r} {}'.format(2.675, 0.1, 1e16))
