"""Capture everything a batch job prints, tee it to a log, and summarise the run."""
import io
import sys
import logging
import contextlib
import traceback
from datetime import datetime, timedelta


class TeeStream(io.StringIO):
    """A StringIO that also forwards each write to another stream, with a prefix."""

    def __init__(self, target, prefix=""):
        super().__init__()
        self.target = target
        self.prefix = prefix
        self.lines = 0
        self._at_line_start = True

    def write(self, text):
        out = []
        for ch in text:
            if self._at_line_start and ch != "\n":
                out.append(self.prefix)
            out.append(ch)
            self._at_line_start = ch == "\n"
            if ch == "\n":
                self.lines += 1
        self.target.write("".join(out))
        return super().write(text)


class Job:
    def __init__(self, name, steps, fail_at=None):
        self.name = name
        self.steps = steps
        self.fail_at = fail_at

    def run(self, log):
        log.info("starting %s (%d steps)", self.name, self.steps)
        total = 0
        for i in range(1, self.steps + 1):
            if i == self.fail_at:
                raise RuntimeError(f"{self.name}: step {i} failed")
            total += i * i
            print(f"  {self.name} step {i}/{self.steps}: subtotal={total}")
        log.info("finished %s", self.name)
        return total


def main():
    real_stdout = sys.stdout
    tee = TeeStream(real_stdout, prefix="| ")
    handler = logging.StreamHandler(tee)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    log = logging.getLogger("batch")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False

    clock = datetime(2024, 5, 1, 23, 58)
    results = {}
    with contextlib.redirect_stdout(tee):
        for job in [Job("alpha", 3), Job("beta", 4, fail_at=3), Job("gamma", 2)]:
            clock += timedelta(minutes=1, seconds=30)
            print(f"[{clock:%Y-%m-%d %H:%M:%S}] {job.name}")
            try:
                results[job.name] = job.run(log)
            except RuntimeError:
                results[job.name] = None
                log.error("job failed")
                print(traceback.format_exc(limit=0).strip())
    print("--- summary ---")
    print(f"lines captured: {tee.lines}, chars: {len(tee.getvalue())}")
    for name, value in results.items():
        print(f"{name:<6} {'FAILED' if value is None else value:>6}")
    captured = tee.getvalue().splitlines()
    print("first:", captured[0])
    print("errors:", [l for l in captured if l.startswith("ERROR")])
    tee.seek(0)
    print("third line:", [next(tee) for _ in range(3)][-1].rstrip())
    print(tee.closed, isinstance(tee, io.StringIO), tee.prefix)
    tee.close()
    print(tee.closed)
    try:
        tee.getvalue()
    except ValueError as e:
        print("ValueError:", e)


main()
