# Appending to a str in a loop, while earlier values stay in use.
s = ""
kept = []
for i in range(300):
    s += str(i % 10)
    if i % 37 == 0:
        kept.append(s)
print(len(s), s[:20], s[-20:])
print([len(k) for k in kept])
print([k[-3:] for k in kept])

# an old value is extended twice: both results are independent
base = "x" * 200
a = base + "A"
b = a + "B"
c = a + "C"          # a is no longer the longest: must copy
print(len(a), a[-2:], b[-3:], c[-3:], a == base + "A", b != c)
print(a.endswith("A"), b.endswith("AB"), c.endswith("AC"))

# s = s + t and s += t build the same text
u = v = ""
for i in range(500):
    u = u + chr(65 + i % 26)
    v += chr(65 + i % 26)
print(u == v, hash(u) == hash(v), len(u))

# non-ASCII pieces keep lengths and indexing right
w = "é" * 100
for ch in "aé€😀":
    w += ch
print(len(w), w[-4:], w[100], w[-1], w.count("é"))
w2 = w + "z"
print(len(w), len(w2), w2[-2:], w[-1])

# values used as dict keys and in sets while the text grows
d = {}
t = "k" * 130
for i in range(5):
    t += str(i)
    d[t] = i
print(sorted(d.values()), d["k" * 130 + "01234"], ("k" * 130 + "012") in d)

# a prefix that was kept is usable everywhere text is needed
num = "1" * 130
x = num + "5"
y = x + "7"
print(int(x) % 1000, int(y) % 10000, float(x[-5:]), x.isdigit())
print(x.encode()[-3:], repr(x[-4:]), f"{x[-3:]:>5}")
n = "name" + "_" * 130
n2 = n + "tail"
print(type(n, (), {}).__name__ == n, len(n))
print(str.join("", [x, y])[-5:], x.split("5"), x.upper()[-3:])
