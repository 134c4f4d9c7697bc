import textwrap
w = textwrap.TextWrapper(width=20, initial_indent='>> ', subsequent_indent='.. ', break_long_words=False)
print(w.wrap('An extraordinarily_long_identifier_here and then some more words to wrap'))
print(textwrap.fill('one two three four five six seven', width=9, max_lines=2))
print(textwrap.fill('a b c d e f g h i j', width=5, max_lines=3, placeholder='...'))
try:
    textwrap.fill('x y z', width=3, max_lines=1, placeholder='[long]')
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('\tx\n\ty\n')), repr(textwrap.dedent(' \t a\n \t b')), repr(textwrap.dedent('a\n  b')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('x\r\ny\n', '  ')), repr(textwrap.indent('', '#')))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 20), textwrap.shorten('  lots   of    space  ', 100), repr(textwrap.shorten('', 5)))
print(textwrap.wrap('tab\there', 10, tabsize=4), textwrap.wrap('tab\there', 20, expand_tabs=False))
print(textwrap.wrap('A. B. c.  D', 40, fix_sentence_endings=True), textwrap.wrap('e.g. this', 40, fix_sentence_endings=True))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('hello-world-wide-web', 7))
