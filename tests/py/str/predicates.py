# is* predicates
tests = ["", "abc", "ABC", "Abc", "aBc", "abc1", "123", "½", "²", "٣", "Ⅻ", "一", " \t\n", "\x1c\x85\xa0\u2028\u3000", "a b",
         "Hello World", "Hello world", "HELLO", "ǅ", "ǅa", "A1", "1a", "_x", "x_1", "1x", "é", "ŉ", "\u0300", "ß", "ﬁ",
         "print", "a\x00", "é☃", "\u200b", "𝔘𝔫𝔦", "\U0001f600", "\ud800", "٠١٢", "Ⅰ", "ⅷ", "〇", "₅", "①", "x²", "Ǆ", "ǆ"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
for t in tests:
    print(repr(t), "".join("1" if getattr(t, n)() else "0" for n in names))
try:
    "a".isalpha(1)
except TypeError as e:
    print("TypeError", e)
