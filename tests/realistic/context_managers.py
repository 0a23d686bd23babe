"""Context managers: class-based, generator-based, ExitStack, suppress, redirect."""
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        status = "error " + exc_type.__name__ if exc_type else "ok"
        print(f"close {self.name} ({status})")
        if self.fail_on_exit:
            raise OSError(f"cannot close {self.name}")
        return exc_type is KeyError

    def close(self):
        print(f"{self.name}.close() called")


@contextmanager
def transaction(db):
    snapshot = dict(db)
    print("begin")
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print(f"rollback because {e!r}")
        raise
    else:
        print("commit")
    finally:
        print("end")


@contextmanager
def indented(level):
    buf = io.StringIO()
    with redirect_stdout(buf):
        yield
    for line in buf.getvalue().splitlines():
        print("    " * level + line)


with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)

with Resource("swallow"):
    {}["missing"]
print("KeyError was swallowed")

try:
    with Resource("outer"):
        with Resource("inner", fail_on_exit=True):
            raise ValueError("body failed")
except OSError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

db = {"x": 1}
with transaction(db) as t:
    t["y"] = 2
print(db)
try:
    with transaction(db) as t:
        t["z"] = 3
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(db)

with ExitStack() as stack:
    resources = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback registered first runs last")
    print("stack holds", [r.name for r in resources])

with suppress(ZeroDivisionError, KeyError):
    print(1 / 0)
print("after suppress")

with indented(1):
    print("hello")
    with indented(1):
        print("nested")
    print("world")

with closing(Resource("closable")):
    print("inside closing")

with nullcontext(42) as value:
    print("nullcontext gave", value)

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    print("to stderr", file=sys.stderr)
print("captured:", repr(buf.getvalue()))


class Timer(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"[{self.label}] start")
        return self

    def __exit__(self, *exc):
        print(f"[{self.label}] stop")
        return False


@Timer("decorated")
def work(n):
    return sum(range(n))


print(work(10))


class Pool(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("pool exit")


with Pool() as p:
    print(type(p).__name__)

stack = ExitStack()
stack.enter_context(Resource("late"))
moved = stack.pop_all()
print("popped; closing now")
moved.close()
