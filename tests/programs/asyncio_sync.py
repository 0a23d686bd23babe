# asyncio: wait_for, wait, as_completed, Queue, Event, Lock, Semaphore, timeout.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            print(name, "stops")
            return
        print(name, "got", item)
        await asyncio.sleep(0)


async def main():
    print(await asyncio.wait_for(job("quick", 0.001), timeout=1))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.005)
    except asyncio.TimeoutError:
        print("timed out")
    print(asyncio.TimeoutError is TimeoutError)
    tasks = [asyncio.create_task(job(f"j{i}", d)) for i, d in enumerate([0.05, 0.001, 0.03])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job(f"c{i}", d)) for i, d in enumerate([0.06, 0.001, 0.03])]
    for f in asyncio.as_completed(tasks):
        print("completed", await f)

    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize)
    await asyncio.gather(producer(q, 4), consumer(q, "C"))
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    await q.join()
    print("joined")

    ev = asyncio.Event()

    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woke", i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)

    lock = asyncio.Lock()

    async def critical(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.001)
            print("out", i)

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(lock.locked())

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print("active", sorted(active))
            await asyncio.sleep(0)  # no timers: the same interleaving at any speed
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))

    try:
        async with asyncio.timeout(0.002):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")

    f1 = asyncio.ensure_future(job("ensured", 0))
    print(await f1)


asyncio.run(main())
