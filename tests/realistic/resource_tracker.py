"""Context-manager heavy resource tracker."""
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress, closing, redirect_stdout, nullcontext


class ResourceRegistry:
    def __init__(self):
        self.open = {}
        self.events = []
        self._next = 1

    def acquire(self, kind):
        rid = f"{kind}-{self._next}"
        self._next += 1
        self.open[rid] = kind
        self.events.append(f"+{rid}")
        return rid

    def release(self, rid):
        del self.open[rid]
        self.events.append(f"-{rid}")

    def report(self):
        return f"open={sorted(self.open)} events={len(self.events)}"


REG = ResourceRegistry()


class Connection:
    def __init__(self, host, fail_on_close=False):
        self.host = host
        self.fail_on_close = fail_on_close
        self.rid = None
        self.queries = []

    def __enter__(self):
        self.rid = REG.acquire("conn")
        print(f"connect {self.host} as {self.rid}")
        return self

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError(f"refusing {sql!r}")
        self.queries.append(sql)
        return len(sql)

    def __exit__(self, exc_type, exc, tb):
        REG.release(self.rid)
        status = "error" if exc_type else "ok"
        print(f"disconnect {self.host} ({status}: {exc_type.__name__ if exc_type else '-'})")
        if self.fail_on_close:
            raise ConnectionError("close failed")
        return exc_type is KeyError  # swallow KeyErrors only


@contextmanager
def transaction(conn):
    tid = REG.acquire("tx")
    print(f"  BEGIN {tid}")
    try:
        yield tid
    except Exception as e:
        print(f"  ROLLBACK {tid} because {e!r}")
        raise
    else:
        print(f"  COMMIT {tid}")
    finally:
        REG.release(tid)


@contextmanager
def temp_setting(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield old
    finally:
        setattr(obj, name, old)


class Timer:
    """Fake timer using a tick counter for determinism."""
    ticks = 0

    def __enter__(self):
        self.start = Timer.ticks
        return self

    def __exit__(self, *exc):
        self.elapsed = Timer.ticks - self.start
        return False


class Closeable:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"closed {self.name}")


with Connection("db1") as c:
    with transaction(c) as tx:
        c.query("SELECT 1")
        Timer.ticks += 3
print(REG.report())

try:
    with Connection("db2") as c, transaction(c):
        c.query("DROP TABLE users")
except PermissionError as e:
    print("caught:", e)
print(REG.report())

with Connection("db3") as c:
    {}["missing"]
print("KeyError was swallowed;", REG.report())

try:
    with Connection("db4", fail_on_close=True) as c:
        raise ValueError("inner")
except ConnectionError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

with ExitStack() as stack:
    conns = [stack.enter_context(Connection(f"pool{i}")) for i in range(3)]
    stack.callback(print, "callback registered first runs last")
    stack.push(lambda *exc: print("push handler saw", exc[0]) or False)
    print("pool open:", REG.report())
print("pool closed:", REG.report())

with ExitStack() as outer:
    outer.enter_context(Connection("moved"))
    saved = outer.pop_all()
print("after pop_all:", REG.report())
saved.close()
print("after saved.close:", REG.report())

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

with closing(Closeable("widget")) as w:
    print("using", w.name)

buf = io.StringIO()
with redirect_stdout(buf):
    print("this goes to the buffer")
    print("and this too")
print("captured:", buf.getvalue().splitlines())

with nullcontext(42) as value:
    print("nullcontext gave", value)

with temp_setting(sys, "maxsize", 7) as old:
    print("temporarily", sys.maxsize, old == sys.maxsize or "old differs")
print("restored", sys.maxsize > 7)

with Timer() as t:
    Timer.ticks += 5
print("elapsed ticks:", t.elapsed)


@contextmanager
def bad_manager():
    yield
    yield


try:
    with bad_manager():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth

    def __exit__(self, *a):
        Reentrant.depth -= 1


r = Reentrant()
with r as a:
    with r as b:
        print("depths", a, b)
print("depth after", Reentrant.depth)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>", end="")


with tag("html"), tag("body"), tag("p"):
    print("hello", end="")
print()


@tag("decorated")
def decorated():
    print("inside", end="")


decorated()
print()
print("events:", " ".join(REG.events))
