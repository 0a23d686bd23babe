from contextlib import contextmanager, ContextDecorator, AbstractContextManager
import contextlib


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, type(tag("x")).__name__, tag("x").__doc__)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def catcher():
    try:
        yield
    except KeyError as e:
        print("caught", repr(e))


with catcher():
    raise KeyError("k")
print("after suppress")

try:
    with catcher():
        raise IndexError("i")
except IndexError as e:
    print("not caught", repr(e))


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def stubborn():
    try:
        yield
    except ValueError:
        yield


try:
    with stubborn():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)


@contextmanager
def translate():
    try:
        yield
    except ValueError as e:
        raise TypeError("translated") from e


try:
    with translate():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through", e)


@contextmanager
def reraise_rt():
    yield


try:
    with reraise_rt():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passes through", e)


@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print("swallowed", type(e).__name__)


with swallow_all():
    raise StopIteration
with swallow_all():
    raise GeneratorExit


@contextmanager
def gen_returns_in_except():
    try:
        yield
    except ZeroDivisionError:
        return


with gen_returns_in_except():
    1 / 0
print("zde suppressed")


@contextmanager
def stop_inside():
    yield
    raise StopIteration("from gen")


try:
    with stop_inside():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

cm = plain()
print(cm.__exit__(None, None, None) if cm.__enter__() is None else "?")
cm = catcher()
cm.__enter__()
print(cm.__exit__(KeyError, None, None))
cm = catcher()
cm.__enter__()
print(cm.__exit__(KeyError, KeyError(5), None))

# As a decorator: a fresh generator per call
@tag("deco")
def work(x):
    print("working", x)
    return x * 2


print(work(3), work(4))


class mycm(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@mycm()
def func(a):
    print("func", a)
    return a


print(func(1), func.__name__)


@mycm()
def fails():
    raise ValueError("x")


try:
    fails()
except ValueError as e:
    print("ValueError", e)

print(isinstance(mycm(), AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(type(tag("x")), AbstractContextManager))


class OnlyEnter:
    def __enter__(self):
        pass


class Both(OnlyEnter):
    def __exit__(self, *a):
        pass


class Disabled(Both):
    __exit__ = None


print(issubclass(OnlyEnter, AbstractContextManager), issubclass(Both, AbstractContextManager),
      issubclass(Disabled, AbstractContextManager))


class Concrete(AbstractContextManager):
    def __exit__(self, *a):
        return None


c = Concrete()
with c as got:
    print(got is c)
try:
    AbstractContextManager()
except TypeError as e:
    print(e)
print(contextlib.AbstractContextManager[int] if False else "skip")
print(sorted(contextlib.AbstractAsyncContextManager.__abstractmethods__))


class ACM:
    def __aenter__(self):
        pass

    def __aexit__(self, *a):
        pass


print(isinstance(ACM(), contextlib.AbstractAsyncContextManager))
