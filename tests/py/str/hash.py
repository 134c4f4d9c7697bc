# str hashes match CPython's (PYTHONHASHSEED=0), so set order matches
for s in ["", "a", "abc", "hello world", "é", "☃", "😀", "aé☃😀", "x" * 100, "\x00", "ÿ", "Ā"]:
    print(repr(s), hash(s))
print(set("abcdefghij"))
print({"apple", "banana", "cherry", "date", "élan", "☃"})
print(hash(b"abc") == hash("abc"), hash(b""), hash(b"\xff\x00"))
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d, set(d))
