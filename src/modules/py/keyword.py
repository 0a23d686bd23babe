"""The keywords of Python 3.11: `kwlist` (reserved words) and `softkwlist` (words
that are keywords only in some contexts, e.g. `match`), with membership tests."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# Kept sorted: scripts print these lists and compare them with CPython's.
kwlist = sorted(
    "False None True and as assert async await break class continue def del elif else"
    " except finally for from global if import in is lambda nonlocal not or pass raise"
    " return try while with yield".split()
)
softkwlist = ["_", "case", "match"]

# Bound __contains__ of frozensets: fast, and a plain callable as scripts expect.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
