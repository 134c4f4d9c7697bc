import re
print(re.findall(r'(?<=[0-9]{3})x', '123x 12x 1234x'), re.findall(r'(?<!\d)x', '1x ax x'))
print(re.sub(r'(?<=\w)(?=(\w{3})+\b)', ',', '1234567'), re.findall(r'(?<=^|,)\w+', 'a,b,c'))
print(re.search(r'(?<=\bfoo)bar', 'foobar'), re.search(r'(?<=(?:ab|cd))e', 'cde').span())
print(re.search(r'(?<=a(?=b)b)c', 'abc'), re.search(r'(?<!a(?=b)b)c', 'abc'))
print(re.findall(r'(?<=(.))x', 'axbx'), re.search(r'(?<=\n)\w', 'a\nb').group())
