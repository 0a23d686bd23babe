"""Logging configured to stdout with formats, levels, filters and child loggers."""
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")


class NoDirFormatter(logging.Formatter):
    """Tracebacks name this file without its directory (the output stays the same
    wherever the file lies)."""

    def formatException(self, ei):
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        return super().formatException(ei).replace(here, "")


logging.getLogger().handlers[0].setFormatter(
    NoDirFormatter("%(levelname)-8s %(name)s: %(message)s"))

log = logging.getLogger("app")
db_log = logging.getLogger("app.db")
net_log = logging.getLogger("app.net")

log.debug("starting with %d workers", 4)
log.info("config loaded from %s", "settings.ini")
db_log.warning("slow query took %.2f s", 1.23456)
net_log.error("connection refused: %r", ("10.0.0.1", 5432))
net_log.setLevel(logging.ERROR)
net_log.warning("this is filtered out")
net_log.critical("network down")


class OnlyOdd(logging.Filter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record):
        self.n += 1
        return self.n % 2 == 1


job = logging.getLogger("jobs")
job.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s|%(levelno)d] %(funcName)s: %(message)s"))
handler.addFilter(OnlyOdd())
job.addHandler(handler)
job.setLevel(logging.INFO)


def process(i):
    job.info("processing item %s", i)


for i in range(5):
    process(i)

try:
    int("abc")
except ValueError:
    log.exception("conversion failed")

adapter = logging.LoggerAdapter(logging.getLogger("app.user"), {"user": "alice"})


class CtxAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", kwargs


ctx = CtxAdapter(logging.getLogger("app.user"), {"user": "bob"})
adapter.info("plain adapter")
ctx.info("logged in from %s", "web")

print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
print(log.getEffectiveLevel(), net_log.getEffectiveLevel(), db_log.isEnabledFor(logging.DEBUG))
print(db_log.parent.name, logging.getLogger().name, logging.getLogger("app") is log)
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level message")
log.info("dict arg: %(a)s and %(b)s", {"a": 1, "b": 2})
log.warning("percent literal 100%%")
log.info("no args but %s stays")
fmt = logging.Formatter("%(message)s / %(levelname)s / %(module)s")
rec = logging.LogRecord("x", logging.INFO, "/path/to/file.py", 10, "hello %s", ("world",), None)
print(fmt.format(rec), rec.getMessage(), rec.lineno, rec.filename)
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("shown")
logging.disable(logging.NOTSET)
root = logging.getLogger()
print(len(root.handlers), type(root.handlers[0]).__name__, root.level)
logging.shutdown()
