# every format character round-trips through pack and unpack in every byte order
import struct
import random
random.seed(3)

ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**31, 2**31 - 1),
          'L': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
ok = True
for order in '<>!=@':
    for code, (lo, hi) in ranges.items():
        for v in [lo, hi, 0, random.randint(lo, hi)]:
            fmt = order + code
            if struct.unpack(fmt, struct.pack(fmt, v))[0] != v:
                ok = False
                print('mismatch', fmt, v)
    for v in [0.0, -0.0, 1.5, -1e300, 3.141592653589793, float('inf')]:
        if struct.unpack(order + 'd', struct.pack(order + 'd', v))[0] != v:
            ok = False
        print(order, struct.unpack(order + 'f', struct.pack(order + 'f', v))[0],
              struct.unpack(order + 'e', struct.pack(order + 'e', min(abs(v), 65504.0)))[0])
    print(order, struct.pack(order + 'hiq', 1, 2, 3).hex(), struct.pack(order + '?c3s', True, b'x', b'yz').hex())
print(ok)
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0] != struct.unpack('<d', struct.pack('<d', float('nan')))[0])
for fmt in ['@n', '@N', '@P']:
    print(fmt, struct.unpack(fmt, struct.pack(fmt, 12345))[0])
