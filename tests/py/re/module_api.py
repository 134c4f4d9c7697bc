import re
print(sorted(n for n in re.__all__ if not n.startswith('_'))[:10])
print(re.purge(), re.compile('abc') is re.compile('abc') or True)
print(re.template if False else '', hasattr(re, 'error'), hasattr(re, 'Pattern'), hasattr(re, 'Match'))
print(re.match('a', 'a', flags=re.I), re.search(pattern='b', string='abc'), re.fullmatch('ab', 'ab', 0))
print(re.compile(re.compile('x')).pattern, re.match(re.compile('x'), 'x'))
print(re.split(r'\d', 'a1b2c', maxsplit=1), re.findall('a', 'AaA', flags=re.I), re.sub('a', 'b', 'aa', count=1))
print(type(re.I).__name__, isinstance(re.I, int), re.I | 0, 0 | re.I, re.I & re.I, re.I ^ re.M)
print(re.RegexFlag.IGNORECASE if hasattr(re.RegexFlag, 'IGNORECASE') else re.I)
