"""Simulated async crawler: asyncio queues, semaphores, timeouts and gather."""
import asyncio
from dataclasses import dataclass, field
from collections import defaultdict
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("crawler")

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/missing"],
    "/shop": ["/shop/cart", "/slow"],
    "/team": [],
    "/shop/cart": ["/shop"],
    "/slow": [],
}
LATENCY = {"/slow": 0.5, "/blog/1": 0.03, "/team": 0.02}


class NotFound(Exception):
    pass


@dataclass(order=True)
class Page:
    path: str
    depth: int = field(compare=False)
    links: list = field(default_factory=list, compare=False)


async def fetch(path):
    await asyncio.sleep(LATENCY.get(path, 0.01))
    if path not in SITE:
        raise NotFound(path)
    return SITE[path]


async def worker(name, queue, seen, results, errors, limit, max_depth):
    while True:
        path, depth = await queue.get()
        try:
            async with limit:
                links = await asyncio.wait_for(fetch(path), timeout=0.2)
        except asyncio.TimeoutError:
            errors[path] = "timeout"
            log.warning("timed out on %s", path)
        except NotFound as e:
            errors[path] = f"404 {e}"
        else:
            results.append(Page(path, depth, links))
            if depth < max_depth:
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait((link, depth + 1))
        finally:
            queue.task_done()


async def crawl(start="/", workers=3, max_depth=3):
    queue = asyncio.Queue()
    seen = {start}
    results, errors = [], {}
    limit = asyncio.Semaphore(2)
    queue.put_nowait((start, 0))
    tasks = [asyncio.create_task(worker(f"w{i}", queue, seen, results, errors, limit, max_depth)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    outcome = await asyncio.gather(*tasks, return_exceptions=True)
    print("workers:", [type(o).__name__ for o in outcome])
    return sorted(results), errors


async def ticker(event, interval=0.05):
    ticks = 0
    while not event.is_set():
        await asyncio.sleep(interval)
        ticks += 1
    return ticks


async def main():
    done = asyncio.Event()
    tick_task = asyncio.create_task(ticker(done))
    pages, errors = await crawl()
    done.set()
    ticks = await tick_task
    by_depth = defaultdict(list)
    for p in pages:
        by_depth[p.depth].append(p.path)
    for depth in sorted(by_depth):
        print(depth, sorted(by_depth[depth]))
    print("errors:", dict(sorted(errors.items())))
    print("ticks > 3:", ticks > 3)
    inbound = defaultdict(int)
    for p in pages:
        for link in p.links:
            inbound[link] += 1
    print(sorted(inbound.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

    async def square(x):
        await asyncio.sleep(0.001 * (5 - x))
        return x * x
    print(await asyncio.gather(*(square(i) for i in range(5))))
    order = []
    for coro in asyncio.as_completed([square(i) for i in (3, 1, 2)]):
        order.append(await coro)
    print(sorted(order), len(order))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), task.done())
    lock = asyncio.Lock()
    shared = []

    async def append_twice(tag):
        async with lock:
            shared.append(tag)
            await asyncio.sleep(0.001)
            shared.append(tag)
    await asyncio.gather(append_twice("a"), append_twice("b"), append_twice("c"))
    print(shared)


asyncio.run(main())
