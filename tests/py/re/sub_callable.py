import re
calls = []
def repl(m):
    calls.append(m.span())
    return m.group(0)[::-1]
print(re.sub(r'\w+', repl, 'abc de f'), calls)
print(re.subn(r'(\d+)', lambda m: str(int(m[1]) + 1), 'a9 b99 c'))
print(re.sub('x', lambda m: m.re.pattern, 'axbx'), re.sub('(?P<n>a)', lambda m: m.lastgroup, 'aa'))
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError')
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'banana'))
