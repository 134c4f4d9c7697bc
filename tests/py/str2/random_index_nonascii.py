import random
random.seed(5)
s = ''.join(random.choice('aé€😀bc') for _ in range(1500))
t = list(s)
ok = True
for _ in range(1500):
    i = random.randrange(-len(s), len(s))
    if s[i] != t[i]: ok = False
    j = random.randrange(0, len(s))
    if s[min(i % len(s), j):max(i % len(s), j)] != ''.join(t[min(i % len(s), j):max(i % len(s), j)]): ok = False
print(ok, s[::997] == ''.join(t[::997]), s[-1::-1013] == ''.join(t[-1::-1013]))
for k in range(0, len(s), 64):
    if s[k] != t[k] or s[k-1] != t[k-1]: ok = False
print(ok, len(s))
