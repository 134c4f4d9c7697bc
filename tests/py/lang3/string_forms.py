# string prefixes, escapes, implicit concatenation, raw strings and bytes
print('a' 'b' "c" '''d''' """e""")
print(r'\n\t', R'\d', rb'\x00', BR'\\', u'unicode', U'U')
print('\x41\101\u00e9\U0001F600'.encode('utf-8'))
print(b'\x41\101\n\t\\', b'\'' + b'"')
print('tab\there', 'bell\a'.encode(), 'nul\0'.encode(), 'ff\f\v'.encode())
print('line\
continued')
s = ('implicit '
     'concatenation '
     f'with {1 + 1} '
     'pieces')
print(s)
print('\'' + "\"" + '"' + "'")
print("""multi
line""", '''also
multi''')
print(repr('\x7f\x80\u200b'), ascii('é😀'), repr(b'\x7f\x80'))
print('%s|%-5s|%5s|%.2s' % ('x', 'ab', 'cd', 'efg'))
print('{0}{1}{0}'.format('a', 'b'), '{x}{y!r}'.format(x=1, y='q'), '{:>4}'.format('r'))
print(r'raw \' quote', r"raw \" dq")
print(f'{"f"}' 'plain' f'{"g"}')
