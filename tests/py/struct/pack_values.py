import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 7

t(lambda: struct.pack('c', bytearray(b'a')))
t(lambda: struct.pack('s', bytearray(b'a')))
t(lambda: struct.pack('3s', b'abcdef'))
t(lambda: struct.pack('5p', b'ab'))
t(lambda: struct.pack('0s', b'abc'))
t(lambda: struct.pack('p', b'abc'))
t(lambda: struct.pack('300p', b'a' * 400)[:3])
t(lambda: struct.pack('?', []))
t(lambda: struct.pack('@?', 2))
t(lambda: struct.pack('i', True))
t(lambda: struct.pack('i', I()))
t(lambda: struct.pack('2x'))
t(lambda: struct.pack(' i  h ', 1, 2))
t(lambda: struct.pack('<2i', 1, 2))
t(lambda: struct.pack('d', 1))
t(lambda: struct.pack('d', I()))
t(lambda: struct.pack('>d', -2.5))
t(lambda: struct.pack('<f', 0.1))
t(lambda: struct.pack('f', 1e300))
t(lambda: struct.pack('@ci', b'x', 1))
t(lambda: struct.pack('=ci', b'x', 1))
t(lambda: struct.pack('>hcq', 1, b'a', -2))
t(lambda: struct.pack('!IH', 0xdeadbeef, 0xabcd))
t(lambda: struct.pack(b'<h', 5))
t(lambda: struct.unpack('<3sx?', b'abc\x00\x01'))
t(lambda: struct.unpack('?', b'\x02'))
t(lambda: struct.unpack('5p', b'\x09abcd'))
t(lambda: struct.unpack('<hHbBiIqQ', struct.pack('<hHbBiIqQ', -1, 65535, -128, 255, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
t(lambda: struct.unpack('>hHbBiIqQ', struct.pack('>hHbBiIqQ', -1, 65535, -128, 255, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
t(lambda: struct.unpack('<f', struct.pack('<f', 0.1)))
t(lambda: struct.unpack('>d', struct.pack('>d', 1e300)))
t(lambda: struct.unpack('i', memoryview(b'abcd')))
t(lambda: struct.unpack('i', bytearray(b'abcd')))
t(lambda: struct.unpack(b'<h', b'ab'))
