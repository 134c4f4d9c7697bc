class Fut:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('waiting', self.v)
        return got
async def add(a, b):
    x = await Fut(a)
    y = await Fut(b)
    return x + y
async def main():
    r = await add(1, 2)
    return r * 10
def drive(coro):
    val = None
    try:
        while True:
            req = coro.send(val)
            print('request', req)
            val = req[1] * 100
    except StopIteration as e:
        return e.value
print(drive(main()))
c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def raiser():
    await Fut(0)
    raise ValueError('in coro')
c = raiser()
c.send(None)
try:
    c.throw(KeyError('thrown'))
except KeyError as e:
    print('thrown out', e)
c = raiser(); c.send(None)
try:
    c.send(1)
except ValueError as e:
    print('raised', e)
async def simple(): return 'simple'
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self): return 5
async def usebad():
    await BadAwait()
try:
    usebad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def await_int():
    await 3
try:
    await_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def ctx():
    class ACM:
        async def __aenter__(self):
            print('aenter'); return 'acm'
        async def __aexit__(self, *a):
            print('aexit', a[0]); return False
    async with ACM() as v:
        print('inside', v)
    return 'ctx done'
print(drive(ctx()))
