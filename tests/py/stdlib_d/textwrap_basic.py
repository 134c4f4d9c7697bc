import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known phrase, used to test typewriters and computer keyboards! It contains every letter of the alphabet."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a\tb\tc   d\n e', 8), textwrap.wrap('  lead and trail  ', 8), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(textwrap.wrap('Hello there. How are you? Fine.', 15, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten('Hello world', 11, placeholder='...'))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap(s, 30, max_lines=3, placeholder=' ~'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('  x\n\ty\n')), repr(textwrap.dedent('   \n  a\n  b')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
print(textwrap.wrap('long-term well-being e-mail x--y a-b-c', 6), textwrap.wrap('one-two-three-four', 8, break_on_hyphens=False))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
print(textwrap.TextWrapper(width=12, drop_whitespace=False).wrap('a b  c   d    e'))
print(textwrap.wrap('word '*10, 12, expand_tabs=False, replace_whitespace=False))
