"""Generate API docs for a module-like namespace with inspect."""
import inspect
import functools
import textwrap
from typing import Optional


def fetch(url: str, *, timeout: float = 10.0, retries: int = 3, headers: Optional[dict] = None) -> bytes:
    """Fetch a URL.

    Retries on failure, waiting a little longer each time.
    """
    return b""


def combine(a, b=2, /, c=3, *rest, key=None, **options):
    "Combine things."


class Client:
    """A tiny HTTP client."""

    default_timeout = 5

    def __init__(self, base, token=None):
        self.base = base

    def get(self, path, **params):
        """GET a path."""

    @classmethod
    def from_env(cls, env):
        return cls(env["BASE"])

    @staticmethod
    def quote(text):
        return text

    @property
    def host(self):
        """The host part."""
        return self.base.split("/")[2]

    async def stream(self, path):
        yield path


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@traced
def area(w: int, h: int = 1) -> int:
    """Area of a rectangle."""
    return w * h


for fn in (fetch, combine, area, Client.get, Client.from_env, Client.quote, Client):
    sig = inspect.signature(fn)
    print(f"{fn.__qualname__}{sig}")
    for name, p in sig.parameters.items():
        default = "" if p.default is inspect.Parameter.empty else f" = {p.default!r}"
        ann = "" if p.annotation is inspect.Parameter.empty else f": {inspect.formatannotation(p.annotation)}"
        print(f"    {p.kind.description:<24} {name}{ann}{default}")
    if sig.return_annotation is not inspect.Signature.empty:
        print("    returns", inspect.formatannotation(sig.return_annotation))

print()
doc = inspect.getdoc(fetch)
print(textwrap.indent(doc, "  | "))
print(inspect.cleandoc("""
        First line.
          indented
        last"""))
sig = inspect.signature(fetch)
bound = sig.bind("http://x", timeout=2)
bound.apply_defaults()
print(bound.arguments, bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(combine).bind(1, 2, 3, 4, b=5)
except TypeError as e:
    print("TypeError:", e)
ba = inspect.signature(combine).bind(1, 2, 3, 4, 5, key="k", x=1)
print(ba.arguments)
print(sig.replace(return_annotation=inspect.Signature.empty), str(sig.parameters["timeout"]), sig.parameters["headers"].replace(default=...))
new = inspect.Signature([inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=0)])
print(new)

print()
members = inspect.getmembers(Client, lambda m: not (inspect.isbuiltin(m)))
for name, value in members:
    if name.startswith("__") and name not in ("__init__", "__doc__"):
        continue
    kinds = [k for k, test in [("function", inspect.isfunction), ("method", inspect.ismethod), ("class", inspect.isclass),
                               ("asyncgen", inspect.isasyncgenfunction), ("data", lambda v: isinstance(v, (int, str)))] if test(value)]
    static = inspect.getattr_static(Client, name)
    print(f"{name:<16}{type(static).__name__:<14}{','.join(kinds)}")
print(inspect.isclass(Client), inspect.ismodule(inspect), inspect.isgeneratorfunction(combine), inspect.iscoroutinefunction(fetch))
print(inspect.unwrap(area) is area.__wrapped__, area.__name__, area.__doc__, area.__annotations__)
print([c.__name__ for c in inspect.getmro(bool)], inspect.getmodule(fetch).__name__, inspect.getfile(fetch).endswith(".py"))
src = inspect.getsource(area)
print(src.splitlines()[0:2], len(inspect.getsourcelines(Client)[0]))
print(inspect.getcallargs(combine, 1, 2, 9, key=0))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, frame.f_lineno > 100)


def outer():
    x = 1

    def inner():
        return x
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.unbound)
print(inspect.isabstract(Client), inspect.Parameter.VAR_KEYWORD, str(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.empty)
