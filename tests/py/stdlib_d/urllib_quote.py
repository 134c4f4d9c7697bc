from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, urlencode
print(quote('/path with space/ü'), quote('a&b=c', safe='&='), quote('~-._'), quote('%'), quote('a+b'), quote(b'a b+c'), quote('é', encoding='latin-1'), quote('\u20ac', errors='strict'))
print(quote_plus('a b&c=d/e'), quote_plus('a b', safe='/'), quote_plus(b'x y'), quote_plus(''), quote_from_bytes(b'/a b', safe=b'/'))
print(unquote('%7e%7E'), unquote('%C3%A9%C3'), unquote('%e9', encoding='latin-1'), unquote('abc'), unquote(''), unquote_plus('a+b+%2B'), unquote_to_bytes(b'%00%FF'), unquote_to_bytes(''))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    quote_from_bytes('str')
except TypeError as e:
    print('TypeError', e)
print(urlencode({}), urlencode([('a', 1), ('a', 2)]), urlencode({'k': b'v w'}), urlencode({'k': ('x', 'y')}, doseq=True), urlencode({'k': 'é'}, encoding='latin-1'), urlencode({b'k': 3}))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
