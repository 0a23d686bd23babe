"""A plugin registry driven by __init_subclass__, __set_name__, __class_getitem__ and __format__."""
from abc import ABC, abstractmethod
from functools import cached_property, partial, wraps
import inspect


class Field:
    """A validated attribute that learns its own name from __set_name__."""

    def __init__(self, kind, *, default=None, choices=None):
        self.kind = kind
        self.default = default
        self.choices = choices

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, "
                            f"got {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.owner}.{self.name} must be one of {sorted(self.choices)}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.owner}.{self.name}: {self.kind.__name__}>"


class Plugin(ABC):
    registry = {}
    priority = Field(int, default=50)
    stage = Field(str, default="main", choices={"early", "main", "late"})

    def __init_subclass__(cls, /, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name or cls.__name__.lower().removesuffix("plugin")
        if key in Plugin.registry:
            raise KeyError(f"duplicate plugin name {key!r}")
        cls.plugin_name = key
        Plugin.registry[key] = cls

    def __class_getitem__(cls, key):
        try:
            return cls.registry[key]
        except KeyError:
            raise LookupError(f"no plugin {key!r}; known: {', '.join(sorted(cls.registry))}") from None

    @abstractmethod
    def run(self, text):
        ...

    @cached_property
    def signature(self):
        print(f"  (computing signature of {self.plugin_name})")
        return str(inspect.signature(self.run))

    def __format__(self, spec):
        if spec == "short":
            return self.plugin_name
        if spec == "long":
            return f"{self.plugin_name}[{self.stage}, p={self.priority}]{self.signature}"
        return format(str(self), spec)

    def __str__(self):
        return f"{type(self).__name__}()"


def traced(label):
    def deco(fn):
        @wraps(fn)
        def wrapper(self, *args, **kwargs):
            result = fn(self, *args, **kwargs)
            print(f"  {label}:{self.plugin_name} {args[0]!r} -> {result!r}")
            return result
        return wrapper
    return deco


class TextPlugin(Plugin, abstract=True):
    def describe(self):
        return f"text plugin {self:short}"


class UpperPlugin(TextPlugin):
    @traced("T")
    def run(self, text):
        return text.upper()


class StripPlugin(TextPlugin, name="strip"):
    def __init__(self):
        self.stage = "early"
        self.priority = 10

    @traced("T")
    def run(self, text, chars=" .!"):
        return text.strip(chars)


class CensorPlugin(TextPlugin):
    words = Field(tuple, default=("darn",))

    def __init__(self, *words):
        if words:
            self.words = words
        self.stage = "late"
        self.priority = 90

    @traced("T")
    def run(self, text):
        for w in self.words:
            text = text.replace(w, "*" * len(w))
        return text


print(sorted(Plugin.registry), Plugin._fields, CensorPlugin._fields)
print(Plugin["upper"], Plugin["strip"].__name__, UpperPlugin.run.__name__, UpperPlugin.run.__wrapped__.__qualname__)
try:
    Plugin["shout"]
except LookupError as exc:
    print("LookupError:", exc)
try:
    class Again(TextPlugin, name="upper"):
        def run(self, text):
            return text
except KeyError as exc:
    print("KeyError:", exc)
try:
    TextPlugin()
except TypeError as exc:
    print("TypeError:", exc)

plugins = [Plugin[name]() for name in ("censor", "upper", "strip")]
plugins.append(CensorPlugin("PARTY", "LATE"))
for p in sorted(plugins, key=lambda p: (p.priority, p.plugin_name)):
    print(f"{p:long}")
print(f"{plugins[1]:>14}|{plugins[1]:short}|{plugins[0]!s:^20}|")
print(repr(Plugin.__dict__["stage"]), UpperPlugin.priority)

text = "  oh darn, the party runs late!  "
for p in sorted(plugins, key=lambda p: p.priority):
    text = p.run(text)
print("result:", text)
for bad in (lambda: setattr(plugins[0], "priority", "high"),
            lambda: setattr(plugins[0], "stage", "never")):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
shout = partial(Plugin["upper"]().run)
print(shout("partial works"), plugins[1].describe())
print(plugins[1].signature is plugins[1].signature, "signature" in vars(plugins[1]))
