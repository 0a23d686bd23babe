# The asyncio synchronisation primitives' reprs name the object's address and state.
import asyncio
import re


def show(o):
    text = repr(o)
    assert re.search(r' at 0x[0-9a-f]+', text), text
    return re.sub(r' at 0x[0-9a-f]+', '', text)


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    for o in [ev, lock, sem, asyncio.BoundedSemaphore(), cond, asyncio.Queue(3)]:
        print(show(o))
    await lock.acquire()
    ev.set()
    async with cond:
        print(show(cond))
    await sem.acquire()
    await sem.acquire()
    print(show(lock), show(ev), show(sem))
    lock.release()
    print(show(lock))


asyncio.run(main())
