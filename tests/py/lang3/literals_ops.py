# numeric and string literals, operators, slices, f-string formats
print(0x_ff, 0o_17, 0b_101, 1_000_000, 1_0.5_0, 1e1_0, 0xFFFF_FFFF_FFFF_FFFF_FF, 00, 0_0, 1J, 1.5e-3j, .5, 5., 1E5)
print('\x41\101\u00e9\U0001F600\a\b\f\v\0end'.encode('utf-8'))
print(b'\x41\101\n', rb'\n', Rb'\x', BR'a', u'uni', R'\d')
print('\
continued', "a" 'b' """c""" '''d''')
print('%s %r %5.2f %-4d| %x %o %e %c %%' % ('s', 'r', 3.14159, 42, 255, 8, 12345.678, 65))
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 10 // -3, -7 % 3, 7 % -3)
print(~5, ~-1, 1 << 70, -1 >> 100, 5 & -2, 5 | 8 ^ 3, True + True, 3 * 'ab', [0] * -1)
print(1 if 0 else 2 if 0 else 3, (lambda: (yield))  and 'lam', not not [], [] or {} or 0 or 'last', 0 and 1)
print(type(1e400), 1e400, -1e400, 1e-400, 0.1 + 0.2, 1/3, 2**0.5, 10**20, 10.0**20, 1e16, 123456789012345678.0)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), int('  12  '), float(' -1.5e3 '))
print(0.0 == -0.0, repr(-0.0), 5 // 0.3, 5 % 0.3, divmod(-7, 2), divmod(7.5, -2))
x = [1, 2, 3, 4, 5]
print(x[::-1], x[-2:], x[:-2], x[1:4:2], x[10:], x[-10:2], x[::2][::-1], x[slice(None, None, -2)])
print('abc'[-1], 'abcdef'[1::2], (1, 2, 3)[::-1], range(10)[2:8:3], 'é€𝄞'[::-1])
print(f'{1:>{2}}', f'{"a"!r:^5}', f"{'q'}", f'''{'"'}''', f'{3.0:g}', f'{1e20:,.0f}', f'{12:c}' if False else '')
print(f'{10:#06x} {-5:08.2f} {"x":*^9} {1234.5:_} {0.25:%} {1e-7:.2g} {True!r} {None!s}')
a = 3
print(f'{a = }', f'{a+1=:>4}', f'{ a = !r}', f"{a!r:>{a}}")
print(f'{"nested" + f"{a}"}')
print(0 or None, None is None, type(...).__name__, ... is Ellipsis)
print(*[1, 2], *'ab', sep='-')
print({**{'a': 1}, 'b': 2, **{'a': 3}}, [*range(3), *()], {*'aa', *'b'} == {'a', 'b'}, (*'xy',))
