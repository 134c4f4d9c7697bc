# f-string corners: nesting, conversions, '=', format specs, errors.
x, y = 10, 'abc'
width = 6
print(f'{x!r:>{width}}|{y!s}|{y!a}|{"é"!a}')
print(f'{x=}', f'{x = }', f'{x=!s}', f'{x=:>5}', f'{y=!r:^9}')
print(f'{x:{"<" if x else ">"}{width}}|')
print(f"{'nested ' + f'{x}'}")
print(f'{{}} {{{x}}}')
print(f'{x:#x} {x:08.3f} {1234567:,} {0.25:%}')
print(f'''{
    x
    +
    1
}''')
print(f'{(lambda: 5)()}', f'{[i for i in range(3)]}', f'{ {"a": 1}["a"] }')
print(f'{x if x else y}', f'{(x, y)}', f'{x, y}')
print(rf'\d{x}', fr'{x}\n', Rf'{y}')
print(f'{3.14159:.{3}}')
print(f'{"q"}' 'plain' f'{x}')
import datetime
print(f'{datetime.date(2020, 1, 2):%Y/%m/%d}')
for src in ["f'{'", "f'}'", "f'{}'", "f'{ }'", "f'{a!z}'", "f'{a!}'", "f'{a b}'", "f'{a:{b:{c}}}'",
            "f'{#}'", "f'{x!r=}'", "f'{yield}'", "f'{lambda x: 1}'", "f'{a:=1}'", "f'{*a}'", "f'{**a}'",
            "f'{\\'a\\'}'", "rf'{\"\\N{LEFT CURLY BRACKET}\"}'", "f'{\"\\\\\"}'", "f'{\"a\" \"b\"}'", "f'{x:{y}}'", "f'{x}' f'{'"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
