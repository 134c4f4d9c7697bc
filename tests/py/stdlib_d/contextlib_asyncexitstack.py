import asyncio, contextlib
class ACM:
    def __init__(self, n): self.n = n
    async def __aenter__(self): print('enter', self.n); return self.n
    async def __aexit__(self, *exc): print('exit', self.n, exc[0]); return False
async def cb(x): print('async cb', x)
async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM(1))
        stack.callback(print, 'sync cb')
        stack.push_async_callback(cb, 'x')
        b = await stack.enter_async_context(ACM(2))
        stack.enter_context(contextlib.nullcontext())
        print('body', a, b)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(ACM(3))
            raise ValueError('boom')
    except ValueError as e: print('caught', e)
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(ACM(4)); await stack.aclose()
    try: await contextlib.AsyncExitStack().enter_async_context(3)
    except TypeError as e: print(e)
asyncio.run(main())
