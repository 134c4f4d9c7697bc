# repr of str: quote choice and escapes
tests = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\t\r", "\x00\x01\x1f\x7f",
         "\x80\x9f\xa0\xad\xff", "é☃", "\u200b\u2028\u2029", "\ud800\udfff", "\U0001f600", "\U000e0001",
         "\U0010ffff", "\u0378", "\ue000", "a\u0300", "\u3000", "x\x0by\x0cz"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr("a" * 3 + "'"), [("a", "b'")], {"k": "v\n"})
print(str.__repr__("x"), "%r" % "y", "{!r}".format("z"), f"{'w'!r}")
