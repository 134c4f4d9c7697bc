import re
m = re.match(r'(?P<a>\w+)-(?P<b>\w+)', 'left-right')
print(m.expand(r'\2-\1'), m.expand(r'\g<b>:\g<a>'), m.expand(r'\g<0>!'), m.expand('\\n'), m.expand(r'\\1'))
m = re.match(r'(a)(b)?', 'a')
print(repr(m.expand(r'[\2]')), repr(m.expand(r'\g<2>')))
for t in [r'\3', r'\g<c>', r'\x']:
    try:
        print(m.expand(t))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
mb = re.match(rb'(a)', b'a')
print(mb.expand(rb'<\1>'))
