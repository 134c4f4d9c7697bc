import re

print(re.findall(r"(\w+)=(\d+)", "a=1, bb=22, c=x"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "joe@example, ann@site"))
print(re.subn(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\s+", " x  y ", maxsplit=1))
m = re.match(r"(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?", "2021-03 rest")
print(m.group(0), m.groups(), m.groupdict(), m.span("mon"), m.lastgroup, m.lastindex)
print(m.groups(default="-"), m.start(3), m.end())
print(repr(m))
print(re.fullmatch(r"a+b*", "aaabb"), re.fullmatch(r"a+", "aab"))
print([x.span() for x in re.finditer(r"a*", "baaac")])
print(re.search(r"(?i)HELLO", "say hello"), re.search(r"^b", "a\nb", re.M).start())
print(re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"\b\w+(?!\d)\b", "ab1 cd"))
print(re.escape("a.b*c?d"), re.compile(r"x", re.I | re.S).flags)
print(re.sub(r"a|", "-", "bab"))
print(re.findall(r"[^\W\d]+", "héllo 42 wörld"))
print(re.match(rb"\x00(\d+)", b"\x0012").group(1))
p = re.compile(r"(a)(b)?")
print(p.pattern, p.groups, p.groupindex, repr(p))
for bad in [r"(", r"a{2,1}", r"[b-a]", r"(?P<1>x)", r"\1", "*"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__, e)
print(re.match(r"(\d+)(?:px)?", "12px").expand(r"<\1>"))
print(re.sub(r"(?x) a \s b  # comment", "!", "a b"))
print(re.match(r"(a|b)*?c", "ababc").group(1), re.match(r"(?s).+", "a\nb").group())
sc = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: t),
    (r"\d+\.\d*", lambda s, t: float(t)),
    (r"\d+", lambda s, t: int(t)),
    (r"=|\+|-|\*|/", lambda s, t: "op" + t),
    (r"\s+", None),
])
print(sc.scan("sum = 3*foo + 312.50 + bar ?rest"))
print(sc.scan(""), bool(sc.scanner.scanner("").pattern))
for p, f in [('#x\n(?x)#y\na', re.VERBOSE), ('  (?x) a', re.X), ('  (?x) a', 0),
             ('a|(?x)b', re.X), ('(?i)(?x) A', 0), ('#c\n  (?i)A', re.X),
             ('(?x)(?i)A', 0), ('x(?i)', 0)]:
    try:
        print(repr(p), re.fullmatch(p, 'a', f))
    except re.error as e:
        print(repr(p), 'error', e)
print(re.match(r"^x{}$", "xxx"), re.match(r"^x{}$", "x{}"), re.findall(r"a{}b|{|}|a{2}", "a{}b{}aa"))
