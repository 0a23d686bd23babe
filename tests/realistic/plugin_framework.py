"""A plugin framework: registration through __init_subclass__, descriptors with
__set_name__, a metaclass that records declaration order, contextlib helpers,
singledispatch rendering and cached properties."""
import contextlib
import functools
import io
import sys
from abc import ABC, abstractmethod


class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        setattr(obj, self.attr, value)

    def __repr__(self):
        return f"Field({self.kind.__name__}, default={self.default!r})"


class Ordered(type):
    def __new__(mcls, cls_name, bases, ns, **kw):
        cls = super().__new__(mcls, cls_name, bases, ns, **kw)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        return cls


class Plugin(ABC, metaclass=type("PluginMeta", (Ordered, type(ABC)), {})):
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        if name:
            cls.plugin_name = name
            cls.priority = priority
            Plugin.registry[name] = cls

    def __init__(self, **options):
        for key, value in options.items():
            if key not in self._fields:
                raise TypeError(f"{type(self).__name__} got unknown option {key!r}")
            setattr(self, key, value)

    @abstractmethod
    def run(self, data):
        ...

    @functools.cached_property
    def description(self):
        print(f"  (computing description of {self.plugin_name})")
        opts = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{self.plugin_name}({opts})"


class Upper(Plugin, name="upper", priority=2):
    only_first = Field(bool, False)

    def run(self, data):
        return data[:1].upper() + data[1:] if self.only_first else data.upper()


class Repeat(Plugin, name="repeat", priority=1):
    times = Field(int, 2)
    sep = Field(str, " ")

    def run(self, data):
        return self.sep.join([data] * self.times)


class Broken(Plugin, name="broken"):
    pass


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: str):
    return repr(value)


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: int):
    return f"#{value}"


@contextlib.contextmanager
def step(name):
    print(f"> {name}")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  step {name} failed: KeyError {e}")
    finally:
        print(f"< {name}")


def pipeline(spec, data):
    plugins = sorted((Plugin.registry[n](**opts) for n, opts in spec),
                     key=lambda p: -p.priority)
    for p in plugins:
        data = p.run(data)
        print(f"  {p.description} -> {data!r}")
    return data


print(sorted(Plugin.registry), Repeat._fields, Repeat.times)
with step("build") as tag:
    print("  tag:", tag)
    pipeline([("repeat", {"times": 3, "sep": "-"}), ("upper", {"only_first": True})], "ab")
with step("lookup"):
    Plugin.registry["missing"]
for bad in ({"times": "3"}, {"colour": 1}):
    try:
        Repeat(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
r = Repeat()
print(r.description, r.description)
print(render(["a", 1, (2, "b"), 3.5, None]))
with contextlib.ExitStack() as stack:
    for n in ("one", "two"):
        stack.enter_context(step(n))
    stack.callback(print, "  callback runs first")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", end="!")
print(repr(buf.getvalue()))
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print(type(Plugin).__name__, type(Plugin).__mro__[1].__name__, isinstance(r, Plugin))
