"""A command shell whose commands are plain functions: inspect.signature drives argument
parsing, annotations drive conversion, docstrings give help, and functools.partial /
singledispatch / wraps compose behaviours."""
import inspect
import shlex
from enum import Enum
from functools import partial, singledispatch, wraps, reduce
from typing import Optional, get_type_hints
from datetime import date, timedelta
import operator


class Color(Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


COMMANDS = {}


def command(name=None, *, aliases=()):
    def register(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        wrapper.calls = 0
        for n in (name or fn.__name__, *aliases):
            COMMANDS[n] = wrapper
        return wrapper
    return register


@singledispatch
def convert(target, text):
    raise TypeError(f"cannot convert to {target!r}")


@convert.register(type)
def _(target, text):
    if issubclass(target, Enum):
        try:
            return target(text.lower())
        except ValueError:
            choices = ", ".join(m.value for m in target)
            raise ValueError(f"{text!r} is not one of: {choices}") from None
    if target is bool:
        if text.lower() in ("1", "yes", "true", "on"):
            return True
        if text.lower() in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {text!r}")
    if target is date:
        return date.fromisoformat(text)
    return target(text)


def call_with_text(fn, argv):
    sig = inspect.signature(fn)
    hints = get_type_hints(fn)
    pos, kw = [], {}
    for tok in argv:
        if tok.startswith("--") and "=" in tok:
            k, v = tok[2:].split("=", 1)
            kw[k.replace("-", "_")] = v
        elif tok.startswith("--no-"):
            kw[tok[5:].replace("-", "_")] = "false"
        elif tok.startswith("--"):
            kw[tok[2:].replace("-", "_")] = "true"
        else:
            pos.append(tok)
    try:
        bound = sig.bind(*pos, **kw)
    except TypeError as e:
        raise SystemExit(f"usage error: {e}")
    for name, value in list(bound.arguments.items()):
        param = sig.parameters[name]
        target = hints.get(name, str)
        if getattr(target, "__origin__", None) is not None:
            target = next(a for a in target.__args__ if a is not type(None))
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            bound.arguments[name] = tuple(convert(target, v) for v in value)
        else:
            bound.arguments[name] = convert(target, value)
    bound.apply_defaults()
    fn.calls += 1
    return fn(*bound.args, **bound.kwargs)


@command(aliases=("sum",))
def add(*numbers: float, precision: int = 2) -> str:
    """Add numbers and round the result."""
    return f"{round(sum(numbers), precision)}"


@command()
def paint(item: str, color: Color = Color.RED, *, glossy: bool = False) -> str:
    """Paint an item."""
    finish = "glossy" if glossy else "matte"
    return f"{item} is now {finish} {color.value}"


@command("due")
def due_date(start: date, days: int, skip_weekends: bool = True) -> str:
    """Add working days to a date."""
    d, left = start, days
    while left:
        d += timedelta(days=1)
        if not skip_weekends or d.weekday() < 5:
            left -= 1
    return f"{d:%a %d %b %Y}"


@command()
def power(base: int, exp: int = 2, mod: Optional[int] = None) -> str:
    return str(pow(base, exp, mod))


@command("help")
def help_(name: Optional[str] = None) -> str:
    """Show commands or one command's signature."""
    if name is None:
        seen = {}
        for n, fn in COMMANDS.items():
            seen.setdefault(fn, []).append(n)
        return "\n".join(f"  {'/'.join(names):<10} {inspect.getdoc(fn) or '(no help)'}" for fn, names in seen.items())
    fn = COMMANDS[name]
    return f"  {name}{inspect.signature(fn)}"


SCRIPT = [
    "add 1 2 3.5",
    "sum 0.1 0.2 --precision=10",
    "paint fence",
    "paint boat blue --glossy",
    "paint car --color=GREEN --no-glossy",
    "paint car purple",
    "due 2024-03-01 5",
    "due 2024-03-01 5 --skip-weekends=no",
    "power 3",
    "power 3 200 --mod=1000",
    "power x",
    "add --bogus=1",
    "paint",
    "help",
    "help paint",
    "help due",
    "launch rockets",
]
for line in SCRIPT:
    name, *argv = shlex.split(line)
    print(f"> {line}")
    fn = COMMANDS.get(name)
    if fn is None:
        print(f"  unknown command {name!r}")
        continue
    try:
        print(" ", call_with_text(fn, argv))
    except SystemExit as e:
        print(f"  {e}")
    except (ValueError, TypeError) as e:
        print(f"  {type(e).__name__}: {e}")

sig = inspect.signature(paint)
for p in sig.parameters.values():
    print(f"  {p.name:<7} {p.kind.name:<22} default={p.default!r:<14} annotation={p.annotation!r}")
print(sig.return_annotation, paint.__name__, paint.__wrapped__.__name__, paint.__doc__, inspect.unwrap(paint) is paint.__wrapped__)
print({n: f.calls for n, f in COMMANDS.items()})
print(str(inspect.signature(partial(due_date, date(2024, 1, 1)))), str(inspect.signature(lambda a, /, b=2, *c, d, **e: 0)))
triple = partial(operator.mul, 3)
print(triple(7), triple.func is operator.mul, triple.args, repr(partial(int, base=2))[:40], partial(int, base=2)("101"))
print(reduce(operator.or_, [{1}, {2}, {3}]), inspect.isfunction(add), inspect.ismethod(Color.RED.__str__), inspect.getmodule(add).__name__)
print(inspect.getsource(power).splitlines()[1].strip(), inspect.getsourcelines(power)[1] > 0)
print(inspect.cleandoc("""
      Indented
        text
      here"""), inspect.Parameter.empty is inspect._empty if hasattr(inspect, "_empty") else True)
