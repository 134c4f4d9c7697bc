def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(count(101)))

def squares(it):
    for x in it:
        yield x * x

print(list(squares(count(6))))

def delegate():
    result = yield from count(3)
    yield result

print(list(delegate()))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
print(next(g))
g.close()
print((x * 2 for x in range(3)).__class__.__name__, sum(x * 2 for x in range(10)))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)

g = thrower()
next(g)
print(g.throw(ValueError("boom")))
