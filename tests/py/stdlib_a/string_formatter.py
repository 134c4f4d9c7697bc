import string
F = string.Formatter()
print(F.format('{} and {}', 1, 'b'), F.format('{0}{1}{0}', 'a', 'b'))
print(F.format('{x!r:>6}|{y:.2f}|{{lit}}', x='hi', y=3.14159))
print(F.format('{0[1]} {0[k]} {1.real}', {1: 'one', 'k': 'kay'}, 5))
print(F.format('{:{w}}|', 'a', w=4), F.format('{!s}', 5), F.format('{!a}', 'é'))
print(list(F.parse('a{0!r:>3}b{{c}}{}')), list(F.parse('')))
for s, a in [('{', ()), ('}', ()), ('{0', (1,)), ('{}{0}', (1, 2)), ('{0}{}', (1, 2)), ('{!x}', (1,))]:
    try:
        F.format(s, *a)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format('{} {x}', 'abc', x='def'))
print(F.vformat('{a}', (), {'a': 1}))
for s in ['a{{b', 'a}}b{0}', '{{', 'x{{y}}z', '{0', '{', 'ab{', '{0!', '{0!r', '{0!rr}', '{0:{1}', '}}{']:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), e)
