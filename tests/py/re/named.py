import re
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?')
m = p.match('Jane Doe')
print(m.group('first'), m['last'], m.groupdict(), m.groupdict('none'))
print(m.lastgroup, m.start('last'), m.span('first'))
print(p.groupindex, p.groups, sorted(p.groupindex.items()))
print(re.match(r'(?P<x>a)(?P=x)', 'aa'), re.match(r'(?P<x>a)(?P=x)', 'ab'))
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').lastgroup)
try:
    p.groupindex['z'] = 1
except TypeError as e:
    print('TypeError')
