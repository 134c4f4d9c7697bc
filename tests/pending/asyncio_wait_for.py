# wait_for and wait: timeouts, FIRST_COMPLETED, ALL_COMPLETED
import asyncio

async def value_after(v, delay):
    await asyncio.sleep(delay)
    return v

async def main():
    print(await asyncio.wait_for(value_after("fast", 0.01), 1))
    try:
        await asyncio.wait_for(value_after("slow", 1), 0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    print(await asyncio.wait_for(value_after("none", 0), None))
    tasks = [asyncio.create_task(value_after(i, 0.01 * (i + 1))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(value_after("late", 1))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    slow.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

asyncio.run(main())
