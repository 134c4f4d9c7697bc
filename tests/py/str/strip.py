# strip family, padding, zfill, expandtabs, replace, affixes
tests = ["  abc  ", "\t\n abc\x0b\x0c\r ", "xxabcxx", "", "   ", "\u3000é\u2028", "abc"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("xa ")), repr(t.strip(None)))
print("ééaéé".strip("é"), "☃a☃".lstrip("☃"), "abcba".strip("ab"), "abc".strip(""))
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError", e)
for w in (-1, 0, 3, 5, 6, 7, 10):
    print(repr("abc".center(w)), repr("abcd".center(w, "*")), repr("ab".ljust(w, "é")), repr("ab".rjust(w)), repr("é".center(w, "☃")))
for f in (lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".ljust("5"), lambda: "a".rjust(5, "")):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3), "é".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(tabsize=2)))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print("héllo".replace("l", "L"), "☃☃".replace("☃", "snow"), "abc".replace("b", ""), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
for f in (lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", "c")):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print("prefix_x".removeprefix("prefix_"), "x".removeprefix("y"), "x_suffix".removesuffix("_suffix"), "é☃".removesuffix("☃"), "a".removeprefix(""))
try:
    "a".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
