"""Logging configured by hand: a custom Formatter with a context field,
Filters that redact and rate-limit, a LoggerAdapter for request ids,
handler levels, propagation through a logger hierarchy, and exc_info."""

import logging
import io


class ContextFormatter(logging.Formatter):
    def format(self, record):
        record.ctx = getattr(record, "request_id", "-")
        return super().format(record)

    def formatException(self, ei):
        text = super().formatException(ei)
        last = text.strip().splitlines()[-1]
        return f"    !! {last}"


class RedactFilter(logging.Filter):
    SECRETS = ("password", "token")

    def filter(self, record):
        msg = record.getMessage()
        for word in self.SECRETS:
            if word in msg:
                record.msg = msg.split(word)[0] + word + "=<redacted>"
                record.args = ()
        return True


class OncePerMessage(logging.Filter):
    def __init__(self):
        super().__init__()
        self.seen = set()

    def filter(self, record):
        key = (record.name, record.msg)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request_id"] = self.extra["request_id"]
        return f"[{self.extra['user']}] {msg}", kwargs


stream_all = io.StringIO()
stream_errors = io.StringIO()

root = logging.getLogger("shop")
root.setLevel(logging.DEBUG)
root.propagate = False

h_all = logging.StreamHandler(stream_all)
h_all.setFormatter(ContextFormatter("%(levelname)-7s %(name)s (%(ctx)s) %(message)s"))
h_all.addFilter(RedactFilter())
root.addHandler(h_all)

h_err = logging.StreamHandler(stream_errors)
h_err.setLevel(logging.ERROR)
h_err.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(lineno)s? %(message)s".replace("%(lineno)s? ", "")))
root.addHandler(h_err)

db = logging.getLogger("shop.db")
api = logging.getLogger("shop.api")
noisy = logging.getLogger("shop.api.poller")
noisy.addFilter(OncePerMessage())

db.debug("connecting to %s:%d", "localhost", 5432)
db.info("login with password hunter2")
api.warning("slow response: %.1f ms", 1234.5678)
for _ in range(3):
    noisy.info("polling queue")
noisy.info("queue empty")

req = RequestAdapter(api, {"request_id": "r-17", "user": "ada"})
req.info("GET /cart")
req.error("payment declined for token abc123")

try:
    {"sku": 1}["qty"]
except KeyError:
    api.exception("lookup failed")

api.setLevel(logging.ERROR)
api.warning("this warning is below the api logger's level")
api.critical("disk %s full", "/var")

print("effective levels:", {n: logging.getLevelName(logging.getLogger(n).getEffectiveLevel())
                            for n in ("shop", "shop.db", "shop.api", "shop.api.poller")})
print("isEnabledFor(INFO) api:", api.isEnabledFor(logging.INFO), "db:", db.isEnabledFor(logging.INFO))
print("--- all handler ---")
print(stream_all.getvalue(), end="")
print("--- error handler ---")
print(stream_errors.getvalue(), end="")

logging.addLevelName(25, "NOTICE")
root.log(25, "custom level %s", "works")
print("--- after custom level ---")
print(stream_all.getvalue().splitlines()[-1])
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(13))
rec = logging.LogRecord("x", logging.INFO, "f.py", 3, "hello %s", ("there",), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
