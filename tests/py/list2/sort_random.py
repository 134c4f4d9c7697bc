# sorting many shapes of data: runs, duplicates, mixed kinds, keys, reverse
import random
random.seed(11)

def check(data, **kw):
    s = sorted(data, **kw)
    key = kw.get('key') or (lambda v: v)
    rev = kw.get('reverse', False)
    ok = all((key(s[i + 1]) <= key(s[i])) if rev else (key(s[i]) <= key(s[i + 1]))
             for i in range(len(s) - 1))
    return ok and sorted(s, key=lambda v: id(v)) == sorted(data, key=lambda v: id(v))

shapes = {
    'random': [random.randint(0, 1000) for _ in range(200)],
    'sorted': list(range(400)),
    'reversed': list(range(400, 0, -1)),
    'sawtooth': [i % 37 for i in range(300)],
    'runs': sum(([*range(k, k + 50)] for k in range(0, 300, 30)), []),
    'dups': [random.choice('abc') for _ in range(300)],
    'floats': [random.random() - 0.5 for _ in range(200)],
    'strs': [str(random.randint(0, 99999)) for _ in range(200)],
    'tuples': [(random.randint(0, 5), random.random()) for _ in range(300)],
    'mixed': [random.choice([1, 2.5, True, -3, 0.0]) for _ in range(300)],
    'big': [random.randint(-2**80, 2**80) for _ in range(200)],
    'uni': [random.choice(['é', 'z', 'a', '\U0001F600', 'ß', 'E']) * random.randint(1, 3) for _ in range(200)],
}
for name, data in shapes.items():
    print(name, check(data), check(data, reverse=True), check(data, key=lambda v: str(v)))
pairs = [(random.randint(0, 20), i) for i in range(400)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or s[i][1] < s[i + 1][1] for i in range(len(s) - 1)))
s = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(s[i][0] > s[i + 1][0] or s[i][1] < s[i + 1][1] for i in range(len(s) - 1)))
print(sorted([3, 1, 2] * 30)[:5], sorted(['b', 'a', 'B', 'é', 'e'])[:5])
print(sorted([float('nan'), 1.0, 0.5])[1:] if False else '', sorted([-0.0, 0.0, -1.5]))
