import sys
print(sys.get_int_max_str_digits())
x = 10**4299
print(len(str(x)), len(repr(-x)))
for e in [4300, 5000]:
    try:
        s = str(10**e)
        print('ok', len(s))
    except ValueError as err:
        print('ValueError', err)
try:
    int('9' * 4301)
except ValueError as err:
    print('ValueError', err)
print(len(str(int('9' * 4300))))
print(len(hex(10**5000)), len(bin(10**5000)), len(oct(10**5000)))
print(int('f' * 5000, 16) == 16**5000 - 1)
try:
    print(f'{10**5000:d}')
except ValueError as err:
    print('ValueError', err)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
print(len(str(int('7' * 20000))))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
try:
    str(10**5000)
except ValueError as err:
    print('ValueError', err)
try:
    sys.set_int_max_str_digits(100)
except ValueError as err:
    print('ValueError', err)
