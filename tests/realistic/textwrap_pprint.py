"""Formatting text and nested data with textwrap and pprint."""
import textwrap
import pprint
from collections import OrderedDict, defaultdict, Counter, namedtuple

TEXT = """The Zen of Python, by Tim Peters. Beautiful is better than ugly.
Explicit is better than implicit. Simple is better than complex. Complex is better
than complicated. Flat is better than nested. Sparse is better than dense.
Readability counts. Special cases aren't special enough to break the rules."""

print(textwrap.fill(TEXT, width=50))
print()
for line in textwrap.wrap(TEXT, width=40, initial_indent="* ", subsequent_indent="  "):
    print(line)
print()
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.indent("alpha\n\nbeta\ngamma", "> "))
print(textwrap.indent("alpha\n\nbeta", "+ ", predicate=lambda l: True))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code))
w = textwrap.TextWrapper(width=30, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("Supercalifragilisticexpialidocious words should be broken when they exceed the width of thirty"))
print(textwrap.wrap("a-b-c-d hyphenated-words-are-split-carefully", width=12))
print(textwrap.wrap("tabs\tand   spaces", width=10, expand_tabs=True, replace_whitespace=True))
print(textwrap.fill("x " * 30, width=20, drop_whitespace=False).replace(" ", "."))

data = {
    "name": "minipy",
    "version": (3, 11, 0),
    "authors": [{"name": "Ann", "roles": ["lead", "dev"]}, {"name": "Bo", "roles": []}],
    "deps": {"logos": "0.13", "lalrpop": "0.20", "clap": {"version": "4", "features": ["derive", "env"]}},
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "empty": {},
    "flags": {True, False},
    "long_string": "lorem ipsum dolor sit amet " * 4,
}
pprint.pprint(data)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data["matrix"], width=30)
print(pprint.pformat(data["deps"], indent=4, width=40))
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=60)
Pt = namedtuple("Pt", "x y")
pprint.pprint([Pt(1, 2), Pt(x=3, y=[4] * 20)], width=40)
pprint.pprint(OrderedDict([("b", 1), ("a", [1, 2, 3] * 8)]))
dd = defaultdict(list, {"k": list(range(30))})
pprint.pprint(dd)
pprint.pprint(Counter("mississippi"))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(("tuple", ("nested", ("deep", ("deeper",)))), width=20)
nested = [1, [2, [3, [4, [5, [6]]]]]]
pprint.pprint(nested, depth=3)
recursive = [1, 2]
recursive.append(recursive)
print(pprint.pformat(recursive).replace(str(id(recursive)), "ID"))
print(pprint.isrecursive(recursive), pprint.isreadable(data), pprint.saferepr(recursive).replace(str(id(recursive)), "ID"))
pprint.pprint(frozenset(range(25)))
pprint.pprint({"bytes": b"\x00\x01binary" * 6, "float": 1 / 3})
pp = pprint.PrettyPrinter(width=25, indent=2)
pp.pprint({"z": 1, "a": {"y": 2, "b": [3, 4, 5, 6, 7, 8]}})
