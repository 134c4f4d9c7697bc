import re
print(re.findall(r'\w+(?=,)', 'a, bc, d'))
print(re.findall(r'\w+(?!,)\b', 'a, bc, d'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 and $345'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $12 and 345'))
print(re.search(r'(?<=ab|cd)x', 'cdx'), re.search(r'(?<=(a)b)c', 'abc').groups())
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?!a)\w', 'b'), re.match(r'(?!a)\w', 'a'))
print(re.search(r'(?<=a)', 'ba').span(), re.search(r'^(?<!a)', 'a'))
for p in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a{1,2})b', r'(?<=(a)\1)b']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)
print(re.search(r'(?<=a{2})b', 'aab'), re.search(r'(?<=\w\d)x', 'a1x'))
print(re.search(r'(?<=a)b', 'ab', 1))
