def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
vals = [0, 1, -1, 5, -5, 255, -256, 2**47 - 1, -2**47, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 1, 3**70]
for a in vals:
    print(a, ~a, -a, +a, abs(a))
    for b in vals:
        print(' ', b, a & b, a | b, a ^ b)
for a in [1, -1, 5, -5, 2**40, -(2**40) - 3, 2**100 + 7, -(2**100) - 7]:
    for s in [0, 1, 3, 31, 32, 33, 47, 48, 63, 64, 65, 100, 200]:
        print(a, s, a << s, a >> s)
print(1 >> 10**30, -1 >> 10**30, 0 << 10**30, -5 >> 2**64, 5 >> 2**64)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 2**100 << -5)
show(lambda: 0 << -1)
show(lambda: 1 << 1.5)
show(lambda: 1 & 1.0)
show(lambda: ~1.0)
print(True & 3, True | 4, True ^ 1, ~True, ~False, -True, True << 3, True >> 1)
