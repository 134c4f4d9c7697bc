# many values through repr, float(), format and round, made by deterministic
# arithmetic (IEEE results are the same everywhere), checked against CPython
x, y = 0.1, 7.0
seed = 12345
vals = []
for i in range(600):
    x = x * 1.37 + 0.011
    if x > 1e300:
        x = x * 1e-299
    y = y / 3.3 - 1e-9
    if abs(y) < 1e-300:
        y = 7.77e10
    seed = (seed * 1103515245 + 12345) % 2**31
    z = seed / 2**31 * 10.0 ** ((seed % 41) - 20)
    vals += [x, y, z, -z, 1 / x]
n_ok = 0
for v in vals:
    r = repr(v)
    if float(r) == v:
        n_ok += 1
    print(r, format(v, '.17g'), format(v, '.3e'), format(v, '.5f'), round(v, 3))
print(n_ok, len(vals))
# decimal strings read back correctly rounded
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2**31
    digits = str(seed) * (1 + seed % 4)
    e = seed % 700 - 350
    s = digits[:1] + '.' + digits[1:] + 'e' + str(e)
    print(s[:60], repr(float(s)), repr(float('-' + s)))
