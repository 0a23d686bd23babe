"""Resource juggling with contextlib: ExitStack, suppress, redirect_stdout, closing, nullcontext."""
import contextlib
import io
import os
import sys
import tempfile
from contextlib import ExitStack, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, contextmanager


class Resource:
    opened = []

    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"  close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        if self.fail_on_close:
            raise OSError(f"{self.name} failed to close")
        return False


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.closed = False

    def close(self):
        self.closed = True
        print("  connection closed:", self.dsn)


@contextmanager
def tag(name):
    print(f"  <{name}>")
    try:
        yield name.upper()
    finally:
        print(f"  </{name}>")


print("1. ExitStack with a variable number of resources")
with ExitStack() as stack:
    res = [stack.enter_context(Resource(n)) for n in ("db", "cache", "queue")]
    stack.callback(print, "  callback ran with", len(res), "resources")
    print("  using", [r.name for r in res], Resource.opened)
print("  after:", Resource.opened)

print("2. error inside: all exits still run, in reverse")
try:
    with ExitStack() as stack:
        for n in ("a", "b"):
            stack.enter_context(Resource(n))
        raise KeyError("boom")
except KeyError as exc:
    print("  caught", repr(exc))

print("3. failing close chains the exceptions")
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("outer"))
        stack.enter_context(Resource("inner", fail_on_close=True))
        raise ValueError("body failed")
except OSError as exc:
    print("  OSError:", exc, "| context:", repr(exc.__context__))

print("4. pop_all transfers ownership")
def open_all(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(Resource(n)) for n in names]
        keep = stack.pop_all()
    return handles, keep
handles, keep = open_all(["x", "y"])
print("  still open:", Resource.opened)
keep.close()
print("  now:", Resource.opened)

print("5. suppress")
for value in ("12", "zz", None):
    with suppress(ValueError, TypeError):
        print("  parsed", int(value))
        continue
    print("  skipped", repr(value))
with suppress(FileNotFoundError):
    os.remove("/definitely/not/here.txt")
print("  no error escaped")

print("6. redirect_stdout / redirect_stderr")
buf, err = io.StringIO(), io.StringIO()
with redirect_stdout(buf), redirect_stderr(err):
    print("hidden line 1")
    print("hidden line 2")
    print("to stderr", file=sys.stderr)
    help_text = "captured"
print("  captured stdout:", buf.getvalue().splitlines())
print("  captured stderr:", repr(err.getvalue()))

print("7. closing and nullcontext")
with closing(Connection("sqlite://memory")) as conn:
    print("  working with", conn.dsn, conn.closed)
print("  closed?", conn.closed)
for use_lock in (True, False):
    cm = tag("locked") if use_lock else nullcontext("no-lock")
    with cm as value:
        print("  inside with", value)

print("8. nested generator-based managers and a temp dir")
with tempfile.TemporaryDirectory() as tmp, tag("files") as label:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w") as fh, redirect_stdout(fh):
        print("written through print")
        print(label)
    with open(path) as fh:
        print("  file has:", fh.read().split())
print("  temp dir gone:", not os.path.exists(tmp))

print("9. ExitStack as a decorator-free cleanup registry")
stack = ExitStack()
for i in range(3):
    stack.callback(lambda i=i: print("  cleanup", i))
stack.push(lambda *exc: print("  exit hook saw", exc[0]) or False)
with stack:
    print("  body")
