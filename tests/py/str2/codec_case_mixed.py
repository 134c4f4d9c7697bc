# Latin-1 and case mapping over long mixed text, namereplace, surrogatepass.
import random
random.seed(3)
alphabet = 'aZ é\xff\x80ßΣσς€İıǅ😀\u0345.'
text = ''.join(random.choice(alphabet) for _ in range(3000))
for m in ('upper', 'lower', 'casefold', 'title', 'swapcase', 'capitalize'):
    r = getattr(text, m)()
    print(m, len(r), r[:60], r[-40:], sum(map(ord, r)))
latin = bytes(range(256)) * 3
s = latin.decode('latin-1')
print(len(s), s == ''.join(map(chr, latin)), s.encode('latin-1') == latin)
print(text.encode('latin-1', 'replace')[:80])
print(text.encode('latin-1', 'ignore')[-40:])
print(text.encode('ascii', 'namereplace')[:200])
print('\ue000\U000e0100\x85'.encode('ascii', 'namereplace'))
print('é€'.encode('utf-16-le', 'namereplace') == 'é€'.encode('utf-16-le'))
for data, enc in ((b'a\xed\xa0\x80b', 'utf-8'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\xd8\x00\x00a', 'utf-16-be'),
                  (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xed\xa0', 'utf-8'), (b'\xff', 'utf-8')):
    try:
        print(ascii(data.decode(enc, 'surrogatepass')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
for handler in ('xmlcharrefreplace', 'namereplace'):
    try:
        b'\xff'.decode('utf-8', handler)
    except TypeError as e:
        print('TypeError', e)
