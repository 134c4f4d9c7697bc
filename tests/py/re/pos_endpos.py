import re
p = re.compile(r'\w+')
s = 'hello world'
for args in [(0,), (3,), (6, 8), (-3,), (100,), (3, 2), (0, -1), (0, 100), (11,)]:
    print(args, p.search(s, *args), p.match(s, *args))
print(re.compile('^w').search(s, 6), re.compile(r'\bw').search(s, 6), re.compile('o$').search(s, 0, 5))
print(re.compile(r'(?<=o)w').search('ow', 1), re.compile(r'd\Z').search('dx', 0, 1))
m = p.search(s, 3, 8)
print(m.pos, m.endpos, m.string)
print(p.fullmatch(s, 6), p.fullmatch(s, 0, 5), p.findall(s, 2, 9), p.split if False else '')
print([x.span() for x in p.finditer(s, 2, 9)])
