# gi_yieldfrom / cr_await / ag_await: the iterator a paused frame delegates to, and
# each kind's own attribute names.
import asyncio


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    print("before:", outer_gen.gi_yieldfrom)
    result = yield from inner()
    print("result:", result, outer_gen.gi_yieldfrom)
    yield 3


outer_gen = outer()
print(outer_gen.gi_yieldfrom)
print(next(outer_gen))
print(type(outer_gen.gi_yieldfrom).__name__, outer_gen.gi_yieldfrom.__name__)
print(outer_gen.gi_yieldfrom.gi_yieldfrom)
print(next(outer_gen), outer_gen.gi_yieldfrom.__name__)
print(next(outer_gen), outer_gen.gi_yieldfrom)
print(list(outer_gen), outer_gen.gi_yieldfrom, outer_gen.gi_frame)


def over_list():
    yield from [10, 20]


g = over_list()
next(g)
print(type(g.gi_yieldfrom).__name__)


async def leaf():
    await asyncio.sleep(0)
    return 5


async def middle():
    return await leaf()


c = middle()
print(c.cr_await, c.cr_origin, c.cr_suspended, c.cr_running)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__, c.cr_await.cr_await is not None)
try:
    c.send(None)
except StopIteration as e:
    print("stopped with", e.value, c.cr_await)


async def agen():
    await asyncio.sleep(0)
    yield 1


async def main():
    it = agen()
    print(it.ag_await, it.ag_running)
    print(await anext(it), await anext(it, "default"))


asyncio.run(main())

for obj, names in [
    (inner(), ["gi_yieldfrom", "cr_await", "ag_await", "gi_suspended", "cr_running"]),
    (leaf(), ["cr_await", "gi_yieldfrom", "cr_origin", "ag_running", "gi_running"]),
    (agen(), ["ag_await", "ag_running", "gi_running", "cr_await", "ag_suspended"]),
]:
    print(type(obj).__name__, [hasattr(obj, n) for n in names])
    print(sorted(n for n in dir(obj) if n[:3] in ("gi_", "cr_", "ag_")))
    if hasattr(obj, "close"):
        obj.close()
