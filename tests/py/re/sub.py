import re
print(re.sub(r'\d', '#', 'a1b22c333'), re.sub(r'\d', '#', 'a1b22c333', count=2), re.sub(r'\d', '#', 'a1b2', 0))
print(re.subn(r'\d+', '<\g<0>>', 'a1b22c333'), re.subn('x', 'y', 'abc'))
print(re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'ab cd'), re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.sub(r'(\w)', r'\g<1>0', 'ab'))
print(re.sub('a', r'\n\t\\', 'xax'), re.sub('a', '\\\\n', 'xax'), re.sub('(a)', r'\1\\1', 'a'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.sub('a', lambda m: '', 'banana'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(?:)', '|', ''))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub(r'(a)(b)?', r'\2-\1', 'aab'))
print(re.sub('b', r'\101\0\08', 'abc'), re.subn('a', 'b', 'aaa', count=-1) if False else '')
for repl in [r'\g<x>', r'\g<3>', r'\3', r'\g', r'\g<', r'\g<1a>', r'\q', r'\g<-1>', '\\']:
    try:
        print(repr(repl), re.sub('(a)(b)', repl, 'ab'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
p = re.compile(r'(\d+)')
print(p.sub(lambda m: str(int(m.group(1)) * 2), 'x10 y21'), p.subn('N', 'a1b2c3', 2))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  '))
print(re.sub('a', 'b', 'aaa', 2), re.sub('(?i)A', '-', 'aAa'), re.sub('A', '-', 'aAa', flags=re.I))
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError', e)
