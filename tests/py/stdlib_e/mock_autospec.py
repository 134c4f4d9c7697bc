# create_autospec and patch(autospec=True): signatures are checked
import asyncio
from unittest.mock import create_autospec, patch, AsyncMock, call, seal, Mock

def func(a, b, *, c=1):
    return a + b

f = create_autospec(func, return_value=3)
print(f(1, 2), f(1, b=2, c=4))
f.assert_called_with(1, b=2, c=4)
f.assert_any_call(1, 2)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
print(f.call_count, f.mock.call_args_list)

class Klass:
    def method(self, x):
        return x
    @staticmethod
    def smeth(y):
        return y
    attr = 3

K = create_autospec(Klass)
inst = K()
inst.method(1)
inst.method.assert_called_with(1)
try:
    inst.method(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    inst.nope
except AttributeError as e:
    print('AttributeError', e)
print(K.smeth(5) is not None)
print(isinstance(inst, Klass))

with patch(__name__ + '.func', autospec=True) as fm:
    func(1, 2)
    fm.assert_called_once_with(1, 2)
    try:
        func()
    except TypeError as e:
        print('TypeError', e)

am = AsyncMock(return_value=7)
async def main():
    r = await am(1, x=2)
    return r
print(asyncio.run(main()))
am.assert_awaited_once_with(1, x=2)
am.assert_called_once()
print(am.await_count, am.await_args)
try:
    am.assert_not_awaited()
except AssertionError as e:
    print(e)

async def coro(x):
    return x
with patch(__name__ + '.coro') as cm:
    print(type(cm).__name__)

sm = Mock()
sm.a.b = 1
seal(sm)
try:
    sm.c
except AttributeError as e:
    print('AttributeError', e)
print(sm.a.b)
