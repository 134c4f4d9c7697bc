async def agen(n):
    for i in range(n):
        yield i
    print('agen exhausted')
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
async def comp():
    return [v * 2 async for v in agen(3)]
print(run(comp()))
a = agen(2)
print(type(a).__name__)
nx = a.__anext__()
try:
    nx.send(None)
except StopIteration as e:
    print('first', e.value)
async def manual():
    g = agen(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
run(manual())
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def useait():
    async for x in AIt():
        print('ait', x)
    else:
        print('async for else')
run(useait())
async def bad():
    async for x in [1]:
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
async def asend_gen():
    x = yield 1
    print('asend got', x)
    yield 2
async def use_asend():
    g = asend_gen()
    print(await g.asend(None))
    print(await g.asend('hi'))
    await g.aclose()
run(use_asend())
