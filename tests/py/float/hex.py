# float.hex / float.fromhex
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, 1.5, -2.0, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 3.0, 1/3]:
    h = v.hex()
    print(h, float.fromhex(h))
texts = ['0x1p0', '0X1.8P+1', ' -0x1.ffffffffffffffp1023 ', '0x1p1024', '0x1.fffffffffffff8p1023', '1p-1074',
         '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', 'inf', '-Infinity', 'nan', '0x.8', '0x8.', 'a',
         '0x', '0xp1', '0x1p', '0x1.8p+', 'zz', '', '0x1_0', '0x0.0000000000000000000001p0',
         '0x123456789abcdef123p0', '0x1.000000000000080000000001p0', '0x1.00000000000008p0',
         '0x1.00000000000018p0', '0x1p-2000', '0x1p+99999999999999999999', '1.8']
for t in texts:
    show(lambda: float.fromhex(t))
show(lambda: float.fromhex(1))
class F(float):
    pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
