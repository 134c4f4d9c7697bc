# \N{...} escapes in str literals (lexer + unicode name database)
print('\N{BULLET}', '\N{LATIN SMALL LETTER A}', '\N{SNOWMAN}')
print(len('\N{EM DASH}'), ord('\N{DIGIT ONE}'))
print('a\N{bullet}b', f'\N{BULLET} {1}', b'\N{BULLET}', '\N{LATIN CAPITAL LETTER A}\N{space}')
for s in [r"'\N{}'", r"'\N{foo'", r"'\N{NOPE}'", r"'\N'", r"'\N{BULLET'"]:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(s, '|', e.msg)
