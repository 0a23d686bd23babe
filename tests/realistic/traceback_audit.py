"""Collect failures from a batch job and print them with the traceback module."""
import traceback
import sys
import linecache
from contextlib import contextmanager, suppress, ExitStack


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job
        self.reason = reason


class RetryableError(JobError):
    pass


def parse_amount(text):
    return int(text.strip().replace("_", ""))


def run_job(name, payload):
    if name == "divide":
        a, b = payload
        return a / b
    if name == "parse":
        return parse_amount(payload)
    if name == "lookup":
        return {"x": 1}[payload]
    if name == "retry":
        raise RetryableError(name, "temporarily unavailable")
    if name == "chain":
        try:
            return run_job("lookup", payload)
        except KeyError as exc:
            raise JobError(name, "lookup failed") from exc
    if name == "implicit":
        try:
            run_job("divide", (1, 0))
        except ZeroDivisionError:
            raise ValueError("while handling")
    return payload


JOBS = [("divide", (10, 4)), ("divide", (1, 0)), ("parse", " 1_000 "), ("parse", "ten"),
        ("lookup", "y"), ("retry", None), ("chain", "z"), ("implicit", None), ("echo", [1, 2])]

failures = []
for name, payload in JOBS:
    try:
        result = run_job(name, payload)
    except Exception as exc:
        failures.append((name, exc))
        line = traceback.format_exception_only(type(exc), exc)[-1].rstrip()
        print(f"{name:<9} FAILED  {line}")
    else:
        print(f"{name:<9} ok      {result!r}")

print("=" * 40)
for name, exc in failures:
    tb = exc.__traceback__
    frames = traceback.extract_tb(tb)
    print(f"{name}: {len(frames)} frames, innermost {frames[-1].name}() line {frames[-1].lineno}: {frames[-1].line}")

print("=" * 40)
name, exc = failures[-2]
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), end="")
print("=" * 40)
traceback.print_exception(failures[-1][1], file=sys.stdout)
print("=" * 40)
try:
    run_job("retry", None)
except JobError:
    s = traceback.format_exc()
    print(s.splitlines()[0], "|", s.splitlines()[-1])
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value.job, value.reason, isinstance(value, RetryableError))

e = ValueError("bad value")
e.add_note("while reading config")
e.add_note("section [main]")
print("".join(traceback.format_exception_only(e)), end="")
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)

summary = traceback.StackSummary.extract(traceback.walk_tb(failures[0][1].__traceback__))
for fs in summary:
    print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name)
print(traceback.format_list(summary)[-1], end="")


@contextmanager
def step(label):
    print("enter", label)
    try:
        yield label.upper()
    except ZeroDivisionError as err:
        print("step", label, "swallowed", repr(err))
    finally:
        print("leave", label)


with step("a") as s:
    print("inside", s)
with step("b"):
    1 / 0
with suppress(KeyError, IndexError):
    [][3]
with ExitStack() as stack:
    names = [stack.enter_context(step(n)) for n in "xy"]
    stack.callback(print, "callback ran", names)
