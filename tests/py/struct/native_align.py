# native alignment and sizes against the standard ones
import struct

for fmt in ['b', 'h', 'i', 'l', 'q', 'n', 'P', 'e', 'f', 'd', '?', 'c', 's',
            'bh', 'bi', 'bq', 'bd', 'hq', 'ib', 'qb', 'cP', 'bhiq', 'qihb', '3sd', 'b0q', '0q', 'x0i', 'bb0h']:
    print(fmt, struct.calcsize(fmt), struct.calcsize('=' + fmt.replace('n', 'q').replace('P', 'q')),
          struct.calcsize('<' + fmt.replace('n', 'q').replace('P', 'q')))
print(struct.pack('bq', 1, 2), struct.pack('=bq', 1, 2), struct.pack('>bq', 1, 2))
print(struct.unpack('bq', struct.pack('bq', -1, -2)), struct.unpack('ci?', struct.pack('ci?', b'z', 7, True)))
print(struct.pack('@3sh', b'ab', 1), struct.pack('@h3s', 1, b'ab'), struct.calcsize('@3sh'))
print(struct.pack('nN', -5, 5), struct.unpack('nN', struct.pack('nN', -5, 5)))
print(struct.pack('10x'), struct.pack('2xh2x', 7), struct.calcsize('2xh2x'))
