"""A batch job runner: ExitStack-managed resources, logging to stdout with a custom
formatter, retries with exponential backoff (simulated clock), exceptions with notes,
traceback.format_exception for failed jobs, and a pprint'd summary."""
import contextlib
import io
import logging
import pprint
import sys
import traceback
from dataclasses import dataclass, field, asdict


class JobError(Exception):
    """Base class for job failures."""


class TransientError(JobError):
    pass


class FatalError(JobError):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job


class Clock:
    def __init__(self):
        self.now = 0.0

    def sleep(self, s):
        self.now += s


CLOCK = Clock()


class ClockFormatter(logging.Formatter):
    def format(self, record):
        record.clock = f"{CLOCK.now:7.2f}"
        return super().format(record)


log = logging.getLogger("batch")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ClockFormatter("[%(clock)s] %(levelname)-7s %(name)s.%(funcName)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


@dataclass
class Resource:
    name: str
    opened: list = field(default_factory=list)

    def __enter__(self):
        self.opened.append(f"open {self.name}")
        log.debug("acquired %s", self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.opened.append(f"close {self.name}" + (f" after {et.__name__}" if et else ""))
        log.debug("released %s%s", self.name, f" ({et.__name__})" if et else "")
        return False


def retry(attempts=3, base_delay=0.5, retry_on=(TransientError,)):
    def deco(fn):
        def run(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except retry_on as e:
                    if attempt == attempts:
                        e.add_note(f"gave up after {attempts} attempts")
                        raise
                    log.warning("attempt %d/%d failed: %s; retrying in %.2fs", attempt, attempts, e, delay)
                    CLOCK.sleep(delay)
                    delay *= 2
        run.__name__ = fn.__name__
        return run
    return deco


PLAN = {"extract": 1, "transform": 3, "load": 0, "report": -1, "cleanup": 2}


@retry(attempts=3)
def run_job(name, attempt):
    CLOCK.sleep(0.1)
    failures_before_success = PLAN[name]
    if failures_before_success < 0:
        raise FatalError(name, "missing template 'summary.j2'")
    if attempt <= failures_before_success:
        raise TransientError(f"{name} timed out (attempt {attempt})")
    return {"job": name, "attempts": attempt, "rows": len(name) * 100 + attempt}


def main():
    results, failures = [], []
    journal = []
    with contextlib.ExitStack() as stack:
        db = stack.enter_context(Resource("db", journal))
        cache = stack.enter_context(Resource("cache", journal))
        stack.callback(log.info, "all resources released")
        stack.callback(journal.append, "callback ran")
        for name in PLAN:
            try:
                res = run_job(name)
            except JobError as e:
                failures.append(e)
                log.error("%s failed: %s", name, e)
            else:
                results.append(res)
                log.info("%s done: %(rows)s rows".replace("%(rows)s", str(res["rows"])), name)
        try:
            with Resource("tmpfile", journal):
                raise KeyError("scratch")
        except KeyError:
            log.exception("scratch space failed")
    print("journal:", journal)
    print("clock:", f"{CLOCK.now:.2f}")
    pprint.pprint(results, width=60, sort_dicts=False)
    for e in failures:
        print("".join(traceback.format_exception_only(e)), end="")
        print("  notes:", getattr(e, "__notes__", None), "| job attr:", getattr(e, "job", "-"))
    buf = io.StringIO()
    try:
        try:
            run_job("report")
        except FatalError as e:
            raise RuntimeError("pipeline aborted") from e
    except RuntimeError as e:
        lines = traceback.format_exception(e)
        print(len(lines) > 4, lines[-1].strip(), "|", "direct cause" in "".join(lines))
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    with contextlib.redirect_stdout(buf):
        print("captured")
    print(repr(buf.getvalue()))
    with contextlib.nullcontext(42) as v:
        print("nullcontext", v)

    @contextlib.contextmanager
    def phase(label):
        log.info("begin %s", label)
        yield label.upper()
        log.info("end %s", label)

    with phase("verify") as tag:
        print("tag", tag)

    class Timer(contextlib.ContextDecorator):
        def __enter__(self):
            log.debug("timer start")
            return self

        def __exit__(self, *exc):
            log.debug("timer stop")
            return False

    @Timer()
    def decorated():
        return "work"

    print(decorated())
    summary = {"ok": [r["job"] for r in results], "failed": sorted(type(e).__name__ for e in failures),
               "retries": sum(r["attempts"] - 1 for r in results), "resource": asdict(Resource("x"))}
    pprint.pprint(summary, width=50)


main()
logging.shutdown()
