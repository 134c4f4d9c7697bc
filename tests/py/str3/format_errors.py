# str.format and % corner cases: huge field numbers, __int__ before
# __index__, str subclasses with __str__, qualified type names in messages.
import array

for fmt, args in [('{' + '9' * 30 + '}', ()), ('{[' + '9' * 30 + ']}', ([0],)),
                  ('{9223372036854775808}', (1,)), ('{0!}', (1,)), ('{0!rs}', (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Both:
    def __int__(self):
        return 7
    def __index__(self):
        return 9
print('%d %i %u %x %o' % (Both(), Both(), Both(), Both(), Both()))

class Raising:
    def __int__(self):
        raise RuntimeError('int')
    def __index__(self):
        raise RuntimeError('index')
for conv in 'dix':
    try:
        ('%' + conv) % Raising()
    except RuntimeError as e:
        print(conv, 'RuntimeError', e)

class S(str):
    def __str__(self):
        return 'overridden'
s = S('xxx')
print('%s' % s, '{}'.format(s), '{:}'.format(s), format(s), f'{s}', '{:>4}'.format(s))
print(type('abc'.__getnewargs__()[0]), 'abc'.__getnewargs__()[0] == 'abc')

for v in [array.array('b')]:
    for f in [lambda: 'x' + v, lambda: '%d' % v, lambda: ''.join([v]),
              lambda: 'x'.startswith(v), lambda: 'a' * v, lambda: str.strip('a', v)]:
        try:
            f()
        except TypeError as e:
            print(e)

for spec in [',,', '__', ',_', '_,']:
    try:
        format(1234, spec)
    except ValueError as e:
        print(spec, 'ValueError', e)

for args in [bytearray(b'1'), b'1', memoryview(b'1')]:
    try:
        print(b'no format' % args)
    except TypeError as e:
        print(type(args).__name__, 'TypeError', e)

import sys
for fmt, args in [('%.*d', (sys.maxsize, 1)), ('%.*f', (2 ** 31, 1.0)),
                  ('%.2147483648d', (1,)), ('%.2147483647d', ()), ('%*d', ('x', 1))]:
    try:
        print(len(fmt % args))
    except (OverflowError, ValueError, TypeError) as e:
        print(fmt, type(e).__name__, e)
