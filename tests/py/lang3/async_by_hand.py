# async generators (asend/athrow/aclose), coroutines driven by hand, async for/with
async def agen():
    try:
        x = yield 1
        print('got', x)
        yield 2
    finally:
        print('agen cleanup')
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend('X'))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('done')
    g2 = agen()
    await g2.__anext__()
    try:
        await g2.athrow(ValueError('t'))
    except ValueError as e:
        print('athrow', e)
    g3 = agen()
    await g3.__anext__()
    await g3.aclose()
    print([x async for x in agen()])
    async for v in agen():
        print('v', v)
        break
    return 'main done'
print(run(main()))
async def simple(): return 1
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print(e)
async def aw():
    return await simple() + 1
print(run(aw()))
class Awaitable:
    def __await__(self):
        yield 'suspended'
        return 'awaited'
async def use():
    return await Awaitable()
co = use()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(e)
class ACM:
    async def __aenter__(self): print('enter'); return self
    async def __aexit__(self, *a): print('exit', a[0]); return True
async def w():
    async with ACM() as m:
        raise KeyError
    return 'suppressed'
print(run(w()))
async def ag2():
    yield 1
a = ag2()
print(type(a).__name__, a.__aiter__() is a)
try:
    compile("async def f():\n    yield 1\n    return 2", "s", "exec")
except SyntaxError as e:
    print(e)
cw = simple()
cw.close()
try:
    cw.send(None)
except RuntimeError as e: print(e)
async def gen_in_coro():
    r = []
    async for i in arange(3):
        r.append(i)
    return r
async def arange(n):
    for i in range(n):
        yield i
print(run(gen_in_coro()))
