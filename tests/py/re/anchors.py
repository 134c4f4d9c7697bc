import re
s = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.search(r'\Aone', s), re.search(r'\Atwo', s, re.M), re.search(r'three\Z', s), re.search(r'three\n\Z', s))
print(re.search('a$', 'a\n'), re.search('a$', 'a\nb'), re.search('$', 'a\n').span(), re.findall('$', 'a\n'))
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'), re.findall(r'\Bo\B', 'foo boo o'))
print(re.findall(r'\b', 'ab cd'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall(r'\bé\w*', 'été ça'), re.findall(r'\bé\w*', 'été ça', re.A))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M))
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1))
