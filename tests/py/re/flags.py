import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG if False else '')
print(re.I | re.M, re.IGNORECASE | re.ASCII | re.VERBOSE, int(re.I | re.S), re.I == 2)
print(repr(re.I), str(re.M), re.I.value, re.S.name, (re.I | re.M).name)
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile(b'(?L)a').flags)
print(re.findall('A', 'aA', re.I), re.findall('(?i:a)b', 'ABAbab'), re.findall('(?i)a(?-i:b)', 'ABAbab'))
print(re.match('.', '\n', re.S), re.match('(?s).', '\n'), re.match('(?s:.)', '\n'), re.match('(?s:.).', '\n\n'))
print(re.findall(r'''(?x) a   # comment
      b [ ] c \  d''', 'ab c dab  c d'))
print(re.findall(r'a b', 'ab a b', re.X), re.findall(r'a\ b', 'ab a b', re.X), re.findall('a[ ]b', 'a b', re.X))
print(re.match('(?x) a # c\n b', 'ab'), re.match('(?x)a{1, 2}', 'a{1, 2}'))
for p, f in [('(?L)a', 0), ('a', re.L), ('(?u)a', 0), (b'(?u)a', 0), (b'a', re.U), ('(?a)(?u)a', 0), ('(?au)a', 0), ('(?i-i:a)', 0), ('(?-a:a)', 0), ('(?x-', 0), ('(?iz)', 0), ('(?i', 0), ('a', re.A | re.U), ('(?i-:a)', 0)]:
    try:
        print(p, f, re.compile(p, f))
    except (re.error, ValueError) as e:
        print(p, type(e).__name__, e)
