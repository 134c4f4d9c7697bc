import unicodedata
texts = ['café', 'cafe\u0301', 'Å', 'A\u030a', 'ﬁ', '①', '²', 'ḍ̇', 'ḍ̇', 'q\u0307\u0323', '가', '\u1100\u1161\u11a8',
         '\u1e9b\u0323', 'Ω', 'K', '\u0344', 'ｶﾞ', '\u00bd', 'ǅ', '\u0f77', 'abc', '']
for t in texts:
    print(ascii(t), [ascii(unicodedata.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
try:
    unicodedata.normalize('NFX', 'a')
except ValueError as e:
    print('ValueError', e)
try:
    unicodedata.normalize('NFC', b'a')
except TypeError as e:
    print('TypeError', e)
s = 'x' * 10
print(unicodedata.normalize('NFC', s) is s)
