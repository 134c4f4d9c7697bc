# a task created inside main outlives nothing past asyncio.run: it is cancelled
import asyncio

async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.001)
            log.append("tick")
    except asyncio.CancelledError:
        log.append("cancelled at shutdown")
        raise

log = []

async def main():
    asyncio.create_task(forever(log))
    await asyncio.sleep(0.01)
    return "main returns"

print(asyncio.run(main()))
print(log[-1], "tick" in log)
