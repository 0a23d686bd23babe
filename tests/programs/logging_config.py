import io
import logging
import logging.config
import logging.handlers
import sys

early = logging.getLogger("early")
early_child = logging.getLogger("app.db.pool")
keep = logging.getLogger("keep")


class Prefix(logging.Filter):
    def __init__(self, prefix="*"):
        super().__init__()
        self.prefix = prefix

    def filter(self, record):
        record.msg = self.prefix + str(record.msg)
        return True


def make_formatter(fmt, tag):
    return logging.Formatter(f"{tag} {fmt}")


config = {
    "version": 1,
    "settings": {"streams": [None, "ext://sys.stdout"], "fmt": "%(levelname)s:%(name)s:%(message)s"},
    "formatters": {
        "plain": {"format": "cfg://settings.fmt"},
        "braces": {"format": "{levelname:<7} {message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "tag": "[custom]"},
        "dotted": {"()": "logging.Formatter", "fmt": "%(name)s> %(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "star": {"()": Prefix, "prefix": ">> ", ".": {"note": "set by dot"}},
    },
    "handlers": {
        "a_buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                     "target": "console", "flushLevel": logging.ERROR},
        "console": {"class": "logging.StreamHandler", "stream": "cfg://settings.streams[1]",
                    "formatter": "plain", "level": "DEBUG"},
        "pretty": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "braces", "filters": ["star"]},
        "custom": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "custom", "filters": ["only_app"]},
        "dotted": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "dotted"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["console", "custom"], "propagate": False},
        "audit": {"handlers": ["pretty"], "level": 10, "propagate": 0},
        "buffered": {"handlers": ["a_buffer"], "propagate": False},
        "keep": {},
    },
    "root": {"level": "WARNING", "handlers": ["dotted"]},
}
logging.config.dictConfig(config)
print(sorted(config), "settings" in config, config["formatters"]["plain"])
app = logging.getLogger("app")
app.debug("hidden")
app.info("started %s", "ok")
logging.getLogger("app.db").warning("child of app")
logging.getLogger("app.db.pool").error("pool child re-enabled")
logging.getLogger("audit").debug("audit entry")
print("early disabled:", early.disabled, "keep disabled:", keep.disabled, early_child.disabled)
early.warning("not shown: disabled")
logging.getLogger("fresh").warning("fresh loggers work")
buffered = logging.getLogger("buffered")
buffered.warning("first buffered")
print("-- nothing flushed yet")
buffered.warning("second buffered fills capacity")
buffered.info("third")
buffered.error("error flushes")
pretty = logging.getLogger("audit").handlers[0]
print(pretty.name, type(pretty.filters[0]).__name__, pretty.filters[0].note, pretty.level)
print(sorted(h for h in logging._handlers), logging.getLogger().level)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
app.warning("console now errors only; custom still prints")
print(app.level, len(app.handlers))

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": sys.stdout}},
                           "root": {"handlers": ["h"], "level": "INFO"}})
print("after non-disabling config:", early.disabled, app.handlers)
early.info("early is enabled again")

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "nosuchmodule.Handler"}}},
    {"version": 1, "handlers": {"h": {"level": "INFO"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"level": "NOPE"}}},
    {"version": 1, "root": {"filters": ["nofilter"]}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "formatters": {"f": {"format": "cfg://nowhere"}}},
    {"version": 1, "incremental": True, "handlers": {"ghost": {}}},
    {"version": 1, "formatters": {"f": {"()": "logging.Formatter", "bad-key": 1}}},
]
for bad in bad_configs:
    try:
        logging.config.dictConfig(bad)
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "<-", type(cause).__name__ if cause else None, cause if cause else "")

print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print(e)

ini = """
[loggers]
keys=root,web

[handlers]
keys=out,mem

[formatters]
keys=short,long

[logger_root]
level=WARNING
handlers=out

[logger_web]
level=DEBUG
handlers=mem
qualname=web.server
propagate=0

[handler_out]
class=StreamHandler
level=NOTSET
formatter=long
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
level=DEBUG
formatter=short
args=(10, ERROR)
target=out

[formatter_short]
format=%(levelname)s %(message)s

[formatter_long]
format=[%(name)s] %(levelname)s: %(message)s
"""
logging.config.fileConfig(io.StringIO(ini))
web = logging.getLogger("web.server")
web.debug("buffered debug")
web.info("buffered info")
logging.getLogger("other").warning("root handles this")
web.error("flush now")
print("app disabled by fileConfig:", app.disabled, web.propagate)
try:
    logging.config.fileConfig("/nonexistent/logging.ini")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n[logger_root\n"))
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0].split(" is invalid: ")[1])
