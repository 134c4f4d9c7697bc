# \N{...} escapes in str literals (lexer + unicode name database)
print('\N{BULLET}', '\N{LATIN SMALL LETTER A}', '\N{SNOWMAN}')
print(len('\N{EM DASH}'), ord('\N{DIGIT ONE}'))
