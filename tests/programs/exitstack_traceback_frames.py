# ExitStack runs an entered manager's __exit__ as a bound method and a plain callback
# through a wrapper named _exit_wrapper, re-raising in __exit__ itself: tracebacks and
# logging's funcName show CPython's frames.
import contextlib
import logging
import sys
import traceback


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise ValueError("raised in __exit__")


def failing_callback():
    raise KeyError("raised in a callback")


def frames(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]


for setup in ("manager", "callback", "both"):
    try:
        with contextlib.ExitStack() as stack:
            if setup in ("manager", "both"):
                stack.enter_context(Manager())
            if setup in ("callback", "both"):
                stack.callback(failing_callback)
    except Exception as e:
        print(setup, type(e).__name__, frames(e), type(e.__context__).__name__)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(funcName)s: %(message)s"))
log = logging.getLogger("stack")
log.addHandler(handler)
log.propagate = False
with contextlib.ExitStack() as stack:
    stack.callback(log.warning, "released %s", "db")
    bound = stack.enter_context(Manager.__new__(type("Quiet", (), {"__enter__": lambda s: s, "__exit__": lambda s, *e: None})))
print(type(bound).__name__)
