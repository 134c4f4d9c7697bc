import unicodedata
for c in '0٣५๙²①½Ⅻ〇a五万':
    print(ascii(c), unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
for f, name in [(unicodedata.decimal, 'decimal'), (unicodedata.digit, 'digit'), (unicodedata.numeric, 'numeric')]:
    try:
        f('a')
    except ValueError as e:
        print(name, 'ValueError', e)
print(unicodedata.decimal('x', -1), unicodedata.numeric('⅓'), unicodedata.numeric('𐹻'))
