def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Yield:
    def __await__(self):
        yield 'tick'
async def ag():
    try:
        for i in range(3):
            await Yield()
            yield i
    finally:
        print('ag finally')
async def main():
    out = [x async for x in ag()]
    out2 = [await h(x) for x in range(2)]
    g = ag()
    print(await g.__anext__())
    try:
        await g.athrow(ValueError('thrown in'))
    except ValueError as e:
        print('athrow propagated', e)
    g2 = ag()
    await g2.__anext__()
    await g2.aclose()
    print('after aclose')
    return out, out2
async def h(x):
    await Yield()
    return x * 10
print(run(main()))
class ACM:
    async def __aenter__(self):
        await Yield(); return 'v'
    async def __aexit__(self, t, v, tb):
        await Yield(); print('aexit sees', t.__name__ if t else None); return True
async def m2():
    async with ACM() as v:
        raise KeyError(v)
    return 'suppressed'
print(run(m2()))
async def agen_return():
    yield 1
    return
async def m3():
    a = agen_return()
    r = []
    async for x in a: r.append(x)
    try:
        await a.__anext__()
    except StopAsyncIteration:
        r.append('stop')
    return r
print(run(m3()))
async def nested_await():
    async def inner():
        return await h(1) + await h(2)
    return await inner()
print(run(nested_await()))
c = nested_await()
print(c.cr_running, c.cr_frame is not None, type(c.cr_code).__name__)
c.close()
print(c.cr_frame)
async def gen_in_coro():
    def g(): yield 1
    return list(g())
print(run(gen_in_coro()))
import sys
async def exc_in_coro():
    try:
        await Yield()
        raise ValueError('inside')
    except ValueError as e:
        return 'caught ' + str(e)
print(run(exc_in_coro()))
async def ag2():
    yield 1
ait = ag2()
print(type(ait.__anext__()).__name__, ait.ag_running, type(ait).__name__)
try:
    ait.asend(1).send(None)
except TypeError as e:
    print(e)
