import unicodedata
for t in ['café', 'cafe\u0301', 'ﬁ', 'abc', '가', '\u1100\u1161', 'a\u0323\u0307', 'a\u0307\u0323']:
    print(ascii(t), [unicodedata.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
try:
    unicodedata.is_normalized('nfc', 'a')
except ValueError as e:
    print('ValueError', e)
