# Dicts keyed by strings and ints, string building, sorting with a key.

words = ['w%d' % (i * 7919 % 5003) for i in range(20000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
index = {}
for i, w in enumerate(words):
    index.setdefault(w[:3], []).append(i)
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
inverse = {v: k for k, v in enumerate(words)}
total = 0
for _ in range(20):
    for k in list(counts)[:2000]:
        total += counts[k] + len(index[k[:3]])
        if k in inverse:
            total += 1
print(len(counts), len(index), pairs[:3], total)
