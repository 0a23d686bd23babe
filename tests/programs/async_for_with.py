# async for, async with and async generators, driven by a tiny trampoline.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick()
        return self.suppress


async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen done")


async def main():
    async for i in ARange(3):
        print("i", i)
    else:
        print("else ran")
    async for i in ARange(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("j", i)
    async with CM("a") as v:
        print("inside", v)
    async with CM("b", suppress=True):
        raise ValueError("hidden")
    print("after suppress")
    try:
        async with CM("c"), CM("d") as d:
            print("inside", d)
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    for x in range(2):
        async with CM("e"):
            if x == 0:
                continue
            break
    async for v in agen(3):
        print("v", v)
    print([v async for v in agen(2)])
    print({v: i async for i in ARange(2) for v in "ab"})
    print([await f for f in [coro(1), coro(2)]])
    g = (v + 1 async for v in agen(2))
    print(type(g).__name__)
    print([x async for x in g])
    return await inner()


async def coro(x):
    await Tick()
    return x * 100


async def inner():
    async with CM("ret"):
        return "returned"


print(run(main()))


async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print("agen2 finally")


async def drive():
    g = agen2()
    print(type(g).__name__, g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen2()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    g = agen2()
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow raised", e)


run(drive())


async def echo():
    got = yield "first"
    while True:
        got = yield f"echo {got}"


async def drive2():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()


run(drive2())


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def drive3():
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(drive3())


async def bad_stop():
    raise StopAsyncIteration
    yield


async def drive4():
    try:
        await bad_stop().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class OnlyEnter:
        async def __aenter__(self):
            return 1

    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class NoAnext:
        def __aiter__(self):
            return self

    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 1

    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncEnter:
        def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 1

    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)


run(drive4())
