# types.coroutine makes generator-based coroutines awaitable
import types


@types.coroutine
def sleep0():
    got = yield "tick"
    return got


async def main():
    a = await sleep0()
    b = await sleep0()
    return a, b


def run(coro):
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("yielded", out)
        sent = out + "!"


print(run(main()))
print(bool(sleep0.__code__.co_flags & 0x100))
g = sleep0()
print(type(g).__name__)
g.close()

# an async function is returned as is
async def already():
    return 1


print(types.coroutine(already) is already)

# a plain function returning a generator gets wrapped
def gen_factory():
    def inner():
        x = yield "w"
        return x * 2
    return inner()


wrapped = types.coroutine(gen_factory)


async def use_wrapped():
    return await wrapped()


print(run(use_wrapped()))

try:
    types.coroutine(42)
except TypeError as e:
    print(type(e).__name__, e)

# a plain generator is still not awaitable
def plain():
    yield 1


async def bad():
    await plain()


try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)

# code.replace
def f():
    return 1


co = f.__code__.replace(co_name="g")
print(co.co_name, f.__code__.co_name, co.co_flags == f.__code__.co_flags)
f.__code__ = co
print(f())
try:
    f.__code__.replace(co_flags="x")
except TypeError as e:
    print(type(e).__name__, e)
