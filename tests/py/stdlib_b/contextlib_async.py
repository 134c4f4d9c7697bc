from contextlib import asynccontextmanager, AbstractAsyncContextManager, nullcontext, suppress
@asynccontextmanager
async def actx(n):
    print("enter", n)
    try:
        yield n * 2
    finally:
        print("exit", n)
async def main():
    async with actx(3) as v:
        print("got", v)
    try:
        async with actx(4):
            raise ValueError("x")
    except ValueError as e:
        print("caught", e)
    async with nullcontext(7) as z:
        print("null", z)
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
import io
print(io.TextIOWrapper, io.StringIO.__name__, issubclass(io.StringIO, io.IOBase))
with suppress():
    pass
import collections.abc, collections
print(collections.abc.Mapping, collections.abc is __import__("collections").abc)
