# Ordinary asyncio programs: pipelines with async generators, workers on a queue,
# async context managers, exceptions crossing tasks.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        yield i
        await asyncio.sleep(delay)


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


async def squares(n):
    async for i in ticker(n, 0):
        yield i * i


async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item < 0:
                raise ValueError(f"negative {item}")
            await asyncio.sleep(0)
            results.append((name, item * 2))
        except ValueError as e:
            print(name, "error:", e)
        finally:
            q.task_done()


async def main():
    total = 0
    async for v in squares(5):
        total += v
    print("sum of squares", total)
    print([x async for x in squares(4) if x % 2 == 0])

    async with Resource("db") as r, Resource("cache"):
        print("using", r.name)
    try:
        async with Resource("file"):
            raise KeyError("missing")
    except KeyError as e:
        print("KeyError", e)

    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for item in [1, 2, -3, 4, 5, 6]:
        q.put_nowait(item)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(results)

    async def child(i):
        await asyncio.sleep(0.001 * i)
        if i == 2:
            raise RuntimeError("child 2 failed")
        return i

    tasks = [asyncio.create_task(child(i)) for i in range(4)]
    for t in tasks:
        try:
            print("child result", await t)
        except RuntimeError as e:
            print("child error", e, t.exception() is not None)

    async def countdown(label, n):
        while n:
            print(label, n)
            n -= 1
            await asyncio.sleep(0)

    await asyncio.gather(countdown("A", 3), countdown("B", 2), countdown("C", 1))

    ag = ticker(3, 0)
    print(await ag.__anext__(), await ag.__anext__())
    await ag.aclose()
    print(await anext_default(ag))


async def anext_default(ag):
    try:
        return await ag.__anext__()
    except StopAsyncIteration:
        return "exhausted"


asyncio.run(main())
