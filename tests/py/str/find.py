# find, rfind, index, rindex, count, startswith, endswith
s = "abcabcabc"
print(s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("z"), s.find(""), s.find("", 9), s.find("", 10))
print(s.rfind("c"), s.rfind("c", 0, 8), s.rfind(""), s.rfind("", 3, 5), s.rfind("abc", -4))
print(s.find("b", -4), s.find("b", -100, -2), s.find("a", None, None), s.find("a", 1, None))
print(s.index("b"), s.rindex("b"), s.count("abc"), s.count("a", 1), s.count(""), s.count("", 3, 5), s.count("", 20))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 5))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "x")):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
u = "héllo wörld héllo"
print(u.find("llo"), u.rfind("llo"), u.find("ö"), u.index("w"), u.count("é"), u.find("é", 2), u.rfind("é", 0, 5))
print(s.startswith("abc"), s.startswith("bc"), s.startswith("bc", 1), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("abc"), s.endswith("ab", 0, 8), s.endswith(("x", "y")), s.endswith("", 9), s.endswith("", 10))
print("abc".startswith("", 3), "abc".startswith("", 4), u.startswith("hé"), u.endswith("llo"), u.endswith("ö", 0, 9))
for f in (lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1))):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(s.find("c", 2**70), s.find("c", -2**70), s.count("a", 2**70))
