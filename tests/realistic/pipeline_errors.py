"""A data-import pipeline with generators, context managers and careful error reporting."""
import contextlib
import io
import sys
import traceback


class ImportErrorGroup(Exception):
    pass


class RowError(ValueError):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line


def parse(rows):
    for lineno, line in rows:
        name, _, qty = line.partition("=")
        try:
            yield lineno, name.strip(), int(qty)
        except ValueError as exc:
            raise RowError(lineno, f"bad quantity {qty.strip()!r}") from exc


def running_total():
    total = 0
    count = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
            count += 1
    except GeneratorExit:
        print(f"  [total closed after {count} values]")
        raise
    finally:
        print("  [total finally]")
    return total


@contextlib.contextmanager
def step(name, log):
    log.append(f"enter {name}")
    try:
        yield log
    except RowError as e:
        log.append(f"{name} failed at {e.lineno}")
        raise
    else:
        log.append(f"{name} ok")
    finally:
        log.append(f"leave {name}")


DATA = """
# inventory
apples = 12
pears = 7

plums = x7
kiwis = 3
"""

log = []
acc = running_total()
next(acc)
try:
    with step("import", log):
        for lineno, name, qty in parse(read_lines(DATA)):
            print(f"  {lineno}: {name:<8} {qty:>3} running={acc.send(qty)}")
except RowError as e:
    print("RowError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    e.add_note("while importing inventory")
    e.add_note("check the file format")
    print("notes:", e.__notes__)
    lines = traceback.format_exception_only(type(e), e)
    print("".join(lines), end="")
acc.close()
print("log:", log)

acc2 = running_total()
next(acc2)
acc2.send(5)
try:
    acc2.send(None)
except StopIteration as stop:
    print("returned:", stop.value)


def delegate():
    result = yield from running_total()
    print("  delegate got", result)
    yield "after"


d = delegate()
print(next(d), d.send(3), d.send(4), d.send(None))
d.close()

errors = []
for text in ["1/0", "[][1]", "{}['k']", "int('x')", "undefined_name", "None.attr", "'a' + 1", "f(**{'a': 1}, a=2)"]:
    try:
        eval(text, {"f": lambda **kw: kw})
    except Exception as exc:
        errors.append(exc)
        print(f"{text:<22} {type(exc).__name__:<18} {exc}")

try:
    raise ExceptionGroup("batch failed", [ValueError("bad row"), TypeError("bad type"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("handled ValueErrors:", [str(e) for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("handled others:", repr(eg), eg.exceptions[0], len(eg.exceptions))
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(match, [e.args for e in match.exceptions], rest, eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)


def risky(n):
    try:
        if n == 0:
            raise KeyError("zero")
        return 10 / (n - 1)
    except KeyError:
        return "caught key"
    else:
        print(f"  else branch for {n}")
    finally:
        print(f"  finally for {n}")


for n in range(3):
    try:
        print("risky:", risky(n))
    except ZeroDivisionError as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        print("ZeroDivisionError in", [(f.name, f.line) for f in tb])

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    with contextlib.suppress(KeyError, IndexError):
        {}["missing"]
    print("after suppress")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(print, "exit callback 1")
    stack.enter_context(step("stacked", log))
    stack.push(lambda *exc: print("push saw", exc[0]) or False)
    print("inside stack")
print(log[-3:])
try:
    with contextlib.nullcontext(5) as five:
        raise RuntimeError(f"got {five}")
except RuntimeError as e:
    print(traceback.format_exc().splitlines()[-1])


class Resource(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Resource exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is LookupError


with Resource() as r:
    print("resource is self:", isinstance(r, Resource))
with Resource():
    raise LookupError("swallowed")
print("chained:", end=" ")
try:
    try:
        raise OSError("disk")
    except OSError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(repr(e.__context__), e.__suppress_context__)
    try:
        raise RuntimeError("clean") from None
    except RuntimeError as e2:
        print("from None:", e2.__suppress_context__, repr(e2.__context__), e2.__cause__)
sys.stdout.flush()
