# String prefixes and literal corners.
print(r'\n', R'\t', b'\x41', B'x', br'\x41', Br'\d', rb'\n', RB'q', u'unicode', U'U')
print('a' 'b' "c", 'a' r'\b')
print(b'a' b'c' rb'\d')
print(len('''a
b'''), """x"y""" , '\'', "\"")
print('\N{LATIN SMALL LETTER E WITH ACUTE}', '\u00e9', '\U0001F600' != '', '\x41\101')
print('line\
continued')
print(repr('\a\b\f\v\r'))
print(r'\'', r"\"")
print(type(u'' 'x'), u'x'.__class__)
for src in ["b'é'", "'a' b'b'", "b'a' 'b'", "ub''", "bu''", "f'' b''", "rf'{x}' b'x'", "ur''", "'\\N{nonsense}'",
            "'\\x4'", "'\\u12'", "'\\U1234567'", "'\\U00110000'", "'\\N'", "'\\N{'", "r'\\'", "'''abc", "'abc\n'",
            "b'\\u1234' == b'\\\\u1234'", "'\\777'", "bf''"]:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset)
print(eval(r"b'\u1234'"), eval(r"'\8'"))
