# %d / %s / %r of small ints with every flag, and of int subclasses and bools.
class I(int):
    def __str__(self):
        return 'I-str'
    def __repr__(self):
        return 'I-repr'
vals = [0, 1, -1, 7, -42, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 10**20, True, False, I(5)]
for v in vals:
    print('%d|%i|%u|%s|%r|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%a' % (v, v, v, v, v, v, v, v, v, v, v, v, v))
    print('%(k)d %(k)s' % {'k': v}, '%*d|%-*s|' % (4, v, 6, v), '%.1s' % v)
