# numeric literals: bases, underscores, floats, imaginary, big ints, and bad forms
print(0b1010, 0o777, 0xDEAD_beef, 1_000, 0_0, 00, 0b_1, 0O7, 0X1f)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0.0, 1.5e+2)
print(1j, 1.5J, 1e3j, 0j, 1_0j, (1+2j).real, (3-4j).imag, abs(3+4j))
print(2 ** 100, 0xFFFFFFFFFFFFFFFFFFFF, -0x8000_0000_0000_0000, 10 ** 30 // 7)
print(123456789012345678901234567890 * 2, int('9' * 25) + 1)
print(type(1), type(1.0), type(1j), type(2 ** 64), 0.1 + 0.2 == 0.3)
for bad in ['0777', '1__0', '1_', '0x', '0b2', '0o8', '1e', '1.e+', '09.5' if False else '0_7_', '1_e3', '0x_', '5j_', '1.2.3']:
    try:
        print(bad, '->', eval(bad))
    except SyntaxError as e:
        print(bad, '->', e.msg)
print(09.5, 00.5, 0e0, 0_0.0)
print(1if 1else 2, [0x1for x in 'a'] if False else 'skip')
print(int('0b101', 0), int('0o17', 0), int('0x1F', 0), int('1_000'), float('1_0.5'))
