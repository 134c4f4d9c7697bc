import unicodedata
for c in 'a A é € \u0300 😀 中 가 힣 \uf900 𛅰 \U0002a6d6 ﷺ'.split(' '):
    print(ascii(c), unicodedata.name(c))
print(unicodedata.name('\n', 'no name'), unicodedata.name('\ue000', None))
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError', e)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-4E2D',
          'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'SNOWMAN', 'ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM']:
    print(n, ascii(unicodedata.lookup(n)))
for n in ['NOT A NAME', 'cjk unified ideograph-4e2d', 'HANGUL SYLLABLE', 'LATIN SMALL LETTER', '', 'CJK UNIFIED IDEOGRAPH-FFFF']:
    try:
        unicodedata.lookup(n)
    except KeyError as e:
        print('KeyError', e)
print(all(unicodedata.lookup(unicodedata.name(chr(cp))) == chr(cp)
          for cp in range(0x20, 0x3000, 3) if unicodedata.name(chr(cp), None)))
