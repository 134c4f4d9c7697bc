a = f'hello {name}!'
b = f"{x!r} {y!s} {z!a}"
c = f'{x:>10} {y:{width}.{prec}f}'
d = f'{x=}' + f'{y = }' + f'{z=!s}' + f'{w=:>5}'
e = f'{{literal}} {x}}}'
f = f'{"nested"} {d["key"]}'
g = 'plain' f'{x}' 'tail'
h = f'' + f'no fields'
i = rf'raw\n{x}' + fr'{y}\d'
j = f'''multi
{x
+ y}
line'''
k = F'{a}{b}{c}'
l = f'{x:{y}}'
m = f'{ x }'
n = f'{a, b}'
o = f'{(lambda: 1)()}'
p = f"{'a' 'b'}"
q = f'{x!r:^20}'
r = f'\t{x}\n'
s = f'{3.14:.2f}'
t = f'{x:%Y-%m-%d}'
u = u'a' f'b'
