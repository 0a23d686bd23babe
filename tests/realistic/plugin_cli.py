"""A plugin-based command runner: importlib, inspect, abc and introspection."""
import inspect
import importlib
import sys
import types
import textwrap
from abc import ABC, abstractmethod
from functools import wraps
import time as _time_module
import operator


REGISTRY = {}


def command(name=None, *, aliases=()):
    def decorate(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            return fn(*bound.args, **bound.kwargs)
        sig = inspect.signature(fn)
        key = name or fn.__name__.replace("_", "-")
        wrapper.command_name = key
        REGISTRY[key] = wrapper
        for a in aliases:
            REGISTRY[a] = wrapper
        return wrapper
    return decorate


@command(aliases=("add",))
def sum_numbers(*numbers: float, start: float = 0) -> float:
    """Add numbers together."""
    return sum(numbers, start)


@command("greet")
def greeting(name: str, greeting: str = "Hello", *, shout: bool = False) -> str:
    """Greet someone politely."""
    text = f"{greeting}, {name}!"
    return text.upper() if shout else text


@command()
def describe(obj_name: str) -> str:
    """Describe a module attribute by dotted path."""
    module_name, _, attr = obj_name.rpartition(".")
    module = importlib.import_module(module_name)
    obj = getattr(module, attr)
    kind = ("class" if inspect.isclass(obj) else "function" if inspect.isfunction(obj)
            else "builtin" if inspect.isbuiltin(obj) else "module" if inspect.ismodule(obj) else type(obj).__name__)
    return f"{obj_name} is a {kind}"


class Formatter(ABC):
    @abstractmethod
    def format(self, value) -> str: ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Formatter and any("format" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Plain(Formatter):
    def format(self, value):
        return str(value)


class Boxed:
    def format(self, value):
        s = str(value)
        return f"+{'-' * (len(s) + 2)}+\n| {s} |\n+{'-' * (len(s) + 2)}+"


def run(line, formatter=Plain()):
    name, *args = line.split()
    fn = REGISTRY.get(name)
    if fn is None:
        return f"unknown command {name!r}"
    kwargs = {}
    positional = []
    for a in args:
        if a.startswith("--"):
            k, _, v = a[2:].partition("=")
            kwargs[k] = v if v else True
        else:
            positional.append(a)
    sig = inspect.signature(fn)
    converted = []
    params = list(sig.parameters.values())
    for i, value in enumerate(positional):
        p = params[min(i, len(params) - 1)]
        ann = p.annotation
        converted.append(ann(value) if ann in (int, float) else value)
    try:
        return formatter.format(fn(*converted, **kwargs))
    except TypeError as e:
        return f"error: {e}"


for line in ["add 1 2 3.5", "sum-numbers 4 --start=10", "greet Ada", "greet Bob Hi --shout",
             "greet", "describe os.path.join", "describe collections.OrderedDict", "describe math.pi",
             "frobnicate 1"]:
    print(f"$ {line}\n{textwrap.indent(str(run(line)), '  ')}")
print(run("greet Eve", Boxed()))
print(isinstance(Boxed(), Formatter), issubclass(int, Formatter), isinstance(Plain(), Formatter))

print("\nCommands:")
for key, fn in sorted(REGISTRY.items()):
    if key != fn.command_name:
        continue
    sig = inspect.signature(fn)
    doc = inspect.getdoc(fn)
    print(f"  {key:<12} {sig}")
    print(f"  {'':<12} {doc}")
    for p in sig.parameters.values():
        default = "" if p.default is inspect.Parameter.empty else f" = {p.default!r}"
        ann = p.annotation.__name__ if p.annotation is not inspect.Parameter.empty else "?"
        print(f"      {p.kind.name:<22} {p.name}: {ann}{default}")
    print(f"      returns {sig.return_annotation.__name__}")

mod = types.ModuleType("dynamic_plugin", "A module built at run time.")
exec(textwrap.dedent("""
    VERSION = (1, 2)
    def hello(who='world'):
        return 'hello ' + who
    class Tool:
        '''A tool.'''
        def use(self):
            return 'used'
"""), mod.__dict__)
sys.modules["dynamic_plugin"] = mod
import dynamic_plugin
print(dynamic_plugin.hello(), dynamic_plugin.VERSION, dynamic_plugin.__doc__, dynamic_plugin.Tool().use())
members = inspect.getmembers(dynamic_plugin, lambda o: inspect.isfunction(o) or inspect.isclass(o))
print([name for name, _ in members], inspect.getdoc(dynamic_plugin.Tool))
print(importlib.import_module("dynamic_plugin") is mod, "dynamic_plugin" in sys.modules)
ops = {name: getattr(operator, name) for name in ("add", "mul", "pow") }
print({k: v(3, 4) for k, v in ops.items()}, callable(ops["add"]), inspect.isbuiltin(operator.add))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getmodulename(__file__) if "__file__" in dir() else None)
print(sum_numbers.__name__, sum_numbers.__doc__, sum_numbers.__wrapped__.__name__, inspect.unwrap(sum_numbers) is sum_numbers.__wrapped__)
