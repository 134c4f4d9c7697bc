import asyncio

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(policy is asyncio.get_event_loop_policy())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)

async def agen():
    yield 1
    yield 2

async def main():
    return [x async for x in agen()]

print(loop.run_until_complete(main()))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
loop.close()

for bad in (3, "x"):
    try:
        asyncio.set_event_loop(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print("TypeError", e)

asyncio.set_event_loop_policy(None)
p2 = asyncio.get_event_loop_policy()
print(p2 is not policy, isinstance(p2, asyncio.DefaultEventLoopPolicy))

class MyPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0
    def new_event_loop(self):
        MyPolicy.made += 1
        return super().new_event_loop()

asyncio.set_event_loop_policy(MyPolicy())

async def twice(x):
    await asyncio.sleep(0)
    return x * 2

print(asyncio.run(twice(21)), MyPolicy.made)
l2 = asyncio.new_event_loop()
print(MyPolicy.made, l2.run_until_complete(twice(5)))
l2.close()
asyncio.set_event_loop_policy(None)
