import re
print(re.search(r'(\w)\1', 'abccd'))
print(re.findall(r'(\w+) \1', 'the the cat cat dog'))
print(re.match(r'(a*)b\1', 'aabaa'), re.match(r'(a*)b\1', 'aaba'))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(a)|\1', 'x'))
print(re.search(r'(a)?b\1', 'b'))
print(re.match(r'(a)(?:x\1)*', 'axaxa'))
