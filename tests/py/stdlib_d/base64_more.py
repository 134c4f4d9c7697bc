import base64, binascii
print(base64.b32decode('MZXW6YQ='), base64.b32decode('mzxw6yq=', casefold=True), base64.b32decode('MZXW6YQ=', map01='L') if False else '', base64.b32hexdecode('CPNMUOG='))
for bad in ['MZXW6YQ', 'MZXW6Y!=', '========']:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print('Error', e)
print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), base64.a85decode('z'), base64.a85decode(b'y', foldspaces=True), base64.b85decode(b'VPa!sWoBn+X=-b1'))
for bad in [lambda: base64.a85decode(b'zz!!'), lambda: base64.a85decode(b'~'), lambda: base64.b85decode(b'|NsC0~'), lambda: base64.a85decode(b'abc', adobe=True)]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
print(base64.a85encode(b'x' * 30, wrapcol=10), base64.a85encode(b'abc', pad=True), base64.b85encode(b'abc', pad=True))
print(base64.standard_b64encode(b'\xff\xee'), base64.standard_b64decode(b'/+4='), base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'abc')))
try:
    base64.b64decode('é')
except ValueError as e:
    print('ValueError', e)
print(base64.b16encode(b'\x00\xff'), base64.b64decode(b'YWJj', validate=True), base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.urlsafe_b64decode(b'-_-_'))
