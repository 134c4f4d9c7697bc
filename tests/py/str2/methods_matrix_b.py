def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
S = ['a\tb\tc', 'x\u2028y\u2029z\x1c\x1d\x1e\x85w\r\nq\rr\n', '١٢٣', '½', '²', 'a_b', '1abc', 'abc1', 'Ǆ', 'hello world foo', 'ABC def']
M0 = ['upper','lower','casefold','title','capitalize','swapcase','isalpha','isalnum','isdigit','isdecimal','isnumeric','isspace','islower','isupper','istitle','isidentifier','isprintable','isascii','splitlines','split','rsplit','strip','lstrip','rstrip','expandtabs','__len__','__hash__' ]
for s in S:
    for m in M0:
        if m == '__hash__': continue
        show(f'{s!r}.{m}()', lambda: getattr(s, m)())
    show(f'{s!r}.splitlines(True)', lambda: s.splitlines(True))
    show(f'{s!r}.expandtabs(4)', lambda: s.expandtabs(4))
    show(f'{s!r}.center(9,"*")', lambda: s.center(9, '*'))
    show(f'{s!r}.ljust(9)', lambda: s.ljust(9))
    show(f'{s!r}.rjust(9,"é")', lambda: s.rjust(9, 'é'))
    show(f'{s!r}.zfill(7)', lambda: s.zfill(7))
    show(f'{s!r}[::-1]', lambda: s[::-1])
    show(f'{s!r}[1:-1:2]', lambda: s[1:-1:2])
    show(f'{s!r}.encode()', lambda: s.encode())
    show(f'{s!r}.encode("ascii","backslashreplace")', lambda: s.encode('ascii','backslashreplace'))
    show(f'{s!r}.encode("ascii","xmlcharrefreplace")', lambda: s.encode('ascii','xmlcharrefreplace'))
    show(f'{s!r}.encode("latin-1","replace")', lambda: s.encode('latin-1','replace'))
    show(f'{s!r}.encode("utf-16")', lambda: s.encode('utf-16'))
    show(f'{s!r}.encode("utf-32-be")', lambda: s.encode('utf-32-be'))
    show(f'{s!r}.encode("ascii")', lambda: s.encode('ascii'))
    show(f'{s!r}.partition(" ")', lambda: s.partition(' '))
    show(f'{s!r}.rpartition("b")', lambda: s.rpartition('b'))
    show(f'{s!r}.find("b")', lambda: (s.find('b'), s.rfind('b'), s.count('b'), s.count(''), s.find('', 2), s.rfind('', 1)))
    show(f'{s!r}.replace', lambda: (s.replace('', '-'), s.replace('a', 'XY', 1), s.replace('b','')))
    show(f'{s!r}.split(None,1)', lambda: (s.split(None, 1), s.rsplit(None, 1), s.split('b'), s.rsplit('b', 1)))
    show(f'{s!r}.title', lambda: s.title())
    show(f'{s!r}.repr', lambda: ascii(s))
    show(f'{s!r}.removeprefix', lambda: (s.removeprefix('a'), s.removesuffix('c')))
