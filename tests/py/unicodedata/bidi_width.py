import unicodedata
for c in 'aא١ 1+$,\u0300\u202a\u2066\n\t!€中ｱＡ¡\u0000😀':
    print(ascii(c), repr(unicodedata.bidirectional(c)), unicodedata.east_asian_width(c), unicodedata.mirrored(c))
print(unicodedata.bidirectional('\U000E0000'), unicodedata.mirrored('('), unicodedata.mirrored('«'))
