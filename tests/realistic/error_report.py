"""Exception chaining, notes, groups and formatted tracebacks, as an error-reporting tool does."""
import traceback
import sys


class AppError(Exception):
    """Base class for the application's errors."""


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


class ValidationError(AppError, ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError("port", f"not a number: {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"out of range: {port}")
    return port


def load(config):
    try:
        return {"port": parse_port(config["port"]), "host": config["host"]}
    except KeyError as e:
        err = ConfigError(e.args[0], "missing")
        err.add_note(f"available keys: {sorted(config)}")
        raise err


def validate_all(records):
    problems = []
    for i, r in enumerate(records):
        try:
            if not r.get("name"):
                raise ValidationError("name is empty")
            if r.get("age", 0) < 0:
                raise ValidationError(f"negative age {r['age']}")
        except ValidationError as e:
            e.add_note(f"record #{i}: {r}")
            problems.append(e)
    if problems:
        raise ExceptionGroup("validation failed", problems)


def report(exc):
    lines = traceback.format_exception(exc)
    text = "".join(lines)
    return text


def main():
    configs = [{"port": "8080", "host": "a"}, {"port": "eighty", "host": "b"},
               {"port": "70000", "host": "c"}, {"host": "d"}]
    for cfg in configs:
        try:
            print("loaded", load(cfg))
        except AppError as e:
            print(f"{type(e).__name__}: {e}")
            print(f"  cause={e.__cause__!r} context={type(e.__context__).__name__ if e.__context__ else None}"
                  f" suppress={e.__suppress_context__}")
            for note in getattr(e, "__notes__", []):
                print("  note:", note)
    print()
    try:
        load({"port": "x1"})
    except AppError:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))
    try:
        load({"host": "z"})
    except AppError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print(report(e).replace(__file__, "FILE"))

    try:
        validate_all([{"name": "ok", "age": 3}, {"name": ""}, {"name": "x", "age": -4}])
    except* ValidationError as group:
        print("caught", type(group).__name__, repr(group.message), len(group.exceptions))
        for e in group.exceptions:
            print("  -", e, "|", e.__notes__)
    print()
    eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [KeyError("k")])])
    match, rest = eg.split(ValueError)
    print("split:", repr(match), repr(rest))
    print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
    print(report(eg).replace(__file__, "FILE"))

    def deep(n):
        if n == 0:
            raise RuntimeError("bottom")
        return deep(n - 1)

    try:
        deep(3)
    except RuntimeError:
        etype, value, tb = sys.exc_info()
        frames = traceback.extract_tb(tb)
        print([(f.name, f.lineno - frames[0].lineno) for f in frames])
        print(traceback.format_list(frames[-1:])[0].replace(__file__, "FILE"), end="")
        stack = traceback.StackSummary.extract(traceback.walk_tb(tb))
        print(len(stack), stack[-1].line)

    try:
        try:
            {}["k"]
        except KeyError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        te = traceback.TracebackException.from_exception(e)
        print(list(te.format_exception_only()))
        print("context:", type(te.__context__.exc_type) if te.__context__ else None, te.__context__.exc_type.__name__)
        print("".join(te.format()).replace(__file__, "FILE"))


main()
