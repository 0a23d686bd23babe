"""A relay race of asyncio tasks synchronised with asyncio.Barrier, plus Event and Semaphore."""
import asyncio
import random


async def runner(name, team, barrier, log, rng_seed):
    rng = random.Random(rng_seed)
    for leg in range(1, 4):
        for _ in range(rng.randint(0, 6)):
            await asyncio.sleep(0)
        log.append(f"{team}:{name} finished leg {leg}")
        position = await barrier.wait()
        if position == 0:
            log.append(f"  {team}: first to the barrier on leg {leg} was {name}")
    return name


async def race(team, names, seed):
    barrier = asyncio.Barrier(len(names))
    log = []
    results = await asyncio.gather(*(runner(n, team, barrier, log, seed + i) for i, n in enumerate(names)))
    return barrier, log, results


async def with_abort():
    barrier = asyncio.Barrier(3)
    out = []

    async def waiter(i):
        try:
            await barrier.wait()
            out.append(f"waiter {i} passed")
        except asyncio.BrokenBarrierError as exc:
            out.append(f"waiter {i} broken: {exc}")

    tasks = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0.001)
    out.append(f"before abort: waiting={barrier.n_waiting} broken={barrier.broken}")
    await barrier.abort()
    await asyncio.gather(*tasks)
    out.append(f"after abort: broken={barrier.broken}")
    return out


async def with_reset():
    barrier = asyncio.Barrier(2)
    out = []

    async def early():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as exc:
            out.append(f"early got {type(exc).__name__}")

    t = asyncio.create_task(early())
    await asyncio.sleep(0.001)
    await barrier.reset()
    await t
    async def pair(i):
        async with barrier as pos:
            out.append(f"pair {i} position {pos}")
    await asyncio.gather(pair(1), pair(2))
    out.append(f"reusable: n_waiting={barrier.n_waiting} parties={barrier.parties}")
    return out


async def main():
    barrier, log, results = await race("blue", ["ann", "bo", "cy"], 7)
    print("\n".join(log))
    print(results, barrier.n_waiting, barrier.parties, barrier.broken)
    print("\n".join(await with_abort()))
    print("\n".join(await with_reset()))
    try:
        asyncio.Barrier(0)
    except ValueError as exc:
        print("ValueError:", exc)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    gate = asyncio.Event()
    sem = asyncio.Semaphore(2)
    order = []

    async def job(i):
        await gate.wait()
        async with sem:
            order.append(f"start {i}")
            for _ in range(3 - i % 3):
                await asyncio.sleep(0)
            order.append(f"end {i}")

    tasks = [asyncio.create_task(job(i)) for i in range(5)]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*tasks)
    print(order)


asyncio.run(main())
