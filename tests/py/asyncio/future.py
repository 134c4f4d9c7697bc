# Future: result, exception, callbacks, states; loop.call_soon and call_later
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    loop.call_later(0.01, f.set_result, 42)
    print(await f, f.done())
    await asyncio.sleep(0)
    print(seen)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(type(g.exception()).__name__)
    try:
        await g
    except KeyError as e:
        print("raised", e)
    calls = []
    loop.call_soon(calls.append, "soon")
    h = loop.call_later(0.01, calls.append, "cancelled")
    h.cancel()
    loop.call_later(0.005, calls.append, "later")
    await asyncio.sleep(0.02)
    print(calls)
    print(asyncio.current_task() is not None, asyncio.iscoroutinefunction(main))
    print(asyncio.iscoroutine(asyncio.sleep(0)))

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
