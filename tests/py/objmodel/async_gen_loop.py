# Async generators and coroutines driven by a tiny hand-written loop
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


def run(coro):
    """Drive [coro]: every value it yields is echoed back to it."""
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  loop saw", out)
        sent = "re:" + str(out)


async def agen():
    try:
        for i in range(3):
            got = await suspend(f"step{i}")
            print("  agen awaited", got)
            x = yield i
            print("  agen received", x)
    finally:
        print("  agen finally")


async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.asend("sent"))
    async for v in g:
        print("async for", v)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    return "main done"


print(run(main()))


async def throwing():
    try:
        yield 1
    except ValueError as e:
        print("  caught", e)
        yield "handled"
    yield "after"


async def main2():
    g = throwing()
    print(await g.asend(None))
    print(await g.athrow(ValueError("boom")))
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed generator is exhausted")


run(main2())


async def closing():
    try:
        yield 1
    finally:
        await suspend("cleanup")
        print("  closing cleaned up")


async def main3():
    g = closing()
    await g.__anext__()
    await g.aclose()
    # an unstarted one closes without running
    g2 = closing()
    await g2.aclose()
    print("aclose done")


run(main3())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def main4():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)


run(main4())


# the awaitables themselves
async def one():
    yield 1


g = one()
aw = g.asend(None)
print(type(aw).__name__, type(g.athrow(ValueError)).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("asend result", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(g).__name__, g.__aiter__() is g, g.ag_running)


# async comprehensions
async def numbers():
    for i in range(4):
        yield i


async def comp():
    return [x * x async for x in numbers() if x % 2 == 0]


print(run(comp()))


# a coroutine's own protocol
async def coro():
    return await suspend("c")


c = coro()
print(type(c).__name__, c.cr_running, c.cr_await)
print(c.send(None))
print(c.cr_await is not None)
try:
    c.send("value")
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = coro()
c2.close()
print(c2.cr_frame)
w = coro().__await__()
print(type(w).__name__, next(w))
