import re
p1 = re.compile('abc')
p2 = re.compile('abc')
print(p1 == p2, p1.pattern, re.compile('abc', re.I) == p1)
re.purge()
print(re.compile('abc') == p1, re.match('abc', 'abc').re == p1)
for i in range(600):
    re.compile('x%d' % i)
print(re.match('x599', 'x599').group(), re.match('x0', 'x0').group())
