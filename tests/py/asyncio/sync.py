# Event, Lock, Semaphore, Queue
import asyncio

async def main():
    ev = asyncio.Event()
    order = []

    async def waiter(n):
        await ev.wait()
        order.append(n)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), order)
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), order)

    lock = asyncio.Lock()
    trace = []

    async def critical(n):
        async with lock:
            trace.append(f"in {n}")
            await asyncio.sleep(0.001)
            trace.append(f"out {n}")

    await asyncio.gather(critical(1), critical(2))
    print(trace, lock.locked())

    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]

    async def limited():
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1

    await asyncio.gather(*(limited() for _ in range(5)))
    print("peak", peak[0])

    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return got
            got.append(item)

    _, got = await asyncio.gather(producer(), consumer())
    print(got, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")

asyncio.run(main())
