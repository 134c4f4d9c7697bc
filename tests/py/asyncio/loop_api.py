# the loop object: run_until_complete, new_event_loop, closing, exception handler
import asyncio

async def answer():
    await asyncio.sleep(0)
    return 42

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(answer()))
task = loop.create_task(answer())
print(loop.run_until_complete(task), task.done())

errors = []
loop.set_exception_handler(lambda lp, ctx: errors.append(type(ctx["exception"]).__name__))

def bad():
    raise ZeroDivisionError

loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(0.001))
print(errors)
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print(e)

async def nested():
    try:
        asyncio.run(answer())
    except RuntimeError as e:
        print(e)

coro = nested()
asyncio.run(coro)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
