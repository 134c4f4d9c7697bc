# Task.cancel: the coroutine sees CancelledError, the awaiter too; cleanup runs
import asyncio

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter sees CancelledError")
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    print(f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError:
        print("future cancelled")

asyncio.run(main())
