import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'))
T = string.Template
print(T('$x and ${y}, $$').substitute(x=1, y=2))
print(T('$who likes $what').substitute({'who': 'tim', 'what': 'kung pao'}))
print(T('$a $b').substitute({'a': 1, 'b': 2}, b=3))
print(T('$a $b ${c').safe_substitute(a=1))
print(T('$a$').safe_substitute(a=1))
for tmpl, kw in [('$a $b', {'a': 1}), ('x $ y', {}), ('a\n  ${1}', {}), ('$', {})]:
    try:
        T(tmpl).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(T('$a ${b} $a $$c').get_identifiers(), T('$a').is_valid(), T('$').is_valid())
print(T('x').template, T.delimiter)
