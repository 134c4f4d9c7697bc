# The codecs that are not text encodings: hex, base64, rot13; punycode and idna.
import codecs

print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex_codec'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.lookup('hex').name, codecs.lookup('base64').name, codecs.lookup('rot13').name)
for call in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'),
             lambda: 'x'.encode('base64')]:
    try:
        call()
    except LookupError as e:
        print('LookupError', e)
for word in ['bücher', 'München', 'abc', 'ü', '日本語', 'Bahnhof-Straße']:
    p = word.encode('punycode')
    print(p, p.decode('punycode') == word)
for host in ['bücher.example', 'www.Пример.рф', 'plain.org', 'a.b.']:
    enc = host.encode('idna')
    print(enc, enc.decode('idna'))
print(codecs.decode(b'xn--bcher-kva', 'idna'))
