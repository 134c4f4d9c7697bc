import re
print(re.findall(r'\d+', 'a12b345'), re.findall(r'\D+', 'a12b345'))
print(re.findall(r'\w+', 'héllo wörld_1 ٣'), re.findall(r'\W+', 'a, b; c'))
print(re.findall(r'\s+', 'a \t\n\x0bb\x1cc\u2003d'), re.findall(r'\S+', 'a \u00a0b'))
print(re.findall(r'\d', '1٣۴५'), re.findall(r'(?a)\d', '1٣۴५'), re.findall(r'\d', '1٣', re.ASCII))
print(re.findall(r'\w', 'é_1', re.A))
print(re.findall(r'\x41\u0042\U00000043\N{LATIN SMALL LETTER D}', 'ABCd'))
print(re.match(r'\t\n\r\f\v\a\\', '\t\n\r\f\v\a\\'))
print(re.match(r'\0\01\101', '\0\1A'), re.match(r'\.\*\+\?\(\)\[\]\{\}\|\^\$', '.*+?()[]{}|^$'))
for p in [r'\q', r'\x1', r'\x', r'\u12', r'\U0011ffff', r'\N', r'\N{foo}', r'\N{', '\\', r'\400', r'\8', r'\12', r'\e']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e)
