"""A formatted text report using textwrap for layout and reprlib for compact summaries."""
import reprlib
import textwrap

ARTICLES = [
    ("Release notes", "This release improves start-up time by caching compiled modules, "
     "fixes a rare crash when closing files twice, and adds a --quiet flag to the command line tool. "
     "Users of the plugin API should review the migration guide."),
    ("Security advisory", "A path traversal issue allowed crafted archive names to write outside "
     "the target directory. All versions before 2.4.1 are affected; upgrade as soon as possible."),
    ("Short note", "Nothing else changed."),
]

DATA = {
    "ids": list(range(1000)),
    "names": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "nested": {"level1": {"level2": {"level3": {"level4": [1, 2, 3]}}}},
    "text": "x" * 200,
    "pairs": [(i, str(i) * 3) for i in range(10)],
    "blob": bytes(range(60)),
    "flags": frozenset({3, 1, 2}),
}


class CompactRepr(reprlib.Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 4
        self.maxstring = 24
        self.maxdict = 3
        self.maxlevel = 2

    def repr_int(self, obj, level):
        return format(obj, ",") if abs(obj) >= 10000 else repr(obj)


def boxed(title, body, width=56):
    inner = width - 4
    lines = ["+" + "-" * (width - 2) + "+", "| " + title.upper().center(inner) + " |",
             "+" + "-" * (width - 2) + "+"]
    for para in body.split("\n\n"):
        for line in textwrap.wrap(para, inner, break_on_hyphens=False):
            lines.append("| " + line.ljust(inner) + " |")
    lines.append("+" + "-" * (width - 2) + "+")
    return "\n".join(lines)


for title, body in ARTICLES[:2]:
    print(boxed(title, body))
print(textwrap.fill(ARTICLES[0][1], width=40, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.shorten(ARTICLES[1][1], width=60, placeholder=" [...]"))
print(textwrap.indent(textwrap.fill(ARTICLES[2][1], 10), "> "))
print(textwrap.dedent("""
    def hello():
        return 'hi'
""").strip())
wrapper = textwrap.TextWrapper(width=30, max_lines=3, placeholder=" ...", expand_tabs=True, tabsize=4)
print(wrapper.wrap("col1\tcol2\t" + ARTICLES[0][1]))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.fill("one-two-three-four five-six", 9))

print("--- reprlib")
for key, value in DATA.items():
    print(f"{key:>6}: {reprlib.repr(value)}")
compact = CompactRepr()
for key, value in DATA.items():
    print(f"{key:>6}: {compact.repr(value)}")
print(compact.repr(123456789), compact.repr([10 ** 6, 5, -20000]), reprlib.aRepr.maxlist)


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.name!r}, {self.children!r})"


root = Tree("root")
root.children.append(Tree("leaf"))
root.children.append(root)
print(root)
