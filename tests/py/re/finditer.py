import re
for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m.span(), m.groups(), m.group())
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), list(it))
p = re.compile('o')
print([m.start() for m in p.finditer('foo boo', 2)], [m.start() for m in p.finditer('foo boo', 0, 5)])
print([m.span() for m in re.finditer('', 'ab')], [m.span() for m in re.finditer('a|', 'bab')])
m = list(re.finditer('b', 'abc', ))[0]
print(m.pos, m.endpos, m.string, m.re)
try:
    re.finditer('a', 5)
except TypeError as e:
    print('TypeError', e)
