"""Showcase of exception chaining, context, and traceback formatting."""
import sys
import traceback


class AppError(Exception):
    """Base application error."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key


class DataError(AppError):
    pass


def parse_port(value):
    try:
        port = int(value)
    except ValueError as e:
        raise ConfigError("port", "not an integer") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"{port} out of range")
    return port


def load_config(raw):
    cfg = {}
    for line in raw.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "port":
            cfg["port"] = parse_port(value.strip())
        else:
            cfg[key.strip()] = value.strip()
    return cfg


def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        raise DataError("no values to average")


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} missing") from None


def cleanup_fails():
    try:
        raise ValueError("original problem")
    finally:
        try:
            raise RuntimeError("cleanup also failed")
        except RuntimeError:
            pass


def nested_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e1:
            raise ValueError("level 2") from e1
    except ValueError as e2:
        raise TypeError("level 3")


def describe(exc):
    parts = [f"{type(exc).__name__}({exc})"]
    cur = exc
    while True:
        if cur.__cause__ is not None:
            cur = cur.__cause__
            parts.append(f"<-cause- {type(cur).__name__}({cur})")
        elif cur.__context__ is not None and not cur.__suppress_context__:
            cur = cur.__context__
            parts.append(f"<-context- {type(cur).__name__}({cur})")
        else:
            break
    return " ".join(parts)


def strip_paths(tb_text):
    lines = []
    for line in tb_text.splitlines():
        if line.strip().startswith('File "'):
            fname = line.split('"')[1].rsplit("/", 1)[-1]
            rest = line.split('"', 2)[2]
            line = line[:line.index('File "')] + f'File "{fname}"' + rest
        lines.append(line)
    return "\n".join(lines)


cases = [
    ("bad port", lambda: load_config("host=x\nport=eighty")),
    ("port range", lambda: load_config("port=70000")),
    ("average", lambda: average([])),
    ("lookup", lambda: lookup({}, "k")),
    ("nested", nested_chain),
    ("finally", cleanup_fails),
]

for label, fn in cases:
    try:
        fn()
    except Exception as exc:
        print(f"[{label}] {describe(exc)}")
        print(f"    cause={exc.__cause__!r} context={exc.__context__!r} suppress={exc.__suppress_context__}")

print("\n--- format_exc for a chained error ---")
try:
    load_config("port=abc")
except AppError:
    print(strip_paths(traceback.format_exc()))

print("\n--- format_exc for implicit context ---")
try:
    average([])
except AppError:
    print(strip_paths(traceback.format_exc()))

print("\n--- nested chain ---")
try:
    nested_chain()
except TypeError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print(strip_paths(text))

print("--- format_exception_only / extract_tb ---")
try:
    lookup({"a": 1}, "b")
except LookupError as e:
    print(traceback.format_exception_only(type(e), e), end="")
    print(traceback.format_exception_only(e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames])
    print(len(traceback.format_tb(e.__traceback__)))

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        err = ConfigError("mode", "unsupported")
        err.__cause__ = inner
        raise err
except ConfigError as e:
    print("manual cause:", repr(e.__cause__), e.key, e.args)

eg_errors = []
for v in ("1", "x", "70000", "22"):
    try:
        parse_port(v)
    except ConfigError as e:
        eg_errors.append(e)
print([str(e) for e in eg_errors])
print(isinstance(eg_errors[0], AppError), issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError:
    print(strip_paths(traceback.format_exc()))
info = None
try:
    {}["x"]
except KeyError:
    info = sys.exc_info()
print(info[0].__name__, repr(info[1]), info[2] is not None, sys.exc_info() == (None, None, None))
try:
    raise SystemExit(3)
except SystemExit as se:
    print("SystemExit code", se.code)
try:
    raise KeyboardInterrupt
except BaseException as be:
    print("caught", type(be).__name__, isinstance(be, Exception))
