def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, 127, 128, 255, 256, 65535, 2**64 - 1, 2**100]:
    n = max(1, (v.bit_length() + 7) // 8)
    print(v, v.to_bytes(n, 'big'), v.to_bytes(n, 'little'), v.to_bytes(n + 2, 'big'))
for v in [0, 1, -1, 127, -128, 128, -129, 2**63 - 1, -(2**63), -(2**100)]:
    n = (v + (v < 0)).bit_length() // 8 + 1
    print(v, v.to_bytes(n, 'big', signed=True), v.to_bytes(n + 1, 'little', signed=True))
show(lambda: (255).to_bytes())
show(lambda: (256).to_bytes(1, 'big'))
show(lambda: (128).to_bytes(1, 'big', signed=True))
show(lambda: (-129).to_bytes(1, 'big', signed=True))
show(lambda: (-128).to_bytes(1, 'big', signed=True))
show(lambda: (-1).to_bytes(1, 'big'))
show(lambda: (1).to_bytes(-1, 'big'))
show(lambda: (1).to_bytes(1, 'middle'))
show(lambda: (1).to_bytes(1, 5))
show(lambda: (1).to_bytes(1, 'big', True))
show(lambda: (0).to_bytes(0, 'big'))
show(lambda: (1).to_bytes(0, 'big'))
show(lambda: (1).to_bytes(length=2, byteorder='little'))
show(lambda: (-1).to_bytes(0, 'big', signed=True))
show(lambda: int.from_bytes(b'\x00\x01', 'big'))
show(lambda: int.from_bytes(b'\x00\x01', 'little'))
show(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
show(lambda: int.from_bytes(b'\xff\x7f', 'little', signed=True))
show(lambda: int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
show(lambda: int.from_bytes(b'\x01' * 20, 'little'))
show(lambda: int.from_bytes(b'', 'big', signed=True))
show(lambda: int.from_bytes(b'\xff'))
show(lambda: int.from_bytes(bytearray(b'\x01\x02'), 'big'))
show(lambda: int.from_bytes([1, 2, 3], 'big'))
show(lambda: int.from_bytes([256], 'big'))
show(lambda: int.from_bytes('ab', 'big'))
show(lambda: int.from_bytes(b'\x01', 'wrong'))
show(lambda: int.from_bytes(b'\x01', 'big', True))
show(lambda: bool.from_bytes(b'\x01', 'big'))
show(lambda: bool.from_bytes(b'\x00', 'big'))


class MyInt(int):
    pass


r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
show(lambda: int.from_bytes(memoryview(b'\x01\x02'), 'big'))
show(lambda: int.from_bytes(5, 'big'))
show(lambda: int.from_bytes(1.5, 'big'))
show(lambda: int.from_bytes((1, 2), 'little'))
show(lambda: int.from_bytes(iter([255, 0]), 'little', signed=True))
show(lambda: int.from_bytes(['a'], 'big'))


class HasBytes:
    def __bytes__(self):
        return b'\x01\x00'


show(lambda: int.from_bytes(HasBytes(), 'big'))
show(lambda: int(memoryview(b'123')))
show(lambda: int(memoryview(b'1x')))
show(lambda: int(memoryview(b'ff'), 16))
