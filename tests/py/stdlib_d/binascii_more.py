import binascii
print(binascii.hexlify(b''), binascii.hexlify(bytearray(b'\xde\xad')), binascii.b2a_hex(b'\x01\x02\x03\x04\x05', '|', -2), binascii.b2a_hex(b'\x01\x02\x03', b' ', 1))
print(binascii.unhexlify(b'DEADbeef'), binascii.a2b_hex(''), binascii.crc32(b''), binascii.crc32(b'a' * 1000), binascii.crc_hqx(b'', 0x1234), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'\xff' * 5), binascii.a2b_base64(b''), binascii.a2b_base64('QUJD\n'), binascii.a2b_base64(b'QU=JD'), binascii.a2b_base64(b'QUJD===='))
for bad in [b'QUJ', b'Q', b'QUJDR']:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print('Error', e)
for bad in [b'QUJD=', b'=QUJD', b'QU=JD', b'QUJ!']:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print('Error', e)
try:
    binascii.hexlify('text')
except TypeError as e:
    print('TypeError', e)
try:
    binascii.unhexlify('é')
except ValueError as e:
    print('ValueError', e)
