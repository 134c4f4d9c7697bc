x: int = 1
y: "str"
def f(a: int, b: str = "s", *args: float, c: list, **kw: dict) -> bool:
    z: int = 3
    return True
print(__annotations__)
print(f.__annotations__)
class C:
    a: int
    b: list = []
    def m(self) -> None:
        self.q: int = 1
print(C.__annotations__)
obj = C()
obj.m()
print(obj.q)
d = {}
d["k"]: int = 5
print(d)
def local_ann():
    v: undefined_name
    w: int = 2
    return w
print(local_ann())
