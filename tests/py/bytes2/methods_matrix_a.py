def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
B = [b'', b'a', b'abc', b'Hello World', b'  x y  ', b'a\tb\tc', b'x\r\ny\rz\n']
M0 = ['upper','lower','title','capitalize','swapcase','isalpha','isalnum','isdigit','isspace','islower','isupper','istitle','isascii','splitlines','split','rsplit','strip','lstrip','rstrip','expandtabs','hex']
for b0 in B:
  for b in (b0, bytearray(b0)):
    for m in M0:
        show(f'{b!r}.{m}()', lambda: getattr(b, m)())
    show(f'{b!r}.splitlines(True)', lambda: b.splitlines(True))
    show(f'{b!r}.expandtabs(4)', lambda: b.expandtabs(4))
    show(f'{b!r}.center(9,b"*")', lambda: b.center(9, b'*'))
    show(f'{b!r}.ljust(9)', lambda: b.ljust(9))
    show(f'{b!r}.rjust(9,b"e")', lambda: b.rjust(9, bytearray(b'e')))
    show(f'{b!r}.zfill(7)', lambda: b.zfill(7))
    show(f'{b!r}[::-1]', lambda: b[::-1])
    show(f'{b!r}[1:-1:2]', lambda: b[1:-1:2])
    show(f'{b!r}.hex(":")', lambda: (b.hex(':'), b.hex('-', 2), b.hex(b'_', -2), b.hex(' ', 3)))
    show(f'{b!r}.decode()', lambda: b.decode())
    show(f'{b!r}.decode(latin)', lambda: b.decode('latin-1'))
    show(f'{b!r}.decode(ascii,replace)', lambda: b.decode('ascii', 'replace'))
    show(f'{b!r}.decode(se)', lambda: b.decode('utf-8', 'surrogateescape'))
    show(f'{b!r}.decode(bsr)', lambda: b.decode('utf-8', 'backslashreplace'))
    show(f'{b!r}.partition(" ")', lambda: (b.partition(b' '), b.rpartition(b'b')))
    show(f'{b!r}.find("b")', lambda: (b.find(b'b'), b.rfind(b'b'), b.count(b'b'), b.count(b''), b.find(98), b.find(b'', 2), b.rfind(b'', 1)))
    show(f'{b!r}.replace', lambda: (b.replace(b'', b'-'), b.replace(b'a', b'XY', 1), b.replace(b'b',b'')))
    show(f'{b!r}.split(None,1)', lambda: (b.split(None, 1), b.rsplit(None, 1), b.split(b'b'), b.rsplit(b'b', 1)))
    show(f'{b!r}.removeprefix', lambda: (b.removeprefix(b'a'), b.removesuffix(b'c')))
    show(f'{b!r}.strip(x)', lambda: (b.strip(b'a '), b.lstrip(b'H'), b.rstrip(b'\n')))
    show(f'{b!r}.str', lambda: (str(b), list(b), b * 2, b + b'!', b'a' in b, 97 in b))
    show(f'{b!r}.translate', lambda: (b.translate(None, b'a'), b.translate(bytes.maketrans(b'abc', b'xyz'))))
    show(f'{b!r}.join', lambda: b.join([b'1', bytearray(b'2'), memoryview(b'3')]))
