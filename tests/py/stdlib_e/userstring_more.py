# collections: UserString methods, UserDict copies, Counter counting
import collections
import copy
from collections import UserString, UserDict, Counter

s = UserString('Hello World')
print(s.ljust(14, '*'), s.rjust(14), s.partition(' '), s.rpartition('o'))
print(s.rfind('o'), s.rindex('l'), s.isascii(), s.isalnum(), s.istitle())
print(s.removeprefix('Hello '), s.removesuffix(UserString('World')), s.encode())
print(UserString('a\tb').expandtabs(4), s.translate(str.maketrans('lo', '01')))
print(UserString('12').isdecimal(), UserString('x_1').isidentifier(),
      UserString('Ⅷ').isnumeric(), UserString('\x00').isprintable())
print(UserString('{a}-{b}').format_map({'a': 1, 'b': 2}), type(s.ljust(3)).__name__)
missing = [m for m in dir(str) if not hasattr(UserString, m)]
print(missing)

d = UserDict(a=1)
d.note = 'kept'
c = copy.copy(d)
print(c, c.note, c.data is d.data)
class Sub(UserDict):
    pass
sd = Sub(x=1)
sd.attr = [1]
sc = sd.copy()
print(type(sc).__name__, sc, sc.attr is sd.attr)

cnt = Counter('abracadabra')
print(cnt.most_common(3), cnt.total())
m = {}
collections._count_elements(m, 'hello')
print(m)
