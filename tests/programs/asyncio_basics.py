# asyncio: run, sleep, tasks, gather, interleaving order, cancellation.
import asyncio


async def worker(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name} done"


async def zero(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def fails(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")


async def main():
    print("main start")
    r = await asyncio.gather(zero("a"), zero("b"), zero("c"))
    print(r)
    r = await asyncio.gather(worker("slow", 0.02, 2), worker("fast", 0.001, 1))
    print(r)
    t = asyncio.create_task(zero("task"))
    print(type(t).__name__, t.get_name().startswith("Task-"), t.done())
    await asyncio.sleep(0)
    print("after one sleep(0)")
    print(await t, t.done(), t.result(), t.exception())
    r = await asyncio.gather(fails(1), zero("z"), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fails(2), zero("y"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.01)
    print(await asyncio.sleep(0, result="slept"))

    async def forever():
        try:
            while True:
                await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("forever cancelled")
            raise

    t = asyncio.create_task(forever(), name="fv")
    await asyncio.sleep(0)
    print(t.get_name(), t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError", t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", type(e).__name__)
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    done = []
    t = asyncio.create_task(zero("cb"))
    t.add_done_callback(lambda fut: done.append(fut.result()))
    await t
    await asyncio.sleep(0)
    print("callback saw", done)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    c = zero("never")
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
    c.close()
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future result", await fut)
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_exception, KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("future exception", repr(e))
    order = []
    loop.call_later(0.003, order.append, "late")
    loop.call_later(0.001, order.append, "early")
    loop.call_soon(order.append, "soon")
    await asyncio.sleep(0.005)
    print(order)
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
