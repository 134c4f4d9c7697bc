import difflib

a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(keepends=True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n'.splitlines(keepends=True)
print(''.join(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py')))
print(''.join(difflib.unified_diff(a, b, n=1)))
print(''.join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py')))
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
for x, y in [('abcDefghiJkl\n', 'abcdefGhijkl\n'), ('hello world\n', 'hello  world\n'),
             ('\tindented line\n', '\tindented lime\n')]:
    print(''.join(difflib.ndiff([x], [y])), end='')
print(''.join(difflib.ndiff(['a\n', 'b\n', 'c\n', 'd\n'], ['a\n', 'x\n', 'c\n', 'y\n', 'd\n'])), end='')
print(''.join(difflib.ndiff([1 and 'line one\n', 'line two\n'], ['line 1\n', 'line two\n', 'line three\n'])), end='')
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '))
