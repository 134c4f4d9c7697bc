def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ['', 'd', '5', '<5', '>5', '^5', '=5', '+', ' ', '-', '+5', '05', '08', '+08', '<05',
             'x<8', '*^9', ',', '_', '010,', '012_', ',d', '_d', 'b', '#b', 'o', '#o', 'x', '#x',
             'X', '#X', '_b', '#_b', '#010_b', '_x', '#_x', '#012_x', 'n', 'c', 'e', 'E', '.2e',
             'f', '.3f', 'F', 'g', 'G', '%', '.1%', '10.2f', ',.2f', '+.1e', '#10x', '=+10',
             '0=10', '-^10d', '020,d', '_o', ',x', ',b', '_c', ',c', ',n', '+c', '#c', '.2d',
             '.2', 's', 'r', '?', '5c', '<3c', '10,', 'z', '\x01']:
    for v in [0, 42, -42, 255, -255, 1234567, -1234567]:
        show(v, spec)
for v in [2**100, -(3**90), 10**20]:
    for spec in ['', ',', '_', 'x', '#_X', 'b', 'o', '40', '<40', '^+45,', '045,', 'e', '.3g', '%']:
        show(v, spec)
show(10**400, 'e')
show(10**400, 'f')
show(0x110000, 'c')
show(-1, 'c')
show(0x10FFFF, 'c')
show(233, 'c')
show(65, 'c')
show(True, '')
show(True, 'd')
show(True, '5')
show(True, 's')
show(False, '#x')
print(f'{12345:,}', f'{255:#06x}', f'{-5:+d}', f'{3:>{4}}', f'{2**64:_}')
print('{:,}'.format(10**12), '{:>8b}'.format(5), '{0:o} {0:x} {0:X}'.format(3054))
try:
    (5).__format__(3)
except TypeError as e:
    print('TypeError', e)
print((5).__format__(''), (5).__format__('03'))
