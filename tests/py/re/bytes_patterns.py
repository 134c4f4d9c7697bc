import re
print(re.findall(rb'\w+', b'hello world \xe9t\xe9'), re.findall(rb'\d', b'1\xb22'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'(?i)\xe9', b'\xc9'), re.search(rb'\s', b'a\x85b'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'), re.split(rb',', b'a,b'), re.subn(b'a', lambda m: b'bb', b'aa'))
print(re.match(b'a', bytearray(b'abc')), re.search(rb'b', memoryview(b'abc')))
print(re.compile(rb'\x41\101'), re.compile(rb'\x41\101').match(b'AA').span())
print(re.fullmatch(rb'[\x00-\xff]+', bytes(range(256))) is not None)
for p, s in [('a', b'a'), (b'a', 'a'), ('a', 5), (b'a', 5)]:
    try:
        re.match(p, s)
    except TypeError as e:
        print('TypeError', e)
for p in [rb'\u1234', rb'\N{DIGIT ONE}', rb'(?u)a']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)
print(re.sub(b'a', b'x', bytearray(b'aba')), type(re.sub(b'a', b'x', bytearray(b'aba'))))
m = re.search(rb'(?P<n>\d+)', b'abc 123')
print(m.group('n'), m.groupdict(), m, m.expand(rb'[\g<n>]'))
