# split, rsplit, splitlines, partition, rpartition, join
tests = ["a b  c", "  a b  c  ", "", "   ", "a,b,,c", "a\tb\nc\x0bd\x0ce\x1cf\x85g\u3000h", "one"]
for t in tests:
    print(repr(t), t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(","), t.rsplit(",", 1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
print("a--b--c".split("--"), "a--b--c".split("--", 1), "a--b--c".rsplit("--", 1), "--".split("--"), "abc".split("abc"))
print("aaa".split("a"), "aaa".rsplit("aa"), "a b c".split(" ", -1), "a b c".split(sep=" ", maxsplit=1))
print("héllo wörld".split("ö"), "x☃y☃z".rsplit("☃", 1), "é é".split())
for f in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(""), lambda: "a".split(" ", "1")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\n"
print(lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "x".splitlines(True), "\r\n".splitlines(True), "a\n\rb".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "é=ü".partition("="))
for f in (lambda: "a".partition(""), lambda: "a".rpartition(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "é".join(["a", "b"]), " ".join(("x",)), ", ".join(map(str, range(5))))
print("".join(c for c in "gen"), "+".join({"k": 1}), "-".join(iter(["p", "q"])))
for f in (lambda: ",".join([1, 2]), lambda: ",".join(["a", 2]), lambda: ",".join(5), lambda: ",".join([b"a"])):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
