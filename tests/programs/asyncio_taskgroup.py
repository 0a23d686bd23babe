# asyncio.TaskGroup: tasks awaited at the end of the block, the first failure cancelling
# the rest and the block, failures raised together as an ExceptionGroup (c and e fail
# in the same turn of the loop whatever the machine's speed: their delays are 0).
import asyncio
async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print("done", name)
        return name.upper()
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.01))
        b = tg.create_task(work("b", 0.02), name="bee")
        print(tg)
    print("results", a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("c", 0, ValueError("c broke")))
            tg.create_task(work("d", 0.05))
            tg.create_task(work("e", 0, KeyError("e")))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("f", 0.05))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("group:", eg, [type(e).__name__ for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(coro := work("x", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    async with tg:
        pass
    try:
        tg.create_task(coro := work("y", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    # outer cancellation propagates through the group
    async def guarded():
        async with asyncio.TaskGroup() as g:
            g.create_task(work("g", 1))
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    async with asyncio.timeout(0.02) if hasattr(asyncio, "timeout") else asyncio.TaskGroup():
        pass
asyncio.run(main())
