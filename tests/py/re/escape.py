import re
print(re.escape('a.b*c'), re.escape('hello world!'), re.escape('~#&-\t\n'), re.escape(''))
print(re.escape(b'a.b\x00\xff'), re.escape('é€_1'), re.escape("a'b\"c"))
s = 'a+b(c)[d]{e}^$|?\\'
print(re.match(re.escape(s), s).group() == s, re.findall(re.escape('1.5'), '1.5 105 1x5'))
