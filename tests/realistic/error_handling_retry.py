"""Error handling in a job runner: a retry decorator with backoff and
exception filters, chained exceptions (raise from / implicit context),
add_note, ExceptionGroup with except*, and a final error report printed
with traceback.format_exception."""

import functools
import traceback


class TransientError(Exception):
    pass


class PermanentError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code


def retry(times=3, on=(TransientError,), backoff=0.5):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on as e:
                    if attempt == times:
                        e.add_note(f"gave up after {times} attempts")
                        raise
                    print(f"  attempt {attempt} failed ({e}); waiting {delay:.2f}s")
                    delay *= 2
        wrapper.retries = times
        return wrapper
    return deco


calls = {"flaky": 0}


@retry(times=4)
def flaky_fetch(url):
    calls["flaky"] += 1
    if calls["flaky"] < 3:
        raise TransientError(f"timeout on {url}")
    return f"<html from {url}>"


@retry(times=2)
def always_down():
    raise TransientError("service unavailable")


@retry(times=5)
def bad_request():
    raise PermanentError(400, "malformed payload")


print("flaky:", flaky_fetch("http://example/a"), "calls:", calls["flaky"], "retries:", flaky_fetch.retries)
try:
    always_down()
except TransientError as e:
    print("always_down:", e, "| notes:", e.__notes__)
try:
    bad_request()
except PermanentError as e:
    print("bad_request:", e, "| code:", e.code, "| notes:", getattr(e, "__notes__", None))


def load_config(text):
    try:
        return dict(line.split("=", 1) for line in text.splitlines())
    except ValueError as e:
        raise RuntimeError("config is malformed") from e


def parse_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError:
        raise LookupError("no port configured")


for text in ("host=a\nport=80", "host=a\noops", "host=b"):
    try:
        cfg = load_config(text)
        print("port:", parse_port(cfg))
    except Exception as e:
        cause = e.__cause__ or e.__context__
        print(f"{type(e).__name__}: {e} | cause={type(cause).__name__}: {cause} | explicit={e.__cause__ is not None}")


def run_jobs(jobs):
    errors = []
    for name, job in jobs:
        try:
            job()
        except Exception as e:
            e.add_note(f"while running job {name!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some jobs failed", errors)


jobs = [
    ("div", lambda: 1 / 0),
    ("ok", lambda: None),
    ("key", lambda: {}["missing"]),
    ("perm", lambda: bad_request()),
    ("type", lambda: len(5)),
]
try:
    run_jobs(jobs)
except* ZeroDivisionError as eg:
    print("math errors:", [str(e) for e in eg.exceptions])
except* (KeyError, TypeError) as eg:
    print("lookup/type errors:", [f"{type(e).__name__}: {e}" for e in eg.exceptions])
    print("notes:", [e.__notes__ for e in eg.exceptions])
except* PermanentError as eg:
    print("permanent:", [e.code for e in eg.exceptions])

try:
    run_jobs(jobs[:3])
except ExceptionGroup as eg:
    match, rest = eg.split(ZeroDivisionError)
    print("split:", len(match.exceptions), len(rest.exceptions), repr(rest.exceptions[0]))
    sub = eg.subgroup(lambda e: isinstance(e, LookupError))
    print("subgroup:", sub.message, [type(e).__name__ for e in sub.exceptions])

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    report = traceback.format_exception(e)
    lines = [l for chunk in report for l in chunk.splitlines() if not l.startswith("  File")]
    print("\n".join(l for l in lines if l.strip() and not l.startswith("    ")))
print(traceback.format_exception_only(PermanentError, PermanentError(500, "boom")))
