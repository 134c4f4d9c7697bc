# argparse: sub-commands, parents, prefix characters and abbreviations
import argparse
import io
import sys

def run(parser, args):
    err = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr = sys.stdout = err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stderr, sys.stdout = old
    print('result:', result)
    if err.getvalue():
        print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
pu = sub.add_parser('push', help='send changes')
pu.add_argument('remote', nargs='?', default='origin')
run(p, ['commit', '-m', 'hi'])
run(p, ['--debug', 'ci', '--amend', '-m', 'x'])
run(p, ['push'])
run(p, ['push', 'up'])
run(p, ['pull'])
run(p, ['commit'])
run(p, [])
run(p, ['-h'])
run(p, ['commit', '-h'])

t = argparse.ArgumentParser(prog='t')
subs = t.add_subparsers(title='commands', description='valid commands',
                        required=True, dest='cmd', metavar='CMD')
subs.add_parser('a')
subs.add_parser('b')
run(t, [])
run(t, ['-h'])

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
run(child, ['1', '--shared', 'v'])
run(child, ['-h'])

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+f', action='store_true')
plus.add_argument('++bar')
run(plus, ['+f', '++bar', 'Y'])
run(plus, ['-h'])

noab = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
noab.add_argument('--verbose', action='store_true')
run(noab, ['--verb'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('x', nargs='?')
run(neg, ['-1'])
run(neg, ['-2'])

inter = argparse.ArgumentParser(prog='inter')
inter.add_argument('--foo')
inter.add_argument('cmd')
inter.add_argument('rest', nargs='*', type=int)
print(inter.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(inter.parse_known_args('doit 1 --foo bar 2 3'.split()))
