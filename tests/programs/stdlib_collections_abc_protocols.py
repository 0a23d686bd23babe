import collections.abc as c
from collections.abc import *
import typing, sys
print(c.Callable[[int, str], float], c.Callable[[int, str], float].__args__)
print(c.Callable[..., int], c.Callable[[], int], c.Callable[[], int].__args__)
for bad in ((int, str), int, ([int],)):
    try:
        c.Callable[bad]
    except TypeError as e:
        print("TypeError", e)
def f(): pass
print(c.Callable[[None], None], c.Callable[[list[int]], c.Iterable[int]], c.Callable[[f], typing.Any])
a = c.Callable[[int], str]
print(a == c.Callable[[int], str], a.__origin__, a.__parameters__, isinstance(a, type(list[int])))
print(type(a).__name__, type(a).__module__, a.__reduce__())
print(c.Iterable[int], c.Mapping[str, int], c.KeysView[str])
# builtins
import types
print(isinstance(types.MappingProxyType({}), Mapping), isinstance(types.MappingProxyType({}), MutableMapping))
async def co(): return 3
async def ag(): yield 1
k = co()
print(isinstance(k, Coroutine), isinstance(k, Awaitable), isinstance(ag(), AsyncGenerator), isinstance(ag(), AsyncIterator))
k.close()
print(isinstance(b"", Sequence), isinstance(iter(range(10**30)), Iterator))
print(isinstance(reversed({}), Iterator), isinstance(reversed({}.items()), Iterator), isinstance([].append, Callable))
print(isinstance(staticmethod(f), Callable), isinstance(classmethod(f), Callable))
print(issubclass(bytearray, ByteString), issubclass(bytes, MutableSequence), issubclass(str, Hashable))
# async mixins
class AG(AsyncGenerator):
    def __init__(self): self.n = 0
    async def asend(self, v):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
    async def athrow(self, typ, val=None, tb=None):
        print("athrow", typ)
        return await super().athrow(typ, val, tb)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
g = AG()
print(run(g.__anext__()), run(g.asend(None)))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("stop")
print(run(g.aclose()))
class AG2(AG):
    async def athrow(self, *a):
        return 1
try:
    run(AG2().aclose())
except RuntimeError as e:
    print(e)
class AI(AsyncIterator):
    pass
class AI2(AsyncIterator):
    async def __anext__(self):
        return await super().__anext__()
try:
    run(AI2().__anext__())
except StopAsyncIteration:
    print("stop2")
print(AI2().__aiter__().__class__.__name__)
try:
    AI()
except TypeError as e:
    print(e)
class Co(Coroutine):
    def send(self, v): return v
    def throw(self, *a): return super().throw(*a)
    def __await__(self): return iter(())
Co().close()
try:
    Co().throw(ValueError, None, None)
except ValueError as e:
    print(repr(e))
class Co2(Co):
    def throw(self, *a): return 0
try:
    Co2().close()
except RuntimeError as e: print(e)
# Iterable default
class I(Iterable):
    def __iter__(self): return super().__iter__()
print(list(I()), Hashable.__hash__(1), Sized.__len__([]), Container.__contains__([], 1), Callable.__call__(None))
class R(Reversible):
    def __iter__(self): return iter([])
    def __reversed__(self): return super().__reversed__()
print(list(reversed(R())))
print(Awaitable.__subclasshook__(Co), Hashable.__subclasshook__(int), Sized.__subclasshook__(int), Collection.__subclasshook__(list))
class MyS(Sized): pass
print(MyS.__subclasshook__(list))
print('__class_getitem__' in Sized.__dict__, '__class_getitem__' in Iterable.__dict__)
print(sorted(Set.__dict__.keys() - {'__module__', '__doc__', '_abc_impl', '__abstractmethods__', '__slots__'}))
s = {1, 2}
print(c.KeysView({1: 2, 3: 4}) & [1], c.ItemsView({1: 2}) | [(3, 4)], c.ValuesView({1: 2}), list(c.ValuesView({1: 2})))
print(float('nan') in c.ValuesView({1: float('nan')}))
n = float('nan')
print(n in c.ValuesView({1: n}), (1, n) in c.ItemsView({1: n}))

# Callable[...] aliases in annotations and unions
a = Callable[[int], str]
print(a == Callable[[int], str], a != Callable[[int], int], hash(a) == hash(Callable[[int], str]))
print(a | None, None | a, a | int, type(a | None))
def f(cb: Callable[[int], str] | None = None) -> Callable[..., int]:
    pass
print(f.__annotations__)
print(isinstance(a, type(list[int])), a.__origin__ is Callable)
print(list[Callable[[int], str]])
print(typing.get_args(a), typing.get_origin(a))
