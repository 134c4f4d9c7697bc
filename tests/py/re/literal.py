import re
for p, s in [('abc', 'xxabcxx'), ('a.c', 'abc a\nc'), ('hello', 'say hello'), ('x', ''), ('', 'abc')]:
    print(repr(p), repr(s), re.search(p, s), re.match(p, s))
print(re.search('a.c', 'a\nc', re.S))
print(re.search('é', 'caféé'), re.search('€+', 'x€€€y'))
print(re.search('\U0001F600', 'ab\U0001F600c').span())
