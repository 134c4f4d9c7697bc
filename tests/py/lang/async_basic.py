import sys
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v
async def add(a, b):
    x = await Awaitable(a)
    return x + b
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(add(1, 2)))
class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def loop():
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(loop()))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False
async def withs():
    async with ACM() as r:
        print("inside", r)
    return "done"
print(run(withs()))
async def comp():
    return [v async for v in AIter(4) if v % 2], [await Awaitable(i) for i in range(2)]
print(run(comp()))
async def agen():
    for i in range(3):
        yield i
async def use_agen():
    return [v async for v in agen()]
print(run(use_agen()))
print(type(add(1, 2)).__name__)
c = add(1, 2); c.close()
print(add.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
