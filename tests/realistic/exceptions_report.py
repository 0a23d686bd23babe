"""Exception handling patterns with traceback formatting."""
import traceback
import sys


class AppError(Exception):
    """Base error for the app."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError, KeyError):
    pass


def parse_age(text):
    try:
        age = int(text)
    except ValueError as e:
        raise ValidationError("age", f"not a number: {text!r}") from e
    if not 0 <= age <= 150:
        raise ValidationError("age", f"out of range: {age}")
    return age


def lookup(db, key):
    try:
        return db[key]
    except KeyError:
        raise NotFound(key)


def level3():
    return {}["deep"]


def level2():
    try:
        level3()
    except KeyError as e:
        raise RuntimeError("level2 failed")


def level1():
    level2()


for text in ["42", "abc", "200", "-1"]:
    try:
        print("age:", parse_age(text))
    except ValidationError as e:
        print(f"invalid ({e.field}): {e}; cause={e.__cause__!r}")

try:
    lookup({"a": 1}, "b")
except KeyError as e:
    print("caught as KeyError:", repr(e), isinstance(e, AppError), str(e))

try:
    level1()
except RuntimeError:
    text = traceback.format_exc()
    lines = [l for l in text.splitlines() if not l.strip().startswith("File")]
    print("\n".join(lines))

try:
    parse_age("x")
except AppError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(len(traceback.format_exception(e)) > 2)
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([(f.name, f.line) for f in frames])

errors = []
for func, arg in [(int, "1.5"), (float, "x"), (len, 5), (dict, [1]), ([].pop, None), ({}.__getitem__, "k"), (divmod, 0)]:
    try:
        func(arg) if arg is not None else func()
    except Exception as e:
        errors.append(f"{func.__name__ if hasattr(func, '__name__') else func}: {type(e).__name__}: {e}")
print("\n".join(errors))


def finally_demo(n):
    log = []
    try:
        log.append("try")
        if n == 0:
            return "early"
        if n == 1:
            raise ValueError("one")
        log.append("body done")
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
        print("  log:", log)
    return "normal"


for n in range(3):
    print(finally_demo(n))

try:
    try:
        1 / 0
    finally:
        print("inner finally runs")
except ZeroDivisionError as e:
    print("outer caught", e, type(e.__traceback__).__name__)

e = ValueError("a", 1, [2])
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
err = OSError(2, "No such file", "x.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(FileNotFoundError.__mro__)
ex = Exception("with note")
if hasattr(ex, "add_note"):
    ex.add_note("extra context")
    print(ex.__notes__)
try:
    raise SystemExit(3)
except SystemExit as se:
    print("SystemExit code", se.code)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as ae:
    print("AssertionError:", ae)
sys.stdout.flush()


def risky():
    data = {"users": [{"name": "x"}]}
    return data["users"][0]["email"]


print("about to crash")
risky()
