import re
m = re.match(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.groups('-'), m.group(0, 1, 2, 3), m[1], m[3])
print(m.span(2), m.start(2), m.end(2), m.regs)
m = re.match(r'((a)|b)+', 'ab')
print(m.groups(), m.lastindex)
m = re.match(r'(?:(a)|(b))*', 'abab')
print(m.groups(), m.span(1), m.span(2), m.lastindex)
for bad in [5, -1, 'x', 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match('(a)(b)', 'ab').lastindex, re.match('(a(b))', 'ab').lastindex, re.match('a', 'a').lastindex)
