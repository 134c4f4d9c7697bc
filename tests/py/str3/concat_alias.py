# += must never change a str that another name still refers to.
def grow(s, n):
    for i in range(n):
        s += chr(97 + i % 26)
    return s

a = grow("", 200)
b = a
a += "!"
print(len(a), len(b), b[-1], a[-1], a is b)

parts = []
s = "p" * 150
for i in range(20):
    parts.append(s)
    s = s + str(i)
print([len(p) for p in parts][:5], parts[3][-3:], parts[-1][-4:])
print(all(parts[i] == parts[i + 1][:len(parts[i])] for i in range(19)))

# two strs extend the same shared prefix differently
base = grow("", 300)
x = base + "X" * 3
y = base + "Y" * 3
z = x + "Z"
print(x[-4:], y[-4:], z[-5:], base[-1], len(base))
d = {x: 1, y: 2, z: 3, base: 0}
print(sorted(d.values()), d[base], d["".join(["a"]) and base + "XXX"])

# right operand that is itself a grown str, and s + s
t = grow("", 130)
u = t + t
u2 = t + t
print(u == u2, len(u), u[:3], u[128:133], t[-1])

class S(str):
    pass
v = S("q" * 140)
w = v + "end"
print(type(w).__name__, w[-4:], len(v))
w += "more"
print(type(w).__name__, w[-6:])
print(repr(grow("", 3) + "é" * 130)[:8], len(grow("", 3) + "é" * 130))
