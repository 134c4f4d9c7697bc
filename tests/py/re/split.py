import re
print(re.split(r'\s+', 'a b  c\td'), re.split(r'(\s+)', 'a b  c'), re.split(r',', 'a,b,,c,'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.I), re.split(r'(a)|b', 'xaybz'))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('', 'abc'), re.split('(?=b)', 'abab'))
print(re.split(r'(?:a)', ''), re.split('a', ''), re.split('(a)(b)?', 'xay'), re.split('a', 'a', -1))
print(re.compile(',').split('1,2,3', maxsplit=1))
