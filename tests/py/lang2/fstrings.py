x, y = 42, 'str'
print(f'{x} {y!r} {y!s} {y!a} {x:>6} {x:<6}| {x:^7}| {x:06.2f} {x:#x} {x:b} {x:,}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{"nested":{"^"}{w}}|')
print(f'{x=}', f'{x = }', f'{y=!s}', f'{x=:5}', f'{1+1=}')
print(f'{{literal}} {x}{{}}')
print(f"{'quotes'}" f'{x}' 'plain' f"{x!r:>5}")
d = {'k': 'v'}
print(f"{d['k']}", f'{[i for i in range(3)]}', f'{(lambda: 5)()}')
print(f'{x if x else y}', f'{x:{"d"}}')
class C:
    def __format__(self, spec): return f'C<{spec}>'
    def __repr__(self): return 'C-repr'
print(f'{C()}', f'{C():spec}', f'{C()!r}', f'{C()!r:>8}')
print(f'''{x
}''', f'{x:%}' if False else '')
try:
    f'{x:q}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{y:d}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{-0.0:+.1f}', f'{12345.678:_.2f}', f'{"abc":.2}', f'{255:X}', f'{0.5:.0%}')
print(f'{x!r:^9}|', f'{None}', f'{True:d}', f'{3:{"+"}}')
z = 5
print(f'{z:{z}}|', f'{"a" "b"}')
