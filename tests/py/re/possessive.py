import re
print(re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aab'))
print(re.match(r'a++', 'aaa'), re.match(r'a?+a', 'a'), re.match(r'a{1,2}+a', 'aaa'))
print(re.match(r'(?:ab)*+ab', 'abab'), re.match(r'(?:ab)*+c', 'ababc'))
print(re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?>ab|a)c', 'abc'))
print(re.match(r'(?>(a+))b', 'aab').groups())
print(re.findall(r'\d++\.', '12. 345 6.'))
print(re.match(r'(\w)*+\d', 'ab1'))
