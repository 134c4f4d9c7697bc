# abs, divmod, pow (3 args), round, bin/oct/hex, chr/ord and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: abs(-5)), t(lambda: abs(-2.5)), t(lambda: abs(3 + 4j)), t(lambda: abs('x'))
t(lambda: divmod(7, -2)), t(lambda: divmod(-7.5, 2)), t(lambda: divmod(1, 0)), t(lambda: divmod(1.0, 0.0))
t(lambda: divmod('a', 1))
t(lambda: pow(3, 4, 5)), t(lambda: pow(3, -1, 7)), t(lambda: pow(3, -1, 6)), t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5)), t(lambda: pow(2, 0.5)), t(lambda: pow(-8, 1 / 3)), t(lambda: pow(0, -1))
t(lambda: pow(base=2, exp=10)), t(lambda: pow(2, 10, mod=7)), t(lambda: pow(10**20, 10**20, 10**9 + 7))
t(lambda: round(2.5)), t(lambda: round(3.5)), t(lambda: round(-0.5)), t(lambda: round(2.675, 2))
t(lambda: round(12345, -2)), t(lambda: round(15, -1)), t(lambda: round(25, -1)), t(lambda: round(1.5, None))
t(lambda: round(float('inf'))), t(lambda: round(float('nan'))), t(lambda: round(float('inf'), 2))
t(lambda: round('x')), t(lambda: round(1.25, 1)), t(lambda: round(-1.5)), t(lambda: round(5, 2))
t(lambda: round(1e300, -300)), t(lambda: round(123.456, -1)), t(lambda: round(True))
t(lambda: bin(-5)), t(lambda: oct(8)), t(lambda: hex(-255)), t(lambda: hex(2**70)), t(lambda: bin(0))
t(lambda: hex(1.5)), t(lambda: oct('x')), t(lambda: bin(True))
t(lambda: chr(0x110000)), t(lambda: chr(-1)), t(lambda: chr(65)), t(lambda: chr(0x1F600)), t(lambda: chr('a'))
t(lambda: chr(2**70))
t(lambda: ord('ab')), t(lambda: ord('')), t(lambda: ord(b'a')), t(lambda: ord(bytearray(b'z'))), t(lambda: ord(1))
t(lambda: ord('\U0001F600'))
class I:
    def __index__(self):
        return 10
t(lambda: hex(I())), t(lambda: bin(I())), t(lambda: chr(I() * 7))
