# base64 and hex decoding agree with CPython on clean and messy input
import binascii, random

rng = random.Random(1234)
alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def attempt(f):
    try:
        return f().hex()
    except binascii.Error as e:
        return 'Error: %s' % e

for n in range(0, 40):
    data = bytes(rng.randrange(256) for _ in range(n))
    enc = binascii.b2a_base64(data, newline=False)
    assert binascii.a2b_base64(enc) == data and binascii.a2b_base64(enc, strict_mode=True) == data
    print(n, enc.decode())
for i in range(120):
    n = rng.randrange(0, 14)
    text = bytes(rng.choice(alphabet + b'====\n :') for _ in range(n))
    print(text, attempt(lambda: binascii.a2b_base64(text)),
          attempt(lambda: binascii.a2b_base64(text, strict_mode=True)))
for text in [b'00ff', b'00FF', b'0g', b'0', b' 00', b'', b'abcdef12']:
    print(text, attempt(lambda: binascii.a2b_hex(text)))
big = bytes(range(256)) * 50
print(binascii.a2b_base64(binascii.b2a_base64(big)) == big, len(binascii.b2a_base64(big)))
print(binascii.unhexlify(binascii.hexlify(big)) == big)
