import re
for args in [('a', 'a', 0, 'x'), ]:
    pass
try:
    re.compile('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('(a)').match('a').group(2)
except IndexError as e:
    print('IndexError', e)
try:
    re.compile('(a)').match('a').start('x')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.compile(r'(?P<n>a)').sub(r'\g<m>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.escape(5)
except TypeError as e:
    print('TypeError')
try:
    re.compile('a{4294967295}')
except (OverflowError, re.error) as e:
    print(type(e).__name__, e)
print(re.error.__module__, re.error.__name__)
