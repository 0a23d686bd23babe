import asyncio
import random
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    job_id: int = field(compare=False)
    payload: str = field(compare=False, default="")


SENTINEL = None


async def ticks(n):
    """Yield to the event loop n times (deterministic 'sleep')."""
    for _ in range(n):
        await asyncio.sleep(0)


async def producer(name, queue, jobs, delay):
    for job in jobs:
        await ticks(delay)
        await queue.put(job)
        print(f"[{name}] queued job {job.job_id} (p={job.priority})")
    print(f"[{name}] done producing")


async def consumer(name, queue, results, lock):
    handled = 0
    while True:
        job = await queue.get()
        try:
            if job is SENTINEL:
                print(f"[{name}] got sentinel, exiting after {handled} jobs")
                return handled
            await ticks(job.job_id % 3)
            if job.payload == "boom":
                raise RuntimeError(f"job {job.job_id} exploded")
            async with lock:
                results.append((job.job_id, job.payload.upper()))
            handled += 1
        except RuntimeError as exc:
            print(f"[{name}] error: {exc}")
        finally:
            queue.task_done()


async def fetch(n):
    await ticks(5 - n)
    if n == 3:
        raise ValueError("three is unlucky")
    return n * n


async def with_timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        return "timed out"
    return "finished"


async def cancellable(ev):
    try:
        await ev.wait()
        return "never"
    except asyncio.CancelledError:
        print("cancellable: cleaning up")
        raise


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    rng = random.Random(42)
    queue = asyncio.Queue(maxsize=3)
    results = []
    lock = asyncio.Lock()
    words = ["alpha", "beta", "gamma", "boom", "delta", "eps"]
    jobs_a = [Job(rng.randint(1, 9), i, words[i]) for i in range(3)]
    jobs_b = [Job(rng.randint(1, 9), i, words[i]) for i in range(3, 6)]

    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results, lock))
                 for i in range(2)]
    await asyncio.gather(producer("pA", queue, jobs_a, 2),
                         producer("pB", queue, jobs_b, 3))
    await queue.join()
    for _ in consumers:
        await queue.put(SENTINEL)
    handled = await asyncio.gather(*consumers)
    print("handled per consumer sum:", sum(handled))
    print("results:", sorted(results))
    print("sorted jobs:", [j.job_id for j in sorted(jobs_a + jobs_b)])

    outcomes = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    print("gather:", [repr(o) for o in outcomes])

    print("timeout:", await with_timeout())

    ev = asyncio.Event()
    t = asyncio.create_task(cancellable(ev))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

    print("agen:", [x async for x in agen(4)])

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await ticks(1)
            active -= 1
            return i

    print("limited:", await asyncio.gather(*(limited(i) for i in range(6))), "peak:", peak)

    done_order = []
    async def tagged(i, d):
        await ticks(d * 2)
        done_order.append(i)
        return i
    tasks = [asyncio.create_task(tagged(i, 3 - i)) for i in range(3)]
    for coro in asyncio.as_completed(tasks):
        await coro
    print("as_completed order:", done_order)


asyncio.run(main())
print("all done")
