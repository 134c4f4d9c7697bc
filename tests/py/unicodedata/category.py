import unicodedata
for c in 'aA1 \n_é€\u0300\u2028\ud800\ue000\U0010ffff\u0378٣Ⅻ½\u00ad😀':
    print(ascii(c), unicodedata.category(c))
for bad in [5, 'ab', '', b'a']:
    try:
        unicodedata.category(bad)
    except TypeError as e:
        print('TypeError', e)
