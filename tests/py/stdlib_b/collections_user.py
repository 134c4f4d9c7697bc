from collections import UserDict, UserList, UserString
import collections.abc as cabc
class U(UserDict):
    def __missing__(self, key):
        return key * 2
u = U(a=1)
u["b"] = 2
print(u, u["zz"], len(u), "a" in u, u.data, isinstance(u, cabc.MutableMapping))
print(U({"x": 1}) | {"y": 2}, u.copy(), u.get("a"), u.pop("a"), u)
l = UserList([3, 1, 2])
l.append(0); l.sort(); print(l, l[1], l[1:], type(l[1:]).__name__)
print(l + [9], [8] + l, l * 2, l == [0, 1, 2, 3], len(l), 2 in l)
l.extend(UserList([7])); l.reverse(); print(l, l.pop(), l.index(2), l.count(1))
s = UserString("Hello")
print(s, repr(s), s.upper(), s.lower(), s + "!", len(s), s[1], "ell" in s, s == "Hello")
print(s.split("l"), s.replace("l", "L"), s.startswith("He"), s.find("l"), s * 2)
