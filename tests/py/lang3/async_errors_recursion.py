# coroutine and async generator errors; recursion through yield from
import sys
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def a(): return 1
c = a(); run(c)
try: run(c)
except RuntimeError as e: print(e)
async def ag():
    raise StopAsyncIteration
    yield
try: run(ag().__anext__())
except RuntimeError as e: print(e)
async def ag2():
    yield 1
g = ag2()
try: run(g.asend(5))
except TypeError as e: print(e)
async def waiter(): 
    await a()
    return 'w'
w = waiter()
print(w.cr_await, run(w))
def plain(): yield
async def bad(): await plain()
try: run(bad())
except TypeError as e: print(e)
async def nested_async_gen():
    async def inner():
        yield 1; yield 2
    return [x async for x in inner()]
print(run(nested_async_gen()))
async def ag3():
    try:
        yield 1
    finally:
        print('ag3 finally')
async def drive():
    g = ag3()
    await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration: print('closed ag raises StopAsyncIteration')
run(drive())
print(sys.getrecursionlimit() > 0)
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print(e)
def deep_gen(n):
    yield from deep_gen(n + 1)
try: next(deep_gen(0))
except RecursionError as e: print('gen', e)
