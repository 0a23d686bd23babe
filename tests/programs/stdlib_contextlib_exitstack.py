import contextlib
import io
import sys
from contextlib import ExitStack, suppress, closing, nullcontext, redirect_stdout, redirect_stderr

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress():
    pass
try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print(e)
try:
    with suppress(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("ValueError", e)
with suppress(LookupError):
    [][1]
print(suppress(KeyError).__exit__(None, None, None))


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as t:
    print(type(t).__name__)
try:
    with closing(Thing()):
        raise ValueError("v")
except ValueError:
    print("closed anyway")

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
obj = []
with nullcontext(obj) as n:
    print(n is obj)

buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("to buffer")
    print(b is buf)
print("back", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("err text\n")
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r:
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    with r:
        print("o2")
    print("o3")
print(repr(outer.getvalue()), repr(inner.getvalue()))


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    print(names)
    stack.callback(print, "callback", 1, sep="-")

    @stack.callback
    def cb():
        print("decorated callback")

    def exit_fn(*exc):
        print("exit_fn", exc)

    print(stack.push(exit_fn) is exit_fn)
    stack.push(CM("pushed"))
print("done")

with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("boom")
print("suppressed by stack")

with ExitStack() as stack:
    stack.enter_context(CM("x"))
    moved = stack.pop_all()
print("nothing closed yet")
moved.close()
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(CM("plain"))
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
try:
    ExitStack().enter_context(Thing())
except TypeError as e:
    print(e)


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


# Exception chaining: each callback's exception gets the previous one as context.
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("first")))
        stack.push(raiser(KeyError("second")))
        stack.push(raiser(AttributeError("third")))
        raise ValueError("body")
except Exception as exc:
    chain = []
    e = exc
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("only")))
except IndexError as exc:
    print(repr(exc), exc.__context__)


# Suppressing an exception raised by a later callback
def suppress_all(*exc):
    print("suppressing", exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(suppress_all)
    stack.push(raiser(KeyError("late")))
print("all suppressed")

# Inside an except block: the handled exception stays out of the chain.
try:
    raise NameError("handled")
except NameError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("cb")))
            raise ValueError("inner body")
    except KeyError as exc:
        print(repr(exc), repr(exc.__context__), repr(exc.__context__.__context__))

# Callbacks see the exception details
with ExitStack() as stack:
    def show(typ, val, tb):
        print("show", typ.__name__ if typ else None, val)
        return True
    stack.push(show)
    1 / 0
print(stack._exit_callbacks if False else "end", isinstance(stack, contextlib.AbstractContextManager))

s = ExitStack()
s.callback(print, "closed by close()")
s.close()
s.close()
