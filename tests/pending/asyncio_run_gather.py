# asyncio.run, create_task, gather: results in argument order, tasks interleave
import asyncio

log = []

async def worker(name, delay, result):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return result

async def main():
    t = asyncio.create_task(worker("t", 0.03, "T"))
    results = await asyncio.gather(worker("a", 0.02, 1), worker("b", 0.01, 2), worker("c", 0, 3))
    print(results)
    print(await t, t.done(), t.result())
    print(await asyncio.gather())
    return "main done"

print(asyncio.run(main()))
print(log)
