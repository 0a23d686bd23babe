"""contextlib in everyday use: temporary state, cleanup stacks, suppressing and redirecting."""
import contextlib
import io
import os
import sys
import tempfile
import time


@contextlib.contextmanager
def timer(label, log):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        log.append((label, elapsed >= 0))


@contextlib.contextmanager
def temp_setting(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        setattr(obj, name, old)


class Settings:
    verbose = False
    retries = 3


class Connection:
    opened = []

    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise ConnectionError(f"cannot open {self.name}")
        Connection.opened.append(self.name)
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Connection.opened.remove(self.name)
        print(f"  close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

    def close(self):
        print(f"  closing() called for {self.name}")


class Transaction(contextlib.AbstractContextManager):
    def __init__(self):
        self.ops = []

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  commit", self.ops)
        else:
            print("  rollback", self.ops, "because", repr(exc))
        return exc_type is KeyError


def open_all(names):
    with contextlib.ExitStack() as stack:
        conns = [stack.enter_context(Connection(n, fail=n.startswith("bad"))) for n in names]
        stack.callback(print, "  callback: all", len(conns), "opened")
        return stack.pop_all(), conns


class Reentrant(contextlib.ContextDecorator):
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        print(f"  enter depth {Reentrant.depth}")
        return self

    def __exit__(self, *exc):
        print(f"  exit depth {Reentrant.depth}")
        Reentrant.depth -= 1
        return False


@Reentrant()
def decorated(n):
    print(f"  working on {n}")
    if n:
        decorated(n - 1)


def main():
    log = []
    with timer("setup", log):
        sum(range(1000))
    print("timer log:", log)

    with temp_setting(Settings, "verbose", True) as s:
        print("inside:", s.verbose, Settings.retries)
    print("after:", Settings.verbose)

    print("ExitStack:")
    stack, conns = open_all(["db", "cache", "queue"])
    print("  opened now:", Connection.opened)
    with stack:
        print("  using", [c.name for c in conns])
    print("  opened after:", Connection.opened)
    try:
        open_all(["db", "bad-host", "queue"])
    except ConnectionError as e:
        print("  failed:", e, "| still open:", Connection.opened)

    print("suppress:")
    with contextlib.suppress(FileNotFoundError, KeyError):
        os.remove("/nonexistent/definitely/not/here")
        print("  not reached")
    with contextlib.suppress(KeyError):
        {}["missing"]
    print("  carried on")

    print("redirect_stdout:")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured line 1")
        print("captured line 2")
    print("  got", repr(buf.getvalue()))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        print("to stderr", file=sys.stderr)
    print("  stderr got", repr(err.getvalue()))

    print("closing / nullcontext:")
    with contextlib.closing(Connection("socket")) as c:
        print("  using", c.name)
    for maybe in [None, Connection("file")]:
        with (maybe if maybe else contextlib.nullcontext("default")) as value:
            print("  value:", value if isinstance(value, str) else value.name)

    print("Transaction:")
    with Transaction() as t:
        t.ops.append("insert")
    with Transaction() as t:
        t.ops.append("update")
        raise KeyError("row 7")
    try:
        with Transaction() as t:
            t.ops.append("delete")
            raise ValueError("constraint")
    except ValueError as e:
        print("  propagated:", e)

    print("ContextDecorator:")
    decorated(2)

    print("chdir:")
    before = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        with contextlib.chdir(d):
            with open("note.txt", "w") as f:
                f.write("hello")
            print("  files here:", os.listdir("."))
        print("  back:", os.getcwd() == before, os.path.exists(os.path.join(d, "note.txt")))
    print("  temp dir removed:", not os.path.exists(d))

    print("generator cleanup:")

    @contextlib.contextmanager
    def failing():
        print("  before yield")
        try:
            yield "resource"
        except ZeroDivisionError:
            print("  handled inside the manager")
        print("  after yield")

    with failing() as r:
        print("  got", r)
        1 / 0
    print("  continued after suppressed error")


main()
