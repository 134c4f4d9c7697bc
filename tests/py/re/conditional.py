import re
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, p.match(s))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(?P<q>")?\w+(?(q)")', 'abc'))
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))
for p in [r'(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'(?(1a)a)', r'(a)(?(2)b)']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)
