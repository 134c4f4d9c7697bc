import re
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall(r'a*', 'baaac'), re.findall(r'(a)|b', 'ab'), re.findall('', 'ab'))
print(re.findall(r'(?:a)(b)?', 'aab'), re.findall(r'((a)(b))', 'abab'))
p = re.compile(r'\w+')
print(p.findall('ab cd ef', 3), p.findall('ab cd ef', 0, 4), p.findall('ab cd ef', 10), p.findall('ab cd', -5, 100))
print(re.findall(r'[aeiou]', 'The quick brown fox', re.I))
print(len(re.findall(r'\w', 'x' * 10000)))
