import re
s = 'aaaa'
for p in ['a*', 'a+', 'a?', 'a{2}', 'a{2,3}', 'a{,3}', 'a{2,}', 'a*?', 'a+?', 'a??', 'a{2,3}?', 'a{,}', 'a{0}']:
    print(p, re.match(p, s))
print(re.match('a{', 'a{'), re.match('a{1', 'a{1'), re.match('a{1,2', 'a{1,2'), re.match('a{x}', 'a{x}'))
print(re.match(r'(ab)*c', 'ababc').groups(), re.match(r'(ab)*?c', 'ababc'))
print(re.match(r'(a|b)*?c', 'abac').group(1))
print(re.match(r'<.*>', '<a><b>'), re.match(r'<.*?>', '<a><b>'))
print(re.match(r'(?:a|b){3,5}', 'ababab'), re.match(r'(?:a|b){3,5}?', 'ababab'))
print(re.match(r'(?:)*', 'x'), re.match(r'()*', 'x').groups(), re.match(r'(a*)+', 'b').groups())
print(re.match(r'(a*)*', 'aa').groups(), re.match(r'(a|)*b', 'aab'))
print(re.match('x{1000}', 'x' * 1000).end(), re.match('(?:xy){100,}', 'xy' * 150).end())
