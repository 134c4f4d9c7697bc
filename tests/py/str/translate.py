# translate and maketrans, encode
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "éx", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "ccc", "é": 97})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate([]), "abc".translate({}))

class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError
print("abc".translate(Table()))
for f in (lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
          lambda: str.maketrans([1]), lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}),
          lambda: "a".translate({97: 0x110000}), lambda: str.maketrans("a", "b", 3)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("abc".encode(), "é☃😀".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "abc".encode("ascii"), "é".encode(encoding="UTF8"))
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(errors, "aé☃😀".encode("ascii", errors), "aé☃".encode("latin-1", errors=errors))
print("a\udcff".encode("utf-8", "surrogateescape"), "a\udcff".encode("ascii", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
for f in (lambda: "aé☃b".encode("ascii"), lambda: "é☃😀".encode("latin-1"), lambda: "a\ud800\udc00".encode(),
          lambda: "a".encode("nope"), lambda: "é".encode("ascii", "bogus"), lambda: "a".encode(1)):
    try:
        f()
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "xxé☃".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
