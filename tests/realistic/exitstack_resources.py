"""Resource handling with contextlib: ExitStack with callbacks and
conditional resources, suppress, redirect_stdout, nullcontext, a generator
context manager that handles errors, and reentrant/reusable managers."""

import contextlib
import io


class Resource:
    opened = []

    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter

    def __enter__(self):
        if self.fail_on_enter:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        status = "ok" if exc_type is None else f"error {exc_type.__name__}"
        print(f"  close {self.name} ({status})")
        return False


print("ExitStack over a variable number of resources:")
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(Resource(f"file{i}")) for i in range(3)]
    stack.callback(print, "  callback: flushing", len(files), "files")
    print("  using", [f.name for f in files], "open now:", Resource.opened)
print("  after:", Resource.opened)

print("a failing enter unwinds the ones already open:")
try:
    with contextlib.ExitStack() as stack:
        for name, bad in [("a", False), ("b", False), ("c", True)]:
            stack.enter_context(Resource(name, fail_on_enter=bad))
except OSError as e:
    print("  caught:", e, "| open:", Resource.opened)

print("pop_all hands resources over:")


def open_pair():
    with contextlib.ExitStack() as stack:
        x = stack.enter_context(Resource("x"))
        y = stack.enter_context(Resource("y"))
        keep = stack.pop_all()
    return x, y, keep


x, y, keep = open_pair()
print("  still open:", Resource.opened)
keep.close()
print("  closed by owner:", Resource.opened)


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback ({e})")
    else:
        log.append("commit")
    finally:
        log.append("end")


print("generator-based manager:")
for payload in (1, -1):
    log = []
    with transaction(log) as t:
        if payload < 0:
            raise ValueError("negative payload")
        t.append(f"write {payload}")
    print(" ", log)

print("suppress and redirect_stdout:")
with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
    print("  not reached")
print("  suppressed a KeyError")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured line 2")
print("  captured:", buf.getvalue().splitlines())

print("nullcontext and optional locks:")


def process(data, lock=None):
    with lock if lock is not None else contextlib.nullcontext() as held:
        return f"processed {data} holding {getattr(held, 'name', held)!r}"


print(" ", process("a"))
print(" ", process("b", Resource("lock")))

print("exceptions replaced inside __exit__ chain:")


class Translate:
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ZeroDivisionError:
            raise ArithmeticError("translated") from exc

    def __enter__(self):
        return self


try:
    with Translate():
        1 / 0
except ArithmeticError as e:
    print(" ", repr(e), "cause:", repr(e.__cause__), "suppress ctx:", e.__suppress_context__)

print("closing():")


class Conn:
    def close(self):
        print("  Conn.close called")


with contextlib.closing(Conn()) as c:
    print("  using", type(c).__name__)

print("callbacks run LIFO, even on error:")
try:
    with contextlib.ExitStack() as stack:
        for i in range(3):
            stack.callback(lambda i=i: print(f"  undo step {i}"))
        raise RuntimeError("step 3 failed")
except RuntimeError as e:
    print("  then:", e)


class Counter:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *exc):
        self.depth -= 1


c = Counter()
with c as d1, c as d2:
    print("reentrant depths:", d1, d2)
print("depth after:", c.depth)
