# The format-string parsers behind string.Formatter.
import _string
import string

for fmt in ['plain', 'a{0}b{name!r:>{w}}c', '{{x}} {}', '{0.attr[key][3]}', '']:
    print(list(_string.formatter_parser(fmt)))
print(_string.formatter_field_name_split('obj.a[0].b')[0],
      list(_string.formatter_field_name_split('obj.a[0].b')[1]))
print(_string.formatter_field_name_split('3[x]')[0],
      list(_string.formatter_field_name_split('3[x]')[1]))
for bad in ['{', '}', '{0!x}', '{0!}', 'a{0:{1:{2}}}b']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print('ValueError', e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format('{0} and {x:>6}', 'abc', x='yz'))
print(string.Formatter().format('{0[a]}-{1.real}', {'a': 1}, 2j))
print(string.Formatter().vformat('{} {}', ('p', 'q'), {}))
try:
    string.Formatter().format('{} {1}', 1, 2)
except ValueError as e:
    print('ValueError', e)
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'))
