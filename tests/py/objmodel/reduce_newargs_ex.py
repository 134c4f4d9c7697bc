import copy, copyreg

class P:
    def __new__(cls, a, *, b=0):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self
    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}

p = P(1, b=2)
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1][0] is P, r[1][1:], r[2])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
q = copy.copy(p)
print(q.a, q.b, q is p)
q = copy.deepcopy(p)
print(q.a, q.b)

class E:
    def __getnewargs_ex__(self):
        return (1, 2), {}

r = E().__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[0].__name__, r[1][1:])

class Both:
    def __getnewargs_ex__(self):
        return (3,), {}
    def __getnewargs__(self):
        return (4,)
    def __new__(cls, *a):
        return super().__new__(cls)

print(Both().__reduce_ex__(4)[1][1:])

def bad(ret):
    class B:
        def __getnewargs_ex__(self):
            return ret
    try:
        B().__reduce_ex__(4)
    except TypeError as e:
        print("TypeError", e)

bad([(), {}])
try:
    bad(((), {}, 1))
except ValueError as e:
    print("ValueError", e)
bad(([], {}))
bad(((), []))

class G:
    def __getnewargs__(self):
        return [1]

try:
    G().__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)

def gen():
    yield 1

async def coro():
    pass

c = coro()
for o in (gen(), (lambda: (yield))(), c, (x for x in ())):
    for proto in (2, 4):
        try:
            o.__reduce_ex__(proto)
        except TypeError as e:
            print("TypeError", e)
    for f in (copy.copy, copy.deepcopy):
        try:
            f(o)
        except TypeError as e:
            print("TypeError", e)
c.close()

class Plain:
    pass

x = Plain()
x.v = 5
print(x.__reduce_ex__(4)[2], copy.copy(x).v)
print(object().__reduce_ex__(4)[1])
