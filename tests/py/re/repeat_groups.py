import re
m = re.match(r'(\d)+', '12345')
print(m.group(1), m.span(1), m.groups())
m = re.match(r'(?:(\d)|(x))*', '1x2')
print(m.groups(), m.span(1), m.span(2))
print(re.match(r'(a)*b', 'b').groups(), re.match(r'(a)*?b', 'aab').groups(), re.match(r'(ab)+?', 'abab').groups())
print(re.match(r'((a)|b)*', 'ba').groups(), re.match(r'(a|(b))*', 'ab').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a){0}b', 'b').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups(), re.match(r'(.{2,3}?)(.*)', 'abcdef').groups())
