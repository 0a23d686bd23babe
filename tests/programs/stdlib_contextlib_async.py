import contextlib, sys, asyncio
from contextlib import *

print(contextlib.__all__)
@asynccontextmanager
async def atag(name):
    """async doc"""
    print("<", name)
    try:
        yield name * 2
    finally:
        print(">", name)

async def main():
    async with atag("a") as v:
        print("in", v)
    try:
        async with atag("b"):
            raise ValueError("bv")
    except ValueError as e:
        print("prop", e)
    @asynccontextmanager
    async def catcher():
        try:
            yield
        except KeyError as e:
            print("caught", repr(e))
    async with catcher():
        raise KeyError(1)
    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print(e)
    @asynccontextmanager
    async def twice():
        yield
        yield
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print(e)
    @asynccontextmanager
    async def stubborn():
        try:
            yield
        except ValueError:
            yield
    try:
        async with stubborn():
            raise ValueError
    except RuntimeError as e:
        print(e, type(e.__context__).__name__)
    @asynccontextmanager
    async def plain():
        yield
    for exc in (StopIteration("s"), StopAsyncIteration("sa"), RuntimeError("r")):
        try:
            async with plain():
                raise exc
        except BaseException as e:
            print("passes", type(e).__name__, e is exc)
    @atag("deco")
    async def work(x):
        print("work", x)
        return x + 1
    print(await work(1), await work(2), work.__name__)
    print(atag("z").__doc__, type(atag("z")).__name__)
    # aclosing
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for x in g:
            print("x", x)
            break
    async with nullcontext(5) as n:
        print("null", n)
    # AsyncExitStack
    class ACM:
        def __init__(self, n, sup=False): self.n = n; self.sup = sup
        async def __aenter__(self):
            print("aenter", self.n); return self.n
        async def __aexit__(self, t, v, tb):
            print("aexit", self.n, t.__name__ if t else None); return self.sup
    class CM:
        def __init__(self, n): self.n = n
        def __enter__(self): print("enter", self.n); return self.n
        def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None)
    async def acb(*a, **k):
        print("acb", a, k)
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(ACM("A")), st.enter_context(CM("B")))
        st.push_async_callback(acb, 1, k=2)
        st.callback(print, "sync cb")
        async def aex(t, v, tb):
            print("aex", t)
        print(st.push_async_exit(aex) is aex)
        st.push_async_exit(ACM("pushed"))
        st.push(CM("pushedsync"))
    async with AsyncExitStack() as st:
        await st.enter_async_context(ACM("outer"))
        await st.enter_async_context(ACM("sup", True))
        await st.enter_async_context(ACM("inner"))
        raise ValueError
    print("suppressed")
    try:
        await AsyncExitStack().enter_async_context(CM("x"))
    except TypeError as e:
        print(e)
    try:
        AsyncExitStack().enter_context(ACM("x"))
    except TypeError as e:
        print(e)
    st = AsyncExitStack()
    st.push_async_callback(acb, 3)
    st2 = st.pop_all()
    await st.aclose()
    await st2.aclose()
    print(type(st2).__name__)
    def raiser(exc):
        async def cb(*a):
            raise exc
        return cb
    try:
        async with AsyncExitStack() as st:
            st.push_async_exit(raiser(IndexError("first")))
            st.push_async_exit(raiser(KeyError("second")))
            raise ValueError("body")
    except Exception as exc:
        chain = []
        e = exc
        while e is not None:
            chain.append(repr(e)); e = e.__context__
        print(chain)
    class Co(AbstractAsyncContextManager):
        async def __aexit__(self, *a): pass
    async with Co() as c:
        print(type(c).__name__)
    return "done"

print(asyncio.run(main()))
# sync extras
st = ExitStack()
class M:
    def __enter__(self): return 1
    def __exit__(self, *a): print("exit M")
st.enter_context(M())
st.callback(print, "cb")
print(len(st._exit_callbacks), [getattr(c, '__wrapped__', None) for _, c in st._exit_callbacks])
print(st._exit_callbacks[0][1].__self__.__class__.__name__)
st.close()
print(issubclass(AsyncExitStack, AbstractAsyncContextManager), issubclass(ExitStack, AbstractAsyncContextManager))
print(isinstance(nullcontext(), AbstractAsyncContextManager), AbstractAsyncContextManager.__class_getitem__(int))
import os
d = os.getcwd()
with chdir(os.path.dirname(d) or "/"):
    print(os.getcwd() == (os.path.dirname(d) or "/"))
print(os.getcwd() == d)
print(contextlib.suppress(KeyError).__exit__(KeyError, None, None), contextlib.suppress(KeyError).__exit__(ValueError, None, None))
print(ContextDecorator()._recreate_cm().__class__.__name__)
@contextmanager
def cm1():
    yield 1
g = cm1()
print(hasattr(g, "func"), g.__enter__(), hasattr(g, "func"), hasattr(g, "args"))
try:
    raise NameError("outer")
except NameError:
    try:
        with ExitStack() as s:
            def r(*a): raise KeyError("k")
            s.push(r)
    except KeyError as e:
        print(repr(e), repr(e.__context__))
with ExitStack() as s:
    s.push(lambda *a: True)
    s.callback(lambda: 1/0)
print("swallowed callback error")
