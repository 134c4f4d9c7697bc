# Lists growing and shrinking across the small and large buffer sizes.
a = []
for i in range(200):
    a.append(i)
    if i % 37 == 0:
        print(len(a), a[-1], sum(a))
while len(a) > 3:
    del a[len(a) // 2:]
    print(len(a), a[-1])
b = [0] * 70
b[10:60] = []
print(len(b))
b[5:5] = list(range(100))
print(len(b), b[5], b[104], b[-1])
c = list(range(64))
c += c
print(len(c), c[63], c[64])
c.clear()
print(c)
c.extend(range(10))
c.insert(0, -1)
c.reverse()
print(c)
rows = [[i] * i for i in range(80)]
print(sum(len(r) for r in rows))
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 2):
    del d[i]
print(len(d), sum(d.values()), list(d)[:5])
s = set(range(100))
s -= set(range(0, 100, 3))
print(len(s), min(s), max(s))
s.clear()
print(s, len(s))
