import base64, binascii
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b16encode(d)[:20], base64.urlsafe_b64encode(d), base64.a85encode(d), base64.b85encode(d), base64.b32hexencode(d))
    assert base64.a85decode(base64.a85encode(d)) == d and base64.b85decode(base64.b85encode(d)) == d
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8=', altchars='-_'), base64.b64decode(b'Zm9v\nYmFy'), base64.urlsafe_b64decode('-_8='), base64.b64decode('Zm9vYg'+'=='))
for bad in [b'Zm9vY', b'Zm9v!YmFy', b'Zg=', b'=Zm9v']:
    for v in (False, True):
        try: print(base64.b64decode(bad, validate=v))
        except binascii.Error as e: print('Error', e)
try: base64.b64encode('str')
except TypeError as e: print(e)
print(base64.b16decode('666F6F'), base64.b16decode(b'666f6f', casefold=True), base64.b32decode('mzxw6===', casefold=True))
try: base64.b16decode('666f6f')
except binascii.Error as e: print(e)
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'), base64.a85encode(b'hello world', adobe=True), base64.a85encode(b'    ', foldspaces=True), base64.a85encode(b'\0\0\0\0'))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.unhexlify('01AB'), binascii.b2a_hex(b'abc', b':', 2), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello')), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'abc', 0xffff))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.a2b_base64('YWJj'), binascii.a2b_base64(b'YW\nJj\n'))
for bad in ['0', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print('Error', e)
print(issubclass(binascii.Error, ValueError), binascii.b2a_qp(b'hello = world\t\n'), binascii.a2b_qp(b'hello =3D world=\n'))
