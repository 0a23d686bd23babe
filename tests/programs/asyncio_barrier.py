# asyncio.Barrier: arrival indexes, reuse, abort and reset, repr.
import asyncio
import re


def show(b):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(b))

async def worker(b, name, delay, log):
    for _ in range(delay):
        await asyncio.sleep(0)
    log.append(f"{name} arrives ({show(b)})")
    i = await b.wait()
    log.append(f"{name} passes index={i}")
    async with b as j:
        log.append(f"{name} second round {j}")
async def breaker(b, log):
    await asyncio.sleep(0.05)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        log.append(f"broken: {e!r}")
async def main():
    log = []
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(worker(b, n, d, log) for n, d in [("a", 1), ("b", 2), ("c", 3)]))
    print("\n".join(log)); log.clear()
    print(show(b))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(breaker(b2, log))
    await asyncio.sleep(0.1)
    print(show(b2))
    await b2.abort()
    await t
    print(log, show(b2), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("again", repr(e))
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(breaker(b3, log))
    await asyncio.sleep(0.1)
    await b3.reset()
    await t
    print(log[-1], show(b3))
    try: asyncio.Barrier(0)
    except ValueError as e: print(e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
asyncio.run(main())
