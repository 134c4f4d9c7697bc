import re
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a*?', 'aaa'))
print(re.fullmatch(r'(a|ab)(c|bcd)', 'abcd'), re.fullmatch(r'a|ab', 'ab'), re.fullmatch('', ''))
p = re.compile(r'\w+')
print(p.fullmatch('abc def', 4), p.fullmatch('abc def', 0, 3), p.fullmatch('abc', 1, 2))
print(re.fullmatch(r'(?:x$)', 'x'), re.fullmatch(r'x$', 'x\n'))
