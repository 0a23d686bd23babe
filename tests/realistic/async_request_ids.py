"""Request-scoped context with contextvars inside an asyncio worker pool:
each task logs with its own request id, timeouts and failures are collected."""
import asyncio
import contextvars
import logging

request_id = contextvars.ContextVar("request_id", default="-")
log_lines = []


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


class ListHandler(logging.Handler):
    def emit(self, record):
        log_lines.append(self.format(record))


logger = logging.getLogger("svc")
handler = ListHandler()
handler.setFormatter(logging.Formatter("%(levelname)-7s [%(request_id)s] %(message)s"))
handler.addFilter(ContextFilter())
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False


async def fetch(resource, delay):
    logger.debug("fetching %s", resource)
    await asyncio.sleep(delay)
    if resource.endswith("!"):
        raise ConnectionError(f"{resource} refused")
    return resource.upper()


async def handle(rid, resources):
    token = request_id.set(rid)
    try:
        logger.info("start with %d resources", len(resources))
        results = await asyncio.gather(*(fetch(r, d) for r, d in resources), return_exceptions=True)
        ok = [r for r in results if not isinstance(r, Exception)]
        for err in results:
            if isinstance(err, Exception):
                logger.warning("failed: %r", err)
        logger.info("done: %s", ok)
        return rid, ok
    finally:
        request_id.reset(token)


async def worker(name, queue, results):
    while True:
        rid, resources, budget = await queue.get()
        try:
            results.append(await asyncio.wait_for(handle(rid, resources), budget))
        except asyncio.TimeoutError:
            logger.error("request %s timed out after %ss", rid, budget)
            results.append((rid, None))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = []
    jobs = [
        ("r1", [("a", 0.01), ("b", 0.02)], 1.0),
        ("r2", [("c!", 0.01), ("d", 0.01)], 1.0),
        ("r3", [("slow", 0.5)], 0.05),
        ("r4", [], 1.0),
        ("r5", [("e", 0.03), ("f!", 0.02), ("g", 0.01)], 1.0),
    ]
    for job in jobs:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    logger.info("outside any request")
    return sorted(results)


if __name__ == "__main__":
    results = asyncio.run(main())
    for rid, ok in results:
        print(rid, ok)
    for line in sorted(log_lines, key=lambda l: l.split("]")[0].split("[")[1]):
        print(line)
    print(request_id.get(), len(log_lines))
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside")
    print(ctx[request_id], request_id.get(), request_id in ctx, len(list(ctx.items())) >= 1)
