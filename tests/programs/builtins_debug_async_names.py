# __debug__, breakpoint (through sys.breakpointhook), aiter / anext, EncodingWarning
# and the builtins module's own attributes.
import builtins
import sys

print(__debug__, type(__debug__))
print(breakpoint, aiter, anext)
print(EncodingWarning, EncodingWarning.__mro__)
print(issubclass(EncodingWarning, Warning))
print(builtins.__doc__)
print(repr(builtins.__package__))
names = list(vars(builtins))
print(names[:5])
print([n for n in ["breakpoint", "aiter", "anext", "__debug__", "EncodingWarning"] if n not in names])

print(sys.breakpointhook, sys.__breakpointhook__ is sys.breakpointhook)


def hook(*args, **kwargs):
    print("hook called", args, kwargs)
    return "hook result"


sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
print(breakpoint())
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen():
    yield "a"
    yield "b"


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("suspended")


async def main():
    it = aiter(Counter(2))
    print(type(it).__name__)
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = aiter(agen())
    print(await anext(g), await anext(g), await anext(g, "done"))
    return "finished"


print(run(main()))

for bad in [lambda: aiter([1]), lambda: anext(iter([1])), lambda: aiter(),
            lambda: anext(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 42


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
