"""Logging configured for a small service: handlers, filters, adapters, dictConfig."""
import io
import logging
import logging.config
import sys


class ContextFilter(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user

    def filter(self, record):
        record.user = self.user
        return not record.getMessage().startswith("heartbeat")


class BraceFormatter(logging.Formatter):
    def formatException(self, ei):
        etype, value, _ = ei
        return f"!! {etype.__name__}: {value}"


root = logging.getLogger()
root.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(lineno)s %(message)s".replace(":%(lineno)s", "")))
root.addHandler(out)

log = logging.getLogger("shop.orders")
log.info("service starting with %d workers", 4)
log.debug("config: %r", {"retries": 3})
log.warning("disk at %.1f%%", 91.25)
log.error("order %(id)s failed", {"id": "A-17"})

db = logging.getLogger("shop.db")
db.setLevel(logging.WARNING)
db.info("this is hidden")
db.warning("slow query took %ss", 2.5)
print("effective:", logging.getLevelName(db.getEffectiveLevel()), db.isEnabledFor(logging.INFO),
      logging.getLogger("shop.db.pool").getEffectiveLevel())

buffer = io.StringIO()
audit = logging.getLogger("audit")
audit.propagate = False
handler = logging.StreamHandler(buffer)
handler.setFormatter(BraceFormatter("[{levelname}] {user} {message}", style="{"))
handler.addFilter(ContextFilter("ada"))
audit.addHandler(handler)
audit.warning("login from %s", "10.0.0.7")
audit.info("heartbeat ok")
try:
    1 / 0
except ZeroDivisionError:
    audit.exception("calculation failed")
audit.critical("shutting down")
print("audit buffer:")
print(buffer.getvalue(), end="")

adapter = logging.LoggerAdapter(logging.getLogger("shop.api"), {"request": "r-42"})


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['request']}] {msg}", kwargs


RequestAdapter(logging.getLogger("shop.api"), {"request": "r-43"}).info("GET /items -> %d", 200)
adapter.info("plain adapter message")

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelno $name: $message", style="$"))
tmpl = logging.getLogger("templ")
tmpl.propagate = False
tmpl.addHandler(dollar)
tmpl.error("dollar style")

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(name)s|%(levelname)s|%(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                             "formatter": "short", "level": "INFO"}},
    "loggers": {"billing": {"handlers": ["console"], "level": "DEBUG", "propagate": False}},
})
bill = logging.getLogger("billing")
bill.debug("not shown: handler level is INFO")
bill.info("invoice %s sent", 1001)
bill.log(25, "custom level number")
logging.addLevelName(25, "NOTICE")
bill.log(25, "custom level named")
print(logging.getLevelName("NOTICE"), logging.getLevelName(35), logging.getLevelName(logging.ERROR))
record = logging.LogRecord("manual", logging.INFO, "file.py", 10, "value=%s", ("x",), None)
print(record.getMessage(), record.levelname, record.name)
print(logging.Formatter("%(message)s <%(levelname)s>").format(record))
logging.disable(logging.WARNING)
log.warning("suppressed by disable")
logging.disable(logging.NOTSET)
log.warning("visible again")
with_stack = logging.getLogger("stack")
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("shop")))
logging.shutdown()
