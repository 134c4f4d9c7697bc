# argparse: types, defaults, choices, nargs and the common actions
import argparse
import sys

def parse(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('SystemExit', e.code)

p = argparse.ArgumentParser(prog='prog')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
               default=max, help='sum the integers (default: find the max)')
ns = p.parse_args(['1', '2', '3', '4'])
print(ns.accumulate(ns.integers))
ns = p.parse_args(['1', '2', '3', '4', '--sum'])
print(ns.accumulate(ns.integers))

q = argparse.ArgumentParser(prog='q')
q.add_argument('-v', '--verbose', action='count', default=0)
q.add_argument('-f', '--flag', action='store_true')
q.add_argument('--no-color', action='store_false', dest='color')
q.add_argument('-i', '--include', action='append')
q.add_argument('--const', action='append_const', const=42)
q.add_argument('--level', choices=['low', 'high'], default='low')
q.add_argument('--num', type=float, default='1.5')
q.add_argument('--pair', nargs=2, type=int)
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--many', nargs='*')
q.add_argument('--ext', action='extend', nargs='+')
q.add_argument('pos', nargs='?', default='P')
q.add_argument('rest', nargs='*')
parse(q, [])
parse(q, ['-vvv', '-f', '--no-color', '-i', 'a', '-ib', '--include=c'])
parse(q, ['--const', '--const', '--level', 'high', '--num', '2', '--pair', '3', '4'])
parse(q, ['--opt', 'x', 'y', 'z'])
parse(q, ['--opt'])
parse(q, ['--many', '1', '2', '--ext', 'a', 'b', '--ext', 'c'])
parse(q, ['--', '-x', '-y'])
parse(q, ['--verb', '--fl'])
parse(q, ['-fv', 'a'])
parse(q, ['--num', '-3'])

r = argparse.ArgumentParser(prog='r')
r.add_argument('--x', type=int)
r.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True)
parse(r, ['--x', '5', '--no-bool'])
parse(r, ['--bool'])
r.set_defaults(extra='e')
print(r.get_default('extra'), r.get_default('x'))
parse(r, [])
ns, extra = r.parse_known_args(['--x', '1', '--what', 'w', 'pos'])
print(ns, extra)

ns = argparse.Namespace(a=1, b='two')
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, b='two'), vars(ns))
print(repr(r._actions[1]))
print(argparse.FileType('w'), argparse.FileType('r', encoding='utf-8'))
