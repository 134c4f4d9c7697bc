class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)
for f, args in [(getattr, (c, 1)), (hasattr, (c, 1)), (setattr, (c, 1, 2)), (delattr, (c, 1)),
                (getattr, (c,)), (setattr, (c, "a")), (delattr, (c, "nope"))]:
    try:
        f(*args)
    except (TypeError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
class G:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom")
        return name * 2
g = G()
print(getattr(g, "ab"), hasattr(g, "zz"))
try:
    hasattr(g, "boom")
except ValueError as e:
    print("ValueError", e)
print(getattr(1, "real"), getattr("s", "upper")())
