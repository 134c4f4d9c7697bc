import re
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    [ ]?              # optional space in a class
    \#?               # escaped hash
""", re.VERBOSE)
print(pat.match('2024-05 #').groupdict(), pat.match('2024-05'))
print(re.findall(r'(?x) \d + ', '12 345'), re.match(r'(?x)a\ b', 'a b'), re.match('(?x)a#b\nc', 'ac'))
print(re.match(r'(?x)[# ]+', '# #'), re.match(r'(?x) a {2} ', 'aa'))
