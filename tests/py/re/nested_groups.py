import re
m = re.match(r'((a)(b(c)))(d)?', 'abcd')
print(m.groups(), m.lastindex, [m.span(i) for i in range(6)])
m = re.match(r'(?P<outer>x(?P<inner>y)z)', 'xyz')
print(m.groupdict(), m.lastgroup, m.lastindex)
print(re.match(r'(((((((((((a)))))))))))', 'a').groups())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').span())
