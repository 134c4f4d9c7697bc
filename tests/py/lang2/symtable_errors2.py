srcs = [
 "def f():\n    from sys import *",
 "class C:\n    from sys import *",
 "def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    nonlocal x",
 "def f():\n    x = 1\n    def g(x):\n        nonlocal x",
 "async def f():\n    [x async for x in y]\n    def g():\n        [x async for x in y]",
 "def f():\n    [(yield) for x in y]",
 "def f():\n    {(yield) for x in y}",
 "def f():\n    {x: (yield) for x in y}",
 "def f():\n    ((yield) for x in y)",
 "def f():\n    [x for x in (yield)]",
 "[(i := 1) for i in range(3)]",
 "[[(j := 1) for i in range(2)] for j in range(3)]",
 "def f():\n    global x\n    x: int = 1",
 "def f(a):\n    global a",
 "def f():\n    nonlocal __class__",
 "class C:\n    def f(self):\n        nonlocal __class__\n        __class__ = 1",
 "async def f():\n    yield from []",
 "async def f():\n    return 1\n    yield",
 "def f():\n    yield\n    return 1",
 "def f():\n    x = 1\n    del x\n    def g(): return x",
 "lambda: (yield)",
 "class C:\n    x = (yield)",
 "def f():\n    class C:\n        nonlocal y",
 "def f():\n    y = 1\n    class C:\n        nonlocal y\n        y = 2",
 "[x for x in range(3) if (yield)]",
 "async def f():\n    await x\n    [await y for y in z]",
 "def f():\n    [await y for y in z]",
 "async def f():\n    lambda: await x",
 "def f():\n    async with x: pass",
 "def f():\n    async for x in y: pass",
 "async def f():\n    def g():\n        await z",
]
for s in srcs:
    try:
        compile(s, '<t>', 'exec')
        print('OK')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_offset)
