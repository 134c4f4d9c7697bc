import re
p = re.compile(r'(?P<a>\d)(x)?', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a'), re.compile('a\nb'), re.compile(b'\x00a'), re.compile("it's"), re.compile('a', re.X | re.S | re.A))
print(p.match('1x'), p.match('a1', 1), p.match('a1', 0), p.search('ab12', 2, 3), p.search('ab12', 0, 2))
print(p.fullmatch('1x'), p.fullmatch('1xy'), p.fullmatch('1xy', 0, 2), p.match('1', pos=0, endpos=1))
print(re.compile(p) is p, re.compile('abc') == re.compile('abc'), re.compile('abc') == re.compile('abd'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a', re.I) == re.compile('a'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(p.match('1')).__name__, isinstance(p, re.Pattern))
print(p.search('zz 5 zz').group('a'), p.match('x') is None)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
