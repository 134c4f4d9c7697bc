# shlex.split/quote/join, the shlex lexer, getopt and gnu_getopt
import shlex
import getopt

for s in ['a b  c', 'one "two three" four', r'esc\ aped "in\"side"',
          'x # comment', "a'b'c", '"" empty', 'tab\there']:
    print(shlex.split(s))
print(shlex.split('keep # this', comments=True))
print(shlex.split('a "b c"', posix=False))
for bad in ['"open', 'trail\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
print([shlex.quote(s) for s in ['', 'safe', 'has space', "it's", '$HOME']])
print(shlex.join(['ls', '-l', 'my file']))
lex = shlex.shlex('a=1; b = "x y"', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || (c)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('word1 word2')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))

args = '-a -b val -cfoo d1 d2'.split()
print(getopt.getopt(args, 'ab:c:'))
print(getopt.getopt(['--alpha', '--beta=3', '--gam', '4', 'x'], '', ['alpha', 'beta=', 'gamma=']))
print(getopt.gnu_getopt(['x', '-a', 'y', '--beta', '2', '--', '-z'], 'a', ['beta=']))
for argv, short, long in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']),
                          (['--be'], '', ['beta', 'bell']), (['--alpha=1'], '', ['alpha'])]:
    try:
        getopt.getopt(argv, short, long)
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt))
