# str literals, indexing, slicing, concatenation, repetition, comparison
s = "hello world"
print(len(s), s[0], s[-1], s[4], s[-5])
print(s[1:4], s[:5], s[6:], s[-5:], s[::2], s[::-1], s[10:2:-3], s[100:], s[-100:3])
u = "héllo wörld ☃ 😀"
print(len(u), u[1], u[-1], u[-3], u[2:9], u[::-1], u[::3], u[1::4], u[-2:])
for bad in (11, -12, 100):
    try:
        print(s[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print("a" + "b", "é" + "x", "" + "", "ab" * 3, 3 * "é", "x" * 0, "x" * -2, "" * 5)
for op in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: [1] + "a", lambda: "a" - "b"):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
try:
    "x" * (1 << 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print("abc" < "abd", "abc" < "ab", "" < "a", "é" > "z", "😀" > "\uffff", "abc" == "abc", "a" != "b")
print("abc" <= "abc", "b" >= "a", sorted(["b", "é", "a", "Z", "😀", "z"]))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "a" != None)
print("ll" in s, "xyz" in s, "" in s, "ö" in u, "😀" in u)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
print(list("abé"), [c for c in "x😀y"], tuple(iter("")))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
x = "ab"
x += "cd"
x *= 2
print(x)
print(str(), str(123), str("x"), str(None), str(b"ab"), str([1, "a"]), str(1.5))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(object="k"))
for args in ((1, "utf-8"), ("a", "utf-8")):
    try:
        str(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(bool(""), bool("a"), "abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"))
print(type("x").__name__, isinstance("x", str), str.__name__)
