import re
p = re.compile(r'\d+|\s+|[a-z]+')
s = p.scanner('abc 12 de')
print([m.group() for m in iter(s.match, None)])
s = re.compile('b').scanner('abcb')
print(s.search(), s.search(), s.search())
