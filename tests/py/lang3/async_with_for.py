# async with / async for driven by hand: enter/exit order, suppression, StopAsyncIteration
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return self.suppress
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM('a') as a, ACM('b') as b:
        print('body', a, b)
    async with ACM('s', suppress=True):
        raise ValueError
    out = []
    async for v in ARange(3):
        if v == 2:
            continue
        out.append(v)
    else:
        out.append('else')
    async for v in ARange(5):
        if v == 2:
            break
    print(out, v)
    print([v async for v in ARange(3) if v != 2], {v: v async for v in ARange(2)})
    try:
        async with ACM('err'):
            raise KeyError('k')
    except KeyError as e:
        print('propagated', e)
    return 'done'
print(run(main()))
async def bad_aiter():
    async for x in 5:
        pass
try:
    run(bad_aiter())
except TypeError as e:
    print(e)
class NoAnext:
    def __aiter__(self): return self
async def bad_anext():
    async for x in NoAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(e)
async def bad_with():
    async with object():
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
