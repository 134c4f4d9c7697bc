# binascii: uuencode, quoted-printable and strict base64
import binascii

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for data in [b'', b'a', b'abc', b'hello world', bytes(range(45))]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.a2b_uu(enc) == data, binascii.b2a_uu(data, backtick=True))
show('uu empty', lambda: binascii.a2b_uu(b''))
show('uu too long', lambda: binascii.b2a_uu(bytes(46)))
show('uu illegal', lambda: binascii.a2b_uu(b'!\x01'))
show('uu garbage', lambda: binascii.a2b_uu(b'!86)C!!!'))
show('uu str', lambda: binascii.a2b_uu('#86)C'))
show('uu b2a str', lambda: binascii.b2a_uu('abc'))

for data in [b'hello=world', b'tab\tend\t', b'line \nnext', b'caf\xc3\xa9', b'.\n', b'a' * 80,
             b'x\r\ny \r\n', b'under_score here', b'\x00\x7f']:
    print(binascii.b2a_qp(data), binascii.b2a_qp(data, quotetabs=True), binascii.b2a_qp(data, header=True),
          binascii.b2a_qp(data, istext=False))
for data in [b'=\nAB', b'=\r\nAB', b'=\rAB', b'=\rAB\nCD', b'=AB', b'=A', b'==', b'=XY', b'a_b', b'soft=\n']:
    print(data, binascii.a2b_qp(data), binascii.a2b_qp(data, header=True))

for data in [b'ab==', b'ab==a', b'ab===', b'abc=a', b'\nab==', b'a\nb==', b'=', b'ab=c=', b'abcd=', b'YWJj']:
    show(repr(data), lambda: (binascii.a2b_base64(data), binascii.a2b_base64(data, strict_mode=True)))
show('one extra', lambda: binascii.a2b_base64(b'abcde'))
show('padding', lambda: binascii.a2b_base64(b'abc'))
show('non-ascii str', lambda: binascii.a2b_base64('é'))
show('noncontiguous', lambda: binascii.b2a_hex(memoryview(bytearray(b'abcd'))[::-2]))
show('list', lambda: binascii.b2a_base64([1]))
