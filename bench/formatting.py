# f-strings, str.format, %-formatting, join and split.

rows = []
for i in range(60000):
    x = i * 1.5
    rows.append(f'{i:6d}|{x:10.3f}|{i % 7!r}|{"abc" if i % 2 else "de":>5}')
text = '\n'.join(rows)
fields = [line.split('|') for line in text.splitlines()]
s = 0
for f in fields:
    s += int(f[0]) + len(f[3].strip())
out = ['{0}-{1:x}-{2:.2e}'.format(i, i, i / 3) for i in range(30000)]
pct = ['%s:%05d:%.1f' % ('k', i, i / 7) for i in range(30000)]
print(s, len(text), out[-1], pct[-1])
