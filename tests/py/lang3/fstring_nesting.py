# f-strings: nested fields and specs, conversions, '=', quotes, errors at compile time
width, prec, val = 10, 3, 3.14159
print(f'[{val:{width}.{prec}f}]', f'[{val:<{width}}]', f'[{"x":{"^"}{width}}]')
print(f'{val!r:>{width}}|{val!s:<8}|{"é"!a}')
print(f'{val = }', f'{val=:.2f}', f'{width + prec = }', f'{"s"=!r:>6}')
name = 'world'
print(f'{f"{name}"!r}', f"{f'{name!r}'}", f'''{f"""{f'{name}'}"""}''')
print(f'{{}} {{{name}}} }}{{')
d = {'key': 'value'}
print(f'{d["key"]}', f"{d['key']}", f'{d.get("missing", "dflt")}')
print(f'{(lambda: "lam")()}', f'{[i * 2 for i in range(3)]}', f'{ {1: 2} }')
print(f'{3:>5}{4:<5}|', f'{-3:=+6}', f'{255:#b} {255:#o} {255:#X}', f'{0.000123:.2e}')
print(f'{1_000_000:,}', f'{1234.5678:,.2f}', f'{12:%}' if False else f'{0.5:.0%}')
print(f'{"multi":*^{width}}', f'{name:.3}', f'{name!r:.4}')
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
    def __repr__(self): return 'REPR'
    def __str__(self): return 'STR'
o = Fmt()
print(f'{o}', f'{o:spec}', f'{o!r}', f'{o!s}', f'{o!r:>6}', f'{o:{width}}')
for bad in ["f'{}'", "f'{ }'", "f'{x!}'", "f'{x!q}'", "f'{x'", "f'}'", "f'{x:{y:{z}}}'",
            "f'{a b}'", "f'{#}'", "f'{x!r=}'", "f'{lambda x:1}'"]:
    try:
        compile(bad, '<f>', 'eval')
        print('compiles:', bad)
    except SyntaxError as e:
        print(bad, '->', e.msg)
x = 5
print(f'{x:{"d"}}', f'{x!r:{""}}', f'{x:}', f'{x!s:}')
print(f'{"a" if x > 3 else "b"}', f'{x if x else 0:>3}')
print(f'{x:{x}}|', f'{x:0{x}}|')
