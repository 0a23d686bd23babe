# Keyword-argument errors of builtins: 'takes no keyword arguments' vs 'invalid keyword argument'.
cases = [
 ("len", lambda: len([], x=1)), ("print", lambda: print(foo=1)), ("sorted", lambda: sorted([], foo=1)), ("int", lambda: int("1", x=3)),
 ("min", lambda: min([1], foo=1)), ("split", lambda: "".split(x=1)), ("append", lambda: [].append(x=1)), ("insert", lambda: [].insert(1, x=1)),
 ("get", lambda: {}.get(1, x=1)), ("sort", lambda: [].sort(x=1)), ("enumerate", lambda: enumerate([], x=1)), ("zip", lambda: zip(x=1)),
 ("range", lambda: range(1, x=1)), ("isinstance", lambda: isinstance(1, int, x=1)), ("round", lambda: round(1, x=1)), ("pow", lambda: pow(1, 2, x=1)),
 ("dict.pop", lambda: {}.pop(1, x=1)), ("str.replace", lambda: "".replace("a", "b", x=1)), ("max key", lambda: max([], kee=1)), ("sum", lambda: sum([], x=1)),
 ("next", lambda: next(iter([]), x=1)), ("iter", lambda: iter([], x=1)), ("getattr", lambda: getattr(1, "a", x=1)), ("list", lambda: list(x=1)), ("tuple", lambda: tuple(x=1)),
 ("set", lambda: set(x=1)), ("dict ok", lambda: dict(x=1)), ("str", lambda: str(x=1)), ("float", lambda: float(x=1)), ("bool", lambda: bool(x=1)), ("abs", lambda: abs(x=1)), ("repr", lambda: repr(x=1)), ("hash", lambda: hash(x=1)), ("format", lambda: format(1, x=1)), ("divmod", lambda: divmod(1, 2, x=1)), ("map", lambda: map(abs, [], x=1)), ("filter", lambda: filter(None, [], x=1)), ("reversed", lambda: reversed([], x=1)), ("setdefault", lambda: {}.setdefault(1, x=1)), ("count", lambda: [].count(1, x=1)), ("find", lambda: "".find("a", x=1)), ("join", lambda: "".join([], x=1)), ("str.strip", lambda: "".strip(x=1)), ("startswith", lambda: "".startswith("a", x=1)),
 ("update", lambda: {}.update(x=1)), ("add", lambda: set().add(x=1)), ("index", lambda: [].index(1, x=1)), ("encode", lambda: "".encode(x=1)), ("splitlines", lambda: "".splitlines(x=1)), ("center", lambda: "".center(1, x=1)),
]
for name, fn in cases:
    try:
        fn()
        print(name, "OK")
    except Exception as e:
        print(name, "->", type(e).__name__, e)
