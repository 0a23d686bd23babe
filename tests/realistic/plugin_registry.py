"""An inspect-based plugin registry with decorators and signature checking."""
import functools
import inspect
from typing import Any, Callable, Dict, List, Optional


class PluginError(Exception):
    pass


class Registry:
    def __init__(self):
        self._plugins: Dict[str, Dict[str, Any]] = {}

    def register(self, name: Optional[str] = None, *, category: str = "general", version: str = "1.0"):
        def decorator(obj):
            key = name or obj.__name__.lower()
            if key in self._plugins:
                raise PluginError(f"duplicate plugin {key!r}")
            kind = "class" if inspect.isclass(obj) else "function"
            target = obj.run if inspect.isclass(obj) else obj
            sig = inspect.signature(target)
            params = [p for p in sig.parameters.values() if p.name != "self"]
            self._plugins[key] = {
                "obj": obj, "kind": kind, "category": category, "version": version,
                "signature": sig, "params": params,
                "doc": inspect.getdoc(obj) or "(no docs)",
                "is_generator": inspect.isgeneratorfunction(target),
                "is_async": inspect.iscoroutinefunction(target),
            }
            return obj
        if callable(name):
            obj, name = name, None
            return decorator(obj)
        return decorator

    def call(self, key, *args, **kwargs):
        try:
            info = self._plugins[key]
        except KeyError:
            raise PluginError(f"no plugin named {key!r}") from None
        obj = info["obj"]
        target = obj().run if info["kind"] == "class" else obj
        try:
            bound = inspect.signature(target).bind(*args, **kwargs)
        except TypeError as e:
            raise PluginError(f"{key}: bad arguments: {e}") from e
        bound.apply_defaults()
        for pname, value in bound.arguments.items():
            ann = inspect.signature(target).parameters[pname].annotation
            if ann in (int, str, float) and not isinstance(value, ann):
                raise PluginError(f"{key}: {pname} should be {ann.__name__}, got {type(value).__name__}")
        result = target(*bound.args, **bound.kwargs)
        if info["is_generator"]:
            result = list(result)
        return result

    def describe(self):
        for key in sorted(self._plugins):
            info = self._plugins[key]
            print(f"{key} [{info['kind']}, {info['category']}, v{info['version']}]{info['signature']}")
            print(f"    {info['doc'].splitlines()[0]}")
            for p in info["params"]:
                default = "" if p.default is inspect.Parameter.empty else f" = {p.default!r}"
                ann = "" if p.annotation is inspect.Parameter.empty else f": {getattr(p.annotation, '__name__', p.annotation)}"
                print(f"      - {p.name}{ann}{default} ({p.kind.name})")

    def by_category(self):
        cats = {}
        for key, info in self._plugins.items():
            cats.setdefault(info["category"], []).append(key)
        return {c: sorted(v) for c, v in sorted(cats.items())}


registry = Registry()


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"  -> {func.__name__}{args}{kwargs if kwargs else ''}")
        return func(*args, **kwargs)
    return wrapper


@registry.register
def greet(name: str, greeting: str = "Hello", *, punct: str = "!") -> str:
    """Greet somebody politely.

    More text here."""
    return f"{greeting}, {name}{punct}"


@registry.register("sum", category="math", version="2.1")
@logged
def add_all(*numbers: float, start: float = 0) -> float:
    """Add up numbers."""
    return sum(numbers, start)


@registry.register(category="math")
def power(base: int, exp: int = 2, /) -> int:
    """Raise base to exp (positional only)."""
    return base ** exp


@registry.register(category="text")
class Shout:
    """Upper-cases text."""

    def run(self, text: str, times: int = 1, **extra) -> str:
        suffix = "".join(f" {k}={v}" for k, v in sorted(extra.items()))
        return " ".join([text.upper()] * times) + suffix


@registry.register(category="text")
def words(text: str):
    """Yield words one at a time."""
    for w in text.split():
        yield w.strip(".,")


registry.describe()
print(registry.by_category())

calls = [
    ("greet", ("Ada",), {}),
    ("greet", ("Bob", "Hi"), {"punct": "?"}),
    ("greet", (), {"name": "Cy", "greeting": "Yo"}),
    ("sum", (1, 2, 3.5), {"start": 10}),
    ("power", (3,), {}),
    ("power", (2, 10), {}),
    ("shout", ("hey",), {"times": 2, "b": 1, "a": 2}),
    ("words", ("Hello, big world.",), {}),
    ("greet", (42,), {}),
    ("greet", (), {}),
    ("power", (), {"base": 2}),
    ("nope", (), {}),
    ("shout", ("x",), {"times": "3"}),
]
for key, args, kwargs in calls:
    try:
        print(f"{key}: {registry.call(key, *args, **kwargs)!r}")
    except PluginError as e:
        print(f"PluginError: {e}")

try:
    registry.register("greet")(lambda: None)
except PluginError as e:
    print("PluginError:", e)

sig = inspect.signature(greet)
print(sig, sig.return_annotation.__name__, list(sig.parameters), str(sig.parameters["punct"]))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(add_all.__name__, add_all.__doc__, add_all.__wrapped__.__name__, inspect.unwrap(add_all) is add_all.__wrapped__)
print(inspect.isfunction(greet), inspect.ismethod(Shout().run), inspect.isclass(Shout), inspect.isbuiltin(len))
print([name for name, _ in inspect.getmembers(Shout, inspect.isfunction)])
print(inspect.getdoc(Shout), "|", inspect.cleandoc("  a\n    b\n  c"))
b = sig.bind("Zed", punct=".")
print(b.arguments, b.args, b.kwargs)
print(inspect.signature(lambda a, b=2, *c, d, e=5, **f: None))
print(inspect.getfullargspec(power).args, inspect.getfullargspec(add_all.__wrapped__).varargs)


class Base:
    def method(self):
        pass


class Child(Base):
    @staticmethod
    def helper(x):
        return x

    @classmethod
    def make(cls):
        return cls()

    @property
    def prop(self):
        return 1


print([c.__name__ for c in inspect.getmro(Child)], inspect.isabstract(Child))
print(sorted(n for n, v in inspect.getmembers(Child) if not n.startswith("__")))
print(type(inspect.getattr_static(Child, "helper")).__name__, type(inspect.getattr_static(Child, "make")).__name__)
