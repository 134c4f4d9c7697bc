import re
print(re.match(r'(a+)+$', 'a' * 12 + 'b'))
print(re.match(r'(a|aa)+$', 'a' * 12 + 'b') is None)
print(re.match(r'(x+x+)+y', 'x' * 10) is None)
print(len(re.match(r'(a|b)*', 'ab' * 50000).group()))
print(len(re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').group()))
print(len(re.findall(r'(a)*?b', 'a' * 5000 + 'b')[0]))
print(re.match(r'((a)*)*b', 'a' * 8) is None)
