# asyncio.timeout, shield, as_completed, Condition
import asyncio

async def value_after(v, delay):
    await asyncio.sleep(delay)
    return v

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time", cm.expired())

    inner = asyncio.create_task(value_after("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("outer timed out", inner.cancelled())
    print(await inner)

    order = []
    for fut in asyncio.as_completed([value_after(3, 0.03), value_after(1, 0.01), value_after(2, 0.02)]):
        order.append(await fut)
    print(order)

    cond = asyncio.Condition()
    ready = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("consumer", n, "sees", ready)

    tasks = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append("item")
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
