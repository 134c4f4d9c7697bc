# exceptions through tasks and gather, return_exceptions, CancelledError
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def ok(v):
    await asyncio.sleep(0)
    return v

async def main():
    try:
        await fail("direct")
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.gather(ok(1), fail("in gather"))
    except ValueError as e:
        print("gather raised", e)
    r = await asyncio.gather(ok(1), fail("kept"), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    t = asyncio.create_task(fail("task", 0.01))
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), type(t.exception()).__name__)

asyncio.run(main())
print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
try:
    asyncio.run(fail("top"))
except ValueError as e:
    print("run raised", e)
