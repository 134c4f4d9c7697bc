# doctest: DocTestParser examples, wants, exceptions, options; OutputChecker; scripts
import doctest

text = '''
Some text.

    >>> x = 1
    >>> if x:
    ...     print('yes')
    yes
    >>> raise ValueError('no')
    Traceback (most recent call last):
      File "f.py", line 1
    ValueError: no
    >>> print(1)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    1
    >>> # comment only

More text.
    >>> 'a'
    'a'
'''
p = doctest.DocTestParser()
for piece in p.parse(text, 'name'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print('text', repr(piece))
t = p.get_doctest(text, {'g': 1}, 'nm', 'file.txt', 7)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs)

for bad in ['>>>x', '  >>> a\n    ... b', '>>> a  # doctest: +NOPE', '  >>> a\n  b\n c']:
    try:
        p.parse(bad, 'bad')
    except ValueError as e:
        print('ValueError', e)

c = doctest.OutputChecker()
E = doctest.ELLIPSIS
N = doctest.NORMALIZE_WHITESPACE
print(c.check_output('1\n', 'True\n', 0), c.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))
print(c.check_output('a...z\n', 'abcz\n', E), c.check_output('a...z\n', 'abc\n', E))
print(c.check_output('...\n', 'anything\n', E), c.check_output('a ... b ... c\n', 'a x b y c\n', E))
print(c.check_output('a   b\n', 'a b\n', N), c.check_output('a b\n', 'ab\n', N))
print(c.check_output('<BLANKLINE>\n', '\n', 0), c.check_output('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE))
ex = doctest.Example('f()', 'one\ntwo\nthree\nfour\n')
print(c.output_difference(ex, 'one\ntwo\n3\nfour\n', 0), end='')
print(c.output_difference(ex, 'one\ntwo\n3\nfour\n', doctest.REPORT_UDIFF), end='')
print(c.output_difference(ex, 'one\ntwo\n3\nfour\n', doctest.REPORT_NDIFF), end='')
print(c.output_difference(doctest.Example('f()', ''), 'x\n', 0), end='')
print(c.output_difference(doctest.Example('f()', 'x'), '', 0), end='')
print(doctest.script_from_examples(text), end='')
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
print(doctest.Example('a', 'b') == doctest.Example('a\n', 'b\n'))


def f():
    """
    >>> f()
    'ok'
    >>> f() + '!'
    'ok?'
    """
    return 'ok'

doctest.run_docstring_examples(f, {'f': f}, name='f')
doctest.run_docstring_examples(f, {'f': f}, verbose=True, name='f')
