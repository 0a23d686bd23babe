# The builtin functions carry CPython's docstrings and text signatures, and help()
# shows them as pydoc does.
import builtins

for name in ("len", "abs", "sorted", "print", "isinstance", "getattr", "max", "round",
             "divmod", "globals", "sum", "repr", "iter", "next"):
    f = getattr(builtins, name)
    print(name, repr(f.__text_signature__))
    print(f.__doc__)
    print("-" * 20)
help(len)
help(print)
help(getattr)
help(sorted)
help(globals)
help(pow)
# inspect reads the same text signatures.
import inspect
for f in (len, print, sorted, pow, globals, divmod, round):
    sig = inspect.signature(f)
    print(f.__name__, sig, [p.kind.name for p in sig.parameters.values()])
for f in (getattr, max):
    try:
        inspect.signature(f)
    except ValueError as e:
        print("ValueError", e)
