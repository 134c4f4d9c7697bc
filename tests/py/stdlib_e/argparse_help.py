# argparse: help and usage text, errors on stderr with exit status 2
import argparse
import io
import sys

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print('result:', result)
    if out.getvalue():
        print('stdout:')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('stderr:')
        print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='Process some files. ' * 6,
                            epilog='That is all.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('out', nargs='?', help='output')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['a', 'b', 'c'], help='one of %(choices)s')
p.add_argument('-q', action='store_true', help='be quiet')
p.add_argument('--a-very-long-option-name', metavar='VALUE', help='an option whose name is long enough to push the help text onto its own line')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_argument_group('extra', 'Extra settings.')
g.add_argument('--xy', nargs=2, metavar=('X', 'Y'))
g.add_argument('--star', nargs='*')
run(p, ['-h'])
run(p, ['--version'])
run(p, [])
run(p, ['f', '--count', 'x'])
run(p, ['f', '--mode', 'z'])
run(p, ['f', '--count'])
run(p, ['f', '--bogus', 'y'])
run(p, ['f', '--xy', '1'])
print(p.format_usage(), end='')

m = argparse.ArgumentParser(prog='mx')
grp = m.add_mutually_exclusive_group(required=True)
grp.add_argument('--foo', action='store_true')
grp.add_argument('--bar', type=int)
m.add_argument('--baz')
run(m, ['--foo', '--bar', '1'])
run(m, [])
run(m, ['--bar', '2'])
print(m.format_help(), end='')

d = argparse.ArgumentParser(prog='defaults',
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
d.add_argument('name', nargs='?', default='world', help='who')
print(d.format_help(), end='')

raw = argparse.ArgumentParser(prog='raw', description='line one\n  line two',
                              formatter_class=argparse.RawDescriptionHelpFormatter)
print(raw.format_help(), end='')

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
run(amb, ['--fo', '1'])

try:
    p.add_argument('--count')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    p.add_argument('bad', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    p.add_argument('--n0', nargs=0)
except ValueError as e:
    print('ValueError', e)

ne = argparse.ArgumentParser(prog='ne', exit_on_error=False)
ne.add_argument('--n', type=int)
try:
    ne.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
