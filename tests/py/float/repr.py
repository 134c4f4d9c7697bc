# float repr/str: shortest round-trip digits and CPython's switch to exponent form
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001,
        0.00012345, 123456789012345678.0, 1.5, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 0.0, -0.0, -1.5, 9007199254740993.0, 3.141592653589793,
        2.718281828459045, 1e100, 1.2345e-100, 4.35, 0.1 + 0.2, 123.456, 1e300 * 10,
        -1e300 * 10]
for v in vals:
    print(repr(v), str(v))
print(float('nan'), -float('nan'), float('inf'), float('-inf'))
print([1.0, 2.5], (0.5,), {1.25: 2.75})
x = 1.0
for i in range(30):
    print(repr(x), repr(-x / 3))
    x *= 7.3
