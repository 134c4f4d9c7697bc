import re
# long inputs run on the heap stack, not the C stack
s = 'a' * 200000
print(len(re.match(r'(?:a|b)*', s).group()), len(re.match(r'(a|b)*?$', s).group()))
print(len(re.match(r'(?:(a))*', s).group()), re.match(r'(?:a*)*b', 'a' * 20))
print(len(re.findall(r'a', s)), len(re.sub(r'a', 'bb', s)), len(re.split(r'a', s)))
print(re.fullmatch(r'(?:a(?=a)|a)*', 'a' * 1000) is not None)
