# string.Template: substitution, errors and subclass overrides.
from string import Template

t = Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='ham'))
print(t.substitute({'who': 'tim'}, what='eggs'))
print(t.safe_substitute(who='ann'))
print(t.get_identifiers(), t.is_valid())
for bad in ['$', 'a $ b', '${x', 'line\n$1']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(Template(bad).is_valid(), Template(bad).safe_substitute())
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)

class Percent(Template):
    delimiter = '%'
print(Percent('%who has %%%n').substitute(who='x', n=3))

class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*'
print(Dotted('$bag.foo likes ${bag.what}').substitute({'bag.foo': 'tim', 'bag.what': 'ham'}))

class Braced(Template):
    braceidpattern = r'@[a-z]+@'
print(Braced('$x and ${@loc@}').safe_substitute({'x': 1, '@loc@': 'here'}))

class CaseSensitive(Template):
    flags = 0
    idpattern = r'[A-Z]+'
print(CaseSensitive('$FOO $bar').safe_substitute(FOO='up', bar='down'))

class Custom(Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>\b\B) |
      (?P<invalid>)
    )'''
print(Custom('[[ [name] [x]').substitute(name='N', x='X'))
print(Template.pattern.pattern == Template('').pattern.pattern, type(Template.delimiter))
