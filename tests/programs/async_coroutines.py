# Coroutine objects driven by hand: send, throw, close, __await__, await chains.



async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


c = main()
print(type(c), type(c).__name__)
print(repr(c).startswith("<coroutine object main at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Yielder:
    def __init__(self, values):
        self.values = values

    def __await__(self):
        for v in self.values:
            got = yield v
            print("  resumed with", got)
        return "yielder-done"


async def uses_awaitable():
    r = await Yielder(["a", "b"])
    print("awaitable returned", r)
    try:
        await Yielder(["c"])
    except ValueError as e:
        print("caught", repr(e))
        return "handled"


co = uses_awaitable()
print(co.send(None))
print(co.send(1))
try:
    co.send(2)
except StopIteration as e:
    print("stop", e.value)

co = uses_awaitable()
co.send(None)
co.send(None)
print(co.send(None))
try:
    co.throw(ValueError("boom"))
except StopIteration as e:
    print("stop after throw", e.value)

co = uses_awaitable()
co.send(None)
co.close()
print("closed")
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def never():
    return 1


n = never()
try:
    n.send(5)
except TypeError as e:
    print("TypeError:", e)
n.close()

w = add(2, 3).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

for bad in [iter, next]:
    c = add(1, 1)
    try:
        bad(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()


async def await_bad(o):
    return await o


for o in [1, "s", None]:
    c = await_bad(o)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        return PENDING


PENDING = add(1, 2)
for o in [BadAwait(), CoroAwait()]:
    c = await_bad(o)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)


def gen():
    yield from PENDING


try:
    list(gen())
except TypeError as e:
    print("TypeError:", e)
PENDING.close()


async def raises_stop():
    raise StopIteration(3)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

print(add.__code__.co_flags & 0x80 != 0, main.__code__.co_flags & 0x20)
print(c.__name__, c.__qualname__, c.cr_running)


class K:
    async def meth(self, v):
        return v * 2


k = K()
mc = k.meth(21)
print(mc.__qualname__)
try:
    mc.send(None)
except StopIteration as e:
    print(e.value)


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


try:
    deep(50).send(None)
except StopIteration as e:
    print("deep", e.value)
