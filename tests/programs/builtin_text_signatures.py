# Builtin methods carry CPython's __text_signature__ and __doc__, so
# inspect.signature and help() describe them as CPython does.
import inspect

callables = [
    len, sorted, isinstance, repr, divmod, str.join, str.split, str.replace,
    str.startswith, str.encode, list.append, list.sort, list.insert, dict.get,
    dict.setdefault, dict.fromkeys, set.add, tuple.index, int.to_bytes, int.bit_length,
    float.hex, bytes.hex, "x".upper, "-".join, [].append, {}.items,
]
for f in callables:
    name = getattr(f, "__qualname__", f.__name__)
    try:
        sig = str(inspect.signature(f))
    except ValueError:
        sig = "(no signature)"
    print(f"{name}: {sig}  text={f.__text_signature__!r}")
    doc = f.__doc__
    print("   ", doc.splitlines()[0] if doc else doc)

print(str.join.__doc__)
print(list.pop.__doc__)
sig = inspect.signature(str.split)
print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(sig.bind("a b", maxsplit=1).arguments)
print(inspect.signature("abc".split).bind(None, 2).arguments)
help(str.center)
help(list.count)
help("x".center)
help(dict.fromkeys)
help(int.__add__)
help((1).__add__)
help(str.maketrans)
help([].append)
print(tuple.index.__text_signature__, inspect.signature(tuple.index))
