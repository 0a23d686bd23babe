"""A miniature test framework: decorators register tests and fixtures,
parametrize expands cases, failures are reported with the assertion's
traceback line, and a summary counts passes, failures, errors and skips."""

import traceback
import functools
import sys

REGISTRY = []
FIXTURES = {}


class Skip(Exception):
    pass


def fixture(func):
    FIXTURES[func.__name__] = func
    return func


def test(func=None, *, tags=()):
    def register(f):
        f.tags = set(tags)
        REGISTRY.append(f)
        return f
    return register(func) if func is not None else register


def parametrize(name, values):
    def deco(func):
        REGISTRY.remove(func)
        for v in values:
            @functools.wraps(func)
            def case(*args, _v=v, **kwargs):
                return func(*args, **{name: _v}, **kwargs)
            case.__name__ = f"{func.__name__}[{v!r}]"
            case.tags = func.tags
            REGISTRY.append(case)
        return func
    return deco


def skip(reason):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            raise Skip(reason)
        return wrapper
    return deco


def raises(exc_type, match=None):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, et, e, tb):
            if et is None:
                raise AssertionError(f"did not raise {exc_type.__name__}")
            if not issubclass(et, exc_type):
                return False
            if match is not None and match not in str(e):
                raise AssertionError(f"{match!r} not in {str(e)!r}")
            self.value = e
            return True
    return Ctx()


# ---- the code under test -------------------------------------------------

def slugify(text):
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


# ---- the tests ----------------------------------------------------------

@fixture
def stack():
    s = Stack()
    for i in range(3):
        s.push(i)
    return s


@test
def test_slug_basic():
    assert slugify("Hello, World!") == "hello-world"


@parametrize("text", ["A  B", "--x--", "Ünïcode ok"])
@test(tags={"slow"})
def test_slug_no_double_dash(text):
    assert "--" not in slugify(text), slugify(text)


@test
def test_stack_pop(stack):
    assert stack.pop() == 2
    assert len(stack) == 2


@test
def test_stack_empty():
    with raises(IndexError, match="empty") as info:
        Stack().pop()
    assert isinstance(info.value, IndexError)


@test
def test_deliberate_failure(stack):
    expected = [2, 1, 0, 99]
    got = [stack.pop() for _ in range(3)]
    assert got == expected, f"{got} != {expected}"


@test
def test_error_not_assertion():
    return {"a": 1}["b"]


@test
@skip("not on this platform")
def test_skipped():
    raise RuntimeError("never runs")


@test
def test_raises_wrong_type():
    with raises(KeyError):
        [][1]


def run(selected_tags=None):
    import inspect
    counts = dict(passed=0, failed=0, errors=0, skipped=0)
    for t in REGISTRY:
        if selected_tags and not (t.tags & selected_tags):
            continue
        params = inspect.signature(t).parameters
        kwargs = {n: FIXTURES[n]() for n in params if n in FIXTURES}
        try:
            t(**kwargs)
        except Skip as s:
            counts["skipped"] += 1
            print(f"SKIP  {t.__name__}: {s}")
        except AssertionError as e:
            counts["failed"] += 1
            frame = traceback.extract_tb(e.__traceback__)[-1]
            print(f"FAIL  {t.__name__} (line {frame.lineno}: {frame.line})")
            if str(e):
                print(f"      {type(e).__name__}: {e}")
        except Exception as e:
            counts["errors"] += 1
            lines = traceback.format_exception_only(type(e), e)
            print(f"ERROR {t.__name__}: {lines[-1].strip()}")
        else:
            counts["passed"] += 1
            print(f"ok    {t.__name__}")
    summary = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    print(f"== {summary} ==")
    return counts


print("registered:", [t.__name__ for t in REGISTRY])
result = run()
print("only slow:")
run({"slow"})
sys.exit(0 if result["failed"] == 0 else 0)
