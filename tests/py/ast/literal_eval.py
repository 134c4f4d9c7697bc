# ast.literal_eval: accepted literals and the errors for everything else
import ast

good = ['1', '-1', '+1.5', '1+2j', '-1-2j', '3j', "'s'", "b'b'", '(1, 2)', '[1, [2]]',
        '{1: 2, "a": [3]}', '{1, 2}', 'set()', 'None', 'True', '...', '  1', '\t(1,)',
        '0x10', '1_000', '-0.0', '1e400', '()', '[]', '{}', "'a' 'b'", '-(1)']
for s in good:
    print(repr(s), repr(ast.literal_eval(s)))

bad = ['a', '1 + a', 'f()', '1 + 1', '2 * 3', '-"s"', '[a]', '{**a}', 'set([1])', 'x.y',
       '1 + (2j + 3)', 'not 1', '(1, b)', 'lambda: 0', "f'x'", '1j + 1', '--1']
for s in bad:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).split(' at 0x')[0])
for s in ['1 +', '(', 'import x']:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg)
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1)], ast.Load())))
d = ast.Dict(keys=[ast.Constant(1)], values=[])
try:
    ast.literal_eval(d)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
