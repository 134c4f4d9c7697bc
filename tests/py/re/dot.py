import re
print(re.findall('.', 'a\nb\r\x00'), re.findall('.', 'a\nb', re.S), re.findall('(?s:.)', '\n'))
print(re.match('.*', 'ab\ncd'), re.match('.*', 'ab\ncd', re.DOTALL), re.findall('a.c', 'abc a\nc a\rc'))
print(re.match(b'.+', b'\xff\x00\n'), re.findall('..', 'αβγδε'))
